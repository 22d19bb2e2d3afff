from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaSkillParams"]


class BetaSkillParams(TypedDict, total=False):
    skill_id: Required[str]
    type: Required[Literal["anthropic", "custom"]]
    version: str

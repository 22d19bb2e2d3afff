from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaSkill"]


class BetaSkill(BaseModel):
    skill_id: str
    type: Literal["anthropic", "custom"]
    version: str

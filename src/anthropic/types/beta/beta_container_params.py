from typing import Iterable, Optional

from typing_extensions import TypedDict

from .beta_skill_params import BetaSkillParams

__all__ = ["BetaContainerParams"]


class BetaContainerParams(TypedDict, total=False):
    id: Optional[str]
    skills: Optional[Iterable[BetaSkillParams]]

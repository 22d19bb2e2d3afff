from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_all_thinking_turns_param import BetaAllThinkingTurnsParam
from .beta_thinking_turns_param import BetaThinkingTurnsParam

__all__ = ["BetaClearThinking20251015EditParam", "Keep"]


Keep: TypeAlias = Union[BetaThinkingTurnsParam, BetaAllThinkingTurnsParam, Literal["all"]]


class BetaClearThinking20251015EditParam(TypedDict, total=False):
    type: Required[Literal["clear_thinking_20251015"]]
    keep: Keep

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaThinkingConfigDisabledParam"]


class BetaThinkingConfigDisabledParam(TypedDict, total=False):
    type: Required[Literal["disabled"]]

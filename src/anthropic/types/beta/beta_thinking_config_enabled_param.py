from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaThinkingConfigEnabledParam"]


class BetaThinkingConfigEnabledParam(TypedDict, total=False):
    budget_tokens: Required[int]
    type: Required[Literal["enabled"]]

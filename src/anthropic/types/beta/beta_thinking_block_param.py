from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaThinkingBlockParam"]


class BetaThinkingBlockParam(TypedDict, total=False):
    signature: Required[str]
    thinking: Required[str]
    type: Required[Literal["thinking"]]

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RedactedThinkingBlockParam"]


class RedactedThinkingBlockParam(TypedDict, total=False):
    data: Required[str]
    type: Required[Literal["redacted_thinking"]]

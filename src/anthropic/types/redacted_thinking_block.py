from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["RedactedThinkingBlock"]


class RedactedThinkingBlock(BaseModel):
    data: str
    type: Literal["redacted_thinking"]

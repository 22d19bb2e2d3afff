from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ThinkingBlock"]


class ThinkingBlock(BaseModel):
    signature: str
    thinking: str
    type: Literal["thinking"]

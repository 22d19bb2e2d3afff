from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaThinkingBlock"]


class BetaThinkingBlock(BaseModel):
    signature: str
    thinking: str
    type: Literal["thinking"]

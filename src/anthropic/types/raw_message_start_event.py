from typing_extensions import Literal

from .._models import BaseModel
from .message import Message

__all__ = ["RawMessageStartEvent"]


class RawMessageStartEvent(BaseModel):
    message: Message
    type: Literal["message_start"]

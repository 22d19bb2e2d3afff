from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .message_delta_usage import MessageDeltaUsage
from .stop_reason import StopReason

__all__ = ["Delta", "RawMessageDeltaEvent"]


class Delta(BaseModel):
    stop_reason: Optional[StopReason] = None
    stop_sequence: Optional[str] = None


class RawMessageDeltaEvent(BaseModel):
    delta: Delta
    type: Literal["message_delta"]
    usage: MessageDeltaUsage

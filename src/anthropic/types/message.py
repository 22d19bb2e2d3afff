from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .content_block import ContentBlock
from .model import Model
from .stop_reason import StopReason
from .usage import Usage

__all__ = ["Message"]


class Message(BaseModel):
    id: str
    content: List[ContentBlock]
    model: Model
    role: Literal["assistant"]
    stop_reason: Optional[StopReason] = None
    stop_sequence: Optional[str] = None
    type: Literal["message"]
    usage: Usage

from typing_extensions import Literal

from ..._models import BaseModel
from ..message import Message

__all__ = ["MessageBatchSucceededResult"]


class MessageBatchSucceededResult(BaseModel):
    message: Message
    type: Literal["succeeded"]

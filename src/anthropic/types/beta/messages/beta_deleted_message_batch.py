from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["BetaDeletedMessageBatch"]


class BetaDeletedMessageBatch(BaseModel):
    id: str
    type: Literal["message_batch_deleted"]

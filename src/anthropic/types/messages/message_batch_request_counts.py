from ..._models import BaseModel

__all__ = ["MessageBatchRequestCounts"]


class MessageBatchRequestCounts(BaseModel):
    canceled: int
    errored: int
    expired: int
    processing: int
    succeeded: int

from ...._models import BaseModel

__all__ = ["BetaMessageBatchRequestCounts"]


class BetaMessageBatchRequestCounts(BaseModel):
    canceled: int
    errored: int
    expired: int
    processing: int
    succeeded: int

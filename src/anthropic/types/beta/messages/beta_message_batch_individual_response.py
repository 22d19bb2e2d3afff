from ...._models import BaseModel
from .beta_message_batch_result import BetaMessageBatchResult

__all__ = ["BetaMessageBatchIndividualResponse"]


class BetaMessageBatchIndividualResponse(BaseModel):
    custom_id: str
    result: BetaMessageBatchResult

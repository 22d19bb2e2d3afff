from typing import Optional

from ..._models import BaseModel
from .beta_count_tokens_context_management_response import BetaCountTokensContextManagementResponse

__all__ = ["BetaMessageTokensCount"]


class BetaMessageTokensCount(BaseModel):
    context_management: Optional[BetaCountTokensContextManagementResponse] = None
    input_tokens: int

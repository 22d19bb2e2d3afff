from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_container import BetaContainer
from .beta_context_management_response import BetaContextManagementResponse
from .beta_message_delta_usage import BetaMessageDeltaUsage
from .beta_stop_reason import BetaStopReason

__all__ = ["BetaRawMessageDeltaEvent", "Delta"]


class Delta(BaseModel):
    container: Optional[BetaContainer] = None
    stop_reason: Optional[BetaStopReason] = None
    stop_sequence: Optional[str] = None


class BetaRawMessageDeltaEvent(BaseModel):
    context_management: Optional[BetaContextManagementResponse] = None
    delta: Delta
    type: Literal["message_delta"]
    usage: BetaMessageDeltaUsage

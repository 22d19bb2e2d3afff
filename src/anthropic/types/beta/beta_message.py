from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ..model import Model
from .beta_container import BetaContainer
from .beta_content_block import BetaContentBlock
from .beta_context_management_response import BetaContextManagementResponse
from .beta_stop_reason import BetaStopReason
from .beta_usage import BetaUsage

__all__ = ["BetaMessage"]


class BetaMessage(BaseModel):
    id: str
    container: Optional[BetaContainer] = None
    content: List[BetaContentBlock]
    context_management: Optional[BetaContextManagementResponse] = None
    model: Model
    role: Literal["assistant"]
    stop_reason: Optional[BetaStopReason] = None
    stop_sequence: Optional[str] = None
    type: Literal["message"]
    usage: BetaUsage

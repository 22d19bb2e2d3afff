from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_text_citation import BetaTextCitation

__all__ = ["BetaTextBlock"]


class BetaTextBlock(BaseModel):
    citations: Optional[List[BetaTextCitation]] = None
    text: str
    type: Literal["text"]

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from .beta_base64_pdf_source import BetaBase64PDFSource
from .beta_citation_config import BetaCitationConfig
from .beta_plain_text_source import BetaPlainTextSource

__all__ = ["BetaDocumentBlock", "Source"]


Source: TypeAlias = Annotated[Union[BetaBase64PDFSource, BetaPlainTextSource], PropertyInfo(discriminator="type")]


class BetaDocumentBlock(BaseModel):
    citations: Optional[BetaCitationConfig] = None
    source: Source
    title: Optional[str] = None
    type: Literal["document"]

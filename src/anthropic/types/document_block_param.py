from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .base64_pdf_source_param import Base64PDFSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .content_block_source_param import ContentBlockSourceParam
from .plain_text_source_param import PlainTextSourceParam
from .url_pdf_source_param import URLPDFSourceParam

__all__ = ["DocumentBlockParam", "Source"]


Source: TypeAlias = Union[Base64PDFSourceParam, PlainTextSourceParam, ContentBlockSourceParam, URLPDFSourceParam]


class DocumentBlockParam(TypedDict, total=False):
    source: Required[Source]
    type: Required[Literal["document"]]
    cache_control: Optional[CacheControlEphemeralParam]
    citations: Optional[CitationsConfigParam]
    context: Optional[str]
    title: Optional[str]

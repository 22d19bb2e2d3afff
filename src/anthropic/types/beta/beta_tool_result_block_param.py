from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam
from .beta_image_block_param import BetaImageBlockParam
from .beta_request_document_block_param import BetaRequestDocumentBlockParam
from .beta_search_result_block_param import BetaSearchResultBlockParam
from .beta_text_block_param import BetaTextBlockParam

__all__ = ["BetaToolResultBlockParam", "Content"]


Content: TypeAlias = Union[
    BetaTextBlockParam, BetaImageBlockParam, BetaSearchResultBlockParam, BetaRequestDocumentBlockParam
]


class BetaToolResultBlockParam(TypedDict, total=False):
    tool_use_id: Required[str]
    type: Required[Literal["tool_result"]]
    cache_control: Optional[BetaCacheControlEphemeralParam]
    content: Union[str, Iterable[Content]]
    is_error: bool

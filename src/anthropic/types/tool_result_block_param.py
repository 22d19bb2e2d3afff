from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .document_block_param import DocumentBlockParam
from .image_block_param import ImageBlockParam
from .search_result_block_param import SearchResultBlockParam
from .text_block_param import TextBlockParam

__all__ = ["Content", "ToolResultBlockParam"]


Content: TypeAlias = Union[TextBlockParam, ImageBlockParam, SearchResultBlockParam, DocumentBlockParam]


class ToolResultBlockParam(TypedDict, total=False):
    tool_use_id: Required[str]
    type: Required[Literal["tool_result"]]
    cache_control: Optional[CacheControlEphemeralParam]
    content: Union[str, Iterable[Content]]
    is_error: bool

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .base64_image_source_param import Base64ImageSourceParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .url_image_source_param import URLImageSourceParam

__all__ = ["ImageBlockParam", "Source"]


Source: TypeAlias = Union[Base64ImageSourceParam, URLImageSourceParam]


class ImageBlockParam(TypedDict, total=False):
    source: Required[Source]
    type: Required[Literal["image"]]
    cache_control: Optional[CacheControlEphemeralParam]

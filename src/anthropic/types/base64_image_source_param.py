from typing import Union

from typing_extensions import Annotated, Literal, Required, TypedDict

from .._compat import set_pydantic_config
from .._types import Base64FileInput
from .._utils import PropertyInfo

__all__ = ["Base64ImageSourceParam"]


class Base64ImageSourceParam(TypedDict, total=False):
    data: Required[Annotated[Union[str, Base64FileInput], PropertyInfo(format="base64")]]
    media_type: Required[Literal["image/jpeg", "image/png", "image/gif", "image/webp"]]
    type: Required[Literal["base64"]]


set_pydantic_config(Base64ImageSourceParam, {"arbitrary_types_allowed": True})

from typing import Dict, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._compat import set_pydantic_config
from .._types import SequenceNotStr
from .cache_control_ephemeral_param import CacheControlEphemeralParam

__all__ = ["InputSchema", "InputSchemaTyped", "ToolParam"]


class InputSchemaTyped(TypedDict, total=False):
    type: Required[Literal["object"]]
    properties: Optional[Dict[str, object]]
    required: Optional[SequenceNotStr[str]]


set_pydantic_config(InputSchemaTyped, {"extra": "allow"})


InputSchema: TypeAlias = Union[InputSchemaTyped, Dict[str, object]]


class ToolParam(TypedDict, total=False):
    input_schema: Required[InputSchema]
    name: Required[str]
    cache_control: Optional[CacheControlEphemeralParam]
    description: str
    type: Optional[Literal["custom"]]

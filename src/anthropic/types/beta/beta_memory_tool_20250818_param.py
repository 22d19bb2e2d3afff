from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaMemoryTool20250818Param"]


class BetaMemoryTool20250818Param(TypedDict, total=False):
    name: Required[Literal["memory"]]
    type: Required[Literal["memory_20250818"]]
    cache_control: Optional[BetaCacheControlEphemeralParam]
    strict: bool

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaCodeExecutionTool20250522Param"]


class BetaCodeExecutionTool20250522Param(TypedDict, total=False):
    name: Required[Literal["code_execution"]]
    type: Required[Literal["code_execution_20250522"]]
    cache_control: Optional[BetaCacheControlEphemeralParam]
    strict: bool

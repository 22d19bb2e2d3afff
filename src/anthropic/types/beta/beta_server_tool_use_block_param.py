from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .beta_cache_control_ephemeral_param import BetaCacheControlEphemeralParam

__all__ = ["BetaServerToolUseBlockParam"]


class BetaServerToolUseBlockParam(TypedDict, total=False):
    id: Required[str]
    input: Required[Dict[str, object]]
    name: Required[
        Literal["web_search", "web_fetch", "code_execution", "bash_code_execution", "text_editor_code_execution"]
    ]
    type: Required[Literal["server_tool_use"]]
    cache_control: Optional[BetaCacheControlEphemeralParam]

from typing import Dict

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMCPToolUseBlock"]


class BetaMCPToolUseBlock(BaseModel):
    id: str
    input: Dict[str, object]
    name: str
    server_name: str
    type: Literal["mcp_tool_use"]

from typing import Optional

from .._models import BaseModel
from .server_tool_usage import ServerToolUsage

__all__ = ["MessageDeltaUsage"]


class MessageDeltaUsage(BaseModel):
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    input_tokens: Optional[int] = None
    output_tokens: int
    server_tool_use: Optional[ServerToolUsage] = None

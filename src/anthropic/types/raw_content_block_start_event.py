from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from .redacted_thinking_block import RedactedThinkingBlock
from .server_tool_use_block import ServerToolUseBlock
from .text_block import TextBlock
from .thinking_block import ThinkingBlock
from .tool_use_block import ToolUseBlock
from .web_search_tool_result_block import WebSearchToolResultBlock

__all__ = ["ContentBlock", "RawContentBlockStartEvent"]


ContentBlock: TypeAlias = Annotated[
    Union[TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock, ServerToolUseBlock, WebSearchToolResultBlock],
    PropertyInfo(discriminator="type"),
]


class RawContentBlockStartEvent(BaseModel):
    content_block: ContentBlock
    index: int
    type: Literal["content_block_start"]

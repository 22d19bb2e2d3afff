"""Messages returned by ``client.beta.messages.parse()``: text blocks carry the parsed output.

``ResponseFormatT`` is the type given as ``output_format``; it defaults to ``None`` so that a
bare ``ParsedBetaMessage`` means "no structured output".
"""

from typing import TYPE_CHECKING, Generic, List, Optional, Set, Union

from typing_extensions import Annotated, TypeAlias, TypeVar

from ..._utils import PropertyInfo
from .beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
from .beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
from .beta_container_upload_block import BetaContainerUploadBlock
from .beta_mcp_tool_result_block import BetaMCPToolResultBlock
from .beta_mcp_tool_use_block import BetaMCPToolUseBlock
from .beta_message import BetaMessage
from .beta_redacted_thinking_block import BetaRedactedThinkingBlock
from .beta_server_tool_use_block import BetaServerToolUseBlock
from .beta_text_block import BetaTextBlock
from .beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
from .beta_thinking_block import BetaThinkingBlock
from .beta_tool_use_block import BetaToolUseBlock
from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock

__all__ = ["ParsedBetaContentBlock", "ParsedBetaMessage", "ParsedBetaTextBlock", "ResponseFormatT"]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)


class ParsedBetaTextBlock(BetaTextBlock, Generic[ResponseFormatT]):
    """A text block together with its text parsed into the requested output type."""

    parsed_output: Optional[ResponseFormatT] = None

    # Local to the SDK: never sent back to the API when the block is reused as a param.
    __api_exclude__: Set[str] = {"parsed_output"}


ParsedBetaContentBlock: TypeAlias = Annotated[
    Union[
        ParsedBetaTextBlock[ResponseFormatT],
        BetaThinkingBlock,
        BetaRedactedThinkingBlock,
        BetaToolUseBlock,
        BetaServerToolUseBlock,
        BetaWebSearchToolResultBlock,
        BetaCodeExecutionToolResultBlock,
        BetaBashCodeExecutionToolResultBlock,
        BetaTextEditorCodeExecutionToolResultBlock,
        BetaMCPToolUseBlock,
        BetaMCPToolResultBlock,
        BetaContainerUploadBlock,
    ],
    PropertyInfo(discriminator="type"),
]


class ParsedBetaMessage(BetaMessage, Generic[ResponseFormatT]):
    """A ``BetaMessage`` whose text blocks are ``ParsedBetaTextBlock[ResponseFormatT]``."""

    if TYPE_CHECKING:
        # A list is invariant, so narrowing the element type of an inherited field is an
        # incompatible override for the type checker; at runtime it is what parse() returns.
        content: List[ParsedBetaContentBlock[ResponseFormatT]]  # pyright: ignore[reportIncompatibleVariableOverride]
    else:
        content: List[ParsedBetaContentBlock]

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The parsed output of the first text block that has one, else ``None``."""
        for block in self.content:
            if block.type == "text" and block.parsed_output:
                return block.parsed_output
        return None

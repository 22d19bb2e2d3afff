from typing import Iterable, List, Optional, Union

from typing_extensions import Annotated, Required, TypeAlias, TypedDict

from ..._utils import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_code_execution_tool_20250522_param import BetaCodeExecutionTool20250522Param
from .beta_code_execution_tool_20250825_param import BetaCodeExecutionTool20250825Param
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_memory_tool_20250818_param import BetaMemoryTool20250818Param
from .beta_message_param import BetaMessageParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_bash_20241022_param import BetaToolBash20241022Param
from .beta_tool_bash_20250124_param import BetaToolBash20250124Param
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_computer_use_20241022_param import BetaToolComputerUse20241022Param
from .beta_tool_computer_use_20250124_param import BetaToolComputerUse20250124Param
from .beta_tool_param import BetaToolParam
from .beta_tool_text_editor_20241022_param import BetaToolTextEditor20241022Param
from .beta_tool_text_editor_20250124_param import BetaToolTextEditor20250124Param
from .beta_tool_text_editor_20250429_param import BetaToolTextEditor20250429Param
from .beta_tool_text_editor_20250728_param import BetaToolTextEditor20250728Param
from .beta_web_fetch_tool_20250910_param import BetaWebFetchTool20250910Param
from .beta_web_search_tool_20250305_param import BetaWebSearchTool20250305Param

__all__ = ["MessageCountTokensParams", "Tool"]


Tool: TypeAlias = Union[
    BetaToolParam,
    BetaToolBash20241022Param,
    BetaToolBash20250124Param,
    BetaCodeExecutionTool20250522Param,
    BetaCodeExecutionTool20250825Param,
    BetaToolComputerUse20241022Param,
    BetaMemoryTool20250818Param,
    BetaToolComputerUse20250124Param,
    BetaToolTextEditor20241022Param,
    BetaToolTextEditor20250124Param,
    BetaToolTextEditor20250429Param,
    BetaToolTextEditor20250728Param,
    BetaWebSearchTool20250305Param,
    BetaWebFetchTool20250910Param,
]


class MessageCountTokensParams(TypedDict, total=False):
    messages: Required[Iterable[BetaMessageParam]]
    model: Required[ModelParam]
    context_management: Optional[BetaContextManagementConfigParam]
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]
    output_format: Optional[BetaJSONOutputFormatParam]
    system: Union[str, Iterable[BetaTextBlockParam]]
    thinking: BetaThinkingConfigParam
    tool_choice: BetaToolChoiceParam
    tools: Iterable[Tool]
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]

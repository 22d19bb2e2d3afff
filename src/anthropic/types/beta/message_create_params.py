from typing import Generic, Iterable, List, Optional, Union

from typing_extensions import Annotated, Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..._utils import PropertyInfo
from ..anthropic_beta_param import AnthropicBetaParam
from ..model_param import ModelParam
from .beta_container_params import BetaContainerParams
from .beta_context_management_config_param import BetaContextManagementConfigParam
from .beta_json_output_format_param import BetaJSONOutputFormatParam
from .beta_message_param import BetaMessageParam
from .beta_metadata_param import BetaMetadataParam
from .beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
from .beta_text_block_param import BetaTextBlockParam
from .beta_thinking_config_param import BetaThinkingConfigParam
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tool_union_param import BetaToolUnionParam
from .parsed_beta_message import ResponseFormatT

__all__ = [
    "Container",
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "OutputFormat",
    "ParseMessageCreateParamsBase",
]


Container: TypeAlias = Union[BetaContainerParams, str]


# Every key but `output_format`, which `ParseMessageCreateParamsBase` narrows to a type.
class _MessageCreateParamsCommon(TypedDict, total=False):
    max_tokens: Required[int]
    messages: Required[Iterable[BetaMessageParam]]
    model: Required[ModelParam]
    container: Optional[Container]
    context_management: Optional[BetaContextManagementConfigParam]
    mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam]
    metadata: BetaMetadataParam
    service_tier: Literal["auto", "standard_only"]
    stop_sequences: SequenceNotStr[str]
    system: Union[str, Iterable[BetaTextBlockParam]]
    temperature: float
    thinking: BetaThinkingConfigParam
    tool_choice: BetaToolChoiceParam
    tools: Iterable[BetaToolUnionParam]
    top_k: int
    top_p: float
    betas: Annotated[List[AnthropicBetaParam], PropertyInfo(alias="anthropic-beta")]


class MessageCreateParamsBase(_MessageCreateParamsCommon, total=False):
    output_format: Optional[BetaJSONOutputFormatParam]


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase):
    stream: Literal[True]


MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]


class ParseMessageCreateParamsBase(_MessageCreateParamsCommon, Generic[ResponseFormatT]):
    output_format: type[ResponseFormatT]


class OutputFormat(TypedDict, total=False):
    schema: Required[object]
    type: Required[Literal["json_schema"]]

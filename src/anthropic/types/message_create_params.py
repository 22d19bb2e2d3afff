from typing import Iterable, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .message_param import MessageParam
from .metadata_param import MetadataParam
from .model_param import ModelParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_any_param import ToolChoiceAnyParam
from .tool_choice_auto_param import ToolChoiceAutoParam
from .tool_choice_param import ToolChoiceParam
from .tool_choice_tool_param import ToolChoiceToolParam
from .tool_union_param import ToolUnionParam

__all__ = [
    "MessageCreateParams",
    "MessageCreateParamsBase",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
    "Metadata",
    "ToolChoice",
    "ToolChoiceToolChoiceAny",
    "ToolChoiceToolChoiceAuto",
    "ToolChoiceToolChoiceTool",
]


class MessageCreateParamsBase(TypedDict, total=False):
    max_tokens: Required[int]
    messages: Required[Iterable[MessageParam]]
    model: Required[ModelParam]
    metadata: MetadataParam
    service_tier: Literal["auto", "standard_only"]
    stop_sequences: SequenceNotStr[str]
    system: Union[str, Iterable[TextBlockParam]]
    temperature: float
    thinking: ThinkingConfigParam
    tool_choice: ToolChoiceParam
    tools: Iterable[ToolUnionParam]
    top_k: int
    top_p: float


class MessageCreateParamsNonStreaming(MessageCreateParamsBase, total=False):
    stream: Literal[False]


class MessageCreateParamsStreaming(MessageCreateParamsBase):
    stream: Literal[True]


MessageCreateParams: TypeAlias = Union[MessageCreateParamsNonStreaming, MessageCreateParamsStreaming]


Metadata = MetadataParam
"""Older name of `MetadataParam`, kept for compatibility."""


ToolChoice: TypeAlias = ToolChoiceParam


ToolChoiceToolChoiceAuto = ToolChoiceAutoParam
"""Older name of `ToolChoiceAutoParam`, kept for compatibility."""


ToolChoiceToolChoiceAny = ToolChoiceAnyParam
"""Older name of `ToolChoiceAnyParam`, kept for compatibility."""


ToolChoiceToolChoiceTool = ToolChoiceToolParam
"""Older name of `ToolChoiceToolParam`, kept for compatibility."""

from typing import Iterable, Union

from typing_extensions import Required, TypedDict

from .message_count_tokens_tool_param import MessageCountTokensToolParam
from .message_param import MessageParam
from .model_param import ModelParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam

__all__ = ["MessageCountTokensParams"]


class MessageCountTokensParams(TypedDict, total=False):
    messages: Required[Iterable[MessageParam]]
    model: Required[ModelParam]
    system: Union[str, Iterable[TextBlockParam]]
    thinking: ThinkingConfigParam
    tool_choice: ToolChoiceParam
    tools: Iterable[MessageCountTokensToolParam]

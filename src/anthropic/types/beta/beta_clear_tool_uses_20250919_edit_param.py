from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_input_tokens_clear_at_least_param import BetaInputTokensClearAtLeastParam
from .beta_input_tokens_trigger_param import BetaInputTokensTriggerParam
from .beta_tool_uses_keep_param import BetaToolUsesKeepParam
from .beta_tool_uses_trigger_param import BetaToolUsesTriggerParam

__all__ = ["BetaClearToolUses20250919EditParam", "Trigger"]


Trigger: TypeAlias = Union[BetaInputTokensTriggerParam, BetaToolUsesTriggerParam]


class BetaClearToolUses20250919EditParam(TypedDict, total=False):
    type: Required[Literal["clear_tool_uses_20250919"]]
    clear_at_least: Optional[BetaInputTokensClearAtLeastParam]
    clear_tool_inputs: Union[bool, SequenceNotStr[str], None]
    exclude_tools: Optional[SequenceNotStr[str]]
    keep: BetaToolUsesKeepParam
    trigger: Trigger

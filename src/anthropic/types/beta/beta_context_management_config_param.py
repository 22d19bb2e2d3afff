from typing import Iterable, Union

from typing_extensions import TypeAlias, TypedDict

from .beta_clear_thinking_20251015_edit_param import BetaClearThinking20251015EditParam
from .beta_clear_tool_uses_20250919_edit_param import BetaClearToolUses20250919EditParam

__all__ = ["BetaContextManagementConfigParam", "Edit"]


Edit: TypeAlias = Union[BetaClearToolUses20250919EditParam, BetaClearThinking20251015EditParam]


class BetaContextManagementConfigParam(TypedDict, total=False):
    edits: Iterable[Edit]

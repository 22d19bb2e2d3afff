from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaClearToolUses20250919EditResponse"]


class BetaClearToolUses20250919EditResponse(BaseModel):
    cleared_input_tokens: int
    cleared_tool_uses: int
    type: Literal["clear_tool_uses_20250919"]

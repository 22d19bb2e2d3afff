from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaClearThinking20251015EditResponse"]


class BetaClearThinking20251015EditResponse(BaseModel):
    cleared_input_tokens: int
    cleared_thinking_turns: int
    type: Literal["clear_thinking_20251015"]

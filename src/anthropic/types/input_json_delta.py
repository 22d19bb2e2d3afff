from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["InputJSONDelta", "InputJsonDelta"]


class InputJSONDelta(BaseModel):
    partial_json: str
    type: Literal["input_json_delta"]


InputJsonDelta = InputJSONDelta
"""Older name of `InputJSONDelta`, kept for compatibility."""

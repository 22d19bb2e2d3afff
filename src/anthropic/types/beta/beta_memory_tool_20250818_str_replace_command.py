from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818StrReplaceCommand"]


class BetaMemoryTool20250818StrReplaceCommand(BaseModel):
    command: Literal["str_replace"]
    new_str: str
    old_str: str
    path: str

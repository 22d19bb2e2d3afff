from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818RenameCommand"]


class BetaMemoryTool20250818RenameCommand(BaseModel):
    command: Literal["rename"]
    new_path: str
    old_path: str

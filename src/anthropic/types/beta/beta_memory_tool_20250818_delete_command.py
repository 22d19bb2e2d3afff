from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818DeleteCommand"]


class BetaMemoryTool20250818DeleteCommand(BaseModel):
    command: Literal["delete"]
    path: str

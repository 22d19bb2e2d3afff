from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818CreateCommand"]


class BetaMemoryTool20250818CreateCommand(BaseModel):
    command: Literal["create"]
    file_text: str
    path: str

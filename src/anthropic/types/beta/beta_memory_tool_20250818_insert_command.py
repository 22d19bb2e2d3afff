from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818InsertCommand"]


class BetaMemoryTool20250818InsertCommand(BaseModel):
    command: Literal["insert"]
    insert_line: int
    insert_text: str
    path: str

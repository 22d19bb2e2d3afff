from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaMemoryTool20250818ViewCommand"]


class BetaMemoryTool20250818ViewCommand(BaseModel):
    command: Literal["view"]
    path: str
    view_range: Optional[List[int]] = None

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .model import Model

__all__ = ["Completion"]


class Completion(BaseModel):
    id: str
    completion: str
    model: Model
    stop_reason: Optional[str] = None
    type: Literal["completion"]

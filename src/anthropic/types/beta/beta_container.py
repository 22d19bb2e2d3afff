from datetime import datetime
from typing import List, Optional

from ..._models import BaseModel
from .beta_skill import BetaSkill

__all__ = ["BetaContainer"]


class BetaContainer(BaseModel):
    id: str
    expires_at: datetime
    skills: Optional[List[BetaSkill]] = None

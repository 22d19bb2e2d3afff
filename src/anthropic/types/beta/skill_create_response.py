from typing import Optional

from ..._models import BaseModel

__all__ = ["SkillCreateResponse"]


class SkillCreateResponse(BaseModel):
    id: str
    created_at: str
    display_title: Optional[str] = None
    latest_version: Optional[str] = None
    source: str
    type: str
    updated_at: str

from ...._models import BaseModel

__all__ = ["VersionListResponse"]


class VersionListResponse(BaseModel):
    id: str
    created_at: str
    description: str
    directory: str
    name: str
    skill_id: str
    type: str
    version: str

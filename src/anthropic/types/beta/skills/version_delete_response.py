from ...._models import BaseModel

__all__ = ["VersionDeleteResponse"]


class VersionDeleteResponse(BaseModel):
    id: str
    type: str

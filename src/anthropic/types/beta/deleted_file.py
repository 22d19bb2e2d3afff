from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["DeletedFile"]


class DeletedFile(BaseModel):
    id: str
    type: Optional[Literal["file_deleted"]] = None

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["MetadataParam"]


class MetadataParam(TypedDict, total=False):
    user_id: Optional[str]

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["BetaMetadataParam"]


class BetaMetadataParam(TypedDict, total=False):
    user_id: Optional[str]

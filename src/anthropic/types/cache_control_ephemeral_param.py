from typing_extensions import Literal, Required, TypedDict

__all__ = ["CacheControlEphemeralParam"]


class CacheControlEphemeralParam(TypedDict, total=False):
    type: Required[Literal["ephemeral"]]
    ttl: Literal["5m", "1h"]

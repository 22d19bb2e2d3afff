from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaURLPDFSourceParam"]


class BetaURLPDFSourceParam(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]

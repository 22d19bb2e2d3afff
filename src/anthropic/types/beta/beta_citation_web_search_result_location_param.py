from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaCitationWebSearchResultLocationParam"]


class BetaCitationWebSearchResultLocationParam(TypedDict, total=False):
    cited_text: Required[str]
    encrypted_index: Required[str]
    title: Required[Optional[str]]
    type: Required[Literal["web_search_result_location"]]
    url: Required[str]

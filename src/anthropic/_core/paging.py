# pyright: reportPrivateUsage=false
"""Page models and their next-page rules, shared by the sync and async page classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, List, Mapping, Optional, TypeVar

from .._models import BaseModel

if TYPE_CHECKING:
    from .options import FinalRequestOptions

__all__ = ["BasePage", "PageInfo", "repeated_cursor_error"]

_T = TypeVar("_T")


class PageInfo:
    """The query parameters that select the next page."""

    params: Mapping[str, object]

    def __init__(self, *, params: Mapping[str, object]) -> None:
        self.params = params

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(params={self.params})"


class BasePage(BaseModel, Generic[_T]):
    """A page of a list endpoint; knows how to ask for the next one."""

    if TYPE_CHECKING:
        _client: Any
        _model: Any
        _options: FinalRequestOptions

    def _set_private_attributes(self, *, client: Any, model: Any, options: FinalRequestOptions) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_model", model)
        object.__setattr__(self, "_options", options)

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        if getattr(self, "has_more", None) is False:
            return False
        return self.next_page_info() is not None

    def next_page_cursor(self) -> Optional[Mapping[str, object]]:
        """The query parameters that select the next page (``None`` if there is none)."""
        info = self.next_page_info()
        return None if info is None else dict(info.params)

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options.model_copy()
        options._strip_raw_response_header()
        options.params = {**options.params, **info.params}
        return options

    def _next_page_options(self) -> FinalRequestOptions:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        return self._info_to_options(info)


def id_cursor_info(page: Any) -> Optional[PageInfo]:
    """``after_id`` = last id, or ``before_id`` = first id when paging backwards."""
    if page._options.params.get("before_id"):
        first_id = page.first_id
        return None if not first_id else PageInfo(params={"before_id": first_id})
    last_id = page.last_id
    return None if not last_id else PageInfo(params={"after_id": last_id})


def next_page_info(page: Any, key: str) -> Optional[PageInfo]:
    """Token-style pages: ``<key>=<next_page>``."""
    next_page = page.next_page
    return None if not next_page else PageInfo(params={key: next_page})


def repeated_cursor_error(cursor: Optional[Mapping[str, object]]) -> Exception:
    """Auto-pagination stops when a page points at the same next page as the previous one."""
    from .._exceptions import AnthropicError

    return AnthropicError(
        f"Pagination stopped: the API returned the same cursor twice in a row ({cursor}); "
        "following it would loop forever."
    )

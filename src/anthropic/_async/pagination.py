"""Async page classes: ``await page.get_next_page()``, ``async for item in page``."""

from __future__ import annotations

from typing import Any, AsyncIterator, Generic, List, Optional, TypeVar, cast

from typing_extensions import Self, override

from .._core.paging import BasePage, PageInfo, id_cursor_info, next_page_info, repeated_cursor_error

__all__ = ["AsyncPage", "AsyncPageCursor", "AsyncTokenPage", "BaseAsyncPage"]

_T = TypeVar("_T")


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    async def get_next_page(self) -> Self:
        """Fetch the page after this one (raises ``RuntimeError`` if there is none)."""
        return cast(Self, await self._client._request_api_list(self._model, self.__class__, self._next_page_options()))

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page, then each following page, fetched as needed."""
        page = self
        previous: Any = None
        while True:
            yield page
            if not page.has_next_page():
                return
            cursor = page.next_page_cursor()
            if cursor == previous:  # the API sent the same cursor again: it would never end
                raise repeated_cursor_error(cursor)
            previous = cursor
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:  # pyright: ignore[reportIncompatibleMethodOverride]
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item


class AsyncPage(BaseAsyncPage[_T], Generic[_T]):
    """A page of a list paginated by object ids (``after_id`` / ``before_id``)."""

    data: List[_T]
    has_more: Optional[bool] = None
    first_id: Optional[str] = None
    last_id: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return id_cursor_info(self)


class AsyncTokenPage(BaseAsyncPage[_T], Generic[_T]):
    """A page of a list paginated by an opaque token (``page_token``)."""

    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return next_page_info(self, "page_token")


class AsyncPageCursor(BaseAsyncPage[_T], Generic[_T]):
    """A page of a list paginated by a page cursor (``page``)."""

    data: List[_T]
    has_more: Optional[bool] = None
    next_page: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data or []

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return next_page_info(self, "page")

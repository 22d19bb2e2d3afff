"""What differs in shape between the sync and async API clients, as two small mixins
written side by side: list endpoints return the page at once (sync) or an
``AsyncPaginator`` (async), and the mode flag (``X-Stainless-Async``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, ClassVar, Generator, Generic, Optional, Type, TypeVar, cast

from ._core.client import options_call
from ._types import Body, RequestOptions

if TYPE_CHECKING:
    from ._async.pagination import BaseAsyncPage
    from ._core.request import Call
    from ._sync.pagination import BaseSyncPage

__all__ = ["AsyncPaginating", "AsyncPaginator", "SyncPaginating"]

_T = TypeVar("_T")
_ItemT = TypeVar("_ItemT")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


class SyncPaginating:
    _is_async: ClassVar[bool] = False

    if TYPE_CHECKING:

        def request(self, call: Call[_T]) -> _T: ...

    def paginate(self, call: Call[SyncPageT]) -> SyncPageT:
        """The first page of a list ``call``."""
        return self.request(call)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006 - read only
        method: str = "get",
    ) -> SyncPageT:
        return self.request(options_call(method, path, cast_to=page, options=options, body=body, page=page))


class AsyncPaginating:
    _is_async: ClassVar[bool] = True

    if TYPE_CHECKING:

        async def request(self, call: Call[_T]) -> _T: ...

    def paginate(self, call: Call[AsyncPageT]) -> AsyncPaginator[Any, AsyncPageT]:
        """The paginator of a list ``call`` (nothing is sent until it is awaited or iterated)."""
        return AsyncPaginator(self, call)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006 - read only
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        return AsyncPaginator(self, options_call(method, path, cast_to=page, options=options, body=body, page=page))


class AsyncPaginator(Generic[_ItemT, AsyncPageT]):
    """``await`` it for the first page, or ``async for`` over every item of every page."""

    def __init__(self, client: AsyncPaginating, call: Call[Any]) -> None:
        self._client = client
        self._call = call

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        return cast(AsyncPageT, await self._client.request(self._call))

    async def __aiter__(self) -> AsyncIterator[_ItemT]:
        page = await self._get_page()
        async for item in page:
            yield item

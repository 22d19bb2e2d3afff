"""What differs in shape between the sync and async API clients, as two small mixins
written side by side: list endpoints return the page at once (sync) or an
``AsyncPaginator`` (async), and the mode flag (``X-Stainless-Async``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, ClassVar, Generator, Generic, Optional, Type, TypeVar

from ._core.options import FinalRequestOptions
from ._types import Body, RequestOptions

if TYPE_CHECKING:
    from ._async.pagination import BaseAsyncPage
    from ._sync.pagination import BaseSyncPage

__all__ = ["AsyncPaginating", "AsyncPaginator", "SyncPaginating"]

_T = TypeVar("_T")
_ItemT = TypeVar("_ItemT")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


def _page_parser(client: Any, model: Any, options: FinalRequestOptions) -> Any:
    """A ``post_parser`` giving the parsed page what it needs to fetch the next one."""

    def parse(page: Any) -> Any:
        page._set_private_attributes(client=client, model=model, options=options)
        return page

    return parse


class SyncPaginating:
    _is_async: ClassVar[bool] = False

    if TYPE_CHECKING:

        def request(self, cast_to: Type[_T], options: FinalRequestOptions) -> _T: ...

    def _request_api_list(self, model: Type[object], page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        """The page of a list request."""
        options.post_parser = _page_parser(self, model, options)
        return self.request(page, options)

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
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return self._request_api_list(model, page, opts)


class AsyncPaginating:
    _is_async: ClassVar[bool] = True

    if TYPE_CHECKING:

        async def request(self, cast_to: Type[_T], options: FinalRequestOptions) -> _T: ...

    def _request_api_list(
        self, model: Type[_T], page: Type[AsyncPageT], options: FinalRequestOptions
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """The paginator of a list request (nothing is sent until it is awaited or iterated)."""
        return AsyncPaginator(client=self, options=options, page_cls=page, model=model)

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
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return self._request_api_list(model, page, opts)


class AsyncPaginator(Generic[_ItemT, AsyncPageT]):
    """``await`` it for the first page, or ``async for`` over every item of every page."""

    def __init__(
        self, client: AsyncPaginating, options: FinalRequestOptions, page_cls: Type[AsyncPageT], model: Type[_ItemT]
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        options = self._options
        options.post_parser = _page_parser(self._client, self._model, options)
        return await self._client.request(self._page_cls, options)

    async def __aiter__(self) -> AsyncIterator[_ItemT]:
        page = await self._get_page()
        async for item in page:
            yield item

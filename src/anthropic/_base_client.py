"""The client base classes (the reference release's import path; re-exports only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._async.api_client import AsyncAPIClient
from ._core.client import BaseClient
from ._core.paging import BasePage, PageInfo
from ._http_clients import DefaultAsyncHttpxClient, DefaultHttpxClient
from ._paginator import AsyncPaginator
from ._sync.api_client import SyncAPIClient

if TYPE_CHECKING:
    from ._http_clients import DefaultAioHttpClient

__all__ = [
    "AsyncAPIClient",
    "AsyncPaginator",
    "BaseClient",
    "BasePage",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "PageInfo",
    "SyncAPIClient",
]


def __getattr__(name: str) -> Any:
    if name == "DefaultAioHttpClient":  # on first use only: it imports aiohttp when the extra is installed
        from . import _http_clients

        return _http_clients.DefaultAioHttpClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

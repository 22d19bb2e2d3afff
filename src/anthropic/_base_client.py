"""The client base classes (the reference release's import path; re-exports only)."""

from __future__ import annotations

from ._async.api_client import AsyncAPIClient
from ._core.client import BaseClient
from ._core.paging import BasePage, PageInfo
from ._http_clients import DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._paginator import AsyncPaginator
from ._sync.api_client import SyncAPIClient

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

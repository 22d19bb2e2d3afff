"""The client base classes and request plumbing, at the reference release's import path.

Re-exports only: the code lives in ``anthropic._core`` (mode-free), ``anthropic._async`` /
``anthropic._sync`` (the two API clients) and ``anthropic._http_clients``. Other libraries and
test suites import these names from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._async.api_client import AsyncAPIClient
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._core.client import HTTPX_DEFAULT_TIMEOUT, BaseClient
from ._core.config import OtherArch, OtherPlatform, get_architecture, get_platform
from ._core.options import FinalRequestOptions, make_request_options
from ._core.paging import BasePage, PageInfo
from ._http_clients import (
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    OwnedAsyncHttpxClient as AsyncHttpxClientWrapper,
    OwnedHttpxClient as SyncHttpxClientWrapper,
)
from ._paginator import AsyncPaginator
from ._sync.api_client import SyncAPIClient

if TYPE_CHECKING:
    from ._async.pagination import BaseAsyncPage as BaseAsyncPage
    from ._http_clients import DefaultAioHttpClient as DefaultAioHttpClient
    from ._sync.pagination import BaseSyncPage as BaseSyncPage

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "HTTPX_DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "AsyncHttpxClientWrapper",
    "AsyncPaginator",
    "BaseAsyncPage",
    "BaseClient",
    "BasePage",
    "BaseSyncPage",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "FinalRequestOptions",
    "OtherArch",
    "OtherPlatform",
    "PageInfo",
    "SyncAPIClient",
    "SyncHttpxClientWrapper",
    "get_architecture",
    "get_platform",
    "make_request_options",
    "platform_headers",
]

_DefaultHttpxClient = DefaultHttpxClient
_DefaultAsyncHttpxClient = DefaultAsyncHttpxClient


def platform_headers(version: str, *, platform: Any = None) -> dict[str, str]:
    """The ``X-Stainless-*`` headers describing this process (``platform`` overrides the OS)."""
    import platform as _platform

    return {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": version,
        "X-Stainless-OS": str(platform or get_platform()),
        "X-Stainless-Arch": str(get_architecture()),
        "X-Stainless-Runtime": _platform.python_implementation(),
        "X-Stainless-Runtime-Version": _platform.python_version(),
    }


def __getattr__(name: str) -> Any:
    # Resolved on first use: naming the aiohttp client imports aiohttp.
    if name in ("DefaultAioHttpClient", "_DefaultAioHttpClient"):
        from . import _http_clients

        return _http_clients.DefaultAioHttpClient
    if name == "BaseSyncPage":
        from ._sync.pagination import BaseSyncPage

        return BaseSyncPage
    if name == "BaseAsyncPage":
        from ._async.pagination import BaseAsyncPage

        return BaseAsyncPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Page classes of the list endpoints."""

from __future__ import annotations

from typing import List, Optional

from ._async.pagination import AsyncPage, AsyncPageCursor, AsyncTokenPage, BaseAsyncPage
from ._core.paging import BasePage, PageInfo
from ._sync.pagination import BaseSyncPage, SyncPage, SyncPageCursor, SyncTokenPage

__all__ = [
    "AsyncPage",
    "AsyncPageCursor",
    "AsyncTokenPage",
    "BaseAsyncPage",
    "BasePage",
    "BaseSyncPage",
    "List",
    "Optional",
    "PageInfo",
    "SyncPage",
    "SyncPageCursor",
    "SyncTokenPage",
]

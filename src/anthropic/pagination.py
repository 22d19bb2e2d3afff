"""Page classes of the list endpoints."""

from __future__ import annotations

from typing import Any, List, Optional, TypeVar, cast

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

# pydantic names parametrized generic models after their type variables (``BasePage[~_T]``)
# and, when they are created at module level, stores them in that module; the reference
# release's pagination module therefore exposes these names, and so does this one.
_T = TypeVar("_T")


def _register_generic_aliases() -> None:
    for base in (BasePage, BaseSyncPage, BaseAsyncPage):
        generic: Any = base.__class_getitem__(cast(Any, _T))  # pydantic names it "BasePage[~_T]"
        globals()[generic.__name__] = generic


_register_generic_aliases()

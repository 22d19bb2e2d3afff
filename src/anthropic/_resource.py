"""Base classes of the resources."""

from __future__ import annotations

from ._async.resource import AsyncAPIResource
from ._sync.resource import SyncAPIResource

__all__ = ["AsyncAPIResource", "SyncAPIResource"]

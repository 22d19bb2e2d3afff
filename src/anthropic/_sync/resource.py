# File generated from src/anthropic/_async/resource.py by tools/unasync.py. Do not edit.
"""Base class of the sync resources (``client.messages``, ``client.models``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_client import SyncAPIClient

__all__ = ["SyncAPIResource"]


class SyncAPIResource:
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

# File generated from src/anthropic/_async/resource.py by tools/unasync.py. Do not edit.
"""Base class of the sync resources (``client.messages``, ``client.models``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._drivers import sync_sleep

if TYPE_CHECKING:
    from .api_client import SyncAPIClient

__all__ = ["SyncAPIResource"]


class SyncAPIResource:
    """A group of endpoints; its methods send their requests through the client's verbs.

    ``_get``, ``_post``, ``_patch``, ``_put``, ``_delete`` and ``_get_api_list`` are the
    client's verbs, bound when the resource is created (tests may replace them on an instance).
    """

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client.get_api_list

    def _sleep(self, seconds: float) -> None:
        sync_sleep(seconds)

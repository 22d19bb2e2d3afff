"""Base class of the async resources (``client.messages``, ``client.models``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._drivers import async_sleep

if TYPE_CHECKING:
    from .api_client import AsyncAPIClient

__all__ = ["AsyncAPIResource"]


class AsyncAPIResource:
    """A group of endpoints; its methods send their requests through the client's verbs.

    ``_get``, ``_post``, ``_patch``, ``_put``, ``_delete`` and ``_get_api_list`` are the
    client's verbs, bound when the resource is created (tests may replace them on an instance).
    """

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._get_api_list = client.get_api_list

    async def _sleep(self, seconds: float) -> None:
        await async_sleep(seconds)

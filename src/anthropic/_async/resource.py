"""Base class of the async resources (``client.messages``, ``client.models``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_client import AsyncAPIClient

__all__ = ["AsyncAPIResource"]


class AsyncAPIResource:
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

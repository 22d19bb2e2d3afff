"""The first-party clients (import them from ``anthropic``)."""

from __future__ import annotations

from ._async.client import (
    AsyncAnthropic,
    AsyncAnthropicWithRawResponse,
    AsyncAnthropicWithStreamedResponse,
    AsyncClient,
)
from ._sync.client import Anthropic, AnthropicWithRawResponse, AnthropicWithStreamedResponse, Client

__all__ = [
    "Anthropic",
    "AnthropicWithRawResponse",
    "AnthropicWithStreamedResponse",
    "AsyncAnthropic",
    "AsyncAnthropicWithRawResponse",
    "AsyncAnthropicWithStreamedResponse",
    "AsyncClient",
    "Client",
]

"""The first-party clients (import them from ``anthropic``)."""

from __future__ import annotations

from ._async.client import AsyncAnthropic, AsyncAnthropicWithRawResponse, AsyncAnthropicWithStreamedResponse
from ._sync.client import Anthropic, AnthropicWithRawResponse, AnthropicWithStreamedResponse

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

Client = Anthropic
AsyncClient = AsyncAnthropic

"""Raw event streams and the server-sent-events decoder."""

from __future__ import annotations

from ._async.streaming import AsyncStream
from ._core.sse import ServerSentEvent, SSEDecoder
from ._sync.streaming import Stream

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream"]

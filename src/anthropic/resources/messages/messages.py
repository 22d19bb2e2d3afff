from __future__ import annotations

from ..._async.resources.messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
)
from ..._constants import DEPRECATED_MODELS
from ..._sync.resources.messages import Messages, MessagesWithRawResponse, MessagesWithStreamingResponse

__all__ = [
    "DEPRECATED_MODELS",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
]

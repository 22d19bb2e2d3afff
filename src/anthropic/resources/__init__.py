"""The resource classes (``client.messages`` is a ``Messages``, and so on)."""

from __future__ import annotations

from .messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
    Messages,
    MessagesWithRawResponse,
    MessagesWithStreamingResponse,
)
from .models import (
    AsyncModels,
    AsyncModelsWithRawResponse,
    AsyncModelsWithStreamingResponse,
    Models,
    ModelsWithRawResponse,
    ModelsWithStreamingResponse,
)

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]

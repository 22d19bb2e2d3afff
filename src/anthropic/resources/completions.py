from __future__ import annotations

from .._async.resources.completions import (
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
)
from .._sync.resources.completions import Completions, CompletionsWithRawResponse, CompletionsWithStreamingResponse

__all__ = [
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
]

"""Response wrappers of ``.with_raw_response`` / ``.with_streaming_response`` calls."""

from __future__ import annotations

from ._async.response import (
    AsyncAPIResponse,
    AsyncBinaryAPIResponse,
    AsyncResponseContextManager,
    AsyncStreamedBinaryAPIResponse,
    async_to_custom_raw_response_wrapper,
    async_to_custom_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ._core.response import BaseAPIResponse
from ._exceptions import StreamAlreadyConsumed
from ._legacy_response import LegacyAPIResponse
from ._sync.response import (
    APIResponse,
    BinaryAPIResponse,
    ResponseContextManager,
    StreamedBinaryAPIResponse,
    to_custom_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncBinaryAPIResponse",
    "AsyncResponseContextManager",
    "AsyncStreamedBinaryAPIResponse",
    "BaseAPIResponse",
    "BinaryAPIResponse",
    "LegacyAPIResponse",
    "ResponseContextManager",
    "StreamAlreadyConsumed",
    "StreamedBinaryAPIResponse",
    "async_to_custom_raw_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

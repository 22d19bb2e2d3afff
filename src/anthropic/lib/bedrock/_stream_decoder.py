"""The decoder of Bedrock's streamed responses (AWS event stream), at the reference's import path."""

from __future__ import annotations

from ..._core.eventstream import AWSEventStreamDecoder

__all__ = ["AWSEventStreamDecoder"]

"""``JSONLDecoder`` / ``AsyncJSONLDecoder``: what ``batches.results()`` returns."""

from __future__ import annotations

from .._async.jsonl import AsyncJSONLDecoder
from .._sync.jsonl import JSONLDecoder

__all__ = ["AsyncJSONLDecoder", "JSONLDecoder"]

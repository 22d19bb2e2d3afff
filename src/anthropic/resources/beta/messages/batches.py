from __future__ import annotations

from ...._async.resources.beta.batches import (
    AsyncBatches,
    AsyncBatchesWithRawResponse,
    AsyncBatchesWithStreamingResponse,
)
from ...._sync.resources.beta.batches import (
    Batches,
    BatchesWithRawResponse,
    BatchesWithStreamingResponse,
)

__all__ = [
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
]

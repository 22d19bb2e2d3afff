from __future__ import annotations

from ..._async.resources.batches import (
    AsyncBatches,
    AsyncBatchesWithRawResponse,
    AsyncBatchesWithStreamingResponse,
)
from ..._sync.resources.batches import (
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

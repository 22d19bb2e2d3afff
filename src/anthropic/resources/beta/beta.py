from __future__ import annotations

from ..._async.resources.beta.beta import (
    AsyncBeta,
    AsyncBetaWithRawResponse,
    AsyncBetaWithStreamingResponse,
)
from ..._sync.resources.beta.beta import (
    Beta,
    BetaWithRawResponse,
    BetaWithStreamingResponse,
)

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
]

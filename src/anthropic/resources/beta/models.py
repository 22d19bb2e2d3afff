from __future__ import annotations

from ..._async.resources.beta.models import (
    AsyncModels,
    AsyncModelsWithRawResponse,
    AsyncModelsWithStreamingResponse,
)
from ..._sync.resources.beta.models import (
    Models,
    ModelsWithRawResponse,
    ModelsWithStreamingResponse,
)

__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]

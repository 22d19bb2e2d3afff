from __future__ import annotations

from .._async.resources.models import AsyncModels, AsyncModelsWithRawResponse, AsyncModelsWithStreamingResponse
from .._sync.resources.models import Models, ModelsWithRawResponse, ModelsWithStreamingResponse

__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
]

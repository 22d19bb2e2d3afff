from __future__ import annotations

from ...._async.resources.beta.versions import (
    AsyncVersions,
    AsyncVersionsWithRawResponse,
    AsyncVersionsWithStreamingResponse,
)
from ...._sync.resources.beta.versions import (
    Versions,
    VersionsWithRawResponse,
    VersionsWithStreamingResponse,
)

__all__ = [
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]

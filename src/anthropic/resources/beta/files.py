from __future__ import annotations

from ..._async.resources.beta.files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
)
from ..._sync.resources.beta.files import (
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

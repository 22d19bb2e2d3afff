# File generated from src/anthropic/_async/resources/beta/files.py by tools/unasync.py. Do not edit.
"""``client.beta.files``: upload files once, refer to them by id in messages."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

from ...._endpoints import files as _files
from ...._types import not_given, omit
from ...._utils import strip_omitted
from ...pagination import SyncPage
from ...resource import SyncAPIResource
from ...response import (
    BinaryAPIResponse,
    StreamedBinaryAPIResponse,
    to_custom_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.deleted_file import DeletedFile
    from ....types.beta.file_metadata import FileMetadata

__all__ = ["Files", "FilesWithRawResponse", "FilesWithStreamingResponse"]


class Files(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return FilesWithStreamingResponse(self)

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[FileMetadata]:
        """List the uploaded files, most recent first (iterate to get every page).

        Args:
          after_id: Return the page of results immediately after this object id.
          before_id: Return the page of results immediately before this object id.
          limit: Number of items per page (1 to 1000, default 20).
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.file_metadata import FileMetadata

        e = _files.list_files(
            strip_omitted(after_id=after_id, before_id=before_id, limit=limit),
            betas,
            (extra_headers, extra_query, extra_body, timeout),
        )
        return self._get_api_list(e.path, page=SyncPage[FileMetadata], options=e.options, model=FileMetadata)

    def delete(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedFile:
        """Delete a file.

        Args:
          file_id: ID of the file.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.deleted_file import DeletedFile

        e = _files.delete(file_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._delete(e.path, options=e.options, cast_to=DeletedFile)

    def download(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """Download a file's content: a binary response (``read()``, ``write_to_file()``).

        This reads the whole file; ``with_streaming_response.download`` streams it instead.

        Args:
          file_id: ID of the file.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        e = _files.download(file_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._get(e.path, options=e.options, cast_to=BinaryAPIResponse)

    def retrieve_metadata(
        self,
        file_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Get a file's metadata (name, MIME type, size, creation time).

        Args:
          file_id: ID of the file.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.file_metadata import FileMetadata

        e = _files.retrieve_metadata(file_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._get(e.path, options=e.options, cast_to=FileMetadata)

    def upload(
        self,
        *,
        file: FileTypes,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> FileMetadata:
        """Upload a file (multipart). Paths and open files are streamed, never read whole.

        Args:
          file: The file: a path, bytes, an open binary file, or ``(filename, content[, mime_type])``.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional form fields for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.file_metadata import FileMetadata

        e = _files.upload(file, betas, (extra_headers, extra_query, extra_body, timeout))
        return self._post(e.path, body=e.body, files=e.files, options=e.options, cast_to=FileMetadata)


class FilesWithRawResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_raw_response_wrapper(files.list)
        self.delete = to_raw_response_wrapper(files.delete)
        self.download = to_custom_raw_response_wrapper(files.download, BinaryAPIResponse)
        self.retrieve_metadata = to_raw_response_wrapper(files.retrieve_metadata)
        self.upload = to_raw_response_wrapper(files.upload)


class FilesWithStreamingResponse:
    def __init__(self, files: Files) -> None:
        self._files = files
        self.list = to_streamed_response_wrapper(files.list)
        self.delete = to_streamed_response_wrapper(files.delete)
        self.download = to_custom_streamed_response_wrapper(files.download, StreamedBinaryAPIResponse)
        self.retrieve_metadata = to_streamed_response_wrapper(files.retrieve_metadata)
        self.upload = to_streamed_response_wrapper(files.upload)

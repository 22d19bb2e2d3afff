# File generated from src/anthropic/_async/resources/batches.py by tools/unasync.py. Do not edit.
"""``client.messages.batches``: send many message requests at once, at a lower price."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterable

from ..._endpoints import batches as _batches
from ..._types import not_given, omit
from ..._utils import strip_omitted
from ..pagination import SyncPage
from ..resource import SyncAPIResource
from ..response import to_raw_response_wrapper, to_streamed_response_wrapper

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.messages.batch_create_params import Request
    from ...types.messages.deleted_message_batch import DeletedMessageBatch
    from ...types.messages.message_batch import MessageBatch
    from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse
    from ..jsonl import JSONLDecoder

__all__ = ["Batches", "BatchesWithRawResponse", "BatchesWithStreamingResponse"]


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return BatchesWithStreamingResponse(self)

    def create(
        self,
        *,
        requests: Iterable[Request],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Create a batch of message requests, processed asynchronously (up to 24 hours).

        Args:
          requests: The requests, each a ``custom_id`` and the ``params`` of a ``messages.create`` call.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.messages.message_batch import MessageBatch

        e = _batches.create({"requests": requests}, (extra_headers, extra_query, extra_body, timeout))
        return self._post(e.path, body=e.body, options=e.options, cast_to=MessageBatch)

    def retrieve(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Get a batch: its processing status, request counts and (once ended) ``results_url``.

        Args:
          message_batch_id: ID of the batch.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.messages.message_batch import MessageBatch

        e = _batches.one(message_batch_id, (extra_headers, extra_query, extra_body, timeout))
        return self._get(e.path, options=e.options, cast_to=MessageBatch)

    def list(
        self,
        *,
        after_id: str | Omit = omit,
        before_id: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[MessageBatch]:
        """List the batches of the workspace, most recent first (iterate to get every page).

        Args:
          after_id: Return the page of results immediately after this object id.
          before_id: Return the page of results immediately before this object id.
          limit: Number of items per page (1 to 1000, default 20).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.messages.message_batch import MessageBatch

        e = _batches.list_batches(
            strip_omitted(after_id=after_id, before_id=before_id, limit=limit),
            (extra_headers, extra_query, extra_body, timeout),
        )
        return self._get_api_list(e.path, page=SyncPage[MessageBatch], options=e.options, model=MessageBatch)

    def delete(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedMessageBatch:
        """Delete a batch that has finished processing (cancel it first if it is still running).

        Args:
          message_batch_id: ID of the batch.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.messages.deleted_message_batch import DeletedMessageBatch

        e = _batches.delete(message_batch_id, (extra_headers, extra_query, extra_body, timeout))
        return self._delete(e.path, options=e.options, cast_to=DeletedMessageBatch)

    def cancel(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageBatch:
        """Cancel a batch: it goes to ``canceling``, then ends; requests not yet processed are canceled.

        Args:
          message_batch_id: ID of the batch.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.messages.message_batch import MessageBatch

        e = _batches.cancel(message_batch_id, (extra_headers, extra_query, extra_body, timeout))
        return self._post(e.path, options=e.options, cast_to=MessageBatch)

    def results(
        self,
        message_batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> JSONLDecoder[MessageBatchIndividualResponse]:
        """The results of an ended batch, one per request, decoded as the file downloads.

        The batch is retrieved first (without this call's options) for its ``results_url``;
        an ``AnthropicError`` is raised if it has none yet. The results are read lazily,
        so a large results file is never held in memory.

        Args:
          message_batch_id: ID of the batch.
          extra_headers: Additional headers for the download.
          extra_query: Additional query parameters for the download.
          extra_body: Additional JSON properties for the download.
          timeout: Override the client-level timeout for the download, in seconds.
        """
        from ...types.messages.message_batch_individual_response import MessageBatchIndividualResponse
        from ..jsonl import JSONLDecoder

        batch = self.retrieve(message_batch_id)
        e = _batches.results(batch, (extra_headers, extra_query, extra_body, timeout), base_url=self._client.base_url)
        return self._get(
            e.path,
            options=e.options,
            cast_to=JSONLDecoder[MessageBatchIndividualResponse],
            stream=True,
        )


class BatchesWithRawResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_raw_response_wrapper(batches.create)
        self.retrieve = to_raw_response_wrapper(batches.retrieve)
        self.list = to_raw_response_wrapper(batches.list)
        self.delete = to_raw_response_wrapper(batches.delete)
        self.cancel = to_raw_response_wrapper(batches.cancel)


class BatchesWithStreamingResponse:
    def __init__(self, batches: Batches) -> None:
        self._batches = batches
        self.create = to_streamed_response_wrapper(batches.create)
        self.retrieve = to_streamed_response_wrapper(batches.retrieve)
        self.list = to_streamed_response_wrapper(batches.list)
        self.delete = to_streamed_response_wrapper(batches.delete)
        self.cancel = to_streamed_response_wrapper(batches.cancel)

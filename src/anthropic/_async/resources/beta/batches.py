"""``client.beta.messages.batches``: message batches with beta features (``betas``, beta types)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterable, List

from ...._endpoints import batches as _batches
from ...._types import not_given, omit
from ...._utils import strip_omitted
from ...pagination import AsyncPage
from ...resource import AsyncAPIResource
from ...response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper

if TYPE_CHECKING:
    import httpx

    from ...._paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.messages.batch_create_params import Request
    from ....types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch
    from ....types.beta.messages.beta_message_batch import BetaMessageBatch
    from ....types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse
    from ...jsonl import AsyncJSONLDecoder

__all__ = ["AsyncBatches", "AsyncBatchesWithRawResponse", "AsyncBatchesWithStreamingResponse"]


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return AsyncBatchesWithStreamingResponse(self)

    async def create(
        self,
        *,
        requests: Iterable[Request],
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Create a batch of message requests, processed asynchronously (up to 24 hours).

        Args:
          requests: The requests, each a ``custom_id`` and the ``params`` of a ``messages.create`` call.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        e = _batches.create(
            {"requests": requests}, (extra_headers, extra_query, extra_body, timeout), beta=True, betas=betas
        )
        return await self._post(e.path, body=e.body, options=e.options, cast_to=BetaMessageBatch)

    async def retrieve(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Get a batch: its processing status, request counts and (once ended) ``results_url``.

        Args:
          message_batch_id: ID of the batch.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        e = _batches.one(message_batch_id, (extra_headers, extra_query, extra_body, timeout), beta=True, betas=betas)
        return await self._get(e.path, options=e.options, cast_to=BetaMessageBatch)

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
    ) -> AsyncPaginator[BetaMessageBatch, AsyncPage[BetaMessageBatch]]:
        """List the batches of the workspace, most recent first (iterate to get every page).

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
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        e = _batches.list_batches(
            strip_omitted(after_id=after_id, before_id=before_id, limit=limit),
            (extra_headers, extra_query, extra_body, timeout),
            beta=True,
            betas=betas,
        )
        return self._get_api_list(e.path, page=AsyncPage[BetaMessageBatch], options=e.options, model=BetaMessageBatch)

    async def delete(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaDeletedMessageBatch:
        """Delete a batch that has finished processing (cancel it first if it is still running).

        Args:
          message_batch_id: ID of the batch.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.messages.beta_deleted_message_batch import BetaDeletedMessageBatch

        e = _batches.delete(message_batch_id, (extra_headers, extra_query, extra_body, timeout), beta=True, betas=betas)
        return await self._delete(e.path, options=e.options, cast_to=BetaDeletedMessageBatch)

    async def cancel(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageBatch:
        """Cancel a batch: it goes to ``canceling``, then ends; requests not yet processed are canceled.

        Args:
          message_batch_id: ID of the batch.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.messages.beta_message_batch import BetaMessageBatch

        e = _batches.cancel(message_batch_id, (extra_headers, extra_query, extra_body, timeout), beta=True, betas=betas)
        return await self._post(e.path, options=e.options, cast_to=BetaMessageBatch)

    async def results(
        self,
        message_batch_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncJSONLDecoder[BetaMessageBatchIndividualResponse]:
        """The results of an ended batch, one per request, decoded as the file downloads.

        The batch is retrieved first (with only the batches beta header) for its ``results_url``;
        an ``AnthropicError`` is raised if it has none yet. The results are read lazily,
        so a large results file is never held in memory.

        Args:
          message_batch_id: ID of the batch.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for the download.
          extra_query: Additional query parameters for the download.
          extra_body: Additional JSON properties for the download.
          timeout: Override the client-level timeout for the download, in seconds.
        """
        from ....types.beta.messages.beta_message_batch_individual_response import BetaMessageBatchIndividualResponse
        from ...jsonl import AsyncJSONLDecoder

        batch = await self.retrieve(message_batch_id)
        e = _batches.results(
            batch,
            (extra_headers, extra_query, extra_body, timeout),
            base_url=self._client.base_url,
            beta=True,
            betas=betas,
        )
        return await self._get(
            e.path,
            options=e.options,
            cast_to=AsyncJSONLDecoder[BetaMessageBatchIndividualResponse],
            stream=True,
        )


class AsyncBatchesWithRawResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_raw_response_wrapper(batches.create)
        self.retrieve = async_to_raw_response_wrapper(batches.retrieve)
        self.list = async_to_raw_response_wrapper(batches.list)
        self.delete = async_to_raw_response_wrapper(batches.delete)
        self.cancel = async_to_raw_response_wrapper(batches.cancel)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, batches: AsyncBatches) -> None:
        self._batches = batches
        self.create = async_to_streamed_response_wrapper(batches.create)
        self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
        self.list = async_to_streamed_response_wrapper(batches.list)
        self.delete = async_to_streamed_response_wrapper(batches.delete)
        self.cancel = async_to_streamed_response_wrapper(batches.cancel)

"""``client.models``: the models available to your key."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List

from ..._endpoints import models as _models
from ..._utils import strip_omitted
from ..pagination import AsyncPage
from ..resource import AsyncAPIResource
from ..response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper

if TYPE_CHECKING:
    import httpx

    from ..._paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.anthropic_beta_param import AnthropicBetaParam
    from ...types.model_info import ModelInfo

from ..._types import not_given, omit

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "AsyncModelsWithStreamingResponse"]


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return AsyncModelsWithStreamingResponse(self)

    async def retrieve(
        self,
        model_id: str,
        *,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ModelInfo:
        """Get one model by id or alias (an alias resolves to a model id).

        Args:
          model_id: Model identifier or alias.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...types.model_info import ModelInfo

        e = _models.retrieve(model_id, betas, (extra_headers, extra_query, extra_body, timeout))
        return await self._get(e.path, options=e.options, cast_to=ModelInfo)

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
    ) -> AsyncPaginator[ModelInfo, AsyncPage[ModelInfo]]:
        """List the available models, most recently released first (iterate to get every page).

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
        from ...types.model_info import ModelInfo

        e = _models.list_models(
            strip_omitted(after_id=after_id, before_id=before_id, limit=limit),
            betas,
            (extra_headers, extra_query, extra_body, timeout),
        )
        return self._get_api_list(e.path, page=AsyncPage[ModelInfo], options=e.options, model=ModelInfo)


class AsyncModelsWithRawResponse:
    def __init__(self, models: AsyncModels) -> None:
        self.retrieve = async_to_raw_response_wrapper(models.retrieve)
        self.list = async_to_raw_response_wrapper(models.list)


class AsyncModelsWithStreamingResponse:
    def __init__(self, models: AsyncModels) -> None:
        self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
        self.list = async_to_streamed_response_wrapper(models.list)

# pyright: reportPrivateUsage=false
"""``client.completions``: legacy text completions (``POST /v1/complete``)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, List, overload

from typing_extensions import Literal

from ..._endpoints import completions as _completions
from ..._types import not_given, omit
from ..._utils import required_keywords, strip_omitted
from ..resource import AsyncAPIResource
from ..response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..streaming import AsyncStream

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ...types.anthropic_beta_param import AnthropicBetaParam
    from ...types.completion import Completion
    from ...types.metadata_param import MetadataParam
    from ...types.model_param import ModelParam


__all__ = ["AsyncCompletions", "AsyncCompletionsWithRawResponse", "AsyncCompletionsWithStreamingResponse"]


class AsyncCompletions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: Literal[True],
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[Completion]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        stream: bool,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]: ...

    @required_keywords(
        ("max_tokens_to_sample", "model", "prompt"), ("max_tokens_to_sample", "model", "prompt", "stream")
    )
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: ModelParam,
        prompt: str,
        metadata: MetadataParam | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]:
        """[Legacy] Complete a text prompt (``HUMAN_PROMPT`` / ``AI_PROMPT`` turns).

        With ``stream=True`` the result is a stream of ``Completion`` pieces. Prefer
        ``messages.create()`` for new code.

        Args:
          max_tokens_to_sample: The most tokens to generate before stopping.
          model: The model that completes the prompt.
          prompt: The prompt, e.g. ``f"{HUMAN_PROMPT} Hello{AI_PROMPT}"``.
          metadata: An object describing metadata about the request.
          stop_sequences: Strings that stop generation when produced.
          stream: Stream the response as server-sent events.
          temperature: Amount of randomness, 0.0 to 1.0.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        body = strip_omitted(
            max_tokens_to_sample=max_tokens_to_sample,
            model=model,
            prompt=prompt,
            metadata=metadata,
            stop_sequences=stop_sequences,
            stream=stream,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
        )
        from ...types.completion import Completion

        options = _completions.create_options(
            self._client._config, betas, (extra_headers, extra_query, extra_body, timeout)
        )
        return await self._post(
            "/v1/complete",
            body=body,
            cast_to=Completion,
            options=options,
            stream=stream or False,
            stream_cls=AsyncStream[Completion],
        )


class AsyncCompletionsWithRawResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_raw_response_wrapper(completions.create)


class AsyncCompletionsWithStreamingResponse:
    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_streamed_response_wrapper(completions.create)

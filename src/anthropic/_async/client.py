"""``AsyncAnthropic``: the async client of the Anthropic API."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from .._constants import AI_PROMPT, DEFAULT_MAX_RETRIES, HUMAN_PROMPT
from .._types import NotGiven, Omit, not_given
from .api_client import AsyncAPIClient

if TYPE_CHECKING:
    from .resources.beta.beta import AsyncBeta, AsyncBetaWithRawResponse, AsyncBetaWithStreamingResponse
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
    )
    from .resources.messages import AsyncMessages, AsyncMessagesWithRawResponse, AsyncMessagesWithStreamingResponse
    from .resources.models import AsyncModels, AsyncModelsWithRawResponse, AsyncModelsWithStreamingResponse

__all__ = ["AsyncAnthropic", "AsyncClient"]


class AsyncAnthropic(AsyncAPIClient):
    """Client of the Anthropic API.

    Credentials come from ``api_key`` (sent as ``X-Api-Key``) and/or ``auth_token``
    (``Authorization: Bearer``), defaulting to the ``ANTHROPIC_API_KEY`` and
    ``ANTHROPIC_AUTH_TOKEN`` environment variables; ``base_url`` defaults to
    ``ANTHROPIC_BASE_URL`` or ``https://api.anthropic.com``.
    """

    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    HUMAN_PROMPT = HUMAN_PROMPT
    AI_PROMPT = AI_PROMPT

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, Union[str, Omit]]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("ANTHROPIC_API_KEY")
        if auth_token is None:
            auth_token = os.environ.get("ANTHROPIC_AUTH_TOKEN")
        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
        super().__init__(
            client_name=type(self).__name__,
            api_key=api_key,
            auth_token=auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=default_headers,
            custom_query=default_query,
            http_client=http_client,
            strict=_strict_response_validation,
        )

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def with_raw_response(self) -> AsyncAnthropicWithRawResponse:
        """Every resource, returning raw HTTP responses (``.parse()`` gives the result)."""
        return AsyncAnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnthropicWithStreamedResponse:
        """Every resource, returning context managers over unread responses."""
        return AsyncAnthropicWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with the same settings except those given.

        It shares this client's connection pool unless ``http_client`` is given.
        """
        settings = self._copy_settings(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        return self.__class__(
            api_key=api_key or self.api_key,
            auth_token=auth_token or self.auth_token,
            base_url=base_url or self.base_url,
            http_client=http_client or self._client,
            _strict_response_validation=self._strict_response_validation,
            **settings,
            **_extra_kwargs,
        )

    with_options = copy


class AsyncAnthropicWithRawResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        return self._client.completions.with_raw_response

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        return self._client.messages.with_raw_response

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        return self._client.models.with_raw_response

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        return self._client.beta.with_raw_response


class AsyncAnthropicWithStreamedResponse:
    def __init__(self, client: AsyncAnthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        return self._client.messages.with_streaming_response

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        return self._client.models.with_streaming_response

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        return self._client.beta.with_streaming_response


AsyncClient = AsyncAnthropic

# File generated from src/anthropic/_async/client.py by tools/unasync.py. Do not edit.
"""``Anthropic``: the sync client of the Anthropic API."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from .._constants import AI_PROMPT, DEFAULT_MAX_RETRIES, HUMAN_PROMPT
from .._types import NotGiven, Omit, not_given
from .api_client import SyncAPIClient

if TYPE_CHECKING:
    from .resources.beta.beta import Beta, BetaWithRawResponse, BetaWithStreamingResponse
    from .resources.completions import (
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.messages import Messages, MessagesWithRawResponse, MessagesWithStreamingResponse
    from .resources.models import Models, ModelsWithRawResponse, ModelsWithStreamingResponse

__all__ = ["Anthropic", "Client"]


class Anthropic(SyncAPIClient):
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
        http_client: Optional[httpx.Client] = None,
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
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def messages(self) -> Messages:
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def beta(self) -> Beta:
        from .resources.beta.beta import Beta

        return Beta(self)

    @cached_property
    def with_raw_response(self) -> AnthropicWithRawResponse:
        """Every resource, returning raw HTTP responses (``.parse()`` gives the result)."""
        return AnthropicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnthropicWithStreamedResponse:
        """Every resource, returning context managers over unread responses."""
        return AnthropicWithStreamedResponse(self)

    def copy(
        self,
        *,
        api_key: Optional[str] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
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


class AnthropicWithRawResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        return self._client.completions.with_raw_response

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        return self._client.messages.with_raw_response

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        return self._client.models.with_raw_response

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        return self._client.beta.with_raw_response


class AnthropicWithStreamedResponse:
    def __init__(self, client: Anthropic) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        return self._client.messages.with_streaming_response

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        return self._client.models.with_streaming_response

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        return self._client.beta.with_streaming_response


Client = Anthropic

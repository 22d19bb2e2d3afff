# File generated from src/anthropic/_async/lib/bedrock.py by tools/unasync.py. Do not edit.
"""``AnthropicBedrock``: Claude on Amazon Bedrock, through the same request pipeline.

The client rewrites each first-party request for Bedrock (``_prepare_options``) and signs it
with SigV4 (``_prepare_request``, in a worker thread: loading AWS credentials may block).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from ..._constants import DEFAULT_MAX_RETRIES
from ..._core.options import FinalRequestOptions
from ..._drivers import sync_run_blocking
from ..._types import NOT_GIVEN, NotGiven
from ...lib.bedrock._core import PLATFORM, check_installed, infer_region, prepare_options
from ..api_client import SyncAPIClient
from ..resource import SyncAPIResource
from ..resources.beta.messages import Messages as BetaMessages
from ..response import to_raw_response_wrapper, to_streamed_response_wrapper

if TYPE_CHECKING:
    from ...lib.bedrock._stream_decoder import AWSEventStreamDecoder
    from ..resources.completions import Completions
    from ..resources.messages import Messages

__all__ = ["AnthropicBedrock"]


class AnthropicBedrock(SyncAPIClient):
    """Claude on Amazon Bedrock (needs the ``anthropic[bedrock]`` extra).

    Credentials come from the arguments, else from boto3's usual chain (environment,
    ``aws_profile`` / config files, instance metadata); the region from ``aws_region``,
    ``AWS_REGION`` or boto3's configuration (default ``us-east-1``); the base URL from
    ``base_url``, ``ANTHROPIC_BEDROCK_BASE_URL`` or the region's Bedrock endpoint.
    """

    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    def __init__(
        self,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        check_installed()
        self.aws_secret_key = aws_secret_key
        self.aws_access_key = aws_access_key
        self.aws_region = infer_region() if aws_region is None else aws_region
        self.aws_profile = aws_profile
        self.aws_session_token = aws_session_token
        if base_url is None:
            base_url = os.environ.get("ANTHROPIC_BEDROCK_BASE_URL")
        if base_url is None:
            base_url = f"https://bedrock-runtime.{self.aws_region}.amazonaws.com"
        super().__init__(
            client_name=type(self).__name__,
            base_url=base_url,
            api_key=None,
            auth_token=None,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=default_headers,
            custom_query=default_query,
            http_client=http_client,
            strict=_strict_response_validation,
            platform=PLATFORM,
        )

    @cached_property
    def messages(self) -> Messages:
        """Messages (``count_tokens`` and ``batches`` are not available on Bedrock and raise)."""
        from ..resources.messages import Messages

        return Messages(self)

    @cached_property
    def completions(self) -> Completions:
        from ..resources.completions import Completions

        return Completions(self)

    @cached_property
    def beta(self) -> BedrockBeta:
        """Beta features available on Bedrock: ``beta.messages.create``."""
        return BedrockBeta(self)

    def _make_sse_decoder(self) -> AWSEventStreamDecoder:
        from ...lib.bedrock._stream_decoder import AWSEventStreamDecoder

        return AWSEventStreamDecoder()

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_options(options)

    def _prepare_request(self, request: httpx.Request) -> None:
        request.headers.update(sync_run_blocking(self._auth_headers, request))

    def _auth_headers(self, request: httpx.Request) -> Mapping[str, str]:
        from ...lib.bedrock._auth import get_auth_headers

        return get_auth_headers(
            method=request.method,
            url=str(request.url),
            headers=request.headers,
            aws_access_key=self.aws_access_key,
            aws_secret_key=self.aws_secret_key,
            aws_session_token=self.aws_session_token,
            region=self.aws_region or "us-east-1",
            profile=self.aws_profile,
            data=request.read().decode(),
        )

    def copy(
        self,
        *,
        aws_secret_key: Optional[str] = None,
        aws_access_key: Optional[str] = None,
        aws_region: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with the same settings (credentials, region, profile) except those given.

        Like the reference, it gets its own connection pool unless ``http_client`` is given.
        """
        settings = self._copy_settings(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        kwargs: Any = {"aws_profile": self.aws_profile, **settings, **_extra_kwargs}
        return self.__class__(
            aws_secret_key=aws_secret_key or self.aws_secret_key,
            aws_access_key=aws_access_key or self.aws_access_key,
            aws_region=aws_region or self.aws_region,
            aws_session_token=aws_session_token or self.aws_session_token,
            base_url=base_url or self.base_url,
            http_client=http_client,
            _strict_response_validation=self._strict_response_validation,
            **kwargs,
        )

    with_options = copy


class BedrockBetaMessages(SyncAPIResource):
    """The beta messages resource of Bedrock: ``create`` only."""

    create = BetaMessages.create

    @cached_property
    def with_raw_response(self) -> BedrockBetaMessagesWithRawResponse:
        return BedrockBetaMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockBetaMessagesWithStreamingResponse:
        return BedrockBetaMessagesWithStreamingResponse(self)


class BedrockBetaMessagesWithRawResponse:
    def __init__(self, messages: BedrockBetaMessages) -> None:
        self._messages = messages
        self.create = to_raw_response_wrapper(messages.create)


class BedrockBetaMessagesWithStreamingResponse:
    def __init__(self, messages: BedrockBetaMessages) -> None:
        self._messages = messages
        self.create = to_streamed_response_wrapper(messages.create)


class BedrockBeta(SyncAPIResource):
    @cached_property
    def messages(self) -> BedrockBetaMessages:
        return BedrockBetaMessages(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockBetaWithRawResponse:
        return BedrockBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockBetaWithStreamingResponse:
        return BedrockBetaWithStreamingResponse(self)


class BedrockBetaWithRawResponse:
    def __init__(self, beta: BedrockBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> BedrockBetaMessagesWithRawResponse:
        return self._beta.messages.with_raw_response


class BedrockBetaWithStreamingResponse:
    def __init__(self, beta: BedrockBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> BedrockBetaMessagesWithStreamingResponse:
        return self._beta.messages.with_streaming_response

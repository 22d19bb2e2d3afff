"""``AsyncAnthropicVertex``: Claude on Google Vertex AI, through the same request pipeline.

The client rewrites each first-party request for Vertex (``_prepare_options``) and adds a
bearer token (``_prepare_request``; loading or refreshing Google credentials may block, so
it runs in a worker thread).
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from ..._constants import DEFAULT_MAX_RETRIES
from ..._core.options import FinalRequestOptions
from ..._drivers import async_run_blocking
from ..._types import NOT_GIVEN, NotGiven
from ...lib.vertex._core import NO_REGION_MESSAGE, PLATFORM, base_url_for, prepare_options, project_from_environment
from ..api_client import AsyncAPIClient
from ..resource import AsyncAPIResource
from ..resources.beta.messages import AsyncMessages as AsyncBetaMessages
from ..response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper

if TYPE_CHECKING:
    from ..resources.messages import AsyncMessages

__all__ = ["AsyncAnthropicVertex"]

_UNSET: Any = object()


class AsyncAnthropicVertex(AsyncAPIClient):
    """Claude on Google Vertex AI (needs the ``anthropic[vertex]`` extra unless ``access_token`` is given).

    ``region`` defaults to ``CLOUD_ML_REGION``, ``project_id`` to ``ANTHROPIC_VERTEX_PROJECT_ID``;
    the token is ``access_token`` if given, else that of ``credentials``, else of Google's
    application default credentials (refreshed when expired).
    """

    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    def __init__(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[Any] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        if isinstance(region, NotGiven):
            region = os.environ.get("CLOUD_ML_REGION", NOT_GIVEN)
        if isinstance(region, NotGiven):
            raise ValueError(NO_REGION_MESSAGE)
        if access_token is None and credentials is None:
            from ...lib.vertex._auth import check_installed

            check_installed()
        super().__init__(
            client_name=type(self).__name__,
            base_url=base_url_for(region) if base_url is None else base_url,
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
        self.region = region
        self._project_id: Optional[str] = _UNSET if isinstance(project_id, NotGiven) else project_id
        self.access_token = access_token
        self.credentials = credentials
        self._credentials_lock = threading.Lock()

    @property
    def project_id(self) -> Optional[str]:
        """The Google Cloud project (``ANTHROPIC_VERTEX_PROJECT_ID`` when not given)."""
        if self._project_id is _UNSET:
            self._project_id = project_from_environment()
        return self._project_id

    @project_id.setter
    def project_id(self, value: Optional[str]) -> None:
        self._project_id = value

    @cached_property
    def messages(self) -> AsyncMessages:
        """Messages (``batches`` is not available on Vertex and raises)."""
        from ..resources.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def beta(self) -> AsyncVertexBeta:
        """Beta features available on Vertex: ``beta.messages`` (create, stream, count_tokens)."""
        return AsyncVertexBeta(self)

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        return prepare_options(options, project_id=self.project_id, region=self.region)

    async def _prepare_request(self, request: httpx.Request) -> None:
        if request.headers.get("Authorization"):
            return  # a header given by the caller wins
        token = self.access_token
        if token is None:
            token = await async_run_blocking(self._ensure_access_token)
        request.headers["Authorization"] = f"Bearer {token}"

    def _ensure_access_token(self) -> str:
        """The bearer token, loading and refreshing Google credentials as needed (blocking)."""
        if self.access_token is not None:
            return self.access_token
        from ...lib.vertex._auth import load_auth, refresh_auth

        with self._credentials_lock:
            if not self.credentials:
                self.credentials, project_id = load_auth(project_id=self.project_id)
                if not self.project_id:
                    self.project_id = project_id
            credentials = self.credentials
            if credentials.expired or not credentials.token:
                refresh_auth(credentials)
            token = credentials.token
        if not token:
            raise RuntimeError("Could not resolve API token from the environment")
        if not isinstance(token, str):
            raise TypeError(f"Expected the credentials' token to be a str but got {type(token)}")
        return token

    def copy(
        self,
        *,
        region: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        access_token: Optional[str] = None,
        credentials: Optional[Any] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with the same settings (region, project, token, credentials) except
        those given. It shares this client's connection pool unless ``http_client`` is given."""
        settings = self._copy_settings(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        own_project = self.project_id
        kwargs: Any = {**settings, **_extra_kwargs}
        return self.__class__(
            region=self.region if isinstance(region, NotGiven) else region,
            project_id=project_id if not isinstance(project_id, NotGiven) else (own_project or NOT_GIVEN),
            access_token=access_token or self.access_token,
            credentials=credentials or self.credentials,
            base_url=base_url or self.base_url,
            http_client=http_client or self._client,
            _strict_response_validation=self._strict_response_validation,
            **kwargs,
        )

    with_options = copy


class AsyncVertexBetaMessages(AsyncAPIResource):
    """The beta messages resource of Vertex: ``create``, ``stream`` and ``count_tokens``."""

    create = AsyncBetaMessages.create
    stream = AsyncBetaMessages.stream
    count_tokens = AsyncBetaMessages.count_tokens

    @cached_property
    def with_raw_response(self) -> AsyncVertexBetaMessagesWithRawResponse:
        return AsyncVertexBetaMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVertexBetaMessagesWithStreamingResponse:
        return AsyncVertexBetaMessagesWithStreamingResponse(self)


class AsyncVertexBetaMessagesWithRawResponse:
    def __init__(self, messages: AsyncVertexBetaMessages) -> None:
        self._messages = messages
        self.create = async_to_raw_response_wrapper(messages.create)
        self.count_tokens = async_to_raw_response_wrapper(messages.count_tokens)


class AsyncVertexBetaMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncVertexBetaMessages) -> None:
        self._messages = messages
        self.create = async_to_streamed_response_wrapper(messages.create)
        self.count_tokens = async_to_streamed_response_wrapper(messages.count_tokens)


class AsyncVertexBeta(AsyncAPIResource):
    @cached_property
    def messages(self) -> AsyncVertexBetaMessages:
        return AsyncVertexBetaMessages(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVertexBetaWithRawResponse:
        return AsyncVertexBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVertexBetaWithStreamingResponse:
        return AsyncVertexBetaWithStreamingResponse(self)


class AsyncVertexBetaWithRawResponse:
    def __init__(self, beta: AsyncVertexBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> AsyncVertexBetaMessagesWithRawResponse:
        return self._beta.messages.with_raw_response


class AsyncVertexBetaWithStreamingResponse:
    def __init__(self, beta: AsyncVertexBeta) -> None:
        self._beta = beta

    @cached_property
    def messages(self) -> AsyncVertexBetaMessagesWithStreamingResponse:
        return self._beta.messages.with_streaming_response

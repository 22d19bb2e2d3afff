"""The client base classes: shared settings, and the sync / async request entry points.

``BaseClient`` holds everything that does not depend on the I/O mode (settings, headers,
``copy`` arguments). ``SyncAPIClient`` and ``AsyncAPIClient`` are the two thin entry
points that run the one pipeline (``anthropic._core.pipeline.run_call``) with their driver
and wrap the result; they are written side by side on purpose.
"""

from __future__ import annotations

import socket
import sys
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import Self

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from ._core.config import FIRST_PARTY, ClientConfig, Platform, platform_headers
from ._core.jsonl import JSONLines
from ._core.paging import BasePage, PageInfo
from ._core.pipeline import run_call
from ._core.request import Call, make_call
from ._core.response import finish
from ._drivers import drive_async, drive_sync
from ._legacy_response import LegacyAPIResponse
from ._types import NOT_GIVEN, Body, NotGiven, Omit, RequestFiles, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from ._async.pagination import BaseAsyncPage
    from ._async.streaming import AsyncStream
    from ._sync.pagination import BaseSyncPage
    from ._sync.streaming import Stream

__all__ = [
    "AsyncAPIClient",
    "AsyncPaginator",
    "BaseClient",
    "BasePage",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "PageInfo",
    "SyncAPIClient",
]

_T = TypeVar("_T")
_ItemT = TypeVar("_ItemT")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

MAX_RETRIES_NONE_MESSAGE = (
    "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited retries, "
    "pass `math.inf` or a very high number; if you want the default behavior, pass "
    "`anthropic.DEFAULT_MAX_RETRIES`"
)


# --------------------------------------------------------------------------------------
# Default httpx clients


def _socket_options() -> List[tuple[int, int, int]]:
    options: List[tuple[int, int, int]] = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    tcp = socket.IPPROTO_TCP
    for name, value in (("TCP_KEEPINTVL", 60), ("TCP_KEEPCNT", 5), ("TCP_KEEPIDLE", 60)):
        opt = getattr(socket, name, None)
        if opt is not None:
            options.append((tcp, opt, value))
    if sys.platform == "darwin":
        keepalive = getattr(socket, "TCP_KEEPALIVE", 0x10)
        options.append((tcp, keepalive, 60))
    return options


_TRANSPORT_KEYS = ("verify", "cert", "trust_env", "http1", "http2", "limits")


def _environment_mounts(kwargs: Dict[str, Any], transport_cls: Any) -> Dict[str, Any]:
    if not kwargs.get("trust_env", True) or kwargs.get("proxy") is not None:
        return {}
    try:
        from httpx._utils import get_environment_proxies  # pyright: ignore[reportPrivateImportUsage]
    except ImportError:  # pragma: no cover - moved in a future httpx
        return {}
    forward = {k: kwargs[k] for k in _TRANSPORT_KEYS if k in kwargs}
    mounts: Dict[str, Any] = {}
    for pattern, url in get_environment_proxies().items():
        mounts[pattern] = None if url is None else transport_cls(proxy=httpx.Proxy(url), **forward)
    return mounts


def _client_kwargs(kwargs: Dict[str, Any], transport_cls: Any) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    if "transport" not in kwargs:
        forward = {k: kwargs[k] for k in _TRANSPORT_KEYS if k in kwargs}
        kwargs["transport"] = transport_cls(socket_options=_socket_options(), **forward)
        mounts = _environment_mounts(kwargs, transport_cls)
        mounts.update(kwargs.get("mounts") or {})
        if mounts:
            kwargs["mounts"] = mounts
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's defaults: timeouts, connection limits, redirects,
    TCP keep-alive, and proxies from the environment."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_client_kwargs(kwargs, httpx.HTTPTransport))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with the SDK's defaults (see ``DefaultHttpxClient``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_client_kwargs(kwargs, httpx.AsyncHTTPTransport))


try:
    import httpx_aiohttp  # pyright: ignore[reportMissingImports]
except ImportError:

    class DefaultAioHttpClient(httpx.AsyncClient):
        """The aiohttp-based async client (needs the ``aiohttp`` extra)."""

        def __init__(self, **_kwargs: Any) -> None:
            raise RuntimeError("To use the aiohttp client you must have installed the package with the `aiohttp` extra")

else:

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore
        """An aiohttp-based ``httpx.AsyncClient`` with the SDK's defaults."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
            kwargs.setdefault("follow_redirects", True)
            super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType]


class _OwnedHttpxClient(DefaultHttpxClient):
    """The client the SDK creates itself: closed when garbage-collected."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class _OwnedAsyncHttpxClient(DefaultAsyncHttpxClient):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            import asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass


# --------------------------------------------------------------------------------------
# Shared settings


def _check_max_retries(max_retries: object) -> int:
    if max_retries is None:
        raise TypeError(MAX_RETRIES_NONE_MESSAGE)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, got {type(max_retries).__name__}")
    if max_retries < 0:
        raise ValueError(f"max_retries must not be negative, got {max_retries}")
    return max_retries


def _with_trailing_slash(url: Union[str, httpx.URL]) -> httpx.URL:
    url = httpx.URL(url)
    if url.raw_path.endswith(b"/"):
        return url
    return url.copy_with(raw_path=url.raw_path + b"/")


def _url_string(url: httpx.URL) -> str:
    text = str(url)
    return text if text.endswith("/") else text + "/"


class BaseClient:
    """Settings shared by every client; requests are sent by the subclasses."""

    _config: ClientConfig
    _version = __version__
    _strict_response_validation: bool

    def __init__(
        self,
        *,
        client_name: str,
        base_url: Union[str, httpx.URL],
        api_key: Optional[str],
        auth_token: Optional[str],
        timeout: Union[float, httpx.Timeout, None],
        max_retries: int,
        custom_headers: Optional[Mapping[str, Union[str, Omit]]],
        custom_query: Optional[Mapping[str, object]],
        strict: bool,
        is_async: bool,
        platform: Optional[Platform] = None,
    ) -> None:
        self._base_url = _with_trailing_slash(base_url)
        self._strict_response_validation = strict
        self._config = ClientConfig(
            client_name=client_name,
            base_url=_url_string(self._base_url),
            api_key=api_key,
            auth_token=auth_token,
            timeout=timeout,
            max_retries=_check_max_retries(max_retries),
            custom_headers=dict(custom_headers or {}),
            custom_query=dict(custom_query or {}),
            is_async=is_async,
            strict=strict,
            platform=platform or FIRST_PARTY,
        )

    def _update(self, **changes: Any) -> None:
        from dataclasses import replace

        self._config = replace(self._config, _base_headers=None, **changes)

    # Settings exposed as attributes (assigning one affects later requests).

    @property
    def api_key(self) -> Optional[str]:
        return self._config.api_key

    @api_key.setter
    def api_key(self, value: Optional[str]) -> None:
        self._update(api_key=value)

    @property
    def auth_token(self) -> Optional[str]:
        return self._config.auth_token

    @auth_token.setter
    def auth_token(self, value: Optional[str]) -> None:
        self._update(auth_token=value)

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[str, httpx.URL]) -> None:
        self._base_url = _with_trailing_slash(url)
        self._update(base_url=_url_string(self._base_url))

    @property
    def timeout(self) -> Union[float, httpx.Timeout, None]:
        return self._config.timeout

    @timeout.setter
    def timeout(self, value: Union[float, httpx.Timeout, None]) -> None:
        self._update(timeout=value)

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        self._update(max_retries=_check_max_retries(value))

    @property
    def _custom_headers(self) -> Mapping[str, Union[str, Omit]]:
        return self._config.custom_headers

    @property
    def _custom_query(self) -> Mapping[str, object]:
        return self._config.custom_query

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        """Every header sent with each request (SDK headers, auth, then your own)."""
        return {**self._config.default_headers(), **self._config.custom_headers}

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._config.custom_query)

    @property
    def auth_headers(self) -> Dict[str, str]:
        return self._config.auth_headers()

    @property
    def user_agent(self) -> str:
        return self._config.user_agent()

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    def platform_headers(self) -> Dict[str, str]:
        return dict(platform_headers())

    def _copy_settings(
        self,
        *,
        timeout: Union[float, httpx.Timeout, None, NotGiven],
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
    ) -> Dict[str, Any]:
        """The constructor arguments ``copy()`` passes on, with the given overrides."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers: Mapping[str, Any] = self._config.custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers
        query: Mapping[str, object] = self._config.custom_query
        if default_query is not None:
            query = {**query, **default_query}
        elif set_default_query is not None:
            query = set_default_query
        return {
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
        }


def _options_call(
    method: str,
    path: str,
    *,
    cast_to: Any,
    options: RequestOptions,
    body: Optional[Body] = None,
    files: Optional[RequestFiles] = None,
    stream: bool = False,
    stream_cls: Any = None,
    page: Any = None,
) -> Call[Any]:
    """A ``Call`` from the low-level ``RequestOptions`` dict."""
    from ._core.parse import check_cast_to

    check_cast_to(cast_to)
    file_list = None
    if files is not None:
        file_list = list(files.items()) if isinstance(files, Mapping) else list(files)
    call = make_call(
        method,
        path,
        cast_to=cast_to,
        body=body,
        files=file_list,
        query=options.get("params"),
        extra_headers=options.get("headers"),
        extra_body=options.get("extra_json"),
        timeout=options.get("timeout", NOT_GIVEN),
        stream=stream,
        stream_cls=stream_cls,
        page=page,
    )
    if "max_retries" in options or "follow_redirects" in options:
        call = call.replace(
            max_retries=options.get("max_retries"),
            follow_redirects=options.get("follow_redirects"),
        )
    return call


def _stream_event_type(stream_cls: Any) -> Any:
    args = getattr(stream_cls, "__args__", None)
    return args[0] if args else object


# --------------------------------------------------------------------------------------
# The sync entry point


class SyncAPIClient(BaseClient):
    _client: httpx.Client

    def __init__(
        self,
        *,
        http_client: Optional[httpx.Client] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        **settings: Any,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.Client` but got {type(http_client)}"
            )
        if isinstance(timeout, NotGiven):
            timeout = DEFAULT_TIMEOUT
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
        super().__init__(timeout=timeout, is_async=False, **settings)
        self._client = http_client or _OwnedHttpxClient(timeout=timeout)

    def request(self, call: Call[_T]) -> _T:
        """Send ``call`` (with retries) and return its result."""
        mode = call.raw_mode
        response, retries = drive_sync(
            run_call(self._config, call, stream=call.stream or mode == "stream", http=self._client),
            self._client,
        )
        if mode is None and not call.binary:
            return finish(self, call, response)
        return self._wrap_response(call, response, retries, mode)

    def _wrap_response(self, call: Call[Any], response: httpx.Response, retries: int, mode: Optional[str]) -> Any:
        if call.binary:
            from ._sync.response import BinaryAPIResponse, StreamedBinaryAPIResponse

            cls = StreamedBinaryAPIResponse if mode == "stream" else BinaryAPIResponse
            return cls(raw=response, client=self, call=call, retries_taken=retries)
        if mode == "stream":
            from ._sync.response import APIResponse

            return APIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)
        return LegacyAPIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)

    def _make_stream(self, cast_to: Any, response: httpx.Response) -> Any:
        if isinstance(cast_to, JSONLines):
            from ._sync.jsonl import JSONLDecoder

            return JSONLDecoder(raw_iterator=response.iter_bytes(), line_type=cast_to.line_type, http_response=response)
        from ._sync.streaming import Stream

        return Stream(cast_to=cast_to, response=response, client=self)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006 - read only
        method: str = "get",
    ) -> SyncPageT:
        return self.request(_options_call(method, path, cast_to=page, options=options, body=body, page=page))

    def paginate(self, call: Call[SyncPageT]) -> SyncPageT:
        """The first page of a list ``call``."""
        return self.request(call)

    def get(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[type[Stream[Any]]] = None,
    ) -> Any:
        call = _options_call(
            "get", path, cast_to=cast_to, options=options, stream=stream, stream_cls=_stream_event_type(stream_cls)
        )
        return self.request(call)

    def post(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[type[Stream[Any]]] = None,
    ) -> Any:
        call = _options_call(
            "post",
            path,
            cast_to=cast_to,
            options=options,
            body=body,
            files=files,
            stream=stream,
            stream_cls=_stream_event_type(stream_cls),
        )
        return self.request(call)

    def patch(self, path: str, *, cast_to: Type[_T], body: Optional[Body] = None, options: RequestOptions = {}) -> _T:  # noqa: B006
        return self.request(_options_call("patch", path, cast_to=cast_to, options=options, body=body))

    def put(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return self.request(_options_call("put", path, cast_to=cast_to, options=options, body=body, files=files))

    def delete(self, path: str, *, cast_to: Type[_T], body: Optional[Body] = None, options: RequestOptions = {}) -> _T:  # noqa: B006
        return self.request(_options_call("delete", path, cast_to=cast_to, options=options, body=body))

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the underlying HTTP client (and its connections)."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()


# --------------------------------------------------------------------------------------
# The async entry point


class AsyncAPIClient(BaseClient):
    _client: httpx.AsyncClient

    def __init__(
        self,
        *,
        http_client: Optional[httpx.AsyncClient] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        **settings: Any,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                "Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` but got "
                f"{type(http_client)}"
            )
        if isinstance(timeout, NotGiven):
            timeout = DEFAULT_TIMEOUT
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
        super().__init__(timeout=timeout, is_async=True, **settings)
        self._client = http_client or _OwnedAsyncHttpxClient(timeout=timeout)

    async def request(self, call: Call[_T]) -> _T:
        """Send ``call`` (with retries) and return its result."""
        mode = call.raw_mode
        response, retries = await drive_async(
            run_call(self._config, call, stream=call.stream or mode == "stream", http=self._client),
            self._client,
        )
        if mode is None and not call.binary:
            return finish(self, call, response)
        return self._wrap_response(call, response, retries, mode)

    def _wrap_response(self, call: Call[Any], response: httpx.Response, retries: int, mode: Optional[str]) -> Any:
        if call.binary:
            from ._async.response import AsyncBinaryAPIResponse, AsyncStreamedBinaryAPIResponse

            cls = AsyncStreamedBinaryAPIResponse if mode == "stream" else AsyncBinaryAPIResponse
            return cls(raw=response, client=self, call=call, retries_taken=retries)
        if mode == "stream":
            from ._async.response import AsyncAPIResponse

            return AsyncAPIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)
        return LegacyAPIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)

    def _make_stream(self, cast_to: Any, response: httpx.Response) -> Any:
        if isinstance(cast_to, JSONLines):
            from ._async.jsonl import AsyncJSONLDecoder

            return AsyncJSONLDecoder(
                raw_iterator=response.aiter_bytes(), line_type=cast_to.line_type, http_response=response
            )
        from ._async.streaming import AsyncStream

        return AsyncStream(cast_to=cast_to, response=response, client=self)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        call = _options_call(method, path, cast_to=page, options=options, body=body, page=page)
        return AsyncPaginator(self, call)

    def paginate(self, call: Call[AsyncPageT]) -> AsyncPaginator[Any, AsyncPageT]:
        """The paginator of a list ``call`` (nothing is sent until it is awaited or iterated)."""
        return AsyncPaginator(self, call)

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[type[AsyncStream[Any]]] = None,
    ) -> Any:
        call = _options_call(
            "get", path, cast_to=cast_to, options=options, stream=stream, stream_cls=_stream_event_type(stream_cls)
        )
        return await self.request(call)

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[type[AsyncStream[Any]]] = None,
    ) -> Any:
        call = _options_call(
            "post",
            path,
            cast_to=cast_to,
            options=options,
            body=body,
            files=files,
            stream=stream,
            stream_cls=_stream_event_type(stream_cls),
        )
        return await self.request(call)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return await self.request(_options_call("patch", path, cast_to=cast_to, options=options, body=body))

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return await self.request(_options_call("put", path, cast_to=cast_to, options=options, body=body, files=files))

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return await self.request(_options_call("delete", path, cast_to=cast_to, options=options, body=body))

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the underlying HTTP client (and its connections)."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()


class AsyncPaginator(Generic[_ItemT, AsyncPageT]):
    """``await`` it for the first page, or ``async for`` over every item of every page."""

    def __init__(self, client: AsyncAPIClient, call: Call[Any]) -> None:
        self._client = client
        self._call = call

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        return cast(AsyncPageT, await self._client.request(self._call))

    async def __aiter__(self) -> AsyncIterator[_ItemT]:
        page = await self._get_page()
        async for item in page:
            yield item

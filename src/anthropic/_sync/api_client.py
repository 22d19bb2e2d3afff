# File generated from src/anthropic/_async/api_client.py by tools/unasync.py. Do not edit.
r"""``SyncAPIClient``: ``request()``, the low-level verbs, and the response wrapping.

The base of ``Anthropic`` (and of the platform clients). Every endpoint ends in
``request(cast_to, options, stream=..., stream_cls=...)``, through the verbs (``get``,
``post``, ...), as in the reference SDK, so a wrapper installed on ``request`` (by
instrumentation) sees every call.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Type, TypeVar, Union, cast, overload

import httpx
from typing_extensions import Literal, Self, get_origin

from .._constants import DEFAULT_TIMEOUT, OVERRIDE_CAST_TO_HEADER, RAW_RESPONSE_HEADER
from .._core.client import HTTPX_DEFAULT_TIMEOUT, BaseClient
from .._core.hooks import find_hooks, register_defaults
from .._core.options import FinalRequestOptions
from .._core.parse import check_cast_to
from .._core.pipeline import run_call
from .._core.response import BaseAPIResponse, extract_response_type, parse_result
from .._core.stream_rules import StreamRetry
from .._drivers import drive_sync
from .._forksafe import track as track_for_fork
from .._http_clients import OwnedHttpxClient
from .._legacy_response import LegacyAPIResponse
from .._paginator import SyncPaginating
from .._types import NOT_GIVEN, Body, NotGiven, RequestFiles, RequestOptions

if TYPE_CHECKING:
    from .streaming import Stream

__all__ = ["SyncAPIClient"]

_T = TypeVar("_T")
ResponseT = TypeVar("ResponseT")
_StreamT = TypeVar("_StreamT", bound="Stream[Any]")


def _override_cast_to(cast_to: Any, options: FinalRequestOptions) -> Any:
    """The type named by the internal cast-to header (custom response wrappers), which is removed."""
    headers = cast(Dict[str, Any], options.headers)
    if OVERRIDE_CAST_TO_HEADER not in headers:
        return cast_to
    headers = dict(headers)
    override = headers.pop(OVERRIDE_CAST_TO_HEADER)
    options.headers = headers
    return override


class SyncAPIClient(BaseClient, SyncPaginating):
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
        super().__init__(timeout=timeout, is_async=self._is_async, **settings)
        self._client = http_client or OwnedHttpxClient(timeout=timeout)
        track_for_fork(self)  # a forked child gets its own connections

    @property
    def _default_stream_cls(self) -> Optional[type[Stream[Any]]]:
        """The stream class of ``stream=True`` calls that name none."""
        from .streaming import Stream

        return Stream

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        """Send ``options`` (with retries) and return the response as ``cast_to`` (or, with
        ``stream=True``, as a ``stream_cls`` of events)."""
        check_cast_to(cast_to)
        headers = options.headers
        raw_mode = None
        if headers:
            if OVERRIDE_CAST_TO_HEADER in headers:
                options = options.model_copy()
                cast_to = _override_cast_to(cast_to, options)
                headers = options.headers
            raw_mode = cast(Mapping[str, Any], headers).get(RAW_RESPONSE_HEADER)
        response, retries_taken, options = drive_sync(
            run_call(
                self._config,
                options,
                stream=stream or raw_mode == "stream",
                http=self._client,
                hooks=find_hooks(self, self._is_async),
            ),
            self._client,
        )
        return self._process_response(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
        )

    def _process_response(
        self,
        *,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int = 0,
    ) -> Any:
        """What ``request`` returns for a 2xx ``response``: the parsed result, or a response
        wrapper for ``.with_raw_response`` / ``.with_streaming_response`` calls."""
        mode = cast(Mapping[str, Any], options.headers).get(RAW_RESPONSE_HEADER) if options.headers else None
        origin = get_origin(cast_to) or cast_to
        custom = isinstance(origin, type) and issubclass(origin, BaseAPIResponse) and (not stream or bool(mode))
        if mode is None and not custom:
            if cast_to is httpx.Response:
                return response
            result = parse_result(
                self, cast_to=cast_to, options=options, response=response, stream=stream, stream_cls=stream_cls
            )
            if stream and hasattr(result, "_iterator"):  # an event stream may be sent again (overload)
                result._retry = StreamRetry(options, retries_taken, options.get_max_retries(self.max_retries))
            return result
        wrapper: Dict[str, Any] = {
            "raw": response,
            "client": self,
            "stream": stream,
            "stream_cls": stream_cls,
            "options": options,
            "retries_taken": retries_taken,
        }
        if mode == "true":
            return LegacyAPIResponse[Any](cast_to=cast_to, **wrapper)
        from .response import APIResponse

        if custom:
            if not issubclass(cast(type, origin), APIResponse):
                raise TypeError(f"API Response types must subclass {APIResponse}; Received {origin}")
            return cast_to(cast_to=extract_response_type(cast_to), **wrapper)
        if cast_to is httpx.Response:
            return response
        return APIResponse[Any](cast_to=cast_to, **wrapper)

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Called with a copy of the options before each attempt; returns the options to send."""
        return options

    def _prepare_request(self, request: httpx.Request) -> None:
        """Called with each attempt's ``httpx.Request`` before it is sent (it may be changed in place)."""
        return None

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        opts = FinalRequestOptions.construct(method="post", url=path, json_data=body, files=files, **options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="patch", url=path, json_data=body, **options)
        return self.request(cast_to, opts)

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="put", url=path, json_data=body, files=files, **options)
        return self.request(cast_to, opts)

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, **options)
        return self.request(cast_to, opts)

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


register_defaults(SyncAPIClient, is_async=SyncAPIClient._is_async)  # pyright: ignore[reportPrivateUsage]

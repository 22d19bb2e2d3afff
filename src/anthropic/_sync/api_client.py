# File generated from src/anthropic/_async/api_client.py by tools/unasync.py. Do not edit.
r"""``SyncAPIClient``: sends ``Call``\ s through the pipeline and wraps the results.

The base of ``Anthropic`` (and of the platform clients).
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Optional, Type, TypeVar, Union

import httpx
from typing_extensions import Self

from .._constants import DEFAULT_TIMEOUT
from .._core.client import HTTPX_DEFAULT_TIMEOUT, BaseClient, options_call, stream_event_type
from .._core.jsonl import JSONLines
from .._core.pipeline import run_call
from .._core.request import Call
from .._core.response import finish
from .._drivers import drive_sync
from .._http_clients import OwnedHttpxClient
from .._legacy_response import LegacyAPIResponse
from .._paginator import SyncPaginating
from .._types import NOT_GIVEN, Body, NotGiven, RequestFiles, RequestOptions

if TYPE_CHECKING:
    from .streaming import Stream

__all__ = ["SyncAPIClient"]

_T = TypeVar("_T")


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
            from .response import BinaryAPIResponse, StreamedBinaryAPIResponse

            cls = StreamedBinaryAPIResponse if mode == "stream" else BinaryAPIResponse
            return cls(raw=response, client=self, call=call, retries_taken=retries)
        if mode == "stream":
            from .response import APIResponse

            return APIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)
        return LegacyAPIResponse[Any](raw=response, client=self, call=call, retries_taken=retries)

    def _make_stream(self, cast_to: Any, response: httpx.Response) -> Any:
        if isinstance(cast_to, JSONLines):
            from .jsonl import JSONLDecoder

            return JSONLDecoder(raw_iterator=response.iter_bytes(), line_type=cast_to.line_type, http_response=response)
        from .streaming import Stream

        return Stream(cast_to=cast_to, response=response, client=self)

    def get(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[type[Stream[Any]]] = None,
    ) -> Any:
        call = options_call(
            "get", path, cast_to=cast_to, options=options, stream=stream, stream_cls=stream_event_type(stream_cls)
        )
        return self.request(call)

    def post(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
        stream: bool = False,
        stream_cls: Optional[type[Stream[Any]]] = None,
    ) -> Any:
        call = options_call(
            "post",
            path,
            cast_to=cast_to,
            options=options,
            body=body,
            files=files,
            stream=stream,
            stream_cls=stream_event_type(stream_cls),
        )
        return self.request(call)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return self.request(options_call("patch", path, cast_to=cast_to, options=options, body=body))

    def put(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return self.request(options_call("put", path, cast_to=cast_to, options=options, body=body, files=files))

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        options: RequestOptions = {},  # noqa: B006
    ) -> _T:
        return self.request(options_call("delete", path, cast_to=cast_to, options=options, body=body))

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

# File generated from src/anthropic/_async/response.py by tools/unasync.py. Do not edit.
"""Responses of ``.with_streaming_response`` / ``.with_raw_response`` calls (sync front)."""

from __future__ import annotations

import functools
import os
from types import TracebackType
from typing import (
    Any,
    Callable,
    Dict,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import httpx
from typing_extensions import ParamSpec

from .._constants import OVERRIDE_CAST_TO_HEADER, RAW_RESPONSE_HEADER
from .._core.response import BaseAPIResponse
from .._exceptions import StreamAlreadyConsumed
from .._legacy_response import LegacyAPIResponse

__all__ = [
    "APIResponse",
    "BinaryAPIResponse",
    "ResponseContextManager",
    "StreamedBinaryAPIResponse",
    "to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

_R = TypeVar("_R")
_T = TypeVar("_T")
_P = ParamSpec("_P")
_ResponseT = TypeVar("_ResponseT", bound="APIResponse[Any]")


class APIResponse(BaseAPIResponse[_R]):
    """An HTTP response whose body has not been read yet.

    ``parse()`` gives the method's normal result; ``read()``, ``text()``, ``json()`` and
    the ``iter_*`` methods give the body itself.
    """

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> _R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> Any:
        """Read the body (unless the call streams) and parse it (cached)."""
        if not self._stream:
            self.read()
        return self._parse(to=to)

    def read(self) -> bytes:
        """The whole body."""
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        """Release the connection."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks, decoded (gzip etc.)."""
        for chunk in self.http_response.iter_bytes(chunk_size):
            yield chunk

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        for chunk in self.http_response.iter_text(chunk_size):
            yield chunk

    def iter_lines(self) -> Iterator[str]:
        for line in self.http_response.iter_lines():
            yield line


class BinaryAPIResponse(APIResponse[bytes]):
    """A binary body (a file download)."""

    def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to ``file``, chunk by chunk."""
        with open(file, mode="wb") as f:
            for data in self.iter_bytes():
                f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A binary body that is streamed, never held in memory whole."""

    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes(chunk_size):
                f.write(data)


class ResponseContextManager(Generic[_ResponseT]):
    """Sends the request on enter; closes the response on exit."""

    def __init__(self, request_func: Callable[[], _ResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    def __enter__(self) -> _ResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            self._response.close()


def _add_marker(kwargs: Dict[str, Any], value: str, cast_to: Any = None) -> None:
    headers: Dict[str, Any] = {**(kwargs.get("extra_headers") or {}), RAW_RESPONSE_HEADER: value}
    if cast_to is not None:
        headers[OVERRIDE_CAST_TO_HEADER] = cast_to
    kwargs["extra_headers"] = headers


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, LegacyAPIResponse[_R]]:
    """``func`` returning the raw response (body read) instead of the parsed result."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> LegacyAPIResponse[_R]:
        _add_marker(kwargs, "true")
        return cast(LegacyAPIResponse[_R], func(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[_P, _R],
) -> Callable[_P, ResponseContextManager[APIResponse[_R]]]:
    """``func`` returning a context manager over the unread response."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[APIResponse[_R]]:
        _add_marker(kwargs, "stream")
        request = functools.partial(func, *args, **kwargs)
        return ResponseContextManager(cast(Callable[[], APIResponse[_R]], request))

    return wrapped


def to_custom_raw_response_wrapper(
    func: Callable[_P, object],
    response_cls: Type[_ResponseT],
) -> Callable[_P, _ResponseT]:
    """``func`` returning a ``response_cls`` with the body read (``X-Stainless-Raw-Response: raw``)."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> _ResponseT:
        _add_marker(kwargs, "raw", response_cls)
        return cast(_ResponseT, func(*args, **kwargs))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[_P, object],
    response_cls: Type[_ResponseT],
) -> Callable[_P, ResponseContextManager[_ResponseT]]:
    """``func`` returning a context manager over an unread ``response_cls``."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[_ResponseT]:
        _add_marker(kwargs, "stream", response_cls)
        request = functools.partial(func, *args, **kwargs)
        return ResponseContextManager(cast(Callable[[], _ResponseT], request))

    return wrapped

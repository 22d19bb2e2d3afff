"""Responses of ``.with_streaming_response`` / ``.with_raw_response`` calls (async front)."""

from __future__ import annotations

import functools
import os
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
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
    "AsyncAPIResponse",
    "AsyncBinaryAPIResponse",
    "AsyncResponseContextManager",
    "AsyncStreamedBinaryAPIResponse",
    "async_to_custom_raw_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
]

_R = TypeVar("_R")
_T = TypeVar("_T")
_P = ParamSpec("_P")
_ResponseT = TypeVar("_ResponseT", bound="AsyncAPIResponse[Any]")


class AsyncAPIResponse(BaseAPIResponse[_R]):
    """An HTTP response whose body has not been read yet.

    ``parse()`` gives the method's normal result; ``read()``, ``text()``, ``json()`` and
    the ``iter_*`` methods give the body itself.
    """

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    async def parse(self) -> _R: ...

    async def parse(self, *, to: Optional[Type[_T]] = None) -> Any:
        """Read the body (unless the call streams) and parse it (cached)."""
        if not self._stream:
            await self.read()
        return self._parse(to=to)

    async def read(self) -> bytes:
        """The whole body."""
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        """Release the connection."""
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body in chunks, decoded (gzip etc.)."""
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """A binary body (a file download)."""

    async def write_to_file(self, file: Union[str, os.PathLike[str]]) -> None:
        """Write the body to ``file``, chunk by chunk."""
        with open(file, mode="wb") as f:
            async for data in self.iter_bytes():
                f.write(data)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """A binary body that is streamed, never held in memory whole."""

    async def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            async for data in self.iter_bytes(chunk_size):
                f.write(data)


class AsyncResponseContextManager(Generic[_ResponseT]):
    """Sends the request on enter; closes the response on exit."""

    def __init__(self, request_func: Callable[[], Awaitable[_ResponseT]]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    async def __aenter__(self) -> _ResponseT:
        self._response = await self._request_func()
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _add_marker(kwargs: Dict[str, Any], value: str, cast_to: Any = None) -> None:
    headers: Dict[str, Any] = {**(kwargs.get("extra_headers") or {}), RAW_RESPONSE_HEADER: value}
    if cast_to is not None:
        headers[OVERRIDE_CAST_TO_HEADER] = cast_to
    kwargs["extra_headers"] = headers


def async_to_raw_response_wrapper(func: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[LegacyAPIResponse[_R]]]:
    """``func`` returning the raw response (body read) instead of the parsed result."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> LegacyAPIResponse[_R]:
        _add_marker(kwargs, "true")
        return cast(LegacyAPIResponse[_R], await func(*args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, AsyncResponseContextManager[AsyncAPIResponse[_R]]]:
    """``func`` returning a context manager over the unread response."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[_R]]:
        _add_marker(kwargs, "stream")
        request = functools.partial(func, *args, **kwargs)
        return AsyncResponseContextManager(cast(Callable[[], Awaitable[AsyncAPIResponse[_R]]], request))

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[_P, Awaitable[object]],
    response_cls: Type[_ResponseT],
) -> Callable[_P, Awaitable[_ResponseT]]:
    """``func`` returning a ``response_cls`` with the body read (``X-Stainless-Raw-Response: raw``)."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> _ResponseT:
        _add_marker(kwargs, "raw", response_cls)
        return cast(_ResponseT, await func(*args, **kwargs))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[_P, Awaitable[object]],
    response_cls: Type[_ResponseT],
) -> Callable[_P, AsyncResponseContextManager[_ResponseT]]:
    """``func`` returning a context manager over an unread ``response_cls``."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[_ResponseT]:
        _add_marker(kwargs, "stream", response_cls)
        request = functools.partial(func, *args, **kwargs)
        return AsyncResponseContextManager(cast(Callable[[], Awaitable[_ResponseT]], request))

    return wrapped

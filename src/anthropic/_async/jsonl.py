"""``AsyncJSONLDecoder``: the lines of a JSON Lines body, decoded as they arrive."""

from __future__ import annotations

from typing import AsyncIterator, Generic, Type, TypeVar

import httpx

from .._core.jsonl import LineSplitter, decode_line
from .._exceptions import APIConnectionError, APITimeoutError

__all__ = ["AsyncJSONLDecoder"]

_T = TypeVar("_T")


class AsyncJSONLDecoder(Generic[_T]):
    """Iterate it (once) for one ``line_type`` object per line of the body.

    Only the line being read is held in memory. The response is closed when the body
    has been read to the end; ``close()`` releases it early. A connection that breaks
    mid-body raises ``APIConnectionError`` (``APITimeoutError`` for a read timeout).
    """

    http_response: httpx.Response
    _is_jsonl_decoder = True  # ``request()`` builds one for a ``stream=True`` call cast to this class

    def __init__(
        self,
        *,
        raw_iterator: AsyncIterator[bytes],
        line_type: Type[_T],
        http_response: httpx.Response,
    ) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self._decode()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def _decode(self) -> AsyncIterator[_T]:
        splitter = LineSplitter()
        line_type = self._line_type
        try:
            async for chunk in self._raw_iterator:
                for line in splitter.feed(chunk):
                    yield decode_line(line_type, line)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(request=self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(request=self.http_response.request) from exc
        for line in splitter.end():
            yield decode_line(line_type, line)

    async def close(self) -> None:
        """Close the response (the rest of the body is not read)."""
        await self.http_response.aclose()

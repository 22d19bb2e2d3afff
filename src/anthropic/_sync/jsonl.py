# File generated from src/anthropic/_async/jsonl.py by tools/unasync.py. Do not edit.
"""``JSONLDecoder``: the lines of a JSON Lines body, decoded as they arrive."""

from __future__ import annotations

from typing import Generic, Iterator, Type, TypeVar

import httpx

from .._core.jsonl import LineSplitter, decode_line
from .._exceptions import APIConnectionError, APITimeoutError

__all__ = ["JSONLDecoder"]

_T = TypeVar("_T")


class JSONLDecoder(Generic[_T]):
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
        raw_iterator: Iterator[bytes],
        line_type: Type[_T],
        http_response: httpx.Response,
    ) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self._decode()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def _decode(self) -> Iterator[_T]:
        splitter = LineSplitter()
        line_type = self._line_type
        try:
            for chunk in self._raw_iterator:
                for line in splitter.feed(chunk):
                    yield decode_line(line_type, line)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(request=self.http_response.request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(request=self.http_response.request) from exc
        for line in splitter.end():
            yield decode_line(line_type, line)

    def close(self) -> None:
        """Close the response (the rest of the body is not read)."""
        self.http_response.close()

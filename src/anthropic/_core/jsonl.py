"""JSON Lines, decoded incrementally from bytes (the body of ``batches.results``). Pure.

Feed it chunks split anywhere (even inside a ``\\r\\n``); it returns the lines each chunk
completes, without their terminator. Lines end at ``\\n``, ``\\r\\n`` or ``\\r``. A final line
without a terminator is returned by ``end()``. Blank lines are returned too (decoding one
fails, as in the reference): nothing is skipped silently.

Only the unfinished line is kept between chunks, so memory stays flat however long the
body is.
"""

from __future__ import annotations

import json
from typing import Any, List, Type, TypeVar

import pydantic

from .._models import construct_type, validate_json

__all__ = ["JSONLines", "LineSplitter", "decode_line"]

_T = TypeVar("_T")

_TERMINATORS = (b"\n", b"\r")


def _strip(line: bytes) -> bytes:
    return line[:-2] if line.endswith(b"\r\n") else line[:-1]


class LineSplitter:
    """Incremental line splitter: ``feed(chunk)`` -> completed lines; ``end()`` at EOF."""

    __slots__ = ("_partial", "_pending_cr")

    def __init__(self) -> None:
        self._partial: List[bytes] = []
        self._pending_cr = False

    def feed(self, chunk: bytes) -> List[bytes]:
        if not chunk:
            return []
        if self._pending_cr:
            self._pending_cr = False
            if chunk[:1] == b"\n":  # the second half of a "\r\n" split between chunks
                chunk = chunk[1:]
                if not chunk:
                    return []
        lines = chunk.splitlines(keepends=True)
        partial = self._partial
        if partial:
            partial.append(lines[0])
            if lines[0][-1:] not in _TERMINATORS:
                return []  # still no end of line in this chunk
            lines[0] = b"".join(partial)
            partial.clear()
        last = lines[-1]
        if last[-1:] not in _TERMINATORS:
            partial.append(lines.pop())
        elif last[-1:] == b"\r":
            self._pending_cr = True
        return [_strip(line) for line in lines]

    def end(self) -> List[bytes]:
        """The last line, if the body did not end with a line terminator."""
        if not self._partial:
            return []
        line = b"".join(self._partial)
        self._partial.clear()
        return [line]


def decode_line(line_type: Type[_T], raw: bytes) -> _T:
    """One line as ``line_type``: validated when it fits, else built leniently (never strict).

    A line that is not JSON (a blank line included) raises ``json.JSONDecodeError``.
    """
    try:
        return validate_json(line_type, raw, strict=True)
    except pydantic.ValidationError:
        data: Any = json.loads(raw)
        return construct_type(data, line_type)


class JSONLines:
    """The ``stream_cls`` of a call whose streamed body is JSON Lines of ``line_type``.

    The client turns such a response into a ``JSONLDecoder`` / ``AsyncJSONLDecoder``
    instead of a server-sent-events stream.
    """

    __slots__ = ("line_type",)

    def __init__(self, line_type: Any) -> None:
        self.line_type = line_type

    def __repr__(self) -> str:
        return f"JSONLines[{getattr(self.line_type, '__name__', self.line_type)}]"

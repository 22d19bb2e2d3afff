"""Server-sent events, decoded incrementally from bytes (WHATWG rules).

Feed it chunks split anywhere (even inside a ``\\r\\n``); it returns the events each
chunk completes. Lines end at ``\\r\\n``, ``\\n`` or ``\\r`` (never at U+2028 inside JSON);
``:`` starts a comment; one space after the field's colon is dropped. An event is
dispatched only by a blank line: an unterminated event at the end of the stream is
dropped, as the specification says.

As the specification also says, one UTF-8 byte order mark at the very start of the stream
is skipped, and invalid UTF-8 decodes to U+FFFD (names, ids and data alike) instead of
raising. Decoding takes time linear in the bytes received, however they are chunked: an
event spread over many chunks is joined once, when its blank line arrives.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Dict, Iterable, Iterator, List, Optional, Tuple

__all__ = ["SSEDecoder", "ServerSentEvent", "event_name", "simple_event", "simple_pair"]


class ServerSentEvent:
    __slots__ = ("_data", "_raw", "event", "id", "retry")

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
        raw_data: Optional[bytes] = None,
    ) -> None:
        self.event = event
        self.id = id
        self.retry = retry
        self._data = data
        self._raw = raw_data if raw_data is not None else (data or "").encode("utf-8")

    @property
    def data(self) -> str:
        data = self._data
        if data is None:
            data = self._data = self._raw.decode("utf-8", "replace")
        return data

    @property
    def raw_data(self) -> bytes:
        """The data field as UTF-8 bytes (what the JSON parser reads); invalid UTF-8 in the
        stream reads as U+FFFD here, as in ``data``."""
        raw = self._raw
        if not raw.isascii():
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                raw = self._raw = self.data.encode("utf-8")
        return raw

    def json(self) -> Any:
        return json.loads(self.raw_data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


_NAMES: Dict[bytes, str] = {}
"""Event names seen so far, decoded (a stream uses a handful)."""

_BOM = b"\xef\xbb\xbf"
_AT_START = 1
"""``SSEDecoder._pending``: the stream's first bytes may be a byte order mark."""
_AFTER_CR = 2
"""``SSEDecoder._pending``: the last chunk ended with CR (a LF next completes that CRLF)."""
_PIECE = 4096
"""An unfinished event's bytes are joined by concatenation up to this size, then kept in a list."""


def simple_event(block: bytes) -> Optional[Tuple[str, bytes]]:
    """``(name, data)`` if ``block`` has the shape of almost every event, ``event: <name>`` then
    one ``data: `` line; None for anything else (decode it line by line).

    ``block`` is one event's lines without the blank line that ends it, line ends normalised.
    """
    if block[:7] != b"event: ":
        return None
    end = block.find(b"\n", 7)
    if end <= 7 or block[end + 1 : end + 7] != b"data: " or block.find(b"\n", end + 1) >= 0:
        return None
    return event_name(block[7:end]), block[end + 7 :]


def simple_pair(block: bytes) -> Optional[Tuple[bytes, bytes]]:
    """``simple_event`` with the name left as bytes."""
    if block[:7] != b"event: ":
        return None
    end = block.find(b"\n", 7)
    if end <= 7 or block[end + 1 : end + 7] != b"data: " or block.find(b"\n", end + 1) >= 0:
        return None
    return block[7:end], block[end + 7 :]


def event_name(raw: bytes) -> str:
    name = _NAMES.get(raw)
    if name is None:
        name = raw.decode("utf-8", "replace")
        if len(_NAMES) < 64:
            _NAMES[raw] = name
    return name


class SSEDecoder:
    """Incremental decoder: ``feed(chunk)`` -> completed events; ``end()`` at EOF.

    Internally ``blocks(chunk)`` cuts the bytes into complete events (the lines before each
    blank line) and ``block_events(block)`` decodes one; consumers in a hurry may handle
    the ``simple_event`` shape themselves and call ``block_events`` for the rest.
    """

    __slots__ = ("_buf", "_data", "_event", "_head", "_last_id", "_parts", "_pending", "_retry")

    def __init__(self) -> None:
        self._buf = b""
        """The unfinished event's last bytes (line ends normalised; they never hold a blank line)."""
        self._parts: List[bytes] = []
        """The unfinished event's bytes before ``_buf``, in pieces of at least ``_PIECE`` bytes."""
        self._pending = _AT_START
        """What the next chunk's first bytes may complete (see ``_resume``); 0 for nothing."""
        self._head = b""
        """The stream's first bytes while they may still be a byte order mark."""
        self._event: Optional[str] = None
        self._data: List[bytes] = []
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    @property
    def last_id(self) -> Optional[str]:
        """The last event id seen (it carries over to later events)."""
        return self._last_id

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        for block in self.blocks(chunk):
            simple = simple_event(block)
            if simple is not None:
                events.append(ServerSentEvent(event=simple[0], id=self._last_id, raw_data=simple[1]))
            else:
                events += self.block_events(block)
        return events

    def blocks(self, chunk: bytes) -> List[bytes]:
        """The events ``chunk`` completes, each as its lines without the ending blank line."""
        region = self.complete(chunk)
        return [] if region is None else region.split(b"\n\n")

    def complete(self, chunk: bytes) -> Optional[bytes]:
        """Add ``chunk``; return the bytes it completes, up to (not including) the last blank line.

        ``region.split(b"\\n\\n")`` gives the events' blocks (see ``blocks``); None when no
        event is complete yet. Line ends are normalised to LF. Only ``chunk`` is searched (a
        blank line split between chunks is seen from their edge bytes): the cost of a call does not
        grow with the unfinished event.
        """
        if not chunk:
            return None
        if self._pending:
            chunk = self._resume(chunk)
            if not chunk:
                return None
        if b"\r" in chunk:  # the pieces kept never hold a CR: line ends are normalised to LF
            if chunk[-1] == 13:  # its LF may start the next chunk
                self._pending = _AFTER_CR
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        buf = self._buf
        end = chunk.rfind(b"\n\n")
        if end < 0:
            if buf and chunk[0] == 10 and buf[-1] == 10:
                # The blank line straddles the two chunks: the event ends with the bytes kept.
                parts = self._parts
                region = b"".join([*parts, buf[:-1]]) if parts else buf[:-1]
                parts.clear()
                self._buf = chunk[1:]
                return region
            if len(buf) < _PIECE:
                self._buf = buf + chunk if buf else chunk
            else:  # a big event: its bytes are joined once, when it ends
                self._parts.append(buf)
                self._buf = chunk
            return None
        if not buf:  # (bytes in ``_parts`` imply bytes in ``_buf``)
            region = chunk[:end]
        elif self._parts:
            parts = self._parts
            parts.append(buf)
            region = b"".join([*parts, memoryview(chunk)[:end]])
            parts.clear()
        elif end > _PIECE:  # a view of a big chunk saves a copy (slicing a small one is cheaper)
            region = b"".join([buf, memoryview(chunk)[:end]])
        else:
            region = buf + chunk[:end]
        self._buf = chunk[end + 2 :]
        return region

    def _resume(self, chunk: bytes) -> bytes:
        """``chunk`` without what completes the previous bytes: the rest of a CRLF, or the stream's
        byte order mark (b"" while the first bytes may still be one)."""
        if self._pending == _AFTER_CR:
            self._pending = 0
            return chunk[1:] if chunk[0] == 10 else chunk
        chunk = self._head + chunk
        if len(chunk) < 3 and _BOM.startswith(chunk):
            self._head = chunk  # maybe a byte order mark, split across chunks
            return b""
        self._pending = 0
        self._head = b""
        return chunk[3:] if chunk[:3] == _BOM else chunk

    def block_events(self, block: bytes) -> List[ServerSentEvent]:
        """Decode one block from ``blocks()`` line by line (extra blank lines included)."""
        events: List[ServerSentEvent] = []
        for line in block.split(b"\n"):
            event = self._line(line)
            if event is not None:
                events.append(event)
        event = self._line(b"")
        if event is not None:
            events.append(event)
        return events

    def end(self) -> List[ServerSentEvent]:
        """End of stream: whatever was not dispatched by a blank line is dropped.

        A blank line right after the last complete event is still read: it dispatches an event
        when an id was set (decoding the stream whole would have dispatched it too).
        """
        pending = self._parts[0] if self._parts else self._buf
        event = self._line(b"") if pending[:1] == b"\n" else None
        self._buf = b""
        self._parts = []
        self._head = b""
        self._pending = _AT_START
        self._event = None
        self._data = []
        self._retry = None
        return [] if event is None else [event]

    def decode(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in chunks:
            yield from self.feed(chunk)
        yield from self.end()

    iter_bytes = decode

    async def aiter_bytes(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        """The events of an async iterator of chunks."""
        async for chunk in chunks:
            for event in self.feed(chunk):
                yield event
        for event in self.end():
            yield event

    def _line(self, line: bytes) -> Optional[ServerSentEvent]:
        if not line:
            if self._event is None and not self._data and not self._last_id and self._retry is None:
                return None
            event = ServerSentEvent(
                event=self._event,
                id=self._last_id,
                retry=self._retry,
                raw_data=b"\n".join(self._data),
            )
            self._event = None
            self._data = []
            self._retry = None
            return event
        if line[:1] == b":":
            return None
        name, sep, value = line.partition(b":")
        if sep and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data.append(value)
        elif name == b"event":
            self._event = value.decode("utf-8", "replace") or None
        elif name == b"id":
            if b"\0" not in value:
                self._last_id = value.decode("utf-8", "replace")
        elif name == b"retry":
            try:
                self._retry = int(value)
            except ValueError:
                pass
        return None

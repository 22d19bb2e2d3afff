"""Property-based tests of the SSE decoders (hypothesis; no I/O).

* Any chunking of any stream gives the same events as decoding it whole, and those are the
  events a plain line-by-line reading of the whole text gives (``oracle`` below: the WHATWG
  rules as BEHAVIOR.md §7.1 states them, written independently of the decoder).
* Streams mix LF / CR / CRLF line ends, comments, ids (some with NUL), retry (some not
  numbers), unknown fields, fields without a colon, multi-line data, extra blank lines,
  multi-byte characters, invalid UTF-8, long values, an optional leading BOM and an
  unterminated last event.
* The typed decoder (``EventDecoder``, with its fast paths) gives the same items for any
  chunking, and the same as sending each event through ``decode_event``.
"""

from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

import httpx
from hypothesis import HealthCheck, given, settings, strategies as st

from anthropic._core.events import EventDecoder
from anthropic._core.parse import SKIP, decode_event
from anthropic._core.sse import ServerSentEvent, SSEDecoder
from anthropic._exceptions import FIRST_PARTY_ERRORS
from anthropic.types import RawMessageStreamEvent

BOUNDED = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

BOM = b"\xef\xbb\xbf"
Event = Tuple[Optional[str], str, Optional[str], Optional[int]]

# ------------------------------------------------------------------------------------------ the oracle


def oracle(raw: bytes) -> List[Event]:
    """The events of a whole stream, read line by line (no chunks, no fast paths)."""
    text = raw.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = re.split("\r\n|\r|\n", text)[:-1]  # the last piece has no line end: never complete
    events: List[Event] = []
    name: Optional[str] = None
    data: List[str] = []
    last_id: Optional[str] = None
    retry: Optional[int] = None
    for line in lines:
        if line == "":
            if name is not None or data or last_id or retry is not None:
                events.append((name, "\n".join(data), last_id, retry))
            name, data, retry = None, [], None
            continue
        if line.startswith(":"):
            continue
        field, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if field == "event":
            name = value or None
        elif field == "data":
            data.append(value)
        elif field == "id":
            if "\0" not in value:
                last_id = value
        elif field == "retry" and value.isascii():  # read as Python reads an int from bytes
            try:
                retry = int(value.encode())
            except ValueError:
                pass
    return events


def summary(events: List[ServerSentEvent]) -> List[Event]:
    return [(e.event, e.data, e.id, e.retry) for e in events]


def decode(chunks: List[bytes]) -> List[Event]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.end()
    return summary(events)


def cut(raw: bytes, points: List[int]) -> List[bytes]:
    """``raw`` cut at ``points`` (any integers: taken modulo the length, sorted)."""
    if not raw:
        return [raw]
    at = sorted({p % (len(raw) + 1) for p in points})
    edges = [0, *at, len(raw)]
    return [raw[a:b] for a, b in zip(edges, edges[1:])]


# ------------------------------------------------------------------------------------------ streams

PIECES = [b"a", b"Z", b" ", b"  ", b":", b"{", b'"', b"0", b"9", b"\x00", b"\t", "é".encode(), "€".encode()]
PIECES += ["😀".encode(), "\u2028".encode(), "\ufeff".encode(), b"\xff", b"\xe2\x82", b"\xc3", b"\x80", b"\xf0\x9f"]

short_value = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=12).map(b"".join),
    st.integers(-5, 10**6).map(lambda n: str(n).encode()),
)
long_value = st.integers(0, 9000).map(lambda n: b"x" * n)  # crosses the decoder's piece size
name = st.sampled_from([b"event", b"data", b"id", b"retry", b"foo", b"", b"Event", b"data "])
newline = st.sampled_from([b"\n", b"\r", b"\r\n"])


def streams(value: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    field_line = st.one_of(
        st.tuples(name, st.sampled_from([b":", b": ", b":  "]), value).map(b"".join),
        name,  # a field without a colon
        value.map(lambda v: b":" + v),  # a comment
    )
    line = st.tuples(field_line, newline).map(b"".join)
    event_block = st.tuples(st.lists(line, max_size=6), st.lists(newline, min_size=1, max_size=3)).map(
        lambda t: b"".join(t[0]) + b"".join(t[1])  # the lines of an event, then blank lines
    )
    return st.tuples(
        st.sampled_from([b"", BOM]),
        st.lists(event_block, max_size=8),
        st.lists(line, max_size=2),  # an unterminated last event (never dispatched)
    ).map(lambda t: t[0] + b"".join(t[1]) + b"".join(t[2]))


stream = streams(st.one_of(short_value, long_value))
short_stream = streams(short_value)
cuts = st.lists(st.integers(0, 10**6), max_size=12)


@BOUNDED
@given(stream, cuts, st.integers(0, 3))
def test_any_chunking_gives_the_events_of_the_whole_stream(raw: bytes, points: List[int], at: int) -> None:
    whole = decode([raw])
    assert whole == oracle(raw)
    assert decode(cut(raw, points)) == whole
    # a leading byte order mark is skipped, even cut in pieces (one only: a second is kept as text)
    body = raw[3:] if raw[:3] == BOM else raw
    assert decode(cut(BOM + body, [at, *points])) == decode([body])


@settings(BOUNDED, max_examples=100)
@given(short_stream)
def test_byte_by_byte(raw: bytes) -> None:
    assert decode([raw[i : i + 1] for i in range(len(raw))]) == oracle(raw)


@BOUNDED
@given(st.binary(max_size=300), cuts)
def test_arbitrary_bytes_never_raise(raw: bytes, points: List[int]) -> None:
    assert decode(cut(raw, points)) == oracle(raw)


noise = st.lists(st.sampled_from([b"\n", b"\r", b":", b"data", b"event: x", b" ", b"\xef", b"\xbb", b"\xbf", b"\xff"]))


@BOUNDED
@given(noise.map(b"".join), cuts)
def test_structural_noise(raw: bytes, points: List[int]) -> None:
    assert decode(cut(raw, points)) == oracle(raw)


# ------------------------------------------------------------------------------------------ typed events

RESPONSE = httpx.Response(200, request=httpx.Request("POST", "https://api.test/v1/messages"))


def typed(chunks: List[bytes]) -> List[Any]:
    decoder = EventDecoder(RawMessageStreamEvent, RESPONSE, strict=False, status_errors=FIRST_PARTY_ERRORS)
    items: List[Any] = []
    for chunk in chunks:
        items.extend(decoder.feed(chunk))
    items.extend(decoder.end())
    return items


def general(raw: bytes) -> List[Any]:
    """Every event of the whole stream through ``decode_event``."""
    items: List[Any] = []
    for sse in SSEDecoder().decode([raw]):
        item = decode_event(sse, RawMessageStreamEvent, RESPONSE, strict=False, status_errors=FIRST_PARTY_ERRORS)
        if item is not SKIP:
            items.append(item)
    return items


JSON_PIECES = [p for p in PIECES if p not in (b"\x00", b"\t", b'"')] + [b"\\n", b"\\u00e9", b'\\"']
text = st.one_of(  # the text of a delta: valid JSON once invalid UTF-8 is replaced
    st.lists(st.sampled_from(JSON_PIECES), max_size=10).map(b"".join),
    st.integers(0, 20000).map(lambda n: b"y" * n),
)
delta = text.map(
    lambda t: b'{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"' + t + b'"}}'
)
stop = st.integers(0, 5).map(lambda i: b'{"type":"content_block_stop","index":%d}' % i)
typed_event = st.one_of(
    st.tuples(st.just(b"content_block_delta"), delta),
    st.tuples(st.just(b"content_block_stop"), stop),
    st.tuples(st.just(b"ping"), st.just(b'{"type":"ping"}')),
    st.tuples(st.just(b"future_event"), st.just(b"{}")),
)


@st.composite
def rendered(draw: st.DrawFn) -> bytes:
    """Message events, mostly in the usual shape, some with comments, ids or odd line ends."""
    out = [draw(st.sampled_from([b"", BOM]))]
    for event_name, data in draw(st.lists(typed_event, max_size=8)):
        nl = draw(newline) if draw(st.booleans()) else b"\n"
        if draw(st.integers(0, 4)) == 0:
            out.append(b": keep-alive" + nl)
        if draw(st.integers(0, 6)) == 0:
            out.append(b"id: 7" + nl)
        out.append(b"event: " + event_name + nl + b"data: " + data + nl + nl)
        if draw(st.integers(0, 6)) == 0:
            out.append(nl)
    return b"".join(out)


@BOUNDED
@given(rendered(), cuts)
def test_typed_events_do_not_depend_on_chunking(raw: bytes, points: List[int]) -> None:
    whole = typed([raw])
    assert whole == general(raw)
    assert typed(cut(raw, points)) == whole

"""The AWS event-stream codec and the Bedrock chunk mapping (pure, no I/O)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import struct
import time
import uuid
import zlib
from typing import Any, AsyncIterator, Dict, Iterable, List, Mapping, Optional, Tuple

import pytest

from anthropic._core.eventstream import (
    MAX_HEADERS_LENGTH,
    MAX_PAYLOAD_LENGTH,
    AWSEventStreamDecoder,
    EventStreamDecoder,
    EventStreamError,
    EventStreamMessage,
    HeaderType,
    HeaderValue,
    TypedHeader,
    bedrock_chunk_bytes,
    bedrock_event,
    decode_messages,
    encode_message,
)
from anthropic._core.sse import ServerSentEvent

CHUNK_HEADERS = {":event-type": "chunk", ":content-type": "application/json", ":message-type": "event"}

EVERY_TYPE: Dict[str, Any] = {
    "true": True,
    "false": False,
    "byte": TypedHeader(HeaderType.BYTE, -128),
    "short": TypedHeader(HeaderType.SHORT, 32767),
    "int": TypedHeader(HeaderType.INTEGER, -(2**31)),
    "long": TypedHeader(HeaderType.LONG, 2**63 - 1),
    "bytes": b"\x00\xffraw",
    "string": "héllo ✓",
    "timestamp": TypedHeader(HeaderType.TIMESTAMP, 1700000000123),
    "uuid": uuid.UUID("01234567-89ab-cdef-0123-456789abcdef"),
}

EVERY_TYPE_DECODED: Dict[str, HeaderValue] = {
    "true": True,
    "false": False,
    "byte": -128,
    "short": 32767,
    "int": -(2**31),
    "long": 2**63 - 1,
    "bytes": b"\x00\xffraw",
    "string": "héllo ✓",
    "timestamp": dt.datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=dt.timezone.utc),
    "uuid": uuid.UUID("01234567-89ab-cdef-0123-456789abcdef"),
}


def chunk_message(event: Mapping[str, Any], *, padding: Optional[str] = "abcdefghijklmnopqrstuvwxyz") -> bytes:
    """A Bedrock `chunk` message carrying one Anthropic stream event, as Bedrock sends it."""
    body: Dict[str, str] = {"bytes": base64.b64encode(json.dumps(event).encode()).decode()}
    if padding is not None:
        body["p"] = padding
    return encode_message(CHUNK_HEADERS, json.dumps(body, separators=(",", ":")).encode())


def frame(block: bytes, payload: bytes = b"", *, total: Optional[int] = None) -> bytes:
    """A message around a raw header block, with correct CRCs (for malformed headers and lengths)."""
    length = 16 + len(block) + len(payload) if total is None else total
    head = struct.pack(">II", length, len(block))
    message = head + struct.pack(">I", zlib.crc32(head)) + block + payload
    return message + struct.pack(">I", zlib.crc32(message))


def decode_in_pieces(data: bytes, cuts: Iterable[int]) -> List[EventStreamMessage]:
    decoder = EventStreamDecoder()
    messages: List[EventStreamMessage] = []
    start = 0
    for cut in [*cuts, len(data)]:
        messages += decoder.feed(data[start:cut])
        start = cut
    decoder.end()
    return messages


def sample_stream() -> Tuple[bytes, List[EventStreamMessage]]:
    parts = [
        encode_message(EVERY_TYPE, b"payload one"),
        encode_message({}, b""),
        chunk_message({"type": "message_start", "message": {"id": "msg_1"}}),
        encode_message({":message-type": "event", ":event-type": "other"}, b"{}"),
        chunk_message({"type": "content_block_delta", "delta": {"type": "text_delta", "text": "hé"}}, padding=None),
    ]
    return b"".join(parts), decode_messages(b"".join(parts))


# -------------------------------------------------------------------------------------------------- round trips


def test_every_header_type_round_trips() -> None:
    data = encode_message(EVERY_TYPE, b"the payload")
    [message] = decode_messages(data)
    assert message.headers == EVERY_TYPE_DECODED
    assert list(message.headers) == list(EVERY_TYPE)  # wire order kept
    assert message.payload == b"the payload"
    assert message.header_types == {
        "true": HeaderType.BOOL_TRUE,
        "false": HeaderType.BOOL_FALSE,
        "byte": HeaderType.BYTE,
        "short": HeaderType.SHORT,
        "int": HeaderType.INTEGER,
        "long": HeaderType.LONG,
        "bytes": HeaderType.BYTES,
        "string": HeaderType.STRING,
        "timestamp": HeaderType.TIMESTAMP,
        "uuid": HeaderType.UUID,
    }
    assert message.encode() == data


def test_wire_layout_of_a_small_message() -> None:
    data = encode_message({"a": "b"}, b"xy")
    block = b"\x01a\x07\x00\x01b"
    assert data[:8] == struct.pack(">II", 16 + len(block) + 2, len(block))
    assert data[8:12] == struct.pack(">I", zlib.crc32(data[:8]))
    assert data[12:-4] == block + b"xy"
    assert data[-4:] == struct.pack(">I", zlib.crc32(data[:-4]))


def test_inferred_header_types() -> None:
    naive = dt.datetime(2024, 1, 2, 3, 4, 5, 678000)
    data = encode_message({"small": 2**31 - 1, "big": 2**31, "neg": -(2**31) - 1, "when": naive, "raw": b"z"})
    [message] = decode_messages(data)
    assert message.header_types == {
        "small": HeaderType.INTEGER,
        "big": HeaderType.LONG,
        "neg": HeaderType.LONG,
        "when": HeaderType.TIMESTAMP,
        "raw": HeaderType.BYTES,
    }
    assert message.headers["when"] == naive.replace(tzinfo=dt.timezone.utc)
    assert message.headers["raw"] == b"z"


def test_typed_uuid_and_timestamp_alternatives() -> None:
    moment = dt.datetime(2001, 2, 3, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    data = encode_message(
        {"u": TypedHeader(HeaderType.UUID, b"0123456789abcdef"), "t": TypedHeader(HeaderType.TIMESTAMP, moment)}
    )
    [message] = decode_messages(data)
    assert message.headers["u"] == uuid.UUID(bytes=b"0123456789abcdef")
    assert message.headers["t"] == moment


def test_message_built_by_hand_infers_types_and_compares() -> None:
    message = EventStreamMessage({"n": 5, "s": "x"}, b"p")
    assert message.header_types == {"n": HeaderType.INTEGER, "s": HeaderType.STRING}
    assert decode_messages(message.encode()) == [message]
    assert message != EventStreamMessage({"n": 5, "s": "x"}, b"q")
    assert "payload=b'p'" in repr(message)


def test_header_types_are_read_only() -> None:
    [message] = decode_messages(encode_message({"a": 1}))
    with pytest.raises(TypeError):
        message.header_types["a"] = HeaderType.LONG  # type: ignore[index]


@pytest.mark.parametrize(
    ("headers", "error", "text"),
    [
        ({"b": TypedHeader(HeaderType.BYTE, 128)}, ValueError, "does not fit in type BYTE"),
        ({"s": TypedHeader(HeaderType.SHORT, -32769)}, ValueError, "does not fit in type SHORT"),
        ({"i": TypedHeader(HeaderType.INTEGER, 2**31)}, ValueError, "does not fit in type INTEGER"),
        ({"l": 2**63}, ValueError, "does not fit in type LONG"),
        ({"t": TypedHeader(HeaderType.BOOL_TRUE, False)}, ValueError, "needs the value True"),
        ({"x": TypedHeader(HeaderType.STRING, b"bytes")}, TypeError, "needs a str"),
        ({"x": TypedHeader(HeaderType.BYTES, "text")}, TypeError, "needs bytes"),
        ({"x": TypedHeader(HeaderType.UUID, b"short")}, TypeError, "uuid.UUID or 16 bytes"),
        ({"x": TypedHeader(HeaderType.INTEGER, True)}, TypeError, "needs an int"),
        ({"x": 1.5}, TypeError, "of type float"),
        ({"x": "y" * 65536}, ValueError, "longer than 65535"),
        ({"": "empty name"}, ValueError, "1 to 255 bytes"),
        ({"n" * 256: "long name"}, ValueError, "1 to 255 bytes"),
    ],
)
def test_encoder_rejects_values_it_cannot_represent(headers: Dict[str, Any], error: type, text: str) -> None:
    with pytest.raises(error, match=text):
        encode_message(headers)


def test_encoder_enforces_the_length_limits() -> None:
    with pytest.raises(ValueError, match="exceeds the maximum"):
        encode_message({}, b"x" * (MAX_PAYLOAD_LENGTH + 1))
    many = {f"h{i}": "v" * 60000 for i in range(3)}
    with pytest.raises(ValueError, match="exceed the maximum"):
        encode_message(many)


# ------------------------------------------------------------------------------------------------------ errors


def test_prelude_crc_mismatch() -> None:
    data = bytearray(encode_message({"a": "b"}, b"payload"))
    data[9] ^= 0x01
    with pytest.raises(EventStreamError, match="prelude checksum mismatch: expected 0x"):
        decode_messages(bytes(data))


def test_corrupted_length_is_caught_by_the_prelude_crc_before_buffering() -> None:
    data = bytearray(encode_message({"a": "b"}, b"payload"))
    data[1] ^= 0x40  # total length now ~4 MiB: never wait for those bytes
    decoder = EventStreamDecoder()
    with pytest.raises(EventStreamError, match="prelude checksum mismatch"):
        decoder.feed(bytes(data[:12]))


@pytest.mark.parametrize("index", [12, 20, -5, -1])
def test_message_crc_mismatch(index: int) -> None:
    data = bytearray(encode_message({"a": "b"}, b"payload"))
    data[index] ^= 0x80
    with pytest.raises(EventStreamError, match="message checksum mismatch: expected 0x"):
        decode_messages(bytes(data))


def test_absurd_header_length_is_rejected_from_the_prelude_alone() -> None:
    head = struct.pack(">II", 2**31, MAX_HEADERS_LENGTH + 1)
    decoder = EventStreamDecoder()
    with pytest.raises(EventStreamError, match=f"headers length {MAX_HEADERS_LENGTH + 1} exceeds the maximum"):
        decoder.feed(head + struct.pack(">I", zlib.crc32(head)))


def test_absurd_payload_length_is_rejected_from_the_prelude_alone() -> None:
    head = struct.pack(">II", 0xFFFFFFFF, 10)
    decoder = EventStreamDecoder()
    with pytest.raises(EventStreamError, match="payload length .* exceeds the maximum"):
        decoder.feed(head + struct.pack(">I", zlib.crc32(head)))


def test_biggest_allowed_payload_length_is_accepted_and_waited_for() -> None:
    head = struct.pack(">II", 16 + MAX_PAYLOAD_LENGTH, 0)
    decoder = EventStreamDecoder()
    assert decoder.feed(head + struct.pack(">I", zlib.crc32(head)) + b"x" * 100) == []
    assert decoder.buffered == 112  # only what arrived is held, nothing preallocated
    with pytest.raises(EventStreamError, match=f"got 112 of the {16 + MAX_PAYLOAD_LENGTH} bytes"):
        decoder.end()


@pytest.mark.parametrize("total", [0, 15, 16 + 9])
def test_total_length_smaller_than_its_parts(total: int) -> None:
    with pytest.raises(EventStreamError, match="too small"):
        decode_messages(frame(b"\x01a\x07\x00\x05hello", total=total))


@pytest.mark.parametrize(
    ("block", "text"),
    [
        (b"\x01a\x0a", "unknown value type 10"),
        (b"\x01a\x00\x01a\x01", "duplicate header 'a'"),
        (b"\x05ab", "name runs past the end"),
        (b"\x01a", "name runs past the end"),
        (b"\x01a\x07\x00\x09abc", "value runs past the end"),
        (b"\x01a\x07\x00", "value runs past the end"),
        (b"\x01a\x04\x00\x00", "value runs past the end"),
        (b"\x01a\x08\x00", "value runs past the end"),
        (b"\x01a\x09" + b"\x00" * 15, "value runs past the end"),
        (b"\x01a\x07\x00\x01\xff", "not valid UTF-8"),
        (b"\x01\xff\x00", "not valid UTF-8"),
        (b"\x01t\x08" + struct.pack(">q", 2**62), "out of range"),
    ],
)
def test_malformed_headers(block: bytes, text: str) -> None:
    with pytest.raises(EventStreamError, match=text):
        decode_messages(frame(block))


def test_errors_are_value_errors() -> None:
    assert issubclass(EventStreamError, ValueError)


def test_a_failed_decoder_keeps_failing() -> None:
    good = encode_message({"a": "b"})
    bad = bytearray(good)
    bad[-1] ^= 1
    decoder = EventStreamDecoder()
    with pytest.raises(EventStreamError, match="message checksum"):
        decoder.feed(bytes(bad))
    assert decoder.buffered == 0  # nothing kept after a failure
    with pytest.raises(EventStreamError, match="failed earlier: Event stream message checksum"):
        decoder.feed(good)
    with pytest.raises(EventStreamError, match="failed earlier"):
        decoder.end()


def test_messages_before_a_bad_one_are_yielded_first() -> None:
    bad = bytearray(encode_message({"n": 2}))
    bad[-1] ^= 1
    decoder = EventStreamDecoder()
    seen: List[EventStreamMessage] = []
    with pytest.raises(EventStreamError):
        for message in decoder.iter_feed(encode_message({"n": 1}) + bytes(bad)):
            seen.append(message)
    assert [m.headers for m in seen] == [{"n": 1}]


@pytest.mark.parametrize(("cut", "text"), [(5, "got 5 bytes of a message prelude"), (20, "got 20 of the ")])
def test_end_inside_a_message_raises(cut: int, text: str) -> None:
    decoder = EventStreamDecoder()
    data = encode_message({"a": "b"}, b"payload")
    assert decoder.feed(data + data[:cut]) != []
    with pytest.raises(EventStreamError, match=f"ended inside a message: {text}"):
        decoder.end()


def test_end_after_complete_messages_and_on_empty_input() -> None:
    decoder = EventStreamDecoder()
    assert decoder.feed(b"") == []
    decoder.end()
    assert decode_messages(b"") == []


# --------------------------------------------------------------------------------------------- incremental input


def test_split_at_every_byte_boundary() -> None:
    data, expected = sample_stream()
    assert len(expected) == 5
    for cut in range(len(data) + 1):
        assert decode_in_pieces(data, [cut]) == expected, cut


def test_split_at_every_pair_of_boundaries_around_the_first_prelude() -> None:
    data, expected = sample_stream()
    for first in range(0, 14):
        for second in range(first, len(data) + 1, 7):
            assert decode_in_pieces(data, [first, second]) == expected


def test_one_byte_at_a_time() -> None:
    data, expected = sample_stream()
    assert decode_in_pieces(data, range(1, len(data))) == expected


def test_memoryview_and_bytearray_chunks() -> None:
    data, expected = sample_stream()
    decoder = EventStreamDecoder()
    got = decoder.feed(memoryview(data)[:50]) + decoder.feed(bytearray(data[50:]))
    decoder.end()
    assert got == expected


def test_only_the_unfinished_message_is_buffered() -> None:
    message = chunk_message({"type": "content_block_delta", "delta": {"type": "text_delta", "text": "word"}})
    data = message * 2000
    decoder = EventStreamDecoder()
    count = 0
    peak = 0
    for start in range(0, len(data), 97):
        count += len(decoder.feed(data[start : start + 97]))
        peak = max(peak, decoder.buffered)
        assert decoder.buffered < len(message)
    decoder.end()
    assert count == 2000
    assert peak > 0


def test_ten_thousand_chunk_events_decode_fast() -> None:
    events = [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": f" word{i}"}}
        for i in range(10_000)
    ]
    body = b"".join(chunk_message(event) for event in events)
    pieces = [body[i : i + 16384] for i in range(0, len(body), 16384)]
    started = time.perf_counter()
    decoded = list(AWSEventStreamDecoder().iter_bytes(pieces))
    elapsed = time.perf_counter() - started
    assert len(decoded) == 10_000
    assert decoded[-1].json() == events[-1]
    assert elapsed < 1.0, f"decoding 10,000 chunk events took {elapsed:.3f} s"


# ---------------------------------------------------------------------------------------------- Bedrock chunks


def completion(message: bytes) -> Optional[Tuple[Optional[str], str, bytes]]:
    [decoded] = decode_messages(message)
    event = bedrock_event(decoded)
    return None if event is None else (event.event, event.data, event.raw_data)


def test_chunk_becomes_a_completion_event() -> None:
    event = {"type": "message_start", "message": {"id": "msg_1", "content": []}}
    text = json.dumps(event)
    assert completion(chunk_message(event)) == ("completion", text, text.encode())
    assert completion(chunk_message(event, padding=None)) == ("completion", text, text.encode())


def test_chunk_payload_in_other_json_shapes() -> None:
    raw = b'{"type":"ping","x":"\xc3\xa9/?"}'
    encoded = base64.b64encode(raw).decode()
    assert "/" in encoded
    shapes = [
        {"p": "abc", "bytes": encoded},  # padding first
        {"bytes": encoded, "p": "abc", "extra": 1},
        {"bytes": encoded.replace("/", "\\/")},  # escaped slash (json.dumps keeps "/"; build it by hand below)
    ]
    for shape in shapes[:2]:
        message = encode_message(CHUNK_HEADERS, json.dumps(shape).encode())
        assert completion(message) == ("completion", raw.decode(), raw)
    escaped = ('{"bytes":"' + encoded.replace("/", "\\/") + '"}').encode()
    assert completion(encode_message(CHUNK_HEADERS, escaped)) == ("completion", raw.decode(), raw)
    spaced = ('{ "bytes" : "' + encoded + '" }').encode()
    assert completion(encode_message(CHUNK_HEADERS, spaced)) == ("completion", raw.decode(), raw)


@pytest.mark.parametrize(
    ("headers", "payload"),
    [
        ({":event-type": "other", ":message-type": "event"}, b'{"bytes":"eyJhIjoxfQ=="}'),
        ({":message-type": "event"}, b'{"bytes":"eyJhIjoxfQ=="}'),
        (CHUNK_HEADERS, b'{"bytes":""}'),
        (CHUNK_HEADERS, b'{"bytes":null}'),
        (CHUNK_HEADERS, b"{}"),
        (CHUNK_HEADERS, b""),
        (CHUNK_HEADERS, b"not json"),
    ],
)
def test_messages_without_a_chunk_are_skipped(headers: Dict[str, Any], payload: bytes) -> None:
    assert completion(encode_message(headers, payload)) is None


def test_chunk_bytes_without_an_event_object() -> None:
    [message] = decode_messages(chunk_message({"type": "ping"}))
    assert bedrock_chunk_bytes(message) == b'{"type": "ping"}'
    [skipped] = decode_messages(encode_message({":event-type": "other"}, b"{}"))
    assert bedrock_chunk_bytes(skipped) is None
    [invalid_utf8] = decode_messages(encode_message(CHUNK_HEADERS, b'{"bytes":"/w=="}'))
    assert bedrock_chunk_bytes(invalid_utf8) == b"\xff"  # left to the JSON parser


def test_chunk_without_message_type_is_still_a_chunk() -> None:
    assert completion(encode_message({":event-type": "chunk"}, b'{"bytes":"eyJhIjoxfQ=="}')) == (
        "completion",
        '{"a":1}',
        b'{"a":1}',
    )


def test_exception_message_raises_the_reference_value_error() -> None:
    message = encode_message(
        {":exception-type": "throttlingException", ":content-type": "application/json", ":message-type": "exception"},
        b'{"message":"Too many requests, please wait before trying again."}',
    )
    with pytest.raises(ValueError) as info:
        completion(message)
    assert type(info.value) is ValueError
    assert str(info.value) == (
        "Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException',"
        " ':content-type': 'application/json', ':message-type': 'exception'},"
        " 'body': b'{\"message\":\"Too many requests, please wait before trying again.\"}'}"
    )


def test_error_message_and_exotic_header_values_in_the_error_text() -> None:
    message = encode_message(
        {
            ":error-code": "InternalFailure",
            ":message-type": "error",
            "t": TypedHeader(HeaderType.TIMESTAMP, 1700000000123),
            "u": TypedHeader(HeaderType.UUID, b"0123456789abcdef"),
        },
    )
    with pytest.raises(ValueError) as info:
        completion(message)
    assert str(info.value) == (
        "Bad response code, expected 200: {'status_code': 400, 'headers': {':error-code': 'InternalFailure',"
        " ':message-type': 'error', 't': 1700000000123, 'u': b'0123456789abcdef'}, 'body': b''}"
    )


@pytest.mark.parametrize(
    ("payload", "error", "text"),
    [
        (b"[1]", EventStreamError, "not a JSON object"),
        (b'{"bytes":123}', EventStreamError, "non-string `bytes`"),
        (b'{"bytes":"abc"}', EventStreamError, "invalid base64"),
        (b'{"bytes":"/w=="}', UnicodeDecodeError, "utf-8"),
        (b'{"bytes":"\xff"}', UnicodeDecodeError, "utf-8"),
    ],
)
def test_broken_chunks_raise(payload: bytes, error: type, text: str) -> None:
    with pytest.raises(error, match=text):
        completion(encode_message(CHUNK_HEADERS, payload))


def test_iter_bytes_feed_and_aiter_bytes_agree() -> None:
    import asyncio

    events = [{"type": "message_start", "i": i} for i in range(20)]
    parts = [chunk_message(e) for e in events]
    parts.insert(3, encode_message({":event-type": "other", ":message-type": "event"}, b"{}"))
    body = b"".join(parts)
    pieces = [body[i : i + 33] for i in range(0, len(body), 33)]

    def summary(seq: Iterable[ServerSentEvent]) -> List[Tuple[Optional[str], Any]]:
        return [(e.event, e.json()) for e in seq]

    expected = [("completion", e) for e in events]
    assert summary(AWSEventStreamDecoder().iter_bytes(iter(pieces))) == expected

    decoder = AWSEventStreamDecoder()
    fed: List[ServerSentEvent] = []
    for piece in pieces:
        fed.extend(decoder.feed(piece))
    decoder.end()
    assert summary(fed) == expected

    async def source() -> AsyncIterator[bytes]:
        for piece in pieces:
            yield piece

    async def collect() -> List[ServerSentEvent]:
        return [e async for e in AWSEventStreamDecoder().aiter_bytes(source())]

    assert summary(asyncio.run(collect())) == expected


def test_truncated_bedrock_body_raises_after_the_complete_events() -> None:
    body = chunk_message({"type": "a"}) + chunk_message({"type": "b"})[:30]
    seen: List[Any] = []
    with pytest.raises(EventStreamError, match="ended inside a message"):
        for event in AWSEventStreamDecoder().iter_bytes([body]):
            seen.append(event.json())
    assert seen == [{"type": "a"}]


def test_exception_after_events_raises_after_yielding_them() -> None:
    body = chunk_message({"type": "a"}) + encode_message(
        {":exception-type": "modelStreamErrorException", ":message-type": "exception"}, b'{"message":"x"}'
    )
    seen: List[Any] = []
    with pytest.raises(ValueError, match="Bad response code, expected 200"):
        for event in AWSEventStreamDecoder().iter_bytes([body]):
            seen.append(event.json())
    assert seen == [{"type": "a"}]


# ------------------------------------------------------------------------------------------ against botocore


def random_header(rng: random.Random) -> Any:
    kind = rng.randrange(10)
    if kind == 0:
        return rng.random() < 0.5
    if kind == 1:
        return TypedHeader(HeaderType.BYTE, rng.randint(-128, 127))
    if kind == 2:
        return TypedHeader(HeaderType.SHORT, rng.randint(-(2**15), 2**15 - 1))
    if kind == 3:
        return rng.randint(-(2**31), 2**31 - 1)
    if kind == 4:
        return TypedHeader(HeaderType.LONG, rng.randint(-(2**63), 2**63 - 1))
    if kind == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
    if kind == 6:
        return "".join(rng.choice("abcé✓ :-/") for _ in range(rng.randrange(40)))
    if kind == 7:
        return TypedHeader(HeaderType.TIMESTAMP, rng.randint(-(10**12), 10**13))
    if kind == 8:
        return uuid.UUID(int=rng.getrandbits(128))
    return TypedHeader(HeaderType.BYTES, b"")


def random_stream(rng: random.Random, count: int) -> bytes:
    parts: List[bytes] = []
    for _ in range(count):
        headers = {f"h{i}-{rng.randrange(1000)}": random_header(rng) for i in range(rng.randrange(6))}
        payload = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 10, 300])))
        parts.append(encode_message(headers, payload))
    return b"".join(parts)


def botocore_value(value: HeaderValue) -> Any:
    if isinstance(value, dt.datetime):
        return (value - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)) // dt.timedelta(milliseconds=1)
    if isinstance(value, uuid.UUID):
        return value.bytes
    return value


def test_same_messages_as_botocore_event_stream_buffer() -> None:
    eventstream = pytest.importorskip("botocore.eventstream")
    rng = random.Random(1234)
    for _ in range(20):
        data = random_stream(rng, rng.randrange(1, 30))
        cuts = sorted(rng.sample(range(len(data)), min(len(data), 5)))
        ours = decode_in_pieces(data, cuts)
        buffer = eventstream.EventStreamBuffer()
        theirs: List[Any] = []
        start = 0
        for cut in [*cuts, len(data)]:
            buffer.add_data(data[start:cut])
            start = cut
            theirs.extend(buffer)
        assert [({k: botocore_value(v) for k, v in m.headers.items()}, m.payload) for m in ours] == [
            (m.headers, m.payload) for m in theirs
        ]


@pytest.mark.parametrize("index", [3, 9, 14, 30, -2])
def test_botocore_and_we_both_reject_a_corrupted_byte(index: int) -> None:
    eventstream = pytest.importorskip("botocore.eventstream")
    data = bytearray(encode_message({"name": "value", "n": 7}, b"some payload bytes"))
    data[index] ^= 0x10
    buffer = eventstream.EventStreamBuffer()
    buffer.add_data(bytes(data))
    with pytest.raises(eventstream.ParserError):
        list(buffer)
    with pytest.raises(EventStreamError):
        decode_messages(bytes(data))


def test_same_completion_events_as_the_reference_botocore_path() -> None:
    """The reference decodes Bedrock bodies with botocore's EventStreamBuffer and EventStreamJSONParser over the
    `bedrock-runtime` ResponseStream shape; replay that here as the oracle."""
    pytest.importorskip("botocore")
    from botocore.eventstream import EventStreamBuffer
    from botocore.loaders import Loader
    from botocore.model import ServiceModel
    from botocore.parsers import EventStreamJSONParser

    shape = ServiceModel(Loader().load_service_model("bedrock-runtime", "service-2")).shape_for("ResponseStream")
    parser = EventStreamJSONParser()

    def oracle(body: bytes) -> List[Any]:
        buffer = EventStreamBuffer()
        buffer.add_data(body)
        out: List[Any] = []
        for event in buffer:
            response = event.to_response_dict()
            parsed = parser.parse(response, shape)
            if response["status_code"] != 200:
                out.append(f"Bad response code, expected 200: {response}")
                break
            chunk = parsed.get("chunk")
            if chunk and chunk.get("bytes").decode():
                out.append(("completion", chunk.get("bytes").decode()))
        return out

    def ours(body: bytes) -> List[Any]:
        out: List[Any] = []
        try:
            for event in AWSEventStreamDecoder().iter_bytes([body]):
                out.append((event.event, event.data))
        except ValueError as exc:
            out.append(str(exc))
        return out

    rng = random.Random(99)
    payloads = [
        lambda: chunk_message({"type": "content_block_delta", "text": "x" * rng.randrange(50)}),
        lambda: chunk_message({"type": "message_stop"}, padding=None),
        lambda: encode_message(
            {":event-type": "chunk", ":message-type": "event"}, b'{"p":"ab","bytes":"eyJhIjoxfQ=="}'
        ),
        lambda: encode_message({":event-type": "chunk", ":message-type": "event"}, b'{"bytes":""}'),
        lambda: encode_message({":event-type": "chunk", ":message-type": "event"}, b"not json"),
        lambda: encode_message({":event-type": "metadata", ":message-type": "event"}, b'{"x":1}'),
        lambda: encode_message({":message-type": "event"}, b"{}"),
    ]
    endings = [
        lambda: b"",
        lambda: encode_message(
            {
                ":exception-type": "throttlingException",
                ":content-type": "application/json",
                ":message-type": "exception",
            },
            b'{"message":"slow down"}',
        ),
        lambda: encode_message({":error-code": "Boom", ":error-message": "failed", ":message-type": "error"}),
        lambda: encode_message({":exception-type": "unknownException", ":message-type": "exception"}, b"{}"),
    ]
    for _ in range(40):
        body = b"".join(rng.choice(payloads)() for _ in range(rng.randrange(10))) + rng.choice(endings)()
        assert ours(body) == oracle(body)

"""The AWS event-stream binary framing (``application/vnd.amazon.eventstream``), as Amazon Bedrock streams with.

Standard library only. Three layers:

* ``EventStreamDecoder``: bytes in, ``EventStreamMessage`` objects out, incrementally (chunks may be split
  anywhere, even inside the 12-byte prelude). Only the unfinished message is kept in memory. Both CRCs are checked,
  lengths are bounded (``MAX_HEADERS_LENGTH``, ``MAX_PAYLOAD_LENGTH``, as botocore), and ``end()`` raises if the
  body stopped inside a message. Every error is an ``EventStreamError`` (a ``ValueError``).
* ``encode_message(headers, payload)``: the inverse (for fake servers and tests).
* ``AWSEventStreamDecoder`` (and ``bedrock_event`` / ``bedrock_chunk_bytes`` for one message): the Bedrock
  ``invoke-with-response-stream`` mapping. A ``chunk`` event's payload is ``{"bytes": "<base64>"}`` holding the
  JSON of one Anthropic stream event; it becomes a pseudo server-sent event named ``completion`` whose data is
  that JSON. Other events are skipped; an ``exception``/``error`` message
  raises ``ValueError("Bad response code, expected 200: <response dict>")``, with the dict botocore would build.

A message on the wire::

    total length  u32 | headers length u32 | prelude CRC u32 (of the first 8 bytes)
    headers: (name length u8, name UTF-8, type u8, value)*
    payload
    message CRC u32 (of every byte before it)

Header value types (``HeaderType``): ``BOOL_TRUE``/``BOOL_FALSE`` (no value bytes), ``BYTE`` i8, ``SHORT`` i16,
``INTEGER`` i32, ``LONG`` i64, ``BYTES`` (u16 length + bytes), ``STRING`` (u16 length + UTF-8), ``TIMESTAMP`` (i64
milliseconds since the epoch; decoded as an aware UTC ``datetime``), ``UUID`` (16 bytes; decoded as ``uuid.UUID``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import enum
import json
import struct
import uuid
import zlib
from types import MappingProxyType
from typing import (
    Any,
    AsyncIterable,
    AsyncIterator,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Tuple,
    Union,
)

from .sse import ServerSentEvent

__all__ = [
    "MAX_HEADERS_LENGTH",
    "MAX_PAYLOAD_LENGTH",
    "AWSEventStreamDecoder",
    "EventStreamDecoder",
    "EventStreamError",
    "EventStreamMessage",
    "HeaderInput",
    "HeaderType",
    "HeaderValue",
    "TypedHeader",
    "bedrock_chunk_bytes",
    "bedrock_event",
    "decode_messages",
    "encode_message",
]

PRELUDE_LENGTH = 12
"""Total length, headers length and the prelude CRC."""

MIN_MESSAGE_LENGTH = PRELUDE_LENGTH + 4
"""A message without headers nor payload: the prelude and the message CRC."""

MAX_HEADERS_LENGTH = 128 * 1024
MAX_PAYLOAD_LENGTH = 24 * 1024 * 1024
"""The limits botocore enforces (a bigger length is a corrupt or hostile stream)."""

_MAX_TOTAL_LENGTH = MAX_PAYLOAD_LENGTH + MIN_MESSAGE_LENGTH

_PRELUDE = struct.Struct(">III")
_U32 = struct.Struct(">I")
_U16 = struct.Struct(">H")
_INTS = {2: struct.Struct(">b"), 3: struct.Struct(">h"), 4: struct.Struct(">i"), 5: struct.Struct(">q")}
_I64 = _INTS[5]
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_MILLISECOND = _dt.timedelta(milliseconds=1)


class EventStreamError(ValueError):
    """A malformed AWS event stream: bad CRC, impossible lengths, bad headers, or a body cut inside a message."""


class HeaderType(enum.IntEnum):
    """The header value types of the AWS event-stream format (the wire code is the value)."""

    BOOL_TRUE = 0
    BOOL_FALSE = 1
    BYTE = 2
    SHORT = 3
    INTEGER = 4
    LONG = 5
    BYTES = 6
    STRING = 7
    TIMESTAMP = 8
    UUID = 9


HeaderValue = Union[bool, int, bytes, str, _dt.datetime, uuid.UUID]
"""A decoded header value: ``bool``; ``int`` (byte/short/integer/long); ``bytes``; ``str``; ``datetime``
(timestamp, UTC); ``uuid.UUID``."""


class TypedHeader(NamedTuple):
    """A header value with an explicit wire type, for ``encode_message`` (e.g. ``TypedHeader(HeaderType.BYTE, 7)``;
    a ``TIMESTAMP`` may be given as integer milliseconds, a ``UUID`` as 16 bytes)."""

    type: HeaderType
    value: HeaderValue


class EventStreamMessage:
    """One message: ``headers`` (name -> value, in wire order), ``payload`` (bytes) and ``header_types`` (name ->
    ``HeaderType``, read-only, so ``encode()`` gives back the same bytes; inferred from the values if not given)."""

    __slots__ = ("header_types", "headers", "payload")

    headers: Dict[str, HeaderValue]
    payload: bytes
    header_types: Mapping[str, HeaderType]

    def __init__(
        self,
        headers: Dict[str, HeaderValue],
        payload: bytes = b"",
        header_types: Optional[Mapping[str, HeaderType]] = None,
    ) -> None:
        self.headers = headers
        self.payload = payload
        self.header_types = MappingProxyType(
            dict(header_types) if header_types is not None else {name: _infer_type(v) for name, v in headers.items()}
        )

    def encode(self) -> bytes:
        types = self.header_types
        return encode_message(
            {name: TypedHeader(types[name], value) if name in types else value for name, value in self.headers.items()},
            self.payload,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventStreamMessage):
            return NotImplemented
        return (
            self.headers == other.headers and self.payload == other.payload and self.header_types == other.header_types
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EventStreamMessage(headers={self.headers!r}, payload={self.payload!r})"


# ----------------------------------------------------------------------------------------------------- decoding


_ParsedHeaders = Tuple[Tuple[Tuple[str, HeaderValue], ...], "MappingProxyType[str, HeaderType]"]

_HEADER_CACHE: Dict[bytes, _ParsedHeaders] = {}
"""Parsed header blocks by their bytes: a stream repeats the same few blocks (Bedrock: one per event kind)."""
_HEADER_CACHE_SIZE = 64
_HEADER_CACHE_MAX_BLOCK = 512


class EventStreamDecoder:
    """Incremental decoder: ``feed(chunk)`` returns the messages the chunk completes; ``end()`` at the end of the
    body. An error is final: feeding more (or ``end()``) raises it again."""

    __slots__ = ("_buffer", "_failed", "_needed")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._needed = PRELUDE_LENGTH  # bytes the buffer must hold before decoding can progress
        self._failed: Optional[EventStreamError] = None

    @property
    def buffered(self) -> int:
        """How many bytes of an unfinished message are held."""
        return len(self._buffer)

    def feed(self, chunk: Union[bytes, bytearray, memoryview]) -> List[EventStreamMessage]:
        """The messages completed by ``chunk`` (raises ``EventStreamError`` on a malformed message)."""
        return list(self.iter_feed(chunk))

    def iter_feed(self, chunk: Union[bytes, bytearray, memoryview]) -> Iterator[EventStreamMessage]:
        """Like ``feed``, one message at a time: the messages before a malformed one are yielded before the error."""
        if self._failed is not None:
            raise EventStreamError(f"The event stream decoder failed earlier: {self._failed}")
        buffer = self._buffer
        if buffer:
            buffer += chunk
            if len(buffer) < self._needed:
                return
            data = bytes(buffer)
            del buffer[:]
        else:
            data = bytes(chunk)
        pos = 0
        end = len(data)
        unpack_prelude = _PRELUDE.unpack_from
        unpack_u32 = _U32.unpack_from
        crc32 = zlib.crc32
        cache = _HEADER_CACHE
        try:
            while end - pos >= PRELUDE_LENGTH:
                total, headers_length, prelude_crc = unpack_prelude(data, pos)
                if crc32(data[pos : pos + 8]) != prelude_crc or not (
                    headers_length <= MAX_HEADERS_LENGTH
                    and MIN_MESSAGE_LENGTH + headers_length <= total <= _MAX_TOTAL_LENGTH + headers_length
                ):
                    _check_prelude(data, pos)  # raises the precise error
                if end - pos < total:
                    self._needed = total
                    return
                crc_at = pos + total - 4
                if crc32(data[pos:crc_at]) != unpack_u32(data, crc_at)[0]:
                    _check_message_crc(data, pos, crc_at)  # raises
                payload_at = pos + PRELUDE_LENGTH + headers_length
                block = data[pos + PRELUDE_LENGTH : payload_at]
                parsed = cache.get(block)
                if parsed is None:
                    parsed = _parse_header_block(block)
                message = EventStreamMessage.__new__(EventStreamMessage)
                message.headers = dict(parsed[0])
                message.header_types = parsed[1]
                message.payload = data[payload_at:crc_at]
                pos += total
                yield message
            self._needed = PRELUDE_LENGTH
        except EventStreamError as exc:
            self._failed = exc
            pos = end  # nothing more will be decoded: free the bytes
            raise
        finally:
            if pos < end:
                buffer += memoryview(data)[pos:]

    def end(self) -> None:
        """The body is over: raise ``EventStreamError`` if bytes of an incomplete message remain."""
        if self._failed is not None:
            raise EventStreamError(f"The event stream decoder failed earlier: {self._failed}")
        held = len(self._buffer)
        if held:
            if held < PRELUDE_LENGTH:
                detail = f"{held} bytes of a message prelude"
            else:
                detail = f"{held} of the {self._needed} bytes of a message"
            raise EventStreamError(f"The event stream ended inside a message: got {detail}")


def decode_messages(data: Union[bytes, bytearray, memoryview]) -> List[EventStreamMessage]:
    """Every message of a complete event-stream body."""
    decoder = EventStreamDecoder()
    messages = decoder.feed(data)
    decoder.end()
    return messages


def _check_prelude(data: bytes, pos: int) -> None:
    """Raise the error of a prelude that failed the quick check of the decoding loop."""
    total, headers_length, prelude_crc = _PRELUDE.unpack_from(data, pos)
    computed = zlib.crc32(data[pos : pos + 8])
    if computed != prelude_crc:
        raise EventStreamError(
            f"Event stream prelude checksum mismatch: expected 0x{prelude_crc:08x}, computed 0x{computed:08x}"
        )
    if headers_length > MAX_HEADERS_LENGTH:
        raise EventStreamError(
            f"Event stream message headers length {headers_length} exceeds the maximum of {MAX_HEADERS_LENGTH}"
        )
    payload_length = total - headers_length - MIN_MESSAGE_LENGTH
    if payload_length < 0:
        raise EventStreamError(
            f"Event stream message length {total} is too small for {headers_length} bytes of headers"
            f" (at least {headers_length + MIN_MESSAGE_LENGTH} needed)"
        )
    raise EventStreamError(
        f"Event stream message payload length {payload_length} exceeds the maximum of {MAX_PAYLOAD_LENGTH}"
    )


def _check_message_crc(data: bytes, pos: int, crc_at: int) -> None:
    (expected,) = _U32.unpack_from(data, crc_at)
    computed = zlib.crc32(data[pos:crc_at])
    raise EventStreamError(
        f"Event stream message checksum mismatch: expected 0x{expected:08x}, computed 0x{computed:08x}"
    )


def _parse_header_block(block: bytes) -> _ParsedHeaders:
    pairs, types = _parse_headers(block)
    parsed = (pairs, MappingProxyType(types))
    if len(block) <= _HEADER_CACHE_MAX_BLOCK and len(_HEADER_CACHE) < _HEADER_CACHE_SIZE:
        _HEADER_CACHE[block] = parsed
    return parsed


def _parse_headers(block: bytes) -> Tuple[Tuple[Tuple[str, HeaderValue], ...], Dict[str, HeaderType]]:
    pairs: List[Tuple[str, HeaderValue]] = []
    types: Dict[str, HeaderType] = {}
    pos = 0
    end = len(block)
    try:
        while pos < end:
            name_length = block[pos]
            pos += 1
            if pos + name_length + 1 > end:
                raise EventStreamError("Event stream header name runs past the end of the headers")
            name = block[pos : pos + name_length].decode("utf-8")
            pos += name_length
            code = block[pos]
            pos += 1
            value: HeaderValue
            if code == 0:
                value = True
            elif code == 1:
                value = False
            elif code in _INTS:
                unpacker = _INTS[code]
                if pos + unpacker.size > end:
                    raise EventStreamError(f"Event stream header {name!r} value runs past the end of the headers")
                (value,) = unpacker.unpack_from(block, pos)
                pos += unpacker.size
            elif code == 6 or code == 7:
                if pos + 2 > end:
                    raise EventStreamError(f"Event stream header {name!r} value runs past the end of the headers")
                (length,) = _U16.unpack_from(block, pos)
                pos += 2
                if pos + length > end:
                    raise EventStreamError(f"Event stream header {name!r} value runs past the end of the headers")
                raw = block[pos : pos + length]
                pos += length
                value = raw if code == 6 else raw.decode("utf-8")
            elif code == 8:
                if pos + 8 > end:
                    raise EventStreamError(f"Event stream header {name!r} value runs past the end of the headers")
                (millis,) = _I64.unpack_from(block, pos)
                pos += 8
                try:
                    value = _EPOCH + _dt.timedelta(milliseconds=millis)
                except OverflowError:
                    raise EventStreamError(f"Event stream header {name!r}: timestamp {millis} ms is out of range")
            elif code == 9:
                if pos + 16 > end:
                    raise EventStreamError(f"Event stream header {name!r} value runs past the end of the headers")
                value = uuid.UUID(bytes=block[pos : pos + 16])
                pos += 16
            else:
                raise EventStreamError(f"Event stream header {name!r} has an unknown value type {code}")
            if name in types:
                raise EventStreamError(f"Event stream message has a duplicate header {name!r}")
            pairs.append((name, value))
            types[name] = HeaderType(code)
    except UnicodeDecodeError as exc:
        raise EventStreamError(f"Event stream header is not valid UTF-8: {exc}")
    return tuple(pairs), types


# ----------------------------------------------------------------------------------------------------- encoding


HeaderInput = Union[HeaderValue, TypedHeader]


def _infer_type(value: HeaderValue) -> HeaderType:
    if isinstance(value, bool):
        return HeaderType.BOOL_TRUE if value else HeaderType.BOOL_FALSE
    if isinstance(value, int):
        return HeaderType.INTEGER if -(2**31) <= value < 2**31 else HeaderType.LONG
    if isinstance(value, (bytes, bytearray, memoryview)):
        return HeaderType.BYTES
    if isinstance(value, str):
        return HeaderType.STRING
    if isinstance(value, _dt.datetime):
        return HeaderType.TIMESTAMP
    if not isinstance(value, uuid.UUID):  # pyright: ignore[reportUnnecessaryIsInstance]  (callers are not checked)
        raise TypeError(f"Cannot encode an event stream header value of type {type(value).__name__}")
    return HeaderType.UUID


def _encode_value(name: str, kind: HeaderType, value: HeaderValue) -> bytes:
    code = int(kind)
    if code <= 1:
        if not isinstance(value, bool) or value != (code == 0):
            raise ValueError(f"Header {name!r}: type {kind.name} needs the value {code == 0}, got {value!r}")
        return bytes((code,))
    if code in _INTS:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"Header {name!r}: type {kind.name} needs an int, got {type(value).__name__}")
        try:
            return bytes((code,)) + _INTS[code].pack(value)
        except struct.error:
            raise ValueError(f"Header {name!r}: {value} does not fit in type {kind.name}")
    if code == 6 or code == 7:
        if code == 7:
            if not isinstance(value, str):
                raise TypeError(f"Header {name!r}: type STRING needs a str, got {type(value).__name__}")
            raw = value.encode("utf-8")
        else:
            if not isinstance(value, (bytes, bytearray, memoryview)):
                raise TypeError(f"Header {name!r}: type BYTES needs bytes, got {type(value).__name__}")
            raw = bytes(value)
        if len(raw) > 0xFFFF:
            raise ValueError(f"Header {name!r}: value of {len(raw)} bytes is longer than 65535")
        return bytes((code,)) + _U16.pack(len(raw)) + raw
    if code == 8:
        if isinstance(value, _dt.datetime):
            moment = value if value.tzinfo is not None else value.replace(tzinfo=_dt.timezone.utc)
            millis = (moment - _EPOCH) // _MILLISECOND
        elif isinstance(value, int) and not isinstance(value, bool):
            millis = value
        else:
            raise TypeError(f"Header {name!r}: type TIMESTAMP needs a datetime or int milliseconds")
        try:
            return b"\x08" + _I64.pack(millis)
        except struct.error:
            raise ValueError(f"Header {name!r}: timestamp {millis} ms does not fit in 64 bits")
    given: object = value  # checked at run time: callers are not type-checked
    if isinstance(given, uuid.UUID):
        raw = given.bytes
    elif isinstance(given, (bytes, bytearray)) and len(given) == 16:
        raw = bytes(given)
    else:
        raise TypeError(f"Header {name!r}: type UUID needs a uuid.UUID or 16 bytes")
    return b"\x09" + raw


def encode_message(headers: Mapping[str, HeaderInput], payload: Union[bytes, bytearray, memoryview] = b"") -> bytes:
    """One event-stream message. A plain header value is sent as the type it suggests (``bool``, ``int`` as
    INTEGER or LONG when it needs 64 bits, ``bytes``, ``str``, ``datetime`` as TIMESTAMP (naive = UTC),
    ``uuid.UUID``); wrap it in ``TypedHeader`` to choose BYTE, SHORT, LONG or an integer TIMESTAMP."""
    parts: List[bytes] = []
    for name, given in headers.items():
        raw_name = name.encode("utf-8")
        if not 0 < len(raw_name) <= 255:
            raise ValueError(f"Header name {name!r} must be 1 to 255 bytes of UTF-8")
        if isinstance(given, TypedHeader):
            kind, value = HeaderType(given.type), given.value
        else:
            kind, value = _infer_type(given), given
        parts.append(bytes((len(raw_name),)) + raw_name + _encode_value(name, kind, value))
    block = b"".join(parts)
    body = bytes(payload)
    if len(block) > MAX_HEADERS_LENGTH:
        raise ValueError(f"Headers of {len(block)} bytes exceed the maximum of {MAX_HEADERS_LENGTH}")
    if len(body) > MAX_PAYLOAD_LENGTH:
        raise ValueError(f"A payload of {len(body)} bytes exceeds the maximum of {MAX_PAYLOAD_LENGTH}")
    total = MIN_MESSAGE_LENGTH + len(block) + len(body)
    head = struct.pack(">II", total, len(block))
    message = head + _U32.pack(zlib.crc32(head)) + block + body
    return message + _U32.pack(zlib.crc32(message))


# ------------------------------------------------------------------------------------------------------ Bedrock


def _botocore_value(value: HeaderValue) -> Any:
    """A header value as botocore reports it (timestamps as integer milliseconds, UUIDs as their 16 bytes)."""
    if isinstance(value, _dt.datetime):
        return (value - _EPOCH) // _MILLISECOND
    if isinstance(value, uuid.UUID):
        return value.bytes
    return value


_CHUNK_START = b'{"bytes":"'
_PADDING_START = b',"p":"'


def _simple_chunk(payload: bytes) -> Optional[bytes]:
    """The base64 text of the payload Bedrock sends, ``{"bytes":"<base64>"}`` optionally followed by a padding field
    ``"p":"<letters>"``, read without a JSON parser; None for any other shape (decode it as JSON)."""
    if payload[:10] != _CHUNK_START:
        return None
    close = payload.find(b'"', 10)
    if close < 0:
        return None
    rest = payload[close + 1 :]
    if rest != b"}" and not (
        rest[:6] == _PADDING_START and rest[-2:] == b'"}' and rest.count(b'"') == 4 and b"\\" not in rest
    ):
        return None
    encoded = payload[10:close]
    if b"\\" in encoded or not encoded.isascii():
        return None
    return encoded


def bedrock_event(message: EventStreamMessage) -> Optional[ServerSentEvent]:
    """The ``completion`` pseudo-event of one Bedrock ``invoke-with-response-stream`` message, or None for a message
    that carries no chunk. Raises ``ValueError("Bad response code, expected 200: ...")`` for an ``exception`` or
    ``error`` message (the text is the one of the reference SDK)."""
    data = bedrock_chunk_bytes(message)
    if data is None:
        return None
    return ServerSentEvent(event="completion", data=data.decode("utf-8"), raw_data=data)


def bedrock_chunk_bytes(message: EventStreamMessage) -> Optional[bytes]:
    """The JSON bytes of the Anthropic stream event a Bedrock message carries (None if it carries none), for a
    caller that parses bytes directly; raises like ``bedrock_event`` (but leaves UTF-8 checking to the parser)."""
    headers = message.headers
    message_type = headers.get(":message-type")
    if message_type == "exception" or message_type == "error":
        response = {
            "status_code": 400,
            "headers": {name: _botocore_value(value) for name, value in headers.items()},
            "body": message.payload,
        }
        raise ValueError(f"Bad response code, expected 200: {response}")
    if headers.get(":event-type") != "chunk":
        return None
    payload = message.payload
    encoded: object = _simple_chunk(payload)
    if encoded is None:
        encoded = _json_chunk(payload)
        if encoded is None:
            return None
    if not isinstance(encoded, (str, bytes)):
        raise EventStreamError(f"Bedrock chunk event has a non-string `bytes` field: {encoded!r}")
    try:
        data = base64.b64decode(encoded)
    except binascii.Error as exc:
        raise EventStreamError(f"Bedrock chunk event has invalid base64 `bytes`: {exc}")
    return data or None


def _json_chunk(payload: bytes) -> object:
    """The ``bytes`` field of a chunk payload of any other shape (None if it has none), read as botocore does."""
    if not payload:
        return None
    text = payload.decode("utf-8")
    try:
        parsed = json.loads(text)
    except ValueError:
        return None  # botocore reads an unparsable body as {"message": <text>}: no chunk
    if not isinstance(parsed, dict):
        raise EventStreamError(f"Bedrock chunk event payload is not a JSON object: {text[:200]!r}")
    fields: Dict[str, object] = parsed  # pyright: ignore[reportUnknownVariableType]
    return fields.get("bytes")


class AWSEventStreamDecoder:
    """Bedrock response bodies to ``completion`` server-sent events (see ``bedrock_event``).

    ``iter_bytes``/``aiter_bytes`` decode a whole body (each call from a fresh state); ``feed``/``end`` decode one
    body chunk by chunk. Unlike the reference (which stops quietly), a body that ends inside a message raises
    ``EventStreamError``.
    """

    __slots__ = ("_decoder",)

    def __init__(self) -> None:
        self._decoder = EventStreamDecoder()

    def feed(self, chunk: Union[bytes, bytearray, memoryview]) -> Iterator[ServerSentEvent]:
        """The events completed by ``chunk``, one at a time."""
        for message in self._decoder.iter_feed(chunk):
            event = bedrock_event(message)
            if event is not None:
                yield event

    def end(self) -> None:
        """The body is over (raises ``EventStreamError`` if it stopped inside a message)."""
        self._decoder.end()

    def iter_bytes(self, iterator: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        decoder = EventStreamDecoder()
        for chunk in iterator:
            for message in decoder.iter_feed(chunk):
                event = bedrock_event(message)
                if event is not None:
                    yield event
        decoder.end()

    async def aiter_bytes(self, iterator: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        decoder = EventStreamDecoder()
        async for chunk in iterator:
            for message in decoder.iter_feed(chunk):
                event = bedrock_event(message)
                if event is not None:
                    yield event
        decoder.end()

"""``EventDecoder``: SSE bytes to typed stream items (its fast path must agree with the general one). No I/O."""

from __future__ import annotations

import json
from typing import Any, List, Tuple

import httpx
import pytest

import anthropic
from anthropic._core.events import EventDecoder
from anthropic._core.parse import SKIP, decode_event
from anthropic._core.sse import SSEDecoder, simple_event
from anthropic._exceptions import FIRST_PARTY_ERRORS
from anthropic._models import UnknownVariant
from anthropic.types import Completion, RawMessageStreamEvent

RESPONSE = httpx.Response(
    200, headers={"request-id": "req_1"}, request=httpx.Request("POST", "https://api.test/v1/messages")
)


def ev(name: str, data: Any) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


DELTA = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}}
STOP = {"type": "content_block_stop", "index": 0}

WEIRD = (
    b": a comment\r\n"
    b"event: content_block_delta\r\n"
    b'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\\u2028b"}}\r\n\r\n'
    b"event: ping\ndata: {}\n\n"
    b'id: 7\nevent: content_block_stop\ndata: {"index": 1}\n\n'  # no "type": taken from the event name
    b"\n\n\n"
    b'retry: 10\nevent: content_block_stop\ndata: {\ndata: "type": "content_block_stop", "index": 2}\n\n'
    b"data: {}\n\n"  # no event name: ignored
    b"event: future_event\ndata: {}\n\n"  # unknown name: ignored
    b"event: content_block_delta\ndata: "
    + json.dumps({**DELTA, "delta": {"type": "future_delta", "x": 1}}).encode()
    + b"\r\r"
    b'event: content_block_stop\ndata: {"type": "content_block_stop", "index": 3}\n\n'
    b'event: message_stop\ndata: {"type": "message_stop"}\n'  # not terminated: never dispatched
)


def decode(chunks: List[bytes], cast_to: Any = RawMessageStreamEvent) -> List[Any]:
    decoder = EventDecoder(cast_to, RESPONSE, strict=False, status_errors=FIRST_PARTY_ERRORS)
    items: List[Any] = []
    for chunk in chunks:
        items.extend(decoder.feed(chunk))
    items.extend(decoder.end())
    return items


def general(data: bytes) -> List[Any]:
    """The straightforward way: every event through ``decode_event``."""
    items = []
    for sse in SSEDecoder().decode([data]):
        item = decode_event(sse, RawMessageStreamEvent, RESPONSE, strict=False, status_errors=FIRST_PARTY_ERRORS)
        if item is not SKIP:
            items.append(item)
    return items


def test_weird_stream() -> None:
    items = decode([WEIRD])
    assert [(type(i).__name__, i.type) for i in items] == [
        ("RawContentBlockDeltaEvent", "content_block_delta"),
        ("RawContentBlockStopEvent", "content_block_stop"),
        ("RawContentBlockStopEvent", "content_block_stop"),
        ("RawContentBlockDeltaEvent", "content_block_delta"),
        ("RawContentBlockStopEvent", "content_block_stop"),
    ]
    assert items[0].delta.text == "a\u2028b"
    assert [i.index for i in items if i.type == "content_block_stop"] == [1, 2, 3]
    assert isinstance(items[3].delta, UnknownVariant) and items[3].delta.to_dict() == {"type": "future_delta", "x": 1}
    assert items == general(WEIRD)


def test_weird_stream_split_anywhere() -> None:
    whole = decode([WEIRD])
    for cut in range(1, len(WEIRD)):
        assert decode([WEIRD[:cut], WEIRD[cut:]]) == whole, cut
    assert decode([WEIRD[i : i + 1] for i in range(len(WEIRD))]) == whole


def test_error_event_raises_after_the_events_before_it() -> None:
    data = (
        ev("content_block_delta", DELTA)
        + ev("error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
        + ev("content_block_stop", STOP)
    )
    decoder = EventDecoder(RawMessageStreamEvent, RESPONSE, strict=False, status_errors=FIRST_PARTY_ERRORS)
    items = decoder.feed(data)
    assert next(items).type == "content_block_delta"
    with pytest.raises(anthropic.APIStatusError) as info:
        next(items)
    assert info.value.status_code == 200
    assert info.value.request_id == "req_1"
    assert info.value.body == {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    assert str(info.value) == "{'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}"


def test_completion_events() -> None:
    piece = {"type": "completion", "id": "c", "completion": " hi", "stop_reason": None, "model": "claude-2.1"}
    items = decode(
        [ev("completion", piece) + ev("ping", {}) + ev("completion", {**piece, "completion": ""})], Completion
    )
    assert [i.completion for i in items] == [" hi", ""]
    assert all(isinstance(i, Completion) for i in items)


def test_invalid_json_in_a_message_event() -> None:
    with pytest.raises(anthropic.APIResponseValidationError):
        decode([b"event: content_block_delta\ndata: {nope\n\n"])


def test_strict_client_rejects_a_mismatch() -> None:
    decoder = EventDecoder(RawMessageStreamEvent, RESPONSE, strict=True, status_errors=FIRST_PARTY_ERRORS)
    with pytest.raises(anthropic.APIResponseValidationError):
        list(decoder.feed(ev("content_block_delta", {**DELTA, "index": "zero"})))
    lenient = decode([ev("content_block_delta", {**DELTA, "index": "zero"})])
    assert lenient[0].index == "zero"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (b"event: ping\ndata: {}", ("ping", b"{}")),
        (b"event: x\ndata: ", ("x", b"")),
        (b"event: x\ndata:  two spaces", ("x", b" two spaces")),
        (b"event: \ndata: x", None),  # empty name: the general path makes it None
        (b"event: x\ndata: a\ndata: b", None),
        (b"id: 1\nevent: x\ndata: a", None),
        (b"event:x\ndata: a", None),
        (b"data: a", None),
    ],
)
def test_simple_event_shape(block: bytes, expected: Tuple[str, bytes]) -> None:
    assert simple_event(block) == expected


def test_complete_keeps_the_unfinished_event() -> None:
    decoder = SSEDecoder()
    assert decoder.complete(b"event: a\ndata: 1\n") is None
    assert decoder.complete(b"\nevent: b\n") == b"event: a\ndata: 1"
    assert decoder.complete(b"data: 2\r") is None
    assert decoder.complete(b"\n\r\n") == b"event: b\ndata: 2"
    assert decoder.blocks(b"event: c\ndata: 3\n\nevent: d\ndata: 4\n\n") == [b"event: c\ndata: 3", b"event: d\ndata: 4"]


START = {
    "type": "message_start",
    "message": {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    },
}


def test_a_leading_bom_keeps_the_first_event() -> None:
    raw = b"\xef\xbb\xbf" + ev("message_start", START) + ev("content_block_delta", DELTA)
    expected = ["message_start", "content_block_delta"]
    assert [i.type for i in decode([raw])] == expected
    for cut in range(1, 5):
        assert [i.type for i in decode([raw[:cut], raw[cut:]])] == expected
    assert [i.type for i in decode([b"\xef", b"\xbb", b"\xbf", raw[3:]])] == expected


def test_invalid_utf8_in_a_text_delta_is_replaced() -> None:
    raw = ev("content_block_delta", DELTA).replace(b'"hi"', b'"h\xffi\xe2\x82"') + ev("content_block_stop", STOP)
    items = decode([raw])
    assert [i.type for i in items] == ["content_block_delta", "content_block_stop"]
    assert items[0].delta.text == "h\ufffdi\ufffd"
    # the general path (multi-line data, an id) agrees
    raw2 = b"id: \xff\nevent: content_block_delta\ndata: " + json.dumps(DELTA).encode().replace(b'"hi"', b'"h\xffi"')
    (item,) = decode([raw2 + b"\n\n"])
    assert item.delta.text == "h\ufffdi"


def test_invalid_utf8_in_a_completion_event_is_replaced() -> None:
    piece = {"type": "completion", "id": "c", "completion": "X", "stop_reason": None, "model": "claude-2.1"}
    (item,) = decode([ev("completion", piece).replace(b'"X"', b'"\xc3"')], Completion)
    assert item.completion == "\ufffd"


def test_invalid_utf8_in_an_event_name_skips_the_event() -> None:
    raw = ev("content_block_\xffdelta", DELTA).replace(b"\xc3\xbf", b"\xff") + ev("content_block_stop", STOP)
    assert [i.type for i in decode([raw])] == ["content_block_stop"]


def test_invalid_utf8_that_breaks_the_json_fails_as_malformed_json() -> None:
    raw = b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0, "delta": "\xff\n\n'
    with pytest.raises(anthropic.APIResponseValidationError) as info:
        decode([raw])
    assert info.value.body == '{"type": "content_block_delta", "index": 0, "delta": "\ufffd'


def test_invalid_utf8_in_an_error_event() -> None:
    with pytest.raises(anthropic.APIStatusError) as info:
        decode([b'event: error\ndata: {"error": {"message": "bad \xff"}}\n\n'])
    assert info.value.body == {"error": {"message": "bad \ufffd"}}
    with pytest.raises(anthropic.APIStatusError) as info:
        decode([b"event: error\ndata: not json \xff\n\n"])
    assert info.value.body == "not json \ufffd"
    assert str(info.value) == "not json \ufffd"

# File generated from tests/async_tests/test_sse_faults.py by tools/unasync.py. Do not edit.
"""Hostile SSE bodies over a real socket: a leading BOM, invalid UTF-8, one huge event.

* A UTF-8 byte order mark at the start of the stream is stripped (as the SSE specification
  says), even when it arrives split across chunks; the first event is not lost.
* Invalid UTF-8 is decoded with replacement (U+FFFD): the event still parses if its JSON is
  valid, and fails as malformed JSON does (``APIResponseValidationError``) if it is not.
* Decoding one huge event takes time linear in its size (10 MB vs 20 MB in 16 KiB chunks).
"""

from __future__ import annotations

import time
from typing import Any, Dict, List

import pytest

import anthropic
from anthropic import Anthropic
from anthropic.testing import FakeAnthropic, Reply, sse_event

pytestmark = pytest.mark.anyio

PARAMS: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": []}
BOM = b"\xef\xbb\xbf"
TEXT_MARK = b'"text":"hello"'


def events(text: str = "hello") -> List[Dict[str, Any]]:
    return [
        {
            "type": "message_start",
            "message": {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "claude-sonnet-4-5",
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 3, "output_tokens": 1},
            },
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 2},
        },
        {"type": "message_stop"},
    ]


def body(text: str = "hello") -> bytes:
    return b"".join(sse_event(e["type"], e) for e in events(text))


def sse_reply(chunks: List[bytes]) -> Reply:
    return Reply(chunks=chunks, content_type="text/event-stream; charset=utf-8")


# ------------------------------------------------------------------------------------------ BOM


@pytest.mark.parametrize("cut", [0, 1, 2, 3, 4])
def test_leading_bom_is_stripped(client: Anthropic, server: FakeAnthropic, cut: int) -> None:
    raw = BOM + body()
    chunks = [raw[:cut], raw[cut:]] if cut else [raw]
    server.enqueue(sse_reply(chunks))
    with client.messages.stream(**PARAMS) as stream:
        message = stream.get_final_message()
    assert message.id == "msg_1"
    assert message.stop_reason == "end_turn"
    assert message.content[0].type == "text" and message.content[0].text == "hello"


def test_leading_bom_in_a_raw_stream(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(sse_reply([BOM[:1], BOM[1:2], BOM[2:] + body()]))
    stream = client.messages.create(**PARAMS, stream=True)
    types = [event.type for event in stream]
    assert types == [e["type"] for e in events()]


# ------------------------------------------------------------------------------------------ invalid UTF-8


def test_invalid_utf8_is_replaced(client: Anthropic, server: FakeAnthropic) -> None:
    raw = body().replace(TEXT_MARK, b'"text":"he\xffllo\xe2\x82"')
    server.enqueue(sse_reply([raw]))
    with client.messages.stream(**PARAMS) as stream:
        text = stream.get_final_text()
    assert text == "he\ufffdllo\ufffd"


def test_invalid_utf8_split_across_chunks_in_a_raw_stream(client: Anthropic, server: FakeAnthropic) -> None:
    raw = body().replace(TEXT_MARK, b'"text":"\xf0\x9f\x98\x80 \xf0\x9f"')
    at = raw.index(b"\xf0\x9f\x98\x80") + 2  # a valid emoji cut in two, then a truncated one
    server.enqueue(sse_reply([raw[:at], raw[at:]]))
    stream = client.messages.create(**PARAMS, stream=True)
    deltas = [event for event in stream if event.type == "content_block_delta"]
    assert [d.delta.text for d in deltas] == ["\U0001f600 \ufffd"]  # pyright: ignore


def test_invalid_utf8_that_breaks_the_json_fails_as_malformed_json(client: Anthropic, server: FakeAnthropic) -> None:
    raw = body().replace(TEXT_MARK, b'"text":"he\xff')  # the string is never closed
    server.enqueue(sse_reply([raw]))
    with pytest.raises(anthropic.APIResponseValidationError) as info:
        with client.messages.stream(**PARAMS) as stream:
            stream.get_final_text()
    assert isinstance(info.value.body, str) and '"text":"he\ufffd}}' in info.value.body


def test_invalid_utf8_in_an_error_event(client: Anthropic, server: FakeAnthropic) -> None:
    # (Not an overloaded_error: one this early would be retried.)
    error = b'event: error\ndata: {"type":"error","error":{"type":"invalid_request_error","message":"busy \xff"}}\n\n'
    server.enqueue(sse_reply([body().split(b"event: content_block_delta")[0] + error]))
    stream = client.messages.create(**PARAMS, stream=True)
    with pytest.raises(anthropic.APIStatusError) as info:
        for _ in stream:
            pass
    assert info.value.body == {"type": "error", "error": {"type": "invalid_request_error", "message": "busy \ufffd"}}


# ------------------------------------------------------------------------------------------ one huge event

CHUNK = 16 * 1024
MB = 1_000_000


def decode_time(client: Anthropic, server: FakeAnthropic, raw: bytes, size: int) -> float:
    """Seconds to read and decode a stream whose text delta is ``size`` bytes (sent in 16 KiB chunks)."""
    server.enqueue(sse_reply([raw[i : i + CHUNK] for i in range(0, len(raw), CHUNK)]))
    start = time.perf_counter()
    stream = client.messages.create(**PARAMS, stream=True)
    lengths = [len(event.delta.text) for event in stream if event.type == "content_block_delta"]  # pyright: ignore
    elapsed = time.perf_counter() - start
    assert lengths == [size]
    return elapsed


def test_one_huge_event_decodes_in_linear_time(client: Anthropic, server: FakeAnthropic) -> None:
    # Before the decoder kept an unfinished event's chunks apart, every chunk copied and searched
    # everything received so far: 20 MB took about 4x as long as 10 MB (seconds, not milliseconds).
    small, large = body("x" * (10 * MB)), body("x" * (20 * MB))
    decode_time(client, server, body("x" * MB), MB)  # warm up
    t_small: List[float] = []
    t_large: List[float] = []
    for _ in range(3):  # interleaved, the best of three: other work on the machine skews single runs
        t_small.append(decode_time(client, server, small, 10 * MB))
        t_large.append(decode_time(client, server, large, 20 * MB))
    assert min(t_large) / min(t_small) < 2.5, (t_small, t_large)

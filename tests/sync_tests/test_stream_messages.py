# File generated from tests/async_tests/test_stream_messages.py by tools/unasync.py. Do not edit.
"""``messages.stream()`` over real sockets: the manager, the stream's helpers, errors, the request on the wire."""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, List

import pytest

import anthropic
from anthropic import Anthropic, MessageStream, Stream
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types import Message
from tests.lib.streams import reply

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello there friend"}]
PARAMS: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": MESSAGES}
TOOLS: List[Any] = [
    {
        "name": "get_weather",
        "description": "The weather somewhere",
        "input_schema": {
            "type": "object",
            "properties": {"location": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["location", "days"],
        },
    }
]


def types(events: List[Any]) -> List[str]:
    return [event.type for event in events]


def test_text_stream_and_final_message(client: Anthropic, server: FakeAnthropic) -> None:
    with client.messages.stream(**PARAMS) as stream:
        assert isinstance(stream, MessageStream)
        texts = [text for text in stream.text_stream]
        message = stream.get_final_message()
        assert stream.get_final_text() == "Echo: Hello there friend"
    assert texts == ["Echo:", " Hello", " there", " friend"]
    assert isinstance(message, Message)
    assert message is stream.current_message_snapshot
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens == 4 and message.usage.input_tokens > 0
    assert stream.request_id == server.last_request.headers.get("x-request-id", stream.request_id)
    assert stream.request_id is not None and stream.request_id.startswith("req_")


def test_events_of_every_block_type(client: Anthropic) -> None:
    params = {**PARAMS, "max_tokens": 2000, "tools": TOOLS, "thinking": {"type": "enabled", "budget_tokens": 1024}}
    with client.messages.stream(**params) as stream:
        events: List[Any] = [event for event in stream]
    names = types(events)
    assert names[:3] == ["message_start", "content_block_start", "content_block_delta"]
    assert names[-2:] == ["message_delta", "message_stop"]
    assert {"thinking", "signature", "text", "input_json", "content_block_stop"} <= set(names)
    thinking = [e for e in events if e.type == "thinking"]
    assert thinking[-1].snapshot.endswith("I should call the get_weather tool.")
    inputs = [e.snapshot for e in events if e.type == "input_json"]
    assert inputs[0] == {} and inputs[-1] == {"location": "Hello there friend", "days": 1}
    stop = events[-1]
    assert type(stop).__name__ == "MessageStopEvent"
    assert [block.type for block in stop.message.content] == ["thinking", "text", "tool_use"]
    assert stop.message.content[0].signature == [e for e in events if e.type == "signature"][0].signature
    assert stop.message.stop_reason == "tool_use"
    block_stops = [e for e in events if e.type == "content_block_stop"]
    assert [type(e).__name__ for e in block_stops] == ["ContentBlockStopEvent"] * 3
    assert [e.content_block for e in block_stops] == stop.message.content


def test_citations_from_the_default_responder(client: Anthropic) -> None:
    document = {
        "type": "document",
        "title": "Colours",
        "source": {"type": "text", "media_type": "text/plain", "data": "The grass is green. The sky is blue."},
        "citations": {"enabled": True},
    }
    messages = [{"role": "user", "content": [document, {"type": "text", "text": "What colour is grass?"}]}]
    with client.messages.stream(**{**PARAMS, "messages": messages}) as stream:
        events: List[Any] = [event for event in stream]
    citations = [e for e in events if e.type == "citation"]
    assert len(citations) == 1
    assert citations[0].citation.cited_text == "The grass is green."
    assert citations[0].snapshot == [citations[0].citation]
    message: Any = stream.get_final_message()
    assert message.content[1].citations == [citations[0].citation]
    assert message.content[1].text == " The grass is green."


def test_iteration_and_text_stream_share_one_pass(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS) as stream:
        first = [stream.__next__() for _ in range(4)]  # message_start, block start, delta, text event
        assert types(first) == ["message_start", "content_block_start", "content_block_delta", "text"]
        second = stream.__next__()  # the next raw delta; its text event is next in line
        assert second.type == "content_block_delta"
        rest = [text for text in stream.text_stream]
        assert rest == [" there", " friend"]  # text_stream takes that text event (and skips it), as the reference
        assert [event for event in stream] == []
        final: Any = stream.get_final_message()
        assert final.content[0].text == "Echo: Hello there friend"


def test_alternating_iteration_and_text_stream(client: Anthropic) -> None:
    """Taking one event, then one text, and so on: after each text, the iteration gets its text event."""
    pieces: List[Any] = []
    with client.messages.stream(**{**PARAMS, "messages": [{"role": "user", "content": "a b c d e f"}]}) as stream:
        while True:
            try:
                event = stream.__next__()
                pieces.append((event.type, getattr(event, "text", None)))
                pieces.append(stream.text_stream.__next__())
            except StopIteration:
                break
    texts = ["Echo:", " a", " b", " c", " d", " e", " f"]
    assert pieces == [("message_start", None)] + [item for text in texts for item in (text, ("text", text))]


def test_until_done_and_snapshot(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS) as stream:
        stream.__next__()
        snapshot: Any = stream.current_message_snapshot
        assert snapshot.content == [] and snapshot.stop_reason is None
        stream.until_done()
        assert stream.current_message_snapshot is snapshot
        assert snapshot.content[0].text == "Echo: Hello there friend"
        assert snapshot.stop_reason == "end_turn"
        assert stream.response.is_closed


def test_snapshot_before_message_start(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(AssertionError):
            stream.current_message_snapshot  # noqa: B018


def test_get_final_text_without_text_blocks(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(
        reply("tools/TestSyncRunTools.test_streaming_call_sync_events.9cb114c8-69bd-4111-841b-edee30333afd.json#0")
    )
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(RuntimeError) as info:
            stream.get_final_text()
    assert str(info.value) == (
        ".get_final_text() can only be called when the API returns a `text` content block.\n"
        "The API returned tool_use content block type(s) that you can access by calling get_final_message().content"
    )


def test_nothing_is_sent_until_entered(client: Anthropic, server: FakeAnthropic) -> None:
    manager = client.messages.stream(**PARAMS)
    assert server.requests == []
    with manager as stream:
        assert len(server.requests) == 1
        assert not stream.response.is_closed
    assert stream.response.is_closed  # closed on exit, unread
    assert len(server.requests) == 1


def test_closing_early(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS, extra_headers={"x-fake-text-deltas": "2000"}) as stream:
        assert (stream.__next__()).type == "message_start"
        stream.close()
        assert stream.response.is_closed
        with pytest.raises(anthropic.APIConnectionError):
            for _ in stream:
                pass
    stream.close()  # idempotent


def test_exit_on_error_closes_the_response(client: Anthropic) -> None:
    with pytest.raises(KeyError):
        with client.messages.stream(**PARAMS) as stream:
            raise KeyError("boom")
    assert stream.response.is_closed


def test_the_stream_is_a_context_manager_too(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS) as outer:
        with outer as stream:
            assert stream is outer
        assert stream.response.is_closed


def test_status_error_at_enter(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400))
    manager = client.messages.stream(**PARAMS)
    with pytest.raises(anthropic.BadRequestError) as info:
        with manager:
            pytest.fail("the body must not run")
    assert info.value.status_code == 400
    assert len(server.requests) == 1


def test_retries_at_enter(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=529))
    server.enqueue(Reply(status=500))
    with client.messages.stream(**PARAMS) as stream:
        assert stream.get_final_text() == "Echo: Hello there friend"
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1", "2"]


def test_error_event_mid_stream(client: Anthropic, server: FakeAnthropic) -> None:
    start = {
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
    # Not retryable (an overloaded_error this early is retried: see test_stream_recovery.py).
    error = {"type": "error", "error": {"type": "invalid_request_error", "message": "Bad"}}
    server.enqueue(
        Reply(
            sse=[
                start,
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                sse_event("error", error),
            ]
        )
    )
    seen: List[str] = []
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.APIStatusError) as info:
            for event in stream:
                seen.append(event.type)
    assert seen == ["message_start", "content_block_start"]
    assert info.value.status_code == 200
    assert info.value.body == error
    assert str(info.value) == str(error)
    snapshot: Any = stream.current_message_snapshot
    assert snapshot.content[0].text == ""
    assert stream.response.is_closed


def test_disconnect_mid_stream(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop_after=600))
    with client.messages.stream(**PARAMS) as stream:
        with pytest.raises(anthropic.APIConnectionError) as info:
            for _ in stream.text_stream:
                pass
    assert info.value.__cause__ is not None
    assert server.requests[0].headers["x-stainless-retry-count"] == "0" and len(server.requests) == 1


def test_request_on_the_wire(client: Anthropic, server: FakeAnthropic) -> None:
    with client.messages.stream(
        max_tokens=64,
        messages=MESSAGES,
        model="claude-sonnet-4-5",
        tool_choice={"type": "auto"},
        thinking={"type": "disabled"},
        tools=[],
        top_p=0.5,
        top_k=3,
        temperature=0.2,
        system="Be brief.",
        stop_sequences=["END"],
        service_tier="auto",
        container="ctr_1",
        metadata={"user_id": "u"},
        extra_headers={"X-Trace": "t"},
        extra_query={"q": "1"},
        extra_body={"custom": True},
    ) as stream:
        stream.until_done()
    request = server.last_request
    assert (request.method, request.path, request.query) == ("POST", "/v1/messages", {"q": "1"})
    assert request.headers["x-stainless-stream-helper"] == "messages"
    assert request.headers["x-trace"] == "t"
    assert request.headers["accept"] == "application/json"
    assert request.headers["x-stainless-timeout"] == "NOT_GIVEN"
    assert list(json.loads(request.body)) == [
        "max_tokens",
        "messages",
        "model",
        "metadata",
        "container",
        "service_tier",
        "stop_sequences",
        "system",
        "temperature",
        "top_k",
        "top_p",
        "tools",
        "thinking",
        "tool_choice",
        "stream",
        "custom",
    ]
    assert request.body.endswith(b',"stream":true,"custom":true}')


def test_helper_header_can_be_overridden(client: Anthropic, server: FakeAnthropic) -> None:
    with client.messages.stream(**PARAMS, extra_headers={"x-stainless-stream-helper": "mine"}):
        pass
    assert server.last_request.headers.get_list("x-stainless-stream-helper") == ["mine"]


def test_deprecated_model_warns_when_the_stream_is_created(client: Anthropic) -> None:
    with pytest.warns(DeprecationWarning, match="The model 'claude-2.1' is deprecated") as record:
        manager = client.messages.stream(**{**PARAMS, "model": "claude-2.1"})
    assert record[0].filename == __file__
    with manager as stream:
        stream.until_done()


def test_isinstance_of_the_raw_stream_class_is_deprecated(client: Anthropic) -> None:
    with client.messages.stream(**PARAMS) as stream:
        with pytest.warns(DeprecationWarning) as record:
            assert isinstance(stream, Stream)
        assert str(record[0].message) == (
            f"Using `isinstance()` to check if a `{type(stream).__name__}` object is an instance of "
            f"`{Stream.__name__}` is deprecated & will be removed in the next major version"
        )
        assert record[0].filename == __file__
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert not isinstance(object(), Stream)
            assert not issubclass(type(stream), Stream)
        stream.until_done()

# File generated from tests/async_tests/test_stream_beta.py by tools/unasync.py. Do not edit.
"""``beta.messages``: ``create`` (incl. ``stream=True``), ``stream()`` and ``count_tokens`` over real sockets."""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, List

import pydantic
import pytest

from anthropic import Anthropic, BetaMessageStream, Stream
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types.beta import BetaMessage, BetaMessageTokensCount
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello there"}]
PARAMS: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": MESSAGES}
SCHEMA = {"type": "json_schema", "schema": {"type": "object", "properties": {"name": {"type": "string"}}}}


def test_stream(client: Anthropic, server: FakeAnthropic) -> None:
    with client.beta.messages.stream(**PARAMS, betas=["b1", "b2"]) as stream:
        assert isinstance(stream, BetaMessageStream)
        events = [event for event in stream]
        message: Any = stream.get_final_message()
    assert [type(e).__name__ for e in events if e.type in ("text", "content_block_stop", "message_stop")] == [
        "ParsedBetaTextEvent",
        "ParsedBetaTextEvent",
        "ParsedBetaTextEvent",
        "ParsedBetaContentBlockStopEvent",
        "ParsedBetaMessageStopEvent",
    ]
    assert type(message.content[0]).__name__ == "ParsedBetaTextBlock"
    assert message.content[0].text == "Echo: Hello there"
    assert message.parsed_output is None
    assert isinstance(message, ParsedBetaMessage)
    request = server.last_request
    assert (request.path, request.query) == ("/v1/messages", {"beta": "true"})
    assert request.headers["x-stainless-stream-helper"] == "beta.messages"
    assert request.headers["anthropic-beta"] == "b1,b2"
    assert request.headers["x-stainless-timeout"] == "NOT_GIVEN"


def test_stream_is_not_an_instance_of_the_raw_stream(client: Anthropic) -> None:
    with client.beta.messages.stream(**PARAMS) as stream:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert not isinstance(stream, Stream)
        assert [t for t in stream.text_stream] == ["Echo:", " Hello", " there"]


def test_stream_body_order_and_beta_query_kept(client: Anthropic, server: FakeAnthropic) -> None:
    with client.beta.messages.stream(
        max_tokens=64,
        messages=MESSAGES,
        model="claude-sonnet-4-5",
        tool_choice={"type": "auto"},
        tools=[],
        top_p=0.5,
        top_k=3,
        thinking={"type": "disabled"},
        temperature=0.2,
        system="Be brief.",
        stop_sequences=["END"],
        service_tier="auto",
        mcp_servers=[],
        context_management={"edits": []},
        container="ctr_1",
        output_format=SCHEMA,  # type: ignore[arg-type]
        metadata={"user_id": "u"},
        extra_query={"q": "1"},
    ) as stream:
        stream.until_done()
    request = server.last_request
    assert request.query_list == [("beta", "true"), ("q", "1")]
    body = json.loads(request.body)
    assert list(body) == [
        "max_tokens",
        "messages",
        "model",
        "metadata",
        "output_format",
        "container",
        "context_management",
        "mcp_servers",
        "service_tier",
        "stop_sequences",
        "system",
        "temperature",
        "thinking",
        "top_k",
        "top_p",
        "tools",
        "tool_choice",
        "stream",
    ]
    assert body["output_format"] == SCHEMA
    assert "anthropic-beta" not in request.headers


class Answer(pydantic.BaseModel):
    name: str


def text_message_events(text: str) -> List[bytes]:
    """The SSE events of a message with one text block (``text`` in two deltas)."""
    half = len(text) // 2
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": [],
               "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 3, "output_tokens": 0}}  # fmt: skip
    return [
        sse_event("message_start", {"type": "message_start", "message": message}),
        sse_event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),  # fmt: skip
        sse_event(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text[:half]}},
        ),  # fmt: skip
        sse_event(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text[half:]}},
        ),  # fmt: skip
        sse_event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        sse_event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 5},
            },
        ),  # fmt: skip
        sse_event("message_stop", {"type": "message_stop"}),
    ]


def test_stream_with_an_output_format_type(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(sse=text_message_events('{"name": "Ann"}')))
    with client.beta.messages.stream(**PARAMS, output_format=Answer) as stream:
        events = [event for event in stream]
        message = stream.get_final_message()
    assert message.parsed_output == Answer(name="Ann")
    stop = [e for e in events if e.type == "content_block_stop"][0]
    assert stop.content_block.parsed_output == Answer(name="Ann")  # type: ignore[union-attr]
    body = server.last_request.json()
    assert body["output_format"] == {
        "schema": {
            "type": "object",
            "title": "Answer",
            "properties": {"name": {"type": "string", "title": "Name"}},
            "additionalProperties": False,
            "required": ["name"],
        },
        "type": "json_schema",
    }
    assert "anthropic-beta" not in server.last_request.headers  # stream() adds no beta of its own


def test_stream_with_an_output_format_mismatch(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(sse=text_message_events('{"nom": "Ann"}')))
    with client.beta.messages.stream(**PARAMS, output_format=Answer) as stream:
        with pytest.raises(pydantic.ValidationError):
            stream.get_final_message()


def test_create(client: Anthropic, server: FakeAnthropic) -> None:
    message = client.beta.messages.create(**PARAMS, betas=["b1"], container="ctr_1")
    assert isinstance(message, BetaMessage)
    assert message.content[0].text == "Echo: Hello there"  # type: ignore[union-attr]
    request = server.last_request
    assert request.raw_path == "/v1/messages?beta=true"
    assert request.headers["anthropic-beta"] == "b1"
    assert request.headers["x-stainless-timeout"] == "600"
    assert list(json.loads(request.body)) == ["max_tokens", "messages", "model", "container"]


def test_create_streaming(client: Anthropic, server: FakeAnthropic) -> None:
    stream = client.beta.messages.create(**PARAMS, stream=True)
    assert isinstance(stream, Stream)
    with stream:
        names = [type(event).__name__ for event in stream]
    assert names[0] == "BetaRawMessageStartEvent"
    assert "BetaRawContentBlockDeltaEvent" in names
    assert json.loads(server.last_request.body)["stream"] is True


def test_create_refuses_a_model_class(client: Anthropic, server: FakeAnthropic) -> None:
    with pytest.raises(TypeError) as info:
        client.beta.messages.create(**PARAMS, output_format=Answer)  # type: ignore[arg-type]
    assert str(info.value) == (
        "You tried to pass a `BaseModel` class to `beta.messages.create()`; You must use `beta.messages.parse()` instead"
    )
    assert server.requests == []


def test_create_long_request_guard(client: Anthropic, server: FakeAnthropic) -> None:
    with pytest.raises(ValueError, match="Streaming is required"):
        client.beta.messages.create(**{**PARAMS, "max_tokens": 30000})
    assert server.requests == []


def test_deprecated_models_warn(client: Anthropic) -> None:
    with pytest.warns(DeprecationWarning, match="claude-2.1") as record:
        client.beta.messages.create(**{**PARAMS, "model": "claude-2.1"})
    assert record[0].filename == __file__
    with pytest.warns(DeprecationWarning, match="claude-2.1") as record:
        manager = client.beta.messages.stream(**{**PARAMS, "model": "claude-2.1"})
    assert record[0].filename == __file__
    with manager as stream:
        stream.until_done()


def test_count_tokens(client: Anthropic, server: FakeAnthropic) -> None:
    count = client.beta.messages.count_tokens(messages=MESSAGES, model="claude-sonnet-4-5", system="s")
    assert isinstance(count, BetaMessageTokensCount) and count.input_tokens > 0
    request = server.last_request
    assert request.raw_path == "/v1/messages/count_tokens?beta=true"
    assert request.headers["anthropic-beta"] == "token-counting-2024-11-01"
    assert list(json.loads(request.body)) == ["messages", "model", "system"]
    client.beta.messages.count_tokens(messages=MESSAGES, model="m", betas=["b1"])
    assert server.last_request.headers["anthropic-beta"] == "b1,token-counting-2024-11-01"


def test_raw_responses(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.beta.messages.with_raw_response.create(**PARAMS)
    assert raw.http_response.status_code == 200
    assert isinstance(raw.parse(), BetaMessage)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    with client.beta.messages.with_streaming_response.count_tokens(messages=MESSAGES, model="m") as response:
        assert isinstance(response.parse(), BetaMessageTokensCount)
    assert server.last_request.headers["x-stainless-raw-response"] == "stream"

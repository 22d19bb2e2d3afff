"""messages.create / count_tokens, raw event streams, request bodies and response parsing."""

from __future__ import annotations

import json
import warnings
from typing import Any, List

import httpx
import pytest

import anthropic
from anthropic import AsyncAnthropic, AsyncStream, omit
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types import Message, MessageTokensCount, RawMessageStreamEvent, TextBlock

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello there"}]


async def test_create_returns_a_typed_message(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    message = await async_client.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=MESSAGES)
    assert isinstance(message, Message)
    assert isinstance(message.content[0], TextBlock)
    assert message.content[0].text == "Echo: Hello there"
    assert message.stop_reason == "end_turn"
    assert message._request_id == server.last_request.headers.get("x-request-id", message._request_id)
    assert message._request_id is not None and message._request_id.startswith("req_")
    assert message.usage.input_tokens > 0
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/messages")


async def test_body_shape_and_key_order(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    await async_client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        messages=iter(MESSAGES),
        temperature=None,  # type: ignore[arg-type]
        top_k=omit,
        stop_sequences=("END",),
        metadata={"user_id": "u"},
    )
    body = server.last_request.body
    assert body.startswith(b'{"max_tokens":10,"messages":[{"role":"user","content":"Hello there"}],"model":')
    data = json.loads(body)
    assert list(data) == ["max_tokens", "messages", "model", "metadata", "stop_sequences", "temperature"]
    assert data["temperature"] is None
    assert data["stop_sequences"] == ["END"]


async def test_extra_body_query_headers(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    await async_client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=10,
        messages=MESSAGES,
        temperature=0.5,
        extra_body={"temperature": omit, "custom": None, "max_tokens": 11},
        extra_query={"debug": True},
        extra_headers={"X-Trace": "t"},
    )
    request = server.last_request
    data = request.json()
    assert "temperature" not in data
    assert data["custom"] is None and data["max_tokens"] == 11
    assert request.query == {"debug": "true"}
    assert request.headers["x-trace"] == "t"


async def test_non_ascii_is_sent_as_utf8(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    message = await async_client.messages.create(
        model="m", max_tokens=10, messages=[{"role": "user", "content": "héllo ✓"}]
    )
    assert "héllo ✓".encode() in server.last_request.body
    assert message.content[0].text == "Echo: héllo ✓"  # type: ignore[union-attr]


async def test_models_from_a_response_can_be_sent_back(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    first = await async_client.messages.create(model="m", max_tokens=10, messages=MESSAGES)
    await async_client.messages.create(
        model="m",
        max_tokens=10,
        messages=[*MESSAGES, {"role": "assistant", "content": first.content}, {"role": "user", "content": "more"}],
    )
    sent = server.last_request.json()["messages"][1]["content"]
    assert sent == [{"text": "Echo: Hello there", "type": "text"}]  # unset fields are not echoed back


async def test_max_tokens_and_stop_sequences(async_client: AsyncAnthropic) -> None:
    long = [{"role": "user", "content": "one two three four five six"}]
    message = await async_client.messages.create(model="m", max_tokens=3, messages=long)  # type: ignore[arg-type]
    assert message.stop_reason == "max_tokens"
    assert message.usage.output_tokens == 3
    message = await async_client.messages.create(
        model="m",
        max_tokens=100,
        messages=long,  # type: ignore[arg-type]
        stop_sequences=["four"],
    )
    assert message.stop_reason == "stop_sequence"
    assert message.stop_sequence == "four"


async def test_count_tokens(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    count = await async_client.messages.count_tokens(model="m", messages=MESSAGES, system="be brief")
    assert isinstance(count, MessageTokensCount)
    assert count.input_tokens > 0
    assert server.last_request.path == "/v1/messages/count_tokens"
    assert server.last_request.json() == {"messages": MESSAGES, "model": "m", "system": "be brief"}
    assert server.last_request.headers["x-stainless-timeout"] == "NOT_GIVEN"


# Long requests and deprecations


async def test_long_non_streaming_request_is_refused(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    with pytest.raises(ValueError, match="Streaming is required"):
        await async_client.messages.create(model="m", max_tokens=21_334, messages=MESSAGES)
    with pytest.raises(ValueError, match="Streaming is required"):
        await async_client.messages.create(model="claude-opus-4-20250514", max_tokens=8193, messages=MESSAGES)
    assert server.requests == []
    # A custom timeout (per call or per client) or streaming lifts the guard.
    await async_client.messages.create(model="m", max_tokens=21_334, messages=MESSAGES, timeout=30)
    await async_client.with_options(timeout=600.0).messages.create(model="m", max_tokens=21_334, messages=MESSAGES)
    stream = await async_client.messages.create(model="m", max_tokens=21_334, messages=MESSAGES, stream=True)
    await stream.close()
    assert len(server.requests) == 3


async def test_deprecated_model_warns(async_client: AsyncAnthropic) -> None:
    with pytest.warns(DeprecationWarning, match="The model 'claude-3-opus-20240229' is deprecated"):
        await async_client.messages.create(model="claude-3-opus-20240229", max_tokens=5, messages=MESSAGES)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await async_client.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES)


# Raw event streams


async def test_stream_true_yields_raw_events(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    stream = await async_client.messages.create(model="m", max_tokens=100, messages=MESSAGES, stream=True)
    assert isinstance(stream, AsyncStream)
    events: List[RawMessageStreamEvent] = [event async for event in stream]
    types = [event.type for event in events]
    assert types[0] == "message_start" and types[-1] == "message_stop"
    assert "content_block_delta" in types
    text = "".join(e.delta.text for e in events if e.type == "content_block_delta" and e.delta.type == "text_delta")
    assert text == "Echo: Hello there"
    assert stream.response.is_closed
    assert server.last_request.json()["stream"] is True
    assert server.last_request.headers["accept"] == "application/json"


async def test_stream_context_manager_closes_early(async_client: AsyncAnthropic) -> None:
    stream = await async_client.messages.create(model="m", max_tokens=100, messages=MESSAGES, stream=True)
    async with stream:
        first = await stream.__anext__()
        assert first.type == "message_start"
    assert stream.response.is_closed


async def test_stream_skips_ping_unknown_and_nameless_events(
    async_client: AsyncAnthropic, server: FakeAnthropic
) -> None:
    start = {
        "type": "message_start",
        "message": {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "content": [],
            "model": "m",
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        },
    }
    server.enqueue(
        Reply(
            sse=[
                sse_event("message_start", start),
                sse_event("ping", {"type": "ping"}),
                sse_event("brand_new_event", {"type": "brand_new_event"}),
                sse_event(None, {"type": "message_stop"}),
                ": comment\n\n",
                "event: message_stop\ndata: {}\n\n",  # type injected from the event name
            ]
        )
    )
    stream = await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES, stream=True)
    events = [event async for event in stream]
    assert [e.type for e in events] == ["message_start", "message_stop"]
    assert events[0].message.id == "msg_1"  # type: ignore[union-attr]


async def test_error_event_raises_status_error(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    # (An overloaded_error before any content is retried instead: see test_stream_recovery.py.)
    error = {"type": "error", "error": {"type": "invalid_request_error", "message": "Bad"}}
    server.enqueue(
        Reply(
            sse=[sse_event("ping", {"type": "ping"}), sse_event("error", error)],
            headers={"request-id": "req_stream"},
        )
    )
    stream = await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES, stream=True)
    with pytest.raises(anthropic.APIStatusError) as info:
        async for _ in stream:
            pass
    assert info.value.status_code == 200
    assert info.value.body == error
    assert info.value.message == str(error)
    assert info.value.request_id == "req_stream"
    assert stream.response.is_closed


async def test_disconnect_mid_stream_raises(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop_after=700), path="/v1/messages")
    stream = await async_client.messages.create(model="m", max_tokens=100, messages=MESSAGES, stream=True)
    received: List[str] = []
    with pytest.raises(anthropic.APIConnectionError) as info:
        async for event in stream:
            received.append(event.type)
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert received and "message_stop" not in received
    assert stream.response.is_closed


async def test_disconnect_mid_body_of_a_plain_response_is_retried(
    async_client: AsyncAnthropic, server: FakeAnthropic
) -> None:
    server.enqueue(Reply(drop_after=20), path="/v1/messages")
    message = await async_client.messages.create(model="m", max_tokens=100, messages=MESSAGES)
    assert message.content[0].text == "Echo: Hello there"  # type: ignore[union-attr]
    assert len(server.requests) == 2


async def test_stream_status_error_is_raised_at_create(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=429, repeat=3))
    with pytest.raises(anthropic.RateLimitError):
        await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES, stream=True)
    assert len(server.requests) == 3


# Response parsing


async def test_unknown_fields_and_blocks_are_kept(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    payload = {
        "id": "msg_x",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [
            {"type": "text", "text": "hi", "new_field": 1},
            {"type": "future_block", "data": {"k": "v"}},
        ],
        "stop_reason": "brand_new_reason",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 2},
        "unknown_top": [1, 2],
    }
    server.enqueue(Reply(json=payload))
    message = await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES)
    assert message.stop_reason == "brand_new_reason"
    assert message.unknown_top == [1, 2]  # type: ignore[attr-defined]
    assert message.content[0].new_field == 1  # type: ignore[union-attr]
    future: Any = message.content[1]
    assert future.type == "future_block" and future.data == {"k": "v"}
    assert message.to_dict()["content"][1] == {"type": "future_block", "data": {"k": "v"}}
    assert message._request_id is not None


async def test_missing_required_fields_read_as_none(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json={"type": "message", "content": [{"type": "text"}]}))
    message = await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES)
    assert message.id is None  # type: ignore[comparison-overlap]
    assert message.content[0].text is None  # type: ignore[union-attr]
    assert "id" not in message.to_dict()


async def test_strict_validation_raises(server: FakeAnthropic) -> None:
    server.enqueue(Reply(json={"type": "message", "content": "not a list"}))
    async with AsyncAnthropic(api_key="k", base_url=server.url, _strict_response_validation=True) as client:
        with pytest.raises(anthropic.APIResponseValidationError) as info:
            await client.messages.create(model="m", max_tokens=1, messages=MESSAGES)
        assert info.value.status_code == 200
        assert info.value.body == {"type": "message", "content": "not a list"}
        server.enqueue(Reply(body="hello", content_type="text/plain"))
        with pytest.raises(anthropic.APIResponseValidationError, match="Content-Type"):
            await client.messages.create(model="m", max_tokens=1, messages=MESSAGES)


async def test_non_json_success_body_returns_text(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(body="just text", content_type="text/plain"))
    result: Any = await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES)
    assert result == "just text"


async def test_invalid_json_body_raises_validation_error(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(body="{not json", content_type="application/json"))
    with pytest.raises(anthropic.APIResponseValidationError):
        await async_client.messages.create(model="m", max_tokens=1, messages=MESSAGES)


async def test_low_level_verbs(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    data: Any = await async_client.get("/v1/models", cast_to=object, options={"params": {"limit": 1}})
    assert len(data["data"]) == 1
    assert server.last_request.raw_path == "/v1/models?limit=1"
    message = await async_client.post(
        "/v1/messages",
        cast_to=Message,
        body={"model": "m", "max_tokens": 5, "messages": MESSAGES},
        options={"headers": {"X-Low": "1"}},
    )
    assert isinstance(message, Message)
    assert server.last_request.headers["x-low"] == "1"
    with pytest.raises(TypeError, match="must subclass our base model"):
        import pydantic

        class Plain(pydantic.BaseModel):
            id: str

        await async_client.post(
            "/v1/messages", cast_to=Plain, body={"model": "m", "max_tokens": 5, "messages": MESSAGES}
        )
    assert len(server.requests) == 2  # refused before sending

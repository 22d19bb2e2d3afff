# File generated from tests/async_tests/test_raw_responses.py by tools/unasync.py. Do not edit.
"""with_raw_response and with_streaming_response."""

from __future__ import annotations

from typing import Any, List

import pytest

from anthropic import Anthropic, Stream
from anthropic._exceptions import StreamAlreadyConsumed
from anthropic._legacy_response import LegacyAPIResponse
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types import Message, ModelInfo

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]


def test_with_raw_response(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500))
    raw = client.messages.with_raw_response.create(model="m", max_tokens=5, messages=MESSAGES)
    assert isinstance(raw, LegacyAPIResponse)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    assert raw.status_code == 200
    assert raw.retries_taken == 1
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id == raw.headers["request-id"]
    assert raw.method == "POST" and raw.url.path == "/v1/messages"
    assert raw.http_request.method == "POST"
    assert raw.http_version == "HTTP/1.1"
    assert raw.elapsed.total_seconds() >= 0
    assert raw.is_closed
    assert b'"Echo: Hello"' in raw.content and "Echo: Hello" in raw.text
    message = raw.parse()
    assert isinstance(message, Message)
    assert raw.parse() is message  # cached
    assert message._request_id == raw.request_id
    assert repr(raw) == "<APIResponse [200 OK] type=<class 'anthropic.types.message.Message'>>"
    assert raw.parse(to=dict)["id"] == message.id  # type: ignore[index]


def test_client_level_raw_response_tree(client: Anthropic) -> None:
    raw = client.with_raw_response.models.retrieve("claude-sonnet-4-5-20250929")
    assert isinstance(raw.parse(), ModelInfo)
    raw_count = client.with_raw_response.messages.count_tokens(model="m", messages=MESSAGES)
    assert raw_count.parse().input_tokens > 0


def test_raw_response_of_a_stream(client: Anthropic) -> None:
    raw = client.messages.with_raw_response.create(model="m", max_tokens=5, messages=MESSAGES, stream=True)
    stream = raw.parse()
    assert isinstance(stream, Stream)
    types = [event.type for event in stream]
    assert types[-1] == "message_stop"


def test_with_streaming_response(client: Anthropic, server: FakeAnthropic) -> None:
    with client.messages.with_streaming_response.create(model="m", max_tokens=5, messages=MESSAGES) as response:
        assert server.last_request.headers["x-stainless-raw-response"] == "stream"
        assert not response.is_closed
        assert response.status_code == 200
        message = response.parse()
        assert isinstance(message, Message)
        assert message.content[0].text == "Echo: Hello"  # type: ignore[union-attr]
        assert response.read() == response.http_response.content
        assert (response.json())["id"] == message.id  # type: ignore[index]
        assert "Echo" in response.text()
    assert response.is_closed


def test_streaming_response_iteration(client: Anthropic) -> None:
    with client.with_streaming_response.models.list(limit=1) as response:
        lines = [line for line in response.iter_lines()]
        assert lines and lines[0].startswith("{")
        with pytest.raises(StreamAlreadyConsumed):
            response.read()
    with client.models.with_streaming_response.retrieve("claude-sonnet-4-5-20250929") as response:
        chunks = [chunk for chunk in response.iter_bytes()]
        assert b"".join(chunks).startswith(b"{")
    with client.models.with_streaming_response.retrieve("claude-sonnet-4-5-20250929") as response:
        text = "".join([chunk for chunk in response.iter_text()])
        assert '"type":"model"' in text.replace(" ", "")


def test_streaming_response_of_a_stream(client: Anthropic) -> None:
    with client.messages.with_streaming_response.create(
        model="m", max_tokens=5, messages=MESSAGES, stream=True
    ) as response:
        stream = response.parse()
        first = stream.__next__()
        assert first.type == "message_start"
    assert response.is_closed


def test_streaming_response_closes_unread(client: Anthropic) -> None:
    with client.messages.with_streaming_response.count_tokens(model="m", messages=MESSAGES) as response:
        pass
    assert response.is_closed

# File generated from tests/async_tests/test_stream_recovery.py by tools/unasync.py. Do not edit.
"""Streams that survive overload and stalls: an ``overloaded_error`` (or ``api_error``) event that
arrives before any content is retried transparently; a stream that stops sending raises."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest

import anthropic
from anthropic import Anthropic, beta_tool
from anthropic.testing import FakeAnthropic, Reply, sse_event

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]
MODEL = "claude-sonnet-4-5"
START: Dict[str, Any] = {
    "type": "message_start",
    "message": {"id": "msg_overloaded", "type": "message", "role": "assistant", "model": MODEL, "content": [],
                "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 0}},
}  # fmt: skip
BLOCK = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
DELTA = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "partial"}}


def error_event(kind: str) -> bytes:
    return sse_event("error", {"type": "error", "error": {"type": kind, "message": kind}})


def overloaded_before_content(kind: str = "overloaded_error") -> Reply:
    return Reply(sse=[START, sse_event("ping", {"type": "ping"}), BLOCK, error_event(kind)])


@pytest.mark.parametrize("kind", ["overloaded_error", "api_error"])
def test_raw_stream_is_retried_before_content(client: Anthropic, server: FakeAnthropic, kind: str) -> None:
    server.enqueue(overloaded_before_content(kind))
    stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    events = [event for event in stream]
    types = [event.type for event in events]
    assert types.count("message_start") == 1 and types[-1] == "message_stop"  # one clean stream
    assert events[0].message.id != "msg_overloaded"  # type: ignore[union-attr]  # the prefix came from the retry
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1"]
    assert stream.response.is_closed


def test_helpers_and_beta_streams_are_retried(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(overloaded_before_content())
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        assert stream.get_final_text() == "Echo: Hello"
    server.enqueue(overloaded_before_content())
    with client.beta.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as beta:
        events = [event.type for event in beta]
    assert events.count("message_start") == 1
    assert len(server.requests) == 4


def test_the_streaming_tool_runner_is_retried(client: Anthropic, server: FakeAnthropic) -> None:
    @beta_tool
    def noop() -> str:
        """Do nothing."""
        return "ok"

    server.enqueue(overloaded_before_content())
    runner = client.beta.messages.tool_runner(model=MODEL, max_tokens=10, messages=MESSAGES, tools=[noop], stream=True)
    final = runner.until_done()
    assert final.stop_reason is not None
    assert server.requests[1].headers["x-stainless-retry-count"] == "1"


def test_an_error_after_content_raises(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(sse=[START, BLOCK, DELTA, error_event("overloaded_error")]))
    stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    seen: List[str] = []
    with pytest.raises(anthropic.APIStatusError, match="overloaded_error"):
        for event in stream:
            seen.append(event.type)
    assert seen == ["message_start", "content_block_start", "content_block_delta"]
    assert len(server.requests) == 1


def test_other_errors_and_no_retries_left_raise_after_the_prefix(server: FakeAnthropic) -> None:
    with Anthropic(api_key=API_KEY, base_url=server.url, max_retries=1) as client:
        server.enqueue(overloaded_before_content())
        server.enqueue(overloaded_before_content())
        stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
        seen: List[str] = []
        with pytest.raises(anthropic.APIStatusError):
            for event in stream:
                seen.append(event.type)
        assert seen == ["message_start", "content_block_start"]  # held back, then handed out with the error
        assert len(server.requests) == 2
        server.enqueue(overloaded_before_content("invalid_request_error"))
        stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
        with pytest.raises(anthropic.APIStatusError, match="invalid_request_error"):
            for _ in stream:
                pass
        assert len(server.requests) == 3


def test_a_stalled_stream_raises_a_timeout(server: FakeAnthropic) -> None:
    with Anthropic(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        server.enqueue(Reply(sse=[START, BLOCK, DELTA, {"type": "message_stop"}], chunk_delay=0.15))
        stream = client.messages.create(
            model=MODEL, max_tokens=10, messages=MESSAGES, stream=True, timeout=httpx.Timeout(5, read=0.05)
        )
        with pytest.raises(anthropic.APITimeoutError):
            for _ in stream:
                pass

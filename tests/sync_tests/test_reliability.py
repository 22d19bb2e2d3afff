# File generated from tests/async_tests/test_reliability.py by tools/unasync.py. Do not edit.
"""Faults, misuse and hostile input: a clear, typed error at once, and no secret in it or in logs."""

from __future__ import annotations

import logging
import os
import sys
import time
import warnings
from typing import Any, Iterator, List

import pytest

import anthropic
from anthropic import Anthropic
from anthropic.testing import FakeAnthropic, Reply, sse_event

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]
MODEL = "claude-sonnet-4-5"


def create(client: Anthropic, **kwargs: Any) -> Any:
    return client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, **kwargs)


# --------------------------------------------------------------------------------------
# Misuse and bad input


@pytest.mark.parametrize(
    "bad",
    [
        {"extra_headers": {"X-Note": "a\r\nX-Injected: 1"}},
        {"extra_headers": {"X-Note": "nul\0"}},
        {"extra_headers": {"X-Bad\nName": "v"}},
        {"extra_headers": {"X-Bytes": b"a\nb"}},
    ],
)
def test_line_breaks_in_request_headers_are_refused(client: Anthropic, server: FakeAnthropic, bad: Any) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match="line break or NUL") as info:
        create(client, **bad)
    assert "Injected" not in str(info.value) and "nul" not in str(info.value).split("header")[0]
    assert time.monotonic() - started < 0.2  # no retries
    assert server.requests == []


def test_an_api_key_with_a_trailing_newline_is_refused_without_showing_it(server: FakeAnthropic) -> None:
    secret = "sk-ant-secret-value"
    with Anthropic(api_key=secret + "\n", base_url=server.url) as client:
        with pytest.raises(ValueError) as info:
            create(client)
    message = str(info.value)
    assert "'X-Api-Key'" in message and "newline" in message and secret not in message
    assert secret not in repr(info.value.__cause__) and server.requests == []
    with Anthropic(api_key=API_KEY, base_url=server.url, default_headers={"X-D": "1\r\n"}) as other:
        with pytest.raises(ValueError, match="'X-D'"):
            create(other)


def test_a_closed_client_fails_at_once(server: FakeAnthropic) -> None:
    client = Anthropic(api_key=API_KEY, base_url=server.url, max_retries=5)
    create(client)
    client.close()
    started = time.monotonic()
    with pytest.raises(anthropic.APIConnectionError, match="client has been closed"):
        create(client)
    assert time.monotonic() - started < 0.2
    assert len(server.requests) == 1


def test_base_url_query_and_credentials(server: FakeAnthropic, caplog: pytest.LogCaptureFixture) -> None:
    base = server.url.replace("http://", "http://us%40er:pa55word@") + "/?tenant=7&team=a"
    with Anthropic(api_key=API_KEY, base_url=base, default_query={"team": "b"}) as client:
        assert client.base_url.query == b""
        with caplog.at_level(logging.DEBUG):
            client.models.list(extra_query={"limit": 2})
    request = server.last_request
    assert request.raw_path == "/v1/models?tenant=7&team=b&limit=2"
    assert request.headers["authorization"] == "Basic dXNAZXI6cGE1NXdvcmQ="  # as httpx would send it
    assert "pa55word" not in caplog.text and "us%40er" not in caplog.text
    assert "Sending HTTP Request" in caplog.text


def test_dot_path_ids_stay_one_segment(client: Anthropic, server: FakeAnthropic) -> None:
    for model_id in (".", ".."):
        with pytest.raises(anthropic.NotFoundError):
            client.models.retrieve(model_id)
        assert server.last_request.raw_path == "/v1/models/" + "%2E" * len(model_id)


# --------------------------------------------------------------------------------------
# Credentials never leave the API's origin


@pytest.fixture
def other_server() -> Iterator[FakeAnthropic]:
    with FakeAnthropic(require_auth=False) as other:
        yield other


def test_cross_origin_redirects_drop_credentials(
    client: Anthropic, server: FakeAnthropic, other_server: FakeAnthropic
) -> None:
    server.enqueue(Reply(status=307, headers={"location": f"{other_server.url}/v1/messages"}))
    message = create(client, extra_headers={"Authorization": "Bearer secret"})
    assert message.content[0].type == "text"
    redirected = other_server.last_request
    for name in ("x-api-key", "authorization"):
        assert name not in redirected.headers
    assert redirected.json()["messages"] == MESSAGES  # a 307 sends the body again
    assert server.last_request.headers["x-api-key"] == API_KEY


def test_same_origin_redirects_keep_credentials(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=302, headers={"location": "/v1/models?moved=1"}), path="/v1/models")
    page = client.models.list()
    assert page.data
    assert [r.raw_path for r in server.requests] == ["/v1/models", "/v1/models?moved=1"]
    assert server.last_request.headers["x-api-key"] == API_KEY
    server.enqueue(Reply(status=301, headers={"location": "/v1/models?moved=2"}), path="/v1/models")
    raw = client.models.with_raw_response.list()
    assert [r.status_code for r in raw.http_response.history] == [301]  # as httpx records it
    with pytest.raises(anthropic.APIStatusError) as info:  # not followed when asked not to
        server.enqueue(Reply(status=302, headers={"location": "/elsewhere"}), path="/v1/models")
        client.get("/v1/models", cast_to=object, options={"follow_redirects": False})
    assert info.value.status_code == 302


def test_batch_results_from_another_origin_are_refused(client: Anthropic, server: FakeAnthropic) -> None:
    batch = {
        "id": "msgbatch_1",
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": {"processing": 0, "succeeded": 1, "errored": 0, "canceled": 0, "expired": 0},
        "ended_at": "2025-01-01T00:00:00Z",
        "created_at": "2025-01-01T00:00:00Z",
        "expires_at": "2025-01-02T00:00:00Z",
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": "https://evil.example.com/results.jsonl",
    }
    server.enqueue(Reply(json=batch))
    with pytest.raises(anthropic.AnthropicError, match="'evil.example.com'"):
        client.messages.batches.results("msgbatch_1")
    assert len(server.requests) == 1  # only the retrieve


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_gets_its_own_connections(client: Anthropic, server: FakeAnthropic) -> None:
    create(client)
    pool: Any = client._client._transport._pool  # type: ignore[attr-defined]
    assert len(pool._connections) == 1
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # forking a multi-threaded process
        pid = os.fork()
    if pid == 0:  # the child: report and leave at once
        try:
            os.write(write, str(len(pool._connections)).encode())
        finally:
            os._exit(0)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    assert os.read(read, 100) == b"0"  # the child's pool was emptied
    os.close(read)
    assert status == 0
    create(client)  # the parent's connection still works
    assert len(pool._connections) == 1


# --------------------------------------------------------------------------------------
# Responses and streams: never silent, never a raw exception


def test_an_empty_body_where_a_message_was_expected(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(body=b""))
    with pytest.raises(anthropic.APIResponseValidationError, match="empty"):
        create(client)


def test_json_nested_too_deeply(client: Anthropic, server: FakeAnthropic) -> None:
    depth = sys.getrecursionlimit() * 4
    body = '{"id": "m", "content": ' + "[" * depth + "]" * depth + "}"
    server.enqueue(Reply(body=body, content_type="application/json"))
    with pytest.raises(anthropic.APIResponseValidationError, match="nested too deeply"):
        create(client)
    event = '{"type": "message_start", "message": ' + "[" * depth + "]" * depth + "}"
    server.enqueue(Reply(sse=[sse_event("message_start", event)]))
    stream = create(client, stream=True)
    with pytest.raises(anthropic.APIResponseValidationError):
        for _ in stream:
            pass


def test_pagination_stops_on_a_repeated_cursor(client: Anthropic, server: FakeAnthropic) -> None:
    page = {"data": [{"id": "m1", "type": "model", "display_name": "M", "created_at": "2025-01-01T00:00:00Z"}],
            "has_more": True, "first_id": "m1", "last_id": "m1"}  # fmt: skip
    server.enqueue(Reply(json=page, repeat=3))
    with pytest.raises(anthropic.AnthropicError, match="same cursor twice"):
        for _ in client.models.list():
            pass
    assert len(server.requests) == 2


def test_a_stream_without_message_stop_raises(client: Anthropic, server: FakeAnthropic) -> None:
    start = {"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
             "model": MODEL, "content": [], "stop_reason": None, "stop_sequence": None,
             "usage": {"input_tokens": 1, "output_tokens": 0}}}  # fmt: skip
    events = [
        start,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}},
    ]
    server.enqueue(Reply(sse=events))
    stream = create(client, stream=True)
    seen: List[str] = []
    with pytest.raises(anthropic.APIConnectionError, match="before message_stop"):
        for event in stream:
            seen.append(event.type)
    assert seen == ["message_start", "content_block_start", "content_block_delta"]  # nothing lost
    server.enqueue(Reply(sse=events))
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as helper:
        with pytest.raises(anthropic.APIConnectionError, match="before message_stop"):
            helper.get_final_text()

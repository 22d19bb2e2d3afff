# File generated from tests/async_tests/test_retries_errors.py by tools/unasync.py. Do not edit.
"""Retries, timeouts and the status -> exception mapping, over real sockets."""

from __future__ import annotations

import time
from typing import Any, List, Type

import pytest

import anthropic
from anthropic import Anthropic
from anthropic._exceptions import OverloadedError, RequestTooLargeError
from anthropic.testing import FakeAnthropic, Reply

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]


def create(client: Anthropic, **kwargs: Any) -> Any:
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=16, messages=MESSAGES, **kwargs)


def retry_counts(server: FakeAnthropic) -> List[str]:
    return [r.headers["x-stainless-retry-count"] for r in server.requests]


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_retried_statuses_then_success(client: Anthropic, server: FakeAnthropic, status: int) -> None:
    server.enqueue(Reply(status=status))
    message = create(client)
    assert message.content[0].text == "Echo: Hello"
    assert retry_counts(server) == ["0", "1"]


def test_gives_up_after_max_retries(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=529, repeat=5))
    with pytest.raises(anthropic.APIStatusError) as info:
        create(client)
    assert info.value.status_code == 529
    assert retry_counts(server) == ["0", "1", "2"]


def test_max_retries_zero_and_per_call_override(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        create(client.with_options(max_retries=0))
    assert retry_counts(server) == ["0"]
    server.reset()
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        create(client.with_options(max_retries=4))
    assert retry_counts(server) == ["0", "1", "2", "3", "4"]


def test_low_level_options_max_retries(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        client.get("/v1/models", cast_to=object, options={"max_retries": 1})
    assert retry_counts(server) == ["0", "1"]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
def test_not_retried(client: Anthropic, server: FakeAnthropic, status: int) -> None:
    server.enqueue(Reply(status=status, repeat=3))
    with pytest.raises(anthropic.APIStatusError):
        create(client)
    assert len(server.requests) == 1


def test_x_should_retry_header(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400, headers={"x-should-retry": "true"}))
    create(client)
    assert len(server.requests) == 2
    server.reset()
    server.enqueue(Reply(status=503, headers={"x-should-retry": "false"}))
    with pytest.raises(anthropic.InternalServerError):
        create(client)
    assert len(server.requests) == 1


def test_retry_after_ms_and_retry_after_are_honoured(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=429, headers={"retry-after-ms": "60"}))
    server.enqueue(Reply(status=429, headers={"retry-after": "0.05"}))
    start = time.monotonic()
    create(client)
    elapsed = time.monotonic() - start
    assert elapsed >= 0.11
    assert elapsed < 1.0
    assert retry_counts(server) == ["0", "1", "2"]


def test_dropped_connections_are_retried(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop=True))
    message = create(client)
    assert message.type == "message"
    assert retry_counts(server) == ["0", "1"]


def test_connection_error_after_retries(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop=True, repeat=3))
    with pytest.raises(anthropic.APIConnectionError) as info:
        create(client)
    assert not isinstance(info.value, anthropic.APITimeoutError)
    assert info.value.message == "Connection error."
    assert info.value.__cause__ is not None
    assert len(server.requests) == 3


def test_unreachable_server_raises_connection_error() -> None:
    with Anthropic(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(anthropic.APIConnectionError):
            create(client)


def test_timeout_raises_api_timeout_error(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(delay=0.15, repeat=2))
    with pytest.raises(anthropic.APITimeoutError) as info:
        create(client.with_options(max_retries=1), timeout=0.03)
    assert "timed out" in info.value.message
    assert len(server.requests) == 2


def test_client_level_timeout(server: FakeAnthropic) -> None:
    server.enqueue(Reply(delay=0.15))
    with Anthropic(api_key="k", base_url=server.url, timeout=0.03, max_retries=0) as client:
        with pytest.raises(anthropic.APITimeoutError):
            client.models.list()


STATUS_CLASSES = [
    (400, anthropic.BadRequestError),
    (401, anthropic.AuthenticationError),
    (403, anthropic.PermissionDeniedError),
    (404, anthropic.NotFoundError),
    (409, anthropic.ConflictError),
    (413, RequestTooLargeError),
    (422, anthropic.UnprocessableEntityError),
    (429, anthropic.RateLimitError),
    (500, anthropic.InternalServerError),
    (503, anthropic.InternalServerError),
    (504, anthropic.InternalServerError),
    (529, OverloadedError),
    (418, anthropic.APIStatusError),
    (408, anthropic.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_to_exception_class(
    client: Anthropic, server: FakeAnthropic, status: int, cls: Type[anthropic.APIStatusError]
) -> None:
    body = {"type": "error", "error": {"type": "some_error", "message": "boom"}}
    server.enqueue(Reply(status=status, json=body, headers={"request-id": "req_123"}))
    with pytest.raises(anthropic.APIStatusError) as info:
        create(client.with_options(max_retries=0))
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.request_id == "req_123"
    assert err.body == body
    assert err.message == f"Error code: {status} - {body}"
    assert str(err) == err.message
    assert err.response.status_code == status
    assert err.request.url.path == "/v1/messages"


def test_non_json_error_body(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400, body="plain failure"))
    with pytest.raises(anthropic.BadRequestError) as info:
        create(client)
    assert info.value.body == "plain failure"
    assert info.value.message == "plain failure"
    server.enqueue(Reply(status=400, body=""))
    with pytest.raises(anthropic.BadRequestError) as info:
        create(client)
    assert info.value.message == "Error code: 400"
    assert info.value.body == ""  # the (empty) text of the body, as the reference gives


def test_default_server_errors_are_typed(client: Anthropic, server: FakeAnthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as info:
        client.models.retrieve("no-such-model")
    body: Any = info.value.body
    assert body["error"]["type"] == "not_found_error"
    assert info.value.request_id is not None
    with pytest.raises(anthropic.BadRequestError):
        client.messages.create(model="m", max_tokens=1, messages=[])

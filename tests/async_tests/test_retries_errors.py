"""Retries, timeouts and the status -> exception mapping, over real sockets."""

from __future__ import annotations

import time
from typing import Any, List, Type

import pytest

import anthropic
from anthropic import AsyncAnthropic
from anthropic._exceptions import OverloadedError, RequestTooLargeError
from anthropic.testing import FakeAnthropic, Reply

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]


async def create(client: AsyncAnthropic, **kwargs: Any) -> Any:
    return await client.messages.create(model="claude-sonnet-4-5", max_tokens=16, messages=MESSAGES, **kwargs)


def retry_counts(server: FakeAnthropic) -> List[str]:
    return [r.headers["x-stainless-retry-count"] for r in server.requests]


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
async def test_retried_statuses_then_success(async_client: AsyncAnthropic, server: FakeAnthropic, status: int) -> None:
    server.enqueue(Reply(status=status))
    message = await create(async_client)
    assert message.content[0].text == "Echo: Hello"
    assert retry_counts(server) == ["0", "1"]


async def test_gives_up_after_max_retries(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=529, repeat=5))
    with pytest.raises(anthropic.APIStatusError) as info:
        await create(async_client)
    assert info.value.status_code == 529
    assert retry_counts(server) == ["0", "1", "2"]


async def test_max_retries_zero_and_per_call_override(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        await create(async_client.with_options(max_retries=0))
    assert retry_counts(server) == ["0"]
    server.reset()
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        await create(async_client.with_options(max_retries=4))
    assert retry_counts(server) == ["0", "1", "2", "3", "4"]


async def test_low_level_options_max_retries(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500, repeat=10))
    with pytest.raises(anthropic.InternalServerError):
        await async_client.get("/v1/models", cast_to=object, options={"max_retries": 1})
    assert retry_counts(server) == ["0", "1"]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
async def test_not_retried(async_client: AsyncAnthropic, server: FakeAnthropic, status: int) -> None:
    server.enqueue(Reply(status=status, repeat=3))
    with pytest.raises(anthropic.APIStatusError):
        await create(async_client)
    assert len(server.requests) == 1


async def test_x_should_retry_header(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400, headers={"x-should-retry": "true"}))
    await create(async_client)
    assert len(server.requests) == 2
    server.reset()
    server.enqueue(Reply(status=503, headers={"x-should-retry": "false"}))
    with pytest.raises(anthropic.InternalServerError):
        await create(async_client)
    assert len(server.requests) == 1


async def test_retry_after_ms_and_retry_after_are_honoured(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=429, headers={"retry-after-ms": "60"}))
    server.enqueue(Reply(status=429, headers={"retry-after": "0.05"}))
    start = time.monotonic()
    await create(async_client)
    elapsed = time.monotonic() - start
    assert elapsed >= 0.11
    assert elapsed < 1.0
    assert retry_counts(server) == ["0", "1", "2"]


async def test_dropped_connections_are_retried(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop=True))
    message = await create(async_client)
    assert message.type == "message"
    assert retry_counts(server) == ["0", "1"]


async def test_connection_error_after_retries(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(drop=True, repeat=3))
    with pytest.raises(anthropic.APIConnectionError) as info:
        await create(async_client)
    assert not isinstance(info.value, anthropic.APITimeoutError)
    assert info.value.message == "Connection error."
    assert info.value.__cause__ is not None
    assert len(server.requests) == 3


async def test_unreachable_server_raises_connection_error() -> None:
    async with AsyncAnthropic(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(anthropic.APIConnectionError):
            await create(client)


async def test_timeout_raises_api_timeout_error(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(delay=0.15, repeat=2))
    with pytest.raises(anthropic.APITimeoutError) as info:
        await create(async_client.with_options(max_retries=1), timeout=0.03)
    assert "timed out" in info.value.message
    assert len(server.requests) == 2


async def test_client_level_timeout(server: FakeAnthropic) -> None:
    server.enqueue(Reply(delay=0.15))
    async with AsyncAnthropic(api_key="k", base_url=server.url, timeout=0.03, max_retries=0) as client:
        with pytest.raises(anthropic.APITimeoutError):
            await client.models.list()


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
async def test_status_to_exception_class(
    async_client: AsyncAnthropic, server: FakeAnthropic, status: int, cls: Type[anthropic.APIStatusError]
) -> None:
    body = {"type": "error", "error": {"type": "some_error", "message": "boom"}}
    server.enqueue(Reply(status=status, json=body, headers={"request-id": "req_123"}))
    with pytest.raises(anthropic.APIStatusError) as info:
        await create(async_client.with_options(max_retries=0))
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.request_id == "req_123"
    assert err.body == body
    assert err.message == f"Error code: {status} - {body}"
    assert str(err) == err.message
    assert err.response.status_code == status
    assert err.request.url.path == "/v1/messages"


async def test_non_json_error_body(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400, body="plain failure"))
    with pytest.raises(anthropic.BadRequestError) as info:
        await create(async_client)
    assert info.value.body == "plain failure"
    assert info.value.message == "plain failure"
    server.enqueue(Reply(status=400, body=""))
    with pytest.raises(anthropic.BadRequestError) as info:
        await create(async_client)
    assert info.value.message == "Error code: 400"
    assert info.value.body == ""  # the (empty) text of the body, as the reference gives


async def test_default_server_errors_are_typed(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as info:
        await async_client.models.retrieve("no-such-model")
    body: Any = info.value.body
    assert body["error"]["type"] == "not_found_error"
    assert info.value.request_id is not None
    with pytest.raises(anthropic.BadRequestError):
        await async_client.messages.create(model="m", max_tokens=1, messages=[])

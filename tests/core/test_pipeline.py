"""The request loop as a pure generator: every retry decision, without sockets."""

from __future__ import annotations

import email.utils
import time
from typing import Any, Dict, Generator, List, Optional

import httpx
import pytest

from anthropic import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from anthropic._core.config import ClientConfig
from anthropic._core.options import FinalRequestOptions
from anthropic._core.pipeline import Close, Read, Send, Sleep, retry_delay, run_call
from anthropic._exceptions import OverloadedError


def config(max_retries: int = 2) -> ClientConfig:
    return ClientConfig(
        client_name="Anthropic",
        base_url="http://api.test/",
        api_key="k",
        auth_token=None,
        timeout=10.0,
        max_retries=max_retries,
        custom_headers={},
        custom_query={},
        is_async=False,
    )


def response(status: int, headers: Optional[Dict[str, str]] = None, body: bytes = b"{}") -> httpx.Response:
    return httpx.Response(status, headers=headers, content=body, request=httpx.Request("POST", "http://api.test/"))


class Script:
    """Runs the pipeline, answering each Send with the next scripted outcome."""

    def __init__(self, *outcomes: Any, max_retries: int = 2) -> None:
        self.outcomes = list(outcomes)
        self.effects: List[Any] = []
        self.gen: Generator[Any, Any, Any] = run_call(
            config(max_retries), FinalRequestOptions(method="post", url="/v1/x")
        )

    def run(self) -> Any:
        outcome: Any = None
        while True:
            try:
                effect = self.gen.send(outcome)
            except StopIteration as done:
                return done.value
            self.effects.append(effect)
            outcome = self.outcomes.pop(0) if isinstance(effect, Send) else None

    @property
    def sends(self) -> List[Send]:
        return [e for e in self.effects if isinstance(e, Send)]

    @property
    def sleeps(self) -> List[float]:
        return [e.seconds for e in self.effects if isinstance(e, Sleep)]


def test_success_first_time() -> None:
    ok = response(200)
    script = Script(ok)
    assert script.run()[:2] == (ok, 0)
    assert [s.request.headers["x-stainless-retry-count"] for s in script.sends] == ["0"]


def test_529_then_500_then_200_retries_with_count_header() -> None:
    ok = response(200)
    script = Script(response(529), response(500), ok)
    assert script.run()[:2] == (ok, 2)
    assert [s.request.headers["x-stainless-retry-count"] for s in script.sends] == ["0", "1", "2"]
    assert len(script.sleeps) == 2
    assert sum(isinstance(e, Close) for e in script.effects) == 2


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_retried_statuses(status: int) -> None:
    script = Script(response(status), response(200))
    assert script.run()[1] == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422, 302])
def test_not_retried_statuses(status: int) -> None:
    script = Script(response(status), response(200))
    with pytest.raises(APIStatusError) as info:
        script.run()
    assert info.value.status_code == status
    assert len(script.sends) == 1
    assert any(isinstance(e, Read) for e in script.effects)


def test_x_should_retry_overrides_status() -> None:
    script = Script(response(400, {"x-should-retry": "true"}), response(200))
    assert script.run()[1] == 1
    script = Script(response(503, {"x-should-retry": "false"}), response(200))
    with pytest.raises(InternalServerError):
        script.run()
    assert len(script.sends) == 1


def test_exhausted_retries_raise_last_status_error() -> None:
    script = Script(response(429), response(429), response(429, body=b'{"error": "x"}'))
    with pytest.raises(RateLimitError) as info:
        script.run()
    assert info.value.body == {"error": "x"}
    assert len(script.sends) == 3


def test_max_retries_zero_makes_one_attempt() -> None:
    script = Script(response(529), max_retries=0)
    with pytest.raises(OverloadedError):
        script.run()
    assert len(script.sends) == 1 and script.sleeps == []


def test_connection_errors_are_retried_then_wrapped() -> None:
    request = httpx.Request("POST", "http://api.test/")
    errors = [httpx.ConnectError("refused", request=request) for _ in range(3)]
    script = Script(*errors)
    with pytest.raises(APIConnectionError) as info:
        script.run()
    assert info.value.message == "Connection error."
    assert info.value.__cause__ is errors[-1]
    assert not isinstance(info.value, APITimeoutError)
    assert len(script.sends) == 3


def test_timeouts_become_api_timeout_error() -> None:
    request = httpx.Request("POST", "http://api.test/")
    script = Script(httpx.ReadTimeout("slow", request=request), max_retries=0)
    with pytest.raises(APITimeoutError):
        script.run()


def test_retry_after_headers_are_honoured() -> None:
    script = Script(response(429, {"retry-after-ms": "1500"}), response(429, {"retry-after": "3"}), response(200))
    script.run()
    assert script.sleeps == [1.5, 3.0]


def test_bad_request_is_not_retried() -> None:
    script = Script(response(400, body=b'{"type":"error","error":{"type":"invalid_request_error","message":"m"}}'))
    with pytest.raises(BadRequestError) as info:
        script.run()
    assert str(info.value) == (
        "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'm'}}"
    )


# Retry delay math


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "2500"}, 2.5),
        ({"retry-after": "20"}, 20.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "60"}, 60.0),
        ({"retry-after-ms": "junk", "retry-after": "7"}, 7.0),
        ({"retry-after-ms": "100", "retry-after": "7"}, 0.1),
    ],
)
def test_retry_after_values_in_range(headers: Dict[str, str], expected: float) -> None:
    assert retry_delay(0, headers) == expected


@pytest.mark.parametrize("value", ["0", "-10", "61", "garbage", ""])
def test_retry_after_out_of_range_falls_back_to_backoff(value: str) -> None:
    assert retry_delay(0, {"retry-after": value}, jitter=0.0) == 0.5


def test_retry_after_http_date() -> None:
    now = time.time()
    date = email.utils.formatdate(now + 20, usegmt=True)
    assert retry_delay(0, {"retry-after": date}, now=now) == pytest.approx(20, abs=1)


def test_exponential_backoff_with_jitter() -> None:
    assert [retry_delay(n, jitter=0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [retry_delay(n, jitter=1.0) for n in range(5)] == [0.375, 0.75, 1.5, 3.0, 6.0]
    assert retry_delay(5000, jitter=0.0) == 8.0
    for n in range(5):
        value = retry_delay(n)
        base = min(0.5 * 2**n, 8.0)
        assert 0.75 * base <= value <= base

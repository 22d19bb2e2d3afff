# File generated from tests/async_tests/test_completions.py by tools/unasync.py. Do not edit.
"""Legacy text completions (``client.completions``, ``POST /v1/complete``) over real sockets."""

from __future__ import annotations

import json
from typing import Any, Dict

import httpx
import pytest

import anthropic
from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic, Stream
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types import Completion

pytestmark = pytest.mark.anyio

PARAMS: Dict[str, Any] = {
    "model": "claude-2.1",
    "max_tokens_to_sample": 50,
    "prompt": f"{HUMAN_PROMPT} Hello there{AI_PROMPT}",
}


def test_create(client: Anthropic, server: FakeAnthropic) -> None:
    completion = client.completions.create(**PARAMS)
    assert isinstance(completion, Completion)
    assert completion.completion == " Echo: Hello there"
    assert completion.stop_reason == "stop_sequence"
    assert completion.type == "completion"
    assert completion._request_id is not None and completion._request_id.startswith("req_")
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/complete")
    assert json.loads(request.body) == PARAMS
    assert request.headers["x-stainless-timeout"] == "600"  # the 600 s default of completions
    assert request.headers["x-stainless-read-timeout"] == "600"
    assert "anthropic-beta" not in request.headers


def test_body_order_betas_and_options(client: Anthropic, server: FakeAnthropic) -> None:
    client.completions.create(
        top_p=0.5,
        top_k=3,
        temperature=0.1,
        stop_sequences=["\n\nHuman:"],
        metadata={"user_id": "u"},
        prompt=PARAMS["prompt"],
        model="claude-2.1",
        max_tokens_to_sample=5,
        betas=["b1", "b2"],
        timeout=20,
    )
    request = server.last_request
    assert list(json.loads(request.body)) == [
        "max_tokens_to_sample",
        "model",
        "prompt",
        "metadata",
        "stop_sequences",
        "temperature",
        "top_k",
        "top_p",
    ]
    assert request.headers["anthropic-beta"] == "b1,b2"
    assert request.headers["x-stainless-timeout"] == "20"


def test_custom_client_timeout_is_kept(client: Anthropic, server: FakeAnthropic) -> None:
    client.with_options(timeout=httpx.Timeout(30)).completions.create(**PARAMS)
    assert server.last_request.headers["x-stainless-timeout"] == "NOT_GIVEN"
    assert server.last_request.headers["x-stainless-read-timeout"] == "30"


def test_stream(client: Anthropic, server: FakeAnthropic) -> None:
    stream = client.completions.create(**PARAMS, stream=True)
    assert isinstance(stream, Stream)
    with stream:
        pieces = [piece for piece in stream]
    assert all(isinstance(piece, Completion) for piece in pieces)
    assert "".join(piece.completion for piece in pieces) == " Echo: Hello there"
    assert [piece.stop_reason for piece in pieces] == [None, None, None, "stop_sequence"]
    assert stream.response.is_closed
    request = server.last_request
    assert json.loads(request.body)["stream"] is True
    assert request.headers["x-stainless-timeout"] == "600"


def test_stream_limits_and_error_event(client: Anthropic, server: FakeAnthropic) -> None:
    stream = client.completions.create(**{**PARAMS, "max_tokens_to_sample": 2}, stream=True)
    pieces = [piece for piece in stream]
    assert [p.completion for p in pieces] == [" Echo:", " Hello", ""]
    assert pieces[-1].stop_reason == "max_tokens"
    piece = {"type": "completion", "id": "c", "completion": " a", "stop_reason": None, "model": "claude-2.1"}
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    server.enqueue(Reply(sse=[sse_event("completion", piece), sse_event("error", error)]))
    stream = client.completions.create(**PARAMS, stream=True)
    seen = []
    with pytest.raises(anthropic.APIStatusError) as info:
        for item in stream:
            seen.append(item.completion)
    assert seen == [" a"]
    assert info.value.body == error


def test_bad_prompt(client: Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError) as info:
        client.completions.create(**{**PARAMS, "prompt": "Hello"})
    assert info.value.body["error"]["message"] == 'prompt must start with "\n\nHuman:" turn'  # type: ignore[index]
    with pytest.raises(anthropic.BadRequestError) as info:
        client.completions.create(**{**PARAMS, "prompt": f"{HUMAN_PROMPT} Hi"})
    assert info.value.body["error"]["message"] == 'prompt must end with "\n\nAssistant:" turn'  # type: ignore[index]


def test_raw_responses(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.completions.with_raw_response.create(**PARAMS)
    assert isinstance(raw.parse(), Completion)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    with client.with_streaming_response.completions.create(**PARAMS) as response:
        assert (response.parse()).completion == " Echo: Hello there"
    assert server.last_request.headers["x-stainless-raw-response"] == "stream"
    assert client.with_raw_response.completions is client.completions.with_raw_response


def test_prompt_constants() -> None:
    assert (HUMAN_PROMPT, AI_PROMPT) == ("\n\nHuman:", "\n\nAssistant:")
    assert (Anthropic.HUMAN_PROMPT, Anthropic.AI_PROMPT) == (HUMAN_PROMPT, AI_PROMPT)

"""Legacy text completions (``client.completions``, ``POST /v1/complete``) over real sockets."""

from __future__ import annotations

import json
from typing import Any, Dict

import httpx
import pytest

import anthropic
from anthropic import AI_PROMPT, HUMAN_PROMPT, AsyncAnthropic, AsyncStream
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types import Completion

pytestmark = pytest.mark.anyio

PARAMS: Dict[str, Any] = {
    "model": "claude-2.1",
    "max_tokens_to_sample": 50,
    "prompt": f"{HUMAN_PROMPT} Hello there{AI_PROMPT}",
}


async def test_create(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    completion = await async_client.completions.create(**PARAMS)
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


async def test_body_order_betas_and_options(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    await async_client.completions.create(
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


async def test_custom_client_timeout_is_kept(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    await async_client.with_options(timeout=httpx.Timeout(30)).completions.create(**PARAMS)
    assert server.last_request.headers["x-stainless-timeout"] == "NOT_GIVEN"
    assert server.last_request.headers["x-stainless-read-timeout"] == "30"


async def test_stream(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    stream = await async_client.completions.create(**PARAMS, stream=True)
    assert isinstance(stream, AsyncStream)
    async with stream:
        pieces = [piece async for piece in stream]
    assert all(isinstance(piece, Completion) for piece in pieces)
    assert "".join(piece.completion for piece in pieces) == " Echo: Hello there"
    assert [piece.stop_reason for piece in pieces] == [None, None, None, "stop_sequence"]
    assert stream.response.is_closed
    request = server.last_request
    assert json.loads(request.body)["stream"] is True
    assert request.headers["x-stainless-timeout"] == "600"


async def test_stream_limits_and_error_event(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    stream = await async_client.completions.create(**{**PARAMS, "max_tokens_to_sample": 2}, stream=True)
    pieces = [piece async for piece in stream]
    assert [p.completion for p in pieces] == [" Echo:", " Hello", ""]
    assert pieces[-1].stop_reason == "max_tokens"
    piece = {"type": "completion", "id": "c", "completion": " a", "stop_reason": None, "model": "claude-2.1"}
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    server.enqueue(Reply(sse=[sse_event("completion", piece), sse_event("error", error)]))
    stream = await async_client.completions.create(**PARAMS, stream=True)
    seen = []
    with pytest.raises(anthropic.APIStatusError) as info:
        async for item in stream:
            seen.append(item.completion)
    assert seen == [" a"]
    assert info.value.body == error


async def test_bad_prompt(async_client: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.BadRequestError) as info:
        await async_client.completions.create(**{**PARAMS, "prompt": "Hello"})
    assert info.value.body["error"]["message"] == 'prompt must start with "\n\nHuman:" turn'  # type: ignore[index]
    with pytest.raises(anthropic.BadRequestError) as info:
        await async_client.completions.create(**{**PARAMS, "prompt": f"{HUMAN_PROMPT} Hi"})
    assert info.value.body["error"]["message"] == 'prompt must end with "\n\nAssistant:" turn'  # type: ignore[index]


async def test_raw_responses(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    raw = await async_client.completions.with_raw_response.create(**PARAMS)
    assert isinstance(raw.parse(), Completion)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    async with async_client.with_streaming_response.completions.create(**PARAMS) as response:
        assert (await response.parse()).completion == " Echo: Hello there"
    assert server.last_request.headers["x-stainless-raw-response"] == "stream"
    assert async_client.with_raw_response.completions is async_client.completions.with_raw_response


async def test_prompt_constants() -> None:
    assert (HUMAN_PROMPT, AI_PROMPT) == ("\n\nHuman:", "\n\nAssistant:")
    assert (AsyncAnthropic.HUMAN_PROMPT, AsyncAnthropic.AI_PROMPT) == (HUMAN_PROMPT, AI_PROMPT)

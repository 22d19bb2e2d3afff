"""beta.messages.batches: the same endpoints under ?beta=true with the batches beta header and Beta types."""

from __future__ import annotations

from typing import Any, List

import pytest

import anthropic
from anthropic import AsyncAnthropic
from anthropic._decoders.jsonl import AsyncJSONLDecoder
from anthropic.pagination import AsyncPage
from anthropic.testing import FakeAnthropic
from anthropic.types.beta import BetaMessage
from anthropic.types.beta.messages import (
    BetaDeletedMessageBatch,
    BetaMessageBatch,
    BetaMessageBatchIndividualResponse,
    BetaMessageBatchSucceededResult,
)

pytestmark = pytest.mark.anyio

BATCHES_BETA = "message-batches-2024-09-24"
REQUESTS: List[Any] = [
    {"custom_id": "only", "params": {"model": "m", "max_tokens": 32, "messages": [{"role": "user", "content": "Hi"}]}}
]


async def test_every_method_on_the_beta_path(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    batches = async_client.beta.messages.batches
    created = await batches.create(requests=REQUESTS)
    assert isinstance(created, BetaMessageBatch) and created.processing_status == "in_progress"
    assert server.last_request.json() == {"requests": REQUESTS}
    canceled = await batches.cancel(created.id)
    assert isinstance(canceled, BetaMessageBatch) and canceled.processing_status == "canceling"
    retrieved = await batches.retrieve(created.id)
    assert retrieved.processing_status == "ended" and retrieved.request_counts.canceled == 1
    page = await batches.list(limit=5)
    assert isinstance(page, AsyncPage) and isinstance(page.data[0], BetaMessageBatch)
    deleted = await batches.delete(created.id)
    assert isinstance(deleted, BetaDeletedMessageBatch) and deleted.id == created.id

    sent = [(r.method, r.raw_path, r.headers["anthropic-beta"]) for r in server.requests]
    root = "/v1/messages/batches"
    assert sent == [
        ("POST", f"{root}?beta=true", BATCHES_BETA),
        ("POST", f"{root}/{created.id}/cancel?beta=true", BATCHES_BETA),
        ("GET", f"{root}/{created.id}?beta=true", BATCHES_BETA),
        ("GET", f"{root}?beta=true&limit=5", BATCHES_BETA),  # ?beta=true kept with the other parameters
        ("DELETE", f"{root}/{created.id}?beta=true", BATCHES_BETA),
    ]


async def test_betas_are_sent_before_the_implicit_one(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    created = await async_client.beta.messages.batches.create(requests=REQUESTS, betas=["a-1", "b-2"])
    assert server.last_request.headers["anthropic-beta"] == f"a-1,b-2,{BATCHES_BETA}"
    await async_client.beta.messages.batches.retrieve(created.id, extra_headers={"anthropic-beta": "mine"})
    assert server.last_request.headers.get_list("anthropic-beta") == ["mine"]  # the caller's header wins


async def test_list_pages_keep_the_beta_marker(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    for _ in range(5):
        await async_client.beta.messages.batches.create(requests=REQUESTS)
    server.reset()
    ids = [b.id async for b in async_client.beta.messages.batches.list(limit=2, betas=["x"])]
    assert len(ids) == 5
    assert [r.raw_path.split("&after_id")[0] for r in server.requests] == ["/v1/messages/batches?beta=true&limit=2"] * 3
    assert {r.headers["anthropic-beta"] for r in server.requests} == {f"x,{BATCHES_BETA}"}


async def test_results(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    created = await async_client.beta.messages.batches.create(requests=REQUESTS)
    server.reset()
    results = await async_client.beta.messages.batches.results(
        created.id, betas=["x-1"], extra_headers={"X-Trace": "1"}
    )
    assert isinstance(results, AsyncJSONLDecoder)
    items = [item async for item in results]
    assert len(items) == 1 and isinstance(items[0], BetaMessageBatchIndividualResponse)
    result = items[0].result
    assert isinstance(result, BetaMessageBatchSucceededResult) and isinstance(result.message, BetaMessage)
    retrieve, download = server.requests
    # the retrieve carries only the implicit beta, none of the caller's options
    assert retrieve.raw_path == f"/v1/messages/batches/{created.id}?beta=true"
    assert retrieve.headers["anthropic-beta"] == BATCHES_BETA and "x-trace" not in retrieve.headers
    assert download.raw_path == f"/v1/messages/batches/{created.id}/results"
    assert download.headers["anthropic-beta"] == f"x-1,{BATCHES_BETA}"
    assert download.headers["accept"] == "application/binary" and download.headers["x-trace"] == "1"


async def test_raw_streaming_and_errors(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    raw = await async_client.beta.messages.batches.with_raw_response.create(requests=REQUESTS)
    created = raw.parse()
    assert isinstance(created, BetaMessageBatch)
    async with async_client.beta.with_streaming_response.messages.batches.retrieve(created.id) as response:
        assert (await response.parse()).id == created.id
    raw_list = await async_client.with_raw_response.beta.messages.batches.list()
    assert raw_list.parse().data[0].id == created.id
    with pytest.raises(ValueError, match="message_batch_id"):
        await async_client.beta.messages.batches.results("")
    with pytest.raises(anthropic.NotFoundError):
        await async_client.beta.messages.batches.cancel("missing")

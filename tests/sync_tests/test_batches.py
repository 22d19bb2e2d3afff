# File generated from tests/async_tests/test_batches.py by tools/unasync.py. Do not edit.
"""messages.batches: every method on the wire, cursor pagination, and JSONL results."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any, Dict, List

import pytest

import anthropic
from anthropic import Anthropic
from anthropic._decoders.jsonl import JSONLDecoder
from anthropic._legacy_response import LegacyAPIResponse
from anthropic.pagination import SyncPage
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types import Message
from anthropic.types.messages import (
    DeletedMessageBatch,
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchIndividualResponse,
    MessageBatchSucceededResult,
)

pytestmark = pytest.mark.anyio


def request(custom_id: str, text: str = "Hello", **params: Any) -> Any:
    body: Dict[str, Any] = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": text}],
    }
    return {"custom_id": custom_id, "params": {**body, **params}}


REQUESTS: List[Any] = [request("first", "Hello there"), request("second", "Bye", max_tokens="many")]


def batch_json(**fields: Any) -> Dict[str, Any]:
    counts = {"processing": 1, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
    return {
        "id": "msgbatch_x",
        "type": "message_batch",
        "processing_status": "in_progress",
        "request_counts": counts,
        "created_at": "2025-01-01T00:00:00Z",
        "expires_at": "2025-01-02T00:00:00Z",
        "results_url": None,
        **fields,
    }


def test_create(client: Anthropic, server: FakeAnthropic) -> None:
    batch = client.messages.batches.create(requests=REQUESTS)
    assert isinstance(batch, MessageBatch)
    assert batch.id.startswith("msgbatch_") and batch.type == "message_batch"
    assert batch.processing_status == "in_progress"
    assert batch.request_counts.processing == 2 and batch.results_url is None
    assert batch._request_id == server.last_request.headers.get("request-id", batch._request_id)
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("POST", "/v1/messages/batches")
    assert sent.json() == {"requests": REQUESTS}
    assert sent.headers["content-type"] == "application/json"
    assert "anthropic-beta" not in sent.headers


def test_retrieve_ends_the_batch(client: Anthropic, server: FakeAnthropic) -> None:
    created = client.messages.batches.create(requests=REQUESTS)
    batch = client.messages.batches.retrieve(created.id, extra_headers={"X-Trace": "1"})
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("GET", f"/v1/messages/batches/{created.id}")
    assert sent.headers["x-trace"] == "1" and sent.body == b"" and "content-type" not in sent.headers
    assert batch.processing_status == "ended" and batch.ended_at is not None
    assert (batch.request_counts.succeeded, batch.request_counts.errored) == (1, 1)
    assert batch.results_url == f"{server.url}/v1/messages/batches/{created.id}/results"


def test_list_across_pages(client: Anthropic, server: FakeAnthropic) -> None:
    created = [(client.messages.batches.create(requests=[request(f"r{i}")])).id for i in range(7)]
    server.reset()
    first = client.messages.batches.list(limit=3)
    assert isinstance(first, SyncPage)
    assert [b.id for b in first.data] == created[::-1][:3] and first.has_more is True
    ids = [batch.id for batch in client.messages.batches.list(limit=3)]
    assert ids == created[::-1]
    paths = [r.raw_path for r in server.requests[1:]]
    assert paths == [
        "/v1/messages/batches?limit=3",
        f"/v1/messages/batches?limit=3&after_id={ids[2]}",
        f"/v1/messages/batches?limit=3&after_id={ids[5]}",
    ]
    pages = [page for page in first.iter_pages()]
    assert [len(page.data) for page in pages] == [3, 3, 1]
    backwards = [b.id for b in client.messages.batches.list(before_id=created[0], limit=2)]
    assert backwards == [*created[2:0:-1], *created[4:2:-1], *created[6:4:-1]]  # pages walk backwards
    assert server.last_request.query == {"before_id": created[4], "limit": "2"}


def test_cancel(client: Anthropic, server: FakeAnthropic) -> None:
    created = client.messages.batches.create(requests=REQUESTS)
    canceled = client.messages.batches.cancel(created.id)
    sent = server.last_request
    assert (sent.method, sent.raw_path, sent.body) == ("POST", f"/v1/messages/batches/{created.id}/cancel", b"")
    assert sent.headers["content-type"] == "application/json"  # as the reference sends it, without a body
    assert sent.headers["content-length"] == "0"
    assert canceled.processing_status == "canceling" and canceled.cancel_initiated_at is not None
    results = [r for r in client.messages.batches.results(created.id)]
    assert [(r.custom_id, type(r.result)) for r in results] == [
        ("first", MessageBatchCanceledResult),
        ("second", MessageBatchCanceledResult),
    ]
    ended = client.messages.batches.retrieve(created.id)
    assert ended.request_counts.canceled == 2


def test_delete(client: Anthropic, server: FakeAnthropic) -> None:
    created = client.messages.batches.create(requests=REQUESTS)
    with pytest.raises(anthropic.BadRequestError, match="still processing"):
        client.messages.batches.delete(created.id)
    client.messages.batches.retrieve(created.id)
    deleted = client.messages.batches.delete(created.id)
    assert isinstance(deleted, DeletedMessageBatch)
    assert (deleted.id, deleted.type) == (created.id, "message_batch_deleted")
    sent = server.last_request
    assert (sent.method, sent.raw_path, sent.body) == ("DELETE", f"/v1/messages/batches/{created.id}", b"")
    assert sent.headers["content-type"] == "application/json"
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.retrieve(created.id)


def test_results(client: Anthropic, server: FakeAnthropic) -> None:
    created = client.messages.batches.create(requests=REQUESTS)
    server.reset()
    results = client.messages.batches.results(
        created.id, extra_headers={"X-Trace": "1"}, extra_query={"q": "1"}, timeout=5
    )
    assert isinstance(results, JSONLDecoder)
    retrieve, download = server.requests
    assert (retrieve.method, retrieve.raw_path) == ("GET", f"/v1/messages/batches/{created.id}")
    assert "x-trace" not in retrieve.headers and retrieve.headers["x-stainless-timeout"] == "NOT_GIVEN"
    assert retrieve.headers["accept"] == "application/json"
    assert (download.method, download.raw_path) == ("GET", f"/v1/messages/batches/{created.id}/results?q=1")
    assert download.headers["accept"] == "application/binary"
    assert download.headers["x-trace"] == "1" and download.headers["x-stainless-timeout"] == "5"
    assert "anthropic-beta" not in download.headers
    assert results.http_response.headers["content-type"] == "application/binary"

    items = [item for item in results]
    assert all(isinstance(item, MessageBatchIndividualResponse) for item in items)
    assert [item.custom_id for item in items] == ["first", "second"]
    succeeded, errored = items[0].result, items[1].result
    assert isinstance(succeeded, MessageBatchSucceededResult) and isinstance(succeeded.message, Message)
    assert succeeded.message.content[0].text == "Echo: Hello there"  # type: ignore[union-attr]
    assert isinstance(errored, MessageBatchErroredResult)
    assert errored.error.error.type == "invalid_request_error"
    assert results.http_response.is_closed  # read to the end


def test_results_close_early(client: Anthropic) -> None:
    created = client.messages.batches.create(requests=REQUESTS)
    results = client.messages.batches.results(created.id)
    first = results.__next__()
    assert first.custom_id == "first"
    assert not results.http_response.is_closed
    results.close()
    assert results.http_response.is_closed


def test_results_without_results_url(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json=batch_json()), path="/v1/messages/batches/msgbatch_x")
    with pytest.raises(anthropic.AnthropicError) as info:
        client.messages.batches.results("msgbatch_x")
    assert str(info.value) == "No `results_url` for the given batch; Has it finished processing? in_progress"
    assert len(server.requests) == 1


def test_results_follow_an_absolute_url(client: Anthropic, server: FakeAnthropic) -> None:
    lines = [{"custom_id": "a", "result": {"type": "expired"}}, {"custom_id": "b", "result": {"type": "canceled"}}]
    body = "\r\n".join(json.dumps(line) for line in lines)  # no final newline: the last line still counts
    url = f"{server.url}/storage/results.jsonl?sig=abc"
    server.enqueue(Reply(json=batch_json(processing_status="ended", results_url=url)))
    server.enqueue(Reply(status=500), path="/storage/results.jsonl")  # retried like any request
    server.enqueue(Reply(body=body, content_type="application/binary"), path="/storage/results.jsonl")
    results = client.messages.batches.results("msgbatch_x")
    assert [(r.custom_id, r.result.type) for r in results] == [("a", "expired"), ("b", "canceled")]
    assert [r.raw_path for r in server.requests[1:]] == ["/storage/results.jsonl?sig=abc"] * 2
    assert server.last_request.headers["x-stainless-retry-count"] == "1"


def test_results_error_status(client: Anthropic, server: FakeAnthropic) -> None:
    url = f"{server.url}/storage/gone"
    server.enqueue(Reply(json=batch_json(processing_status="ended", results_url=url)))
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.results("msgbatch_x")


def test_empty_and_escaped_ids(client: Anthropic, server: FakeAnthropic) -> None:
    message = "Expected a non-empty value for `message_batch_id` but received ''"
    for method in ("retrieve", "delete", "cancel", "results"):
        with pytest.raises(ValueError) as info:
            getattr(client.messages.batches, method)("")
        assert str(info.value) == message
    assert server.requests == []
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.retrieve("a/b?c")
    assert server.last_request.raw_path == "/v1/messages/batches/a%2Fb%3Fc"


def test_get_sends_no_body(client: Anthropic, server: FakeAnthropic) -> None:
    client.messages.batches.list(extra_body={"ignored": True}, extra_query={"limit": 1})
    sent = server.last_request
    assert sent.body == b"" and "content-type" not in sent.headers
    assert sent.raw_path == "/v1/messages/batches?limit=1"


def test_raw_and_streaming_responses(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.messages.batches.with_raw_response.create(requests=REQUESTS)
    assert isinstance(raw, LegacyAPIResponse)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    batch = raw.parse()
    assert isinstance(batch, MessageBatch)
    raw_cancel = client.messages.with_raw_response.batches.cancel(batch.id)
    assert raw_cancel.parse().processing_status == "canceling"
    raw_page = client.with_raw_response.messages.batches.list()
    assert [b.id for b in raw_page.parse().data] == [batch.id]
    with client.messages.batches.with_streaming_response.retrieve(batch.id) as response:
        assert server.last_request.headers["x-stainless-raw-response"] == "stream"
        assert (response.parse()).processing_status == "ended"
    with client.with_streaming_response.messages.batches.delete(batch.id) as response:
        assert (response.parse()).type == "message_batch_deleted"
    raw_tree = client.messages.batches.with_raw_response
    assert not hasattr(raw_tree, "results")  # as in the reference: results has no raw variant
    assert not hasattr(client.messages.batches.with_streaming_response, "results")


def test_results_memory_stays_flat(client: Anthropic) -> None:
    text = "word " * 200
    requests = [request(f"r{i}", f"{i} {text}", max_tokens=1024) for i in range(10_000)]
    created = client.messages.batches.create(requests=requests)
    ended = client.messages.batches.retrieve(created.id)  # the server renders the results file now
    warm_up = client.messages.batches.create(requests=requests[:2])
    assert len([r for r in client.messages.batches.results(warm_up.id)]) == 2

    tracemalloc.start()
    try:
        results = client.messages.batches.results(ended.id)
        count = size = 0
        for item in results:
            count += 1
            size += len(item.custom_id)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    body_size = int(results.http_response.headers["content-length"])
    assert count == 10_000
    assert body_size > 10_000_000
    assert peak < body_size / 5, (peak, body_size)

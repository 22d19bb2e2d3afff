"""Responses parse as the 0.74.1 SDK parses them (issue 9, items 10-12), over the wire.

A non-strict client builds responses the reference's way: unions validated laxly first
(``"5"`` -> ``5`` for ``Optional[int]``, the variant that fits), datetimes outside unions read
by the reference's parser (``timezone.utc``; a date alone stays a string). A strict client
validates with plain pydantic, as the reference does.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, Optional, Union

import pytest

from anthropic import AsyncAnthropic, BaseModel
from anthropic.testing import FakeAnthropic, Reply

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

UTC = timezone.utc


class Counts(BaseModel):
    n: Optional[int] = None
    m: int = 0
    when: Optional[datetime] = None
    at: datetime


class Sub1(BaseModel):
    a: int


class Sub2(BaseModel):
    b: str


class Pair(BaseModel):
    u: Union[Sub1, Sub2]


BATCH: Dict[str, Any] = {
    "id": "msgbatch_1",
    "type": "message_batch",
    "processing_status": "ended",
    "request_counts": {"canceled": 0, "errored": 0, "expired": 0, "processing": 0, "succeeded": 1},
    "created_at": "2024-08-20T18:37:24.100435Z",
    "expires_at": "2024-08-21T18:37:24Z",
    "archived_at": "2024-08-20T18:37:24.100435Z",
    "ended_at": None,
    "cancel_initiated_at": None,
    "results_url": None,
}
MODEL_INFO: Dict[str, Any] = {
    "id": "claude-x",
    "type": "model",
    "display_name": "X",
    "created_at": "2025-02-19T00:00:00Z",
}
FILE: Dict[str, Any] = {
    "id": "file_1",
    "type": "file",
    "filename": "a.txt",
    "mime_type": "text/plain",
    "size_bytes": 3,
    "created_at": "2025-04-01T12:00:00.5Z",
    "downloadable": False,
}


def pydantic_utc(value: Any) -> bool:
    """A UTC datetime as pydantic makes it (its own ``TzInfo``, not ``timezone.utc``)."""
    return (
        isinstance(value, datetime)
        and value.tzinfo is not UTC
        and value.utcoffset() is not None
        and not value.utcoffset()
    )


async def test_user_model_unions_are_validated_laxly(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json={"n": "5", "m": "7", "at": "2024-01-02T03:04:05Z"}), path="/v1/custom")
    counts = await async_client.get("/v1/custom", cast_to=Counts)
    assert (counts.n, counts.m) == (5, "7")  # Optional[int] is a union: lax; int is kept as sent
    assert counts.at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC) and counts.at.tzinfo is UTC
    server.enqueue(Reply(json={"u": {"b": "x"}}), path="/v1/custom")
    pair = await async_client.get("/v1/custom", cast_to=Pair)
    assert isinstance(pair.u, Sub2) and pair.u.b == "x"


async def test_user_model_datetimes(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    body = {"n": 1, "at": "2024-01-02T03:04:05Z", "when": "2024-01-02T03:04:05Z"}
    server.enqueue(Reply(json=body), path="/v1/custom")
    counts = await async_client.get("/v1/custom", cast_to=Counts)
    assert counts.at.tzinfo is UTC
    assert pydantic_utc(counts.when)  # Optional[datetime]: a union, read by pydantic
    server.enqueue(Reply(json={**body, "at": "2024-01-02", "when": "2024-01-02"}), path="/v1/custom")
    dated = await async_client.get("/v1/custom", cast_to=Counts)
    assert dated.at == "2024-01-02"  # type: ignore[comparison-overlap]
    assert dated.when == datetime(2024, 1, 2)
    server.enqueue(Reply(json={**body, "at": 1704164645123}), path="/v1/custom")
    stamped = await async_client.get("/v1/custom", cast_to=Counts)
    assert stamped.at == datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)


async def test_api_datetimes_are_timezone_utc(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json=BATCH), path="/v1/messages/batches/msgbatch_1")
    batch = await async_client.messages.batches.retrieve("msgbatch_1")
    assert batch.created_at == datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=UTC)
    assert batch.created_at.tzinfo is UTC and batch.expires_at.tzinfo is UTC
    assert repr(batch.created_at) == "datetime.datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=datetime.timezone.utc)"
    assert pydantic_utc(batch.archived_at)  # Optional[datetime]
    server.enqueue(Reply(json={**BATCH, "created_at": "2024-08-20"}), path="/v1/messages/batches/msgbatch_1")
    dated = await async_client.messages.batches.retrieve("msgbatch_1")
    assert dated.created_at == "2024-08-20"  # type: ignore[comparison-overlap]
    assert dated.expires_at.tzinfo is UTC

    server.enqueue(Reply(json=MODEL_INFO), path="/v1/models/claude-x")
    assert (await async_client.models.retrieve("claude-x")).created_at.tzinfo is UTC
    server.enqueue(Reply(json=MODEL_INFO), path="/v1/models/claude-x")
    assert (await async_client.beta.models.retrieve("claude-x")).created_at.tzinfo is UTC
    page = {"data": [MODEL_INFO], "has_more": False, "first_id": "claude-x", "last_id": "claude-x"}
    server.enqueue(Reply(json=page), path="/v1/models")
    models = [model async for model in async_client.models.list()]
    assert models[0].created_at.tzinfo is UTC
    server.enqueue(Reply(json=FILE), path="/v1/files/file_1")
    metadata = await async_client.beta.files.retrieve_metadata("file_1")
    assert metadata.created_at == datetime(2025, 4, 1, 12, 0, 0, 500000, tzinfo=UTC)
    assert metadata.created_at.tzinfo is UTC


async def test_strict_client_validates_with_pydantic(server: FakeAnthropic) -> None:
    async with AsyncAnthropic(api_key=API_KEY, base_url=server.url, _strict_response_validation=True) as strict:
        server.enqueue(Reply(json={**BATCH, "ended_at": "2024-08-20"}), path="/v1/messages/batches/msgbatch_1")
        batch = await strict.messages.batches.retrieve("msgbatch_1")
        assert pydantic_utc(batch.created_at) and pydantic_utc(batch.archived_at)
        assert batch.ended_at == datetime(2024, 8, 20)
        server.enqueue(Reply(json={"n": "5", "m": "7", "at": "2024-01-02T03:04:05Z"}), path="/v1/custom")
        counts = await strict.get("/v1/custom", cast_to=Counts)
        assert (counts.n, counts.m) == (5, 7)
        assert pydantic_utc(counts.at)

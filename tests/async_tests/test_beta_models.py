"""beta.models: the models endpoints under ?beta=true, typed BetaModelInfo."""

from __future__ import annotations

import pytest

import anthropic
from anthropic import AsyncAnthropic
from anthropic.pagination import AsyncPage
from anthropic.testing import FakeAnthropic
from anthropic.types.beta import BetaModelInfo

pytestmark = pytest.mark.anyio


async def test_retrieve(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    model = await async_client.beta.models.retrieve("claude-sonnet-4-5")
    assert isinstance(model, BetaModelInfo)
    assert model.id == "claude-sonnet-4-5-20250929" and model.type == "model"
    sent = server.last_request
    assert (sent.method, sent.raw_path) == ("GET", "/v1/models/claude-sonnet-4-5?beta=true")
    assert "anthropic-beta" not in sent.headers  # no implicit beta
    await async_client.beta.models.retrieve("claude-sonnet-4-5", betas=["a-1", "b-2"])
    assert server.last_request.headers["anthropic-beta"] == "a-1,b-2"
    with pytest.raises(ValueError, match="Expected a non-empty value for `model_id` but received ''"):
        await async_client.beta.models.retrieve("")
    with pytest.raises(anthropic.NotFoundError):
        await async_client.beta.models.retrieve("no/such?model")
    assert server.last_request.raw_path == "/v1/models/no%2Fsuch%3Fmodel?beta=true"


async def test_list_across_pages(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    first = await async_client.beta.models.list()
    assert isinstance(first, AsyncPage) and isinstance(first.data[0], BetaModelInfo)
    assert server.last_request.raw_path == "/v1/models?beta=true"
    everything = [m.id for m in first.data]
    server.reset()
    ids = [m.id async for m in async_client.beta.models.list(limit=3, betas=["x"])]
    assert ids == everything and len(ids) >= 7
    paths = [r.raw_path for r in server.requests]
    assert paths[0] == "/v1/models?beta=true&limit=3"
    assert paths[1] == f"/v1/models?beta=true&limit=3&after_id={ids[2]}"  # ?beta=true kept on every page
    assert len(paths) == 3
    assert {r.headers["anthropic-beta"] for r in server.requests} == {"x"}


async def test_raw_and_streaming(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    raw = await async_client.beta.models.with_raw_response.retrieve("claude-haiku-4-5")
    assert isinstance(raw.parse(), BetaModelInfo)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    raw_list = await async_client.with_raw_response.beta.models.list(limit=1)
    assert len(raw_list.parse().data) == 1
    async with async_client.beta.with_streaming_response.models.list(limit=2) as response:
        page = await response.parse()
        assert len(page.data) == 2
    assert response.is_closed

# File generated from tests/async_tests/test_models_pagination.py by tools/unasync.py. Do not edit.
"""models.retrieve / models.list and cursor pagination, forwards and backwards."""

from __future__ import annotations

from typing import List

import pytest

from anthropic import Anthropic
from anthropic.pagination import SyncPage
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types import ModelInfo

pytestmark = pytest.mark.anyio


def test_retrieve(client: Anthropic, server: FakeAnthropic) -> None:
    model = client.models.retrieve("claude-sonnet-4-5-20250929")
    assert isinstance(model, ModelInfo)
    assert model.id == "claude-sonnet-4-5-20250929"
    assert model.type == "model"
    assert model.created_at.year >= 2024
    assert server.last_request.raw_path == "/v1/models/claude-sonnet-4-5-20250929"
    assert "anthropic-beta" not in server.last_request.headers


def test_betas_header(client: Anthropic, server: FakeAnthropic) -> None:
    client.models.retrieve("claude-sonnet-4-5-20250929", betas=["a-1", "b-2"])
    assert server.last_request.headers["anthropic-beta"] == "a-1,b-2"
    client.models.list(betas=[])
    assert server.last_request.headers.get_list("anthropic-beta") == [""]


def test_first_page(client: Anthropic, server: FakeAnthropic) -> None:
    page = client.models.list(limit=2)
    assert isinstance(page, SyncPage)
    assert len(page.data) == 2 and page.has_more is True
    assert page.first_id == page.data[0].id and page.last_id == page.data[1].id
    assert page.has_next_page()
    assert page._request_id is not None
    assert server.last_request.raw_path == "/v1/models?limit=2"


def test_auto_pagination_across_pages(client: Anthropic, server: FakeAnthropic) -> None:
    everything = [m.id for m in client.models.list()]
    server.reset()
    ids: List[str] = []
    for model in client.models.list(limit=2):
        ids.append(model.id)
    assert ids == everything and len(ids) >= 5
    paths = [r.raw_path for r in server.requests]
    assert paths[0] == "/v1/models?limit=2"
    assert paths[1] == f"/v1/models?limit=2&after_id={ids[1]}"
    assert len(paths) == (len(ids) + 1) // 2


def test_iter_pages_and_get_next_page(client: Anthropic, server: FakeAnthropic) -> None:
    first = client.models.list(limit=3, extra_headers={"X-Keep": "1"})
    pages = [page for page in first.iter_pages()]
    assert len(pages) >= 2
    assert not pages[-1].has_next_page()
    second = first.get_next_page()
    assert second.data[0].id == pages[1].data[0].id
    assert server.last_request.headers["x-keep"] == "1"
    with pytest.raises(RuntimeError, match="No next page expected"):
        last = pages[-1]
        object.__setattr__(last, "last_id", None)
        last.get_next_page()


def test_backwards_pagination(client: Anthropic, server: FakeAnthropic) -> None:
    everything = [m.id for m in client.models.list()]
    server.reset()
    anchor = everything[-1]
    ids = [m.id for m in client.models.list(before_id=anchor, limit=2)]
    assert set(ids) == set(everything[:-1])
    paths = [r.raw_path for r in server.requests]
    assert paths[0] == f"/v1/models?before_id={anchor}&limit=2"
    assert paths[1].startswith("/v1/models?before_id=") and paths[1].endswith("&limit=2")
    assert paths[1] != paths[0]


def test_empty_page_has_no_next(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json={"data": [], "has_more": True, "first_id": None, "last_id": "x"}))
    page = client.models.list()
    assert not page.has_next_page()
    assert [m for m in page] == []


def test_missing_has_more_with_cursor_counts_as_more(client: Anthropic, server: FakeAnthropic) -> None:
    model = {"type": "model", "id": "a", "display_name": "A", "created_at": "2025-01-01T00:00:00Z"}
    server.enqueue(Reply(json={"data": [model], "last_id": "a"}))
    page = client.models.list()
    assert page.has_next_page()


def test_raw_list_response(client: Anthropic, server: FakeAnthropic) -> None:
    raw = client.models.with_raw_response.list(limit=1)
    assert server.last_request.headers["x-stainless-raw-response"] == "true"
    page = raw.parse()
    assert isinstance(page, SyncPage) and len(page.data) == 1
    page.get_next_page()
    assert "x-stainless-raw-response" not in server.last_request.headers

"""Shared fixtures: the fake API server (real sockets on 127.0.0.1) and clients bound to it."""

from __future__ import annotations

import os
from typing import AsyncIterator, Iterator

import pytest

from anthropic import Anthropic, AsyncAnthropic
from anthropic.testing import FakeAnthropic

API_KEY = "sk-ant-test-key"
FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def fixtures_dir() -> str:
    return FIXTURES


@pytest.fixture
def server() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        yield fake


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the exponential backoff 1000x shorter (tests never sleep long)."""
    from anthropic._core import pipeline

    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.0005)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.008)


@pytest.fixture
def client(server: FakeAnthropic, fast_retries: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Anthropic]:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with Anthropic(api_key=API_KEY, base_url=server.url) as c:
        yield c


@pytest.fixture
async def async_client(
    server: FakeAnthropic, fast_retries: None, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[AsyncAnthropic]:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    async with AsyncAnthropic(api_key=API_KEY, base_url=server.url) as c:
        yield c

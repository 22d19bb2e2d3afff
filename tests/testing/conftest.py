from __future__ import annotations

from typing import Iterator

import httpx
import pytest

from anthropic.testing import FakeAnthropic

API_KEY = "test-key"


@pytest.fixture
def server() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        yield fake


@pytest.fixture
def client(server: FakeAnthropic) -> Iterator[httpx.Client]:
    headers = {"x-api-key": API_KEY, "anthropic-version": "2023-06-01"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=5) as http:
        yield http

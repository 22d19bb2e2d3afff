"""pytest fixtures for testing code that calls the Anthropic API, against the fake server (`FakeAnthropic`).

The plugin is opt-in. Turn it on in one of these ways:

* on the command line: `pytest -p anthropic.testing.pytest_plugin` (or put that in `addopts`);
* in the top-level `conftest.py`: `pytest_plugins = ["anthropic.testing.pytest_plugin"]`;
* with the package's `pytest11` entry point, which does nothing by itself: `pytest --anthropic-fixtures`, or
  `anthropic_fixtures = true` in the pytest ini section (`[tool.pytest.ini_options]` of `pyproject.toml`).

Fixtures (all function-scoped):

* `fake_anthropic`: a running `FakeAnthropic`, closed at teardown (in replay mode the teardown fails with the diff
  of every request that had no recording). Its constructor arguments come from `fake_anthropic_options`.
* `anthropic_client`: an `Anthropic` bound to it (`base_url=fake_anthropic.url`, `api_key=TEST_API_KEY`), closed
  at teardown; extra constructor arguments come from `anthropic_client_options`.
* `async_anthropic_client`: the same as an `AsyncAnthropic`, closed at teardown. It is an async fixture: use it
  from tests run by anyio's pytest plugin (`@pytest.mark.anyio`; anyio is a dependency of the SDK) or by
  pytest-asyncio in auto mode.
* `fake_anthropic_options` / `anthropic_client_options`: `{}`; override them (in a `conftest.py`, a test module or
  a class) to configure the fixtures above, e.g. `{"replay_from": DIR}` or `{"max_retries": 0}`.
* `anthropic_retry_backoff`: the factor applied to the SDK's retry backoff (0.5 s doubling up to 8 s) while a
  client fixture is in use: `0.001` by default, so a test that meets a scripted 529 retries at once; override it
  to return `1.0` for the real delays. It applies to every client of the test (also those a test builds itself),
  but not to `retry-after` headers, which are honoured as sent.

This module is the only part of `anthropic.testing` that imports pytest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Iterator

import pytest

from ._server import FakeAnthropic

if TYPE_CHECKING:
    from anthropic import Anthropic, AsyncAnthropic

__all__ = [
    "TEST_API_KEY",
    "anthropic_client",
    "anthropic_client_options",
    "anthropic_retry_backoff",
    "async_anthropic_client",
    "fake_anthropic",
    "fake_anthropic_options",
]

TEST_API_KEY = "sk-ant-test-key"
"""The API key of the client fixtures (the fake server accepts any key)."""


@pytest.fixture
def fake_anthropic_options() -> Dict[str, Any]:
    """Keyword arguments of the `FakeAnthropic` of `fake_anthropic` (override this fixture to set them)."""
    return {}


@pytest.fixture
def fake_anthropic(fake_anthropic_options: Dict[str, Any]) -> Iterator[FakeAnthropic]:
    """A running fake Anthropic API server on 127.0.0.1, closed at teardown."""
    with FakeAnthropic(**fake_anthropic_options) as server:
        yield server


@pytest.fixture
def anthropic_client_options() -> Dict[str, Any]:
    """Extra keyword arguments of the client fixtures (override this fixture to set them)."""
    return {}


@pytest.fixture
def anthropic_retry_backoff() -> float:
    """Factor applied to the SDK's retry backoff while a client fixture is in use (1.0: real delays)."""
    return 0.001


@pytest.fixture
def _anthropic_scaled_backoff(anthropic_retry_backoff: float, monkeypatch: pytest.MonkeyPatch) -> None:
    from anthropic._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
    from anthropic._core import pipeline

    if anthropic_retry_backoff < 0:
        raise ValueError("anthropic_retry_backoff must be >= 0")
    if anthropic_retry_backoff != 1:
        monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", INITIAL_RETRY_DELAY * anthropic_retry_backoff)
        monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", MAX_RETRY_DELAY * anthropic_retry_backoff)


def _client_arguments(server: FakeAnthropic, options: Dict[str, Any]) -> Dict[str, Any]:
    return {"api_key": TEST_API_KEY, "base_url": server.url, **options}


@pytest.fixture
def anthropic_client(
    fake_anthropic: FakeAnthropic, anthropic_client_options: Dict[str, Any], _anthropic_scaled_backoff: None
) -> Iterator[Anthropic]:
    """An `Anthropic` client bound to `fake_anthropic`, closed at teardown."""
    from anthropic import Anthropic

    with Anthropic(**_client_arguments(fake_anthropic, anthropic_client_options)) as client:
        yield client


@pytest.fixture
async def async_anthropic_client(
    fake_anthropic: FakeAnthropic, anthropic_client_options: Dict[str, Any], _anthropic_scaled_backoff: None
) -> AsyncIterator[AsyncAnthropic]:
    """An `AsyncAnthropic` client bound to `fake_anthropic`, closed at teardown (needs an async test runner)."""
    from anthropic import AsyncAnthropic

    async with AsyncAnthropic(**_client_arguments(fake_anthropic, anthropic_client_options)) as client:
        yield client

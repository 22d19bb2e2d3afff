"""The opt-in pytest plugin `anthropic.testing.pytest_plugin`, run in fresh pytest processes by `pytester`."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

pytest_plugins = ["pytester"]

PLUGIN = "anthropic.testing.pytest_plugin"
ENTRY_POINT = "anthropic_testing"

SYNC_TESTS = """
import time

import pytest

import anthropic
from anthropic import Anthropic
from anthropic.testing import FakeAnthropic, Reply
from anthropic.testing.pytest_plugin import TEST_API_KEY

seen = []


def test_the_client_talks_to_the_fake(fake_anthropic: FakeAnthropic, anthropic_client: Anthropic) -> None:
    assert isinstance(fake_anthropic, FakeAnthropic) and type(anthropic_client) is Anthropic
    message = anthropic_client.messages.create(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "hi"}]
    )
    assert message.content[0].text == "Echo: hi"
    assert fake_anthropic.last_request.headers["x-api-key"] == TEST_API_KEY
    assert str(anthropic_client.base_url).rstrip("/") == fake_anthropic.url
    seen.append((fake_anthropic, anthropic_client))


def test_the_previous_server_and_client_were_closed() -> None:
    [(server, client)] = seen
    assert "closed" in repr(server) and client.is_closed()


def test_retries_back_off_briefly(fake_anthropic: FakeAnthropic, anthropic_client: Anthropic) -> None:
    fake_anthropic.enqueue(Reply(status=529, repeat=2))
    started = time.monotonic()
    anthropic_client.messages.create(model="m", max_tokens=8, messages=[{"role": "user", "content": "hi"}])
    assert time.monotonic() - started < 0.5  # 0.5 s + 1 s with the real backoff
    assert fake_anthropic.last_request.headers["x-stainless-retry-count"] == "2"


def test_each_test_gets_a_fresh_server(fake_anthropic: FakeAnthropic) -> None:
    assert fake_anthropic.requests == [] and seen[0][0] is not fake_anthropic


class TestOptions:
    @pytest.fixture
    def anthropic_client_options(self):
        return {"max_retries": 0, "default_headers": {"x-team": "qa"}}

    def test_client_options(self, fake_anthropic: FakeAnthropic, anthropic_client: Anthropic) -> None:
        fake_anthropic.enqueue(Reply(status=529))
        with pytest.raises(anthropic.APIStatusError):
            anthropic_client.models.list()
        assert len(fake_anthropic.requests) == 1
        assert fake_anthropic.last_request.headers["x-team"] == "qa"


class TestServerOptions:
    @pytest.fixture
    def fake_anthropic_options(self):
        return {"require_auth": False}

    def test_server_options(self, fake_anthropic: FakeAnthropic) -> None:
        import httpx

        assert httpx.get(fake_anthropic.url + "/v1/models").status_code == 200


class TestRealBackoff:
    @pytest.fixture
    def anthropic_retry_backoff(self):
        return 1.0

    def test_backoff_unscaled(self, anthropic_client: Anthropic) -> None:
        from anthropic._core import pipeline

        assert pipeline.INITIAL_RETRY_DELAY == 0.5
"""

ASYNC_TESTS = """
import pytest

from anthropic import AsyncAnthropic
from anthropic.testing import FakeAnthropic, Reply

pytestmark = pytest.mark.anyio
seen = []


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_async_client(fake_anthropic: FakeAnthropic, async_anthropic_client: AsyncAnthropic) -> None:
    fake_anthropic.enqueue(Reply(status=529))
    async with async_anthropic_client.messages.stream(
        model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": "hello you"}]
    ) as stream:
        assert [text async for text in stream.text_stream] == ["Echo:", " hello", " you"]
    assert len(fake_anthropic.requests) == 2
    seen.append(async_anthropic_client)


async def test_the_async_client_was_closed() -> None:
    assert seen[0].is_closed()


async def test_sync_and_async_clients_share_the_server(fake_anthropic, anthropic_client, async_anthropic_client) -> None:
    assert anthropic_client.models.retrieve("claude-sonnet-4-5").id.startswith("claude-sonnet-4-5")
    model = await async_anthropic_client.models.retrieve("claude-sonnet-4-5")
    assert model.id.startswith("claude-sonnet-4-5")
    assert len(fake_anthropic.requests) == 2
"""

MINIMAL_TEST = """
def test_fixture(fake_anthropic, anthropic_client):
    assert anthropic_client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "hi"}]).input_tokens >= 1
"""


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # A fresh process: the inner session imports SDK modules that must not be unloaded from this one.
    return pytester.runpytest_subprocess("-W", "error", "-p", "no:cacheprovider", *args, timeout=60)


def test_sync_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_sync=SYNC_TESTS)
    result = run(pytester, "-p", PLUGIN)
    result.assert_outcomes(passed=7)


def test_async_fixture_with_anyio(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_async=ASYNC_TESTS)
    result = run(pytester, "-p", PLUGIN)
    result.assert_outcomes(passed=3)


def test_conftest_line(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(f'pytest_plugins = ["{PLUGIN}"]\n')
    pytester.makepyfile(test_minimal=MINIMAL_TEST)
    run(pytester).assert_outcomes(passed=1)


def test_replay_mismatch_fails_the_test_at_teardown(pytester: pytest.Pytester) -> None:
    (pytester.path / "recordings").mkdir()
    pytester.makepyfile(
        test_replay="""
import pathlib

import pytest


@pytest.fixture
def fake_anthropic_options():
    return {"replay_from": pathlib.Path(__file__).parent / "recordings"}


def test_unrecorded(anthropic_client):
    anthropic_client.models.list()
"""
    )
    result = run(pytester, "-p", PLUGIN)
    result.assert_outcomes(failed=1, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_unrecorded*", "*1 request had no recording*"])


def _entry_point_installed() -> bool:
    if sys.version_info >= (3, 10):
        found = entry_points(group="pytest11")
    else:  # Python 3.9: a dict of groups
        found = entry_points().get("pytest11", [])  # pyright: ignore[reportAttributeAccessIssue, reportUnknownVariableType]
    return any(ep.name == ENTRY_POINT for ep in found)  # pyright: ignore[reportUnknownVariableType, reportUnknownMemberType]


def test_the_entry_point_is_opt_in(pytester: pytest.Pytester) -> None:
    assert _entry_point_installed(), "reinstall the package (pip install -e .) to register its pytest11 entry point"
    pytester.makepyfile(test_minimal=MINIMAL_TEST)
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'fake_anthropic' not found*"])

    run(pytester, "--anthropic-fixtures").assert_outcomes(passed=1)
    run(pytester, "--anthropic-fixtures", "-p", PLUGIN).assert_outcomes(passed=1)  # both: loaded once

    pytester.makeini("[pytest]\nanthropic_fixtures = true\n")
    run(pytester).assert_outcomes(passed=1)

    result = run(pytester, "-p", f"no:{ENTRY_POINT}")  # the ini setting is then unknown
    assert result.ret != 0


def test_our_own_session_has_no_plugin_fixtures(request: pytest.FixtureRequest) -> None:
    manager = request.config.pluginmanager
    assert manager.get_plugin(PLUGIN) is None
    if _entry_point_installed():
        assert manager.has_plugin(ENTRY_POINT)
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue("fake_anthropic")


def test_importing_anthropic_testing_does_not_import_pytest() -> None:
    code = (
        "import sys; import anthropic.testing, anthropic.testing._pytest_optin; "
        "from anthropic.testing import FakeAnthropic, Reply; "
        "assert 'pytest' not in sys.modules and '_pytest' not in sys.modules, sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


def test_the_entry_point_module_is_cheap() -> None:
    code = (
        "import sys; import anthropic.testing._pytest_optin; "
        "loaded = [m for m in sys.modules if m.startswith('anthropic.testing.') or m in ('httpx', 'pydantic')]; "
        "assert loaded == ['anthropic.testing._pytest_optin'], loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)

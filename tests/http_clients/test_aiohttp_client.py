"""``DefaultAioHttpClient`` (the ``aiohttp`` extra, installed with the dev extras): resolved only when
named, so the sync client never imports aiohttp; with the extra it is a working ``AsyncAnthropic``
transport, without it constructing one raises."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any, Dict

import httpx
import httpx_aiohttp
import pytest

import anthropic
from anthropic import AsyncAnthropic, DefaultAioHttpClient
from anthropic._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT
from anthropic.testing import FakeAnthropic

ASYNC_ONLY = ("aiohttp", "httpx_aiohttp", "asyncio", "anyio")
MESSAGES: Any = [{"role": "user", "content": "hi"}]


def run(code: str, *args: str) -> Dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=30, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


# Records the first importer of each async-only package (a meta path finder that finds nothing).
SPY = (
    f"ASYNC_ONLY = {ASYNC_ONLY!r}\n"
    + """\
import json, sys

seen = {}


class Spy:
    def find_spec(self, name, path=None, target=None):
        root = name.partition(".")[0]
        if root in ASYNC_ONLY and root not in seen:
            frame = sys._getframe(1)
            while frame.f_globals.get("__name__", "").startswith(("importlib", "_frozen_importlib")):
                frame = frame.f_back
            seen[root] = frame.f_globals.get("__name__")
        return None


sys.meta_path.insert(0, Spy())
"""
)


def test_sync_client_never_imports_aiohttp_asyncio_or_anyio(server: FakeAnthropic) -> None:
    result = run(
        SPY
        + """
import anthropic

texts = []
for http_client in (None, anthropic.DefaultHttpxClient()):
    with anthropic.Anthropic(api_key="k", base_url=sys.argv[1], http_client=http_client) as client:
        message = client.messages.create(model="m", max_tokens=9, messages=[{"role": "user", "content": "hi"}])
        with client.messages.stream(model="m", max_tokens=9, messages=[{"role": "user", "content": "yo"}]) as s:
            texts += [message.content[0].text, s.get_final_text()]
        texts += [m.id for m in client.models.list(limit=1)][:1]
print(json.dumps({"texts": texts, "seen": seen, "loaded": [m for m in ASYNC_ONLY if m in sys.modules]}))
""",
        server.url,
    )
    assert result["texts"][:2] == ["Echo: hi", "Echo: yo"] and len(result["texts"]) == 6
    # httpcore itself tries `import anyio` (for its async primitives); nothing else may import these.
    seen = {root: by for root, by in result["seen"].items() if not (root == "anyio" and by.startswith("httpcore."))}
    assert seen == {}
    assert set(result["loaded"]) <= {"anyio"}


def test_naming_it_imports_the_extra_only_then() -> None:
    result = run(
        SPY
        + """
import anthropic, anthropic._base_client, anthropic._http_clients
before = dict(seen)
cls = anthropic._base_client.DefaultAioHttpClient
print(json.dumps({"before": before, "after": sorted(seen), "same": cls is anthropic.DefaultAioHttpClient}))
"""
    )
    assert result["before"] == {}
    assert {"aiohttp", "httpx_aiohttp"} <= set(result["after"])
    assert result["same"] is True


def test_without_the_extra_constructing_raises() -> None:
    result = run("""\
        import json, sys
        sys.modules["httpx_aiohttp"] = None  # as if the extra were not installed
        import httpx, anthropic, anthropic._base_client
        cls = anthropic.DefaultAioHttpClient
        try:
            cls(timeout=3)
        except RuntimeError as e:
            error = str(e)
        print(json.dumps({
            "error": error,
            "async_client": issubclass(cls, httpx.AsyncClient),
            "same": anthropic._base_client.DefaultAioHttpClient is cls,
        }))
        """)
    assert result == {
        "error": "To use the aiohttp client you must have installed the package with the `aiohttp` extra",
        "async_client": True,
        "same": True,
    }


def test_unknown_names_still_raise() -> None:
    from anthropic import _base_client, _http_clients

    for module in (_http_clients, _base_client):
        with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
            module.Nope  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.anyio
async def test_with_the_extra_it_has_the_sdk_defaults() -> None:
    assert issubclass(DefaultAioHttpClient, httpx_aiohttp.HttpxAiohttpClient)
    assert repr(DefaultAioHttpClient) == "<class 'anthropic.DefaultAioHttpClient'>"
    assert anthropic._base_client.DefaultAioHttpClient is DefaultAioHttpClient
    async with DefaultAioHttpClient() as http:
        assert http.timeout == DEFAULT_TIMEOUT and http.follow_redirects is True
        assert http._transport.limits == DEFAULT_CONNECTION_LIMITS  # type: ignore[attr-defined]
    async with DefaultAioHttpClient(timeout=5, follow_redirects=False) as http:
        assert http.timeout == httpx.Timeout(5) and http.follow_redirects is False


@pytest.mark.anyio
async def test_async_client_over_aiohttp(server: FakeAnthropic) -> None:
    async with AsyncAnthropic(api_key="k", base_url=server.url, http_client=DefaultAioHttpClient()) as client:
        message = await client.messages.create(model="m", max_tokens=9, messages=MESSAGES)
        assert message.content[0].text == "Echo: hi"  # type: ignore[union-attr]

        stream = await client.messages.create(model="m", max_tokens=9, messages=MESSAGES, stream=True)
        types = [event.type async for event in stream]
        assert types[0] == "message_start" and types[-1] == "message_stop"

        async with client.messages.stream(model="m", max_tokens=9, messages=MESSAGES) as helper:
            assert "".join([text async for text in helper.text_stream]) == "Echo: hi"

        page = await client.models.list(limit=2)
        assert len(page.data) == 2
    assert server.requests[-1].headers["x-api-key"] == "k"

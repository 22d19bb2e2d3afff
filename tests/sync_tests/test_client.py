# File generated from tests/async_tests/test_client.py by tools/unasync.py. Do not edit.
"""Client construction, headers, auth, options and cleanup, checked on the wire."""

from __future__ import annotations

import platform
from typing import Any, Dict, List

import httpx
import pytest

import anthropic
from anthropic import Anthropic, DefaultHttpxClient, omit
from anthropic.testing import FakeAnthropic, Reply

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]


def create(client: Anthropic, **kwargs: Any) -> Any:
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=16, messages=MESSAGES, **kwargs)


def header_names(server: FakeAnthropic) -> List[str]:
    return [name.lower() for name, _ in server.last_request.header_lines]


def test_every_default_header(client: Anthropic, server: FakeAnthropic) -> None:
    create(client)
    headers = server.last_request.headers
    client_name = type(client).__name__
    expected: Dict[str, str] = {
        "accept": "application/json",
        "content-type": "application/json",
        "user-agent": f"{client_name}/Python {anthropic.__version__}",
        "x-stainless-lang": "python",
        "x-stainless-package-version": "0.74.1",
        "x-stainless-runtime": platform.python_implementation(),
        "x-stainless-runtime-version": platform.python_version(),
        "x-api-key": API_KEY,
        "anthropic-version": "2023-06-01",
        "x-stainless-retry-count": "0",
        "x-stainless-read-timeout": "600",
        "x-stainless-timeout": "600",
    }
    for name, value in expected.items():
        assert headers[name] == value, name
    assert headers["x-stainless-os"] in ("Linux", "MacOS", "Windows", "FreeBSD", "OpenBSD", "iOS", "Android")
    assert headers["x-stainless-arch"] in ("x64", "arm64", "arm", "x32") or headers["x-stainless-arch"].startswith(
        "other:"
    )
    assert headers["x-stainless-async"] in ("false", "async:asyncio")
    assert (headers["x-stainless-async"] == "false") == (client_name == "Anthropic")
    assert "authorization" not in headers
    names = header_names(server)
    assert len(names) == len(set(names)), "one line per header name"


def test_timeout_headers_without_a_per_call_timeout(client: Anthropic, server: FakeAnthropic) -> None:
    client.models.list()
    headers = server.last_request.headers
    assert headers["x-stainless-timeout"] == "NOT_GIVEN"
    assert headers["x-stainless-read-timeout"] == "600"
    client.models.list(timeout=20)
    assert server.last_request.headers["x-stainless-timeout"] == "20"
    assert server.last_request.headers["x-stainless-read-timeout"] == "20"
    client.models.list(timeout=httpx.Timeout(30, read=45))
    assert server.last_request.headers["x-stainless-read-timeout"] == "45"


def test_get_requests_have_no_body_or_content_type(client: Anthropic, server: FakeAnthropic) -> None:
    client.models.list()
    assert server.last_request.method == "GET"
    assert server.last_request.body == b""
    assert "content-type" not in server.last_request.headers


def test_default_headers_and_query(server: FakeAnthropic) -> None:
    with Anthropic(
        api_key=API_KEY,
        base_url=server.url,
        default_headers={"X-Custom": "1", "anthropic-version": "2099-01-01", "X-Stainless-Lang": omit},
        default_query={"team": "a"},
    ) as client:
        create(client)
        headers = server.last_request.headers
        assert headers["x-custom"] == "1"
        assert headers["anthropic-version"] == "2099-01-01"
        assert "x-stainless-lang" not in headers
        assert server.last_request.query == {"team": "a"}
        client.models.list(extra_query={"team": "b"}, extra_headers={"x-custom": "2"})
        assert server.last_request.query == {"team": "b"}
        assert server.last_request.headers.get_list("x-custom") == ["2"]


def test_extra_headers_override_case_insensitively(client: Anthropic, server: FakeAnthropic) -> None:
    create(client, extra_headers={"x-api-key": "other", "ANTHROPIC-VERSION": "v", "Accept": omit})
    headers = server.last_request.headers
    assert headers.get_list("x-api-key") == ["other"]
    assert headers.get_list("anthropic-version") == ["v"]
    assert headers.get_list("accept") == ["*/*"]  # httpx's own default once ours is omitted


def test_retry_count_and_read_timeout_headers_can_be_overridden(client: Anthropic, server: FakeAnthropic) -> None:
    create(client, extra_headers={"x-stainless-retry-count": "42", "x-stainless-read-timeout": omit})
    headers = server.last_request.headers
    assert headers["x-stainless-retry-count"] == "42"
    assert "x-stainless-read-timeout" not in headers


# Authentication


def test_auth_token_sends_bearer(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with Anthropic(auth_token="tok", base_url=server.url) as client:
        create(client)
    assert server.last_request.headers["authorization"] == "Bearer tok"
    assert "x-api-key" not in server.last_request.headers


def test_both_credentials_send_both_headers(server: FakeAnthropic) -> None:
    with Anthropic(api_key="key", auth_token="tok", base_url=server.url) as client:
        create(client)
    assert server.last_request.headers["authorization"] == "Bearer tok"
    assert server.last_request.headers["x-api-key"] == "key"


def test_credentials_from_environment(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "env-key")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "env-token")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.url)
    with Anthropic() as client:
        assert client.api_key == "env-key"
        assert client.auth_token == "env-token"
        assert str(client.base_url).rstrip("/") == server.url
        create(client)
    assert server.last_request.headers["x-api-key"] == "env-key"
    assert server.last_request.headers["authorization"] == "Bearer env-token"


def test_missing_credentials_raise_when_a_request_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    with FakeAnthropic(require_auth=False) as server:
        client = Anthropic(base_url=server.url)
        with client:
            with pytest.raises(TypeError) as info:
                create(client)
            assert "Could not resolve authentication method" in str(info.value)
            assert server.requests == []
            # An empty key is no key.
            client.api_key = ""
            with pytest.raises(TypeError):
                create(client)
            # Explicitly omitting the header per request opts out of the check.
            create(client, extra_headers={"X-Api-Key": omit})
            assert "x-api-key" not in server.last_request.headers
            # Supplying the header yourself satisfies it.
            create(client, extra_headers={"Authorization": "Bearer mine"})
            assert server.last_request.headers["authorization"] == "Bearer mine"


def test_omitting_the_key_in_default_headers_fails_the_check(server: FakeAnthropic) -> None:
    with Anthropic(api_key="k", base_url=server.url, default_headers={"X-Api-Key": omit}) as client:
        with pytest.raises(TypeError):
            create(client)


def test_setting_api_key_attribute_changes_later_requests(client: Anthropic, server: FakeAnthropic) -> None:
    client.api_key = "rotated"
    create(client)
    assert server.last_request.headers["x-api-key"] == "rotated"


# Base URL


def test_base_url_path_prefix_is_kept(server: FakeAnthropic) -> None:
    with Anthropic(api_key="k", base_url=server.url + "/proxy/api") as client:
        assert str(client.base_url).endswith("/proxy/api/")
        with pytest.raises(anthropic.NotFoundError):
            client.models.retrieve("m", extra_headers={})
    assert server.last_request.raw_path == "/proxy/api/v1/models/m"
    with Anthropic(api_key="k", base_url="http://example.invalid") as client:
        client.base_url = server.url + "/v0"
        assert str(client.base_url) == server.url + "/v0/"


def test_path_parameters_are_percent_encoded(client: Anthropic, server: FakeAnthropic) -> None:
    with pytest.raises(anthropic.NotFoundError):
        client.models.retrieve("a b/c?d#e")
    assert server.last_request.raw_path == "/v1/models/a%20b%2Fc%3Fd%23e"
    with pytest.raises(ValueError, match="Expected a non-empty value for `model_id`"):
        client.models.retrieve("")


# Construction arguments


def test_constructor_validation() -> None:
    with pytest.raises(TypeError, match="max_retries cannot be None"):
        Anthropic(api_key="k", max_retries=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Anthropic(api_key="k", max_retries=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Anthropic(api_key="k", max_retries=-1)
    with pytest.raises(TypeError, match="Invalid `http_client` argument"):
        Anthropic(api_key="k", http_client=object())  # type: ignore[arg-type]


def test_defaults() -> None:
    with Anthropic(api_key="k") as client:
        assert client.max_retries == anthropic.DEFAULT_MAX_RETRIES == 2
        assert client.timeout == anthropic.DEFAULT_TIMEOUT
        assert repr(anthropic.DEFAULT_TIMEOUT) == "Timeout(connect=5.0, read=600, write=600, pool=600)"
        assert str(client.base_url).rstrip("/") == "https://api.anthropic.com"
        assert client.HUMAN_PROMPT == "\n\nHuman:" and client.AI_PROMPT == "\n\nAssistant:"
        assert client.auth_headers == {"X-Api-Key": "k"}
        assert client.user_agent == f"{type(client).__name__}/Python 0.74.1"
        assert set(client.platform_headers()) == {
            "X-Stainless-Lang",
            "X-Stainless-Package-Version",
            "X-Stainless-OS",
            "X-Stainless-Arch",
            "X-Stainless-Runtime",
            "X-Stainless-Runtime-Version",
        }


def test_http_client_timeout_is_adopted() -> None:
    with DefaultHttpxClient(timeout=httpx.Timeout(12.0)) as http:
        client = Anthropic(api_key="k", http_client=http)
        assert client.timeout == httpx.Timeout(12.0)
        assert http.follow_redirects is True
    with httpx.Client() as http:
        assert Anthropic(api_key="k", http_client=http).timeout == anthropic.DEFAULT_TIMEOUT


def test_custom_http_client_is_used_and_closed(server: FakeAnthropic) -> None:
    http = httpx.Client(headers={"x-from-http-client": "yes"})
    client = Anthropic(api_key="k", base_url=server.url, http_client=http)
    create(client)
    assert server.last_request.headers["x-from-http-client"] == "yes"
    client.close()
    assert http.is_closed and client.is_closed()


# copy / with_options


def test_copy_overrides_and_shares_the_connection_pool(client: Anthropic, server: FakeAnthropic) -> None:
    copy = client.copy(api_key="other", default_headers={"X-Extra": "1"}, max_retries=5, timeout=3.0)
    assert copy is not client and type(copy) is type(client)
    assert (copy.api_key, copy.max_retries, copy.timeout) == ("other", 5, 3.0)
    assert copy._client is client._client
    assert client.api_key == API_KEY and client.max_retries == 2
    create(copy)
    assert server.last_request.headers["x-api-key"] == "other"
    assert server.last_request.headers["x-extra"] == "1"
    assert server.last_request.headers["x-stainless-read-timeout"] == "3.0"
    replaced = copy.with_options(set_default_headers={"X-Only": "2"}, set_default_query={"q": "1"})
    assert dict(replaced._custom_headers) == {"X-Only": "2"}
    assert replaced.default_query == {"q": "1"}
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_query={}, set_default_query={})


def test_copy_keeps_strict_validation(server: FakeAnthropic) -> None:
    with Anthropic(api_key="k", base_url=server.url, _strict_response_validation=True) as client:
        assert client.with_options(max_retries=0)._strict_response_validation is True


# Cleanup


def test_close_and_context_manager(server: FakeAnthropic, fast_retries: None) -> None:
    client = Anthropic(api_key="k", base_url=server.url)
    assert not client.is_closed()
    with client:
        create(client)
    assert client.is_closed()
    with pytest.raises(anthropic.APIConnectionError):
        create(client)


def test_redirects_are_followed(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=307, headers={"location": "/v1/models?limit=1"}), path="/v1/old")
    data: Any = client.get("/v1/old", cast_to=object)
    assert len(data["data"]) == 1
    assert [r.path for r in server.requests] == ["/v1/old", "/v1/models"]


def test_default_http_client_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with DefaultHttpxClient() as http:
        assert http.follow_redirects is True
        assert http.timeout == anthropic.DEFAULT_TIMEOUT
        assert any("https" in str(pattern.pattern) for pattern in http._mounts)  # pyright: ignore[reportPrivateUsage]
    with DefaultHttpxClient(timeout=3.0, follow_redirects=False) as http:
        assert http.timeout == httpx.Timeout(3.0) and http.follow_redirects is False


def test_anthropic_log_env_enables_debug_logging(server: FakeAnthropic) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import anthropic; "
        f"c = anthropic.{type(Anthropic(api_key='k')).__name__}(api_key='k', base_url={server.url!r}); "
        "import asyncio; r = c.models.list(); "
        "asyncio.run(r._get_page()) if hasattr(r, '_get_page') else None"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "ANTHROPIC_LOG": "debug"},
        check=True,
        timeout=30,
    )
    assert "Sending HTTP Request: GET" in out.stderr
    assert "anthropic._base_client" in out.stderr

# File generated from tests/async_tests/test_platforms.py by tools/unasync.py. Do not edit.
"""The platform clients (Bedrock, Vertex AI, Foundry) against the fake server's platform routes."""

from __future__ import annotations

import threading
from typing import Any, Iterator, List, Optional

import httpx
import pytest

import anthropic
from anthropic import AnthropicBedrock, AnthropicFoundry, AnthropicVertex
from anthropic._exceptions import DeadlineExceededError, MissingDependencyError, ServiceUnavailableError
from anthropic.testing import FakeAnthropic, Reply, bedrock_chunk, bedrock_exception
from anthropic.types import Message

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]
ACCESS_KEY, SECRET_KEY = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
ARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/jf2sje1c0jnb"


@pytest.fixture
def aws_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAnthropic]:
    for name in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION"):
        monkeypatch.delenv(name, raising=False)
    with FakeAnthropic(bedrock_credentials=(ACCESS_KEY, SECRET_KEY)) as server:
        yield server


def bedrock(server: FakeAnthropic, **kwargs: Any) -> AnthropicBedrock:
    settings: Any = {"aws_access_key": ACCESS_KEY, "aws_secret_key": SECRET_KEY, "aws_region": "us-east-1"}
    return AnthropicBedrock(base_url=server.url, **{**settings, **kwargs})


# --------------------------------------------------------------------------------------
# Bedrock


def test_bedrock_messages_are_signed_and_mapped(aws_server: FakeAnthropic) -> None:
    with bedrock(aws_server, default_headers={"X-Custom": "c"}) as client:
        message = client.messages.create(model=ARN, max_tokens=10, messages=MESSAGES)
    assert isinstance(message, Message) and message.content[0].type == "text"
    request = aws_server.last_request
    assert request.raw_path == "/model/" + ARN.replace("/", "%2F") + "/invoke"
    assert request.json() == {
        "max_tokens": 10,
        "messages": MESSAGES,
        "anthropic_version": "bedrock-2023-05-31",
    }
    headers = request.headers
    assert headers["authorization"].startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
    assert "/us-east-1/bedrock/aws4_request" in headers["authorization"]
    assert "x-amz-date" in headers and headers["x-custom"] == "c"
    assert headers["user-agent"] == f"{type(client).__name__}/Python {anthropic.__version__}"
    for absent in ("anthropic-version", "x-api-key", "x-stainless-async"):
        assert absent not in headers


def test_bedrock_streams_decode_the_event_stream(aws_server: FakeAnthropic) -> None:
    with bedrock(aws_server) as client:
        with client.messages.stream(model="anthropic.claude-v2", max_tokens=10, messages=MESSAGES) as stream:
            text = "".join([t for t in stream.text_stream])
            final = stream.get_final_message()
        assert text == "Echo: Hello" and final.stop_reason == "end_turn"
        assert aws_server.last_request.path == "/model/anthropic.claude-v2/invoke-with-response-stream"
        raw = client.messages.create(model="m", max_tokens=10, messages=MESSAGES, stream=True)
        types = [event.type for event in raw]
    assert types[0] == "message_start" and types[-1] == "message_stop"


def test_bedrock_stream_split_at_every_byte(aws_server: FakeAnthropic) -> None:
    events: List[Any] = [
        {"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
                                              "model": "m", "content": [], "stop_reason": None,
                                              "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 0}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "héllo"}},
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": 2}},
        {"type": "message_stop"},
    ]  # fmt: skip
    body = b"".join(bedrock_chunk(event) for event in events)
    aws_server.enqueue(
        Reply(chunks=[body[i : i + 1] for i in range(len(body))], content_type="application/vnd.amazon.eventstream")
    )
    with bedrock(aws_server) as client:
        with client.messages.stream(model="m", max_tokens=10, messages=MESSAGES) as stream:
            final = stream.get_final_message()
    assert final.content[0].type == "text" and final.content[0].text == "héllo"


def test_bedrock_stream_exception_and_truncation(aws_server: FakeAnthropic) -> None:
    start = bedrock_chunk({"type": "message_stop"})
    with bedrock(aws_server) as client:
        aws_server.enqueue(
            Reply(
                chunks=[start, bedrock_exception("throttlingException", "Too many requests")],
                content_type="application/vnd.amazon.eventstream",
            )
        )
        stream = client.messages.create(model="m", max_tokens=10, messages=MESSAGES, stream=True)
        with pytest.raises(ValueError, match="Bad response code, expected 200"):
            [event for event in stream]
        aws_server.enqueue(Reply(chunks=[start, start[:7]], content_type="application/vnd.amazon.eventstream"))
        stream = client.messages.create(model="m", max_tokens=10, messages=MESSAGES, stream=True)
        with pytest.raises(ValueError):  # nothing is lost silently: a cut-off frame raises
            [event for event in stream]


def test_bedrock_betas_completions_and_beta_messages(aws_server: FakeAnthropic) -> None:
    with bedrock(aws_server) as client:
        beta = client.beta.messages.create(model="m", max_tokens=5, messages=MESSAGES, betas=["b-1", "b-2"])
        assert beta.content
        body = aws_server.last_request.json()
        assert body["anthropic_beta"] == ["b-1", "b-2"]
        assert aws_server.last_request.headers["anthropic-beta"] == "b-1,b-2"
        prompt = f"{anthropic.HUMAN_PROMPT} hi{anthropic.AI_PROMPT}"
        completion = client.completions.create(model="anthropic.claude-v2", max_tokens_to_sample=5, prompt=prompt)
        assert completion.completion
        assert aws_server.last_request.path == "/model/anthropic.claude-v2/invoke"
        raw = client.beta.messages.with_raw_response.create(model="m", max_tokens=5, messages=MESSAGES)
        assert raw.http_request.url.path == "/model/m/invoke"
        assert not hasattr(client, "models")
        assert not hasattr(client.beta.messages, "stream")


def test_bedrock_unsupported_endpoints_raise(aws_server: FakeAnthropic) -> None:
    with bedrock(aws_server) as client:
        with pytest.raises(anthropic.AnthropicError, match="Token counting is not supported in Bedrock yet"):
            client.messages.count_tokens(model="m", messages=MESSAGES)
        with pytest.raises(anthropic.AnthropicError, match="The Batch API is not supported in Bedrock yet"):
            client.messages.batches.retrieve("msgbatch_1")
    assert aws_server.requests == []


def test_bedrock_errors_map_to_the_same_classes(aws_server: FakeAnthropic) -> None:
    with bedrock(aws_server, max_retries=0) as client:
        for status, cls in [(400, anthropic.BadRequestError), (429, anthropic.RateLimitError),
                            (503, ServiceUnavailableError), (500, anthropic.InternalServerError)]:  # fmt: skip
            aws_server.enqueue(Reply(status=status))
            with pytest.raises(cls):
                client.messages.create(model="m", max_tokens=5, messages=MESSAGES)


def test_bedrock_wrong_secret_and_missing_credentials(
    aws_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    with bedrock(aws_server, aws_secret_key="not-the-secret", max_retries=0) as client:
        with pytest.raises(anthropic.PermissionDeniedError, match="signature"):
            client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    with AnthropicBedrock(aws_region="us-west-2", base_url=aws_server.url) as client:
        with pytest.raises(RuntimeError, match="could not resolve credentials from session"):
            client.messages.create(model="m", max_tokens=5, messages=MESSAGES)


def test_bedrock_settings_and_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-3")
    monkeypatch.delenv("ANTHROPIC_BEDROCK_BASE_URL", raising=False)
    client = AnthropicBedrock(aws_access_key="a", aws_secret_key="s", aws_profile="p", aws_session_token="t")
    assert client.aws_region == "eu-west-3"
    assert str(client.base_url) == "https://bedrock-runtime.eu-west-3.amazonaws.com"
    copy = client.with_options(max_retries=7, timeout=3)
    assert (copy.aws_access_key, copy.aws_secret_key, copy.aws_session_token) == ("a", "s", "t")
    assert (copy.aws_region, copy.aws_profile, copy.max_retries, copy.timeout) == ("eu-west-3", "p", 7, 3)
    assert copy._client is not client._client  # as the reference: a Bedrock copy has its own pool
    other = client.copy(aws_region="us-east-2", aws_access_key="b")
    assert (other.aws_region, other.aws_access_key, other.aws_secret_key) == ("us-east-2", "b", "s")
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", "https://proxy.example/bedrock")
    assert AnthropicBedrock(aws_region="us-east-1").base_url == httpx.URL("https://proxy.example/bedrock/")
    client.close()
    copy.close()
    other.close()


def test_bedrock_without_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "botocore" else real(name, *a))
    with pytest.raises(MissingDependencyError, match=r"pip install anthropic\[bedrock\]"):
        AnthropicBedrock(aws_region="us-east-1")


# --------------------------------------------------------------------------------------
# Vertex AI


def vertex(server: FakeAnthropic, **kwargs: Any) -> AnthropicVertex:
    settings: Any = {"region": "us-east5", "project_id": "my-project", "access_token": "tok-1"}
    return AnthropicVertex(base_url=server.url, **{**settings, **kwargs})


def test_vertex_messages_and_streams(server: FakeAnthropic) -> None:
    with vertex(server) as client:
        message = client.messages.create(model="claude-sonnet-4-5@20250929", max_tokens=10, messages=MESSAGES)
        assert message.content[0].type == "text"
        request = server.last_request
        assert request.path == (
            "/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict"
        )
        assert request.json() == {"max_tokens": 10, "messages": MESSAGES, "anthropic_version": "vertex-2023-10-16"}
        assert request.headers["authorization"] == "Bearer tok-1"
        assert "anthropic-version" not in request.headers and "x-api-key" not in request.headers
        with client.messages.stream(model="claude-sonnet-4-5", max_tokens=10, messages=MESSAGES) as stream:
            assert stream.get_final_text() == "Echo: Hello"
        assert server.last_request.path.endswith("/models/claude-sonnet-4-5:streamRawPredict")
        assert server.last_request.json()["stream"] is True  # stays in the body on Vertex
        count = client.beta.messages.count_tokens(model="claude-sonnet-4-5", messages=MESSAGES, betas=["x"])
        assert count.input_tokens > 0
        assert server.last_request.path.endswith("/models/count-tokens:rawPredict")
        assert server.last_request.json()["model"] == "claude-sonnet-4-5"
        assert server.last_request.headers["anthropic-beta"].startswith("x")
        with pytest.raises(anthropic.AnthropicError, match="The Batch API is not supported in the Vertex client yet"):
            client.messages.batches.list()


def test_vertex_global_region_and_errors(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_VERTEX_BASE_URL", raising=False)
    assert str(AnthropicVertex(region="global", access_token="t").base_url) == "https://aiplatform.googleapis.com/v1/"
    assert str(AnthropicVertex(region="europe-west1", access_token="t").base_url) == (
        "https://europe-west1-aiplatform.googleapis.com/v1/"
    )
    monkeypatch.delenv("CLOUD_ML_REGION", raising=False)
    with pytest.raises(ValueError, match="No region was given"):
        AnthropicVertex(access_token="t")
    with vertex(server, max_retries=0) as client:
        for status, cls in [
            (503, ServiceUnavailableError),
            (504, DeadlineExceededError),
            (404, anthropic.NotFoundError),
        ]:
            server.enqueue(Reply(status=status))
            with pytest.raises(cls):
                client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
    monkeypatch.delenv("ANTHROPIC_VERTEX_PROJECT_ID", raising=False)
    with vertex(server, project_id=anthropic.NOT_GIVEN) as client:
        with pytest.raises(RuntimeError, match="No project_id was given"):
            client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
    monkeypatch.setenv("ANTHROPIC_VERTEX_PROJECT_ID", "env-project")
    with vertex(server, project_id=anthropic.NOT_GIVEN) as client:
        client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
    assert server.last_request.path.startswith("/projects/env-project/")


class FakeCredentials:
    """Shaped like google.auth credentials: ``token``, ``expired``, ``refresh(request)``."""

    def __init__(self, token: Optional[str] = None, expired: bool = False) -> None:
        self.token = token
        self.expired = expired
        self.refreshed_in: List[threading.Thread] = []

    def refresh(self, request: Any) -> None:
        self.refreshed_in.append(threading.current_thread())
        self.token = f"fresh-{len(self.refreshed_in)}"
        self.expired = False


def test_vertex_refreshes_credentials_off_the_event_loop(server: FakeAnthropic) -> None:
    credentials = FakeCredentials(token="old", expired=True)
    with vertex(server, access_token=None, credentials=credentials) as client:
        client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
        assert server.last_request.headers["authorization"] == "Bearer fresh-1"
        client.messages.create(model="m", max_tokens=5, messages=MESSAGES)  # still valid: no refresh
        assert len(credentials.refreshed_in) == 1
        credentials.expired = True
        client.messages.create(model="m", max_tokens=5, messages=MESSAGES, extra_headers={"X": "1"})
        assert server.last_request.headers["authorization"] == "Bearer fresh-2"
        on_main = [thread is threading.main_thread() for thread in credentials.refreshed_in]
        assert on_main == [not client._is_async] * 2  # the sync client refreshes in a worker thread
        client.messages.create(
            model="m", max_tokens=5, messages=MESSAGES, extra_headers={"Authorization": "Bearer mine"}
        )
        assert server.last_request.headers["authorization"] == "Bearer mine"  # a caller's header wins


def test_vertex_application_default_credentials(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    import google.auth

    credentials = FakeCredentials()
    monkeypatch.setattr(google.auth, "default", lambda scopes: (credentials, "adc-project"))
    with vertex(server, access_token=None) as client:
        client.messages.create(model="m", max_tokens=5, messages=MESSAGES)
        assert server.last_request.headers["authorization"] == "Bearer fresh-1"
        assert client.credentials is credentials


def test_vertex_copy_keeps_its_settings(server: FakeAnthropic) -> None:
    credentials = FakeCredentials(token="t")
    client = vertex(server, credentials=credentials, access_token=None)
    copy = client.with_options(timeout=9)
    assert (copy.region, copy.project_id, copy.credentials, copy.timeout) == ("us-east5", "my-project", credentials, 9)
    assert copy._client is client._client
    other = client.copy(region="europe-west4", project_id="p2", access_token="tok-2")
    other.messages.create(model="m", max_tokens=5, messages=MESSAGES)
    assert server.last_request.path.startswith("/projects/p2/locations/europe-west4/")
    assert server.last_request.headers["authorization"] == "Bearer tok-2"
    client.close()


def test_vertex_without_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "google.auth" else real(name, *a))
    with pytest.raises(MissingDependencyError, match=r"pip install anthropic\[vertex\]"):
        AnthropicVertex(region="us-east5", project_id="p")
    AnthropicVertex(region="us-east5", project_id="p", access_token="t")  # a token needs no extra


# --------------------------------------------------------------------------------------
# Foundry


def test_foundry_with_an_api_key(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with AnthropicFoundry(base_url=f"{server.url}/anthropic/", api_key="fk") as client:
        message = client.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES)
        assert message.content[0].type == "text"
        request = server.last_request
        assert request.path == "/anthropic/v1/messages"
        assert request.headers["api-key"] == "fk" and request.headers["x-api-key"] == "fk"
        assert request.headers["anthropic-version"] == "2023-06-01"
        assert client.models is None
        assert client.messages.batches is None and client.beta.messages.batches is None
        files = [f for f in client.beta.files.list()]
        assert isinstance(files, list)


def test_foundry_with_a_token_provider(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    calls: List[int] = []

    def provider() -> str:
        calls.append(1)
        return f"entra-{len(calls)}"

    server.enqueue(Reply(status=529))
    with AnthropicFoundry(base_url=f"{server.url}/anthropic/", azure_ad_token_provider=provider) as client:
        client.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES)
        assert [r.headers["authorization"] for r in server.requests] == ["Bearer entra-1", "Bearer entra-2"]
        assert "x-api-key" not in server.last_request.headers
        copy = client.with_options(timeout=4)  # works, unlike the reference's
        copy.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES)
        assert server.last_request.headers["authorization"] == "Bearer entra-3"

    with AnthropicFoundry(base_url=f"{server.url}/anthropic/", azure_ad_token_provider=lambda: "") as bad:
        with pytest.raises(ValueError, match="Expected `azure_ad_token_provider` argument to return a string"):
            bad.messages.create(model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES)


def test_foundry_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_FOUNDRY_API_KEY", "ANTHROPIC_FOUNDRY_RESOURCE", "ANTHROPIC_FOUNDRY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(anthropic.AnthropicError, match="Missing credentials"):
        AnthropicFoundry(resource="r")
    with pytest.raises(ValueError, match="Must provide one of the `base_url` or `resource`"):
        AnthropicFoundry(api_key="k")
    with pytest.raises(ValueError, match="base_url and resource are mutually exclusive"):
        AnthropicFoundry(api_key="k", resource="r", base_url="https://x")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "my-res")
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_API_KEY", "env-key")
    client = AnthropicFoundry()
    assert str(client.base_url) == "https://my-res.services.ai.azure.com/anthropic/"
    assert client.api_key == "env-key"
    assert client.with_options(max_retries=1).api_key == "env-key"
    from anthropic.lib.foundry import MutuallyExclusiveAuthError

    assert MutuallyExclusiveAuthError().args[0].startswith("The `api_key` and")
    client.close()


def test_platform_clients_are_exported_with_the_reference_names() -> None:
    import anthropic.lib.bedrock
    import anthropic.lib.foundry
    import anthropic.lib.vertex

    assert anthropic.lib.bedrock.AnthropicBedrock is AnthropicBedrock
    assert anthropic.lib.vertex.AnthropicVertex is AnthropicVertex
    assert anthropic.lib.foundry.AnthropicFoundry is AnthropicFoundry
    assert repr(AnthropicBedrock).endswith(".AnthropicBedrock'>")
    assert issubclass(AnthropicFoundry, anthropic.lib.foundry.BaseFoundryClient)
    assert httpx.URL  # httpx is the transport of every platform client

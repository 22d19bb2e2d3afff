# File generated from tests/async_tests/test_seams.py by tools/unasync.py. Do not edit.
"""The seams that code built on the SDK hooks into, used the way those libraries use them.

* instrumentation wraps ``request`` on the class, reads ``options.url`` / ``options.json_data``
  and swaps ``stream_cls`` for a subclass overriding ``__stream__`` (logfire),
* tests replace ``client.messages._post`` with a mock, replace a stream's ``_iterator``, or
  patch ``anthropic.resources.messages.Messages.create`` (sentry-sdk),
* subclasses override the client's hooks (``_prepare_options``, ``_should_retry``...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple
from unittest import mock

import httpx
import pytest
from typing_extensions import assert_type

import anthropic
from anthropic import Anthropic, Stream
from anthropic._base_client import FinalRequestOptions as BaseClientFinalRequestOptions
from anthropic._models import FinalRequestOptions
from anthropic.pagination import SyncPage
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types import Message, MessageTokensCount, ModelInfo, RawMessageStreamEvent

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]
MODEL = "claude-sonnet-4-5"


class Recorder:
    """A logfire-style wrapper around ``request``: written against ``*args, **kwargs``."""

    def __init__(self) -> None:
        self.calls: List[Tuple[str, str, Any]] = []
        self.events: List[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        original = Anthropic.request
        recorder = self

        def request(*args: Any, **kwargs: Any) -> Any:
            options = kwargs.get("options") or args[-1]
            recorder.calls.append((options.method, options.url, options.json_data))
            if kwargs.get("stream"):
                stream_cls = kwargs["stream_cls"]
                assert stream_cls is not None

                class RecordingStream(stream_cls):  # type: ignore[misc, valid-type]
                    def __stream__(self) -> Iterator[Any]:
                        for chunk in super().__stream__():  # pyright: ignore
                            recorder.events.append(chunk.type)
                            yield chunk

                kwargs["stream_cls"] = RecordingStream
            return original(*args, **kwargs)

        monkeypatch.setattr(Anthropic, "request", request)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    recorder.install(monkeypatch)
    return recorder


def test_a_wrapper_on_request_sees_plain_calls(client: Anthropic, recorder: Recorder) -> None:
    message = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    assert isinstance(message, Message)
    count = client.messages.count_tokens(model=MODEL, messages=MESSAGES)
    assert isinstance(count, MessageTokensCount)
    prompt = f"{anthropic.HUMAN_PROMPT} hi{anthropic.AI_PROMPT}"
    completion = client.completions.create(model="claude-2.1", max_tokens_to_sample=5, prompt=prompt)
    assert completion.completion
    beta = client.beta.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, betas=["x-1"])
    assert beta.content
    assert recorder.calls == [
        ("post", "/v1/messages", {"max_tokens": 10, "messages": MESSAGES, "model": MODEL}),
        ("post", "/v1/messages/count_tokens", {"messages": MESSAGES, "model": MODEL}),
        ("post", "/v1/complete", {"max_tokens_to_sample": 5, "model": "claude-2.1", "prompt": prompt}),
        ("post", "/v1/messages?beta=true", {"max_tokens": 10, "messages": MESSAGES, "model": MODEL}),
    ]


def test_a_wrapper_on_request_substitutes_the_stream_class(client: Anthropic, recorder: Recorder) -> None:
    stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    assert isinstance(stream, Stream)
    assert type(stream).__name__ == "RecordingStream"
    types = [event.type for event in stream]
    assert types[0] == "message_start" and types[-1] == "message_stop"
    assert recorder.events == types
    assert recorder.calls[0][:2] == ("post", "/v1/messages")
    assert recorder.calls[0][2]["stream"] is True


def test_a_wrapper_on_request_sees_the_stream_helper(client: Anthropic, recorder: Recorder) -> None:
    with client.messages.stream(model=MODEL, max_tokens=10, messages=MESSAGES) as stream:
        text = "".join([t for t in stream.text_stream])
        final = stream.get_final_message()
    assert text == "Echo: Hello"
    assert final.content[0].type == "text"
    assert recorder.calls == [
        ("post", "/v1/messages", {"max_tokens": 10, "messages": MESSAGES, "model": MODEL, "stream": True})
    ]
    assert recorder.events[0] == "message_start" and recorder.events[-1] == "message_stop"
    assert "content_block_delta" in recorder.events


def test_a_wrapper_on_request_sees_lists_and_uploads(client: Anthropic, recorder: Recorder, tmp_path: Path) -> None:
    ids = [model.id for model in client.models.list(limit=2)]
    assert len(ids) > 2  # several pages, each one a call
    assert all(call[:2] == ("get", "/v1/models") for call in recorder.calls)
    assert len(recorder.calls) == (len(ids) + 1) // 2
    recorder.calls.clear()
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    uploaded = client.beta.files.upload(file=path)
    assert uploaded.filename == "notes.txt"
    assert recorder.calls == [("post", "/v1/files?beta=true", {})]


def test_a_wrapper_on_request_sees_raw_and_streaming_responses(client: Anthropic, recorder: Recorder) -> None:
    raw = client.messages.with_raw_response.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    assert isinstance(raw.parse(), Message)
    with client.messages.with_streaming_response.create(model=MODEL, max_tokens=10, messages=MESSAGES) as response:
        assert isinstance(response.parse(), Message)
    raw_stream = client.messages.with_raw_response.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    stream = raw_stream.parse()
    assert type(stream).__name__ == "RecordingStream"
    assert [e.type for e in stream][-1] == "message_stop"
    assert [call[1] for call in recorder.calls] == ["/v1/messages"] * 3


def test_a_wrapper_on_one_instance(client: Anthropic, server: FakeAnthropic) -> None:
    seen: List[str] = []
    original = client.request

    def request(cast_to: Any, options: FinalRequestOptions, **kwargs: Any) -> Any:
        seen.append(options.url)
        return original(cast_to, options, **kwargs)

    client.request = request  # type: ignore[method-assign]
    client.models.retrieve("claude-sonnet-4-5-20250929")
    client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    assert seen == ["/v1/models/claude-sonnet-4-5-20250929", "/v1/messages"]


def test_a_mock_on_the_resource_post(client: Anthropic, server: FakeAnthropic) -> None:
    canned = Message.model_validate(
        {
            "id": "msg_mocked",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [{"type": "text", "text": "mocked"}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )
    post = mock.Mock(return_value=canned)
    client.messages._post = post
    message = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, temperature=0.5)
    assert message is canned
    assert server.requests == []  # nothing went out
    call = post.call_args
    assert call.args == ("/v1/messages",)
    assert call.kwargs["body"] == {"max_tokens": 10, "messages": MESSAGES, "model": MODEL, "temperature": 0.5}
    assert call.kwargs["cast_to"] is Message
    assert call.kwargs["stream"] is False
    assert call.kwargs["stream_cls"] is not None


def test_a_mock_on_get_api_list(client: Anthropic, server: FakeAnthropic) -> None:
    get_api_list = mock.Mock(return_value="page")
    client.models._get_api_list = get_api_list
    assert client.models.list(limit=3) == "page"
    assert get_api_list.call_args.args == ("/v1/models",)
    assert get_api_list.call_args.kwargs["model"] is ModelInfo
    assert get_api_list.call_args.kwargs["options"]["params"] == {"limit": 3}
    assert server.requests == []


def test_replacing_a_stream_iterator(client: Anthropic) -> None:
    stream = client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES, stream=True)
    seen: List[str] = []
    original = stream._iterator

    def wrapped() -> Iterator[Any]:
        for event in original:
            seen.append(event.type)
            yield event

    stream._iterator = wrapped()
    types = [event.type for event in stream]
    assert seen == types and types[-1] == "message_stop"


def test_patching_the_create_method_of_the_resource_class(client: Anthropic) -> None:
    with mock.patch("anthropic.resources.messages.Messages.create", autospec=True) as create:
        create.return_value = "patched"
        assert client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES) == "patched"
    assert create.call_args.kwargs["model"] == MODEL


def test_verbs_with_reference_signatures(client: Anthropic, server: FakeAnthropic) -> None:
    message = client.post(
        "/v1/messages",
        cast_to=Message,
        body={"model": MODEL, "max_tokens": 5, "messages": MESSAGES},
        options={"headers": {"X-Verb": "1"}, "params": {"q": "1"}},
    )
    assert_type(message, Message)  # checked by pyright: the verbs are typed by cast_to
    assert isinstance(message, Message)
    assert server.last_request.headers["x-verb"] == "1"
    assert server.last_request.raw_path == "/v1/messages?q=1"
    stream = client.post(
        "/v1/messages",
        cast_to=Message,
        body={"model": MODEL, "max_tokens": 5, "messages": MESSAGES, "stream": True},
        stream=True,
        stream_cls=Stream[RawMessageStreamEvent],
    )
    assert_type(stream, Stream[RawMessageStreamEvent])
    assert [e.type for e in stream][-1] == "message_stop"
    info = client.get("/v1/models/claude-sonnet-4-5-20250929", cast_to=ModelInfo)
    assert_type(info, ModelInfo)
    assert isinstance(info, ModelInfo)
    first = client.get_api_list(
        "/v1/models", model=ModelInfo, page=SyncPage[ModelInfo], options={"params": {"limit": 2}}
    )
    assert_type(first, SyncPage[ModelInfo])
    assert len(first.data) == 2 and first.has_next_page()
    second = first.get_next_page()
    assert server.last_request.query == {"limit": "2", "after_id": first.data[-1].id}
    assert second.data[0].id != first.data[0].id
    raw = client.get("/v1/models/claude-sonnet-4-5-20250929", cast_to=httpx.Response)
    assert raw.json()["id"] == info.id
    server.enqueue(Reply(json={"id": "x", "type": "model_deleted"}))
    deleted = client.delete("/v1/models/x", cast_to=object, body={"why": "test"})
    assert deleted == {"id": "x", "type": "model_deleted"}
    assert server.last_request.method == "DELETE"
    assert server.last_request.json() == {"why": "test"}


# --------------------------------------------------------------------------------------
# Client hooks: subclasses override them, tests patch them


class PreparingClient(Anthropic):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prepared: List[str] = []

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = super()._prepare_options(options)
        self.prepared.append(options.url)
        options.headers = {**(options.headers or {}), "X-Prepared": "yes"}
        return options

    def _prepare_request(self, request: httpx.Request) -> None:
        request.headers["X-Request-Hook"] = request.url.path


def test_prepare_options_and_prepare_request_run_on_every_attempt(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=529))
    with PreparingClient(api_key=API_KEY, base_url=server.url) as client:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
        assert client.prepared == ["/v1/messages", "/v1/messages"]
    for request in server.requests:
        assert request.headers["x-prepared"] == "yes"
        assert request.headers["x-request-hook"] == "/v1/messages"
        assert [name for name, _ in request.header_lines].count("X-Prepared") == 1  # a copy each attempt


class RetryPolicyClient(Anthropic):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.delays: List[Tuple[int, Optional[str]]] = []

    def _should_retry(self, response: httpx.Response) -> bool:
        return response.status_code == 418

    def _calculate_retry_timeout(
        self, remaining_retries: int, options: FinalRequestOptions, response_headers: Optional[httpx.Headers] = None
    ) -> float:
        self.delays.append((remaining_retries, None if response_headers is None else response_headers.get("x-hint")))
        return 0.0


def test_retry_hooks(server: FakeAnthropic) -> None:
    with RetryPolicyClient(api_key=API_KEY, base_url=server.url, max_retries=3) as client:
        server.enqueue(Reply(status=418, headers={"x-hint": "a"}))
        server.enqueue(Reply(status=418, headers={"x-hint": "b"}))
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
        assert client.delays == [(3, "a"), (2, "b")]
        server.enqueue(Reply(status=529))
        with pytest.raises(anthropic.APIStatusError):  # not retried: the hook says no
            client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    assert len(server.requests) == 4


class TeapotError(anthropic.APIStatusError):
    pass


class ErrorClient(Anthropic):
    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> anthropic.APIStatusError:
        return TeapotError(f"custom: {err_msg}", response=response, body=body)


def test_make_status_error_hook(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=404, json={"type": "error", "error": {"type": "not_found_error", "message": "x"}}))
    with ErrorClient(api_key=API_KEY, base_url=server.url) as client:
        with pytest.raises(TeapotError) as info:
            client.models.retrieve("nope")
    assert info.value.message.startswith("custom: Error code: 404 - {")
    assert info.value.body == {"type": "error", "error": {"type": "not_found_error", "message": "x"}}


class HeaderHooksClient(Anthropic):
    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": "Bearer rotated"}

    @property
    def default_headers(self) -> Dict[str, Any]:
        return {**super().default_headers, "X-Default": "d"}

    @property
    def default_query(self) -> Dict[str, object]:
        return {**super().default_query, "tenant": "t1"}

    def platform_headers(self) -> Dict[str, str]:
        return {**super().platform_headers(), "X-Stainless-OS": "TestOS"}


def test_header_and_query_hooks(server: FakeAnthropic) -> None:
    with HeaderHooksClient(api_key=None, auth_token="ignored", base_url=server.url) as client:
        client.models.list(limit=1)
    request = server.last_request
    assert request.headers["authorization"] == "Bearer rotated"
    assert "x-api-key" not in request.headers
    assert request.headers["x-default"] == "d"
    assert request.headers["x-stainless-os"] == "TestOS"
    assert request.query == {"tenant": "t1", "limit": "1"}


class NoAuthCheckClient(Anthropic):
    def _validate_headers(self, headers: Any, custom_headers: Any) -> None:
        return None


def test_validate_headers_hook(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    with Anthropic(base_url=server.url) as plain:
        with pytest.raises(TypeError, match="Could not resolve authentication method"):
            plain.models.list()
    with NoAuthCheckClient(base_url=server.url) as client:
        server.enqueue(Reply(json={"data": [], "has_more": False, "first_id": None, "last_id": None}))
        page = client.models.list()
    assert page.data == []
    assert "x-api-key" not in server.last_request.headers


class AddHeader(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["X-Custom-Auth"] = "signed"
        yield request


class CustomAuthClient(Anthropic):
    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return AddHeader()


def test_custom_auth_hook(server: FakeAnthropic) -> None:
    with CustomAuthClient(api_key=API_KEY, base_url=server.url) as client:
        client.models.list()
    assert server.last_request.headers["x-custom-auth"] == "signed"


class IdempotentClient(Anthropic):
    _idempotency_header = "Idempotency-Key"

    def _idempotency_key(self) -> str:
        return "key-123"


def test_idempotency_hooks(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500))
    with IdempotentClient(api_key=API_KEY, base_url=server.url) as client:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
        client.models.list()  # a GET gets no key
    assert [r.headers.get("idempotency-key") for r in server.requests] == ["key-123", "key-123", None]


class BuildRequestClient(Anthropic):
    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        request = super()._build_request(options, retries_taken=retries_taken)
        request.headers["X-Built"] = str(retries_taken)
        return request


def test_build_request_hook(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=500))
    with BuildRequestClient(api_key=API_KEY, base_url=server.url) as client:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    assert [r.headers["x-built"] for r in server.requests] == ["0", "1"]


def test_build_request_called_directly(client: Anthropic, server: FakeAnthropic) -> None:
    options = FinalRequestOptions.construct(
        method="post", url="/v1/messages", json_data={"a": 1}, headers={"X-Extra": "e"}, params={"q": "v"}
    )
    request = client._build_request(options)
    assert request.method == "POST"
    assert str(request.url) == f"{server.url}/v1/messages?q=v"
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["x-extra"] == "e"
    assert request.headers["x-stainless-retry-count"] == "0"
    assert request.content == b'{"a":1}'
    assert client._build_request(options, retries_taken=2).headers["x-stainless-retry-count"] == "2"


def test_hooks_patched_on_the_class_at_run_time(
    client: Anthropic, server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.models.list()  # the plain path first
    monkeypatch.setattr(Anthropic, "_should_retry", lambda self, response: False)  # pyright: ignore
    server.enqueue(Reply(status=529))
    with pytest.raises(anthropic.APIStatusError):
        client.models.list()
    monkeypatch.undo()
    server.enqueue(Reply(status=529))
    client.models.list()  # retried again
    assert len(server.requests) == 4


def test_hooks_patched_on_an_instance(client: Anthropic, server: FakeAnthropic) -> None:
    delays: List[int] = []

    def timeout(remaining_retries: int, options: FinalRequestOptions, headers: Any = None) -> float:
        delays.append(remaining_retries)
        return 0.0

    with mock.patch.object(client, "_calculate_retry_timeout", timeout):
        server.enqueue(Reply(status=529))
        server.enqueue(Reply(status=529))
        client.models.list()
    assert delays == [2, 1]


def test_final_request_options_import_paths() -> None:
    assert BaseClientFinalRequestOptions is FinalRequestOptions

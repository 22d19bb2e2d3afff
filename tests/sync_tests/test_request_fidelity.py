# File generated from tests/async_tests/test_request_fidelity.py by tools/unasync.py. Do not edit.
"""Requests built as the reference builds them, in the corners: custom httpx clients, nested
``omit`` values, header value types, query lists, tuple timeouts, non-JSON responses."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import httpx
import pytest

import anthropic
from anthropic import NOT_GIVEN, Anthropic, APIResponseValidationError, BaseModel, omit
from anthropic.testing import FakeAnthropic, Reply
from anthropic.types import Message

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MESSAGES: List[Any] = [{"role": "user", "content": "Hello"}]
MODEL = "claude-sonnet-4-5"


def test_http_client_params_are_merged_with_every_other_query_parameter(server: FakeAnthropic) -> None:
    http = httpx.Client(params={"p": "1"})
    with Anthropic(api_key=API_KEY, base_url=server.url, default_query={"dq": "1"}, http_client=http) as client:
        ids = [model.id for model in client.models.list(limit=4)]
        assert len(ids) > 4  # pagination advances (the cursor is sent) and ends
        first, second = server.requests[0], server.requests[1]
        assert first.raw_path == "/v1/models?p=1&dq=1&limit=4"
        assert second.query == {"p": "1", "dq": "1", "limit": "4", "after_id": ids[3]}
        client.beta.models.retrieve("claude-sonnet-4-5-20250929", extra_query={"x": "y"})
        assert server.last_request.raw_path == "/v1/models/claude-sonnet-4-5-20250929?p=1&beta=true&dq=1&x=y"
    http.close()


class CountingClient(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.built = 0

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        self.built += 1
        request = super().build_request(*args, **kwargs)
        request.headers["X-Built-By"] = "subclass"
        return request


def test_an_http_client_subclass_overriding_build_request_is_always_used(server: FakeAnthropic) -> None:
    http = CountingClient()
    with Anthropic(api_key=API_KEY, base_url=server.url, http_client=http) as client:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
        assert http.built == 1
        assert server.last_request.headers["x-built-by"] == "subclass"
        http.cookies.set("session", "s1")
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
        assert http.built == 2
        assert server.last_request.headers["cookie"] == "session=s1"
        assert server.last_request.headers["x-api-key"] == API_KEY


def test_not_given_and_omit_inside_nested_params_are_dropped(client: Anthropic, server: FakeAnthropic) -> None:
    client.messages.create(
        model=MODEL,
        max_tokens=10,
        messages=[{"role": "user", "content": [{"type": "text", "text": "hi", "cache_control": omit}]}],  # type: ignore[list-item]
        metadata={"user_id": NOT_GIVEN},  # type: ignore[typeddict-item]
        tool_choice={"type": "auto", "disable_parallel_tool_use": omit},  # type: ignore[typeddict-item]
    )
    assert server.last_request.json() == {
        "max_tokens": 10,
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        "model": MODEL,
        "metadata": {},
        "tool_choice": {"type": "auto"},
    }


def test_header_value_types(client: Anthropic, server: FakeAnthropic) -> None:
    headers: Any = {"X-B": b"bytes-value", "X-S": "s", "X-Stainless-Arch": omit}
    client.models.list(extra_headers=headers)
    headers = server.last_request.headers
    assert headers["x-b"] == "bytes-value"
    assert headers["x-s"] == "s"
    assert "x-stainless-arch" not in headers  # omit removes a header
    for bad in (1, None):
        with pytest.raises(TypeError, match="Header value must be str or bytes"):
            client.models.list(extra_headers={"X-Bad": bad})  # type: ignore[dict-item]
    assert len(server.requests) == 1  # refused before sending


def test_query_lists(client: Anthropic, server: FakeAnthropic) -> None:
    client.models.list(extra_query={"a": [], "b": ["", "x"], "c": [1, None, True]})
    assert server.last_request.raw_path == "/v1/models?a=&b=%2Cx&c=1%2Ctrue"


@pytest.mark.parametrize("where", ["client", "call"])
def test_tuple_timeouts(server: FakeAnthropic, where: str) -> None:
    timeout: Any = (5, 6, 7, 8)
    with Anthropic(
        api_key=API_KEY, base_url=server.url, **({"timeout": timeout} if where == "client" else {})
    ) as client:
        seen: List[Dict[str, Optional[float]]] = []

        def record(request: httpx.Request) -> None:
            seen.append(request.extensions["timeout"])

        client._client.event_hooks["request"].append(record)
        client.messages.create(
            model=MODEL, max_tokens=10, messages=MESSAGES, **({"timeout": timeout} if where == "call" else {})
        )
    assert seen == [{"connect": 5, "read": 6, "write": 7, "pool": 8}]
    headers = server.last_request.headers
    assert headers["x-stainless-read-timeout"] == "(5, 6, 7, 8)"  # as the reference writes it
    assert headers["x-stainless-timeout"] == ("(5, 6, 7, 8)" if where == "call" else "NOT_GIVEN")


def test_timeout_extensions_are_not_shared_between_requests(server: FakeAnthropic) -> None:
    dicts: List[Dict[str, Optional[float]]] = []

    class Mutating(Anthropic):
        def _prepare_request(self, request: httpx.Request) -> None:
            dicts.append(request.extensions["timeout"])
            request.extensions["timeout"]["read"] = 1.0

    with Mutating(api_key=API_KEY, base_url=server.url, timeout=30) as client:
        client.models.list()
        client.models.list()
    assert dicts[0] is not dicts[1]
    assert dicts[1] == {"connect": 30.0, "read": 1.0, "write": 30.0, "pool": 30.0}  # mutated only by its own hook


class Thing(BaseModel):
    id: str


@pytest.mark.parametrize("content_type", ["text/plain", "application/text", None])
def test_a_json_body_with_another_content_type_still_parses_into_a_model(
    server: FakeAnthropic, content_type: Optional[str]
) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    for strict in (False, True):
        with Anthropic(api_key=API_KEY, base_url=server.url, _strict_response_validation=strict) as client:
            server.enqueue(Reply(body='{"id": "t1"}', headers=headers))
            thing = client.get("/v1/things", cast_to=Thing)
            assert isinstance(thing, Thing) and thing.id == "t1"
            server.enqueue(Reply(body='{"id": "t1"}', headers=headers))
            if strict:
                with pytest.raises(APIResponseValidationError, match="Expected Content-Type response header"):
                    client.get("/v1/things", cast_to=object)
            else:
                assert client.get("/v1/things", cast_to=object) == '{"id": "t1"}'  # text, as the reference


def test_a_non_json_body_of_a_model_call(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(body="not json", headers={"content-type": "text/plain"}))
    assert client.get("/v1/things", cast_to=Message) == "not json"


def test_nested_params_are_sent_with_their_wire_names(client: Anthropic, server: FakeAnthropic) -> None:
    params: Any = {"model": MODEL, "max_tokens": 5, "messages": MESSAGES, "betas": ["beta-one"]}
    client.beta.messages.batches.create(requests=[{"custom_id": "r1", "params": params}])
    sent = server.last_request.json()["requests"][0]["params"]
    assert sent == {"model": MODEL, "max_tokens": 5, "messages": MESSAGES, "anthropic-beta": ["beta-one"]}
    assert params["betas"] == ["beta-one"]  # the caller's dict is left alone


MISSING_MESSAGES = (
    "Missing required arguments; Expected either ('max_tokens', 'messages' and 'model') or "
    "('max_tokens', 'messages', 'model' and 'stream') arguments to be given"
)
MISSING_COMPLETION = (
    "Missing required arguments; Expected either ('max_tokens_to_sample', 'model' and 'prompt') or "
    "('max_tokens_to_sample', 'model', 'prompt' and 'stream') arguments to be given"
)


def test_missing_required_arguments_have_the_reference_message(client: Anthropic, server: FakeAnthropic) -> None:
    import inspect
    import re

    bad: Any = {"max_tokens": 5, "messages": MESSAGES}
    with pytest.raises(TypeError, match=re.escape(MISSING_MESSAGES)):
        client.messages.create(**bad)
    with pytest.raises(TypeError, match=re.escape(MISSING_MESSAGES)):
        client.beta.messages.create(**bad)
    with pytest.raises(TypeError, match=re.escape(MISSING_COMPLETION)):
        completion: Any = {"model": "claude-2.1", "prompt": "x"}
        client.completions.create(**completion)
    assert server.requests == []
    # The signature and the kind of function are unchanged.
    create = type(client.messages).create
    assert inspect.iscoroutinefunction(create) == inspect.iscoroutinefunction(type(client.models).retrieve)
    parameters = inspect.signature(create).parameters
    assert parameters["model"].kind is inspect.Parameter.KEYWORD_ONLY
    assert parameters["model"].default is inspect.Parameter.empty


def test_status_errors_carry_httpx_status_error_as_suppressed_context(client: Anthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=400))
    with pytest.raises(anthropic.BadRequestError) as info:
        client.messages.create(model=MODEL, max_tokens=10, messages=MESSAGES)
    error = info.value
    assert error.__cause__ is None and error.__suppress_context__
    assert isinstance(error.__context__, httpx.HTTPStatusError)
    assert error.__context__.response is error.response

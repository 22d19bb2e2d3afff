"""The default responder of `anthropic.testing.FakeAnthropic`, exercised over real HTTP."""

from __future__ import annotations

import json
import math
from typing import Any, Dict, List, Tuple

import httpx
import pytest

from anthropic.testing import FakeAnthropic

MODEL = "claude-sonnet-4-5-20250929"

WEATHER_TOOL: Dict[str, Any] = {
    "name": "get_weather",
    "description": "Get the weather",
    "input_schema": {
        "type": "object",
        "properties": {
            "location": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer"},
            "verbose": {"type": "boolean"},
            "optional_note": {"type": "string"},
        },
        "required": ["location", "unit", "days", "verbose"],
    },
}


def user(text: str) -> Dict[str, Any]:
    return {"role": "user", "content": text}


def create(client: httpx.Client, path: str = "/v1/messages", **body: Any) -> Dict[str, Any]:
    body.setdefault("model", MODEL)
    body.setdefault("max_tokens", 1024)
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    data: Dict[str, Any] = response.json()
    return data


def parse_sse(text: str) -> List[Tuple[str, Dict[str, Any]]]:
    assert text.endswith("\n\n")
    events: List[Tuple[str, Dict[str, Any]]] = []
    for block in text[:-2].split("\n\n"):
        lines = block.split("\n")
        assert lines[0].startswith("event: ") and lines[1].startswith("data: ") and len(lines) == 2, block
        name, data = lines[0][len("event: ") :], json.loads(lines[1][len("data: ") :])
        assert data["type"] == name
        events.append((name, data))
    return events


def stream(client: httpx.Client, path: str = "/v1/messages", **body: Any) -> List[Tuple[str, Dict[str, Any]]]:
    body.setdefault("model", MODEL)
    body.setdefault("max_tokens", 1024)
    response = client.post(path, json={**body, "stream": True})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    return parse_sse(response.text)


def accumulate(events: List[Tuple[str, Dict[str, Any]]]) -> Dict[str, Any]:
    """A minimal accumulator, mirroring what the SDK does with the events."""
    assert events[0][0] == "message_start"
    message: Dict[str, Any] = json.loads(json.dumps(events[0][1]["message"]))
    buffers: Dict[int, str] = {}
    for name, data in events[1:]:
        if name == "content_block_start":
            assert data["index"] == len(message["content"])
            message["content"].append(data["content_block"])
        elif name == "content_block_delta":
            block, delta = message["content"][data["index"]], data["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "input_json_delta":
                buffers[data["index"]] = buffers.get(data["index"], "") + delta["partial_json"]
            else:
                raise AssertionError(delta)
        elif name == "content_block_stop":
            if data["index"] in buffers:
                message["content"][data["index"]]["input"] = json.loads(buffers[data["index"]])
        elif name == "message_delta":
            message.update(data["delta"])
            message["usage"]["output_tokens"] = data["usage"]["output_tokens"]
    return message


# ----------------------------------------------------------------------------------------------------- messages


def test_echo_message(client: httpx.Client) -> None:
    message = create(client, messages=[user("Hello there, fake model!")])
    assert message["type"] == "message"
    assert message["role"] == "assistant"
    assert message["model"] == MODEL
    assert message["id"].startswith("msg_")
    assert message["content"] == [{"type": "text", "text": "Echo: Hello there, fake model!"}]
    assert message["stop_reason"] == "end_turn"
    assert message["stop_sequence"] is None
    usage = message["usage"]
    assert usage["input_tokens"] == math.ceil(len("Hello there, fake model!") / 4)
    assert usage["output_tokens"] == 5  # "Echo:", "Hello", "there,", "fake", "model!"
    assert usage["cache_creation_input_tokens"] == 0 and usage["cache_read_input_tokens"] == 0


def test_echo_uses_last_user_message_text_blocks(client: httpx.Client) -> None:
    messages = [
        user("first"),
        {"role": "assistant", "content": "Echo: first"},
        {"role": "user", "content": [{"type": "text", "text": "second"}, {"type": "text", "text": "part"}]},
    ]
    message = create(client, messages=messages, system="Be brief.")
    assert message["content"][0]["text"] == "Echo: second part"
    chars = len("first") + len("Echo: first") + len("second") + len("part") + len("Be brief.")
    assert message["usage"]["input_tokens"] == math.ceil(chars / 4)


def test_ids_are_deterministic_and_counted(server: FakeAnthropic, client: httpx.Client) -> None:
    first = create(client, messages=[user("a")])
    second = create(client, messages=[user("a")])
    assert first["id"] == "msg_" + "0" * 23 + "1"
    assert second["id"] == "msg_" + "0" * 23 + "2"
    assert first["content"] == second["content"] and first["usage"] == second["usage"]


def test_beta_query_is_served(client: httpx.Client) -> None:
    message = create(client, path="/v1/messages?beta=true", messages=[user("beta")])
    assert message["content"][0]["text"] == "Echo: beta"


def test_max_tokens_truncates(client: httpx.Client) -> None:
    message = create(client, max_tokens=3, messages=[user("one two three four five")])
    assert message["content"] == [{"type": "text", "text": "Echo: one two"}]
    assert message["stop_reason"] == "max_tokens"
    assert message["usage"]["output_tokens"] == 3


def test_max_tokens_exactly_enough_is_end_turn(client: httpx.Client) -> None:
    message = create(client, max_tokens=3, messages=[user("one two")])
    assert message["content"][0]["text"] == "Echo: one two"
    assert message["stop_reason"] == "end_turn"


def test_stop_sequence_cuts_before_it(client: httpx.Client) -> None:
    message = create(client, messages=[user("alpha beta STOP gamma END")], stop_sequences=["END", "STOP"])
    assert message["content"] == [{"type": "text", "text": "Echo: alpha beta "}]
    assert message["stop_reason"] == "stop_sequence"
    assert message["stop_sequence"] == "STOP"
    assert message["usage"]["output_tokens"] == 3


def test_stop_sequence_not_present(client: httpx.Client) -> None:
    message = create(client, messages=[user("alpha beta")], stop_sequences=["zzz"])
    assert message["stop_reason"] == "end_turn"
    assert message["stop_sequence"] is None


def test_max_tokens_before_stop_sequence(client: httpx.Client) -> None:
    message = create(client, max_tokens=2, messages=[user("alpha beta STOP")], stop_sequences=["STOP"])
    assert message["content"][0]["text"] == "Echo: alpha"
    assert message["stop_reason"] == "max_tokens"
    assert message["stop_sequence"] is None


def test_tool_use_then_tool_result_round_trip(client: httpx.Client) -> None:
    question = user("What's the weather like in San Francisco?")
    first = create(client, messages=[question], tools=[WEATHER_TOOL])
    assert first["stop_reason"] == "tool_use"
    text, tool_use = first["content"]
    assert text["type"] == "text" and "get_weather" in text["text"]
    assert tool_use["type"] == "tool_use"
    assert tool_use["id"].startswith("toolu_")
    assert tool_use["name"] == "get_weather"
    assert tool_use["input"] == {"location": "San Francisco", "unit": "celsius", "days": 1, "verbose": True}

    result = {"type": "tool_result", "tool_use_id": tool_use["id"], "content": "Sunny, 20 degrees"}
    second = create(
        client,
        messages=[question, {"role": "assistant", "content": first["content"]}, {"role": "user", "content": [result]}],
        tools=[WEATHER_TOOL],
    )
    assert second["stop_reason"] == "end_turn"
    assert second["content"] == [{"type": "text", "text": "The tool returned: Sunny, 20 degrees"}]


def test_tool_result_with_block_content(client: httpx.Client) -> None:
    results = [
        {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "first"}]},
        {"type": "tool_result", "tool_use_id": "toolu_2", "content": "second"},
    ]
    message = create(
        client, messages=[user("q"), {"role": "assistant", "content": "x"}, {"role": "user", "content": results}]
    )
    assert message["content"][0]["text"] == "The tool returned: first; second"


def test_tool_placeholders_for_types(client: httpx.Client) -> None:
    tool = {
        "name": "search",
        "input_schema": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "limit": {"type": "integer", "minimum": 5},
                "ratio": {"type": "number"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "filters": {
                    "type": "object",
                    "properties": {"lang": {"type": "string"}, "x": {"type": "string"}},
                    "required": ["lang"],
                },
                "mode": {"const": "fast"},
                "nullable": {"type": ["null", "string"]},
            },
            "required": ["query", "limit", "ratio", "tags", "filters", "mode", "nullable"],
        },
    }
    message = create(client, messages=[user("Search for python asyncio")], tools=[tool])
    assert message["content"][1]["input"] == {
        "query": "python asyncio",
        "limit": 5,
        "ratio": 1,
        "tags": [],
        "filters": {"lang": "example"},
        "mode": "fast",
        "nullable": "example",
    }


def test_first_custom_tool_is_called_and_tool_choice(client: httpx.Client) -> None:
    other = {"name": "other", "input_schema": {"type": "object", "properties": {}}}
    server_tool = {"type": "web_search_20250305", "name": "web_search"}
    message = create(client, messages=[user("hi")], tools=[server_tool, WEATHER_TOOL, other])
    assert message["content"][1]["name"] == "get_weather"

    message = create(
        client, messages=[user("hi")], tools=[WEATHER_TOOL, other], tool_choice={"type": "tool", "name": "other"}
    )
    assert message["content"][1] == {
        "type": "tool_use",
        "id": message["content"][1]["id"],
        "name": "other",
        "input": {},
    }

    message = create(client, messages=[user("hi")], tools=[WEATHER_TOOL], tool_choice={"type": "none"})
    assert message["content"] == [{"type": "text", "text": "Echo: hi"}]
    assert message["stop_reason"] == "end_turn"


def test_thinking_block_comes_first(client: httpx.Client) -> None:
    thinking = {"type": "enabled", "budget_tokens": 1024}
    message = create(client, max_tokens=2048, thinking=thinking, messages=[user("ponder this")])
    block, text = message["content"]
    assert block["type"] == "thinking"
    assert "ponder this" in block["thinking"]
    assert block["signature"]
    assert text == {"type": "text", "text": "Echo: ponder this"}
    again = create(client, max_tokens=2048, thinking=thinking, messages=[user("ponder this")])
    assert again["content"] == message["content"]


# ---------------------------------------------------------------------------------------------------- streaming


def assert_event_order(events: List[Tuple[str, Dict[str, Any]]]) -> None:
    names = [name for name, _ in events]
    assert names[0] == "message_start"
    assert names[-2:] == ["message_delta", "message_stop"]
    open_index = None
    for name, data in events[1:-2]:
        if name == "ping":
            continue
        if name == "content_block_start":
            assert open_index is None
            open_index = data["index"]
        elif name == "content_block_delta":
            assert data["index"] == open_index
        else:
            assert name == "content_block_stop" and data["index"] == open_index
            open_index = None
    assert open_index is None


def test_stream_event_sequence(client: httpx.Client) -> None:
    events = stream(client, messages=[user("Hello streaming world")])
    assert [name for name, _ in events] == [
        "message_start",
        "content_block_start",
        "ping",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    start = events[0][1]["message"]
    assert start["content"] == [] and start["stop_reason"] is None and start["stop_sequence"] is None
    assert start["usage"]["output_tokens"] == 1
    assert start["usage"]["input_tokens"] == math.ceil(len("Hello streaming world") / 4)
    assert events[1][1]["content_block"] == {"type": "text", "text": ""}
    deltas = [data["delta"]["text"] for name, data in events if name == "content_block_delta"]
    assert deltas == ["Echo:", " Hello", " streaming", " world"]
    assert events[-2][1] == {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 4},
    }


@pytest.mark.parametrize(
    "body",
    [
        {"messages": [user("Stream me please")]},
        {"messages": [user("one two three four")], "max_tokens": 2},
        {"messages": [user("a b STOP c")], "stop_sequences": ["STOP"]},
        {"messages": [user("Weather in Oslo?")], "tools": [WEATHER_TOOL]},
        {
            "messages": [user("deep  thought\n")],
            "thinking": {"type": "enabled", "budget_tokens": 1024},
            "max_tokens": 4096,
        },
        {
            "messages": [user("Oslo?")],
            "tools": [WEATHER_TOOL],
            "thinking": {"type": "enabled", "budget_tokens": 2000},
            "max_tokens": 3000,
        },
    ],
)
def test_stream_accumulates_to_the_non_streaming_message(client: httpx.Client, body: Dict[str, Any]) -> None:
    expected = create(client, **json.loads(json.dumps(body)))
    events = stream(client, **body)
    assert_event_order(events)
    message = accumulate(events)
    for result in (message, expected):  # ids differ per call
        result.pop("id")
        for block in result["content"]:
            block.pop("id", None)
    assert message == expected


def test_stream_tool_and_thinking_deltas(client: httpx.Client) -> None:
    events = stream(
        client,
        max_tokens=4096,
        thinking={"type": "enabled", "budget_tokens": 1024},
        tools=[WEATHER_TOOL],
        messages=[user("Weather in Rome?")],
    )
    starts = [data["content_block"] for name, data in events if name == "content_block_start"]
    assert [block["type"] for block in starts] == ["thinking", "text", "tool_use"]
    assert starts[0] == {"type": "thinking", "thinking": "", "signature": ""}
    assert starts[2]["input"] == {}
    by_index: Dict[int, List[str]] = {}
    for name, data in events:
        if name == "content_block_delta":
            by_index.setdefault(data["index"], []).append(data["delta"]["type"])
    thinking_deltas = by_index[0]
    assert thinking_deltas[-1] == "signature_delta"
    assert set(thinking_deltas[:-1]) == {"thinking_delta"} and len(thinking_deltas) > 2
    assert set(by_index[1]) == {"text_delta"} and len(by_index[1]) > 2
    assert set(by_index[2]) == {"input_json_delta"} and len(by_index[2]) > 2
    pieces = [
        data["delta"]["partial_json"] for name, data in events if name == "content_block_delta" and data["index"] == 2
    ]
    assert pieces[0] == ""
    assert json.loads("".join(pieces)) == {"location": "Rome", "unit": "celsius", "days": 1, "verbose": True}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use"


# -------------------------------------------------------------------------------------------------- count_tokens


def test_count_tokens(client: httpx.Client) -> None:
    body = {"model": MODEL, "messages": [user("count these characters please")], "system": "sys"}
    response = client.post("/v1/messages/count_tokens", json=body)
    assert response.status_code == 200
    assert response.json() == {"input_tokens": math.ceil(len("count these characters please" + "sys") / 4)}
    beta = client.post("/v1/messages/count_tokens?beta=true", json={**body, "tools": [WEATHER_TOOL]})
    assert beta.json()["input_tokens"] > response.json()["input_tokens"]
    message = create(client, **body, tools=[WEATHER_TOOL])
    assert message["usage"]["input_tokens"] == beta.json()["input_tokens"]


def test_count_tokens_minimum_one(client: httpx.Client) -> None:
    response = client.post("/v1/messages/count_tokens", json={"model": MODEL, "messages": [user("")]})
    assert response.json() == {"input_tokens": 1}


def test_count_tokens_requires_messages(client: httpx.Client) -> None:
    response = client.post("/v1/messages/count_tokens", json={"model": MODEL})
    assert response.status_code == 400
    assert response.json()["error"] == {"type": "invalid_request_error", "message": "messages: Field required"}


# -------------------------------------------------------------------------------------------------------- models


def list_models(client: httpx.Client, **params: Any) -> Dict[str, Any]:
    response = client.get("/v1/models", params=params)
    assert response.status_code == 200, response.text
    data: Dict[str, Any] = response.json()
    return data


def test_models_list_default_page(client: httpx.Client) -> None:
    page = list_models(client)
    ids = [model["id"] for model in page["data"]]
    assert len(ids) >= 6
    assert {"claude-sonnet-4-5-20250929", "claude-opus-4-1-20250805", "claude-haiku-4-5-20251001"} <= set(ids)
    assert page["has_more"] is False
    assert page["first_id"] == ids[0] and page["last_id"] == ids[-1]
    for model in page["data"]:
        assert set(model) == {"type", "id", "display_name", "created_at"}
        assert model["type"] == "model"
        assert model["created_at"].endswith("Z") and model["created_at"][4] == "-"


def test_models_paginate_forwards_and_backwards(client: httpx.Client) -> None:
    all_ids = [model["id"] for model in list_models(client)["data"]]
    seen: List[str] = []
    params: Dict[str, Any] = {"limit": 2}
    while True:
        page = list_models(client, **params)
        seen.extend(model["id"] for model in page["data"])
        assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
        if not page["has_more"]:
            break
        params = {"limit": 2, "after_id": page["last_id"]}
    assert seen == all_ids

    backwards: List[str] = []
    params = {"limit": 2, "before_id": all_ids[-1]}
    while True:
        page = list_models(client, **params)
        backwards[:0] = [model["id"] for model in page["data"]]
        if not page["has_more"]:
            break
        params = {"limit": 2, "before_id": page["first_id"]}
    assert backwards == all_ids[:-1]

    page = list_models(client, before_id=all_ids[3], limit=2)
    assert [m["id"] for m in page["data"]] == all_ids[1:3] and page["has_more"] is True
    page = list_models(client, after_id=all_ids[-1])
    assert page == {"data": [], "has_more": False, "first_id": None, "last_id": None}


@pytest.mark.parametrize("limit", ["0", "1001", "abc", "-1"])
def test_models_bad_limit(client: httpx.Client, limit: str) -> None:
    response = client.get("/v1/models", params={"limit": limit})
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert "limit" in response.json()["error"]["message"]


def test_models_limit_bounds_accepted(client: httpx.Client) -> None:
    assert len(list_models(client, limit=1)["data"]) == 1
    assert list_models(client, limit=1000)["has_more"] is False


def test_models_retrieve(client: httpx.Client) -> None:
    response = client.get("/v1/models/claude-opus-4-1-20250805?beta=true")
    assert response.status_code == 200
    assert response.json() == {
        "type": "model",
        "id": "claude-opus-4-1-20250805",
        "display_name": "Claude Opus 4.1",
        "created_at": "2025-08-05T00:00:00Z",
    }
    assert client.get("/v1/models/claude-sonnet-4-5").json()["id"] == "claude-sonnet-4-5-20250929"
    missing = client.get("/v1/models/claude-nope")
    assert missing.status_code == 404
    assert missing.json()["error"] == {"type": "not_found_error", "message": "model: claude-nope"}


# -------------------------------------------------------------------------------------------------------- errors


def assert_error(response: httpx.Response, status: int, error_type: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["type"] == "error"
    assert body["error"]["type"] == error_type
    assert body["request_id"] == response.headers["request-id"]
    assert response.headers["request-id"].startswith("req_")
    message: str = body["error"]["message"]
    return message


def test_missing_auth_is_401(server: FakeAnthropic) -> None:
    with httpx.Client(base_url=server.url) as anonymous:
        response = anonymous.post("/v1/messages", json={})
        assert assert_error(response, 401, "authentication_error") == "x-api-key header is required"
        bearer = anonymous.get("/v1/models", headers={"authorization": "Bearer token"})
        assert bearer.status_code == 200


def test_auth_not_required() -> None:
    with FakeAnthropic(require_auth=False) as server, httpx.Client(base_url=server.url) as anonymous:
        assert anonymous.get("/v1/models").status_code == 200


def test_unknown_path_is_404(client: httpx.Client) -> None:
    assert_error(client.get("/v1/unknown"), 404, "not_found_error")
    assert_error(client.post("/v2/messages", json={}), 404, "not_found_error")


def test_wrong_method_is_405(client: httpx.Client) -> None:
    response = client.get("/v1/messages")
    assert_error(response, 405, "invalid_request_error")
    assert response.headers["allow"] == "POST"
    assert_error(client.delete("/v1/models"), 405, "invalid_request_error")


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b"\xff\xfe"])
def test_malformed_body_is_400(client: httpx.Client, content: bytes) -> None:
    response = client.post("/v1/messages", content=content, headers={"content-type": "application/json"})
    message = assert_error(response, 400, "invalid_request_error")
    assert message


@pytest.mark.parametrize("missing", ["model", "max_tokens", "messages"])
def test_missing_required_field_is_400(client: httpx.Client, missing: str) -> None:
    body: Dict[str, Any] = {"model": MODEL, "max_tokens": 10, "messages": [user("hi")]}
    del body[missing]
    message = assert_error(client.post("/v1/messages", json=body), 400, "invalid_request_error")
    assert message == f"{missing}: Field required"


@pytest.mark.parametrize(
    ("override", "needle"),
    [
        ({"max_tokens": "10"}, "max_tokens"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "system", "content": "x"}]}, "messages.0.role"),
        ({"messages": "hi"}, "messages"),
        ({"model": 5}, "model"),
        ({"stop_sequences": [1]}, "stop_sequences"),
        ({"stream": "yes"}, "stream"),
        ({"thinking": {"type": "enabled", "budget_tokens": 100}}, "budget_tokens"),
        ({"thinking": {"type": "enabled", "budget_tokens": 2000}, "max_tokens": 1500}, "max_tokens"),
        ({"tools": [WEATHER_TOOL], "tool_choice": {"type": "tool", "name": "nope"}}, "tool_choice"),
    ],
)
def test_invalid_fields_are_400(client: httpx.Client, override: Dict[str, Any], needle: str) -> None:
    body: Dict[str, Any] = {"model": MODEL, "max_tokens": 10, "messages": [user("hi")], **override}
    message = assert_error(client.post("/v1/messages", json=body), 400, "invalid_request_error")
    assert needle in message

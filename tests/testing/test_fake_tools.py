"""The fake model as an agent: tool calls with schema-valid inputs, tool results, structured outputs, streamed too.

Driven over real HTTP with raw httpx; also the JSON-schema validator and synthesizer of `anthropic.testing`.
"""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from typing import Any, Dict, List, Literal, Optional, Tuple, Union

import httpx
import pydantic
import pytest

from anthropic.testing import (
    FakeAnthropic,
    SchemaValidationError,
    is_valid,
    schema_errors,
    synthesize,
    validate,
)
from anthropic.testing._schema import description_hints, invalid_instance, regex_sample, subject_of

MODEL = "claude-sonnet-4-5-20250929"

WEATHER: Dict[str, Any] = {
    "name": "get_weather",
    "description": "Get the current weather for a city.",
    "input_schema": {
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "The city"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer", "minimum": 1, "maximum": 7},
            "when": {"type": "string", "format": "date"},
        },
        "required": ["location", "unit", "days", "when"],
        "additionalProperties": False,
    },
}
TIME: Dict[str, Any] = {
    "name": "get_time",
    "description": "Get the local time in a timezone.",
    "input_schema": {
        "type": "object",
        "properties": {"timezone": {"type": "string", "pattern": "^[A-Z][a-z]+/[A-Z][a-z]+$"}},
        "required": ["timezone"],
    },
}
STOCKS: Dict[str, Any] = {
    "name": "stock_price",
    "description": "Look up the latest trading price of a company share on the stock market.",
    "input_schema": {
        "type": "object",
        "properties": {"ticker": {"type": "string", "minLength": 1, "maxLength": 5}},
        "required": ["ticker"],
    },
}
TOOLS = [WEATHER, TIME, STOCKS]
SCHEMAS = {tool["name"]: tool["input_schema"] for tool in TOOLS}


def user(content: Any) -> Dict[str, Any]:
    return {"role": "user", "content": content}


def post(
    client: httpx.Client, path: str = "/v1/messages", headers: Optional[Dict[str, str]] = None, **body: Any
) -> Any:
    body.setdefault("model", MODEL)
    body.setdefault("max_tokens", 1024)
    response = client.post(path, json=body, headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


def post_error(client: httpx.Client, headers: Optional[Dict[str, str]] = None, **body: Any) -> str:
    body.setdefault("model", MODEL)
    body.setdefault("max_tokens", 1024)
    response = client.post("/v1/messages", json=body, headers=headers or {})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["type"] == "invalid_request_error"
    message: str = response.json()["error"]["message"]
    return message


def tool_uses(message: Dict[str, Any]) -> List[Dict[str, Any]]:
    return [block for block in message["content"] if block["type"] == "tool_use"]


def without_ids(message: Dict[str, Any]) -> Any:
    content = [{k: v for k, v in block.items() if k != "id"} for block in message["content"]]
    return {**{k: v for k, v in message.items() if k != "id"}, "content": content}


def words(text: str) -> int:
    return len(text.split())


# ------------------------------------------------------------------------------------------------- tool calls


def test_tool_use_answer_has_a_valid_synthesized_input(client: httpx.Client) -> None:
    message = post(client, messages=[user("What's the weather in Paris?")], tools=[WEATHER])
    assert message["stop_reason"] == "tool_use"
    text, call = message["content"]
    assert text == {"type": "text", "text": "I'll use the get_weather tool."}
    assert call["type"] == "tool_use" and call["id"].startswith("toolu_") and call["name"] == "get_weather"
    assert call["input"] == {"location": "Paris", "unit": "celsius", "days": 1, "when": "2025-01-01"}
    assert validate(call["input"], WEATHER["input_schema"])


def test_tool_use_usage_is_consistent_with_the_responder(client: httpx.Client) -> None:
    body: Dict[str, Any] = {"messages": [user("What's the weather in Paris?")], "tools": [WEATHER]}
    message = post(client, **body)
    call = tool_uses(message)[0]
    expected_output = words("I'll use the get_weather tool.") + words(json.dumps(call["input"]))
    assert message["usage"]["output_tokens"] == expected_output
    counted = client.post("/v1/messages/count_tokens", json={"model": MODEL, **body}).json()
    assert message["usage"]["input_tokens"] == counted["input_tokens"]


def test_same_request_same_answer(client: httpx.Client) -> None:
    body: Dict[str, Any] = {"messages": [user("Weather and time in Lisbon please")], "tools": TOOLS}
    first, second = post(client, **body), post(client, **body)
    assert without_ids(first) == without_ids(second)
    assert first["content"][1]["id"] != second["content"][1]["id"]


def test_tool_choice_names_the_tool_any_and_none(client: httpx.Client) -> None:
    question = [user("What's the weather in Paris?")]
    forced = post(client, messages=question, tools=TOOLS, tool_choice={"type": "tool", "name": "stock_price"})
    assert [c["name"] for c in tool_uses(forced)] == ["stock_price"]
    assert validate(tool_uses(forced)[0]["input"], STOCKS["input_schema"])

    anyone = post(client, messages=question, tools=TOOLS, tool_choice={"type": "any"})
    assert [c["name"] for c in tool_uses(anyone)] == ["get_weather"]

    none = post(client, messages=question, tools=TOOLS, tool_choice={"type": "none"})
    assert none["content"] == [{"type": "text", "text": "Echo: What's the weather in Paris?"}]
    assert none["stop_reason"] == "end_turn"

    assert "not found" in post_error(client, messages=question, tools=TOOLS, tool_choice={"type": "tool", "name": "x"})


def test_tool_is_picked_by_its_description_when_not_mentioned(client: httpx.Client) -> None:
    message = post(client, messages=[user("How are Apple shares trading on the market?")], tools=TOOLS)
    assert [c["name"] for c in tool_uses(message)] == ["stock_price"]
    message = post(client, messages=[user("hello")], tools=TOOLS)
    assert [c["name"] for c in tool_uses(message)] == ["get_weather"]  # no overlap: the first custom tool


def test_two_mentioned_tools_are_called_in_the_order_of_the_text(client: httpx.Client) -> None:
    message = post(client, messages=[user("Use get_time and get_weather for Tokyo")], tools=TOOLS)
    calls = tool_uses(message)
    assert [c["name"] for c in calls] == ["get_time", "get_weather"]
    assert message["content"][0]["text"] == "I'll use the get_time and get_weather tools."
    assert len({c["id"] for c in calls}) == 2
    for call in calls:
        assert validate(call["input"], SCHEMAS[call["name"]])
    assert calls[1]["input"]["location"] == "Tokyo"

    by_words = post(client, messages=[user("What's the weather, the time and the stock price in Oslo?")], tools=TOOLS)
    assert [c["name"] for c in tool_uses(by_words)] == ["get_weather", "get_time", "stock_price"]


def test_tool_calls_header_gives_n_tool_use_blocks(client: httpx.Client) -> None:
    message = post(client, messages=[user("Weather in Rome?")], tools=TOOLS, headers={"x-fake-tool-calls": "4"})
    calls = tool_uses(message)
    # the mentioned tool first, then the other custom tools, cycling
    assert [c["name"] for c in calls] == ["get_weather", "get_time", "stock_price", "get_weather"]
    assert len({c["id"] for c in calls}) == 4
    for call in calls:
        assert validate(call["input"], SCHEMAS[call["name"]])
    assert calls[0]["input"] != calls[3]["input"]  # repeated calls of one tool get different inputs
    assert message["stop_reason"] == "tool_use"

    forced = post(
        client,
        messages=[user("hi")],
        tools=TOOLS,
        tool_choice={"type": "tool", "name": "get_time"},
        headers={"x-fake-tool-calls": "3"},
    )
    assert [c["name"] for c in tool_uses(forced)] == ["get_time"] * 3
    assert forced["content"][0]["text"] == "I'll use the get_time tool 3 times."

    none = post(client, messages=[user("hi")], tools=TOOLS, headers={"x-fake-tool-calls": "0"})
    assert none["content"] == [{"type": "text", "text": "Echo: hi"}]


def test_disable_parallel_tool_use_keeps_one_call(client: httpx.Client) -> None:
    choice = {"type": "auto", "disable_parallel_tool_use": True}
    message = post(
        client,
        messages=[user("get_time and get_weather")],
        tools=TOOLS,
        tool_choice=choice,
        headers={"x-fake-tool-calls": "3"},
    )
    assert [c["name"] for c in tool_uses(message)] == ["get_time"]


@pytest.mark.parametrize(
    ("header", "value"), [("x-fake-tool-calls", "two"), ("x-fake-tool-calls", "65"), ("x-fake-invalid-output", "maybe")]
)
def test_malformed_fake_headers_are_400s(client: httpx.Client, header: str, value: str) -> None:
    message = post_error(client, messages=[user("hi")], tools=TOOLS, headers={header: value})
    assert header in message


def test_no_tool_call_after_an_assistant_prefill_or_without_custom_tools(client: httpx.Client) -> None:
    prefill = post(client, messages=[user("weather?"), {"role": "assistant", "content": "Sure"}], tools=TOOLS)
    assert tool_uses(prefill) == []
    server_only = post(client, messages=[user("search")], tools=[{"type": "web_search_20250305", "name": "web_search"}])
    assert tool_uses(server_only) == []


def test_memory_tool_is_called_when_mentioned(client: httpx.Client) -> None:
    memory = {"type": "memory_20250818", "name": "memory"}
    message = post(client, messages=[user("Check your memory first")], tools=[memory, WEATHER])
    assert [(c["name"], c["input"]) for c in tool_uses(message)] == [
        ("memory", {"command": "view", "path": "/memories"})
    ]
    not_mentioned = post(client, messages=[user("weather in Oslo")], tools=[memory, WEATHER])
    assert [c["name"] for c in tool_uses(not_mentioned)] == ["get_weather"]


def test_thinking_comes_before_the_tool_calls(client: httpx.Client) -> None:
    message = post(
        client,
        max_tokens=2048,
        thinking={"type": "enabled", "budget_tokens": 1024},
        messages=[user("weather in Paris")],
        tools=[WEATHER],
    )
    assert [b["type"] for b in message["content"]] == ["thinking", "text", "tool_use"]
    assert "I should call the get_weather tool." in message["content"][0]["thinking"]


def test_a_tool_call_that_does_not_fit_max_tokens_is_left_out(client: httpx.Client) -> None:
    message = post(client, max_tokens=6, messages=[user("weather in Paris")], tools=[WEATHER])
    assert [b["type"] for b in message["content"]] == ["text"]
    assert message["stop_reason"] == "max_tokens"


def test_platform_routes_call_tools_too(server: FakeAnthropic) -> None:
    with httpx.Client(base_url=server.url, timeout=5) as http:
        path = "/v1/projects/p/locations/global/publishers/anthropic/models/claude-x:rawPredict"
        body = {
            "anthropic_version": "vertex-2023-10-16",
            "max_tokens": 100,
            "messages": [user("weather in Paris")],
            "tools": [WEATHER],
        }
        response = http.post(path, json=body, headers={"authorization": "Bearer t", "x-fake-tool-calls": "2"})
        assert response.status_code == 200, response.text
        assert [c["name"] for c in tool_uses(response.json())] == ["get_weather", "get_weather"]
        foundry = http.post(
            "/anthropic/v1/messages",
            json={"model": MODEL, "max_tokens": 100, "messages": [user("weather in Paris")], "tools": [WEATHER]},
            headers={"api-key": "k"},
        )
        assert tool_uses(foundry.json())[0]["input"]["location"] == "Paris"


# ----------------------------------------------------------------------------------------------- tool results


def tool_round(client: httpx.Client, results: List[Dict[str, Any]], **body: Any) -> Dict[str, Any]:
    first = post(client, messages=[user("weather in Paris and the time")], tools=TOOLS, **body)
    calls = tool_uses(first)
    messages = [
        user("weather in Paris and the time"),
        {"role": "assistant", "content": first["content"]},
        user([{**result, "tool_use_id": call["id"]} for call, result in zip(calls, results)]),
    ]
    return post(client, messages=messages, tools=TOOLS, **body)


def test_tool_results_are_quoted(client: httpx.Client) -> None:
    results = [
        {"type": "tool_result", "content": "72°F, sunny"},
        {"type": "tool_result", "content": [{"type": "text", "text": "10:42"}]},
    ]
    message = tool_round(client, results)
    assert message["content"] == [{"type": "text", "text": "The tool returned: 72°F, sunny; 10:42"}]
    assert message["stop_reason"] == "end_turn"
    assert message["usage"]["output_tokens"] == words("The tool returned: 72°F, sunny; 10:42")


def test_error_results_are_quoted_as_errors(client: httpx.Client) -> None:
    results = [
        {"type": "tool_result", "content": "RuntimeError('kaboom')", "is_error": True},
        {"type": "tool_result", "content": "10:42", "is_error": False},
    ]
    message = tool_round(client, results)
    assert message["content"] == [{"type": "text", "text": "The tool returned: error: RuntimeError('kaboom'); 10:42"}]
    assert message["stop_reason"] == "end_turn"

    thinking = {"type": "enabled", "budget_tokens": 1024}
    with_thinking = tool_round(client, results, max_tokens=2048, thinking=thinking)
    assert "error" in with_thinking["content"][0]["thinking"]


def test_tool_results_are_not_answered_with_another_tool_call(client: httpx.Client) -> None:
    message = tool_round(client, [{"type": "tool_result", "content": "ok"}], headers={"x-fake-tool-calls": "2"})
    assert tool_uses(message) == []


# ------------------------------------------------------------------------------------------ structured outputs

PERSON_SCHEMA: Dict[str, Any] = {
    "$defs": {
        "Address": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
            "required": ["city", "zip"],
            "additionalProperties": False,
        }
    },
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 18},
        "email": {"anyOf": [{"type": "string", "format": "email"}, {"type": "null"}]},
        "home": {"$ref": "#/$defs/Address"},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "age", "home"],
    "additionalProperties": False,
}


def output_format(schema: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "json_schema", "schema": schema}


def test_structured_output_is_json_valid_against_the_schema(client: httpx.Client) -> None:
    message = post(
        client,
        "/v1/messages?beta=true",
        headers={"anthropic-beta": "structured-outputs-2025-11-13"},
        messages=[user("Extract the person who lives in Berlin")],
        output_format=output_format(PERSON_SCHEMA),
    )
    assert message["stop_reason"] == "end_turn"
    (block,) = message["content"]
    assert block["type"] == "text"
    value = json.loads(block["text"])
    assert validate(value, PERSON_SCHEMA)
    # additionalProperties: false objects come with exactly their properties
    assert set(value) == set(PERSON_SCHEMA["properties"])
    assert set(value["home"]) == {"city", "zip"}
    assert value["home"]["city"] == "Berlin"
    assert message["usage"]["output_tokens"] == words(block["text"])
    counted = client.post(
        "/v1/messages/count_tokens",
        json={"model": MODEL, "messages": [user("Extract the person who lives in Berlin")]},
    ).json()["input_tokens"]
    assert message["usage"]["input_tokens"] > counted  # the schema is counted as input


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"type": "integer"}},
        {"type": "string", "enum": ["positive", "negative"]},
        {"type": "object", "additionalProperties": {"type": "number"}},
        {"anyOf": [{"type": "integer", "minimum": 10}, {"type": "null"}]},
    ],
)
def test_structured_output_for_non_object_roots(client: httpx.Client, schema: Dict[str, Any]) -> None:
    message = post(client, messages=[user("classify")], output_format=output_format(schema))
    assert validate(json.loads(message["content"][0]["text"]), schema)


def test_invalid_output_header_breaks_the_schema(client: httpx.Client) -> None:
    message = post(
        client,
        messages=[user("Extract the person")],
        output_format=output_format(PERSON_SCHEMA),
        headers={"x-fake-invalid-output": "1"},
    )
    value = json.loads(message["content"][0]["text"])
    assert not is_valid(value, PERSON_SCHEMA)
    assert schema_errors(value, PERSON_SCHEMA) == ["$.name: 12345 is not of type 'string'"]
    with pytest.raises(SchemaValidationError) as info:
        validate(value, PERSON_SCHEMA)
    assert info.value.errors == ["$.name: 12345 is not of type 'string'"]

    anything = post(
        client, messages=[user("x")], output_format=output_format({}), headers={"x-fake-invalid-output": "1"}
    )
    assert anything["content"][0]["text"] == "This is not JSON."

    off = post(
        client,
        messages=[user("x")],
        output_format=output_format(PERSON_SCHEMA),
        headers={"x-fake-invalid-output": "0"},
    )
    assert validate(json.loads(off["content"][0]["text"]), PERSON_SCHEMA)


def test_invalid_output_fails_pydantic_validation(client: httpx.Client) -> None:
    class Answer(pydantic.BaseModel):
        city: str
        population: int

    schema = Answer.model_json_schema()
    good = post(client, messages=[user("Largest city in Japan")], output_format=output_format(schema))
    assert Answer.model_validate_json(good["content"][0]["text"]).city == "Japan"
    bad = post(
        client,
        messages=[user("Largest city in Japan")],
        output_format=output_format(schema),
        headers={"x-fake-invalid-output": "1"},
    )
    with pytest.raises(pydantic.ValidationError):
        Answer.model_validate_json(bad["content"][0]["text"])


def test_output_format_after_tool_results_answers_json(client: httpx.Client) -> None:
    fmt = output_format(PERSON_SCHEMA)
    first = post(client, messages=[user("weather in Paris")], tools=[WEATHER], output_format=fmt)
    assert first["stop_reason"] == "tool_use"
    call = tool_uses(first)[0]
    messages = [
        user("weather in Paris"),
        {"role": "assistant", "content": first["content"]},
        user([{"type": "tool_result", "tool_use_id": call["id"], "content": "sunny"}]),
    ]
    final = post(client, messages=messages, tools=[WEATHER], output_format=fmt)
    assert final["stop_reason"] == "end_turn"
    value = json.loads(final["content"][0]["text"])
    assert validate(value, PERSON_SCHEMA)
    assert value["name"] == "Paris"  # the hint comes from the latest user message with text


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("json", "output_format: Input should be a valid dictionary"),
        ({"type": "text"}, "output_format.type: Input should be 'json_schema'"),
        ({"type": "json_schema"}, "output_format.schema: Field required"),
    ],
)
def test_malformed_output_format_is_a_400(client: httpx.Client, output: Any, message: str) -> None:
    assert post_error(client, messages=[user("x")], output_format=output).startswith(message)


# ---------------------------------------------------------------------------------------------------- streaming


def stream_events(client: httpx.Client, headers: Optional[Dict[str, str]] = None, **body: Any) -> List[Any]:
    body.setdefault("model", MODEL)
    body.setdefault("max_tokens", 1024)
    response = client.post("/v1/messages", json={**body, "stream": True}, headers=headers or {})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events: List[Tuple[str, Dict[str, Any]]] = []
    for chunk in response.text.strip().split("\n\n"):
        name_line, data_line = chunk.split("\n")
        events.append((name_line[len("event: ") :], json.loads(data_line[len("data: ") :])))
    return events


def reassemble(events: List[Tuple[str, Dict[str, Any]]]) -> Tuple[Dict[str, Any], Dict[int, List[str]]]:
    """The final message, and each tool_use block's `partial_json` pieces (input parsed from them)."""
    message: Dict[str, Any] = events[0][1]["message"]
    pieces: Dict[int, List[str]] = {}
    for name, data in events[1:]:
        if name == "content_block_start":
            block = data["content_block"]
            if block["type"] == "tool_use":
                assert block["input"] == {}
                pieces[data["index"]] = []
            message["content"].append(block)
        elif name == "content_block_delta":
            delta = data["delta"]
            block = message["content"][data["index"]]
            if delta["type"] == "input_json_delta":
                pieces[data["index"]].append(delta["partial_json"])
            elif delta["type"] == "text_delta":
                block["text"] += delta["text"]
        elif name == "content_block_stop" and data["index"] in pieces:
            message["content"][data["index"]]["input"] = json.loads("".join(pieces[data["index"]]))
        elif name == "message_delta":
            message.update(data["delta"])
            message["usage"] = {**message["usage"], **data["usage"]}
    return message, pieces


def test_streamed_tool_calls_reassemble_to_valid_inputs(client: httpx.Client) -> None:
    body: Dict[str, Any] = {"messages": [user("get_time and get_weather in Paris")], "tools": TOOLS}
    events = stream_events(client, **body)
    message, pieces = reassemble(events)
    assert message["stop_reason"] == "tool_use"
    calls = tool_uses(message)
    assert [c["name"] for c in calls] == ["get_time", "get_weather"]
    for call in calls:
        assert validate(call["input"], SCHEMAS[call["name"]])
    assert all(len(p) > 2 and p[0] == "" for p in pieces.values())  # several input_json_delta pieces each
    whole = post(client, **body)
    assert without_ids(message) == without_ids(whole)


def test_streamed_parallel_calls_from_the_header(client: httpx.Client) -> None:
    events = stream_events(client, messages=[user("weather in Paris")], tools=TOOLS, headers={"x-fake-tool-calls": "3"})
    message, pieces = reassemble(events)
    assert len(tool_uses(message)) == 3 and len(pieces) == 3
    starts = [data["content_block"]["type"] for name, data in events if name == "content_block_start"]
    assert starts == ["text", "tool_use", "tool_use", "tool_use"]


def test_streamed_structured_output_and_tool_results(client: httpx.Client) -> None:
    events = stream_events(client, messages=[user("person in Berlin")], output_format=output_format(PERSON_SCHEMA))
    message, _ = reassemble(events)
    assert message["stop_reason"] == "end_turn"
    assert validate(json.loads(message["content"][0]["text"]), PERSON_SCHEMA)
    deltas = [d for name, d in events if name == "content_block_delta"]
    assert len(deltas) > 1 and all(d["delta"]["type"] == "text_delta" for d in deltas)

    bad_events = stream_events(
        client,
        messages=[user("person")],
        output_format=output_format(PERSON_SCHEMA),
        headers={"x-fake-invalid-output": "1"},
    )
    bad, _ = reassemble(bad_events)
    assert not is_valid(json.loads(bad["content"][0]["text"]), PERSON_SCHEMA)

    results = [user("q"), {"role": "assistant", "content": "x"}]
    results.append(user([{"type": "tool_result", "tool_use_id": "toolu_1", "content": "boom", "is_error": True}]))
    quoted, _ = reassemble(stream_events(client, messages=results, tools=TOOLS))
    assert quoted["content"][0]["text"] == "The tool returned: error: boom"


# ------------------------------------------------------------------------------------- validator and synthesizer


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Address(pydantic.BaseModel):
    street: str
    city: str
    zip_code: str = pydantic.Field(pattern=r"^\d{5}$")


class Node(pydantic.BaseModel):
    name: str
    children: List[Node] = []


class Person(pydantic.BaseModel):
    """A person."""

    name: str
    age: int = pydantic.Field(ge=0, le=130)
    nickname: Optional[str] = None
    kind: Literal["customer", "employee"]
    favourite: Color
    addresses: List[Address]
    scores: Dict[str, float]
    birthday: datetime.date
    last_seen: datetime.datetime
    id: uuid.UUID
    ratio: float = pydantic.Field(gt=0, lt=1)
    either: Union[int, str]


PYDANTIC_TYPES: List[Any] = [Person, Address, Node, List[int], Dict[str, Address], Optional[Address], Color]

# Schemas as pydantic (v2) writes them and as they come out of transform_schema (BEHAVIOR.md §11.2), plus
# the hand-written shapes tools use.
SCHEMA_TABLE: List[Tuple[str, Dict[str, Any]]] = [
    ("string", {"type": "string"}),
    ("empty schema", {}),
    ("integer bounds", {"type": "integer", "minimum": -10, "maximum": -3}),
    ("exclusive bounds", {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5}),
    ("draft-4 exclusive", {"type": "integer", "minimum": 5, "exclusiveMinimum": True}),
    ("multipleOf", {"type": "integer", "minimum": 7, "multipleOf": 5}),
    ("float multipleOf", {"type": "number", "minimum": 0.25, "multipleOf": 0.1}),
    ("boolean", {"type": "boolean"}),
    ("null", {"type": "null"}),
    ("const", {"const": {"a": [1, 2]}}),
    ("enum of mixed", {"enum": [3, "x", None]}),
    ("string lengths", {"type": "string", "minLength": 12, "maxLength": 14}),
    ("short max", {"type": "string", "maxLength": 3}),
    ("pattern", {"type": "string", "pattern": r"^[A-Z]{3}-\d{2,4}$"}),
    (
        "formats",
        {
            "type": "object",
            "properties": {
                f: {"type": "string", "format": f}
                for f in ("date", "date-time", "time", "duration", "uuid", "email", "uri", "hostname", "ipv4", "ipv6")
            },
            "required": ["date", "date-time", "time", "duration", "uuid", "email", "uri", "hostname", "ipv4", "ipv6"],
        },
    ),
    (
        "array bounds unique",
        {
            "type": "array",
            "items": {"type": "integer", "maximum": 9},
            "minItems": 3,
            "maxItems": 4,
            "uniqueItems": True,
        },
    ),
    ("unique strings", {"type": "array", "items": {"type": "string"}, "minItems": 3, "uniqueItems": True}),
    ("unique enum", {"type": "array", "items": {"enum": ["a", "b", "c"]}, "minItems": 3, "uniqueItems": True}),
    (
        "tuple prefixItems",
        {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "minItems": 2, "maxItems": 2},
    ),
    ("draft-4 tuple", {"type": "array", "items": [{"type": "boolean"}, {"type": "null"}], "minItems": 2}),
    ("contains", {"type": "array", "contains": {"const": 42}}),
    ("type list", {"type": ["null", "integer"], "minimum": 3}),
    ("oneOf exclusive", {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "integer", "maximum": 5}]}),
    (
        "allOf merge",
        {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                {"properties": {"b": {"type": "integer"}}, "required": ["b"]},
            ]
        },
    ),
    ("not", {"type": "string", "not": {"const": "example"}}),
    ("if then else", {"type": "integer", "if": {"minimum": 0}, "then": {"multipleOf": 2}}),
    (
        "closed object",
        {
            "type": "object",
            "properties": {"x": {"type": "integer"}, "y": {"type": "string"}},
            "required": ["x"],
            "additionalProperties": False,
        },
    ),
    ("min properties dict", {"type": "object", "additionalProperties": {"type": "boolean"}, "minProperties": 2}),
    (
        "pattern properties",
        {
            "type": "object",
            "patternProperties": {"^n_": {"type": "integer"}},
            "required": ["n_1"],
            "additionalProperties": False,
        },
    ),
    (
        "pydantic optional",
        {
            "properties": {
                "nickname": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Nickname"}
            },
            "title": "M",
            "type": "object",
        },
    ),
    (
        "pydantic literal",
        {
            "properties": {"kind": {"enum": ["a", "b"], "title": "Kind", "type": "string"}},
            "required": ["kind"],
            "title": "M",
            "type": "object",
        },
    ),
    (
        "pydantic enum ref",
        {
            "$defs": {"Color": {"enum": ["red", "green"], "title": "Color", "type": "string"}},
            "properties": {"c": {"$ref": "#/$defs/Color"}},
            "required": ["c"],
            "type": "object",
        },
    ),
    (
        "pydantic nested models",
        {
            "$defs": {
                "Inner": {
                    "properties": {"v": {"type": "integer", "exclusiveMinimum": 10}},
                    "required": ["v"],
                    "title": "Inner",
                    "type": "object",
                },
                "Middle": {
                    "properties": {
                        "inner": {"$ref": "#/$defs/Inner"},
                        "items": {"items": {"$ref": "#/$defs/Inner"}, "type": "array"},
                    },
                    "required": ["inner", "items"],
                    "title": "Middle",
                    "type": "object",
                },
            },
            "properties": {"middle": {"$ref": "#/$defs/Middle"}},
            "required": ["middle"],
            "type": "object",
        },
    ),
    (
        "pydantic recursive",
        {
            "$defs": {
                "Node": {
                    "properties": {
                        "name": {"type": "string"},
                        "next": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
                    },
                    "required": ["name", "next"],
                    "type": "object",
                }
            },
            "$ref": "#/$defs/Node",
        },
    ),
    (
        "pydantic dict and dates",
        {
            "properties": {
                "scores": {"additionalProperties": {"type": "number"}, "type": "object"},
                "day": {"format": "date", "type": "string"},
                "at": {"format": "date-time", "type": "string"},
            },
            "required": ["scores", "day", "at"],
            "type": "object",
        },
    ),
    (
        "definitions (draft 7)",
        {
            "definitions": {"P": {"type": "string", "minLength": 2}},
            "type": "array",
            "items": {"$ref": "#/definitions/P"},
            "minItems": 1,
        },
    ),
    (
        "transformed literal",
        {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "title": "Kind", "description": "{enum: ['x', 'y']}"},
                "n": {"type": "integer", "description": "A count\n\n{minimum: 5, maximum: 6}"},
            },
            "additionalProperties": False,
            "required": ["kind", "n"],
        },
    ),
]


@pytest.mark.parametrize(("name", "schema"), SCHEMA_TABLE, ids=[name for name, _ in SCHEMA_TABLE])
@pytest.mark.parametrize("complete", [False, True])
def test_synthesized_values_are_valid_and_deterministic(name: str, schema: Dict[str, Any], complete: bool) -> None:
    value = synthesize(schema, text="Tell me about Lisbon", complete=complete)
    assert validate(value, schema), name
    again = synthesize(json.loads(json.dumps(schema)), text="Tell me about Lisbon", complete=complete)
    assert json.dumps(again) == json.dumps(value)
    found, wrong = invalid_instance(schema)
    if name != "empty schema":
        assert found and not is_valid(wrong, schema), name


def test_synthesis_rules_examples() -> None:
    examples: List[Tuple[Dict[str, Any], Any]] = [
        ({"type": "integer", "minimum": -10, "maximum": -3}, -3),
        ({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.5}, 0.25),
        ({"type": "integer", "minimum": 7, "multipleOf": 5}, 10),
        ({"type": "string", "maxLength": 3}, "exa"),
        ({"type": "string", "minLength": 10}, "examplexxx"),
        ({"type": "string", "pattern": r"^[A-Z]{3}-\d{2,4}$"}, "AAA-11"),
        ({"type": "string", "format": "date-time"}, "2025-01-01T12:00:00Z"),
        ({"anyOf": [{"type": "null"}, {"type": "boolean"}]}, True),
        ({"type": "string", "default": "d", "enum": ["a", "d"]}, "d"),
        ({"type": "integer", "examples": [42]}, 42),
        ({"type": "array", "items": {"type": "string"}, "minItems": 2, "uniqueItems": True}, ["example", "example-2"]),
        ({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}, {"city": "Lisbon"}),
        ({"type": "string", "description": "{enum: ['x', 'y'], default: y}"}, "y"),
    ]
    for schema, expected in examples:
        assert synthesize(schema, text="Tell me about Lisbon") == expected, schema
    obj = {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "array"}}, "required": ["a"]}
    assert synthesize(obj) == {"a": 1}
    assert synthesize(obj, complete=True) == {"a": 1, "b": ["example"]}
    assert synthesize({"type": "integer"}, variant=2) == 3


@pytest.mark.parametrize("kind", PYDANTIC_TYPES, ids=lambda t: getattr(t, "__name__", str(t)))
def test_synthesized_values_parse_with_pydantic(kind: Any) -> None:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(kind)
    schema = adapter.json_schema()
    for complete in (False, True):
        value = synthesize(schema, text="What is the weather in Paris?", complete=complete)
        assert validate(value, schema)
        adapter.validate_json(json.dumps(value))
    found, wrong = invalid_instance(schema)
    assert found
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_json(json.dumps(wrong))


def test_transformed_schema_hints_make_literals_and_enums_parse() -> None:
    class Pick(pydantic.BaseModel):
        kind: Literal["x", "y"]
        color: Color
        count: int = pydantic.Field(ge=5)

    # Pick's schema as transform_schema renders it: enum and minimum folded into descriptions (§11.2).
    transformed = {
        "$defs": {"Color": {"type": "string", "title": "Color", "description": "{enum: ['red', 'green']}"}},
        "type": "object",
        "title": "Pick",
        "properties": {
            "kind": {"type": "string", "title": "Kind", "description": "{enum: ['x', 'y']}"},
            "color": {"$ref": "#/$defs/Color"},
            "count": {"type": "integer", "title": "Count", "description": "{minimum: 5}"},
        },
        "additionalProperties": False,
        "required": ["kind", "color", "count"],
    }
    value = synthesize(transformed, complete=True)
    assert value == {"kind": "x", "color": "red", "count": 5}
    assert Pick.model_validate_json(json.dumps(value)).color is Color.RED


def test_description_hints_parsing() -> None:
    assert description_hints("{enum: ['a', 'b'], minimum: 1}") == {"enum": ["a", "b"], "minimum": 1}
    assert description_hints("Some words\n\n{pattern: ^[a-z]{2,3}$, maxLength: 5}") == {
        "pattern": "^[a-z]{2,3}$",
        "maxLength": 5,
    }
    assert description_hints("{default: None, x-unknown: 3}") == {"default": None}
    assert description_hints("plain description") == {}
    assert description_hints("{not a hint}") == {}


VALIDATION_TABLE: List[Tuple[Any, Any, bool]] = [
    (1, {"type": "integer"}, True),
    (1.0, {"type": "integer"}, True),
    (1.5, {"type": "integer"}, False),
    (True, {"type": "integer"}, False),
    (True, {"type": "number"}, False),
    (True, {"enum": [1]}, False),
    (1, {"const": 1.0}, True),
    ([1, True], {"uniqueItems": True}, True),
    ([{"a": 1}, {"a": 1}], {"uniqueItems": True}, False),
    ("2025-02-30", {"format": "date"}, False),
    ("2025-02-28T25:00:00Z", {"format": "date-time"}, False),
    ("2025-02-28T23:00:00+01:00", {"format": "date-time"}, True),
    ("not-a-uuid", {"format": "uuid"}, False),
    ("::1", {"format": "ipv4"}, False),
    ("::1", {"format": "ipv6"}, True),
    ("a@b.co", {"format": "email"}, True),
    ("P1Y2M3DT4H", {"format": "duration"}, True),
    ("x", {"format": "made-up-format"}, True),
    (5, {"type": "integer", "minimum": 5, "exclusiveMinimum": True}, False),
    (0.3, {"multipleOf": 0.1}, True),
    ({"a": 1}, {"properties": {"a": {"type": "string"}}}, False),
    ({"b": 1}, {"properties": {"a": {}}, "additionalProperties": False}, False),
    ({"b": 1}, {"additionalProperties": {"type": "string"}}, False),
    ({"x_1": 1}, {"patternProperties": {"^x_": {"type": "integer"}}, "additionalProperties": False}, True),
    (3, {"oneOf": [{"minimum": 0}, {"maximum": 5}]}, False),
    (7, {"oneOf": [{"minimum": 0}, {"maximum": 5}]}, True),
    ("abc", {"not": {"type": "string"}}, False),
    ([1, "x"], {"prefixItems": [{"type": "integer"}], "items": False}, False),
    ([1, "x"], {"items": [{"type": "integer"}], "additionalItems": {"type": "string"}}, True),
    (
        {"a": {"a": None}},
        {
            "$defs": {
                "T": {"type": "object", "properties": {"a": {"anyOf": [{"$ref": "#/$defs/T"}, {"type": "null"}]}}}
            },
            "$ref": "#/$defs/T",
        },
        True,
    ),
    (
        {"a": {"a": 3}},
        {
            "$defs": {
                "T": {"type": "object", "properties": {"a": {"anyOf": [{"$ref": "#/$defs/T"}, {"type": "null"}]}}}
            },
            "$ref": "#/$defs/T",
        },
        False,
    ),
    (1, {"$ref": "#/$defs/Missing"}, False),
    ("anything", True, True),
    ("anything", False, False),
]


@pytest.mark.parametrize(("instance", "schema", "expected"), VALIDATION_TABLE)
def test_validator(instance: Any, schema: Any, expected: bool) -> None:
    assert is_valid(instance, schema) is expected
    assert (schema_errors(instance, schema) == []) is expected


def test_validation_errors_name_their_paths() -> None:
    errors = schema_errors({"home": {"zip": 123}, "extra": 1}, PERSON_SCHEMA)
    assert errors == [
        "$: missing required property 'name'",
        "$: missing required property 'age'",
        "$.home: missing required property 'city'",
        "$.home.zip: 123 is not of type 'string'",
        "$: additional property 'extra' is not allowed",
    ]
    with pytest.raises(SchemaValidationError, match="missing required property 'name'") as info:
        validate({"home": {"zip": 123}, "extra": 1}, PERSON_SCHEMA)
    assert isinstance(info.value, ValueError) and info.value.errors == errors


def test_regex_samples_and_subjects() -> None:
    assert regex_sample(r"^\d{5}$") == "11111"
    assert regex_sample(r"^(foo|bar)_[a-z0-9]+$") == "foo_a"
    assert regex_sample(r"^\w+@\w+\.com$") == "a@a.com"
    assert regex_sample(r"^(?=x)") is None  # lookaheads are not "simple"
    assert regex_sample(r"^[^a]$") is None
    assert subject_of("What's the weather like in San Francisco?") == "San Francisco"
    assert subject_of("") == "example"


def test_recursive_schemas_stay_small() -> None:
    class Tree(pydantic.BaseModel):
        left: Optional[Tree]
        right: Optional[Tree]
        children: List[Tree]
        named: Dict[str, Tree]

    schema = Tree.model_json_schema()
    value = synthesize(schema, complete=True)
    assert validate(value, schema) and len(json.dumps(value)) < 20_000
    Tree.model_validate_json(json.dumps(value))

    # a schema no finite value satisfies: the search stops (with an invalid value) instead of running forever
    endless = {
        "$defs": {"T": {"type": "object", "properties": {"a": {"$ref": "#/$defs/T"}}, "required": ["a"]}},
        "$ref": "#/$defs/T",
    }
    assert not is_valid(synthesize(endless), endless)

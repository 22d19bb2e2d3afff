"""Structured outputs (``beta.messages.parse``) and the tool runner, end to end over the wire."""

from __future__ import annotations

import json
import logging
import time
from typing import Any, Dict, List, Optional, Tuple

import pydantic
import pytest

from anthropic import AsyncAnthropic, beta_async_tool
from anthropic._drivers import async_sleep
from anthropic.lib.tools import BetaAsyncAbstractMemoryTool, BetaAsyncFunctionTool
from anthropic.testing import FakeAnthropic, Reply, sse_event
from anthropic.types.beta import (
    BetaMemoryTool20250818CreateCommand,
    BetaMemoryTool20250818DeleteCommand,
    BetaMemoryTool20250818InsertCommand,
    BetaMemoryTool20250818RenameCommand,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaMemoryTool20250818ViewCommand,
)
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage

pytestmark = pytest.mark.anyio

MODEL = "claude-sonnet-4-5"
MESSAGES: List[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
STRUCTURED = "structured-outputs-2025-11-13"


def message(*content: Dict[str, Any], stop_reason: str = "end_turn") -> Dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": list(content),
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 5},
    }


def text(value: str) -> Dict[str, Any]:
    return {"type": "text", "text": value}


def tool_use(id: str, name: str, input: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "tool_use", "id": id, "name": name, "input": input}


def calls(*blocks: Dict[str, Any]) -> Reply:
    return Reply(json=message(*blocks, stop_reason="tool_use"))


def answer(value: str) -> Reply:
    return Reply(json=message(text(value)))


def streamed(*blocks: Dict[str, Any], stop_reason: str = "end_turn") -> Reply:
    """The same message as server-sent events (tool input in two ``input_json_delta`` pieces)."""
    start = {**message(stop_reason=stop_reason), "content": [], "stop_reason": None}
    events = [sse_event("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(blocks):
        if block["type"] == "text":
            first: Dict[str, Any] = {"type": "text", "text": ""}
            deltas = [{"type": "text_delta", "text": block["text"]}]
        else:
            first = {**block, "input": {}}
            raw = json.dumps(block["input"])
            deltas = [{"type": "input_json_delta", "partial_json": part} for part in (raw[:3], raw[3:])]
        events.append(sse_event("content_block_start", {"type": "content_block_start", "index": index,
                                                        "content_block": first}))  # fmt: skip
        for delta in deltas:
            events.append(sse_event("content_block_delta", {"type": "content_block_delta", "index": index,
                                                            "delta": delta}))  # fmt: skip
        events.append(sse_event("content_block_stop", {"type": "content_block_stop", "index": index}))
    events.append(sse_event("message_delta", {"type": "message_delta", "usage": {"output_tokens": 5},
                                              "delta": {"stop_reason": stop_reason, "stop_sequence": None}}))  # fmt: skip
    events.append(sse_event("message_stop", {"type": "message_stop"}))
    return Reply(sse=events)


class City(pydantic.BaseModel):
    name: str
    population: int


class Country(pydantic.BaseModel):
    """A country and its cities."""

    name: str
    cities: List[City]


# --------------------------------------------------------------------------------------
# parse


async def test_parse_into_a_nested_model(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    data = {"name": "France", "cities": [{"name": "Paris", "population": 2100000}]}
    server.enqueue(Reply(json=message(text(json.dumps(data)))))
    parsed = await async_client.beta.messages.parse(
        model=MODEL, max_tokens=100, messages=MESSAGES, output_format=Country
    )
    assert isinstance(parsed, ParsedBetaMessage)
    assert parsed.parsed_output == Country(name="France", cities=[City(name="Paris", population=2100000)])
    assert parsed.content[0].type == "text" and parsed.content[0].parsed_output == parsed.parsed_output
    request = server.last_request
    assert request.raw_path == "/v1/messages?beta=true"
    assert request.headers["anthropic-beta"] == STRUCTURED
    assert request.headers["x-stainless-helper"] == "beta.messages.parse"
    schema = request.json()["output_format"]
    assert list(schema) == ["schema", "type"] and schema["type"] == "json_schema"
    assert schema["schema"]["$defs"]["City"]["additionalProperties"] is False
    assert schema["schema"]["description"] == "A country and its cities."


async def test_parse_into_a_list_of_int_and_raw(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json=message(text("[1, 2, 3]"))))
    parsed = await async_client.beta.messages.parse(
        model=MODEL, max_tokens=100, messages=MESSAGES, output_format=List[int], betas=["other-beta"]
    )
    assert parsed.parsed_output == [1, 2, 3]
    assert server.last_request.headers["anthropic-beta"] == f"other-beta,{STRUCTURED}"
    assert server.last_request.json()["output_format"]["schema"] == {"type": "array", "items": {"type": "integer"}}
    server.enqueue(Reply(json=message(text("[4]"))))
    raw = await async_client.beta.messages.with_raw_response.parse(
        model=MODEL, max_tokens=100, messages=MESSAGES, output_format=List[int], betas=[STRUCTURED]
    )
    assert server.last_request.headers["anthropic-beta"] == STRUCTURED  # not added twice
    assert raw.parse().parsed_output == [4]  # the post_parser runs on raw responses too


async def test_parse_schema_mismatch_raises(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json=message(text('{"name": "France"}'))))
    with pytest.raises(pydantic.ValidationError):
        await async_client.beta.messages.parse(model=MODEL, max_tokens=100, messages=MESSAGES, output_format=Country)

    class NotAType:
        pass

    with pytest.raises(TypeError, match="Could not generate JSON schema"):
        await async_client.beta.messages.parse(model=MODEL, max_tokens=100, messages=MESSAGES, output_format=NotAType)


async def test_parsed_output_is_not_sent_back(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(Reply(json=message(text('{"name": "x", "cities": []}'))))
    parsed = await async_client.beta.messages.parse(
        model=MODEL, max_tokens=100, messages=MESSAGES, output_format=Country
    )
    follow_up: Any = [*MESSAGES, {"role": "assistant", "content": parsed.content}, {"role": "user", "content": "ok"}]
    await async_client.beta.messages.create(model=MODEL, max_tokens=10, messages=follow_up)
    sent = server.last_request.json()["messages"][1]["content"][0]
    assert sent == {"text": '{"name": "x", "cities": []}', "type": "text"}


# --------------------------------------------------------------------------------------
# The tool runner


@beta_async_tool
async def get_weather(location: str, units: str = "c") -> str:
    """Get the weather in a city.

    Args:
        location: The city.
        units: "c" or "f".
    """
    return f"{location}: 21°{units.upper()}"


@beta_async_tool
async def get_time(location: str) -> str:
    """The local time in a city."""
    return f"{location}: 10:00"


@beta_async_tool
async def explode(reason: str) -> str:
    """A tool that fails."""
    raise RuntimeError(reason)


async def test_a_three_turn_tool_run(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(calls(text("Let me look."), tool_use("tu_1", "get_weather", {"location": "Paris"})))
    server.enqueue(calls(tool_use("tu_2", "get_time", {"location": "Paris"})))
    server.enqueue(answer("It is 21°C at 10:00."))
    original = list(MESSAGES)
    runner = async_client.beta.messages.tool_runner(
        model=MODEL, max_tokens=100, messages=MESSAGES, tools=[get_weather, get_time]
    )
    assert server.requests == []  # nothing is sent before iterating
    replies = [reply async for reply in runner]
    assert [r.stop_reason for r in replies] == ["tool_use", "tool_use", "end_turn"]
    assert isinstance(replies[-1], ParsedBetaMessage)
    assert MESSAGES == original  # the caller's list is never modified
    bodies = [r.json() for r in server.requests]
    assert bodies[0]["messages"] == MESSAGES
    assert bodies[1]["messages"] == [
        *MESSAGES,
        {
            "role": "assistant",
            "content": [
                {"text": "Let me look.", "type": "text"},
                {"id": "tu_1", "input": {"location": "Paris"}, "name": "get_weather", "type": "tool_use"},
            ],
        },
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "tu_1", "content": "Paris: 21°C"}]},
    ]
    assert bodies[2]["messages"][3:] == [
        {
            "role": "assistant",
            "content": [{"id": "tu_2", "input": {"location": "Paris"}, "name": "get_time", "type": "tool_use"}],
        },
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "tu_2", "content": "Paris: 10:00"}]},
    ]
    tools: List[Any] = [get_weather.to_dict(), get_time.to_dict()]
    assert all(body["tools"] == tools for body in bodies)
    assert tools[0]["input_schema"]["properties"]["location"]["description"] == "The city."
    for request in server.requests:
        assert request.headers["x-stainless-helper"] == "BetaToolRunner"
        assert request.headers["anthropic-beta"] == STRUCTURED  # through parse, when no betas are given


async def test_failing_and_unknown_tools_become_error_results(
    async_client: AsyncAnthropic, server: FakeAnthropic, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(calls(tool_use("tu_1", "explode", {"reason": "kaboom"}), tool_use("tu_2", "nope", {})))
    server.enqueue(answer("Sorry."))
    runner = async_client.beta.messages.tool_runner(
        model=MODEL, max_tokens=100, messages=MESSAGES, tools=[explode], betas=["b-1"]
    )
    with caplog.at_level(logging.ERROR, logger="anthropic.lib.tools._beta_runner"):
        last = await runner.until_done()
    assert last.content[0].type == "text"
    results = server.last_request.json()["messages"][-1]["content"]
    assert results == [
        {"type": "tool_result", "tool_use_id": "tu_1", "content": "RuntimeError('kaboom')", "is_error": True},
        {"type": "tool_result", "tool_use_id": "tu_2", "content": "Error: Tool 'nope' not found", "is_error": True},
    ]
    assert [r.getMessage() for r in caplog.records] == ["Error occurred while calling tool: explode"]
    assert server.last_request.headers["anthropic-beta"] == "b-1"  # the runner's betas replace parse's


async def test_max_iterations_counts_requests(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(calls(tool_use("tu_1", "get_weather", {"location": "Oslo"})))
    server.enqueue(calls(tool_use("tu_2", "get_weather", {"location": "Rome"})))
    runner = async_client.beta.messages.tool_runner(
        model=MODEL, max_tokens=100, messages=MESSAGES, tools=[get_weather], max_iterations=2
    )
    replies = [reply async for reply in runner]
    assert len(replies) == 2 and len(server.requests) == 2


async def test_tool_response_is_cached_and_messages_can_be_changed(
    async_client: AsyncAnthropic, server: FakeAnthropic
) -> None:
    ran: List[str] = []

    @beta_async_tool
    async def count(label: str) -> str:
        """Count calls."""
        ran.append(label)
        return f"ran {label}"

    server.enqueue(calls(tool_use("tu_1", "count", {"label": "a"})))
    server.enqueue(answer("done"))
    runner = async_client.beta.messages.tool_runner(model=MODEL, max_tokens=100, messages=MESSAGES, tools=[count])
    async for reply in runner:
        if reply.stop_reason == "tool_use":
            first = await runner.generate_tool_call_response()
            assert first is not None and await runner.generate_tool_call_response() is first
            assert ran == ["a"]  # the tool ran once
            runner.append_messages(reply, {"role": "user", "content": "Never mind the tool."})
    assert ran == ["a", "a"]  # appending dropped the cached results: they are made again, then not sent
    body = server.last_request.json()
    assert body["messages"][-1] == {"role": "user", "content": "Never mind the tool."}
    assert len(body["messages"]) == 3  # no automatic assistant + tool_result turn this time


async def test_set_messages_params(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(calls(tool_use("tu_1", "get_weather", {"location": "Oslo"})))
    server.enqueue(answer("done"))
    runner = async_client.beta.messages.tool_runner(model=MODEL, max_tokens=100, messages=MESSAGES, tools=[get_weather])
    async for _ in runner:
        runner.set_messages_params(lambda params: {**params, "max_tokens": 55})
    assert [r.json()["max_tokens"] for r in server.requests] == [100, 55]


async def test_the_streaming_runner(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    server.enqueue(streamed(tool_use("tu_1", "get_weather", {"location": "Oslo"}), stop_reason="tool_use"))
    server.enqueue(streamed(text("Sunny in Oslo.")))
    runner = async_client.beta.messages.tool_runner(
        model=MODEL, max_tokens=100, messages=MESSAGES, tools=[get_weather], stream=True
    )
    seen: List[str] = []
    async for stream in runner:
        async for event in stream:  # read only the first event of each stream
            seen.append(event.type)
            break
    assert seen == ["message_start", "message_start"]
    assert [r.json()["stream"] for r in server.requests] == [True, True]
    assert server.requests[0].headers["x-stainless-helper"] == "BetaToolRunner"
    assert server.requests[0].headers["x-stainless-stream-helper"] == "beta.messages"
    assert server.last_request.json()["messages"][-1]["content"][0]["content"] == "Oslo: 21°C"
    last = await runner.until_done()
    assert last.content[0].type == "text" and last.content[0].text == "Sunny in Oslo."


async def test_tools_of_one_turn_run_concurrently_on_the_async_client(
    async_client: AsyncAnthropic, server: FakeAnthropic
) -> None:
    spans: Dict[str, Tuple[float, float]] = {}

    @beta_async_tool
    async def slow(label: str) -> str:
        """A slow tool."""
        start = time.monotonic()
        await async_sleep(0.1)
        spans[label] = (start, time.monotonic())
        return label

    server.enqueue(calls(tool_use("tu_1", "slow", {"label": "a"}), tool_use("tu_2", "slow", {"label": "b"})))
    server.enqueue(answer("done"))
    runner = async_client.beta.messages.tool_runner(model=MODEL, max_tokens=100, messages=MESSAGES, tools=[slow])
    await runner.until_done()
    (a_start, a_end), (b_start, b_end) = spans["a"], spans["b"]
    overlapped = b_start < a_end and a_start < b_end
    assert overlapped == async_client._is_async  # the synchronous client runs them one after the other
    results = server.last_request.json()["messages"][-1]["content"]
    assert [r["content"] for r in results] == ["a", "b"]  # results keep the order of the calls


class DictMemory(BetaAsyncAbstractMemoryTool):
    def __init__(self) -> None:
        super().__init__()
        self.files: Dict[str, str] = {}
        self.log: List[str] = []

    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        self.log.append("view")
        return "\n".join(sorted(self.files)) or "(empty)"

    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        self.log.append("create")
        self.files[command.path] = command.file_text
        return f"created {command.path}"

    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        self.log.append("str_replace")
        self.files[command.path] = self.files[command.path].replace(command.old_str, command.new_str)
        return "replaced"

    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        self.log.append("insert")
        lines = self.files[command.path].split("\n")
        lines.insert(command.insert_line, command.insert_text)
        self.files[command.path] = "\n".join(lines)
        return "inserted"

    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        self.log.append("delete")
        del self.files[command.path]
        return "deleted"

    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        self.log.append("rename")
        self.files[command.new_path] = self.files.pop(command.old_path)
        return "renamed"


async def test_a_memory_tool_through_the_runner(async_client: AsyncAnthropic, server: FakeAnthropic) -> None:
    memory = DictMemory()
    commands: List[Dict[str, Any]] = [
        {"command": "view", "path": "/memories"},
        {"command": "create", "path": "/memories/a.txt", "file_text": "one\nthree"},
        {"command": "str_replace", "path": "/memories/a.txt", "old_str": "three", "new_str": "four"},
        {"command": "insert", "path": "/memories/a.txt", "insert_line": 1, "insert_text": "two"},
        {"command": "rename", "old_path": "/memories/a.txt", "new_path": "/memories/b.txt"},
        {"command": "delete", "path": "/memories/b.txt"},
    ]
    snapshots: List[Dict[str, str]] = []
    for index, command in enumerate(commands):
        server.enqueue(calls(tool_use(f"tu_{index}", "memory", command)))
    server.enqueue(answer("Memory updated."))
    runner = async_client.beta.messages.tool_runner(model=MODEL, max_tokens=100, messages=MESSAGES, tools=[memory])
    async for _ in runner:
        snapshots.append(dict(memory.files))
    assert memory.log == ["view", "create", "str_replace", "insert", "rename", "delete"]
    assert snapshots[4] == {"/memories/a.txt": "one\ntwo\nfour"}
    assert memory.files == {}
    assert server.requests[0].json()["tools"] == [{"type": "memory_20250818", "name": "memory"}]
    results = [r.json()["messages"][-1]["content"][0]["content"] for r in server.requests[1:]]
    assert results == ["(empty)", "created /memories/a.txt", "replaced", "inserted", "renamed", "deleted"]


async def test_runner_tools_are_the_decorated_functions() -> None:
    assert isinstance(get_weather, BetaAsyncFunctionTool)
    assert await get_weather(location="Rome") == "Rome: 21°C"  # calling the tool calls the function
    optional: Optional[int] = None
    assert optional is None

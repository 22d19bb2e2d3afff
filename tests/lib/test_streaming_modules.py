"""The reference's module paths ``anthropic.lib.streaming._messages`` / ``_beta_messages``: the names code
imports from them, and ``accumulate_event`` / ``build_events`` with the reference's signatures and results
(the recorded fixture expectations). No I/O."""

from __future__ import annotations

import inspect
import json
from typing import Any, Dict, List, Optional

import httpx
import pydantic
import pytest

import anthropic.lib.streaming as streaming
from anthropic._types import NOT_GIVEN
from anthropic.lib.streaming import _beta_messages, _messages
from tests.lib.streams import FINE_GRAINED, MIXED_EVENTS, MODES, STREAMS, body, decoder, dump, expected

STREAM_NAMES = {
    _messages: ["MessageStream", "MessageStreamManager", "AsyncMessageStream", "AsyncMessageStreamManager"],
    _beta_messages: [
        "BetaMessageStream",
        "BetaMessageStreamManager",
        "BetaAsyncMessageStream",
        "BetaAsyncMessageStreamManager",
    ],
}


@pytest.mark.parametrize("module", [_messages, _beta_messages], ids=["_messages", "_beta_messages"])
def test_the_stream_classes_are_the_public_ones(module: Any) -> None:
    for name in STREAM_NAMES[module]:
        assert getattr(module, name) is getattr(streaming, name), name
        assert name in dir(module)
    with pytest.raises(AttributeError):
        module.NoSuchName  # noqa: B018


def test_from_imports() -> None:
    from anthropic.lib.streaming._beta_messages import (  # noqa: F401
        JSON_BUF_PROPERTY,
        TRACKS_TOOL_INPUT,
        BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager,
        BetaInputJsonEvent,
        BetaMessageStream,
        BetaMessageStreamManager,
        ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent,
        ParsedBetaTextEvent,
        accumulate_event,
        build_events,
    )
    from anthropic.lib.streaming._messages import (  # noqa: F401
        JSON_BUF_PROPERTY as JSON_BUF,
        TRACKS_TOOL_INPUT as TRACKS,
        AsyncMessageStream,
        AsyncMessageStreamManager,
        ContentBlockStopEvent,
        InputJsonEvent,
        MessageStopEvent,
        MessageStream,
        MessageStreamManager,
        TextEvent,
        accumulate_event as accumulate,
        build_events as build,
    )

    assert JSON_BUF == JSON_BUF_PROPERTY == "__json_buf"
    assert [cls.__name__ for cls in TRACKS] == ["ToolUseBlock", "ServerToolUseBlock"]
    assert [cls.__name__ for cls in TRACKS_TOOL_INPUT] == [
        "BetaToolUseBlock",
        "BetaServerToolUseBlock",
        "BetaMCPToolUseBlock",
    ]
    assert TextEvent is streaming.TextEvent and ParsedBetaTextEvent is streaming.ParsedBetaTextEvent


def test_signatures_are_the_references() -> None:
    def shape(fn: Any) -> List[Any]:
        return [(p.name, p.kind.name, p.default) for p in inspect.signature(fn).parameters.values()]

    empty = inspect.Parameter.empty
    assert shape(_messages.accumulate_event) == [
        ("event", "KEYWORD_ONLY", empty),
        ("current_snapshot", "KEYWORD_ONLY", empty),
    ]
    assert shape(_messages.build_events) == [
        ("event", "KEYWORD_ONLY", empty),
        ("message_snapshot", "KEYWORD_ONLY", empty),
    ]
    assert shape(_beta_messages.accumulate_event) == [
        ("event", "KEYWORD_ONLY", empty),
        ("current_snapshot", "KEYWORD_ONLY", empty),
        ("request_headers", "KEYWORD_ONLY", empty),
        ("output_format", "KEYWORD_ONLY", NOT_GIVEN),
    ]
    assert shape(_beta_messages.build_events) == shape(_messages.build_events)


def replay(name: str, mode: str) -> Dict[str, Any]:
    """The fixture through ``accumulate_event`` + ``build_events``, as the reference's stream uses them."""
    headers = httpx.Headers({"anthropic-beta": FINE_GRAINED} if mode == "beta_fine" else {})
    snapshot: Any = None
    events: List[Any] = []
    error: Optional[List[str]] = None
    try:
        for raw in decoder(mode).feed(body(name)):
            if mode == "messages":
                snapshot = _messages.accumulate_event(event=raw, current_snapshot=snapshot)
                events += _messages.build_events(event=raw, message_snapshot=snapshot)
            else:
                snapshot = _beta_messages.accumulate_event(
                    event=raw, current_snapshot=snapshot, request_headers=headers
                )
                events += _beta_messages.build_events(event=raw, message_snapshot=snapshot)
    except ValueError as exc:
        error = [type(exc).__name__, str(exc)]
    return {"events": dump(events), "final": snapshot.to_dict(), "error": error}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", STREAMS)
def test_accumulate_and_build_give_what_the_reference_streams_give(name: str, mode: str) -> None:
    want = expected(name, mode)
    got = replay(name, mode)
    assert got["events"] == want["events"]
    assert got["final"] == want["final"]
    assert got["error"] == want.get("error")


def test_the_snapshot_is_changed_in_place_and_dict_events_are_accepted() -> None:
    snapshot = _messages.accumulate_event(event=json.loads(json.dumps(MIXED_EVENTS[0])), current_snapshot=None)  # type: ignore[arg-type]
    usage = snapshot.usage
    for data in MIXED_EVENTS[1:]:
        assert _messages.accumulate_event(event=data, current_snapshot=snapshot) is snapshot  # type: ignore[arg-type]
    assert snapshot.usage is usage and usage.output_tokens == 42
    assert [block.type for block in snapshot.content] == ["thinking", "text", "tool_use", "server_tool_use"]
    tool: Any = snapshot.content[2]
    assert tool.input == {"location": "Paris", "days": 1}
    assert getattr(tool, "__json_buf") == b'{"location": "Paris", "days": 1}'
    assert "__json_buf" not in tool.to_dict() and "__json_buf" not in tool.model_dump_json()


def test_rules_of_the_reference() -> None:
    with pytest.raises(RuntimeError, match='Unexpected event order, got content_block_start before "message_start"'):
        _messages.accumulate_event(event=MIXED_EVENTS[1], current_snapshot=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Unexpected event runtime type"):
        _messages.accumulate_event(event=[], current_snapshot=None)  # type: ignore[arg-type]
    snapshot = _messages.accumulate_event(event=MIXED_EVENTS[0], current_snapshot=None)  # type: ignore[arg-type]
    again = _messages.accumulate_event(event=MIXED_EVENTS[0], current_snapshot=snapshot)  # type: ignore[arg-type]
    assert again is snapshot  # a second message_start changes nothing


class Answer(pydantic.BaseModel):
    name: str


def test_beta_partial_mode_and_output_format() -> None:
    def run(headers: httpx.Headers, output_format: Any = NOT_GIVEN) -> Any:
        snapshot: Any = None
        for raw in decoder("beta").feed(body("streaming/incomplete_partial_json_response.txt")):
            snapshot = _beta_messages.accumulate_event(
                event=raw, current_snapshot=snapshot, request_headers=headers, output_format=output_format
            )
        return snapshot

    assert run(httpx.Headers()).content[1].input["lines_of_text"][-1] == ""
    fine = run(httpx.Headers({"anthropic-beta": f"other,{FINE_GRAINED}"}))
    assert fine.content[1].input["lines_of_text"][-1] == "Filing taxes"
    assert type(fine).__name__ == "ParsedBetaMessage"

    events = [
        MIXED_EVENTS[0],
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": '{"name": "x"}'}},
        {"type": "content_block_stop", "index": 0},
    ]
    snapshot: Any = None
    for data in events:
        snapshot = _beta_messages.accumulate_event(
            event=data,  # type: ignore[arg-type]
            current_snapshot=snapshot,
            request_headers=httpx.Headers(),
            output_format=Answer,
        )
    assert snapshot.content[0].parsed_output == Answer(name="x")
    stop: List[Any] = _beta_messages.build_events(event=_stop(), message_snapshot=snapshot)
    assert [type(e).__name__ for e in stop] == ["ParsedBetaContentBlockStopEvent"]
    assert stop[0].content_block is snapshot.content[0]


def _stop() -> Any:
    from anthropic.types.beta import BetaRawContentBlockStopEvent

    return BetaRawContentBlockStopEvent(type="content_block_stop", index=0)

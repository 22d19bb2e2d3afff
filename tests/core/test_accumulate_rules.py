"""Accumulation rules, one at a time, on hand-written events (BEHAVIOR.md §7.3-7.5). No I/O."""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Optional, Tuple

import pydantic
import pytest

from anthropic._core.accumulate import JSON_BUF, MessageAccumulator
from anthropic._models import validate_json
from anthropic.lib.streaming._kinds import beta_kind, message_kind
from anthropic.types import RawMessageStreamEvent
from anthropic.types.beta import BetaRawMessageStreamEvent
from tests.lib.streams import MIXED_EVENTS, Held, expected_states

START: Dict[str, Any] = {
    "type": "message_start",
    "message": {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 1},
    },
}


def event(data: Dict[str, Any], beta: bool = False) -> Any:
    cast_to: Any = BetaRawMessageStreamEvent if beta else RawMessageStreamEvent
    return validate_json(cast_to, json.dumps(data), strict=False)


def block_start(index: int, block: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def delta(index: int, value: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": value}


def text(index: int, piece: str) -> Dict[str, Any]:
    return delta(index, {"type": "text_delta", "text": piece})


def json_piece(index: int, piece: str) -> Dict[str, Any]:
    return delta(index, {"type": "input_json_delta", "partial_json": piece})


def stop(index: int) -> Dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


def run(
    events: List[Dict[str, Any]],
    *,
    beta: bool = False,
    lazy: bool = False,
    partial_mode: Any = True,
    output_format: Any = None,
) -> Tuple[MessageAccumulator, List[Any]]:
    kind = beta_kind(output_format) if beta else message_kind()
    acc = MessageAccumulator(kind, partial_mode=partial_mode, output_format=output_format)
    out: List[Any] = []
    for data in events:
        raw = event(data, beta)
        if lazy:
            acc.feed(raw)
            continue
        first, helper = acc.events(raw)
        out.append(first)
        if helper is not None:
            out.append(helper)
    return acc, out


def types(events: List[Any]) -> List[str]:
    return [e.type for e in events]


# ----------------------------------------------------------------------------------------- order and indexes


@pytest.mark.parametrize("lazy", [False, True])
@pytest.mark.parametrize(
    "first", [text(0, "x"), stop(0), {"type": "message_stop"}, block_start(0, {"type": "text", "text": ""})]
)
def test_events_before_message_start(first: Dict[str, Any], lazy: bool) -> None:
    acc = MessageAccumulator(message_kind())
    with pytest.raises(RuntimeError) as info:
        (acc.feed if lazy else acc.events)(event(first))
    assert str(info.value) == f'Unexpected event order, got {first["type"]} before "message_start"'
    assert not acc.started
    with pytest.raises(AssertionError):
        acc.message  # noqa: B018


def test_a_second_message_start_changes_nothing() -> None:
    other = json.loads(json.dumps(START))
    other["message"]["id"] = "msg_2"
    acc, out = run([START, block_start(0, {"type": "text", "text": "a"}), other])
    assert types(out) == ["message_start", "content_block_start", "message_start"]
    assert acc.message.id == "msg_1"
    assert len(acc.message.content) == 1


@pytest.mark.parametrize("lazy", [False, True])
@pytest.mark.parametrize("bad", [text(1, "x"), text(-1, "x"), stop(3)])
def test_an_event_for_a_block_that_does_not_exist(bad: Dict[str, Any], lazy: bool) -> None:
    with pytest.raises(IndexError) as info:
        run([START, block_start(0, {"type": "text", "text": ""}), bad], lazy=lazy)
    assert str(info.value) == (
        f"Unexpected event order, got {bad['type']} for content block {bad['index']}, "
        "but the message has 1 content block(s)"
    )


def test_block_start_index_is_not_checked() -> None:
    acc, _ = run([START, block_start(5, {"type": "text", "text": "a"}), text(0, "x")])
    assert acc.message.content[0].text == "ax"


def test_a_delta_of_another_block_type_is_ignored() -> None:
    acc, out = run(
        [
            START,
            block_start(0, {"type": "text", "text": ""}),
            json_piece(0, '{"a": 1}'),
            delta(0, {"type": "thinking_delta", "thinking": "t"}),
            delta(0, {"type": "signature_delta", "signature": "s"}),
            block_start(1, {"type": "thinking", "thinking": "", "signature": ""}),
            text(1, "x"),
            delta(1, {"type": "citations_delta", "citation": citation("a")}),
        ]
    )
    deltas = ["content_block_delta"]
    assert types(out) == ["message_start", "content_block_start", *deltas * 3, "content_block_start", *deltas * 2]
    assert acc.message.content[0].to_dict() == {"citations": None, "text": "", "type": "text"}
    assert acc.message.content[1].to_dict() == {"signature": "", "thinking": "", "type": "thinking"}


# ------------------------------------------------------------------------------------------------ block kinds


def citation(cited: str) -> Dict[str, Any]:
    return {
        "type": "char_location",
        "cited_text": cited,
        "document_index": 0,
        "document_title": None,
        "start_char_index": 0,
        "end_char_index": 1,
    }


def test_text_and_citations() -> None:
    acc, out = run(
        [
            START,
            block_start(0, {"type": "text", "text": "", "citations": None}),
            delta(0, {"type": "citations_delta", "citation": citation("a")}),
            text(0, "Hel"),
            text(0, "lo"),
            delta(0, {"type": "citations_delta", "citation": citation("b")}),
            stop(0),
        ]
    )
    assert types(out) == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "citation",
        "content_block_delta",
        "text",
        "content_block_delta",
        "text",
        "content_block_delta",
        "citation",
        "content_block_stop",
    ]
    assert [(e.text, e.snapshot) for e in out if e.type == "text"] == [("Hel", "Hel"), ("lo", "Hello")]
    first, second = [e for e in out if e.type == "citation"]
    assert [c.cited_text for c in first.snapshot] == ["a"]  # a copy: later citations do not change it
    assert [c.cited_text for c in second.snapshot] == ["a", "b"]
    assert second.citation is second.snapshot[-1]
    block = acc.message.content[0]
    assert out[-1].content_block is block
    assert block.text == "Hello"
    assert [c.cited_text for c in block.citations] == ["a", "b"]


def test_thinking_and_signature() -> None:
    acc, out = run(
        [
            START,
            block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
            delta(0, {"type": "thinking_delta", "thinking": "Hm"}),
            delta(0, {"type": "thinking_delta", "thinking": "m."}),
            delta(0, {"type": "signature_delta", "signature": "s1"}),
            delta(0, {"type": "signature_delta", "signature": "s2"}),
            block_start(1, {"type": "redacted_thinking", "data": "opaque"}),
            stop(0),
            stop(1),
        ]
    )
    assert [(e.thinking, e.snapshot) for e in out if e.type == "thinking"] == [("Hm", "Hm"), ("m.", "Hmm.")]
    assert [e.signature for e in out if e.type == "signature"] == ["s1", "s2"]
    assert acc.message.to_dict()["content"] == [
        {"signature": "s2", "thinking": "Hmm.", "type": "thinking"},
        {"data": "opaque", "type": "redacted_thinking"},
    ]


def test_tool_input_json() -> None:
    acc, out = run(
        [
            START,
            block_start(0, {"type": "tool_use", "id": "t1", "name": "f", "input": {}}),
            json_piece(0, ""),
            json_piece(0, '{"a": 1, "b": "x'),
            json_piece(0, 'y", "c": [1, 2'),
            json_piece(0, "]}"),
            block_start(1, {"type": "server_tool_use", "id": "t2", "name": "web_search", "input": {}}),
            json_piece(1, '{"query": "q"}'),
            stop(1),
        ]
    )
    assert [(e.partial_json, e.snapshot) for e in out if e.type == "input_json"] == [
        ("", {}),
        ('{"a": 1, "b": "x', {"a": 1}),
        ('y", "c": [1, 2', {"a": 1, "b": "xy", "c": [1, 2]}),
        ("]}", {"a": 1, "b": "xy", "c": [1, 2]}),
    ]
    assert acc.message.content[1].input == {"query": "q"}  # accumulated, but no input_json event
    assert "input_json" not in types(out[-3:])
    assert "__json_buf" not in acc.message.content[0].to_dict()


def test_an_empty_first_json_piece_keeps_the_initial_input() -> None:
    acc, _ = run(
        [START, block_start(0, {"type": "tool_use", "id": "t", "name": "f", "input": {"x": 1}}), json_piece(0, "")]
    )
    assert acc.message.content[0].input == {"x": 1}


@pytest.mark.parametrize("lazy", [False, True])
def test_invalid_tool_json_raises_jiters_error(lazy: bool) -> None:
    events = [
        START,
        block_start(0, {"type": "tool_use", "id": "t", "name": "f", "input": {}}),
        json_piece(0, '{"a": bad'),
    ]
    with pytest.raises(ValueError) as info:  # at the delta, whichever way the events are fed
        run(events, lazy=lazy)
    assert str(info.value) == "expected value at line 1 column 7"


def test_beta_wraps_invalid_tool_json() -> None:
    events = [
        START,
        block_start(0, {"type": "tool_use", "id": "t", "name": "f", "input": {}}),
        json_piece(0, '{"a": bad'),
    ]
    with pytest.raises(ValueError) as info:
        run(events, beta=True)
    assert str(info.value) == (
        "Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. "
        'Error: expected value at line 1 column 7. JSON: {"a": bad'
    )


def test_beta_mcp_tool_use_gets_input_json_events_and_trailing_strings() -> None:
    events = [
        START,
        block_start(0, {"type": "mcp_tool_use", "id": "t", "name": "f", "server_name": "s", "input": {}}),
        json_piece(0, '{"path": "/tm'),
    ]
    acc, out = run(events, beta=True, partial_mode="trailing-strings")
    assert [e.snapshot for e in out if e.type == "input_json"] == [{"path": "/tm"}]
    assert type(out[-1]).__name__ == "BetaInputJsonEvent"
    assert type(acc.message).__name__ == "ParsedBetaMessage"


def test_web_search_results_are_kept_whole() -> None:
    result = {
        "type": "web_search_tool_result",
        "tool_use_id": "t",
        "content": [
            {"type": "web_search_result", "url": "u", "title": "t", "encrypted_content": "e", "page_age": None}
        ],
    }
    acc, out = run([START, block_start(0, result), stop(0)])
    assert out[-1].content_block.to_dict() == result
    assert acc.message.content[0] is out[-1].content_block


# ---------------------------------------------------------------------------------------------- message level


def test_message_delta_usage_rules() -> None:
    acc, _ = run(
        [
            START,
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": "x"},
                "usage": {
                    "output_tokens": 5,
                    "input_tokens": None,
                    "cache_read_input_tokens": 7,
                    "server_tool_use": {"web_search_requests": 2},
                },
            },
            {
                "type": "message_delta",
                "delta": {"stop_reason": None, "stop_sequence": None},
                "usage": {"output_tokens": 6},
            },
        ]
    )
    message = acc.message.to_dict()
    assert (message["stop_reason"], message["stop_sequence"]) == (None, None)
    assert message["usage"] == {
        "input_tokens": 3,
        "output_tokens": 6,
        "cache_read_input_tokens": 7,
        "server_tool_use": {"web_search_requests": 2},
    }


def test_beta_message_delta_copies_container_and_context_management() -> None:
    container = {"id": "c1", "expires_at": "2025-01-01T00:00:00Z"}
    acc, _ = run(
        [
            START,
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None, "container": container},
                "usage": {"output_tokens": 2},
                "context_management": {"applied_edits": []},
            },
        ],
        beta=True,
    )
    assert acc.message.container is not None and acc.message.container.id == "c1"
    assert acc.message.context_management is not None
    acc, _ = run(
        [START, {"type": "message_delta", "delta": {"stop_reason": None}, "usage": {"output_tokens": 2}}], beta=True
    )
    assert acc.message.to_dict()["container"] is None  # overwritten even with null
    assert "container" not in run([START], beta=True)[0].message.to_dict()


def test_the_snapshot_is_a_copy_and_the_stop_events_carry_it() -> None:
    acc, out = run(
        [START, block_start(0, {"type": "text", "text": ""}), text(0, "hi"), stop(0), {"type": "message_stop"}]
    )
    start, block_event = out[0], out[1]
    assert start.message.content == [] and start.message.usage.output_tokens == 1
    assert block_event.content_block.text == ""  # the raw event is not changed by later deltas
    assert out[-1].type == "message_stop" and out[-1].message is acc.message
    assert type(out[-1]).__name__ == "MessageStopEvent"
    assert out[-2].content_block is acc.message.content[0]
    assert out[-2].to_dict() == {
        "index": 0,
        "type": "content_block_stop",
        "content_block": {"citations": None, "text": "hi", "type": "text"},
    }


def test_feed_and_events_can_be_mixed() -> None:
    acc = MessageAccumulator(message_kind())
    pieces = [
        START,
        block_start(0, {"type": "text", "text": ""}),
        text(0, "a"),
        text(0, "b"),
        text(0, "c"),
        text(0, "d"),
    ]
    assert [acc.feed(event(d)) for d in pieces[:4]] == [None, None, "a", "b"]
    first, helper = acc.events(event(pieces[4]))
    assert helper.snapshot == "abc"
    assert acc.feed(event(pieces[5])) == "d"
    assert acc.message.content[0].text == "abcd"


def test_feed_returns_the_text_of_text_deltas_only() -> None:
    acc = MessageAccumulator(message_kind())
    results = [
        acc.feed(event(d))
        for d in [
            START,
            block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
            delta(0, {"type": "thinking_delta", "thinking": "t"}),
            block_start(1, {"type": "text", "text": ""}),
            text(1, "x"),
            text(0, "not a text block"),
        ]
    ]
    assert results == [None, None, None, None, "x", None]
    assert acc.message.content[0].thinking == "t"


class Answer(pydantic.BaseModel):
    name: str


def test_beta_output_format_parses_text_blocks_when_they_end() -> None:
    acc, out = run(
        [
            START,
            block_start(0, {"type": "text", "text": ""}),
            text(0, '{"name": '),
            text(0, '"x"}'),
            stop(0),
            {"type": "message_stop"},
        ],
        beta=True,
        output_format=Answer,
    )
    assert out[-2].content_block.parsed_output == Answer(name="x")
    assert out[-1].message.parsed_output == Answer(name="x")
    block = acc.message.content[0]
    assert type(block).__name__ == "ParsedBetaTextBlock[Answer]"
    assert block.to_dict() == {
        "citations": None,
        "text": '{"name": "x"}',
        "type": "text",
        "parsed_output": {"name": "x"},
    }
    with pytest.raises(pydantic.ValidationError):
        run([START, block_start(0, {"type": "text", "text": "nope"}), stop(0)], beta=True, output_format=Answer)


def test_beta_text_blocks_are_parsed_blocks_without_parsed_output() -> None:
    acc, out = run([START, block_start(0, {"type": "text", "text": "a"}), stop(0)], beta=True)
    block = acc.message.content[0]
    assert type(block).__name__ == "ParsedBetaTextBlock"
    assert block.parsed_output is None
    assert block.to_dict() == {"citations": None, "text": "a", "type": "text"}
    assert type(out[-1]).__name__ == "ParsedBetaContentBlockStopEvent"


def test_parsed_snapshot_of_beta_text_events() -> None:
    _, out = run(
        [START, block_start(0, {"type": "text", "text": ""}), text(0, '{"name": "x'), text(0, 'y", "n": 1')], beta=True
    )
    snapshots: List[Optional[Dict[str, Any]]] = [e.parsed_snapshot() for e in out if e.type == "text"]
    assert snapshots == [{"name": "x"}, {"name": "xy", "n": 1}]


# ------------------------------------------------------------------------------------- changes made in place


@pytest.mark.parametrize("lazy", [False, True])
def test_kept_blocks_show_each_delta_as_it_is_applied(lazy: bool) -> None:
    """The snapshot, its blocks and its usage are changed in place, on every event, by ``feed`` as by
    ``events``: references kept by the caller show the state after each event (BEHAVIOR.md §7.4)."""
    acc = MessageAccumulator(message_kind())
    apply = acc.feed if lazy else acc.events
    held = Held()
    states: List[Any] = []
    for data in MIXED_EVENTS:
        apply(event(data))
        held.keep(_Stream(acc))
        states.append(held.state())
    assert states == expected_states(MIXED_EVENTS)
    assert acc.message is held.message and acc.message.usage is held.usage
    assert acc.message.content[2].__dict__[JSON_BUF] == b'{"location": "Paris", "days": 1}'
    assert acc.message.content[3].__dict__[JSON_BUF] == b'{"query": "xy"}'


class _Stream:
    def __init__(self, acc: MessageAccumulator) -> None:
        self.current_message_snapshot = acc.message


@pytest.mark.skipif(
    sys.implementation.name != "cpython" or sys.version_info < (3, 11), reason="in-place growth: CPython 3.11+"
)
def test_the_text_is_held_by_its_block_alone() -> None:
    """What lets CPython extend the text in place on the next delta (no copy of the whole text per
    delta): after a delta, nothing but the block holds the text."""
    acc = MessageAccumulator(message_kind())
    for data in [START, block_start(0, {"type": "text", "text": ""})]:
        acc.feed(event(data))
    pieces = [event(text(0, "0123456789")) for _ in range(3)]
    for raw in pieces:
        acc.feed(raw)
    values = acc.message.content[0].__dict__
    references = sys.getrefcount(values["text"])
    assert references == 2  # the block's dict, and the argument
    assert values["text"] == "0123456789" * 3


def test_text_event_and_build() -> None:
    """``text_event`` builds the text event of a delta ``feed`` applied; ``build`` lists the events of an
    applied raw event without changing anything."""
    acc = MessageAccumulator(message_kind())
    raws = [event(data) for data in MIXED_EVENTS]
    built: List[Any] = []
    for raw in raws:
        acc.feed(raw)
        if raw.type == "content_block_delta" and raw.delta.type == "text_delta":
            made = acc.text_event(raw)
            assert (made.text, made.snapshot) == (raw.delta.text, acc.message.content[raw.index].text)
        built.extend(acc.build(raw))
    _, out = run(MIXED_EVENTS)
    assert [e.to_dict() for e in built] == [e.to_dict() for e in out]
    assert acc.build(raws[-1])[0].message is acc.message


def test_an_accumulator_can_continue_a_snapshot() -> None:
    first = MessageAccumulator(message_kind())
    raws = [event(data) for data in MIXED_EVENTS]
    for raw in raws[:17]:
        first.feed(raw)
    second = MessageAccumulator(message_kind(), snapshot=first.message)
    for raw in raws[17:]:
        second.feed(raw)
    assert second.message is first.message
    assert second.message.content[2].input == {"location": "Paris", "days": 1}

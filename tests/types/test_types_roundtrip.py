"""Recorded API payloads parse into the right models and dump back to the same JSON.

Two parsing paths (see anthropic._models): ``validate_json(..., strict=True)`` (fast; raises on a
union tag it does not know) and ``construct_type`` (lenient; never raises, keeps everything).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Set

import pydantic
import pytest

from anthropic._models import construct_type, validate_json
from anthropic.types import Message, RawMessageStreamEvent
from anthropic.types.beta import BetaMessage, BetaRawMessageStreamEvent

from ._types_testdata import FIXTURES, STREAM_FIXTURES, fixture_id, sse_data

EVENT_UNIONS: Dict[str, Any] = {"std": RawMessageStreamEvent, "beta": BetaRawMessageStreamEvent}

# `type` tags in the fixtures that 0.74.1 does not know: `ping` events (never part of the event
# union) and, in the HEAD recordings, block and delta types added after 0.74.1.
UNKNOWN_TAGS = {"ping", "compaction", "compaction_delta", "fallback"}


def type_tags(value: Any) -> Set[str]:
    """Every ``"type"`` value anywhere in decoded JSON."""
    tags: Set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "type" and isinstance(item, str):
                tags.add(item)
            tags |= type_tags(item)
    elif isinstance(value, list):
        for item in value:
            tags |= type_tags(item)
    return tags


def dump(model: Any) -> Any:
    assert isinstance(model, pydantic.BaseModel)
    return model.model_dump(mode="json", exclude_unset=True)


@pytest.mark.parametrize("union", sorted(EVENT_UNIONS))
@pytest.mark.parametrize("path", STREAM_FIXTURES, ids=fixture_id)
def test_stream_events_round_trip(path: Path, union: str) -> None:
    event_type = EVENT_UNIONS[union]
    events = list(sse_data(path))
    assert events
    for data in events:
        expected = json.loads(data)
        unknown = type_tags(expected) & UNKNOWN_TAGS

        lenient = construct_type(expected, event_type)
        assert dump(lenient) == expected
        assert lenient.type == expected["type"]

        if unknown:
            with pytest.raises(pydantic.ValidationError) as exc_info:
                validate_json(event_type, data, strict=True)
            errors = exc_info.value.errors()
            assert {e["type"] for e in errors} == {"union_tag_invalid"}
            assert {e.get("ctx", {}).get("tag") for e in errors} <= unknown
        else:
            fast = validate_json(event_type, data, strict=True)
            assert dump(fast) == expected
            assert type(fast) is type(lenient)


def test_every_fixture_family_is_covered() -> None:
    names = {str(p.relative_to(FIXTURES)).split("/")[0] for p in STREAM_FIXTURES}
    assert names == {"streaming", "head", "tools"}


def test_stream_events_select_the_right_classes() -> None:
    path = FIXTURES / "streaming" / "tool_use_response.txt"
    events = [construct_type(json.loads(d), RawMessageStreamEvent) for d in sse_data(path)]
    names = [type(e).__name__ for e in events if getattr(e, "type", None) != "ping"]
    assert names[0] == "RawMessageStartEvent"
    assert "RawContentBlockStartEvent" in names and "RawMessageDeltaEvent" in names
    deltas = [type(e.delta).__name__ for e in events if e.type == "content_block_delta"]
    assert set(deltas) == {"TextDelta", "InputJSONDelta"}
    blocks = [type(e.content_block).__name__ for e in events if e.type == "content_block_start"]
    assert blocks == ["TextBlock", "ToolUseBlock"]
    start = events[0]
    assert start.message.usage.service_tier == "standard"


def _recorded_messages() -> List[str]:
    recordings: Dict[str, Any] = json.loads((FIXTURES / "tools" / "test_runners_inline_recordings.json").read_text())
    bodies: List[str] = []
    for scenario in recordings.values():
        if isinstance(scenario, dict):
            bodies += scenario.get("responses", [])
    return bodies


RECORDED_MESSAGES = _recorded_messages()


@pytest.mark.parametrize("model", [Message, BetaMessage], ids=["Message", "BetaMessage"])
@pytest.mark.parametrize("body", RECORDED_MESSAGES, ids=[f"response{i}" for i in range(len(RECORDED_MESSAGES))])
def test_recorded_message_bodies_round_trip(body: str, model: Any) -> None:
    expected = json.loads(body)
    fast = validate_json(model, body, strict=True)
    lenient = construct_type(expected, model)
    for parsed in (fast, lenient):
        assert isinstance(parsed, model)
        assert dump(parsed) == expected
        assert parsed.to_dict(mode="json") == expected
        assert json.loads(parsed.to_json()) == expected
        assert [block.type for block in parsed.content] == [block["type"] for block in expected["content"]]


def test_recordings_are_not_empty() -> None:
    assert len(RECORDED_MESSAGES) >= 10


def sorted_repr(value: Any) -> str:
    """``repr`` with model fields sorted by name, as the upstream snapshots were written."""
    if isinstance(value, pydantic.BaseModel):
        fields = {**value.__dict__, **(value.model_extra or {})}
        inner = ", ".join(f"{name}={sorted_repr(fields[name])}" for name in sorted(fields))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(sorted_repr(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {sorted_repr(item)}" for key, item in value.items()) + "}"
    return repr(value)


def _final_message_snapshots() -> Dict[str, Any]:
    recordings: Dict[str, Any] = json.loads((FIXTURES / "tools" / "test_runners_inline_recordings.json").read_text())
    return {
        name: scenario
        for name, scenario in recordings.items()
        if isinstance(scenario, dict)
        and "responses" in scenario
        and str(scenario.get("expected_repr", "")).startswith("ParsedBetaMessage(")
    }


@pytest.mark.parametrize("scenario", sorted(_final_message_snapshots()))
def test_final_message_matches_upstream_snapshot(scenario: str) -> None:
    from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage

    data = _final_message_snapshots()[scenario]
    body = json.loads(data["responses"][-1])
    for message in (construct_type(body, ParsedBetaMessage), ParsedBetaMessage.model_validate(body)):
        assert sorted_repr(message) == data["expected_repr"].strip()

"""Data from a newer API (unknown fields, unknown union variants) survives parsing."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pydantic

from anthropic._models import BaseModel, construct_type, validate_json
from anthropic.types import (
    ContentBlock,
    Message,
    MessageStreamEvent,
    RawContentBlockDelta,
    RawMessageStreamEvent,
    TextBlock,
    ToolUseBlock,
)
from anthropic.types.beta import BetaContentBlock, BetaMessage
from anthropic.types.messages import MessageBatchIndividualResponse

from ._types_testdata import FIXTURES, sse_data


def attr(obj: object, name: str) -> Any:
    """Attribute access to a field the model does not declare (type checkers cannot know it)."""
    return getattr(obj, name)


def message_payload(**extra: Any) -> Dict[str, Any]:
    payload: Dict[str, Any] = {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-future-9",
        "content": [{"type": "text", "text": "Hi", "brand_new_field": [1, 2]}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 4, "iterations": [{"input_tokens": 3}]},
    }
    payload.update(extra)
    return payload


def test_unknown_fields_are_kept_on_both_paths() -> None:
    payload = message_payload(stop_details={"category": "cyber"}, inference_geo="eu")
    for message in (
        construct_type(payload, Message),
        validate_json(Message, json.dumps(payload), strict=True),
    ):
        assert isinstance(message, Message)
        assert attr(message, "stop_details") == {"category": "cyber"}
        assert message.model_extra == {"stop_details": {"category": "cyber"}, "inference_geo": "eu"}
        block = message.content[0]
        assert isinstance(block, TextBlock)
        assert block.text == "Hi"
        assert attr(block, "brand_new_field") == [1, 2]
        assert attr(message.usage, "iterations") == [{"input_tokens": 3}]
        assert message.to_dict() == payload
        assert json.loads(message.to_json()) == payload
        assert message.model_dump(mode="json", exclude_unset=True) == payload


def test_unknown_content_block_keeps_every_field() -> None:
    payload = message_payload(
        content=[
            {"type": "fallback", "from": {"model": "a"}, "to": {"model": "b"}},
            {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}, "caller": {"type": "direct"}},
        ]
    )
    message = construct_type(payload, Message)
    unknown, tool_use = message.content
    assert isinstance(unknown, BaseModel)
    assert attr(unknown, "type") == "fallback"
    assert attr(unknown, "from") == {"model": "a"}
    assert unknown.to_dict() == payload["content"][0]
    assert isinstance(tool_use, ToolUseBlock)
    assert attr(tool_use, "caller") == {"type": "direct"}
    assert message.to_dict() == payload
    assert json.loads(message.to_json(indent=None)) == payload

    # The fast path refuses the unknown tag: callers fall back to the lenient path.
    try:
        validate_json(Message, json.dumps(payload), strict=True)
    except pydantic.ValidationError as e:
        assert [err["type"] for err in e.errors()] == ["union_tag_invalid"]
    else:  # pragma: no cover
        raise AssertionError("expected a ValidationError")


def test_unknown_variants_of_every_kind_of_union() -> None:
    cases: List[Any] = [
        (ContentBlock, {"type": "future_block", "x": 1}),
        (BetaContentBlock, {"type": "future_block", "x": 1}),
        (RawContentBlockDelta, {"type": "future_delta", "payload": "…"}),
        (RawMessageStreamEvent, {"type": "future_event", "index": 3}),
        (MessageStreamEvent, {"type": "ping"}),
    ]
    for union, data in cases:
        parsed = construct_type(data, union)
        assert isinstance(parsed, BaseModel)
        assert attr(parsed, "type") == data["type"]
        assert parsed.to_dict() == data
        assert json.loads(parsed.to_json()) == data


def test_unknown_batch_result_and_literal_values() -> None:
    data = {"custom_id": "a", "result": {"type": "future_result", "detail": {"n": 1}}}
    parsed = construct_type(data, MessageBatchIndividualResponse)
    assert isinstance(parsed, MessageBatchIndividualResponse)
    assert parsed.result.type == "future_result"
    assert parsed.to_dict() == data

    message = construct_type(message_payload(stop_reason="new_reason", role="assistant"), BetaMessage)
    assert message.stop_reason == "new_reason"


def test_head_recordings_keep_new_fields() -> None:
    events = [json.loads(d) for d in sse_data(FIXTURES / "head" / "streaming" / "refusal_response.txt")]
    delta = next(e for e in events if e["type"] == "message_delta")
    parsed = construct_type(delta, RawMessageStreamEvent)
    assert parsed.delta.stop_reason == "refusal"
    assert attr(parsed.delta, "stop_details") == delta["delta"]["stop_details"]
    assert parsed.to_dict() == delta

    compaction = [json.loads(d) for d in sse_data(FIXTURES / "head" / "streaming" / "compaction_response.txt")]
    start = next(e for e in compaction if e["type"] == "content_block_start")
    block = construct_type(start, RawMessageStreamEvent).content_block
    assert block.type == "compaction"
    assert block.to_dict() == start["content_block"]


def test_missing_fields_read_as_none_on_the_lenient_path() -> None:
    message = construct_type({"type": "message", "content": [{"type": "text"}]}, Message)
    assert isinstance(message, Message)
    assert attr(message, "id") is None
    assert attr(message.content[0], "text") is None
    assert message.to_dict() == {"type": "message", "content": [{"type": "text"}]}

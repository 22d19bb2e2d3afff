"""Behaviour of individual models: tagged unions, generic parsed messages, defaults."""

from __future__ import annotations

from typing import Any, Dict, List

import pydantic
import pytest

from anthropic._models import construct_type
from anthropic.types import (
    CitationsDelta,
    ContentBlockDeltaEvent,
    ErrorResponse,
    InputJSONDelta,
    Message,
    RawContentBlockDeltaEvent,
    TextBlock,
    Usage,
)
from anthropic.types.beta import (
    BetaMemoryTool20250818Command,
    BetaMemoryTool20250818RenameCommand,
    BetaMessage,
    BetaTextBlock,
)
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
from anthropic.types.input_json_delta import InputJsonDelta
from anthropic.types.messages import MessageBatchIndividualResponse, MessageBatchSucceededResult
from anthropic.types.shared import OverloadedError


def beta_message(content: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


@pytest.mark.parametrize("lenient", [False, True], ids=["validate", "construct"])
def test_tagged_unions_pick_the_variant_by_tag(lenient: bool) -> None:
    def parse(data: Dict[str, Any], model: Any) -> Any:
        return construct_type(data, model) if lenient else model.model_validate(data)

    delta = parse(
        {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": "{"}},
        RawContentBlockDeltaEvent,
    )
    assert isinstance(delta.delta, InputJSONDelta)

    citation = {
        "type": "page_location",
        "cited_text": "x",
        "document_index": 0,
        "document_title": None,
        "start_page_number": 1,
        "end_page_number": 2,
    }
    block = parse({"type": "text", "text": "t", "citations": [citation]}, TextBlock)
    assert type(block.citations[0]).__name__ == "CitationPageLocation"
    assert type(parse({"type": "citations_delta", "citation": citation}, CitationsDelta).citation).__name__ == (
        "CitationPageLocation"
    )

    batch = parse(
        {"custom_id": "a", "result": {"type": "succeeded", "message": beta_message([])}}, MessageBatchIndividualResponse
    )
    assert isinstance(batch.result, MessageBatchSucceededResult)
    assert isinstance(batch.result.message, Message)

    error = parse({"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}, ErrorResponse)
    assert isinstance(error.error, OverloadedError)

    command: Any = pydantic.TypeAdapter(BetaMemoryTool20250818Command)
    renamed = (
        construct_type({"command": "rename", "old_path": "/a", "new_path": "/b"}, BetaMemoryTool20250818Command)
        if lenient
        else command.validate_python({"command": "rename", "old_path": "/a", "new_path": "/b"})
    )
    assert isinstance(renamed, BetaMemoryTool20250818RenameCommand)


def test_optional_fields_default_to_none_and_literals_are_required() -> None:
    usage = Usage.model_validate({"input_tokens": 1, "output_tokens": 2})
    assert usage.cache_creation is None and usage.service_tier is None
    assert usage.to_dict() == {"input_tokens": 1, "output_tokens": 2}
    with pytest.raises(pydantic.ValidationError):
        TextBlock.model_validate({"text": "no type"})


def test_older_names() -> None:
    assert ContentBlockDeltaEvent is RawContentBlockDeltaEvent
    assert InputJsonDelta is InputJSONDelta


def test_parsed_beta_message_is_a_generic_beta_message() -> None:
    class Weather(pydantic.BaseModel):
        city: str

    content = [
        {"type": "thinking", "thinking": "hmm", "signature": "s"},
        {"type": "text", "text": "not json", "parsed_output": None},
        {"type": "text", "text": '{"city": "Paris"}', "parsed_output": {"city": "Paris"}},
        {"type": "text", "text": '{"city": "Rome"}', "parsed_output": {"city": "Rome"}},
    ]
    message = ParsedBetaMessage[Weather].model_validate(beta_message(content))
    assert isinstance(message, BetaMessage)
    assert isinstance(message.content[2], ParsedBetaTextBlock)
    assert isinstance(message.content[2], BetaTextBlock)
    assert message.parsed_output == Weather(city="Paris")

    lenient = construct_type(beta_message(content), ParsedBetaMessage[Weather])
    assert lenient.parsed_output == Weather(city="Paris")

    plain = ParsedBetaMessage.model_validate(beta_message([{"type": "text", "text": "hi"}]))
    assert plain.parsed_output is None
    assert plain.to_dict()["content"] == [{"type": "text", "text": "hi"}]

    # parsed_output is SDK-side only and is never sent back to the API.
    assert ParsedBetaTextBlock.__api_exclude__ == {"parsed_output"}
    assert "parsed_output" in ParsedBetaTextBlock.model_fields
    assert "parsed_output" not in BetaTextBlock.model_fields

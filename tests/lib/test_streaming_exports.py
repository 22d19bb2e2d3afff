"""The public names of ``anthropic.lib.streaming`` (and their re-exports from ``anthropic``)."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import anthropic
import anthropic.lib.streaming as streaming
from anthropic.lib.streaming import _beta_types, _types

NAMES = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaContentBlockStopEvent",
    "BetaInputJsonEvent",
    "BetaMessageStopEvent",
    "BetaMessageStream",
    "BetaMessageStreamEvent",
    "BetaMessageStreamManager",
    "BetaTextEvent",
    "ContentBlockStopEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaContentBlockStopEvent[object]",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStopEvent[object]",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "TextEvent",
]


@pytest.mark.parametrize("name", NAMES)
def test_same_object_from_both_modules(name: str) -> None:
    assert getattr(anthropic, name) is getattr(streaming, name)


def test_aliases() -> None:
    assert streaming.BetaTextEvent is streaming.ParsedBetaTextEvent
    assert streaming.BetaMessageStreamEvent == streaming.ParsedBetaMessageStreamEvent
    assert streaming.BetaMessageStopEvent is streaming.ParsedBetaMessageStopEvent[object]
    assert streaming.BetaContentBlockStopEvent is streaming.ParsedBetaContentBlockStopEvent[object]
    assert getattr(streaming, "ParsedBetaMessageStopEvent[object]") is streaming.BetaMessageStopEvent
    assert streaming.TypeAlias is not None
    assert sorted(streaming.__all__) == streaming.__all__
    assert set(dir(streaming)) >= set(NAMES)
    with pytest.raises(AttributeError):
        streaming.Nope  # type: ignore[attr-defined]  # noqa: B018


def test_event_classes() -> None:
    assert list(_types.TextEvent.model_fields) == ["type", "text", "snapshot"]
    assert list(_types.InputJsonEvent.model_fields) == ["type", "partial_json", "snapshot"]
    assert list(_types.CitationEvent.model_fields) == ["type", "citation", "snapshot"]
    assert list(_types.ThinkingEvent.model_fields) == ["type", "thinking", "snapshot"]
    assert list(_types.SignatureEvent.model_fields) == ["type", "signature"]
    assert list(_types.ContentBlockStopEvent.model_fields) == ["index", "type", "content_block"]
    assert list(_types.MessageStopEvent.model_fields) == ["type", "message"]
    assert issubclass(_types.ContentBlockStopEvent, anthropic.types.RawContentBlockStopEvent)
    assert issubclass(_types.MessageStopEvent, anthropic.types.RawMessageStopEvent)
    for name in ("BetaCitationEvent", "BetaThinkingEvent", "BetaSignatureEvent", "BetaInputJsonEvent"):
        assert hasattr(_beta_types, name)
    event = _types.TextEvent(type="text", text="a", snapshot="ab")
    assert repr(event) == "TextEvent(type='text', text='a', snapshot='ab')"


def test_stream_method_shapes() -> None:
    from anthropic.resources.messages import AsyncMessages, Messages

    for cls in (Messages, AsyncMessages):
        assert not inspect.iscoroutinefunction(cls.stream)
        params = list(inspect.signature(cls.stream).parameters.values())[1:]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
        assert cls.stream.__doc__ and "context manager" in cls.stream.__doc__
    assert inspect.iscoroutinefunction(anthropic.AsyncMessageStream.get_final_message)
    assert not inspect.iscoroutinefunction(anthropic.MessageStream.get_final_message)


def test_import_anthropic_does_not_load_streaming() -> None:
    code = "import sys, anthropic; print(any(m.startswith('anthropic.lib') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

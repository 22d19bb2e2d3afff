"""Recorded SSE fixtures and what the reference release yields for them (shared by the stream tests).

``stream_expectations.json`` was produced by ``_make_stream_expectations.py`` running the
reference release (0.74.1) on every fixture; see that script for the one deliberate difference.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Optional

import httpx

from anthropic._core.accumulate import MessageAccumulator
from anthropic._core.events import EventDecoder
from anthropic._exceptions import FIRST_PARTY_ERRORS
from anthropic.lib.streaming._kinds import beta_kind, message_kind
from anthropic.testing import Reply

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
FINE_GRAINED = "fine-grained-tool-streaming-2025-05-14"

with open(os.path.join(HERE, "stream_expectations.json"), encoding="utf-8") as _f:
    EXPECTED: Dict[str, Dict[str, Any]] = json.load(_f)

STREAMS: List[str] = sorted(EXPECTED)
"""Every SSE fixture: ``path`` for ``*.txt``/``*.sse`` files, ``path#i`` for the i-th body of a JSON list."""

MODES = ["messages", "beta", "beta_fine"]
"""``messages.stream()``, ``beta.messages.stream()``, and the latter with the fine-grained tool streaming beta."""


def body(name: str) -> bytes:
    """The raw SSE body of fixture stream ``name``."""
    path, _, index = name.partition("#")
    if index:
        with open(os.path.join(FIXTURES, path), encoding="utf-8") as f:
            return str(json.load(f)[int(index)]).encode("utf-8")
    with open(os.path.join(FIXTURES, path), "rb") as f:
        return f.read()


def expected(name: str, mode: str) -> Dict[str, Any]:
    """The reference's events (``[class name, to_dict()]``), final message and error for ``name`` in ``mode``."""
    entry = EXPECTED[name]
    return entry.get(mode) or entry["beta"]


def reply(name: str, chunk_size: Optional[int] = None) -> Reply:
    """A ``Reply`` streaming fixture ``name`` (one HTTP chunk, or chunks of ``chunk_size`` bytes)."""
    data = body(name)
    size = chunk_size or len(data)
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    return Reply(chunks=chunks, content_type="text/event-stream; charset=utf-8")


def dump(events: Iterable[Any]) -> List[List[Any]]:
    """Events as the expectations record them."""
    return [[type(event).__name__, event.to_dict()] for event in events]


def stream_kwargs(mode: str) -> Dict[str, Any]:
    kwargs: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": []}
    if mode == "beta_fine":
        kwargs["betas"] = [FINE_GRAINED]
    return kwargs


# ------------------------------------------------------------------------------------- pure replay (no sockets)


def accumulator(mode: str) -> MessageAccumulator:
    if mode == "messages":
        return MessageAccumulator(message_kind())
    return MessageAccumulator(beta_kind(), partial_mode="trailing-strings" if mode == "beta_fine" else True)


def decoder(mode: str) -> EventDecoder:
    from anthropic.types import RawMessageStreamEvent
    from anthropic.types.beta import BetaRawMessageStreamEvent

    cast_to: Any = RawMessageStreamEvent if mode == "messages" else BetaRawMessageStreamEvent
    return EventDecoder(cast_to, httpx.Response(200), strict=False, status_errors=FIRST_PARTY_ERRORS)


def replay(chunks: Iterable[bytes], mode: str, *, events: bool = True) -> Dict[str, Any]:
    """Decode ``chunks`` and accumulate them as a message stream would (``events=False``: ``feed`` only).

    Returns ``{"events": [...], "raw": [...], "final": message, "error": exception or None}`` (objects, not
    dicts); ``events`` holds what a message stream yields, ``raw`` the decoded raw events.
    """
    dec = decoder(mode)
    acc = accumulator(mode)
    out: List[Any] = []
    raws: List[Any] = []
    error: Optional[Exception] = None
    try:
        for chunk in chunks:
            for raw in dec.feed(chunk):
                raws.append(raw)
                if events:
                    event, helper = acc.events(raw)
                    out.append(event)
                    if helper is not None:
                        out.append(helper)
                else:
                    acc.feed(raw)
        dec.end()
    except Exception as exc:
        error = exc
    return {"events": out, "raw": raws, "final": acc.message if acc.started else None, "error": error}


# ------------------------------------------------------------------------- a stream with every kind of delta

_CITATION: Dict[str, Any] = {
    "type": "char_location",
    "cited_text": "c",
    "document_index": 0,
    "document_title": "T",
    "start_char_index": 0,
    "end_char_index": 1,
}


def _delta(index: int, delta: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": delta}


MIXED_EVENTS: List[Dict[str, Any]] = [
    {
        "type": "message_start",
        "message": {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 5, "output_tokens": 1},
        },
    },
    {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}},
    _delta(0, {"type": "thinking_delta", "thinking": "Let me"}),
    _delta(0, {"type": "thinking_delta", "thinking": " think."}),
    _delta(0, {"type": "signature_delta", "signature": "sig"}),
    {"type": "content_block_stop", "index": 0},
    {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": "", "citations": None}},
    _delta(1, {"type": "text_delta", "text": "a"}),
    _delta(1, {"type": "text_delta", "text": "b"}),
    _delta(1, {"type": "citations_delta", "citation": {**_CITATION, "cited_text": "c0"}}),
    _delta(1, {"type": "citations_delta", "citation": {**_CITATION, "cited_text": "c1"}}),
    _delta(1, {"type": "text_delta", "text": "c"}),
    _delta(1, {"type": "text_delta", "text": "d"}),
    {"type": "content_block_stop", "index": 1},
    {
        "type": "content_block_start",
        "index": 2,
        "content_block": {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}},
    },
    _delta(2, {"type": "input_json_delta", "partial_json": '{"loc'}),
    _delta(2, {"type": "input_json_delta", "partial_json": 'ation": "Pa'}),
    _delta(2, {"type": "input_json_delta", "partial_json": 'ris"'}),
    _delta(2, {"type": "input_json_delta", "partial_json": ', "days": 1}'}),
    {"type": "content_block_stop", "index": 2},
    {
        "type": "content_block_start",
        "index": 3,
        "content_block": {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {}},
    },
    _delta(3, {"type": "input_json_delta", "partial_json": '{"query": "x'}),
    _delta(3, {"type": "input_json_delta", "partial_json": 'y"}'}),
    {"type": "content_block_stop", "index": 3},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "tool_use", "stop_sequence": None},
        "usage": {"output_tokens": 42, "server_tool_use": {"web_search_requests": 1}},
    },
    {"type": "message_stop"},
]
"""Thinking with a signature, text with citations, tool use and server tool use; used by the tests of
held objects and of readers sharing a stream."""

MIXED_TEXT = "abcd"


def view(block: Any) -> Any:
    """What a test compares of one content block (a model, or a dict for the expected values)."""
    get: Any = block.get if isinstance(block, dict) else lambda name: getattr(block, name)
    kind = get("type")
    if kind == "text":
        return (
            kind,
            get("text"),
            [c["cited_text"] if isinstance(c, dict) else c.cited_text for c in get("citations") or []],
        )
    if kind == "thinking":
        return (kind, get("thinking"), get("signature"))
    return (kind, dict(get("input")))


def expected_states(events: List[Dict[str, Any]]) -> List[Any]:
    """After each event of ``events``, what kept references to the blocks and the usage must show:
    ``(block views, output_tokens, stop_reason)``, worked out from the event dicts alone."""
    import jiter

    blocks: List[Dict[str, Any]] = []
    json_text: List[str] = []
    output_tokens: Any = None
    stop_reason: Any = None
    states: List[Any] = []
    for data in events:
        kind = data["type"]
        if kind == "message_start":
            output_tokens = data["message"]["usage"]["output_tokens"]
        elif kind == "content_block_start":
            blocks.append(dict(data["content_block"]))
            json_text.append("")
        elif kind == "content_block_delta":
            index, delta = data["index"], data["delta"]
            block = blocks[index]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "citations_delta":
                block["citations"] = [*(block.get("citations") or []), delta["citation"]]
            elif delta["type"] == "input_json_delta":
                json_text[index] += delta["partial_json"]
                block["input"] = jiter.from_json(json_text[index].encode(), partial_mode=True)
        elif kind == "message_delta":
            output_tokens = data["usage"]["output_tokens"]
            stop_reason = data["delta"]["stop_reason"]
        states.append(([view(block) for block in blocks], output_tokens, stop_reason))
    return states


class Held:
    """Keeps the first references it is shown (the snapshot, its usage, each block) and reports what
    they show now, without reading the stream's snapshot again."""

    def __init__(self) -> None:
        self.message: Any = None
        self.usage: Any = None
        self.blocks: List[Any] = []

    def keep(self, stream: Any) -> None:
        if self.message is None:
            self.message = stream.current_message_snapshot
            self.usage = self.message.usage
        content = self.message.content
        self.blocks.extend(content[len(self.blocks) :])

    def state(self) -> Any:
        return ([view(block) for block in self.blocks], self.usage.output_tokens, self.message.stop_reason)

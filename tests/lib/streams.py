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

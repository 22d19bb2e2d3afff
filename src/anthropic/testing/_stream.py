"""Turn a final `Message` dict into the API's SSE event sequence.

`message_to_events()` is generic: each content block type has a *block streamer* returning the
`content_block_start` payload and the list of deltas that rebuild the block. Add a streamer to `BLOCK_STREAMERS`
to stream a new block type; unknown types are sent whole in `content_block_start` with no deltas (as the API does
for e.g. `web_search_tool_result`).
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable, Dict, List, Tuple

from ._jsonutil import as_list, as_object

__all__ = ["BLOCK_STREAMERS", "BlockStreamer", "Event", "message_to_events", "split_text", "split_json"]

Event = Tuple[str, Dict[str, Any]]
"""`(event name, data)`; the data carries the same `type`."""

BlockStreamer = Callable[[Dict[str, Any]], Tuple[Dict[str, Any], List[Dict[str, Any]]]]

_PIECE = re.compile(r"\s*\S+|\s+\Z")


def split_text(text: str) -> List[str]:
    """Word-sized pieces (each word with the whitespace before it) that concatenate back to `text`."""
    return _PIECE.findall(text)


def split_json(text: str, size: int = 8) -> List[str]:
    """The API's `input_json_delta` pieces: an empty first piece, then `text` in `size`-character pieces."""
    return [""] + [text[i : i + size] for i in range(0, len(text), size)]


def _stream_text(block: Dict[str, Any]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    start = {**block, "text": ""}
    deltas: List[Dict[str, Any]] = []
    citations = as_list(block.get("citations"))
    if citations:
        start["citations"] = []
        deltas.extend({"type": "citations_delta", "citation": citation} for citation in citations)
    deltas.extend({"type": "text_delta", "text": piece} for piece in split_text(str(block.get("text", ""))))
    return start, deltas


def _stream_thinking(block: Dict[str, Any]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    start = {**block, "thinking": "", "signature": ""}
    deltas: List[Dict[str, Any]] = [
        {"type": "thinking_delta", "thinking": piece} for piece in split_text(str(block.get("thinking", "")))
    ]
    deltas.append({"type": "signature_delta", "signature": str(block.get("signature", ""))})
    return start, deltas


def _stream_tool_input(block: Dict[str, Any]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    start: Dict[str, Any] = {**block, "input": {}}
    tool_input = block.get("input", {})
    pieces = split_json(json.dumps(tool_input)) if tool_input else [""]
    return start, [{"type": "input_json_delta", "partial_json": piece} for piece in pieces]


def _stream_whole(block: Dict[str, Any]) -> Tuple[Dict[str, Any], List[Dict[str, Any]]]:
    return dict(block), []


BLOCK_STREAMERS: Dict[str, BlockStreamer] = {
    "text": _stream_text,
    "thinking": _stream_thinking,
    "redacted_thinking": _stream_whole,
    "tool_use": _stream_tool_input,
    "server_tool_use": _stream_tool_input,
    "mcp_tool_use": _stream_tool_input,
}


def message_to_events(message: Dict[str, Any], *, ping: bool = True) -> List[Event]:
    """`message_start`, per block `content_block_start` / `content_block_delta`s / `content_block_stop`,
    then `message_delta` and `message_stop`. A `ping` follows the first `content_block_start` (as recorded from
    the API) when `ping` is true."""
    usage = dict(as_object(message.get("usage")) or {})
    start_message: Dict[str, Any] = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**usage, "output_tokens": 1},
    }
    events: List[Event] = [("message_start", {"type": "message_start", "message": start_message})]
    for index, item in enumerate(as_list(message.get("content")) or []):
        block = as_object(item) or {}
        streamer = BLOCK_STREAMERS.get(str(block.get("type")), _stream_whole)
        content_block, deltas = streamer(block)
        events.append(
            ("content_block_start", {"type": "content_block_start", "index": index, "content_block": content_block})
        )
        if ping and index == 0:
            events.append(("ping", {"type": "ping"}))
        events.extend(
            ("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}) for delta in deltas
        )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
    if ping and not as_list(message.get("content")):
        events.append(("ping", {"type": "ping"}))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": message.get("stop_reason"), "stop_sequence": message.get("stop_sequence")},
                "usage": {"output_tokens": usage.get("output_tokens", 0)},
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return events

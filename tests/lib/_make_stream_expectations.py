"""Regenerate ``stream_expectations.json`` by running the REFERENCE release (0.74.1).

    /work/ref-venv/bin/python tests/lib/_make_stream_expectations.py

Not a test: it is run by hand with the reference package installed, and its output is
committed. Every SSE fixture under ``tests/fixtures`` is replayed through
``messages.stream()`` and ``beta.messages.stream()`` (without and with the
``fine-grained-tool-streaming-2025-05-14`` beta; that last one is recorded only where it
differs). For each we record every event as it is yielded (its class name and
``to_dict()``) and the final message (or the error).

One deliberate difference is applied to the recorded values (BEHAVIOR.md §0, #17): the
reference turns a content block of a type it does not know into a ``TextBlock`` whose
``citations`` and ``text`` read ``None``; we keep such a block as sent, so those two keys
are removed from unknown blocks.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Dict, List

import httpx

import anthropic

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
OUT = os.path.join(HERE, "stream_expectations.json")
FINE = "fine-grained-tool-streaming-2025-05-14"
KNOWN_BLOCKS = {
    "text",
    "thinking",
    "redacted_thinking",
    "tool_use",
    "server_tool_use",
    "web_search_tool_result",
}
KNOWN_BETA_BLOCKS = KNOWN_BLOCKS | {
    "code_execution_tool_result",
    "bash_code_execution_tool_result",
    "text_editor_code_execution_tool_result",
    "mcp_tool_use",
    "mcp_tool_result",
    "container_upload",
}


def sse_bodies() -> Dict[str, bytes]:
    bodies: Dict[str, bytes] = {}
    for root, _, files in os.walk(FIXTURES):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, FIXTURES).replace(os.sep, "/")
            if name.endswith((".txt", ".sse")):
                with open(path, "rb") as f:
                    bodies[rel] = f.read()
            elif name.endswith(".json") and name != "test_runners_inline_recordings.json":
                with open(path, encoding="utf-8") as f:
                    items = json.load(f)
                for i, item in enumerate(items):
                    bodies[f"{rel}#{i}"] = item.encode("utf-8")
    return dict(sorted(bodies.items()))


def normalise(value: Any, known: set) -> Any:
    """Drop the reference's invented ``citations``/``text`` keys from unknown blocks (see above)."""
    if isinstance(value, list):
        return [normalise(v, known) for v in value]
    if isinstance(value, dict):
        out = {k: normalise(v, known) for k, v in value.items()}
        for key in ("content", "content_block"):
            blocks = out.get(key)
            items = blocks if isinstance(blocks, list) else [blocks] if isinstance(blocks, dict) else []
            for block in items:
                if isinstance(block, dict) and block.get("type") not in known and "type" in block:
                    if block.get("citations", 0) is None:
                        del block["citations"]
                    if block.get("text", 0) is None:
                        del block["text"]
        return out
    return value


def replay(body: bytes, mode: str) -> Dict[str, Any]:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, headers={"content-type": "text/event-stream", "request-id": "req_fixture"}, content=body
        )
    )
    client = anthropic.Anthropic(api_key="k", http_client=httpx.Client(transport=transport), max_retries=0)
    params: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": []}
    known = KNOWN_BLOCKS
    if mode == "messages":
        manager: Any = client.messages.stream(**params)
    else:
        known = KNOWN_BETA_BLOCKS
        if mode == "beta_fine":
            params["betas"] = [FINE]
        manager = client.beta.messages.stream(**params)
    events: List[Any] = []
    result: Dict[str, Any] = {"events": events}
    with manager as stream:
        try:
            for event in stream:
                events.append([type(event).__name__, normalise(event.to_dict(), known)])
            final = stream.get_final_message()
            result["final_class"] = type(final).__name__
            result["final"] = normalise(final.to_dict(), known)
        except Exception as exc:  # recorded, compared by the tests
            result["error"] = [type(exc).__name__, str(exc)]
            result["final"] = normalise(stream.current_message_snapshot.to_dict(), known)
    return result


def main() -> int:
    assert anthropic.__version__ == "0.74.1", "run this with the reference release installed"
    out: Dict[str, Any] = {}
    for name, body in sse_bodies().items():
        entry = {mode: replay(body, mode) for mode in ("messages", "beta", "beta_fine")}
        if entry["beta_fine"] == entry["beta"]:
            del entry["beta_fine"]  # the fine-grained beta changes nothing for this stream
        out[name] = entry
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {OUT}: {len(out)} streams", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

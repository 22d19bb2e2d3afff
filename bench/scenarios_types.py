"""Types scenarios: import cost of anthropic.types, and parsing large messages."""

from __future__ import annotations

import json
import os
import statistics
from typing import Any, Dict, List

from run import Context, Result, run_python

REFERENCE_PYTHON = os.environ.get("ANTHROPIC_REFERENCE_PYTHON", "/work/ref-venv/bin/python")


def import_types(ctx: Context) -> Result:
    """``import anthropic.types`` + one model, ours vs the reference release (another venv)."""
    code = (
        "import time, sys; t = time.perf_counter(); import anthropic.types; "
        "from anthropic.types import Message; print(time.perf_counter() - t)"
    )
    if not os.path.exists(REFERENCE_PYTHON):
        return Result(
            "import anthropic.types vs the reference release",
            float("nan"),
            float("nan"),
            "ms",
            notes=[f"skipped: set ANTHROPIC_REFERENCE_PYTHON to a python with anthropic==0.74.1 ({REFERENCE_PYTHON})"],
        )
    import subprocess

    ours: List[float] = []
    ref: List[float] = []
    for _ in range(ctx.rounds * 2):
        ours.append(float(run_python(code)))
        out = subprocess.run([REFERENCE_PYTHON, "-c", code], capture_output=True, text=True, check=True)
        ref.append(float(out.stdout))
    return Result(
        "import anthropic.types (+ Message) vs reference release",
        statistics.median(ours) * 1000,
        statistics.median(ref) * 1000,
        "ms",
        target=0.5,
        notes=[f"reference interpreter: {REFERENCE_PYTHON}"],
    )


def _big_message(blocks: int) -> Dict[str, Any]:
    content: List[Dict[str, Any]] = []
    for i in range(blocks):
        kind = i % 3
        if kind == 0:
            content.append({"type": "thinking", "thinking": f"Step {i}: " + "reasoning " * 20, "signature": "sig" * 10})
        elif kind == 1:
            content.append(
                {
                    "type": "text",
                    "text": f"Paragraph {i}. " + "words " * 30,
                    "citations": [
                        {
                            "type": "char_location",
                            "cited_text": "words words",
                            "document_index": 0,
                            "document_title": "Doc",
                            "start_char_index": i,
                            "end_char_index": i + 11,
                        }
                    ],
                }
            )
        else:
            content.append(
                {
                    "type": "tool_use",
                    "id": f"toolu_{i:06d}",
                    "name": "lookup",
                    "input": {"query": f"q{i}", "filters": {"tags": ["a", "b", "c"], "depth": {"max": i, "min": 0}}},
                }
            )
    return {
        "id": "msg_big",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": 1000, "output_tokens": 5000},
    }


_LOOP = """
import json, statistics, time
import httpx, anthropic
url, n, rounds = {url!r}, {n}, {rounds}
body = {{"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{{"role": "user", "content": "hi"}}]}}
client = anthropic.Anthropic(api_key="bench-key", base_url=url)
raw = httpx.Client()
headers = {{k: v for k, v in client.default_headers.items() if isinstance(v, str)}}
def once():
    {call}
once()
times = []
for _ in range(rounds):
    start = time.perf_counter()
    for _ in range(n):
        once()
    times.append((time.perf_counter() - start) / n)
print(statistics.median(times))
"""


def _parse_scenario(ctx: Context, name: str, payload: Dict[str, Any], target: float, reference: str) -> Result:
    """Each side runs in its own fresh interpreter, so neither pays for the other's garbage."""
    n = 100 if ctx.quick else 300
    url = ctx.server_with({"/v1/messages": (".json", json.dumps(payload).encode())})
    ours_call = "client.messages.create(**body)"
    base_call = 'json.loads(raw.post(url + "/v1/messages", json=body, headers=headers).content)'
    ours: List[float] = []
    base: List[float] = []
    for _ in range(3):
        ours.append(float(run_python(_LOOP.format(url=url, n=n, rounds=ctx.rounds, call=ours_call))))
        base.append(float(run_python(_LOOP.format(url=url, n=n, rounds=ctx.rounds, call=base_call))))
    size = len(json.dumps(payload))
    return Result(
        name,
        statistics.median(ours) * 1e6,
        statistics.median(base) * 1e6,
        "us",
        target=target,
        reference=reference,
        notes=[
            f"response body {size / 1024:.0f} KiB; baseline: httpx post of the same request + json.loads",
            "each side measured in a fresh interpreter",
        ],
    )


def hundred_blocks(ctx: Context) -> Result:
    return _parse_scenario(ctx, "messages.create -> 100-block message", _big_message(100), 1.5, "3.2x")


def one_megabyte(ctx: Context) -> Result:
    payload = _big_message(1)
    payload["content"] = [{"type": "text", "text": "lorem ipsum dolor sit amet " * 38_000}]
    return _parse_scenario(ctx, "messages.create -> 1 MB message", payload, 1.5, "n/a")


SCENARIOS = [
    ("import types", import_types),
    ("parse 100 blocks", hundred_blocks),
    ("parse 1 MB", one_megabyte),
]

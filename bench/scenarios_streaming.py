"""Streaming scenarios: consuming one long message stream, helpers vs raw events vs plain httpx.

The stream is a single text block of 20,000 ``text_delta`` events (about 2.4 MB), served by
the fake server process (``x-fake-text-deltas``) in HTTP chunks of 16 KiB, the size of a TLS
record, so what is measured is the client's work per event rather than the server's per-chunk
writes. The baseline reads the same response with ``httpx`` ``iter_lines()`` and
``json.loads`` of every ``data:`` line.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List, Tuple

import httpx
from run import Context, Result, timed

import anthropic

DELTAS = 20_000
CHUNK_BYTES = 16 * 1024
BODY: Dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": DELTAS + 16,
    "messages": [{"role": "user", "content": "Tell me a long story."}],
}
STREAM_HEADERS = {"x-fake-text-deltas": str(DELTAS), "x-fake-chunk-bytes": str(CHUNK_BYTES)}
RAW_HEADERS = {"x-api-key": "bench-key", "anthropic-version": "2023-06-01", **STREAM_HEADERS}


def _raw_loop(raw: httpx.Client, url: str) -> None:
    with raw.stream("POST", f"{url}/v1/messages", json={**BODY, "stream": True}, headers=RAW_HEADERS) as response:
        for line in response.iter_lines():
            if line.startswith("data: "):
                json.loads(line[6:])


def text_stream(ctx: Context) -> Result:
    url = ctx.url
    raw = httpx.Client()
    client = anthropic.Anthropic(api_key="bench-key", base_url=url)

    def ours() -> None:
        with client.messages.stream(**BODY, extra_headers=STREAM_HEADERS) as stream:
            for _ in stream.text_stream:
                pass
            message = stream.get_final_message()
        assert message.usage.output_tokens == DELTAS

    try:
        a, b = ctx.interleaved(lambda: timed(ours), lambda: timed(lambda: _raw_loop(raw, url)))
    finally:
        raw.close()
        client.close()
    return Result(
        f"messages.stream: text_stream of {DELTAS} deltas",
        a * 1000,
        b * 1000,
        "ms",
        target=1.5,
        reference="4.5x",
        notes=["text_stream + get_final_message() vs httpx iter_lines() + json.loads of each data line"],
    )


def raw_events(ctx: Context) -> Result:
    url = ctx.url
    raw = httpx.Client()
    client = anthropic.Anthropic(api_key="bench-key", base_url=url)

    def ours() -> None:
        count = 0
        for _ in client.messages.create(**BODY, stream=True, extra_headers=STREAM_HEADERS):
            count += 1
        assert count >= DELTAS

    try:
        a, b = ctx.interleaved(lambda: timed(ours), lambda: timed(lambda: _raw_loop(raw, url)))
    finally:
        raw.close()
        client.close()
    return Result(
        f"messages.create(stream=True): {DELTAS} raw events",
        a * 1000,
        b * 1000,
        "ms",
        target=1.2,
        reference="2.2x",
        notes=["typed events (pydantic models) vs httpx iter_lines() + json.loads of each data line"],
    )


def helper_events(ctx: Context) -> Result:
    url = ctx.url
    raw = httpx.Client()
    client = anthropic.Anthropic(api_key="bench-key", base_url=url)

    def ours() -> None:
        with client.messages.stream(**BODY, extra_headers=STREAM_HEADERS) as stream:
            for _ in stream:
                pass

    try:
        a, b = ctx.interleaved(lambda: timed(ours), lambda: timed(lambda: _raw_loop(raw, url)))
    finally:
        raw.close()
        client.close()
    return Result(
        f"messages.stream: every event of {DELTAS} deltas",
        a * 1000,
        b * 1000,
        "ms",
        notes=[
            "raw + helper events; each TextEvent carries the whole text so far, so the work grows with "
            "the square of the text length (no target)"
        ],
    )


def async_text_stream(ctx: Context) -> Result:
    url = ctx.url

    async def run_both() -> Tuple[float, float]:
        raw = httpx.AsyncClient()
        client = anthropic.AsyncAnthropic(api_key="bench-key", base_url=url)

        async def ours() -> None:
            async with client.messages.stream(**BODY, extra_headers=STREAM_HEADERS) as stream:
                async for _ in stream.text_stream:
                    pass
                await stream.get_final_message()

        async def base() -> None:
            body = {**BODY, "stream": True}
            async with raw.stream("POST", f"{url}/v1/messages", json=body, headers=RAW_HEADERS) as response:
                async for line in response.aiter_lines():
                    if line.startswith("data: "):
                        json.loads(line[6:])

        loop = asyncio.get_running_loop()

        async def time_of(fn: Any) -> float:
            start = loop.time()
            await fn()
            return loop.time() - start

        try:
            await ours()
            await base()
            a: List[float] = []
            b: List[float] = []
            for _ in range(ctx.rounds):
                a.append(await time_of(ours))
                b.append(await time_of(base))
            a.sort()
            b.sort()
            return a[len(a) // 2], b[len(b) // 2]
        finally:
            await raw.aclose()
            await client.close()

    a, b = asyncio.run(run_both())
    return Result(
        f"async messages.stream: text_stream of {DELTAS} deltas",
        a * 1000,
        b * 1000,
        "ms",
        target=1.5,
        notes=["as the sync scenario, with AsyncAnthropic vs httpx.AsyncClient aiter_lines()"],
    )


SCENARIOS = [
    ("stream-text", text_stream),
    ("stream-raw", raw_events),
    ("stream-events", helper_events),
    ("stream-async-text", async_text_stream),
]

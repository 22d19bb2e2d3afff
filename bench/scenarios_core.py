"""Core scenarios: import time, per-call cost (sync, async at concurrency 64), peak memory."""

from __future__ import annotations

import asyncio
import json
import statistics
from typing import Any, Callable, Dict, List, Tuple

import httpx
from run import Context, Result, run_python, timed

import anthropic

MESSAGES: List[Any] = [{"role": "user", "content": "Hello, how are you today?"}]
BODY = {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": MESSAGES}
MINIMAL_HEADERS = {"x-api-key": "bench-key", "anthropic-version": "2023-06-01"}


def same_headers(is_async: bool) -> Dict[str, str]:
    """The exact headers our client sends for messages.create, so both sides send the same request."""
    client: Any = (anthropic.AsyncAnthropic if is_async else anthropic.Anthropic)(api_key="bench-key")
    headers = {k: v for k, v in client.default_headers.items() if isinstance(v, str)}
    if is_async:
        headers["X-Stainless-Async"] = "async:asyncio"
    headers.update({"x-stainless-timeout": "600", "x-stainless-retry-count": "0", "x-stainless-read-timeout": "600"})
    return headers


def import_time(ctx: Context) -> Result:
    measure = "import time, sys; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t, len(sys.modules))"
    ours: List[float] = []
    base: List[float] = []
    modules = (0, 0)
    for _ in range(ctx.rounds * 2):
        a_time, a_mods = run_python(measure.format(stmt="import anthropic")).split()
        b_time, b_mods = run_python(measure.format(stmt="import httpx, pydantic")).split()
        ours.append(float(a_time))
        base.append(float(b_time))
        modules = (int(a_mods), int(b_mods))
    return Result(
        "import anthropic vs import httpx, pydantic",
        statistics.median(ours) * 1000,
        statistics.median(base) * 1000,
        "ms",
        target=0.25,
        reference="~0.6 s, 834 modules",
        notes=[f"modules loaded: {modules[0]} (anthropic) vs {modules[1]} (httpx, pydantic)"],
    )


def sync_calls(ctx: Context) -> Result:
    n = 300 if ctx.quick else 1000
    url = ctx.url
    raw = httpx.Client()
    client = anthropic.Anthropic(api_key="bench-key", base_url=url)

    def ours() -> float:
        return timed(lambda: [client.messages.create(**BODY) for _ in range(n)])

    def baseline(headers: Dict[str, str]) -> Callable[[], float]:
        def once() -> None:
            for _ in range(n):
                response = raw.post(f"{url}/v1/messages", json=BODY, headers=headers)
                json.loads(response.content)

        return lambda: timed(once)

    try:
        a, b = ctx.interleaved(ours, baseline(same_headers(False)))
        a2, minimal = ctx.interleaved(ours, baseline(MINIMAL_HEADERS))
    finally:
        raw.close()
        client.close()
    return Result(
        f"sync messages.create x{n}",
        a / n * 1e6,
        b / n * 1e6,
        "us",
        target=1.15,
        reference="2.2x",
        notes=[
            "baseline: httpx.Client.post of the same request (same body, same headers) + json.loads",
            f"vs a post with only x-api-key/anthropic-version: {a2 / minimal:.2f}x ({minimal / n * 1e6:.0f} us)",
        ],
    )


def async_calls(ctx: Context) -> Result:
    n = 640 if ctx.quick else 2048
    concurrency = 64
    url = ctx.url

    async def run_both() -> Tuple[float, float]:
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
        raw = httpx.AsyncClient(limits=limits)
        client = anthropic.AsyncAnthropic(api_key="bench-key", base_url=url)

        async def fan_out(call: Callable[[], Any]) -> float:
            async def worker() -> None:
                for _ in range(n // concurrency):
                    await call()

            loop = asyncio.get_running_loop()
            start = loop.time()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return loop.time() - start

        headers = same_headers(True)

        async def raw_call() -> None:
            response = await raw.post(f"{url}/v1/messages", json=BODY, headers=headers)
            json.loads(response.content)

        async def our_call() -> None:
            await client.messages.create(**BODY)

        try:
            await fan_out(our_call)
            await fan_out(raw_call)
            ours: List[float] = []
            base: List[float] = []
            for _ in range(ctx.rounds):
                ours.append(await fan_out(our_call))
                base.append(await fan_out(raw_call))
            return statistics.median(ours), statistics.median(base)
        finally:
            await raw.aclose()
            await client.close()

    a, b = asyncio.run(run_both())
    return Result(
        f"async messages.create x{n} at concurrency {concurrency}",
        a * 1000,
        b * 1000,
        "ms",
        target=1.15,
        reference="1.4x",
        notes=["baseline: httpx.AsyncClient.post of the same request (same body, same headers) + json.loads"],
    )


_MEMORY = """
import resource, json, sys
url = sys.argv[1] if len(sys.argv) > 1 else {url!r}
body = {body!r}
{setup}
for _ in range({n}):
    {call}
def peak_kb():
    # VmHWM is this process's own peak; ru_maxrss on Linux also counts the parent's RSS
    # at fork time (it survives exec), which would hide the difference being measured.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak_kb())
"""


# The honest floor: what any client must at least do per call, i.e. send the request with httpx and
# validate the response into pydantic models of the same shape as ``Message`` (plain pydantic v2
# models written here, not the SDK's).
_FLOOR_MODELS = """
from typing import Any, Dict, List, Literal, Optional
from pydantic import BaseModel
class CacheCreation(BaseModel):
    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
class ServerToolUsage(BaseModel):
    web_search_requests: int
class Usage(BaseModel):
    cache_creation: Optional[CacheCreation] = None
    cache_creation_input_tokens: Optional[int] = None
    cache_read_input_tokens: Optional[int] = None
    input_tokens: int
    output_tokens: int
    server_tool_use: Optional[ServerToolUsage] = None
    service_tier: Optional[Literal["standard", "priority", "batch"]] = None
class TextBlock(BaseModel):
    citations: Optional[List[Dict[str, Any]]] = None
    text: str
    type: Literal["text"]
class Message(BaseModel):
    id: str
    content: List[TextBlock]
    model: str
    role: Literal["assistant"]
    stop_reason: Optional[Literal["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"]] = None
    stop_sequence: Optional[str] = None
    type: Literal["message"]
    usage: Usage
"""


def peak_memory(ctx: Context) -> List[Result]:
    n = 1000
    url = ctx.url
    headers = same_headers(False)
    post = "client.post(url + '/v1/messages', json=body, headers=headers).content"
    code = {
        "ours": (
            "import anthropic\nclient = anthropic.Anthropic(api_key='bench-key', base_url=url)",
            "client.messages.create(**body)",
        ),
        "httpx": (f"import httpx\nclient = httpx.Client()\nheaders = {headers!r}", f"json.loads({post})"),
        "floor": (
            f"import httpx\nclient = httpx.Client()\nheaders = {headers!r}\n{_FLOOR_MODELS}",
            f"Message.model_validate_json({post})",
        ),
    }
    peak: Dict[str, List[float]] = {name: [] for name in code}
    for _ in range(5):  # interleaved, median of 5
        for name, (setup, call) in code.items():
            peak[name].append(float(run_python(_MEMORY.format(url=url, body=BODY, n=n, setup=setup, call=call))))
    ours, raw, floor = (statistics.median(peak[name]) / 1024 for name in code)
    title = f"peak RSS, import + client + {n} calls"
    return [
        Result(f"{title} vs httpx", ours, raw, "MB", reference="2.0x", notes=["baseline: httpx + json.loads"]),
        Result(
            f"{title} vs floor",
            ours,
            floor,
            "MB",
            target=1.05,
            notes=[
                "floor: httpx + Message.model_validate_json (plain pydantic Message/Usage/TextBlock models, bench-defined)"
            ],
        ),
    ]


SCENARIOS = [
    ("import", import_time),
    ("sync", sync_calls),
    ("async", async_calls),
    ("memory", peak_memory),
]

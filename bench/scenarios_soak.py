"""Soak: 5,000 requests per client, each with its own timeout; memory and descriptors stay flat.

Each client runs in a fresh interpreter against the fake server process. The figure is the
resident memory (VmRSS) after the last request over the same figure after the first 500
(warm-up: connections, schemas and caches are built by then); the open file descriptors are
counted at the same two points and must not grow at all.
"""

from __future__ import annotations

import json
from typing import List

from run import Context, Result, run_python

N = 5000
WARM = 500

_SOAK = """
import json, os, sys
import anthropic

N, WARM, ASYNC = {n}, {warm}, {is_async}
url = {url!r}
messages = [{{"role": "user", "content": "Hello"}}]

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

def fds():
    return len(os.listdir("/proc/self/fd"))

marks = {{}}

def mark(i):
    if i + 1 in (WARM, N):
        marks[i + 1] = (rss_kb(), fds())

if ASYNC:
    import asyncio

    async def main():
        async with anthropic.AsyncAnthropic(api_key="k", base_url=url) as client:
            for i in range(N):
                await client.messages.create(
                    model="m", max_tokens=16, messages=messages, timeout=30 + i / 1000
                )
                mark(i)
    asyncio.run(main())
else:
    with anthropic.Anthropic(api_key="k", base_url=url) as client:
        for i in range(N):
            client.messages.create(model="m", max_tokens=16, messages=messages, timeout=30 + i / 1000)
            mark(i)
print(json.dumps(marks))
"""


def soak(ctx: Context) -> List[Result]:
    results: List[Result] = []
    for label, is_async in (("sync", False), ("async", True)):
        marks = json.loads(run_python(_SOAK.format(n=N, warm=WARM, is_async=is_async, url=ctx.url)))
        (warm_rss, warm_fds), (end_rss, end_fds) = marks[str(WARM)], marks[str(N)]
        results.append(
            Result(
                f"soak: {label} RSS after {N} calls vs after {WARM}",
                end_rss / 1024,
                warm_rss / 1024,
                "MB",
                target=1.05,
                notes=[
                    f"every call has its own timeout (30 s + i ms); open descriptors {warm_fds} -> {end_fds}"
                    + ("" if end_fds <= warm_fds else "  GREW")
                ],
            )
        )
    return results


SCENARIOS = [("soak", soak)]

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

from anthropic.testing import FakeAnthropic, sse_event

from ._pty import PtyRun, clean_env

API_KEY = "sk-ant-cli-test"

Cli = Callable[..., PtyRun]


@pytest.fixture
def cli(server: FakeAnthropic) -> Iterator[Cli]:
    """Start `anthropic --base-url <server> --api-key ... ARGS` in a pseudo-terminal (killed at teardown)."""
    runs: List[PtyRun] = []

    def start(
        *args: str,
        stdin: Optional[bytes] = None,
        block_rich: bool = False,
        env: Optional[Dict[str, str]] = None,
        connect: bool = True,
    ) -> PtyRun:
        prefix = ["--base-url", server.url, "--api-key", API_KEY, "--max-retries", "0"] if connect else []
        run = PtyRun([*prefix, *args], stdin=stdin, block_rich=block_rich, env=clean_env(**(env or {})))
        runs.append(run)
        return run

    yield start
    for run in runs:
        run.kill()


@pytest.fixture(autouse=True)
def _no_api_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_MODEL"):
        monkeypatch.delenv(name, raising=False)


def text_stream(pieces: List[str], *, model: str = "claude-test", grouped: bool = True) -> List[bytes]:
    """A streamed message whose text is `pieces` (one `text_delta` each), as SSE items for `Reply(sse=...)`.

    With `grouped`, the opening events travel with the first delta and the closing ones with the last, so each item
    (one HTTP chunk, `chunk_delay` apart) carries exactly one piece of text."""
    message: Dict[str, Any] = {
        "id": "msg_cli",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 1},
    }
    start = sse_event("message_start", {"type": "message_start", "message": message}) + sse_event(
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    )
    deltas = [
        sse_event(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": piece}},
        )
        for piece in pieces
    ]
    end = (
        sse_event("content_block_stop", {"type": "content_block_stop", "index": 0})
        + sse_event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": len(pieces)},
            },
        )
        + sse_event("message_stop", {"type": "message_stop"})
    )
    if not grouped:
        return [start, *deltas, end]
    deltas[0] = start + deltas[0]
    deltas[-1] = deltas[-1] + end
    return deltas

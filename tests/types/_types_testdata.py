"""Data shared by the anthropic.types tests (imported by the test modules next to it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterator, List

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures"

# Names part of the anthropic 0.74.1 API surface for anthropic.types* (written by the types generator).
SURFACE: Dict[str, Any] = json.loads((HERE / "api_surface_types.json").read_text())

STREAM_FIXTURES: List[Path] = sorted(
    p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".sse") or p.name.endswith(".json")
)
STREAM_FIXTURES = [p for p in STREAM_FIXTURES if p.name != "test_runners_inline_recordings.json"]


def sse_bodies(path: Path) -> List[str]:
    """The SSE bodies a fixture file holds (tools/*.json files hold one body per HTTP response)."""
    text = path.read_text()
    if path.suffix == ".json":
        bodies: List[str] = json.loads(text)
        return bodies
    return [text]


def sse_data(path: Path) -> Iterator[str]:
    """The payload of every ``data:`` line of a fixture, in order."""
    for body in sse_bodies(path):
        for line in body.splitlines():
            if line.startswith("data:"):
                yield line[len("data:") :].strip()


def fixture_id(path: Path) -> str:
    return str(path.relative_to(FIXTURES))[:70]

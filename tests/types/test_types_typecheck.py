"""The params TypedDicts accept the documented shapes and reject wrong ones, as seen by pyright."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]


def _pyright() -> Optional[str]:
    candidate = Path(sys.executable).parent / "pyright"
    if candidate.exists():
        return str(candidate)
    return shutil.which("pyright")


PYRIGHT = _pyright()
needs_pyright = pytest.mark.skipif(PYRIGHT is None, reason="pyright is not installed")


def run_pyright(*paths: Path) -> List[Dict[str, Any]]:
    assert PYRIGHT is not None
    proc = subprocess.run(
        [PYRIGHT, "--outputjson", "--pythonpath", sys.executable, *map(str, paths)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(proc.stdout)
    diagnostics: List[Dict[str, Any]] = report["generalDiagnostics"]
    return [d for d in diagnostics if d["severity"] == "error"]


@needs_pyright
@pytest.mark.timeout(180)
def test_documented_param_shapes_type_check() -> None:
    errors = run_pyright(REPO / "tests" / "typecheck")
    assert errors == []


BAD_SHAPES = {
    "text block without text": 'bad: TextBlockParam = {"type": "text"}',
    "unknown role": 'bad: MessageParam = {"role": "system", "content": "Hi"}',
    "tool choice without name": 'bad: ToolChoiceParam = {"type": "tool"}',
    "max_tokens as a string": 'bad: MessageCreateParamsNonStreaming = {"model": "m", "max_tokens": "1", "messages": []}',
    "missing messages": 'bad: MessageCreateParamsNonStreaming = {"model": "m", "max_tokens": 1}',
    "stop_sequences as a str": (
        'bad: MessageCreateParamsNonStreaming = {"model": "m", "max_tokens": 1, "messages": [], "stop_sequences": "x"}'
    ),
    "streaming flag on non-streaming params": (
        'bad: MessageCreateParamsNonStreaming = {"model": "m", "max_tokens": 1, "messages": [], "stream": True}'
    ),
    "thinking without budget": 'bad: ThinkingConfigParam = {"type": "enabled"}',
    "image source with wrong media type": (
        'bad: ImageBlockParam = {"type": "image", "source": {"type": "base64", "media_type": "image/bmp", "data": ""}}'
    ),
    "tool without input_schema": 'bad: ToolParam = {"name": "t"}',
    "batch request without custom_id": 'bad: BatchCreateParams = {"requests": [{"params": {}}]}',
    "unknown beta param key": 'bad: BetaMessageParam = {"role": "user", "content": "x", "cache": 1}',
    "unknown name in anthropic.types": "from anthropic.types import NoSuchParam",
}

HEADER = """\
# pyright: strict
from anthropic.types import (
    ImageBlockParam,
    MessageParam,
    TextBlockParam,
    ThinkingConfigParam,
    ToolChoiceParam,
    ToolParam,
)
from anthropic.types.beta import BetaMessageParam
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming
from anthropic.types.messages import BatchCreateParams

__all__ = [
    "BatchCreateParams",
    "BetaMessageParam",
    "ImageBlockParam",
    "MessageCreateParamsNonStreaming",
    "MessageParam",
    "TextBlockParam",
    "ThinkingConfigParam",
    "ToolChoiceParam",
    "ToolParam",
]
"""


@needs_pyright
@pytest.mark.timeout(180)
def test_wrong_param_shapes_are_rejected(tmp_path: Path) -> None:
    files: Dict[Path, str] = {}
    for i, (label, line) in enumerate(BAD_SHAPES.items()):
        path = tmp_path / f"bad_{i}.py"
        path.write_text(HEADER + "\n" + textwrap.dedent(line) + "\n")
        files[path] = label
    good = tmp_path / "good.py"
    good.write_text(HEADER + '\nok: TextBlockParam = {"type": "text", "text": "fine"}\n')

    errors = run_pyright(good, *files)

    by_file: Dict[str, List[str]] = {}
    for error in errors:
        by_file.setdefault(Path(error["file"]).name, []).append(error["message"])
    assert "good.py" not in by_file, by_file.get("good.py")
    not_rejected = [label for path, label in files.items() if path.name not in by_file]
    assert not_rejected == []

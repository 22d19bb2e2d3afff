"""Every Python example of docs/testing.md runs as written.

A block whose first line is `# <name>.py` is a file of a user's test project: all of them are written to one
pytester directory and run by pytest (twice: recording from a fake upstream, then replaying). Every other Python
block is a standalone script, run in a fresh namespace. The options the command-line section names must exist.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from anthropic.testing import FakeAnthropic

pytest_plugins = ["pytester"]

DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
_FILE_NAME = re.compile(r"# ([\w.]+\.py)\n")


def _blocks(language: str) -> List[Tuple[int, str]]:
    text = DOC.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(2))
        for match in _FENCE.finditer(text)
        if match.group(1) == language
    ]


def _scripts() -> List[Any]:
    return [
        pytest.param("\n" * line + code, id=f"line{line}")  # padded: tracebacks show the doc's line numbers
        for line, code in _blocks("python")
        if not _FILE_NAME.match(code)
    ]


def _project_files() -> Dict[str, str]:
    files: Dict[str, str] = {}
    for _, code in _blocks("python"):
        match = _FILE_NAME.match(code)
        if match is not None:
            assert match.group(1) not in files, f"two blocks are named {match.group(1)}"
            files[match.group(1)] = code
    return files


def test_the_doc_has_examples() -> None:
    assert len(_scripts()) >= 8
    assert {"conftest.py", "test_my_app.py", "test_with_recordings.py"} <= set(_project_files())


@pytest.mark.parametrize("code", _scripts())
def test_script(code: str, fast_retries: None, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    namespace: Dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(code, str(DOC), "exec"), namespace)


def test_the_printed_diff_is_the_one_shown(capsys: pytest.CaptureFixture[str], fast_retries: None) -> None:
    [code] = [code for _, code in _blocks("python") if "print(replay.unmatched[0].diff)" in code]
    exec(compile(code, str(DOC), "exec"), {"__name__": "docs_example"})
    [shown] = [code for _, code in _blocks("diff")]
    assert capsys.readouterr().out.rstrip("\n") == shown.rstrip("\n")


def test_the_test_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, code in _project_files().items():
        pytester.makepyfile(**{name[: -len(".py")]: code})
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_RECORD_FROM"):
        monkeypatch.delenv(name, raising=False)
    with FakeAnthropic() as upstream:
        monkeypatch.setenv("ANTHROPIC_RECORD_FROM", upstream.url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-the-real-key-000")
        recording = pytester.runpytest_subprocess("-W", "error", "-p", "no:cacheprovider", timeout=60)
        recording.assert_outcomes(passed=5)
        assert upstream.last_request.headers["x-api-key"] == "sk-ant-the-real-key-000"
    files = sorted((pytester.path / "recordings" / "test_haiku").iterdir())
    assert [path.name for path in files] == ["0001-POST-v1-messages.json"]
    assert "sk-ant-the-real-key-000" not in files[0].read_text()

    monkeypatch.delenv("ANTHROPIC_RECORD_FROM")
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    replaying = pytester.runpytest_subprocess("-W", "error", "-p", "no:cacheprovider", timeout=60)
    replaying.assert_outcomes(passed=5)


def test_the_command_line_options_exist() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "anthropic.testing", "--help"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    documented = set(re.findall(r"(--[a-z][a-z-]+)", DOC.read_text(encoding="utf-8").split("## The command line")[1]))
    assert documented >= {"--port", "--record-to", "--upstream", "--replay-from", "--replay-timing", "--reply"}
    for option in documented:
        assert option in help_text, option

"""`anthropic._cli.main()` called in this process (output not a terminal), and the pure parts of the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

from anthropic import Anthropic
from anthropic._cli import main
from anthropic._cli._jsonl import BadInput, parse_requests
from anthropic._cli._ui import UI
from anthropic.testing import FakeAnthropic, Reply

from .conftest import API_KEY

REQUEST: Dict[str, Any] = {"model": "claude-test", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}


def run(server: FakeAnthropic, *args: str) -> int:
    return main(["--base-url", server.url, "--api-key", API_KEY, "--max-retries", "0", *args])


def _frame(batch_id: str, status: str, **counts: int) -> Reply:
    request_counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0, **counts}
    return Reply(
        json={
            "id": batch_id,
            "type": "message_batch",
            "processing_status": status,
            "request_counts": request_counts,
            "created_at": "2025-01-01T00:00:00Z",
            "expires_at": "2025-01-02T00:00:00Z",
        }
    )


# ---------------------------------------------------------------------------------------------------- batches


def test_watch_off_a_terminal_prints_one_line_per_change(
    server: FakeAnthropic, capsys: pytest.CaptureFixture[str]
) -> None:
    path = "/v1/messages/batches/msgbatch_x"
    server.enqueue(_frame("msgbatch_x", "in_progress", processing=3), path=path)
    server.enqueue(_frame("msgbatch_x", "in_progress", processing=3), path=path)
    server.enqueue(_frame("msgbatch_x", "in_progress", processing=1, succeeded=2), path=path)
    server.enqueue(_frame("msgbatch_x", "canceling", processing=1, succeeded=2), path=path)
    server.enqueue(_frame("msgbatch_x", "ended", succeeded=2, expired=1), path=path)
    assert run(server, "batches", "watch", "msgbatch_x", "--interval", "0.01") == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "msgbatch_x in_progress [--------------------] 0/3 processing 3, succeeded 0, errored 0, canceled 0, expired 0",
        "msgbatch_x in_progress [#############-------] 2/3 processing 1, succeeded 2, errored 0, canceled 0, expired 0",
        "msgbatch_x canceling [#############-------] 2/3 processing 1, succeeded 2, errored 0, canceled 0, expired 0",
        "msgbatch_x ended [####################] 3/3 processing 0, succeeded 2, errored 0, canceled 0, expired 1",
    ]
    assert err == "error: batch msgbatch_x ended with 1 expired request(s)\n"
    assert len(server.requests) == 5


def test_watch_waits_longer_while_nothing_changes(
    server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from anthropic._cli import _resources

    sleeps: List[float] = []
    monkeypatch.setattr(_resources, "_sleep", sleeps.append)
    path = "/v1/messages/batches/msgbatch_y"
    for _ in range(4):
        server.enqueue(_frame("msgbatch_y", "in_progress", processing=1), path=path)
    server.enqueue(_frame("msgbatch_y", "in_progress", succeeded=1), path=path)
    server.enqueue(_frame("msgbatch_y", "ended", succeeded=1), path=path)
    assert run(server, "batches", "watch", "msgbatch_y", "--interval", "1", "--max-interval", "2") == 0
    assert sleeps == [1, 1.5, 2, 2, 2]  # x1.5 per unchanged poll, at most --max-interval; a change keeps the pace
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_batches_get_list_cancel_and_results_to_stdout(
    server: FakeAnthropic, client: Anthropic, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    first = client.messages.batches.create(requests=[{"custom_id": "a", "params": REQUEST}])  # type: ignore[list-item]
    second = client.messages.batches.create(requests=[{"custom_id": "b", "params": REQUEST}])  # type: ignore[list-item]
    assert run(server, "batches", "cancel", second.id) == 0
    canceled = json.loads(capsysbinary.readouterr().out)
    assert canceled["processing_status"] == "canceling"
    assert run(server, "batches", "get", first.id) == 0
    assert json.loads(capsysbinary.readouterr().out)["request_counts"]["succeeded"] == 1
    assert run(server, "batches", "list", "--json") == 0
    listed = [json.loads(line) for line in capsysbinary.readouterr().out.splitlines()]
    assert [(b["id"], b["request_counts"]["canceled"]) for b in listed] == [(second.id, 1), (first.id, 0)]
    assert run(server, "batches", "list") == 0
    table = capsysbinary.readouterr().out.decode().splitlines()
    assert table[0].split() == ["ID", "STATUS", "COUNTS", "CREATED"]
    assert table[1].startswith(second.id) and "canceled 1" in table[1]
    assert run(server, "batches", "results", first.id, "-o", "-") == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert [json.loads(line)["custom_id"] for line in lines] == ["a"]


def test_batches_create_reads_stdin(server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"custom_id": "s", "params": REQUEST}) + "\n"))
    assert run(server, "batches", "create", "--input", "-") == 0
    assert json.loads(capsys.readouterr().out)["request_counts"]["processing"] == 1
    assert server.last_request.json() == {"requests": [{"custom_id": "s", "params": REQUEST}]}


def test_batches_create_missing_file(server: FakeAnthropic, tmp_path: Path, capsys: Any) -> None:
    assert run(server, "batches", "create", "--input", str(tmp_path / "nope.jsonl")) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'nope.jsonl'}: No such file or directory\n"
    assert server.requests == []


@pytest.mark.parametrize(
    ("lines", "line", "problem"),
    [
        (["{"], 1, "not valid JSON"),
        (["[1]"], 1, "expected a JSON object"),
        (['{"params": {}}'], 1, "custom_id: required"),
        (['{"custom_id": "a b", "params": {}}'], 1, "custom_id 'a b': use 1 to 64"),
        (['{"custom_id": "' + "x" * 65 + '", "params": {}}'], 1, "use 1 to 64 letters"),
        (['{"custom_id": "a"}'], 1, "params: required"),
        (['{"custom_id": "a", "params": {"max_tokens": 1, "messages": [1]}}'], 1, "params.model: required"),
        (['{"custom_id": "a", "params": {"model": "m", "max_tokens": true, "messages": []}}'], 1, "max_tokens"),
        (['{"custom_id": "a", "params": {"model": "m", "max_tokens": 0, "messages": []}}'], 1, "max_tokens"),
        (['{"custom_id": "a", "params": {"model": "m", "max_tokens": 5}}'], 1, "params.messages: required"),
        (['{"custom_id": "a", "params": {"model": "m", "max_tokens": 5, "messages": ["x"]}}'], 1, "messages[0]"),
        ([json.dumps({"custom_id": "a", "params": {**REQUEST, "stream": True}})], 1, "cannot stream"),
        ([json.dumps({"custom_id": "a", "params": REQUEST})] * 2, 2, "custom_id 'a' is already used on line 1"),
        (["", "  "], 0, "no requests"),
    ],
)
def test_batch_input_checks(lines: List[str], line: int, problem: str) -> None:
    with pytest.raises(BadInput) as info:
        parse_requests(line + "\n" for line in lines)
    assert info.value.line == line
    assert problem in info.value.problem


def test_batch_input_counts_every_bad_line_and_keeps_good_ones() -> None:
    good, other = (json.dumps({"custom_id": name, "params": REQUEST}) for name in ("ok", "ok2"))
    with pytest.raises(BadInput) as info:
        parse_requests([good, "{", other, "[]"])
    assert (info.value.line, info.value.bad_lines) == (2, 2)
    assert parse_requests([good, "\n", other]) == [
        {"custom_id": "ok", "params": REQUEST},
        {"custom_id": "ok2", "params": REQUEST},
    ]


# ------------------------------------------------------------------------------------------- messages, models


def test_messages_off_a_terminal(server: FakeAnthropic, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(server, "messages", "create", "-m", "claude-test", "--max-tokens", "2", "one two three") == 0
    out, err = capsys.readouterr()
    assert out == "Echo: one\n"
    assert err == "warning: the answer was cut at --max-tokens 2\n"
    assert run(server, "messages", "count-tokens", "-m", "claude-test", "--json", "12345678") == 0
    assert json.loads(capsys.readouterr().out) == {"input_tokens": 2}


def test_models_list_json_and_table(server: FakeAnthropic, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(server, "models", "list", "--json") == 0
    models = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(models) == 7 and models[0]["id"] == "claude-haiku-4-5-20251001"
    assert run(server, "models", "list", "--limit", "1") == 0
    assert capsys.readouterr().out == (
        "ID                         NAME              CREATED\n"
        "claude-haiku-4-5-20251001  Claude Haiku 4.5  2025-10-15 00:00:00\n"
    )
    assert server.last_request.query == {"limit": "1"}


def test_global_options_may_follow_the_command(server: FakeAnthropic, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["models", "get", "claude-opus-4-1", "--base-url", server.url, "--api-key", "k", "--timeout", "5"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["id"] == "claude-opus-4-1-20250805"
    assert server.last_request.headers["x-api-key"] == "k"


def test_fake_in_process_with_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("hello")
    assert main(["--fake", "files", "upload", str(source)]) == 0
    assert json.loads(capsys.readouterr().out)["filename"] == "notes.txt"
    assert main(["--fake", "--base-url", "http://x", "models", "list"]) == 1
    assert capsys.readouterr().err == "error: --fake and --base-url cannot be used together\n"


def test_connection_errors_and_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeAnthropic() as closed:
        url = closed.url
    assert main(["--base-url", url, "--api-key", "k", "--max-retries", "0", "models", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Connection error.") and err.count("\n") == 1
    assert main(["--fake", "--max-retries", "-1", "models", "list"]) == 1
    assert capsys.readouterr().err == "error: --max-retries must be 0 or more\n"
    with pytest.raises(SystemExit) as info:
        main(["models", "nope"])
    assert info.value.code == 2


def test_stdin_prompt_errors(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n"))
    assert main(["--fake", "messages", "create", "-m", "m", "-"]) == 1
    assert capsys.readouterr().err == "error: the prompt is empty\n"


# ------------------------------------------------------------------------------------------------- rich or not


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_rich_a_terminal_gets_plain_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # as if the `cli` extra were not installed
    out, err = _Terminal(), _Terminal()
    ui = UI(out, err)
    assert not ui.rich
    ui.table(["A", "LONGER"], [["1", "2"], ["333", "4"]])
    ui.error("bad\nthing")
    assert out.getvalue() == "A    LONGER\n1    2\n333  4\n"
    assert err.getvalue() == "error: bad thing\n"


def test_with_rich_a_terminal_gets_colour_and_a_table() -> None:
    out, err = _Terminal(), _Terminal()
    ui = UI(out, err)
    assert ui.rich
    ui.table(["A", "LONGER"], [["1", "2"]])
    ui.error("x" * 400)  # one line however wide the message
    assert "LONGER" in out.getvalue()
    assert err.getvalue().count("\n") == 1 and "\x1b[" in err.getvalue()


def test_importing_anthropic_does_not_load_the_command_line() -> None:
    code = (
        "import sys, anthropic; anthropic.Anthropic(api_key='k'); assert 'anthropic._cli' not in sys.modules; "
        "[sys.modules.pop(m) for m in list(sys.modules) if m.split('.')[0] in ('httpx', 'pydantic')]; "
        "import anthropic._cli; print([m for m in ('rich', 'httpx', 'pydantic') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"  # the parser and the plain output need neither the client nor rich

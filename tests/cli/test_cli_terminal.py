"""The `anthropic` command in a pseudo-terminal, against the fake server of the test (or its own `--fake` one)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

from anthropic import Anthropic
from anthropic.testing import FakeAnthropic, Reply

from ._pty import BOOT, clean_env, strip_ansi
from .conftest import Cli, text_stream

MESSAGES = "/v1/messages"


def _posts(server: FakeAnthropic, path: str) -> List[Dict[str, Any]]:
    return [r.json() for r in server.requests if r.method == "POST" and r.path == path]


def _first_index(chunks_text: str, needle: str, start: int = 0) -> int:
    index = chunks_text.find(needle, start)
    assert index >= 0, f"{needle!r} not found after {start} in {chunks_text!r}"
    return index


# ------------------------------------------------------------------------------------------------ messages create


def test_streamed_text_is_visible_before_the_stream_ends(server: FakeAnthropic, cli: Cli) -> None:
    server.enqueue(Reply(sse=text_stream(["Hello", " streaming", " world"]), chunk_delay=0.2), path=MESSAGES)
    run = cli("messages", "create", "-m", "claude-test", "say hi")
    seen = run.read_until("Hello")
    assert "world" not in seen  # the first delta is on the terminal while the server still holds the rest
    first_seen = run.chunks[-1][0]
    assert run.wait() == 0
    assert strip_ansi(run.output) == "Hello streaming world\n"
    world_seen = next(t for t, data in run.chunks if b"world" in data)
    assert world_seen - first_seen > 0.1  # sent two chunk delays (0.4 s) later; slack for a busy machine
    assert run.stderr == ""
    body = server.last_request.json()
    assert body == {
        "model": "claude-test",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "say hi"}],
        "stream": True,
    }


def test_ctrl_c_exits_130_without_a_traceback(server: FakeAnthropic, cli: Cli) -> None:
    pieces = ["Hello"] + [f" word{i}" for i in range(30)]  # 6 s of stream: it is interrupted long before
    server.enqueue(Reply(sse=text_stream(pieces), chunk_delay=0.2), path=MESSAGES)
    run = cli("messages", "create", "-m", "claude-test", "go on")
    run.read_until("Hello")
    run.signal(signal.SIGINT)
    assert run.wait(timeout=10) == 130
    assert "word29" not in run.output
    assert "Traceback" not in run.stderr and "KeyboardInterrupt" not in run.stderr, run.stderr


def test_json_prints_the_final_message(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("messages", "create", "-m", "claude-test", "--json", "hi there")
    assert run.wait() == 0
    message = json.loads(strip_ansi(run.output))
    assert message["type"] == "message" and message["stop_reason"] == "end_turn"
    assert [(block["type"], block["text"]) for block in message["content"]] == [("text", "Echo: hi there")]
    assert message["usage"]["output_tokens"] == 3
    assert "\x1b[" in run.output  # highlighted by rich on a terminal
    assert server.last_request.json()["stream"] is True  # a stream underneath, read to the end


def test_raw_events_are_json_lines_as_they_arrive(server: FakeAnthropic, cli: Cli) -> None:
    server.enqueue(Reply(sse=text_stream(["Hi", " you"]), chunk_delay=0.2), path=MESSAGES)
    run = cli("messages", "create", "-m", "claude-test", "--raw-events", "hi")
    run.read_until('"text":"Hi"')
    assert "message_stop" not in run.output
    assert run.wait() == 0
    lines = run.output.splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["type"] for e in events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert events[2]["delta"] == {"type": "text_delta", "text": "Hi"}


def test_dash_reads_the_prompt_from_stdin(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("messages", "create", "-m", "claude-test", "-s", "be brief", "-", stdin=b"from standard input\n")
    assert run.wait() == 0
    assert strip_ansi(run.output) == "Echo: from standard input\n"
    body = server.last_request.json()
    assert body["messages"] == [{"role": "user", "content": "from standard input"}]
    assert body["system"] == "be brief"


def test_thinking_goes_to_stderr_and_raises_the_default_max_tokens(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("messages", "create", "-m", "claude-test", "--thinking", "1024", "hi")
    assert run.wait() == 0
    assert strip_ansi(run.output) == "Echo: hi\n"
    assert 'The user said: "hi". I will echo it back.' in strip_ansi(run.stderr)
    body = server.last_request.json()
    assert body["thinking"] == {"type": "enabled", "budget_tokens": 1024}
    assert body["max_tokens"] == 2048


def test_model_comes_from_the_environment_or_is_an_error(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("messages", "create", "hi")
    assert run.wait() == 1
    assert run.stderr.count("\n") == 1 and "--model" in run.stderr and "ANTHROPIC_MODEL" in run.stderr
    assert server.requests == []
    run = cli("messages", "create", "--max-tokens", "5", "hi", env={"ANTHROPIC_MODEL": "claude-from-env"})
    assert run.wait() == 0
    assert server.last_request.json()["model"] == "claude-from-env"
    assert server.last_request.json()["max_tokens"] == 5


def test_count_tokens(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("messages", "count-tokens", "-m", "claude-test", "-s", "abcd", "12345678")
    assert run.wait() == 0
    assert strip_ansi(run.output) == "3\n"  # (4 + 8) characters / 4
    assert server.last_request.path == "/v1/messages/count_tokens"
    assert server.last_request.json() == {
        "model": "claude-test",
        "messages": [{"role": "user", "content": "12345678"}],
        "system": "abcd",
    }


def test_fake_starts_its_own_server_and_needs_no_key() -> None:
    from ._pty import PtyRun

    run = PtyRun(["--fake", "messages", "create", "-m", "claude-test", "hello fake"])
    try:
        assert run.wait() == 0
    finally:
        run.kill()
    assert strip_ansi(run.output) == "Echo: hello fake\n"


# ------------------------------------------------------------------------------------------------------- errors


def test_an_overloaded_api_is_one_line_with_the_request_id(server: FakeAnthropic, cli: Cli) -> None:
    server.enqueue(Reply(status=529, headers={"request-id": "req_overloaded1"}), path=MESSAGES)
    run = cli("messages", "create", "-m", "claude-test", "hi")
    assert run.wait() == 1
    assert run.stderr == "error: 529 overloaded_error: Overloaded (request-id: req_overloaded1)\n"
    assert run.output == ""


def test_a_bad_key_is_one_line_with_the_request_id(server: FakeAnthropic, cli: Cli) -> None:
    server.enqueue(Reply(status=401, headers={"request-id": "req_badkey"}), path="/v1/models")
    run = cli("models", "list")
    assert run.wait() == 1
    lines = strip_ansi(run.stderr).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: 401 authentication_error: ")
    assert lines[0].endswith("(request-id: req_badkey)")


def test_an_error_event_in_the_stream_is_one_line(server: FakeAnthropic, cli: Cli) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    items = [*text_stream(["Hel"], grouped=False)[:2], error]
    server.enqueue(Reply(sse=items, headers={"request-id": "req_midstream"}), path=MESSAGES)
    run = cli("messages", "create", "-m", "claude-test", "hi")
    assert run.wait() == 1
    assert strip_ansi(run.output) == "Hel\n"  # the text so far, ended before the error line
    assert run.stderr == "error: overloaded_error: Overloaded (request-id: req_midstream)\n"


def test_no_api_key_is_an_error_naming_the_option(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("--base-url", server.url, "models", "list", connect=False)
    assert run.wait() == 1
    assert run.stderr == "error: no API key: pass --api-key KEY or set ANTHROPIC_API_KEY\n"
    assert server.requests == []


# ----------------------------------------------------------------------------------------------------- batches

REQUEST = {"model": "claude-test", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}


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
            "ended_at": None,
            "cancel_initiated_at": None,
            "archived_at": None,
            "results_url": None,
        }
    )


def test_batch_watch_draws_a_progress_bar_and_fails_on_errored_requests(
    server: FakeAnthropic, client: Anthropic, cli: Cli
) -> None:
    bad = {**REQUEST, "max_tokens": 0}  # accepted into the batch, errors when processed
    batch = client.messages.batches.create(
        requests=[{"custom_id": "good", "params": REQUEST}, {"custom_id": "bad", "params": bad}]  # type: ignore[list-item]
    )
    path = f"/v1/messages/batches/{batch.id}"
    server.enqueue(_frame(batch.id, "in_progress", processing=2), path=path)
    server.enqueue(_frame(batch.id, "in_progress", processing=2), path=path)  # no change: no new frame
    server.enqueue(_frame(batch.id, "in_progress", processing=1, succeeded=1), path=path)
    # the next poll reaches the fake's own batch, which then ends: 1 succeeded, 1 errored
    run = cli("batches", "watch", batch.id, "--interval", "0.02", "--max-interval", "0.05")
    assert run.wait() == 1
    screen = strip_ansi(run.output)
    at = _first_index(screen, "in_progress")
    at = _first_index(screen, "0/2", at)
    at = _first_index(screen, "processing 2 succeeded 0 errored 0 canceled 0 expired 0", at)
    at = _first_index(screen, "1/2", at)
    at = _first_index(screen, "processing 1 succeeded 1 errored 0", at)
    at = _first_index(screen, "ended", at)
    at = _first_index(screen, "2/2", at)
    _first_index(screen, "processing 0 succeeded 1 errored 1 canceled 0 expired 0", at)
    assert "\x1b[" in run.output  # rich: colours and cursor movement
    assert run.stderr == f"error: batch {batch.id} ended with 1 errored request(s)\n"
    polls = [r for r in server.requests if r.method == "GET" and r.path == path]
    assert len(polls) == 4


def test_ctrl_c_during_batch_watch_restores_the_terminal(server: FakeAnthropic, cli: Cli) -> None:
    path = "/v1/messages/batches/msgbatch_slow"
    server.enqueue(Reply(json=_frame("msgbatch_slow", "in_progress", processing=5).json, repeat=10_000), path=path)
    run = cli("batches", "watch", "msgbatch_slow", "--interval", "0.05", "--max-interval", "0.1")
    run.read_until("processing 5")
    run.signal(signal.SIGINT)
    assert run.wait(timeout=10) == 130
    assert "Traceback" not in run.stderr and "KeyboardInterrupt" not in run.stderr, run.stderr
    assert run.output.endswith("\x1b[?25h")  # rich hid the cursor while drawing, and shows it again


def test_batch_watch_without_rich_rewrites_one_status_line(server: FakeAnthropic, client: Anthropic, cli: Cli) -> None:
    batch = client.messages.batches.create(requests=[{"custom_id": "a", "params": REQUEST}])  # type: ignore[list-item]
    path = f"/v1/messages/batches/{batch.id}"
    server.enqueue(_frame(batch.id, "in_progress", processing=1), path=path)
    run = cli("batches", "watch", batch.id, "--interval", "0.02", block_rich=True)
    assert run.wait() == 0
    assert "\x1b" not in run.output
    frames = run.output.split("\r")
    assert frames[0] == ""
    first = (
        f"{batch.id} in_progress [--------------------] 0/1 processing 1, succeeded 0, errored 0, canceled 0, expired 0"
    )
    last = f"{batch.id} ended [####################] 1/1 processing 0, succeeded 1, errored 0, canceled 0, expired 0"
    assert frames[1] == first
    assert frames[2] == last.ljust(len(first)) + "\n"  # padded over the longer line before it
    assert run.stderr == ""


def test_batches_create_reports_the_bad_line_and_sends_nothing(server: FakeAnthropic, cli: Cli, tmp_path: Path) -> None:
    good = json.dumps({"custom_id": "a", "params": REQUEST})
    lines = [good, "", json.dumps({"custom_id": "b", "params": {**REQUEST, "messages": []}}), "{not json"]
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(lines) + "\n")
    run = cli("batches", "create", "--input", str(path))
    assert run.wait() == 1
    assert run.stderr == (
        f"error: {path} line 3: params.messages: required (a non-empty list) (nothing was sent; 2 bad lines in all)\n"
    )
    assert server.requests == []


def test_batches_create_then_results_to_a_file(
    server: FakeAnthropic, client: Anthropic, cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps({"custom_id": f"r{i}", "params": REQUEST}) + "\n" for i in range(3)))
    run = cli("batches", "create", "--input", str(path))
    assert run.wait() == 0
    created = json.loads(strip_ansi(run.output))
    assert created["processing_status"] == "in_progress"
    assert [r["custom_id"] for r in _posts(server, "/v1/messages/batches")[0]["requests"]] == ["r0", "r1", "r2"]
    out = tmp_path / "out.jsonl"
    run = cli("batches", "results", created["id"], "-o", str(out))
    assert run.wait() == 0
    assert run.output == ""
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["custom_id"] for r in results] == ["r0", "r1", "r2"]
    assert all(r["result"]["type"] == "succeeded" for r in results)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# ------------------------------------------------------------------------------------------------ models, files


def test_models_list_and_get(server: FakeAnthropic, cli: Cli) -> None:
    run = cli("models", "list", "--limit", "2")
    assert run.wait() == 0
    screen = strip_ansi(run.output)
    assert "claude-haiku-4-5-20251001" in screen and "Claude Sonnet 4.5" in screen
    assert "claude-opus-4-1-20250805" not in screen
    run = cli("models", "get", "claude-sonnet-4-5")
    assert run.wait() == 0
    model = json.loads(strip_ansi(run.output))
    assert model["id"] == "claude-sonnet-4-5-20250929" and model["display_name"] == "Claude Sonnet 4.5"


def test_files_round_trip(server: FakeAnthropic, cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "data.bin"
    content = bytes(range(256)) * 40
    source.write_bytes(content)
    run = cli("files", "upload", str(source))
    assert run.wait() == 0
    uploaded = json.loads(strip_ansi(run.output))
    assert uploaded["filename"] == "data.bin" and uploaded["size_bytes"] == len(content)
    run = cli("files", "list", "--json")
    assert run.wait() == 0
    assert [json.loads(line)["id"] for line in strip_ansi(run.output).splitlines()] == [uploaded["id"]]
    target = tmp_path / "copy.bin"
    run = cli("files", "download", uploaded["id"], "-o", str(target))
    assert run.wait() == 0
    assert target.read_bytes() == content
    run = cli("files", "delete", uploaded["id"])
    assert run.wait() == 0
    assert json.loads(strip_ansi(run.output)) == {"id": uploaded["id"], "type": "file_deleted"}
    run = cli("files", "download", uploaded["id"], "-o", str(tmp_path / "gone.bin"))
    assert run.wait() == 1
    assert "404 not_found_error" in run.stderr and "request-id: req_" in run.stderr
    assert not (tmp_path / "gone.bin").exists()


# ------------------------------------------------------------------------------------------------- the process


def test_a_closed_pipe_ends_quietly(server: FakeAnthropic, client: Anthropic) -> None:
    uploaded = client.beta.files.upload(file=("big.bin", b"x" * (4 << 20)))
    argv = [sys.executable, "-c", BOOT, "--base-url", server.url, "--api-key", "k", "files", "download"]
    proc = subprocess.Popen(
        [*argv, uploaded.id, "-o", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env()
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10) == b"x" * 10
    proc.stdout.close()  # like `| head -c 10`
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=10) == 141
    assert stderr == b""


def test_console_script_and_module_entry_points() -> None:
    script = os.path.join(os.path.dirname(sys.executable), "anthropic")
    assert os.path.exists(script), "the console script is missing: pip install -e .[dev]"
    out = subprocess.run([script, "--version"], capture_output=True, text=True, env=clean_env(), check=True)
    assert out.stdout == "anthropic 0.74.1\n"
    out = subprocess.run(
        [sys.executable, "-m", "anthropic", "batches", "--help"], capture_output=True, text=True, env=clean_env()
    )
    assert out.returncode == 0
    for command in ("create", "get", "list", "cancel", "watch", "results"):
        assert command in out.stdout

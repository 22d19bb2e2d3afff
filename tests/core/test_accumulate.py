"""The message accumulator and the event decoder on recorded streams, without sockets.

Expected values come from the reference release (``tests/lib/stream_expectations.json``).
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.lib.streams import MODES, STREAMS, body, dump, expected, replay


def checked(name: str, mode: str, result: Dict[str, Any]) -> None:
    want = expected(name, mode)
    assert dump(result["events"]) == want["events"]
    assert result["final"].to_dict() == want["final"]
    assert type(result["final"]).__name__ == want.get("final_class", type(result["final"]).__name__)
    error = result["error"]
    assert ([type(error).__name__, str(error)] if error else None) == want.get("error")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", STREAMS)
def test_fixture_events_and_final_message(name: str, mode: str) -> None:
    checked(name, mode, replay([body(name)], mode))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", STREAMS)
def test_final_message_without_events(name: str, mode: str) -> None:
    """``feed`` (text_stream, get_final_message) builds the same message as ``events``."""
    result = replay([body(name)], mode, events=False)
    assert result["final"].to_dict() == expected(name, mode)["final"]
    assert result["error"] is None


def shape(events: List[Any]) -> List[Any]:
    """What a split could change, cheap to compare: each event's class and payload (not deep equality)."""
    return [(type(e).__name__, e.__dict__.get("index"), e.__dict__.get("delta")) for e in events]


@pytest.mark.parametrize("name", STREAMS)
def test_split_at_every_byte(name: str) -> None:
    """Two chunks, cut anywhere (inside a line end, a UTF-8 sequence, a JSON string...): the same raw
    events and the same final message (helper events are checked on a few cuts: they only depend
    on the raw events)."""
    data = body(name)
    whole = replay([data], "messages", events=False)
    assert whole["final"].to_dict() == expected(name, "messages")["final"]
    want = shape(whole["raw"])
    for cut in range(1, len(data)):
        part = replay([data[:cut], data[cut:]], "messages", events=False)
        assert shape(part["raw"]) == want, cut
        assert part["final"] == whole["final"], cut
    for cut in range(1, len(data), max(1, len(data) // 16)):
        checked(name, "messages", replay([data[:cut], data[cut:]], "messages"))


def test_split_at_every_byte_beta() -> None:
    data = body("streaming/incomplete_partial_json_response.txt")
    whole = replay([data], "beta_fine")
    for cut in range(1, len(data)):
        part = replay([data[:cut], data[cut:]], "beta_fine")
        assert part["events"] == whole["events"], cut
        assert part["final"] == whole["final"], cut


@pytest.mark.parametrize("name", ["streaming/tool_use_response.txt", "head/fable-fallback/stream-a-refusal.sse"])
def test_byte_by_byte(name: str) -> None:
    data = body(name)
    one = replay([data[i : i + 1] for i in range(len(data))], "messages")
    assert one["events"] == replay([data], "messages")["events"]


def test_input_json_snapshots_of_the_tool_use_fixture() -> None:
    events = replay([body("streaming/tool_use_response.txt")], "messages")["events"]
    snapshots: List[Any] = [e.snapshot for e in events if e.type == "input_json"]
    assert snapshots == [{}, {}, {}, {}, {"location": "Paris"}]


@pytest.mark.parametrize(
    ("mode", "last"),
    [("messages", ""), ("beta", ""), ("beta_fine", "Filing taxes")],
)
def test_partial_json_modes(mode: str, last: str) -> None:
    final = replay([body("streaming/incomplete_partial_json_response.txt")], mode)["final"]
    lines = final.content[1].input["lines_of_text"]
    assert lines[-1] == last
    assert final.content[1].input["filename"] == "taxes.txt"

"""Property-based tests of the JSON Lines splitter (hypothesis; no I/O).

Any chunking of any body gives the lines of the whole body, which are ``bytes.splitlines()``
of it (lines end at LF, CRLF or CR; a last line without an end is kept; blank lines are kept).
"""

from __future__ import annotations

import json
from typing import Any, List

from hypothesis import given, settings, strategies as st

from anthropic._core.jsonl import LineSplitter

BOUNDED = settings(max_examples=200, deadline=None, database=None)


def split(chunks: List[bytes]) -> List[bytes]:
    splitter = LineSplitter()
    lines: List[bytes] = []
    for chunk in chunks:
        lines += splitter.feed(chunk)
    return lines + splitter.end()


def cut(raw: bytes, points: List[int]) -> List[bytes]:
    """``raw`` cut at ``points`` (any integers: taken modulo the length, sorted)."""
    at = sorted({p % (len(raw) + 1) for p in points})
    edges = [0, *at, len(raw)]
    return [raw[a:b] for a, b in zip(edges, edges[1:])]


cuts = st.lists(st.integers(0, 10**6), max_size=16)
body = st.lists(
    st.sampled_from([b"\n", b"\r", b"\r\n", b"{}", b'{"a": 1}', b"x", b" ", "é".encode(), b"\xff", b"\x0b", b"\x1c"])
).map(b"".join)


@BOUNDED
@given(body, cuts)
def test_any_chunking_gives_the_lines_of_the_whole_body(raw: bytes, points: List[int]) -> None:
    assert split([raw]) == raw.splitlines()
    assert split(cut(raw, points)) == raw.splitlines()


@BOUNDED
@given(st.binary(max_size=200))
def test_byte_by_byte(raw: bytes) -> None:
    assert split([raw[i : i + 1] for i in range(len(raw))]) == raw.splitlines()


json_value = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=10),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5) | st.integers(), max_size=3),
)


@BOUNDED
@given(
    st.lists(st.tuples(json_value, st.sampled_from([b"\n", b"\r", b"\r\n"])), max_size=6),
    st.booleans(),
    cuts,
)
def test_json_values_come_back_one_per_line(lines: List[Any], last_unterminated: bool, points: List[int]) -> None:
    values = [value for value, _ in lines]
    rendered = [json.dumps(value).encode() + end for value, end in lines]  # json.dumps never emits a raw CR/LF
    if last_unterminated and rendered:
        rendered[-1] = json.dumps(values[-1]).encode()
    raw = b"".join(rendered)
    assert [json.loads(line) for line in split(cut(raw, points))] == values

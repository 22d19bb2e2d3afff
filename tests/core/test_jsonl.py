"""The JSON Lines decoder, byte level (no I/O), and the line type's lenient parsing."""

from __future__ import annotations

import json
from typing import List

import pytest

from anthropic._core.jsonl import JSONLines, LineSplitter, decode_line
from anthropic._models import BaseModel
from anthropic.types.messages import MessageBatchIndividualResponse


def split(*chunks: bytes) -> List[bytes]:
    splitter = LineSplitter()
    lines: List[bytes] = []
    for chunk in chunks:
        lines += splitter.feed(chunk)
    return lines + splitter.end()


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(newline: bytes) -> None:
    body = b'{"a":1}' + newline + b'{"b":2}' + newline
    assert split(body) == [b'{"a":1}', b'{"b":2}']


def test_final_line_without_terminator() -> None:
    assert split(b'{"a":1}\n{"b":2}') == [b'{"a":1}', b'{"b":2}']


def test_chunks_split_anywhere_give_the_same_lines() -> None:
    body = b'{"a":"x"}\r\n{"b":"yy"}\n{"c":"zzz"}\r{"d":4}\r\n'
    expected = [b'{"a":"x"}', b'{"b":"yy"}', b'{"c":"zzz"}', b'{"d":4}']
    for size in range(1, len(body) + 1):
        chunks = [body[i : i + size] for i in range(0, len(body), size)]
        assert split(*chunks) == expected, size
    assert split(*[body[i : i + 1] for i in range(len(body))]) == expected


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    assert split(b'{"a":1}\r', b'\n{"b":2}\r', b"\n") == [b'{"a":1}', b'{"b":2}']
    assert split(b'{"a":1}\r', b"", b'\n{"b":2}') == [b'{"a":1}', b'{"b":2}']


def test_blank_lines_are_kept_and_fail_to_decode() -> None:
    assert split(b'{"a":1}\n\n{"b":2}\n') == [b'{"a":1}', b"", b'{"b":2}']
    with pytest.raises(json.JSONDecodeError):
        decode_line(MessageBatchIndividualResponse, b"")


def test_only_the_unfinished_line_is_kept() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b'{"a":') == []
    assert splitter.feed(b"1}") == []
    assert splitter.feed(b'\n{"b"') == [b'{"a":1}']
    assert splitter.end() == [b'{"b"']
    assert splitter.end() == []


def test_decode_line_validates_and_falls_back_leniently() -> None:
    line = b'{"custom_id":"a","result":{"type":"canceled"}}'
    decoded = decode_line(MessageBatchIndividualResponse, line)
    assert isinstance(decoded, MessageBatchIndividualResponse)
    assert decoded.custom_id == "a" and decoded.result.type == "canceled"

    unknown = decode_line(MessageBatchIndividualResponse, b'{"custom_id":"b","result":{"type":"later","x":1}}')
    assert unknown.custom_id == "b"
    assert unknown.result.type == "later"  # type: ignore[comparison-overlap]
    assert unknown.result.x == 1  # type: ignore[union-attr]

    class Line(BaseModel):
        n: int

    assert decode_line(Line, b'{"n":"not a number"}').n == "not a number"  # kept as sent, never strict


def test_stream_marker() -> None:
    marker = JSONLines(MessageBatchIndividualResponse)
    assert marker.line_type is MessageBatchIndividualResponse
    assert repr(marker) == "JSONLines[MessageBatchIndividualResponse]"

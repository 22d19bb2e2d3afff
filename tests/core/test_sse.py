"""The SSE decoder, byte level (no I/O)."""

from __future__ import annotations

from typing import List, Optional, Tuple

import pytest

from anthropic._core.sse import ServerSentEvent, SSEDecoder


def decode(*chunks: bytes) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.end()
    return events


def summary(events: List[ServerSentEvent]) -> List[Tuple[Optional[str], str]]:
    return [(e.event, e.data) for e in events]


def test_basic_event() -> None:
    assert summary(decode(b"event: ping\ndata: {}\n\n")) == [("ping", "{}")]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(newline: bytes) -> None:
    body = newline.join([b"event: a", b"data: 1", b"", b"data: 2", b"data: 3", b"", b""])
    assert summary(decode(body)) == [("a", "1"), (None, "2\n3")]


def test_mixed_line_endings() -> None:
    assert summary(decode(b"event: a\r\ndata: 1\rdata: 2\n\r\n")) == [("a", "1\n2")]


def test_multi_line_data_joined_with_newline() -> None:
    assert summary(decode(b'data: {\ndata: "a": 1\ndata: }\n\n')) == [(None, '{\n"a": 1\n}')]


def test_comments_are_ignored() -> None:
    assert summary(decode(b": keep-alive\n\n: x\ndata: 1\n: y\n\n")) == [(None, "1")]


def test_only_one_leading_space_is_dropped() -> None:
    assert summary(decode(b"data:  two\n\ndata:none\n\n")) == [(None, " two"), (None, "none")]


def test_field_without_colon_has_empty_value() -> None:
    events = decode(b"data\n\n")
    assert summary(events) == [(None, "")]


def test_empty_event_name_is_none() -> None:
    assert summary(decode(b"event:\ndata: x\n\n")) == [(None, "x")]


def test_unknown_fields_ignored_and_id_retry_kept() -> None:
    (event,) = decode(b"foo: bar\nid: 7\nretry: 1500\nretry: soon\ndata: x\n\n")
    assert (event.id, event.retry, event.data) == ("7", 1500, "x")


def test_id_with_nul_is_ignored_and_last_id_persists() -> None:
    first, second = decode(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n")
    assert first.id == "1"
    assert second.id == "1"


def test_blank_lines_alone_dispatch_nothing() -> None:
    assert decode(b"\n\n\r\n\r\r") == []


def test_unterminated_event_at_eof_is_dropped() -> None:
    assert summary(decode(b"data: 1\n\nevent: message_stop\ndata: {}\n")) == [(None, "1")]
    assert summary(decode(b"data: 1\n\ndata: 2")) == [(None, "1")]


def test_unicode_line_separators_are_not_line_breaks() -> None:
    data = '{"text": "a\u2028b\u2029c\u0085d"}'
    assert summary(decode(f"data: {data}\n\n".encode())) == [(None, data)]


def test_multibyte_character_split_across_chunks() -> None:
    raw = "data: é€😀\n\n".encode()
    for cut in range(1, len(raw)):
        assert summary(decode(raw[:cut], raw[cut:])) == [(None, "é€😀")]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_chunk_boundaries_anywhere(newline: bytes) -> None:
    raw = newline.join(
        [b"event: message_start", b'data: {"a": 1}', b"", b": c", b"data: x", b"data: y", b"", b"event: e", b"", b""]
    )
    expected = summary(decode(raw))
    assert expected == [("message_start", '{"a": 1}'), (None, "x\ny"), ("e", "")]
    for size in (1, 2, 3, 5):
        assert summary(decode(*[raw[i : i + size] for i in range(0, len(raw), size)])) == expected
    for cut in range(len(raw) + 1):
        for cut2 in range(cut, len(raw) + 1, 3):
            assert summary(decode(raw[:cut], raw[cut:cut2], raw[cut2:])) == expected


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    assert summary(decode(b"data: a\r", b"\n\r", b"\n")) == [(None, "a")]
    assert summary(decode(b"data: a\r", b"\r")) == [(None, "a")]


def test_event_repr_and_json() -> None:
    (event,) = decode(b'event: x\ndata: {"k": [1]}\n\n')
    assert event.json() == {"k": [1]}
    assert repr(event) == "ServerSentEvent(event='x', data='{\"k\": [1]}', id=None, retry=None)"


def test_recorded_fixture_decodes_to_expected_events(fixtures_dir: str) -> None:
    import os

    with open(os.path.join(fixtures_dir, "streaming", "basic_response.txt"), "rb") as f:
        raw = f.read()
    names = [e.event for e in decode(raw)]
    # The file does not end with a blank line, so message_stop is never dispatched.
    assert names == [
        "message_start",
        "content_block_start",
        "ping",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
    ]


BOM = b"\xef\xbb\xbf"


def test_leading_bom_is_stripped() -> None:
    raw = BOM + b"event: message_start\ndata: {}\n\ndata: 2\n\n"
    assert summary(decode(raw)) == [("message_start", "{}"), (None, "2")]


def test_leading_bom_split_across_chunks() -> None:
    raw = BOM + b"event: message_start\ndata: {}\n\n"
    for cut in range(len(raw) + 1):
        for cut2 in range(cut, min(len(raw), 6) + 1):
            events = decode(raw[:cut], raw[cut:cut2], raw[cut2:])
            assert summary(events) == [("message_start", "{}")], (cut, cut2)
    assert summary(decode(*[raw[i : i + 1] for i in range(len(raw))])) == [("message_start", "{}")]


def test_only_one_bom_at_the_very_start_is_stripped() -> None:
    # A second BOM is part of the first field name ("\ufeffdata": unknown, ignored).
    assert decode(BOM + BOM + b"data: x\n\n") == []
    assert summary(decode(b"data: 1\n\n" + BOM + b"data: 2\n\n")) == [(None, "1")]
    assert summary(decode(b"data: 1\n\n", BOM + b"data: 2\n\n")) == [(None, "1")]


def test_a_bom_prefix_that_is_not_a_bom_is_kept() -> None:
    # "\xef\xbb" then something else: not a BOM, decoded as text (with replacement).
    assert summary(decode(b"\xef", b"\xbb", b"data: x\n\ndata: y\n\n")) == [(None, "y")]
    assert summary(decode(b"\xef\xbbx\n\ndata: y\n\n")) == [(None, "y")]


def test_invalid_utf8_is_replaced_in_data_names_and_ids() -> None:
    (event,) = decode(b'event: a\xffb\nid: i\xfe\ndata: {"t": "h\xc3i"}\n\n')
    assert event.event == "a\ufffdb"
    assert event.id == "i\ufffd"
    assert event.data == '{"t": "h\ufffdi"}'
    assert event.json() == {"t": "h\ufffdi"}
    assert repr(event) == "ServerSentEvent(event='a\ufffdb', data='{\"t\": \"h\ufffdi\"}', id='i\ufffd', retry=None)"


def test_invalid_utf8_in_the_simple_shape() -> None:
    (event,) = decode(b'event: n\xff\ndata: ["\xe2\x82"]\n\n')
    assert (event.event, event.data) == ("n\ufffd", '["\ufffd"]')
    assert event.json() == ["\ufffd"]
    assert event.raw_data == '["\ufffd"]'.encode()


def test_invalid_utf8_that_breaks_the_json_fails_as_bad_json() -> None:
    (event,) = decode(b'data: {"t": "\xff\n\n')
    assert event.data == '{"t": "\ufffd'
    with pytest.raises(ValueError) as info:
        event.json()
    assert not isinstance(info.value, UnicodeDecodeError)


def test_a_huge_event_in_small_chunks() -> None:
    payload = b"x" * 300_000
    raw = b"event: big\ndata: " + payload + b"\r\n\r\nevent: next\ndata: 1\r\r"
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for i in range(0, len(raw), 4096):
        events += decoder.feed(raw[i : i + 4096])
    assert [(e.event, len(e.data)) for e in events] == [("big", len(payload)), ("next", 1)]


def test_an_empty_id_counts_as_unset_for_dispatch() -> None:
    # As the reference: a blank line dispatches only if a name, data, a non-empty last id or a retry is set.
    events = decode(b"id:\n\ndata: x\n\n\n\nid: 5\n\n\n\n")
    assert [(e.data, e.id) for e in events] == [("x", ""), ("", "5"), ("", "5"), ("", "5")]


def test_a_last_blank_line_in_its_own_chunk_still_dispatches() -> None:
    # With an id set, every blank line dispatches; the last one arriving alone must not be lost
    # (found by the property tests: decoding whole and byte by byte disagreed).
    raw = b"id: x\n\n\n"
    expected = [(None, "", "x", None)] * 2
    assert [(e.event, e.data, e.id, e.retry) for e in decode(raw)] == expected
    assert [(e.event, e.data, e.id, e.retry) for e in decode(raw[:-1], raw[-1:])] == expected
    assert [(e.event, e.data, e.id, e.retry) for e in decode(b"id: x\r\r", b"\r")] == expected

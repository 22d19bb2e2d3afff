"""Message streams as the reference behaves them, over real sockets.

* Kept references (the snapshot, its blocks, its usage) show every event as soon as it is
  applied, whichever way the stream is read.
* Iterating the stream, ``text_stream`` and ``until_done()`` take their events from one queue:
  an event taken by one is not seen by another.
* Instrumentation hooks: a replaced ``_iterator`` or a patched ``__aiter__`` (on the message
  stream or on the raw stream class, or a replaced raw ``_iterator``) sees every event, whichever
  way the stream is read.

The expected sequences were recorded by running the reference release on the same events.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Dict, List, Optional

import pytest

from anthropic import AsyncAnthropic, AsyncStream
from anthropic.lib.streaming import AsyncMessageStream, BetaAsyncMessageStream
from anthropic.testing import FakeAnthropic, Reply
from tests.lib.streams import MIXED_EVENTS, MIXED_TEXT, Held, expected_states

pytestmark = pytest.mark.anyio

PARAMS: Dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": []}
READERS = ["iterate", "text_stream", "until_done", "get_final_message", "get_final_text"]

EVERY_EVENT = [
    "message_start",
    "content_block_start",
    *["content_block_delta", "thinking"] * 2,
    *["content_block_delta", "signature"],
    "content_block_stop",
    "content_block_start",
    *["content_block_delta", "text"] * 2,
    *["content_block_delta", "citation"] * 2,
    *["content_block_delta", "text"] * 2,
    "content_block_stop",
    "content_block_start",
    *["content_block_delta", "input_json"] * 4,
    "content_block_stop",
    "content_block_start",
    *["content_block_delta"] * 2,
    "content_block_stop",
    "message_delta",
    "message_stop",
]
"""What iterating a stream of ``MIXED_EVENTS`` yields (raw events and helper events)."""


def open_stream(client: AsyncAnthropic, beta: bool) -> Any:
    return client.beta.messages.stream(**PARAMS) if beta else client.messages.stream(**PARAMS)


async def read(stream: Any, reader: str) -> Any:
    """Read the whole stream one way; returns what that way gives."""
    if reader == "iterate":
        return [event.type async for event in stream][-1]
    if reader == "text_stream":
        return "".join([text async for text in stream.text_stream])
    if reader == "until_done":
        await stream.until_done()
        return stream.current_message_snapshot.stop_reason
    if reader == "get_final_message":
        return (await stream.get_final_message()).stop_reason
    return await stream.get_final_text()


EXPECTED_RESULT = {
    "iterate": "message_stop",
    "text_stream": MIXED_TEXT,
    "until_done": "tool_use",
    "get_final_message": "tool_use",
    "get_final_text": MIXED_TEXT,
}


# ------------------------------------------------------------------------------------------ held references


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
async def test_a_block_kept_while_reading_text_stream_shows_each_delta(
    async_client: AsyncAnthropic, server: FakeAnthropic, beta: bool
) -> None:
    server.enqueue(Reply(sse=MIXED_EVENTS))
    async with open_stream(async_client, beta) as stream:
        kept: Any = None
        seen: List[str] = []
        async for _ in stream.text_stream:
            if kept is None:
                kept = stream.current_message_snapshot.content[1]
            seen.append(kept.text)
        final = await stream.get_final_message()
    assert seen == ["a", "ab", "abc", "abcd"]
    assert final.content[1] is kept


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_kept_references_show_every_event_as_it_is_applied(
    async_client: AsyncAnthropic, server: FakeAnthropic, reader: str, beta: bool
) -> None:
    """Text, thinking, signature, citations, tool input, usage and stop reason, observed between two
    raw events (by a wrapper on the raw stream's iterator) on references taken once."""
    server.enqueue(Reply(sse=MIXED_EVENTS))
    held = Held()
    states: List[Any] = []
    async with open_stream(async_client, beta) as stream:
        raw_stream = stream._raw_stream
        inner = raw_stream._iterator

        async def observe() -> AsyncIterator[Any]:
            count = 0
            async for event in inner:
                if count:  # the previous events have been applied
                    held.keep(stream)
                    states.append(held.state())
                count += 1
                yield event
            held.keep(stream)
            states.append(held.state())

        raw_stream._iterator = observe()
        assert await read(stream, reader) == EXPECTED_RESULT[reader]
        final = await stream.get_final_message()
    assert states == expected_states(MIXED_EVENTS)
    assert final is held.message and final.usage is held.usage
    assert all(block is kept for block, kept in zip(final.content, held.blocks))
    assert final.content[2].__dict__["__json_buf"] == b'{"location": "Paris", "days": 1}'


# --------------------------------------------------------------------------------- readers share one queue

QUEUE_CASES = [
    # (ops, then, what each op gave + the events and texts left after `then`), recorded from the reference:
    # "I" takes from an iterator of the stream, "N" from the stream itself, "T" from text_stream.
    ("ITITIT", "get_final_text", ["message_start", "a", "text", "b", "text", "c", "abcd", [], []]),
    (
        "IIIIIIIT",
        "until_done",
        [
            "message_start",
            "content_block_start",
            "content_block_delta",
            "thinking",
            "content_block_delta",
            "thinking",
            "content_block_delta",
            "a",
            [],
            [],
        ],
    ),
    (
        "IIIIIIIIITII",
        None,
        [
            "message_start",
            "content_block_start",
            "content_block_delta",
            "thinking",
            "content_block_delta",
            "thinking",
            "content_block_delta",
            "signature",
            "content_block_stop",
            "a",
            "text",
            "content_block_delta",
            EVERY_EVENT[13:],
            [],
        ],
    ),
    ("TIIIIIIII", None, ["a", *EVERY_EVENT[11:19], EVERY_EVENT[19:], []]),
    ("TTIII", "until_done", ["a", "b", "text", "content_block_delta", "citation", [], []]),
    (
        "NTNTNNTNI",
        None,
        ["message_start", "a", "text", "b", "text", "content_block_delta", "c", "text", "content_block_delta"]
        + [EVERY_EVENT[21:], []],
    ),
    ("IIIIIIIIIIIIIIIITTT", None, [*EVERY_EVENT[:16], "c", "d", "STOP", [], []]),
    ("TTTTTII", None, ["a", "b", "c", "d", "STOP", "STOP", "STOP", [], []]),
]


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize(("ops", "then", "expected"), QUEUE_CASES)
async def test_readers_take_from_one_queue(
    async_client: AsyncAnthropic, server: FakeAnthropic, ops: str, then: Optional[str], expected: List[Any], beta: bool
) -> None:
    server.enqueue(Reply(sse=MIXED_EVENTS))
    out: List[Any] = []
    async with open_stream(async_client, beta) as stream:
        iterator = stream.__aiter__()
        for op in ops:
            try:
                if op == "I":
                    out.append((await iterator.__anext__()).type)
                elif op == "N":
                    out.append((await stream.__anext__()).type)
                else:
                    out.append(await stream.text_stream.__anext__())
            except StopAsyncIteration:
                out.append("STOP")
        if then == "get_final_text":
            out.append(await stream.get_final_text())
        elif then == "until_done":
            await stream.until_done()
        out.append([event.type async for event in stream])
        out.append([text async for text in stream.text_stream])
    assert out == expected


async def test_a_text_event_left_by_text_stream_carries_the_text_so_far(
    async_client: AsyncAnthropic, server: FakeAnthropic
) -> None:
    server.enqueue(Reply(sse=MIXED_EVENTS))
    async with async_client.messages.stream(**PARAMS) as stream:
        texts = [await stream.text_stream.__anext__() for _ in range(2)]
        event = await stream.__anext__()
    assert texts == ["a", "b"]
    assert event.type == "text" and event.text == "b" and event.snapshot == "ab"


# ----------------------------------------------------------------------------------- instrumentation hooks


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_a_replaced_iterator_sees_every_event(
    async_client: AsyncAnthropic, server: FakeAnthropic, reader: str, beta: bool
) -> None:
    """As sentry-sdk does: ``stream._iterator`` replaced by a generator wrapping it, after entering."""
    server.enqueue(Reply(sse=MIXED_EVENTS))
    seen: List[str] = []
    async with open_stream(async_client, beta) as stream:
        original = stream._iterator

        async def recording() -> AsyncIterator[Any]:
            async for event in original:
                seen.append(event.type)
                yield event

        stream._iterator = recording()
        assert await read(stream, reader) == EXPECTED_RESULT[reader]
    assert seen == EVERY_EVENT


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_a_patched_stream_class_iteration_sees_every_event(
    async_client: AsyncAnthropic, server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, reader: str, beta: bool
) -> None:
    """As instrumentation libraries do: ``MessageStream.__aiter__`` wrapped on the class."""
    server.enqueue(Reply(sse=MIXED_EVENTS))
    seen: List[str] = []
    cls: Any = BetaAsyncMessageStream if beta else AsyncMessageStream
    original = cls.__aiter__

    async def patched(self: Any) -> AsyncIterator[Any]:
        async for event in original(self):
            seen.append(event.type)
            yield event

    monkeypatch.setattr(cls, "__aiter__", patched)
    async with open_stream(async_client, beta) as stream:
        assert await read(stream, reader) == EXPECTED_RESULT[reader]
    assert seen == EVERY_EVENT


RAW_EVENTS = [event["type"] for event in MIXED_EVENTS]


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_a_replaced_raw_iterator_sees_every_raw_event(
    async_client: AsyncAnthropic, server: FakeAnthropic, reader: str, beta: bool
) -> None:
    server.enqueue(Reply(sse=MIXED_EVENTS))
    seen: List[str] = []
    async with open_stream(async_client, beta) as stream:
        original = stream._raw_stream._iterator

        async def recording() -> AsyncIterator[Any]:
            async for event in original:
                seen.append(event.type)
                yield event

        stream._raw_stream._iterator = recording()
        assert await read(stream, reader) == EXPECTED_RESULT[reader]
    assert seen == RAW_EVENTS


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_a_patched_raw_stream_class_iteration_sees_every_raw_event(
    async_client: AsyncAnthropic, server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, reader: str, beta: bool
) -> None:
    """``AsyncStream.__aiter__`` wrapped on the class (sentry-sdk does this) also sees what message streams read."""
    server.enqueue(Reply(sse=MIXED_EVENTS))
    seen: List[str] = []
    original = AsyncStream.__aiter__

    async def patched(self: Any) -> AsyncIterator[Any]:
        async for event in original(self):
            seen.append(event.type)
            yield event

    monkeypatch.setattr(AsyncStream, "__aiter__", patched)
    async with open_stream(async_client, beta) as stream:
        assert await read(stream, reader) == EXPECTED_RESULT[reader]
    assert seen == RAW_EVENTS


BAD_TOOL_JSON: List[Dict[str, Any]] = [
    MIXED_EVENTS[0],
    {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "tool_use", "id": "t", "name": "f", "input": {}},
    },
    {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": '{"a": 1'}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": ', "b": bad'}},
    {"type": "content_block_stop", "index": 0},
    {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
    {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "x"}},
    {"type": "content_block_stop", "index": 1},
    MIXED_EVENTS[-2],
    MIXED_EVENTS[-1],
]


@pytest.mark.parametrize("beta", [False, True], ids=["messages", "beta"])
@pytest.mark.parametrize("reader", READERS)
async def test_a_failure_while_applying_an_event_ends_every_reader(
    async_client: AsyncAnthropic, server: FakeAnthropic, reader: str, beta: bool
) -> None:
    """As the reference, whose readers share one generator: once it raised, nothing more is read."""
    server.enqueue(Reply(sse=BAD_TOOL_JSON))
    async with open_stream(async_client, beta) as stream:
        with pytest.raises(ValueError) as info:
            await read(stream, reader)
        held = stream.current_message_snapshot.content[0]
        assert [event async for event in stream] == []
        assert [text async for text in stream.text_stream] == []
        await stream.until_done()
        final = await stream.get_final_message()
    if beta:
        assert str(info.value).startswith("Unable to parse tool parameter JSON from model.")
    else:
        assert str(info.value) == "expected value at line 1 column 15"
    assert [block.type for block in final.content] == ["tool_use"] and final.stop_reason is None
    assert held.input == {"a": 1}

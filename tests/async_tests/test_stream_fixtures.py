"""Every recorded stream, replayed by the fake server through ``messages.stream()`` and
``beta.messages.stream()``: the events and the final message are those of the reference release."""

from __future__ import annotations

from typing import Any, List

import pytest

from anthropic import APIConnectionError, AsyncAnthropic
from anthropic._core.stream_rules import ENDED_EARLY_MESSAGE
from anthropic.testing import FakeAnthropic
from tests.lib.streams import MODES, STREAMS, dump, expected, reply, stream_kwargs

pytestmark = pytest.mark.anyio


def manager(client: AsyncAnthropic, mode: str) -> Any:
    if mode == "messages":
        return client.messages.stream(**stream_kwargs(mode))
    return client.beta.messages.stream(**stream_kwargs(mode))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", STREAMS)
async def test_replay(async_client: AsyncAnthropic, server: FakeAnthropic, name: str, mode: str) -> None:
    want = expected(name, mode)
    server.enqueue(reply(name, chunk_size=97), path="/v1/messages")
    events: List[Any] = []
    async with manager(async_client, mode) as stream:
        try:
            async for event in stream:
                events.append(event)
            final = await stream.get_final_message()
            error = None
        except Exception as exc:
            error = [type(exc).__name__, str(exc)]
            final = stream.current_message_snapshot
        assert stream.request_id is not None and stream.request_id.startswith("req_")
    assert stream.response.is_closed
    assert dump(events) == want["events"]
    assert final.to_dict() == want["final"]
    assert type(final).__name__ == want["final_class"]
    assert error == (want.get("error") or ended_early(want))


def ended_early(want: Any) -> Any:
    """Most recordings lack their last event (``message_stop``): where the reference ends quietly
    with a partial message, this SDK raises at the end of the iteration (after every event)."""
    if want["events"] and want["events"][-1][0].endswith("MessageStopEvent"):
        return None
    return ["APIConnectionError", ENDED_EARLY_MESSAGE]


@pytest.mark.parametrize("mode", ["messages", "beta_fine"])
@pytest.mark.parametrize("name", STREAMS)
async def test_replay_text_stream(async_client: AsyncAnthropic, server: FakeAnthropic, name: str, mode: str) -> None:
    """``text_stream`` yields the text of every text event, and the final message is the same."""
    want = expected(name, mode)
    server.enqueue(reply(name), path="/v1/messages")
    texts: List[str] = []
    async with manager(async_client, mode) as stream:
        try:
            async for text in stream.text_stream:
                texts.append(text)
            final = await stream.get_final_message()
        except APIConnectionError as exc:
            assert [type(exc).__name__, str(exc)] == ended_early(want)
            final = stream.current_message_snapshot
        else:
            assert ended_early(want) is None
    assert texts == [event["text"] for kind, event in want["events"] if kind.endswith("TextEvent")]
    assert final.to_dict() == want["final"]

# pyright: reportPrivateUsage=false
"""Typed stream items from response bytes: SSE decoding plus event parsing, one chunk at a time. Pure.

``EventDecoder.feed(chunk)`` yields the items the chunk completes, each parsed once, straight
from bytes, by pydantic-core (the lenient fallback of ``decode_event`` only runs for
malformed events). Dispatch follows the SSE event *name* (see ``decode_event``); an
``error`` event raises its ``APIStatusError`` after the items before it were yielded. Invalid
UTF-8 reads as U+FFFD (pydantic-core rejects such bytes, and the fallback parses the event's
``raw_data``, which is replaced), so it never surfaces as a raw ``UnicodeDecodeError``.

Items are produced one at a time on purpose: a whole chunk of parsed events alive at once
(hundreds of objects) would set off the cyclic garbage collector over and over.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterator, List

import pydantic

from .._models import _validator
from .parse import MESSAGE_EVENTS, SKIP, decode_event, event_error
from .sse import ServerSentEvent, SSEDecoder, event_name, simple_event, simple_pair

if TYPE_CHECKING:
    import httpx

    from .._exceptions import StatusTable

__all__ = ["EventDecoder"]

_SIMPLE_EVENTS = re.compile(rb"(?:^|(?<=\n\n))event: ([^\n]+)\ndata: ([^\n]*)(?=\n\n|\Z)")
"""A whole event of the usual shape (see ``simple_event``); only matches at a block's start and end,
so the matches of a region are its simple events, and there is one per block if all are."""

_MESSAGE_EVENT_NAMES = frozenset(name.encode() for name in MESSAGE_EVENTS)


class EventDecoder:
    """Bytes in, stream items out (see the module docstring)."""

    __slots__ = ("_cast_to", "_errors", "_response", "_sse", "_strict", "_validate")

    def __init__(self, cast_to: Any, response: httpx.Response, *, strict: bool, status_errors: StatusTable) -> None:
        self._sse = SSEDecoder()
        self._cast_to = cast_to
        self._validate = _validator(cast_to).validate_json
        self._response = response
        self._strict = strict
        self._errors = status_errors

    def feed(self, chunk: bytes) -> Iterator[Any]:
        """The items ``chunk`` completes, one at a time (so each can be freed once consumed)."""
        sse = self._sse
        region = sse.complete(chunk)
        if region is None:
            return
        if b"\n\n" in region:
            pairs = _SIMPLE_EVENTS.findall(region)
            if len(pairs) != region.count(b"\n\n") + 1 or b"\n\n\n" in region:
                yield from self._blocks(region)  # not every event has the simple shape
                return
        else:  # one event (one per chunk, or a big one): no pattern search over it
            pair = simple_pair(region)
            if pair is None:
                yield from self._blocks(region)
                return
            pairs = [pair]
        # The common case: every event is "event: <name>" + one "data: " line.
        validate = self._validate
        strict_validation = not self._strict  # a mismatch falls back to lenient parsing (see parse.py)
        for raw_name, data in pairs:
            if raw_name in _MESSAGE_EVENT_NAMES:
                try:
                    yield validate(data, strict=strict_validation)
                    continue
                except pydantic.ValidationError:
                    pass
            elif raw_name == b"ping":
                continue
            item = self._item(self._event(event_name(raw_name), data))
            if item is not SKIP:
                yield item

    def _blocks(self, region: bytes) -> Iterator[Any]:
        """The items of ``region`` (from ``SSEDecoder.complete``), decoded block by block."""
        sse = self._sse
        for block in region.split(b"\n\n"):
            simple = simple_event(block)
            events = sse.block_events(block) if simple is None else [self._event(*simple)]
            for event in events:
                item = self._item(event)
                if item is not SKIP:
                    yield item

    def _event(self, name: str, data: bytes) -> ServerSentEvent:
        return ServerSentEvent(event=name, id=self._sse.last_id, raw_data=data)

    def decode(self, sse: ServerSentEvent) -> Any:
        """The item of one already decoded event (``SKIP`` if the stream does not yield it)."""
        return self._item(sse)

    def _item(self, sse: ServerSentEvent) -> Any:
        """The item of one event (``SKIP`` for ``ping`` and unknown names); raises for ``error``."""
        name = sse.event
        if name == "error":
            raise event_error(sse, self._response, self._errors)
        if name in MESSAGE_EVENTS:
            try:
                return self._validate(sse._raw, strict=not self._strict)
            except pydantic.ValidationError:
                pass
        elif name != "completion":
            return SKIP
        return decode_event(sse, self._cast_to, self._response, strict=self._strict, status_errors=self._errors)

    def end(self) -> List[Any]:
        """End of the body (an unterminated last event is dropped)."""
        items = [self._item(event) for event in self._sse.end()]
        return [item for item in items if item is not SKIP]

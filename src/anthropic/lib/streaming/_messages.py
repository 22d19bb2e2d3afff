"""The module path ``anthropic.lib.streaming._messages`` that code written for the reference imports.

The message stream classes (loaded on first use), the stream's helper events, and the two
functions the reference builds its streams from, with its signatures:

* ``accumulate_event(event=..., current_snapshot=...)`` applies one raw event to a snapshot
  (changed in place and returned; a new one from ``message_start`` when ``current_snapshot``
  is None);
* ``build_events(event=..., message_snapshot=...)`` lists what a message stream yields for a
  raw event that has already been applied.

Both are the accumulator of ``messages.stream()`` (``anthropic._core.accumulate``) applied to
one event; tool input JSON received so far is kept on the block under ``__json_buf``, so a
snapshot can be continued by any of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

import pydantic

from ..._core.accumulate import JSON_BUF, MessageAccumulator
from ..._lazy import lazy_attributes
from ...types.raw_message_stream_event import RawMessageStreamEvent
from ...types.server_tool_use_block import ServerToolUseBlock
from ...types.tool_use_block import ToolUseBlock
from ._kinds import message_kind
from ._types import (
    CitationEvent as CitationEvent,
    ContentBlockStopEvent as ContentBlockStopEvent,
    InputJsonEvent as InputJsonEvent,
    MessageStopEvent as MessageStopEvent,
    MessageStreamEvent as MessageStreamEvent,
    SignatureEvent as SignatureEvent,
    TextEvent as TextEvent,
    ThinkingEvent as ThinkingEvent,
)

if TYPE_CHECKING:
    from ..._async.lib.streaming import (
        AsyncMessageStream as AsyncMessageStream,
        AsyncMessageStreamManager as AsyncMessageStreamManager,
    )
    from ..._sync.lib.streaming import (
        MessageStream as MessageStream,
        MessageStreamManager as MessageStreamManager,
    )
    from ...types.message import Message

__all__ = [
    "JSON_BUF_PROPERTY",
    "TRACKS_TOOL_INPUT",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "CitationEvent",
    "ContentBlockStopEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "SignatureEvent",
    "TextEvent",
    "ThinkingEvent",
    "accumulate_event",
    "build_events",
]

JSON_BUF_PROPERTY = JSON_BUF
"""The attribute of a tool-use block holding the tool input JSON received so far (bytes)."""

TRACKS_TOOL_INPUT = (ToolUseBlock, ServerToolUseBlock)
"""The block classes whose ``input`` is built from ``input_json_delta`` events."""

_STREAMS: Dict[str, Tuple[str, str]] = {
    "AsyncMessageStream": ("anthropic._async.lib.streaming", "AsyncMessageStream"),
    "AsyncMessageStreamManager": ("anthropic._async.lib.streaming", "AsyncMessageStreamManager"),
    "MessageStream": ("anthropic._sync.lib.streaming", "MessageStream"),
    "MessageStreamManager": ("anthropic._sync.lib.streaming", "MessageStreamManager"),
}


def as_event(event: Any, type_: Any) -> Any:
    """``event`` as a model of the union ``type_`` (a decoded dict is built leniently, as the reference does)."""
    if isinstance(event, pydantic.BaseModel):
        return event
    from ..._models import construct_type

    built = construct_type(event, type_)
    if not isinstance(built, pydantic.BaseModel):
        raise TypeError(f"Unexpected event runtime type, after deserialising twice - {event} - {type(event)}")
    return built


def accumulate_event(*, event: RawMessageStreamEvent, current_snapshot: Optional[Message]) -> Message:
    """Apply one raw event to ``current_snapshot`` (in place) and return the snapshot."""
    accumulator = MessageAccumulator(message_kind(), snapshot=current_snapshot)
    accumulator.feed(as_event(event, RawMessageStreamEvent))
    return accumulator.message  # type: ignore[no-any-return]


def build_events(*, event: RawMessageStreamEvent, message_snapshot: Message) -> List[MessageStreamEvent]:
    """What a message stream yields for ``event``, already applied to ``message_snapshot``."""
    return MessageAccumulator(message_kind(), snapshot=message_snapshot).build(event)


__getattr__, __dir__ = lazy_attributes(__name__, _STREAMS)

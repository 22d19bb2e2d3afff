"""The module path ``anthropic.lib.streaming._beta_messages`` that code written for the reference imports.

The beta counterparts of ``_messages``: the beta message stream classes (loaded on first
use), the helper events, and ``accumulate_event`` / ``build_events`` with the reference's
signatures. ``accumulate_event`` reads the request's ``anthropic-beta`` header to choose how
unfinished tool input JSON is parsed, and with an ``output_format`` parses each text block's
text into it when the block ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional, Tuple, Union

from ..._core.accumulate import JSON_BUF, MessageAccumulator, PartialMode
from ..._lazy import lazy_attributes
from ..._types import NOT_GIVEN, NotGiven
from ...types.beta.beta_mcp_tool_use_block import BetaMCPToolUseBlock
from ...types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
from ...types.beta.beta_server_tool_use_block import BetaServerToolUseBlock
from ...types.beta.beta_tool_use_block import BetaToolUseBlock
from ...types.beta.parsed_beta_message import ParsedBetaMessage, ResponseFormatT
from ._beta_types import (
    BetaCitationEvent as BetaCitationEvent,
    BetaInputJsonEvent as BetaInputJsonEvent,
    BetaSignatureEvent as BetaSignatureEvent,
    BetaThinkingEvent as BetaThinkingEvent,
    ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
    ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
    ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
    ParsedBetaTextEvent as ParsedBetaTextEvent,
)
from ._kinds import beta_kind
from ._messages import as_event

if TYPE_CHECKING:
    import httpx

    from ..._async.lib.streaming import (
        BetaAsyncMessageStream as BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
    )
    from ..._sync.lib.streaming import (
        BetaMessageStream as BetaMessageStream,
        BetaMessageStreamManager as BetaMessageStreamManager,
    )

__all__ = [
    "JSON_BUF_PROPERTY",
    "TRACKS_TOOL_INPUT",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaCitationEvent",
    "BetaInputJsonEvent",
    "BetaMessageStream",
    "BetaMessageStreamManager",
    "BetaSignatureEvent",
    "BetaThinkingEvent",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "accumulate_event",
    "build_events",
]

JSON_BUF_PROPERTY = JSON_BUF
"""The attribute of a tool-use block holding the tool input JSON received so far (bytes)."""

TRACKS_TOOL_INPUT = (BetaToolUseBlock, BetaServerToolUseBlock, BetaMCPToolUseBlock)
"""The block classes whose ``input`` is built from ``input_json_delta`` events."""

FINE_GRAINED_TOOL_STREAMING = "fine-grained-tool-streaming-2025-05-14"

_STREAMS: Dict[str, Tuple[str, str]] = {
    "BetaAsyncMessageStream": ("anthropic._async.lib.streaming", "BetaAsyncMessageStream"),
    "BetaAsyncMessageStreamManager": ("anthropic._async.lib.streaming", "BetaAsyncMessageStreamManager"),
    "BetaMessageStream": ("anthropic._sync.lib.streaming", "BetaMessageStream"),
    "BetaMessageStreamManager": ("anthropic._sync.lib.streaming", "BetaMessageStreamManager"),
}


def accumulate_event(
    *,
    event: BetaRawMessageStreamEvent,
    current_snapshot: Optional[ParsedBetaMessage[ResponseFormatT]],
    request_headers: httpx.Headers,
    output_format: Union[ResponseFormatT, NotGiven] = NOT_GIVEN,
) -> ParsedBetaMessage[ResponseFormatT]:
    """Apply one raw event to ``current_snapshot`` (in place) and return the snapshot."""
    betas = request_headers.get("anthropic-beta", "") if request_headers else ""
    partial_mode: PartialMode = "trailing-strings" if FINE_GRAINED_TOOL_STREAMING in betas else True
    accumulator = MessageAccumulator(
        beta_kind(),
        partial_mode=partial_mode,
        output_format=None if isinstance(output_format, NotGiven) else output_format,
        snapshot=current_snapshot,
    )
    accumulator.feed(as_event(event, BetaRawMessageStreamEvent))
    return accumulator.message  # type: ignore[no-any-return]


def build_events(
    *,
    event: BetaRawMessageStreamEvent,
    message_snapshot: ParsedBetaMessage[ResponseFormatT],
) -> List[ParsedBetaMessageStreamEvent[ResponseFormatT]]:
    """What a beta message stream yields for ``event``, already applied to ``message_snapshot``."""
    return MessageAccumulator(beta_kind(), snapshot=message_snapshot).build(event)


__getattr__, __dir__ = lazy_attributes(__name__, _STREAMS)

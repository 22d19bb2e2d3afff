"""The two ``StreamKind``s (``messages`` and ``beta.messages``), built on first use."""

from __future__ import annotations

import functools
from typing import Any

from ..._core.accumulate import StreamKind

__all__ = ["beta_kind", "message_kind"]


@functools.cache
def message_kind() -> StreamKind:
    from ._types import (
        CitationEvent,
        ContentBlockStopEvent,
        InputJsonEvent,
        MessageStopEvent,
        SignatureEvent,
        TextEvent,
        ThinkingEvent,
    )

    return StreamKind(
        beta=False,
        message=None,
        text_block=None,
        text=TextEvent,
        citation=CitationEvent,
        thinking=ThinkingEvent,
        signature=SignatureEvent,
        input_json=InputJsonEvent,
        block_stop=ContentBlockStopEvent,
        message_stop=MessageStopEvent,
        tool_input_blocks=frozenset({"tool_use", "server_tool_use"}),
        input_json_event_blocks=frozenset({"tool_use"}),
    )


@functools.lru_cache(maxsize=64)
def beta_kind(output_format: Any = None) -> StreamKind:
    """The beta kind; with an ``output_format`` type, the parsed classes are parametrised with it."""
    from ...types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock
    from ._beta_types import (
        BetaCitationEvent,
        BetaInputJsonEvent,
        BetaSignatureEvent,
        BetaThinkingEvent,
        ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent,
        ParsedBetaTextEvent,
    )

    message: Any = ParsedBetaMessage
    text_block: Any = ParsedBetaTextBlock
    block_stop: Any = ParsedBetaContentBlockStopEvent
    message_stop: Any = ParsedBetaMessageStopEvent
    if output_format is not None:
        message = message[output_format]
        text_block = text_block[output_format]
        block_stop = block_stop[output_format]
        message_stop = message_stop[output_format]
    return StreamKind(
        beta=True,
        message=message,
        text_block=text_block,
        text=ParsedBetaTextEvent,
        citation=BetaCitationEvent,
        thinking=BetaThinkingEvent,
        signature=BetaSignatureEvent,
        input_json=BetaInputJsonEvent,
        block_stop=block_stop,
        message_stop=message_stop,
        tool_input_blocks=frozenset({"tool_use", "server_tool_use", "mcp_tool_use"}),
        input_json_event_blocks=frozenset({"tool_use", "mcp_tool_use"}),
    )

"""Streaming helpers: ``MessageStream`` (what ``client.messages.stream()`` gives) and its events.

Iterating a message stream yields the raw API events plus helper events built from them
(``TextEvent``, ``InputJsonEvent``, ...); ``ContentBlockStopEvent`` and
``MessageStopEvent`` replace the raw stop events and carry the finished block / message.
The ``Beta*`` names are the same for ``client.beta.messages.stream()``.

Names are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Tuple

from ..._lazy import lazy_attributes

if TYPE_CHECKING:
    from typing_extensions import TypeAlias as TypeAlias

    from ..._async.lib.streaming import (
        AsyncMessageStream as AsyncMessageStream,
        AsyncMessageStreamManager as AsyncMessageStreamManager,
        BetaAsyncMessageStream as BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
    )
    from ..._sync.lib.streaming import (
        BetaMessageStream as BetaMessageStream,
        BetaMessageStreamManager as BetaMessageStreamManager,
        MessageStream as MessageStream,
        MessageStreamManager as MessageStreamManager,
    )
    from ._beta_types import (
        BetaContentBlockStopEvent as BetaContentBlockStopEvent,
        BetaInputJsonEvent as BetaInputJsonEvent,
        BetaMessageStopEvent as BetaMessageStopEvent,
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
        ParsedBetaMessageStreamEvent as BetaMessageStreamEvent,
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
        ParsedBetaTextEvent as BetaTextEvent,
        ParsedBetaTextEvent as ParsedBetaTextEvent,
    )
    from ._types import (
        ContentBlockStopEvent as ContentBlockStopEvent,
        InputJsonEvent as InputJsonEvent,
        MessageStopEvent as MessageStopEvent,
        MessageStreamEvent as MessageStreamEvent,
        TextEvent as TextEvent,
    )

_ASYNC = "anthropic._async.lib.streaming"
_SYNC = "anthropic._sync.lib.streaming"
_TYPES = "anthropic.lib.streaming._types"
_BETA = "anthropic.lib.streaming._beta_types"

_LAZY: Dict[str, Tuple[str, str]] = {
    "AsyncMessageStream": (_ASYNC, "AsyncMessageStream"),
    "AsyncMessageStreamManager": (_ASYNC, "AsyncMessageStreamManager"),
    "BetaAsyncMessageStream": (_ASYNC, "BetaAsyncMessageStream"),
    "BetaAsyncMessageStreamManager": (_ASYNC, "BetaAsyncMessageStreamManager"),
    "BetaContentBlockStopEvent": (_BETA, "BetaContentBlockStopEvent"),
    "BetaInputJsonEvent": (_BETA, "BetaInputJsonEvent"),
    "BetaMessageStopEvent": (_BETA, "BetaMessageStopEvent"),
    "BetaMessageStream": (_SYNC, "BetaMessageStream"),
    "BetaMessageStreamEvent": (_BETA, "ParsedBetaMessageStreamEvent"),
    "BetaMessageStreamManager": (_SYNC, "BetaMessageStreamManager"),
    "BetaTextEvent": (_BETA, "ParsedBetaTextEvent"),
    "ContentBlockStopEvent": (_TYPES, "ContentBlockStopEvent"),
    "InputJsonEvent": (_TYPES, "InputJsonEvent"),
    "MessageStopEvent": (_TYPES, "MessageStopEvent"),
    "MessageStream": (_SYNC, "MessageStream"),
    "MessageStreamEvent": (_TYPES, "MessageStreamEvent"),
    "MessageStreamManager": (_SYNC, "MessageStreamManager"),
    "ParsedBetaContentBlockStopEvent": (_BETA, "ParsedBetaContentBlockStopEvent"),
    "ParsedBetaContentBlockStopEvent[object]": (_BETA, "BetaContentBlockStopEvent"),
    "ParsedBetaMessageStopEvent": (_BETA, "ParsedBetaMessageStopEvent"),
    "ParsedBetaMessageStopEvent[object]": (_BETA, "BetaMessageStopEvent"),
    "ParsedBetaMessageStreamEvent": (_BETA, "ParsedBetaMessageStreamEvent"),
    "ParsedBetaTextEvent": (_BETA, "ParsedBetaTextEvent"),
    "TextEvent": (_TYPES, "TextEvent"),
    "TypeAlias": ("typing_extensions", "TypeAlias"),
}

__all__ = [
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
    "BetaContentBlockStopEvent",
    "BetaInputJsonEvent",
    "BetaMessageStopEvent",
    "BetaMessageStream",
    "BetaMessageStreamEvent",
    "BetaMessageStreamManager",
    "BetaTextEvent",
    "ContentBlockStopEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStream",
    "MessageStreamEvent",
    "MessageStreamManager",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
    "TextEvent",
    "TypeAlias",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)

"""What the event streams decide beyond decoding (mode-free): when a stream may be retried, which
events are held back until then, and when a messages stream ended too early.

* An ``error`` event of a retryable type (``overloaded_error``, ``api_error``) that arrives
  before any content was handed to the caller is retried transparently (within the request's
  ``max_retries``, with the usual backoff and ``x-stainless-retry-count`` header). To make that
  invisible, the events that come before the first content (``message_start``,
  ``content_block_start``) are held back and handed out together with the first content event,
  so the caller never sees a repeated prefix.
* A messages stream whose body ends without ``message_stop`` (a cut connection, a proxy
  timeout) raises ``APIConnectionError`` at the end of iteration instead of ending quietly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, cast

if TYPE_CHECKING:
    from .._exceptions import APIStatusError
    from .options import FinalRequestOptions

__all__ = ["ENDED_EARLY_MESSAGE", "PREFIX_EVENTS", "StreamRetry", "ended_early", "is_retryable_event_error"]

PREFIX_EVENTS = frozenset({"message_start", "content_block_start"})
"""Events held back until the first content event (while the stream may still be retried)."""

RETRYABLE_EVENT_ERRORS = frozenset({"overloaded_error", "api_error"})

ENDED_EARLY_MESSAGE = "Connection error: the stream ended before message_stop (the message is incomplete)."


class StreamRetry:
    """How to send a stream's request again: its options, and the retries already taken."""

    __slots__ = ("max_retries", "options", "retries_taken")

    def __init__(self, options: FinalRequestOptions, retries_taken: int, max_retries: int) -> None:
        self.options = options
        self.retries_taken = retries_taken
        self.max_retries = max_retries

    @property
    def can_retry(self) -> bool:
        return self.retries_taken < self.max_retries


def is_retryable_event_error(error: APIStatusError) -> bool:
    """Whether an ``error`` event says the request may succeed if sent again."""
    body: Any = error.body
    if not isinstance(body, dict):
        return False
    inner: Any = cast(Dict[str, Any], body).get("error")
    if isinstance(inner, dict):
        return cast(Dict[str, Any], inner).get("type") in RETRYABLE_EVENT_ERRORS
    return False


_message_event_types: Optional[tuple[Any, ...]] = None


def ended_early(cast_to: Any, last: Any) -> bool:
    """Whether a stream of message events ended (its body did) without ``message_stop``."""
    global _message_event_types
    if _message_event_types is None:
        from ..types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
        from ..types.raw_message_stream_event import RawMessageStreamEvent

        _message_event_types = (RawMessageStreamEvent, BetaRawMessageStreamEvent)
    if not any(cast_to is t for t in _message_event_types):
        return False
    return getattr(last, "type", None) != "message_stop"

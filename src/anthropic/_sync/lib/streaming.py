# File generated from src/anthropic/_async/lib/streaming.py by tools/unasync.py. Do not edit.
# pyright: reportPrivateUsage=false
"""``messages.stream()`` and ``beta.messages.stream()``: event streams that build the message.

``client.messages.stream(...)`` returns a manager; entering it as a context manager sends
the request and gives a message stream. Iterate the stream for its events (the raw events
plus helper events, see ``anthropic.lib.streaming``), or read ``text_stream`` for the
text alone; ``get_final_message()`` reads what is left and returns the whole message.
Both ways of reading share one pass over the response. The accumulation itself is
``anthropic._core.accumulate``.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, Optional, Type, TypeVar, Union

from typing_extensions import Self

from ..._core.accumulate import MessageAccumulator, PartialMode
from ..._types import NotGiven
from ...lib.streaming._kinds import beta_kind, message_kind
from ..streaming import Stream

if TYPE_CHECKING:
    import httpx

    # Named as strings in the base classes below (base classes are evaluated at runtime).
    from ...lib.streaming._beta_types import ParsedBetaMessageStreamEvent  # noqa: F401
    from ...lib.streaming._types import MessageStreamEvent  # noqa: F401
    from ...types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
    from ...types.beta.parsed_beta_message import ParsedBetaMessage  # noqa: F401
    from ...types.message import Message  # noqa: F401
    from ...types.raw_message_stream_event import RawMessageStreamEvent

__all__ = [
    "MessageStream",
    "MessageStreamManager",
    "BetaMessageStream",
    "BetaMessageStreamManager",
]

_EventT = TypeVar("_EventT")
_MessageT = TypeVar("_MessageT")
ResponseFormatT = TypeVar("ResponseFormatT")

FINE_GRAINED_TOOL_STREAMING = "fine-grained-tool-streaming-2025-05-14"

NO_TEXT_MESSAGE = (
    ".get_final_text() can only be called when the API returns a `text` content block.\n"
    "The API returned {types} content block type(s) that you can access by calling get_final_message().content"
)


class _MessageStreamBase(Generic[_EventT, _MessageT]):
    """What the two message streams share: reading, accumulating, closing."""

    text_stream: Iterator[str]
    """The text of each text delta, as it arrives (reads the same events as iterating the stream)."""

    def __init__(self, raw_stream: Stream[Any], accumulator: MessageAccumulator) -> None:
        self._raw_stream = raw_stream
        self._raw = raw_stream._iterator
        self._accumulator = accumulator
        self._helper: Any = None  # a helper event produced but not yielded yet
        self._iterator = self.__stream__()
        self.text_stream = self.__stream_text__()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response being read."""
        return self._raw_stream.response

    @property
    def request_id(self) -> Optional[str]:
        """The ``request-id`` header of the response."""
        return self.response.headers.get("request-id")

    @property
    def current_message_snapshot(self) -> _MessageT:
        """The message as accumulated so far (the same object as the final message).

        While ``text_stream`` is read, text is joined onto its block when the block ends or
        when this property is read, not on every delta: read the property again (rather than
        keeping the object) to see the latest text mid-block.
        """
        return self._accumulator.message  # type: ignore[no-any-return]

    def __next__(self) -> _EventT:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_EventT]:
        for event in self._iterator:
            yield event

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response (the rest of the stream is not read)."""
        self._raw_stream.close()

    def until_done(self) -> None:
        """Read the rest of the stream."""
        feed = self._accumulator.feed
        for event in self._raw:
            feed(event)

    def get_final_message(self) -> _MessageT:
        """Read the rest of the stream and return the whole message."""
        self.until_done()
        return self._accumulator.message  # type: ignore[no-any-return]

    def get_final_text(self) -> str:
        """Read the rest of the stream and return the text of all its text blocks, joined.

        Raises ``RuntimeError`` if the message has no text block.
        """
        message: Any = self.get_final_message()
        texts = [block.text for block in message.content if block.type == "text"]
        if not texts:
            types = ",".join(str(block.type) for block in message.content)
            raise RuntimeError(NO_TEXT_MESSAGE.format(types=types))
        return "".join(texts)

    def __stream__(self) -> Iterator[Any]:
        step = self._accumulator.events
        for raw in self._raw:
            event, helper = step(raw)
            if helper is None:
                yield event
                continue
            self._helper = helper
            yield event
            helper = self._helper  # unless text_stream took it meanwhile
            if helper is not None:
                self._helper = None
                yield helper

    def __stream_text__(self) -> Iterator[str]:
        # The iteration can only have run (and left a helper event pending) while this
        # generator was suspended: at the start, and at each yield.
        while self._helper is not None:
            pending = self._take_helper_text()
            if pending is not None:
                yield pending
        feed = self._accumulator.feed
        for raw in self._raw:
            text = feed(raw)
            if text is not None:
                yield text
                while self._helper is not None:
                    pending = self._take_helper_text()
                    if pending is not None:
                        yield pending

    def _take_helper_text(self) -> Optional[str]:
        """The text of the helper event the iteration left pending, if any (it is consumed either way)."""
        helper = self._helper
        if helper is None:
            return None
        self._helper = None
        return helper.text if helper.type == "text" else None  # type: ignore[no-any-return]


class MessageStream(_MessageStreamBase["MessageStreamEvent", "Message"]):
    """The events of ``messages.stream()``, and the message they build.

    ``for event in stream`` yields raw events and helper events; ``text_stream``
    yields only the text; ``get_final_message()`` / ``get_final_text()`` read the rest.
    Network failures raise ``APIConnectionError``; an ``error`` event raises the matching
    ``APIStatusError``.
    """

    deprecated_isinstance_of = Stream
    """``isinstance(stream, Stream)`` is still true, with a ``DeprecationWarning``."""

    def __init__(self, raw_stream: Stream[RawMessageStreamEvent]) -> None:
        super().__init__(raw_stream, MessageAccumulator(message_kind()))


class MessageStreamManager:
    """A context manager: entering it sends the request and gives the stream; leaving it closes the response."""

    def __init__(self, api_request: Callable[[], Stream[RawMessageStreamEvent]]) -> None:
        self._api_request = api_request
        self._stream: Optional[MessageStream] = None

    def __enter__(self) -> MessageStream:
        self._stream = MessageStream(self._api_request())
        return self._stream

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            self._stream.close()


def _partial_mode(raw_stream: Stream[Any]) -> PartialMode:
    """Unfinished strings in tool input are kept when the request asked for fine-grained tool streaming."""
    betas = raw_stream.response.request.headers.get("anthropic-beta", "")
    return "trailing-strings" if FINE_GRAINED_TOOL_STREAMING in betas else True


class BetaMessageStream(
    _MessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The events of ``beta.messages.stream()``, and the ``ParsedBetaMessage`` they build.

    With an ``output_format`` type, each text block's text is parsed into it when the block
    ends (``parsed_output``).
    """

    def __init__(
        self,
        raw_stream: Stream[BetaRawMessageStreamEvent],
        output_format: Union[Type[ResponseFormatT], NotGiven, None] = None,
    ) -> None:
        target = None if isinstance(output_format, NotGiven) else output_format
        accumulator = MessageAccumulator(
            beta_kind(target), partial_mode=_partial_mode(raw_stream), output_format=target
        )
        super().__init__(raw_stream, accumulator)


class BetaMessageStreamManager(Generic[ResponseFormatT]):
    """A context manager: entering it sends the request and gives the stream; leaving it closes the response."""

    def __init__(
        self,
        api_request: Callable[[], Stream[BetaRawMessageStreamEvent]],
        *,
        output_format: Union[Type[ResponseFormatT], NotGiven, None] = None,
    ) -> None:
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Optional[BetaMessageStream[ResponseFormatT]] = None

    def __enter__(self) -> BetaMessageStream[ResponseFormatT]:
        self._stream = BetaMessageStream(self._api_request(), self._output_format)
        return self._stream

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            self._stream.close()

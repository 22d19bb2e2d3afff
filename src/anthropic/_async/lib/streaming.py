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
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Generic, Optional, Type, TypeVar, Union, cast

from typing_extensions import Self

from ..._core.accumulate import MessageAccumulator, PartialMode
from ..._types import NotGiven
from ...lib.streaming._kinds import beta_kind, message_kind
from ..streaming import AsyncStream

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
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "BetaAsyncMessageStream",
    "BetaAsyncMessageStreamManager",
]

_EventT = TypeVar("_EventT")
_MessageT = TypeVar("_MessageT")
ResponseFormatT = TypeVar("ResponseFormatT")

FINE_GRAINED_TOOL_STREAMING = "fine-grained-tool-streaming-2025-05-14"

NO_TEXT_MESSAGE = (
    ".get_final_text() can only be called when the API returns a `text` content block.\n"
    "The API returned {types} content block type(s) that you can access by calling get_final_message().content"
)


class _AsyncMessageStreamBase(Generic[_EventT, _MessageT]):
    """What the two message streams share: reading, accumulating, closing.

    Every reader takes its events from one queue, as in the reference: iterating the stream,
    ``text_stream``, ``until_done()``. An event taken by one reader is not seen by another (so
    ``text_stream`` skips whatever it takes that is not a text delta, helper events included).
    The queue is ``_iterator``; while it is the stream's own and the class's iteration is not
    replaced, ``text_stream`` and ``until_done()`` take the raw events directly (no event is
    built for them). After a text delta taken by ``text_stream`` its ``text`` helper event is
    still next in the queue (``_pending``), built only if the iteration takes it.
    """

    text_stream: AsyncIterator[str]
    """The text of each text delta, as it arrives (reads the same events as iterating the stream)."""

    def __init__(self, raw_stream: AsyncStream[Any], accumulator: MessageAccumulator) -> None:
        self._raw_stream = raw_stream
        self._raw_events: Optional[AsyncIterator[Any]] = None  # the raw stream's iterator, on first read
        self._accumulator = accumulator
        self._pending: Any = None
        """The event next in line after a delta: a helper event, or a raw text delta whose ``text`` event is due."""
        self._iterator = self._own_iterator = self.__stream__()
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
        """The message as accumulated so far: the same object as the final message, updated in place."""
        return self._accumulator.message  # type: ignore[no-any-return]

    async def __anext__(self) -> _EventT:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        async for event in self._iterator:
            yield event

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response (the rest of the stream is not read)."""
        await self._raw_stream.close()

    async def until_done(self) -> None:
        """Read the rest of the stream."""
        if self._hooked():
            async for _ in self:
                pass
            return
        self._pending = None  # taken (and dropped) by this reader
        feed = self._accumulator.feed
        raw = self._raw()
        try:
            async for event in raw:
                feed(event)
        except Exception:
            await self._abandon()
            raise

    async def get_final_message(self) -> _MessageT:
        """Read the rest of the stream and return the whole message."""
        await self.until_done()
        return self._accumulator.message  # type: ignore[no-any-return]

    async def get_final_text(self) -> str:
        """Read the rest of the stream and return the text of all its text blocks, joined.

        Raises ``RuntimeError`` if the message has no text block.
        """
        message: Any = await self.get_final_message()
        texts = [block.text for block in message.content if block.type == "text"]
        if not texts:
            types = ",".join(str(block.type) for block in message.content)
            raise RuntimeError(NO_TEXT_MESSAGE.format(types=types))
        return "".join(texts)

    async def __stream__(self) -> AsyncIterator[Any]:
        accumulator = self._accumulator
        step = accumulator.events
        while self._pending is not None:  # left by text_stream before the first event was taken here
            yield self._take_pending()
        raw = self._raw()
        try:
            async for item in raw:
                event, self._pending = step(item)
                yield event
                while self._pending is not None:  # ours, or text_stream's if it ran meanwhile
                    yield self._take_pending()
        except Exception:
            await self._abandon()
            raise

    async def __stream_text__(self) -> AsyncIterator[str]:
        if self._hooked():
            async for item in self:
                event: Any = item
                if event.type == "content_block_delta" and event.delta.type == "text_delta":
                    yield event.delta.text
            return
        self._pending = None
        feed = self._accumulator.feed
        raw = self._raw()
        try:
            async for item in raw:
                text = feed(item)
                if text is not None:
                    self._pending = item  # its text event is next in line, for the iteration
                    yield text
                    self._pending = None  # unless the iteration took it, this reader takes it now
        except Exception:
            await self._abandon()
            raise

    def _take_pending(self) -> Any:
        pending = self._pending
        self._pending = None
        if pending.type == "content_block_delta":
            return self._accumulator.text_event(pending)
        return pending

    def _hooked(self) -> bool:
        """Whether other code replaced ``_iterator``, or the iteration of the class (instrumentation
        libraries do): then every reader goes through ``self`` as in the reference."""
        cls = type(self)
        return (
            self._iterator is not self._own_iterator
            or cls.__aiter__ is not _OWN_ITER
            or cls.__stream__ is not _OWN_STREAM
        )

    def _raw(self) -> AsyncIterator[Any]:
        """The raw events: the raw stream's iterator (through its ``__aiter__`` if that was replaced)."""
        raw = self._raw_events
        if raw is None:
            stream = self._raw_stream
            raw = stream._iterator if type(stream).__aiter__ is _RAW_ITER else stream.__aiter__()
            self._raw_events = raw
        return raw

    async def _abandon(self) -> None:
        """After a failure, end the raw events for every reader (the reference's single reader ends)."""
        close = getattr(self._raw_events, "aclose", None)
        if close is not None:
            await close()


# The original methods, to tell when other code has replaced them (on the class or a subclass).
_OWN_ITER: Any = cast(Any, _AsyncMessageStreamBase).__aiter__
_OWN_STREAM: Any = cast(Any, _AsyncMessageStreamBase).__stream__
_RAW_ITER: Any = cast(Any, AsyncStream).__aiter__


class AsyncMessageStream(_AsyncMessageStreamBase["MessageStreamEvent", "Message"]):
    """The events of ``messages.stream()``, and the message they build.

    ``async for event in stream`` yields raw events and helper events; ``text_stream``
    yields only the text; ``await get_final_message()`` / ``get_final_text()`` read the rest.
    Network failures raise ``APIConnectionError``; an ``error`` event raises the matching
    ``APIStatusError``.
    """

    deprecated_isinstance_of = AsyncStream
    """``isinstance(stream, AsyncStream)`` is still true, with a ``DeprecationWarning``."""

    def __init__(self, raw_stream: AsyncStream[RawMessageStreamEvent]) -> None:
        super().__init__(raw_stream, MessageAccumulator(message_kind()))


class AsyncMessageStreamManager:
    """A context manager: entering it sends the request and gives the stream; leaving it closes the response."""

    def __init__(self, api_request: Callable[[], Awaitable[AsyncStream[RawMessageStreamEvent]]]) -> None:
        self._api_request = api_request
        self._stream: Optional[AsyncMessageStream] = None

    async def __aenter__(self) -> AsyncMessageStream:
        self._stream = AsyncMessageStream(await self._api_request())
        return self._stream

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


def _partial_mode(raw_stream: AsyncStream[Any]) -> PartialMode:
    """Unfinished strings in tool input are kept when the request asked for fine-grained tool streaming."""
    betas = raw_stream.response.request.headers.get("anthropic-beta", "")
    return "trailing-strings" if FINE_GRAINED_TOOL_STREAMING in betas else True


class BetaAsyncMessageStream(
    _AsyncMessageStreamBase["ParsedBetaMessageStreamEvent[ResponseFormatT]", "ParsedBetaMessage[ResponseFormatT]"],
    Generic[ResponseFormatT],
):
    """The events of ``beta.messages.stream()``, and the ``ParsedBetaMessage`` they build.

    With an ``output_format`` type, each text block's text is parsed into it when the block
    ends (``parsed_output``).
    """

    def __init__(
        self,
        raw_stream: AsyncStream[BetaRawMessageStreamEvent],
        output_format: Union[Type[ResponseFormatT], NotGiven, None] = None,
    ) -> None:
        target = None if isinstance(output_format, NotGiven) else output_format
        accumulator = MessageAccumulator(
            beta_kind(target), partial_mode=_partial_mode(raw_stream), output_format=target
        )
        super().__init__(raw_stream, accumulator)


class BetaAsyncMessageStreamManager(Generic[ResponseFormatT]):
    """A context manager: entering it sends the request and gives the stream; leaving it closes the response."""

    def __init__(
        self,
        api_request: Callable[[], Awaitable[AsyncStream[BetaRawMessageStreamEvent]]],
        *,
        output_format: Union[Type[ResponseFormatT], NotGiven, None] = None,
    ) -> None:
        self._api_request = api_request
        self._output_format = output_format
        self._stream: Optional[BetaAsyncMessageStream[ResponseFormatT]] = None

    async def __aenter__(self) -> BetaAsyncMessageStream[ResponseFormatT]:
        self._stream = BetaAsyncMessageStream(await self._api_request(), self._output_format)
        return self._stream

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.close()

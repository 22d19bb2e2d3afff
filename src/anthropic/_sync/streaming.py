# File generated from src/anthropic/_async/streaming.py by tools/unasync.py. Do not edit.
"""``Stream``: the events of a ``stream=True`` response, decoded as they arrive."""

from __future__ import annotations

import warnings
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Iterable, Iterator, List, Optional, Type, TypeVar

import httpx
from typing_extensions import Self

from .._core.events import EventDecoder
from .._core.hooks import find_hooks
from .._core.parse import SKIP
from .._core.pipeline import retry_delay, run_call
from .._core.sse import ServerSentEvent, SSEDecoder
from .._core.stream_rules import (
    ENDED_EARLY_MESSAGE,
    PREFIX_EVENTS,
    StreamRetry,
    ended_early,
    is_retryable_event_error,
)
from .._drivers import drive_sync, sync_sleep
from .._exceptions import APIConnectionError, APIResponseValidationError, APIStatusError, APITimeoutError

if TYPE_CHECKING:
    from .._core.config import ClientConfig

__all__ = ["Stream"]

_T = TypeVar("_T")


class _StreamMeta(type):
    """Lets ``isinstance(stream, Stream)`` hold for a message stream that wraps one
    (``deprecated_isinstance_of``), as it used to, with a ``DeprecationWarning``."""

    def __instancecheck__(cls, instance: object) -> bool:
        if type.__instancecheck__(cls, instance):
            return True
        if getattr(type(instance), "deprecated_isinstance_of", None) is cls:
            warnings.warn(
                f"Using `isinstance()` to check if a `{type(instance).__name__}` object is an instance of "
                f"`{cls.__name__}` is deprecated & will be removed in the next major version",
                DeprecationWarning,
                stacklevel=2,
            )
            return True
        return False


class Stream(Generic[_T], metaclass=_StreamMeta):
    """Iterate it (once) for the stream's events; close it, or use it as a context manager,
    to release the connection early.

    A connection that breaks mid-stream raises ``APIConnectionError`` (``APITimeoutError``
    for a read timeout); an ``error`` event raises the matching ``APIStatusError``.
    """

    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: Any) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = client._make_sse_decoder()
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        """The server-sent events of the response, as they arrive."""
        for sse in self._decoder.iter_bytes(self.response.iter_bytes()):
            yield sse

    def __stream__(self) -> Iterator[_T]:
        retry: Optional[StreamRetry] = self.__dict__.get("_retry")
        while True:
            response = self.response
            holding = retry is not None and retry.can_retry  # hold the prefix while a retry is possible
            held: List[Any] = []
            last: Any = None
            try:
                try:
                    for batch in self._batches():
                        for item in batch:
                            if holding:
                                if item.type in PREFIX_EVENTS:
                                    held.append(item)
                                    continue
                                holding = False
                                for early in held:
                                    yield early
                                held = []
                            last = item
                            yield item
                except APIStatusError as error:  # an `error` event
                    if not (holding and retry is not None and is_retryable_event_error(error)):
                        for early in held:  # what came before the error, then the error
                            yield early
                        raise error
                else:
                    for early in held:
                        yield early
                        last = early
                    if ended_early(self._cast_to, last):
                        raise APIConnectionError(message=ENDED_EARLY_MESSAGE, request=response.request)
                    return
            except httpx.TimeoutException as exc:
                raise APITimeoutError(request=response.request) from exc
            except httpx.TransportError as exc:
                raise APIConnectionError(request=response.request) from exc
            except RecursionError as exc:
                raise APIResponseValidationError(
                    response=response, body=None, message="An event of the stream is nested too deeply to be parsed."
                ) from exc
            finally:
                response.close()
            # Overloaded before any content: send the request again (nothing was handed out).
            assert retry is not None
            self.response = self._retry_request(retry)

    def _batches(self) -> Iterator[Iterable[Any]]:
        """The typed items of the current response (``ping`` and unknown events skipped), a batch per
        chunk of the body (one generator step per chunk, not per event, on the hot path)."""
        config: ClientConfig = self._client._config
        response = self.response
        decoder = EventDecoder(
            self._cast_to, response, strict=config.strict, status_errors=config.platform.status_errors
        )
        own_events = type(self)._iter_events is Stream._iter_events  # pyright: ignore[reportUnknownMemberType]
        if own_events and type(self._decoder) is SSEDecoder:  # the fast path
            for chunk in response.iter_bytes():
                yield decoder.feed(chunk)
            yield decoder.end()
        else:  # a subclass or the client's decoder supplies the events
            for sse in self._iter_events():
                item = decoder.decode(sse)
                if item is not SKIP:
                    yield (item,)

    def _retry_request(self, retry: StreamRetry) -> httpx.Response:
        """The response of the request sent again after a retryable ``error`` event."""
        client = self._client
        sync_sleep(retry_delay(retry.retries_taken))
        response, retries_taken, _ = drive_sync(
            run_call(
                client._config,
                retry.options,
                stream=True,
                http=client._client,
                hooks=find_hooks(client, client._is_async),
                retries_taken=retry.retries_taken + 1,
            ),
            client._client,
        )
        retry.retries_taken = retries_taken
        self._decoder = client._make_sse_decoder()
        return response

    def close(self) -> None:
        """Close the response (the rest of the stream is not read)."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

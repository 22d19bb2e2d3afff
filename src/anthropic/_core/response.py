# pyright: reportPrivateUsage=false
"""Turning a successful response into what an endpoint returns, and what the response
wrappers of ``.with_raw_response`` / ``.with_streaming_response`` share.

``parse_result`` gives the value of a 2xx response: a model, a stream of events, a JSON
Lines decoder, a page, text or bytes. It is mode-free: the client supplies its default
stream class and whether bodies are read with ``iter_bytes`` or ``aiter_bytes``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Dict, Generic, Optional, TypeVar

import httpx
from typing_extensions import get_args, get_origin

from .._types import NotGiven
from .parse import parse_response, set_request_id

if TYPE_CHECKING:
    from .options import FinalRequestOptions

__all__ = ["BaseAPIResponse", "extract_response_type", "extract_stream_chunk_type", "parse_result"]

_R = TypeVar("_R")


_chunk_types: Dict[Any, Any] = {}


def _generic_arg(cls: Any, is_wanted: Any) -> Any:
    """The first type argument of ``cls`` (``X[T]``) or of the generic base it derives from."""
    args = get_args(cls)
    if args and is_wanted(get_origin(cls)):
        return args[0]
    for klass in getattr(cls, "__mro__", ()):
        for base in klass.__dict__.get("__orig_bases__", ()):
            origin = get_origin(base)
            args = get_args(base)
            if args and origin is not None and is_wanted(origin):
                return args[0]
    return None


def _is_stream_class(cls: Any) -> bool:
    return isinstance(cls, type) and hasattr(cls, "__stream__")


def extract_stream_chunk_type(stream_cls: Any, failure_message: Optional[str] = None) -> Any:
    """The event type of a stream class: ``Stream[X]`` (or a subclass of it) -> ``X``."""
    try:
        return _chunk_types[stream_cls]
    except (KeyError, TypeError):
        pass
    found = _generic_arg(stream_cls, _is_stream_class)
    if found is None:
        raise RuntimeError(
            failure_message or f"Expected type {stream_cls} to have a type argument at index 0 but it did not"
        )
    try:
        _chunk_types[stream_cls] = found
    except TypeError:
        pass
    return found


def extract_response_type(response_cls: Any) -> Any:
    """The parsed type of a response class: ``APIResponse[X]`` (or a subclass of it) -> ``X``."""
    found = _generic_arg(response_cls, _is_response_class)
    if found is None:
        raise RuntimeError(f"Expected type {response_cls} to have a type argument at index 0 but it did not")
    return found


def _is_response_class(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, BaseAPIResponse)


_jsonl_targets: Dict[Any, bool] = {}


def _jsonl_decoder(cast_to: Any) -> bool:
    try:
        return _jsonl_targets[cast_to]
    except (KeyError, TypeError):  # not seen yet, or not hashable
        pass
    origin = get_origin(cast_to) or cast_to
    found = isinstance(origin, type) and bool(getattr(origin, "_is_jsonl_decoder", False))
    try:
        if len(_jsonl_targets) < 256:
            _jsonl_targets[cast_to] = found
    except TypeError:
        pass
    return found


def parse_result(
    client: Any,
    *,
    cast_to: Any,
    options: FinalRequestOptions,
    response: httpx.Response,
    stream: bool,
    stream_cls: Any,
    to: Any = None,
) -> Any:
    """The value of a 2xx ``response`` (read, unless ``stream``), ``post_parser`` applied."""
    target = cast_to if to is None else to
    if _jsonl_decoder(target):
        raw = response.aiter_bytes() if client._is_async else response.iter_bytes()
        value: Any = target(raw_iterator=raw, line_type=get_args(target)[0], http_response=response)
    elif stream:
        if to is not None:
            if not _is_stream_class(get_origin(to) or to):
                raise TypeError("Expected custom parse type to be a subclass of Stream or AsyncStream")
            chunk = extract_stream_chunk_type(
                to, "Expected custom stream type to be passed with a type argument, e.g. Stream[ChunkType]"
            )
            value = to(cast_to=chunk, response=response, client=client)
        elif stream_cls is not None:
            value = stream_cls(cast_to=extract_stream_chunk_type(stream_cls), response=response, client=client)
        else:
            default = client._default_stream_cls
            if default is None:
                raise TypeError("The `stream` argument was set to `True` but the `stream_cls` argument was not given")
            value = default(cast_to=cast_to, response=response, client=client)
    else:
        value = parse_response(target, response, strict=client._strict_response_validation)
    post_parser = options.post_parser
    if not isinstance(post_parser, NotGiven):
        value = post_parser(value)
    return set_request_id(value, response)


class BaseAPIResponse(Generic[_R]):
    """Attributes common to ``LegacyAPIResponse``, ``APIResponse`` and ``AsyncAPIResponse``."""

    http_response: httpx.Response
    retries_taken: int
    """How many retries were made before this response (0 if the first attempt succeeded)."""

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Any,
        client: Any,
        stream: bool,
        stream_cls: Any,
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self._parsed_by_type: Dict[Any, Any] = {}

    @property
    def _is_sse_stream(self) -> bool:
        return self._stream

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to reading the end of the response."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        return self.http_response.headers.get("request-id")

    def _parse(self, *, to: Any = None) -> Any:
        key = to if to is not None else self._cast_to
        try:
            return self._parsed_by_type[key]
        except (KeyError, TypeError):
            pass
        value = parse_result(
            self._client,
            cast_to=self._cast_to,
            options=self._options,
            response=self.http_response,
            stream=self._stream,
            stream_cls=self._stream_cls,
            to=to,
        )
        try:
            self._parsed_by_type[key] = value
        except TypeError:
            pass
        return value

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )

# pyright: reportPrivateUsage=false
"""What both response wrappers share: attributes of the HTTP exchange, and ``finish``.

``finish`` turns a successful response into the value an endpoint returns (a model, a
stream, a page, bytes...). It is pure except for choosing the stream class, which the
client supplies.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Dict, Generic, Optional, Protocol, TypeVar

import httpx

from .parse import parse_response

if TYPE_CHECKING:
    from .config import ClientConfig
    from .request import Call

__all__ = ["BaseAPIResponse", "Finisher", "finish"]

_R = TypeVar("_R")


class Finisher(Protocol):
    """The client side of ``finish``: its config and its stream class."""

    _config: ClientConfig

    def _make_stream(self, cast_to: Any, response: httpx.Response) -> Any: ...


def finish(client: Finisher, call: Call[Any], response: httpx.Response, to: Any = None) -> Any:
    """The endpoint's result for a 2xx ``response`` (read, unless the call streams)."""
    if to is None:
        if call.stream:
            return client._make_stream(call.stream_cls, response)
        if call.page is not None:
            page = parse_response(call.page, response, strict=client._config.strict)
            page._set_page_context(client, call.without_raw_marker())
            return page
        to = call.cast_to
    return parse_response(to, response, strict=client._config.strict)


class BaseAPIResponse(Generic[_R]):
    """Attributes common to ``LegacyAPIResponse``, ``APIResponse`` and ``AsyncAPIResponse``."""

    http_response: httpx.Response
    retries_taken: int
    """How many retries were made before this response (0 if the first attempt succeeded)."""

    def __init__(
        self,
        *,
        raw: httpx.Response,
        client: Finisher,
        call: Call[Any],
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._client = client
        self._call = call
        self._parsed: Dict[Any, Any] = {}

    @property
    def _cast_to(self) -> Any:
        call = self._call
        if call.stream:
            return call.stream_cls
        if call.page is not None:
            return call.page
        return call.cast_to

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

    def _finish(self, to: Any) -> Any:
        key = to if to is not None else "__default__"
        if key in self._parsed:
            return self._parsed[key]
        value = finish(self._client, self._call, self.http_response, to)
        self._parsed[key] = value
        return value

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )

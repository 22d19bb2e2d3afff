"""``LegacyAPIResponse``: what ``.with_raw_response`` methods return (body already read)."""

from __future__ import annotations

from typing import Any, Optional, Type, TypeVar, overload

from ._core.response import BaseAPIResponse

__all__ = ["LegacyAPIResponse"]

_R = TypeVar("_R")
_T = TypeVar("_T")


class LegacyAPIResponse(BaseAPIResponse[_R]):
    """The raw HTTP response of a call, with ``parse()`` giving the method's normal result.

    For ``stream=True`` calls the body is not read and ``parse()`` returns the stream.
    """

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...

    @overload
    def parse(self) -> _R: ...

    def parse(self, *, to: Optional[Type[_T]] = None) -> Any:
        """The parsed body (cached): the method's return type, or ``to`` if given."""
        return self._parse(to=to)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"

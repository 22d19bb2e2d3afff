"""Sentinels, aliases and option dicts shared by every layer.

Nothing here imports httpx or pydantic at runtime: the names that refer to
httpx types are only evaluated by type checkers.
"""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Protocol,
    Sequence,
    SupportsIndex,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

from typing_extensions import Literal, Set, TypeAlias, TypedDict, final, runtime_checkable

if TYPE_CHECKING:
    import httpx
    import pydantic

    from ._models import BaseModel
    from ._response import APIResponse, AsyncAPIResponse


__all__ = [
    "NOT_GIVEN",
    "AnyMapping",
    "AsyncTransport",
    "Base64FileInput",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "HeadersLike",
    "HeadersLikeProtocol",
    "HttpxFileContent",
    "HttpxFileTypes",
    "HttpxRequestFiles",
    "HttpxSendArgs",
    "IncEx",
    "InheritsGeneric",
    "ModelBuilderProtocol",
    "ModelT",
    "NoneType",
    "NotGiven",
    "Omit",
    "PostParser",
    "ProxiesDict",
    "ProxiesTypes",
    "Query",
    "RequestFiles",
    "RequestOptions",
    "ResponseT",
    "SequenceNotStr",
    "StrBytesIntFloat",
    "Timeout",
    "Transport",
    "not_given",
    "omit",
]

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)

NoneType: Type[None] = type(None)


@final
class NotGiven:
    """Marks an argument the caller did not pass, where ``None`` has a meaning of its own.

    ``timeout=None`` means "no timeout"; leaving ``timeout`` out means "use the client's".
    """

    __slots__ = ()
    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
not_given = NotGiven()


@final
class Omit:
    """Leave this value out of the request.

    As a parameter default it means "not sent"; as a header value it removes a default
    header (``extra_headers={"x-api-key": omit}``); in ``extra_body`` it deletes a key.
    """

    __slots__ = ()
    __module__ = "anthropic"

    def __bool__(self) -> Literal[False]:
        return False


omit = Omit()

AnyMapping = Mapping[str, object]
Headers = Mapping[str, Union[str, Omit]]
Query = Mapping[str, object]
Body = object

Base64FileInput = Union[IO[bytes], PathLike[str]]
FileContent = Union[IO[bytes], bytes, PathLike[str]]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

# The same shapes without our `PathLike` support: what httpx itself accepts.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]

_HTTPX_NAMES = ("Timeout", "Transport", "AsyncTransport", "ProxiesDict", "ProxiesTypes")

if TYPE_CHECKING:
    Timeout: TypeAlias = httpx.Timeout
    Transport: TypeAlias = httpx.BaseTransport
    AsyncTransport: TypeAlias = httpx.AsyncBaseTransport
    ProxiesDict: TypeAlias = Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]
    ProxiesTypes: TypeAlias = Union[str, httpx.Proxy, ProxiesDict]
else:

    def __getattr__(name: str) -> Any:
        # Resolved on first use so that importing this module never imports httpx.
        if name not in _HTTPX_NAMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import httpx

        proxies_dict = Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]
        values = {
            "Timeout": httpx.Timeout,
            "Transport": httpx.BaseTransport,
            "AsyncTransport": httpx.AsyncBaseTransport,
            "ProxiesDict": proxies_dict,
            "ProxiesTypes": Union[str, httpx.Proxy, proxies_dict],
        }
        globals().update(values)
        return values[name]


class RequestOptions(TypedDict, total=False):
    """Per-request options accepted by the low-level verbs (``client.post(..., options=...)``)."""

    headers: Headers
    max_retries: int
    timeout: Union[float, httpx.Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool


RequestOptions.__module__ = "anthropic"


if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A sequence that is not a ``str`` (so ``stop_sequences="abc"`` is a type error)."""

        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...

        def __contains__(self, value: object, /) -> bool: ...

        def __len__(self) -> int: ...

        def __iter__(self) -> Iterator[_T_co]: ...

        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...

        def count(self, value: Any, /) -> int: ...

        def __reversed__(self) -> Iterator[_T_co]: ...

else:
    SequenceNotStr = Sequence


StrList = List[str]


# --------------------------------------------------------------------------------------
# Type variables and aliases of the reference release that code built on it imports.


@runtime_checkable
class ModelBuilderProtocol(Protocol):
    """A class that builds itself from a response (a ``cast_to`` alternative to models)."""

    @classmethod
    def build(cls: Type[_T], *, response: httpx.Response, data: object) -> _T: ...


class HeadersLikeProtocol(Protocol):
    def get(self, __key: str) -> Optional[str]: ...


HeadersLike = Union[Headers, HeadersLikeProtocol]

ModelT = TypeVar("ModelT", bound="pydantic.BaseModel")

# What `cast_to` may be; `object` makes it open, the rest documents the usual cases.
ResponseT = TypeVar(
    "ResponseT",
    bound=Union[
        object,
        str,
        None,
        "BaseModel",
        List[Any],
        Dict[str, Any],
        "httpx.Response",
        ModelBuilderProtocol,
        "APIResponse[Any]",
        "AsyncAPIResponse[Any]",
    ],
)

StrBytesIntFloat = Union[str, bytes, int, float]

# pydantic's `include` / `exclude` argument type.
IncEx: TypeAlias = Union[Set[int], Set[str], Mapping[int, Union["IncEx", bool]], Mapping[str, Union["IncEx", bool]]]

PostParser = Callable[[Any], Any]


class _GenericAlias(Protocol):
    __origin__: Type[object]


@runtime_checkable
class InheritsGeneric(Protocol):
    """A class with a parametrised generic base (``__orig_bases__``, e.g. ``class A(Base[int])``)."""

    __orig_bases__: Tuple[_GenericAlias]


class HttpxSendArgs(TypedDict, total=False):
    auth: httpx.Auth
    follow_redirects: bool

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

from typing_extensions import Literal, TypeAlias, TypedDict, final

if TYPE_CHECKING:
    import httpx


__all__ = [
    "NOT_GIVEN",
    "AnyMapping",
    "Base64FileInput",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NoneType",
    "NotGiven",
    "Omit",
    "ProxiesTypes",
    "Query",
    "RequestFiles",
    "RequestOptions",
    "SequenceNotStr",
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

if TYPE_CHECKING:
    Timeout: TypeAlias = httpx.Timeout
    Transport: TypeAlias = httpx.BaseTransport
    ProxiesTypes: TypeAlias = Union[
        str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]
    ]
else:

    def __getattr__(name: str) -> Any:
        # Resolved on first use so that importing this module never imports httpx.
        if name not in ("Timeout", "Transport", "ProxiesTypes"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import httpx

        values = {
            "Timeout": httpx.Timeout,
            "Transport": httpx.BaseTransport,
            "ProxiesTypes": Union[
                str, httpx.Proxy, Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]
            ],
        }
        if name in values:
            globals()[name] = values[name]
            return values[name]
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

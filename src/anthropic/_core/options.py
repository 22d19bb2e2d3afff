"""``FinalRequestOptions``: the description of one API request, before any I/O.

Every endpoint ends up here: a resource method calls one of the client's verbs
(``client.post(path, body=..., options=...)``), which builds a ``FinalRequestOptions`` and
hands it to ``client.request(cast_to, options, stream=..., stream_cls=...)``. The field names
and defaults are the reference SDK's, so code that reads or builds them (instrumentation
wrapping ``client.request``, tests building requests by hand) keeps working.

It is a plain ``__slots__`` class rather than a pydantic model: one is built per call, and
it only needs the few pydantic-style methods other code uses (``construct``,
``model_copy``, ``model_dump``).
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Collection, Dict, Mapping, Optional, Union, cast

from typing_extensions import Self, TypedDict

from .._constants import RAW_RESPONSE_HEADER
from .._types import NOT_GIVEN, NotGiven, Omit

if TYPE_CHECKING:
    import httpx

    from .._types import AnyMapping, Body, Headers, Query, RequestOptions

__all__ = ["FinalRequestOptions", "FinalRequestOptionsInput", "make_request_options"]


class FinalRequestOptionsInput(TypedDict, total=False):
    """The keyword arguments of ``FinalRequestOptions.construct``."""

    method: str
    url: str
    params: Query
    headers: Headers
    max_retries: int
    timeout: Union[float, httpx.Timeout, None]
    files: Any
    idempotency_key: str
    json_data: Body
    extra_json: AnyMapping
    follow_redirects: bool
    post_parser: Callable[[Any], Any]


def _strip_not_given(value: Any) -> Any:
    """A mapping without its ``NOT_GIVEN`` values (anything else is returned as is)."""
    if value.__class__ is not dict and not isinstance(value, _Mapping):
        return value
    items = cast("Mapping[Any, object]", value)
    for item in items.values():
        if item.__class__ is NotGiven:
            return {k: v for k, v in items.items() if v.__class__ is not NotGiven}
    return items


_NO_PARAMS: Any = {}
_PLAIN = frozenset((str, int, float, bool, type(None), list, tuple))
_FIELDS = frozenset(
    ("method", "url", "params", "headers", "max_retries", "timeout", "files", "idempotency_key", "post_parser",
     "follow_redirects", "json_data", "extra_json")
)  # fmt: skip


class FinalRequestOptions:
    """One request: method, URL (a path relative to the client's base URL, or absolute),
    query ``params``, ``headers`` (the endpoint's own and the caller's ``extra_headers``),
    ``json_data`` (the body; ``extra_json`` is merged into it when the request is built),
    ``files`` (a multipart upload), and per-request ``timeout`` / ``max_retries``.

    ``post_parser`` (if given) is applied to the parsed result.
    """

    # Unset fields read the class-level defaults below; set ones live in the instance's __dict__
    # (building one is then a single dict update).
    method: str
    url: str
    params: Query
    headers: Union[Headers, NotGiven] = NOT_GIVEN
    max_retries: Union[int, NotGiven] = NOT_GIVEN
    timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN
    files: Any = None
    idempotency_key: Optional[str] = None
    post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN
    follow_redirects: Optional[bool] = None
    json_data: Optional[Body] = None
    extra_json: Optional[AnyMapping] = None
    _fields_set_: Optional[Collection[str]] = None

    model_fields: ClassVar[Dict[str, object]] = {
        "method": None,
        "url": None,
        "params": {},
        "headers": NOT_GIVEN,
        "max_retries": NOT_GIVEN,
        "timeout": NOT_GIVEN,
        "files": None,
        "idempotency_key": None,
        "post_parser": NOT_GIVEN,
        "follow_redirects": None,
        "json_data": None,
        "extra_json": None,
    }
    """Field names and defaults, in the reference's order."""

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Query = _NO_PARAMS,
        headers: Union[Headers, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        files: Any = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN,
        follow_redirects: Optional[bool] = None,
        json_data: Optional[Body] = None,
        extra_json: Optional[AnyMapping] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = {} if params is _NO_PARAMS else params  # each instance its own dict
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.follow_redirects = follow_redirects
        self.json_data = json_data
        self.extra_json = extra_json

    @classmethod
    def construct(cls, _fields_set: Optional[set[str]] = None, **values: Any) -> FinalRequestOptions:
        """Options from keyword arguments; ``NOT_GIVEN`` values (also inside mappings) are dropped."""
        self = cls.__new__(cls)
        given = self.__dict__
        given["params"] = {}
        for name, value in values.items():
            kind = value.__class__
            if kind is NotGiven:
                continue
            if kind is dict or (kind not in _PLAIN and isinstance(value, _Mapping)):
                value = _strip_not_given(value)
            given[name] = value
        if len(given) > len(_FIELDS) or not given.keys() <= _FIELDS:
            unknown = sorted(given.keys() - _FIELDS)
            raise TypeError(f"FinalRequestOptions has no field {unknown[0]!r}")
        self._fields_set_ = tuple(values) if _fields_set is None else tuple(_fields_set)
        return self

    model_construct = construct

    @property
    def model_fields_set(self) -> set[str]:
        """The fields that were set explicitly (by ``construct`` or ``__init__``)."""
        fields_set = self._fields_set_
        if fields_set is not None:
            return {name for name in fields_set if name in self.__dict__}
        values, cls = self.__dict__, type(self)
        return {name for name in self.model_fields if name in values and values[name] is not getattr(cls, name, None)}

    def get_max_retries(self, max_retries: int) -> int:
        """This request's ``max_retries``, or ``max_retries`` (the client's) if not set."""
        if isinstance(self.max_retries, NotGiven):
            return max_retries
        return self.max_retries

    def model_copy(self, *, update: Optional[Mapping[str, Any]] = None, deep: bool = False) -> Self:
        """A shallow copy (``deep=True``: a deep copy) with the fields in ``update`` replaced."""
        if deep:
            import copy

            new = copy.deepcopy(self)
        else:
            new = self.__class__.__new__(self.__class__)
            new.__dict__.update(self.__dict__)
        for name, value in (update or {}).items():
            setattr(new, name, value)
        return new

    def copy(self, **kwargs: Any) -> Self:  # pydantic v1 spelling
        return self.model_copy(**kwargs)

    def model_dump(self, *, exclude_unset: bool = False, **_kwargs: Any) -> Dict[str, Any]:
        """The fields as a dict (``exclude_unset``: only those set explicitly)."""
        names = self.model_fields_set if exclude_unset else set(self.model_fields)
        return {name: getattr(self, name) for name in self.model_fields if name in names}

    dict = model_dump  # pydantic v1 spelling

    def _strip_raw_response_header(self) -> None:
        headers = self.headers
        if isinstance(headers, NotGiven) or RAW_RESPONSE_HEADER not in headers:
            return
        self.headers = {k: v for k, v in headers.items() if k != RAW_RESPONSE_HEADER}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FinalRequestOptions):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.model_fields)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = " ".join(f"{name}={getattr(self, name)!r}" for name in self.model_fields)
        return f"FinalRequestOptions({fields})"

    def __str__(self) -> str:
        return self.__repr__()


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN,
) -> RequestOptions:
    """The ``options`` dict of a verb call: only the keys that were given.

    ``query`` and ``extra_query`` are merged into ``params`` (``extra_query`` wins).
    """
    options: Dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = extra_body
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    return options  # type: ignore[return-value]


def header_value(headers: Union[Headers, NotGiven], name: str) -> Union[str, Omit, None]:
    """The value of header ``name`` (exact spelling) in ``headers``, or None."""
    if isinstance(headers, NotGiven):
        return None
    return headers.get(name)

"""General helpers of the reference SDK (``anthropic._utils._utils``).

Compatibility layer: the SDK itself does not use these; they are here, with the
reference behaviour and error texts, for code written against the reference release.
"""

from __future__ import annotations

import functools
import inspect
import re
from datetime import date, datetime
from typing import (
    Any,
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    TypeVar,
    Union,
    cast,
    overload,
)

from typing_extensions import TypeGuard

from .._files import file_from_path as file_from_path
from .._types import FileTypes, HeadersLike, NotGiven
from . import is_given as is_given

__all__ = [
    "coerce_boolean",
    "coerce_float",
    "coerce_integer",
    "deepcopy_minimal",
    "extract_files",
    "file_from_path",
    "flatten",
    "get_async_library",
    "get_required_header",
    "human_join",
    "is_dict",
    "is_given",
    "is_iterable",
    "is_list",
    "is_mapping",
    "is_mapping_t",
    "is_sequence",
    "is_sequence_t",
    "is_tuple",
    "is_tuple_t",
    "json_safe",
    "lru_cache",
    "maybe_coerce_boolean",
    "maybe_coerce_float",
    "maybe_coerce_integer",
    "quote",
    "removeprefix",
    "removesuffix",
    "required_args",
    "strip_not_given",
]

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
_TupleT = TypeVar("_TupleT", bound=Tuple[object, ...])
_MappingT = TypeVar("_MappingT", bound=Mapping[str, object])
_SequenceT = TypeVar("_SequenceT", bound=Sequence[object])
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


# --------------------------------------------------------------------------------------
# isinstance checks that narrow to `object` element types (`is_*`) or keep a known
# type (`is_*_t`, for narrowing a union the caller already typed).


def is_tuple(obj: object) -> TypeGuard[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_tuple_t(obj: _TupleT | object) -> TypeGuard[_TupleT]:
    return isinstance(obj, tuple)


def is_sequence(obj: object) -> TypeGuard[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_sequence_t(obj: _SequenceT | object) -> TypeGuard[_SequenceT]:
    return isinstance(obj, Sequence)


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_mapping_t(obj: _MappingT | object) -> TypeGuard[_MappingT]:
    return isinstance(obj, Mapping)


def is_dict(obj: object) -> TypeGuard[Dict[object, object]]:
    return isinstance(obj, dict)


def is_list(obj: object) -> TypeGuard[List[object]]:
    return isinstance(obj, list)


def is_iterable(obj: object) -> TypeGuard[Iterable[object]]:
    return isinstance(obj, Iterable)


# --------------------------------------------------------------------------------------
# Containers


def flatten(t: Iterable[Iterable[_T]]) -> List[_T]:
    """One list of the items of every inner iterable, in order."""
    out: List[_T] = []
    for inner in t:
        out.extend(inner)
    return out


def deepcopy_minimal(item: _T) -> _T:
    """A copy in which every mapping (as a ``dict``) and every list is new; other values are shared."""
    if isinstance(item, Mapping):
        mapping = cast(Mapping[object, object], item)
        return cast(_T, {key: deepcopy_minimal(value) for key, value in mapping.items()})
    if isinstance(item, list):
        return cast(_T, [deepcopy_minimal(entry) for entry in cast(List[object], item)])
    return item


@overload
def strip_not_given(obj: None) -> None: ...


@overload
def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> Dict[_K, _V]: ...


@overload
def strip_not_given(obj: object) -> object: ...


def strip_not_given(obj: object | None) -> object:
    """A mapping without its top-level ``NotGiven`` values (``omit`` stays); anything else as is."""
    if not isinstance(obj, Mapping):
        return obj
    mapping = cast(Mapping[object, object], obj)
    return {key: value for key, value in mapping.items() if not isinstance(value, NotGiven)}


def json_safe(data: object) -> object:
    """``data`` with mappings as dicts, other iterables (not str/bytes) as lists, dates as ISO strings."""
    if isinstance(data, Mapping):
        mapping = cast(Mapping[object, object], data)
        return {json_safe(key): json_safe(value) for key, value in mapping.items()}
    if isinstance(data, (str, bytes, bytearray)):
        return data
    if isinstance(data, Iterable):
        return [json_safe(entry) for entry in cast(Iterable[object], data)]
    if isinstance(data, (date, datetime)):
        return data.isoformat()
    return data


# --------------------------------------------------------------------------------------
# Multipart files


def _check_file(value: object, key: str) -> None:
    if not isinstance(value, (bytes, tuple)) and not _is_io_or_path(value):
        raise RuntimeError(
            f"Expected entry at `{key}` to be bytes, an io.IOBase instance, PathLike or a tuple but received "
            f"{type(value)} instead. See https://github.com/anthropics/anthropic-sdk-python/tree/main#file-uploads"
        )


def _is_io_or_path(value: object) -> bool:
    import io
    import os

    return isinstance(value, (io.IOBase, os.PathLike))


def extract_files(query: Mapping[str, object], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Remove the file inputs found at ``paths`` from ``query`` and return them as multipart fields.

    A path is a list of keys, ``"<array>"`` standing for every item of a list, e.g.
    ``["files", "<array>", "data"]``. The field name joins the keys as ``a[b][c]`` (``[]`` for
    list items). A missing key is skipped; the value at the end of a path is popped from its
    dict (so ``query`` is modified) and must be file content (``RuntimeError`` otherwise).
    """
    found: List[Tuple[str, FileTypes]] = []
    for path in paths:
        _collect(query, path, 0, None, found)
    return found


def _collect(
    node: object, path: Sequence[str], depth: int, name: Optional[str], found: List[Tuple[str, FileTypes]]
) -> None:
    if depth == len(path):
        if not is_given(node):
            return
        assert name is not None
        if isinstance(node, list):
            for entry in cast(List[object], node):
                _check_file(entry, name + "[]")
                found.append((name + "[]", cast(FileTypes, entry)))
        else:
            _check_file(node, name)
            found.append((name, cast(FileTypes, node)))
        return

    key = path[depth]
    if isinstance(node, dict):
        container = cast(Dict[str, object], node)
        if key not in container:
            return
        value = container.pop(key) if depth + 1 == len(path) else container[key]
        _collect(value, path, depth + 1, key if name is None else f"{name}[{key}]", found)
    elif isinstance(node, list) and key == "<array>":
        item_name = "[]" if name is None else name + "[]"
        for entry in cast(List[object], node):
            _collect(entry, path, depth + 1, item_name, found)


# --------------------------------------------------------------------------------------
# required_args


def human_join(seq: Sequence[str], *, delim: str = ", ", final: str = "or") -> str:
    """``a``, ``a or b``, ``a, b or c`` (``final`` replaces ``or``)."""
    if len(seq) <= 2:
        return f" {final} ".join(seq)
    return f"{delim.join(seq[:-1])} {final} {seq[-1]}"


def quote(string: str) -> str:
    """``string`` in single quotes (nothing is escaped)."""
    return f"'{string}'"


def _missing_message(variants: Tuple[Sequence[str], ...], given: Set[str]) -> str:
    if len(variants) == 1:
        # In the order of the variant (the reference's order is a set's, so arbitrary).
        missing = [quote(name) for name in dict.fromkeys(variants[0]) if name not in given]
        if len(missing) == 1:
            return f"Missing required argument: {missing[0]}"
        return f"Missing required arguments: {human_join(missing)}"
    if not variants:
        raise AssertionError("required_args() was given no variant of argument names")
    options = human_join(["(" + human_join([quote(a) for a in v], final="and") + ")" for v in variants])
    return f"Missing required arguments; Expected either {options} arguments to be given"


def required_args(*variants: Sequence[str]) -> Callable[[CallableT], CallableT]:
    """Check at call time that every argument of at least one variant was passed.

    An argument counts as passed when given by keyword or by position (whatever its value,
    ``None`` included). Otherwise ``TypeError``: with one variant it names the missing
    arguments (``Missing required argument: 'a'``), with several it lists the variants
    (``Missing required arguments; Expected either ('a') or ('b' and 'c') arguments to be
    given``). Too many positional arguments are a ``TypeError`` as well.
    """

    def decorate(func: CallableT) -> CallableT:
        kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        positional = [p.name for p in inspect.signature(func).parameters.values() if p.kind in kinds]

        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            if len(args) > len(positional):
                raise TypeError(f"{func.__name__}() takes {len(positional)} argument(s) but {len(args)} were given")
            given = {*positional[: len(args)], *kwargs}
            if not any(all(name in given for name in variant) for variant in variants):
                raise TypeError(_missing_message(variants, given))
            return func(*args, **kwargs)

        return cast(CallableT, wrapper)

    return decorate


# --------------------------------------------------------------------------------------
# Strings, numbers, headers


def removeprefix(string: str, prefix: str) -> str:
    return string[len(prefix) :] if prefix and string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


def coerce_integer(val: str) -> int:
    return int(val, base=10)


def coerce_float(val: str) -> float:
    return float(val)


def coerce_boolean(val: str) -> bool:
    """``"true"``, ``"1"`` and ``"on"`` are true; anything else (``"True"`` included) is false."""
    return val in ("true", "1", "on")


def maybe_coerce_integer(val: Optional[str]) -> Optional[int]:
    return None if val is None else coerce_integer(val)


def maybe_coerce_float(val: Optional[str]) -> Optional[float]:
    return None if val is None else coerce_float(val)


def maybe_coerce_boolean(val: Optional[str]) -> Optional[bool]:
    return None if val is None else coerce_boolean(val)


def _title_case(header: str) -> str:
    # "stainless-event-id" -> "Stainless-Event-Id": capitalise, then upper-case every
    # letter that follows a non-word character.
    return re.sub(r"(?<=[^\w])\w", lambda m: m.group(0).upper(), header.capitalize())


def get_required_header(headers: HeadersLike, header: str) -> str:
    """The value of ``header`` in a mapping (any case) or a ``.get()``-able headers object.

    ``ValueError("Could not find <header> header")`` when absent or empty.
    """
    wanted = header.lower()
    if isinstance(headers, Mapping):
        for key, value in cast(Mapping[str, object], headers).items():
            if key.lower() == wanted and isinstance(value, str):
                return value
    getter = cast(Any, headers).get
    for candidate in (header, wanted, header.upper(), _title_case(header)):
        value = getter(candidate)
        if value:
            return cast(str, value)
    raise ValueError(f"Could not find {header} header")


# --------------------------------------------------------------------------------------
# Runtime


def get_async_library() -> str:
    """The running async library (``"asyncio"``, ``"trio"``), or ``"false"`` outside one."""
    try:
        import sniffio

        return sniffio.current_async_library()
    except Exception:
        return "false"


def lru_cache(*, maxsize: Union[int, None] = 128) -> Callable[[CallableT], CallableT]:
    """``functools.lru_cache`` (keyword-only ``maxsize``) typed to keep the function's signature."""
    return cast(Any, functools.lru_cache(maxsize=maxsize))

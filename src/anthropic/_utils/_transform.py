"""``transform`` / ``maybe_transform`` (and async twins): the reference's params walk.

Compatibility layer, for code written against the reference release; the request path uses
``fast_transform`` (``_fast_transform.py``), which gives the same JSON without walking
what cannot change.

``transform(data, expected_type)`` walks ``data`` against the type:

* a mapping typed as a TypedDict becomes a new dict: keys whose value is ``NotGiven`` /
  ``omit`` are dropped, keys with ``PropertyInfo(alias=...)`` renamed, known keys walked by
  their annotation, unknown keys kept as they are;
* ``Dict[str, T]`` values are walked by ``T``; a list for ``List[T]``, any iterable but a str
  for ``Iterable[T]`` / ``Sequence[T]`` becomes a new list of walked items (int / float
  items are not walked; a dict is left alone);
* each member of a ``Union`` is applied in turn;
* a pydantic model is dumped (``mode="json"``, ``exclude_unset=True``, minus its
  ``__api_exclude__`` fields);
* ``PropertyInfo(format=...)`` on the annotation encodes the value: ``iso8601`` dates,
  ``custom`` ``strftime`` templates, ``base64`` file inputs (a path's contents or a file
  object's ``read()``).

Differences from the reference, on purpose: ``NotRequired[...]`` is looked through like
``Required[...]``; any ``os.PathLike`` is read for ``base64`` (not only ``pathlib.Path``);
the async variant also leaves out ``__api_exclude__`` fields (as the sync one does).
"""

from __future__ import annotations

import functools
import os
from typing import Any, Dict, Generator, Iterable, List, Mapping, Optional, Sequence, TypeVar, cast

import typing_extensions
from typing_extensions import get_args, get_origin

from .._types import NotGiven, Omit

# `PropertyInfo` is defined in the package (the request path needs it cheaply); the same class.
from . import PropertyFormat as PropertyFormat, PropertyInfo as PropertyInfo
from ._fast_transform import (
    alias_of,
    encode_base64,
    fast_transform as fast_transform,
    format_of,
    format_value,
    needs_transform as needs_transform,
    strip_wrappers,
    type_hints,
)
from ._typing import is_iterable_type, is_list_type, is_sequence_type, is_typeddict, is_union_type

__all__ = [
    "PropertyFormat",
    "PropertyInfo",
    "async_maybe_transform",
    "async_transform",
    "fast_transform",
    "get_type_hints",
    "maybe_transform",
    "needs_transform",
    "transform",
]

_T = TypeVar("_T")

# The walk is a generator: it yields each path whose bytes it needs and is sent them back,
# so one implementation serves the sync driver (reads directly) and the async one (reads in
# a worker thread).
_Walk = Generator["os.PathLike[str]", bytes, object]


@functools.lru_cache(maxsize=8096)
def get_type_hints(
    obj: Any,
    globalns: Optional[Dict[str, Any]] = None,
    localns: Optional[Mapping[str, Any]] = None,
    include_extras: bool = False,
) -> Dict[str, Any]:
    """``typing_extensions.get_type_hints``, cached (the arguments must be hashable)."""
    return typing_extensions.get_type_hints(obj, globalns=globalns, localns=localns, include_extras=include_extras)


def _walk(data: Any, annotation: Any, inner: Any) -> _Walk:
    tp = strip_wrappers(inner)
    if _is_mapping(data):
        mapping: Mapping[str, object] = data
        if is_typeddict(tp):
            return (yield from _walk_typeddict(mapping, tp))
        if (get_origin(tp) or tp) is dict:
            args = get_args(tp)
            value_type: Any = args[1] if len(args) == 2 else object
            out: Dict[str, object] = {}
            for key, value in mapping.items():
                out[key] = yield from _walk(value, value_type, value_type)
            return out

    items: Iterable[object] = data
    if _is_sequence_like(tp, items):
        if isinstance(items, dict):
            return data
        args = get_args(tp)
        item_type: Any = args[0] if args else object
        if item_type is int or item_type is float:
            return data if isinstance(items, list) else list(items)
        walked: List[object] = []
        for item in items:
            walked.append((yield from _walk(item, annotation, item_type)))
        return walked

    if is_union_type(tp):
        for member in get_args(tp):
            data = yield from _walk(data, annotation, member)
        return data

    if _is_model(data):
        from .._compat import model_dump

        exclude = getattr(data, "__api_exclude__", None)
        return model_dump(data, exclude_unset=True, mode="json", exclude=exclude)

    fmt = format_of(annotation)
    if fmt is None:
        return data
    if fmt[0] == "base64" and _is_path(data):
        path: os.PathLike[str] = data
        return encode_base64((yield path), path)
    return format_value(data, fmt)


def _is_mapping(value: object) -> bool:
    return isinstance(value, Mapping)


def _is_path(value: object) -> bool:
    return isinstance(value, os.PathLike)


def _is_sequence_like(tp: Any, data: Any) -> bool:
    if is_list_type(tp):
        return isinstance(data, list)
    if isinstance(data, str):
        return False
    if is_iterable_type(tp):
        return isinstance(data, Iterable)
    return is_sequence_type(tp) and isinstance(data, Sequence)


def _is_model(data: Any) -> bool:
    import pydantic

    return isinstance(data, pydantic.BaseModel)


def _walk_typeddict(data: Mapping[str, object], td: Any) -> _Walk:
    hints = type_hints(td)
    out: Dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, (NotGiven, Omit)):
            continue
        hint = hints.get(key)
        if hint is None:
            out[key] = value
        else:
            out[alias_of(hint) or key] = yield from _walk(value, hint, hint)
    return out


def _read_path(path: os.PathLike[str]) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def transform(data: _T, expected_type: object) -> _T:
    """``data`` as the API expects it for ``expected_type`` (see the module doc).

    The result's type is not what the type system says (keys may be renamed).
    """
    walk = _walk(data, expected_type, expected_type)
    try:
        path = next(walk)
        while True:
            path = walk.send(_read_path(path))
    except StopIteration as done:
        return cast(_T, done.value)


def maybe_transform(data: object, expected_type: object) -> Optional[Any]:
    """``transform``, except that ``None`` stays ``None``."""
    return None if data is None else transform(data, expected_type)


async def async_transform(data: _T, expected_type: object) -> _T:
    """``transform`` that reads file paths in a worker thread."""
    walk = _walk(data, expected_type, expected_type)
    try:
        path = next(walk)
        while True:
            import anyio.to_thread

            path = walk.send(await anyio.to_thread.run_sync(_read_path, path))
    except StopIteration as done:
        return cast(_T, done.value)


async def async_maybe_transform(data: object, expected_type: object) -> Optional[Any]:
    """``async_transform``, except that ``None`` stays ``None``."""
    return None if data is None else await async_transform(data, expected_type)

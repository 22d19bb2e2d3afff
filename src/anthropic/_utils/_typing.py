"""Type-introspection helpers of the reference SDK (``anthropic._utils.is_list_type`` ...).

Compatibility layer: the SDK itself does not use these; they are here for code written
against the reference release. Only ``typing`` / ``typing_extensions`` are imported.
"""

from __future__ import annotations

import collections.abc
import sys
import typing
from typing import Any, Optional, Tuple, Type, TypeVar, Union, cast

import typing_extensions
from typing_extensions import Annotated, Required, TypeIs

from .._types import InheritsGeneric

__all__ = [
    "extract_type_arg",
    "extract_type_var_from_base",
    "get_args",
    "get_origin",
    "is_annotated_type",
    "is_iterable_type",
    "is_list_type",
    "is_literal_type",
    "is_required_type",
    "is_sequence_type",
    "is_type_alias_type",
    "is_typeddict",
    "is_typevar",
    "is_union",
    "is_union_type",
    "strip_annotated_type",
]

if sys.version_info >= (3, 10):
    import types as _types

    _UNION_ORIGINS: Tuple[object, ...] = (Union, _types.UnionType)
else:
    _UNION_ORIGINS = (Union,)

if sys.version_info >= (3, 12):
    _ALIAS_TYPES: Tuple[type, ...] = (typing_extensions.TypeAliasType, typing.TypeAliasType)
else:
    _ALIAS_TYPES = (typing_extensions.TypeAliasType,)

_LITERALS = (typing.Literal, typing_extensions.Literal)
_SEQUENCES = (typing.Sequence, typing_extensions.Sequence, collections.abc.Sequence)
_ITERABLES = (typing.Iterable, collections.abc.Iterable)


def get_args(tp: Type[Any]) -> Tuple[Any, ...]:
    return typing_extensions.get_args(tp)


def get_origin(tp: Type[Any]) -> Optional[Type[Any]]:
    return typing_extensions.get_origin(tp)


def is_union(tp: Optional[Type[Any]]) -> bool:
    """Whether ``tp`` is ``typing.Union`` itself (or ``types.UnionType``): pass an origin."""
    return any(tp is u for u in _UNION_ORIGINS)


def is_typeddict(tp: Type[Any]) -> bool:
    return typing_extensions.is_typeddict(tp)


def is_literal_type(tp: Type[Any]) -> bool:
    origin = get_origin(tp)
    return any(origin is lit for lit in _LITERALS)


def is_annotated_type(typ: type) -> bool:
    return typing_extensions.get_origin(typ) is Annotated


def is_list_type(typ: type) -> bool:
    """``List[T]``, ``list[T]`` or bare ``list``."""
    return (get_origin(typ) or typ) is list


def is_sequence_type(typ: type) -> bool:
    origin = get_origin(typ) or typ
    return any(origin == s for s in _SEQUENCES)


def is_iterable_type(typ: type) -> bool:
    origin = get_origin(typ) or typ
    return any(origin == s for s in _ITERABLES)


def is_union_type(typ: type) -> bool:
    """``Union[...]``, ``Optional[...]`` or ``X | Y``."""
    return is_union(get_origin(typ))


def is_required_type(typ: type) -> bool:
    """``Required[T]`` (``NotRequired[T]`` is not)."""
    return typing_extensions.get_origin(typ) is Required


def is_typevar(typ: type) -> bool:
    return type(typ) is TypeVar  # pyright: ignore[reportUnnecessaryComparison]


def is_type_alias_type(tp: Any, /) -> TypeIs[typing_extensions.TypeAliasType]:
    """A ``TypeAliasType`` instance: ``type X = ...`` (3.12+) or ``TypeAliasType("X", ...)``."""
    return isinstance(tp, _ALIAS_TYPES)


def strip_annotated_type(typ: type) -> type:
    """``T`` from ``Annotated[T, ...]``, ``Required[T]`` and nestings of the two.

    ``NotRequired[...]`` is left in place, as in the reference.
    """
    while is_required_type(typ) or is_annotated_type(typ):
        typ = cast(type, get_args(typ)[0])
    return typ


def extract_type_arg(typ: type, index: int) -> type:
    """The ``index``-th type argument of ``typ``; ``RuntimeError`` when there is none."""
    args = get_args(typ)
    try:
        return cast(type, args[index])
    except IndexError as exc:
        raise RuntimeError(f"Expected type {typ} to have a type argument at index {index} but it did not") from exc


def extract_type_var_from_base(
    typ: type,
    *,
    generic_bases: Tuple[type, ...],
    index: int,
    failure_message: Optional[str] = None,
) -> type:
    """The type bound to the ``index``-th type variable of one of ``generic_bases``.

    ``typ`` may be a base itself (``Base[int]``), a concrete subclass (``class Sub(Base[int])``)
    or a parametrised generic subclass (``Sub[int]`` with ``class Sub(Base[T])``).
    """
    cls: Any = get_origin(typ) or typ
    if cls in generic_bases:
        return extract_type_arg(typ, index)

    if isinstance(cls, InheritsGeneric):
        base = next(
            (b for b in cls.__orig_bases__ if b.__origin__ in generic_bases),
            None,
        )
        if base is None:
            raise RuntimeError(
                "Could not find the generic base class;\n"
                "This should never happen;\n"
                f"Does {cls} inherit from one of {generic_bases} ?"
            )
        found = extract_type_arg(cast(type, base), index)
        # The subclass is generic itself: the argument comes from `typ`.
        return extract_type_arg(typ, index) if is_typevar(found) else found

    raise RuntimeError(failure_message or f"Could not resolve inner type variable at index {index} for {typ}")

"""``fast_transform``: the wire renames and encodings of a params body, for the request path.

A params TypedDict may carry ``PropertyInfo`` metadata: ``alias`` (the key's wire name,
e.g. ``betas`` -> ``anthropic-beta`` inside each request of a beta batch) and ``format``
(``iso8601`` dates, ``base64`` file inputs). ``fast_transform(data, expected_type)``
applies them with the same result as the reference-compatible ``transform`` (in
``_transform.py``), minus what the JSON encoder does anyway: ``NotGiven`` / ``omit``
values are left in place, pydantic models and non-list iterables are left for the encoder.

How it stays cheap:

* Each type is compiled once (thread-safe, cached by type) into a *plan*: the tree of the
  paths that lead to an alias or a format, every other branch pruned. A type with none
  (most params types) compiles to ``None`` and ``fast_transform`` returns ``data`` at once.
* Applying a plan visits only those paths and copies on write: a body in which nothing
  needs renaming or encoding is returned as the very same object.

The walk follows the reference rules exactly (which value shapes enter which branch, union
members applied one after another, a key renamed only by the alias on its own annotation).
"""

from __future__ import annotations

import base64
import io
import os
import threading
from datetime import date
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, cast

import typing_extensions
from typing_extensions import Annotated, NotRequired, Required, get_args, get_origin

from . import PropertyInfo
from ._typing import is_iterable_type, is_list_type, is_sequence_type, is_typeddict, is_union_type

__all__ = ["fast_transform", "needs_transform"]

# (format, format_template) of a PropertyInfo; None when the annotation has no format.
Format = Optional[Tuple[str, Optional[str]]]


# --------------------------------------------------------------------------------------
# Reading the annotations (shared with `_transform.py`)


def strip_wrappers(tp: Any) -> Any:
    """``T`` from any nesting of ``Required[...]``, ``NotRequired[...]`` and ``Annotated[...]``."""
    while True:
        origin = get_origin(tp)
        if origin is Required or origin is NotRequired or origin is Annotated:
            tp = get_args(tp)[0]
        else:
            return tp


def _metadata(tp: Any) -> Tuple[Any, ...]:
    # The `Annotated` metadata directly on a field annotation (under Required/NotRequired).
    origin = get_origin(tp)
    while origin is Required or origin is NotRequired:
        tp = get_args(tp)[0]
        origin = get_origin(tp)
    if origin is Annotated:
        return cast(Tuple[Any, ...], tp.__metadata__)
    return ()


def alias_of(tp: Any) -> Optional[str]:
    """The wire name a TypedDict field annotation gives its key, if any."""
    for meta in _metadata(tp):
        if isinstance(meta, PropertyInfo) and meta.alias is not None:
            return meta.alias
    return None


def format_of(tp: Any) -> Format:
    """The ``(format, template)`` an annotation gives its value, if any."""
    for meta in _metadata(tp):
        if isinstance(meta, PropertyInfo) and meta.format is not None:
            return (meta.format, meta.format_template)
    return None


_hints: Dict[Any, Dict[str, Any]] = {}


def type_hints(td: Any) -> Dict[str, Any]:
    """The resolved field annotations of a TypedDict (``Annotated`` kept), cached."""
    hints = _hints.get(td)
    if hints is None:
        hints = _hints[td] = typing_extensions.get_type_hints(td, include_extras=True)
    return hints


def is_base64_source(value: object) -> bool:
    return isinstance(value, (io.IOBase, os.PathLike))


def encode_base64(content: object, source: object) -> str:
    if isinstance(content, str):
        content = content.encode()
    if not isinstance(content, bytes):
        raise RuntimeError(f"Could not read bytes from {source}; Received {type(content)}")
    return base64.b64encode(content).decode("ascii")


def format_value(value: object, fmt: Tuple[str, Optional[str]]) -> object:
    """``value`` in the wire encoding ``fmt``; values the format does not apply to as they are.

    ``iso8601``: a date/datetime as ``isoformat()``; ``custom``: ``strftime(template)``;
    ``base64``: a path's file contents or a file object's ``read()``, base64 encoded.
    """
    kind = fmt[0]
    if isinstance(value, date):
        if kind == "iso8601":
            return value.isoformat()
        if kind == "custom" and fmt[1] is not None:
            return value.strftime(fmt[1])
        return value
    if kind == "base64" and type(value) is not str and is_base64_source(value):
        source: Any = value
        if isinstance(source, _PathLike):
            with open(source, "rb") as f:
                return encode_base64(f.read(), source)
        return encode_base64(cast(io.IOBase, source).read(), source)
    return value


# --------------------------------------------------------------------------------------
# Plans: a tree of nodes per type, pruned to the paths that lead to an alias or a format,
# then compiled into small closures (one per node) that the request path calls.

Apply = Callable[[Any], Any]

# No plan changes a value of these types (formats apply to dates and files, the rest to
# containers), so the walk does not even call into a child plan for one.
_SCALARS: Any = frozenset({str, int, float, bool, type(None)})

# Typed `Any` so that checks against them do not narrow `data` for the type checker.
_type: Any = type
_dict: Any = dict
_list: Any = list
_str: Any = str
_Mapping: Any = Mapping
_Iterable: Any = Iterable
_Sequence: Any = Sequence
_PathLike: Any = os.PathLike


def _format_fn(fmt: Format) -> Optional[Apply]:
    """The function applying ``fmt`` (None when there is none: the value stays as it is)."""
    if fmt is None:
        return None
    spec = fmt
    if spec[0] == "base64":

        def encode_file(data: Any) -> Any:
            return data if type(data) is _str else format_value(data, spec)

        return encode_file

    def encode(data: Any) -> Any:
        return format_value(data, spec)

    return encode


class _Node:
    """One (format, type) position of the type tree: a leaf, or the base of a container node.

    A value that does not have the node's shape (e.g. a str where a TypedDict is expected)
    gets the annotation's format, if any, as in the reference.
    """

    __slots__ = ("fmt", "fn", "live")

    def __init__(self, fmt: Format) -> None:
        self.fmt = fmt
        self.live = False
        self.fn: Optional[Apply] = None

    def children(self) -> List[_Node]:
        return []

    def prune(self) -> None:
        pass

    def resolve(self) -> None:
        pass

    def signature(self) -> object:
        """Equal for nodes whose plans do the same thing (used to drop repeated union members)."""
        return ("format", self.fmt) if type(self) is _Node else self

    def dict_keys(self) -> Optional[FrozenSet[str]]:
        """Keys such that a plain dict holding none of them passes unchanged (None: unknown)."""
        return None

    def compile(self) -> Apply:
        fn = _format_fn(self.fmt)
        assert fn is not None  # a leaf is live only through its format
        return fn

    def function(self) -> Apply:
        """The compiled plan (built once; recursive types go through a trampoline)."""
        fn = self.fn
        if fn is None:
            cell: List[Apply] = []

            def trampoline(data: Any) -> Any:
                return cell[0](data)

            self.fn = trampoline
            fn = self.compile()
            cell.append(fn)
            self.fn = fn
        return fn


class _TypedDictNode(_Node):
    __slots__ = ("entries",)

    def __init__(self, fmt: Format) -> None:
        super().__init__(fmt)
        self.entries: Tuple[Tuple[str, Optional[str], Optional[_Node]], ...] = ()

    def children(self) -> List[_Node]:
        return [child for _, _, child in self.entries if child is not None]

    def prune(self) -> None:
        kept: List[Tuple[str, Optional[str], Optional[_Node]]] = []
        for key, alias, child in self.entries:
            if child is not None and not child.live:
                child = None
            if alias is not None or child is not None:
                kept.append((key, alias, child))
        self.entries = tuple(kept)

    def resolve(self) -> None:
        self.entries = tuple((k, a, _resolved(c)) for k, a, c in self.entries)

    def signature(self) -> object:
        return ("typeddict", self.fmt, tuple((k, a, id(c)) for k, a, c in self.entries))

    def dict_keys(self) -> Optional[FrozenSet[str]]:
        return frozenset(key for key, _, _ in self.entries)

    def single(self) -> Optional[Tuple[str, Apply]]:
        """``(key, plan)`` when the plan is one key's plan and nothing else (for a dict)."""
        if len(self.entries) != 1:
            return None
        key, alias, child = self.entries[0]
        return None if alias is not None or child is None else (key, child.function())

    def compile(self) -> Apply:
        fallback = _format_fn(self.fmt)
        aliases = {key: alias for key, alias, _ in self.entries if alias is not None}
        walks = tuple((key, child.function()) for key, _, child in self.entries if child is not None)

        if not aliases and len(walks) == 1:
            # The usual case (one path through this TypedDict): no loop.
            only_key, only_walk = walks[0]

            def walk_one(data: Any) -> Any:
                if type(data) is not _dict and not isinstance(data, _Mapping):
                    return data if fallback is None else fallback(data)
                if only_key in data:
                    value = data[only_key]
                    if type(value) in _SCALARS:
                        return data
                    new = only_walk(value)
                    if new is not value:
                        out = dict(data)
                        out[only_key] = new
                        return out
                return data

            return walk_one

        def walk_fields(data: Any) -> Any:
            if type(data) is not _dict and not isinstance(data, _Mapping):
                return data if fallback is None else fallback(data)
            changed: Optional[Dict[str, object]] = None
            for key, walk in walks:
                if key in data:
                    value = data[key]
                    if type(value) in _SCALARS:
                        continue
                    new = walk(value)
                    if new is not value:
                        if changed is None:
                            changed = {}
                        changed[key] = new
            if aliases and any(key in data for key in aliases):
                if changed is None:
                    return {aliases.get(k, k): v for k, v in data.items()}
                return {aliases.get(k, k): changed.get(k, v) for k, v in data.items()}
            if changed is None:
                return data
            out = dict(data)
            out.update(changed)
            return out

        return walk_fields


class _DictNode(_Node):
    """``Dict[str, T]``: each value by T's plan."""

    __slots__ = ("values",)

    def __init__(self, fmt: Format) -> None:
        super().__init__(fmt)
        self.values: Optional[_Node] = None

    def children(self) -> List[_Node]:
        return [] if self.values is None else [self.values]

    def prune(self) -> None:
        if self.values is not None and not self.values.live:
            self.values = None

    def resolve(self) -> None:
        self.values = _resolved(self.values)

    def compile(self) -> Apply:
        fallback = _format_fn(self.fmt)
        if self.values is None:
            # Live through its format only, which a mapping does not get.
            assert fallback is not None
            format_other = fallback

            def format_non_mapping(data: Any) -> Any:
                if type(data) is _dict or isinstance(data, _Mapping):
                    return data
                return format_other(data)

            return format_non_mapping
        walk = self.values.function()

        def walk_values(data: Any) -> Any:
            if type(data) is not _dict and not isinstance(data, _Mapping):
                return data if fallback is None else fallback(data)
            out: Optional[Dict[str, object]] = None
            for key, value in data.items():
                if type(value) in _SCALARS:
                    continue
                new = walk(value)
                if new is not value:
                    if out is None:
                        out = dict(data)
                    out[key] = new
            return data if out is None else out

        return walk_values


_LIST, _ITERABLE, _SEQUENCE = 0, 1, 2


class _SeqNode(_Node):
    """``List[T]`` / ``Iterable[T]`` / ``Sequence[T]``: each item by T's plan."""

    __slots__ = ("item", "kind")

    def __init__(self, fmt: Format, kind: int) -> None:
        super().__init__(fmt)
        self.kind = kind
        self.item: Optional[_Node] = None

    def children(self) -> List[_Node]:
        return [] if self.item is None else [self.item]

    def prune(self) -> None:
        if self.item is not None and not self.item.live:
            self.item = None

    def resolve(self) -> None:
        self.item = _resolved(self.item)

    def compile(self) -> Apply:
        fallback = _format_fn(self.fmt)
        shape = _list if self.kind == _LIST else _Iterable if self.kind == _ITERABLE else _Sequence
        item = self.item
        walk = None if item is None else item.function()

        def other(data: Any) -> Any:
            # Anything but an exact list. The reference walks a list (subclasses included) for
            # List[T], any iterable but a str for Iterable[T] / Sequence[T], and sends a list.
            if isinstance(data, _str) or not isinstance(data, shape):
                return data if fallback is None else fallback(data)
            if walk is None or isinstance(data, _dict):
                return data
            return [walk(value) for value in data]

        if walk is None:
            # Live through its format only, which a list does not get.
            def format_non_list(data: Any) -> Any:
                return data if type(data) is _list else other(data)

            return format_non_list

        single = item.single() if isinstance(item, _TypedDictNode) else None
        if single is not None:
            # Dicts with one path each (`messages` -> `content`): the dict step is inlined.
            key, key_walk = single

            def walk_dicts(data: Any) -> Any:
                if type(data) is not _list:
                    return other(data)
                out: Optional[List[object]] = None
                for i, value in enumerate(data):
                    if type(value) is _dict:
                        if key not in value:
                            continue
                        inner = value[key]
                        if type(inner) in _SCALARS:
                            continue
                        new_inner = key_walk(inner)
                        if new_inner is inner:
                            continue
                        new: Any = dict(value)
                        new[key] = new_inner
                    else:
                        new = walk(value)
                        if new is value:
                            continue
                    if out is None:
                        out = list(data)
                    out[i] = new
                return data if out is None else out

            return walk_dicts

        keys = item.dict_keys() if item is not None else None
        if keys is not None and len(keys) <= 2:
            # Dicts that have neither of the (one or two) keys the item plan looks at, like
            # most content blocks, are skipped unvisited.
            key1, key2 = (sorted(keys) * 2)[:2]

            def walk_skipping(data: Any) -> Any:
                if type(data) is not _list:
                    return other(data)
                out: Optional[List[object]] = None
                for i, value in enumerate(data):
                    kind = _type(value)
                    if kind in _SCALARS or (kind is _dict and key1 not in value and key2 not in value):
                        continue
                    new = walk(value)
                    if new is not value:
                        if out is None:
                            out = list(data)
                        out[i] = new
                return data if out is None else out

            return walk_skipping

        def walk_items(data: Any) -> Any:
            if type(data) is not _list:
                return other(data)
            out: Optional[List[object]] = None
            for i, value in enumerate(data):
                if type(value) in _SCALARS:
                    continue
                new = walk(value)
                if new is not value:
                    if out is None:
                        out = list(data)
                    out[i] = new
            return data if out is None else out

        return walk_items


class _UnionNode(_Node):
    """``Union[...]``: every member's plan, one after the other (as the reference does)."""

    __slots__ = ("variants",)

    def __init__(self, fmt: Format) -> None:
        super().__init__(fmt)
        self.variants: Tuple[_Node, ...] = ()

    def children(self) -> List[_Node]:
        return list(self.variants)

    def prune(self) -> None:
        kept: List[_Node] = []
        seen: Set[object] = set()
        for variant in self.variants:
            # Applying the same plan twice changes nothing: keep one of each.
            signature = variant.signature()
            if variant.live and signature not in seen:
                seen.add(signature)
                kept.append(variant)
        self.variants = tuple(kept)

    def resolve(self) -> None:
        self.variants = tuple(cast(_Node, _resolved(v)) for v in self.variants)

    def dict_keys(self) -> Optional[FrozenSet[str]]:
        keys: Set[str] = set()
        for variant in self.variants:
            more = variant.dict_keys()
            if more is None:
                return None
            keys |= more
        return frozenset(keys)

    def compile(self) -> Apply:
        fns = tuple(v.function() for v in self.variants)
        if len(fns) == 2:
            first, second = fns

            def walk_two(data: Any) -> Any:
                return second(first(data))

            chain = walk_two
        else:

            def walk_all(data: Any) -> Any:
                for fn in fns:
                    data = fn(data)
                return data

            chain = walk_all

        keys = self.dict_keys()
        if keys is None or any(v.fmt is not None for v in self.variants):
            return chain
        # Only TypedDict members (content blocks...): they can change nothing but a mapping
        # holding one of their keys, which a dict rules out with one check.

        def walk_typeddicts(data: Any) -> Any:
            if type(data) is _dict:
                return data if keys.isdisjoint(data) else chain(data)
            return chain(data) if isinstance(data, _Mapping) else data

        return walk_typeddicts


def _resolved(node: Optional[_Node]) -> Optional[_Node]:
    # A union left with one member is that member.
    while isinstance(node, _UnionNode) and len(node.variants) == 1:
        node = node.variants[0]
    return node


def _ordered(tp: Any) -> Any:
    """A key for ``tp`` that tells ``Union[A, B]`` from ``Union[B, A]`` (equal for typing,
    but the walk applies members in order)."""
    args = get_args(tp)
    if not args:
        return tp
    return (get_origin(tp), tuple(_ordered(arg) for arg in args))


class _Compiler:
    """Builds plans; one lock, so each (format, type) node exists once and is shared."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.nodes: Dict[Tuple[Format, Any], _Node] = {}  # by (format, _ordered(type))
        # id(type) -> (type, plan). Keyed by id because hashing a `Union[...]` costs more than
        # the whole lookup; the entry holds the type, so its id cannot be reused meanwhile.
        self.roots: Dict[int, Tuple[Any, Optional[Apply]]] = {}

    def plan(self, expected_type: Any) -> Optional[Apply]:
        with self.lock:
            entry = self.roots.get(id(expected_type))
            if entry is not None and entry[0] is expected_type:
                return entry[1]
            created: List[_Node] = []
            root = self._node(format_of(expected_type), expected_type, created)
            self._finish(created)
            resolved = _resolved(root)
            result = resolved.function() if resolved is not None and resolved.live else None
            self.roots[id(expected_type)] = (expected_type, result)
            return result

    def _node(self, fmt: Format, tp: Any, created: List[_Node]) -> _Node:
        tp = strip_wrappers(tp)
        key = (fmt, _ordered(tp))
        try:
            node = self.nodes.get(key)
        except TypeError:  # an unhashable type argument: no sharing for this one
            node = None
        if node is not None:
            return node
        if is_typeddict(tp):
            node = _TypedDictNode(fmt)
            self._register(key, node, created)
            entries: List[Tuple[str, Optional[str], Optional[_Node]]] = []
            for name, hint in type_hints(tp).items():
                entries.append((name, alias_of(hint), self._node(format_of(hint), hint, created)))
            node.entries = tuple(entries)
        elif (get_origin(tp) or tp) is dict:
            node = _DictNode(fmt)
            self._register(key, node, created)
            args = get_args(tp)
            if len(args) == 2:
                node.values = self._node(format_of(args[1]), args[1], created)
        elif is_list_type(tp) or is_iterable_type(tp) or is_sequence_type(tp):
            kind = _LIST if is_list_type(tp) else _ITERABLE if is_iterable_type(tp) else _SEQUENCE
            node = _SeqNode(fmt, kind)
            self._register(key, node, created)
            args = get_args(tp)
            # The reference skips the items of int / float lists, formats included.
            if args and args[0] is not int and args[0] is not float:
                node.item = self._node(fmt, args[0], created)
        elif is_union_type(tp):
            node = _UnionNode(fmt)
            self._register(key, node, created)
            node.variants = tuple(self._node(fmt, member, created) for member in get_args(tp))
        else:
            node = _Node(fmt)
            self._register(key, node, created)
        return node

    def _register(self, key: Tuple[Format, Any], node: _Node, created: List[_Node]) -> None:
        try:
            self.nodes[key] = node
        except TypeError:  # an unhashable type argument: no sharing for this one
            pass
        created.append(node)

    @staticmethod
    def _finish(created: List[_Node]) -> None:
        # Live: has an alias or a format of its own, or reaches a live node. Nodes built by
        # earlier calls are final already; a fixed point handles recursive TypedDicts.
        for node in created:
            has_alias = isinstance(node, _TypedDictNode) and any(alias for _, alias, _ in node.entries)
            node.live = node.fmt is not None or has_alias
        changed = True
        while changed:
            changed = False
            for node in created:
                if not node.live and any(child.live for child in node.children()):
                    node.live = changed = True
        # Unions last: their duplicate check compares their members' pruned entries.
        for node in sorted(created, key=lambda n: isinstance(n, _UnionNode)):
            node.prune()
        for node in created:
            node.resolve()


_compiler = _Compiler()
_plans = _compiler.roots  # read without the lock: entries are only ever added, complete


def _plan(expected_type: Any) -> Optional[Apply]:
    entry = _plans.get(id(expected_type))
    if entry is not None and entry[0] is expected_type:
        return entry[1]
    return _compiler.plan(expected_type)


def needs_transform(expected_type: Any) -> bool:
    """Whether ``expected_type`` has any alias or format, i.e. ``fast_transform`` can change data."""
    return _plan(expected_type) is not None


def fast_transform(data: Any, expected_type: Any) -> Any:
    """``data`` with the aliases and formats of ``expected_type`` applied (see the module doc).

    Returns ``data`` itself when nothing changes; otherwise new containers along the changed
    paths only (the caller's dicts and lists are never modified).
    """
    entry = _plans.get(id(expected_type))  # (`_plan`, inlined: this runs per request)
    plan = entry[1] if entry is not None and entry[0] is expected_type else _compiler.plan(expected_type)
    if plan is None:
        return data
    return plan(data)

"""The response-model base class and the two ways data becomes a model.

Both give what the 0.74.1 SDK gives when it builds a response without validating it
("construct"), which is the reference for every non-strict client:

* ``validate_json(type, raw_bytes, strict=True)`` is the fast path: pydantic-core validates
  straight from bytes, in strict mode so nothing is coerced. Well-formed data comes out as
  the reference builds it; the one difference, ``datetime`` / ``date`` values outside any
  union, is handled by a variant of the validator (see ``_lenient_validator``).
* ``construct_type(value, type)`` is the lenient path, used when validation fails. It never
  raises: unknown fields are kept, values of the wrong type are kept as sent, a union is first
  validated laxly as a whole (so ``"5"`` becomes ``5`` for ``Optional[int]`` and the variant
  that fits is chosen), then picked by its tag, then built as its first member; an unknown
  tag becomes ``UnknownVariant`` with every field kept (BEHAVIOR.md section 0, row 17).

``validate_json(..., strict=False)`` and ``validate_type`` are plain (lax) pydantic
validation, which is what the reference does for ``_strict_response_validation=True``.

A response therefore always parses (unless the client asked for strict validation),
and well-formed responses never pay for a Python walk over the data.
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)

import pydantic
from pydantic import ConfigDict
from typing_extensions import Annotated, Literal, Self, get_args, get_origin, override

from ._core.options import FinalRequestOptions as FinalRequestOptions
from ._datetime_parse import parse_date, parse_datetime
from ._utils import PropertyInfo

__all__ = [
    "BaseModel",
    "FinalRequestOptions",
    "GenericModel",
    "construct_type",
    "construct_type_unchecked",
    "validate_json",
    "validate_python",
    "validate_type",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound="BaseModel")

_object_setattr = object.__setattr__


class BaseModel(pydantic.BaseModel):
    """Base class of every response object.

    Unknown fields are kept (``extra="allow"``) and appear in dumps; schemas are built
    on first use, so defining or importing a model is cheap.
    """

    model_config = ConfigDict(
        extra="allow",
        defer_build=True,
        populate_by_name=True,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
    )

    if TYPE_CHECKING:
        _request_id: Optional[str] = None
        """The ``request-id`` header of the response this object was parsed from."""

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """This object as a dict, holding only the fields the API sent.

        ``mode="json"`` gives JSON-compatible values (datetimes become strings).
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """This object as a JSON string (2-space indent by default; ``indent=None`` for compact)."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @override
    def __str__(self) -> str:
        return self.__repr__()

    @classmethod
    @override
    def model_construct(cls, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:
        """Build an instance from API data without validating it (nested data becomes models)."""
        return _construct_model(cls, values, _fields_set)

    @classmethod
    @override
    def construct(cls, _fields_set: Optional[set[str]] = None, **values: Any) -> Self:  # pyright: ignore[reportDeprecated, reportIncompatibleMethodOverride]
        """Same as :meth:`model_construct`."""
        return _construct_model(cls, values, _fields_set)


BaseModel.__module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)
GenericModel = BaseModel


class UnknownVariant(BaseModel):
    """A union member whose ``type`` this release does not know: every field is kept as sent."""


def serialize_union_member(value: Any, handler: Any, info: Any) -> Any:
    if isinstance(value, UnknownVariant):
        return value.__pydantic_serializer__.to_python(
            value,
            mode=info.mode,
            by_alias=info.by_alias,
            exclude_unset=info.exclude_unset,
            exclude_defaults=info.exclude_defaults,
            exclude_none=info.exclude_none,
            round_trip=info.round_trip,
        )
    return handler(value)


# --------------------------------------------------------------------------------------
# Process-wide caches
#
# They are keyed by types: model classes, field annotations and the ``cast_to`` of calls. A
# program uses a fixed set of those, but one that makes types at run time (a class per call,
# ``Union[...]`` of changing members) must not grow them forever, so each cache holds at most
# ``_CACHE_SIZE`` entries and drops its oldest one when full (a dropped entry is rebuilt on
# its next use). Entries are published only once complete, under ``_lock``; lookups take no
# lock, so a thread never sees a half-built entry.

_CACHE_SIZE = 4096
_lock = threading.RLock()
_V = TypeVar("_V")


class _Missing:
    pass


_MISSING: Any = _Missing()


def _remember(cache: Dict[Any, _V], key: Any, value: _V) -> _V:
    """Store a finished ``value`` unless another thread stored one first; the stored one wins."""
    with _lock:
        present = cache.get(key, _MISSING)
        if present is not _MISSING:
            return cast(_V, present)
        while len(cache) >= _CACHE_SIZE:
            del cache[next(iter(cache))]
        cache[key] = value
        return value


# --------------------------------------------------------------------------------------
# Fast path: validation from bytes

_adapters: Dict[Any, Tuple[Any, Any]] = {}
"""type -> (plain pydantic validator, validator of the fast path), see ``_build_validators``."""


def _validators(type_: Any) -> Tuple[Any, Any]:
    try:
        return _adapters[type_]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: not cached
        return _build_validators(type_)
    with _lock:
        pair = _adapters.get(type_)
        if pair is None:
            pair = _remember(_adapters, type_, _build_validators(type_))
        return pair


def _validator(type_: Any) -> Any:
    """The plain pydantic validator of ``type_`` (what ``TypeAdapter(type_)`` validates with)."""
    return _validators(type_)[0]


def _build_validators(type_: Any) -> Tuple[Any, Any]:
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        if not type_.__pydantic_complete__:
            type_.model_rebuild()
        validator: Any = type_.__pydantic_validator__
        schema: Any = type_.__pydantic_core_schema__
    else:
        adapter = pydantic.TypeAdapter(cast(Any, type_))
        validator = adapter.validator
        schema = adapter.core_schema
    rewritten = _DatetimeRewrite.apply(schema)
    if rewritten is None:
        return validator, validator
    from pydantic_core import SchemaValidator

    return validator, SchemaValidator(*rewritten)


def validate_json(type_: Type[_T], data: Union[str, bytes], *, strict: bool) -> _T:
    """Validate JSON text against ``type_``; raises ``pydantic.ValidationError``.

    ``strict=True`` is the fast path of lenient parsing: nothing is coerced, and a success
    is exactly what the reference's construction gives (``construct_type`` handles the rest).
    ``strict=False`` is plain lax pydantic validation (strict response validation).
    """
    pair = _validators(type_)
    return cast(_T, (pair[1] if strict else pair[0]).validate_json(data, strict=strict))


def validate_python(type_: Type[_T], data: object, *, strict: bool) -> _T:
    return cast(_T, _validator(type_).validate_python(data, strict=strict))


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Lax pydantic validation of ``value`` as ``type_``; raises ``pydantic.ValidationError``."""
    return cast(_T, _validator(type_).validate_python(value))


# How the reference reads datetimes differs from pydantic's (``timezone.utc`` instead of
# pydantic's ``TzInfo``, a date alone is refused, numbers above 2e10 are milliseconds...), but
# only where it builds a value without validating it: a datetime reached through a union (an
# ``Optional[datetime]`` field, a model inside an ``Optional[...]``) is validated by pydantic in
# the reference too. The fast-path validator therefore swaps each ``datetime`` / ``date`` node
# that is not below a union for a call to ``parse_datetime`` / ``parse_date``. Types without
# such a node (most of them) keep the plain validator, and so pay nothing.
#
# pydantic-core reuses a finished model class's own validator for every ``model`` node of that
# class, which would undo the swap; a model containing a swapped node is therefore validated
# as its bare fields, and the instance made by ``_Instance`` (what pydantic-core does for a
# model: set ``__dict__``, the extras, the fields set, call the post-init hook).


def _fast_datetime(value: Any) -> _dt.datetime:
    try:
        return parse_datetime(value)
    except Exception as exc:  # the lenient path then keeps the raw value
        raise ValueError(str(exc)) from None


def _fast_date(value: Any) -> _dt.date:
    try:
        return parse_date(value)
    except Exception as exc:
        raise ValueError(str(exc)) from None


class _Instance:
    """Turns what a ``model-fields`` schema validates into an instance of ``cls``."""

    __slots__ = ("cls", "post_init")

    def __init__(self, cls: Type[pydantic.BaseModel], post_init: Optional[str]) -> None:
        self.cls = cls
        self.post_init = post_init

    def __call__(self, parts: Tuple[Dict[str, Any], Optional[Dict[str, Any]], Set[str]]) -> Any:
        model = self.cls.__new__(self.cls)
        _object_setattr(model, "__dict__", parts[0])
        _object_setattr(model, "__pydantic_extra__", parts[1])
        _object_setattr(model, "__pydantic_fields_set__", parts[2])
        _object_setattr(model, "__pydantic_private__", None)
        if self.post_init:
            getattr(model, self.post_init)(None)
        return model


_SWAPPED: Dict[str, Dict[str, Any]] = {
    "datetime": {"type": "function-plain", "function": {"type": "no-info", "function": _fast_datetime}},
    "date": {"type": "function-plain", "function": {"type": "no-info", "function": _fast_date}},
}
_UNION_NODES = frozenset({"union", "tagged-union", "nullable"})
_NOT_SCHEMAS = frozenset(
    {
        "cls",
        "computed_fields",
        "config",
        "default",
        "definitions",
        "expected",
        "function",
        "metadata",
        "ref",
        "schema_ref",
        "serialization",
    }
)
_RENAMED = "::anthropic-fast"


class _Unsupported(Exception):
    """A schema the swap does not handle: the type keeps the plain validator."""


class _DatetimeRewrite:
    """A copy of a core schema with the swap described above; unchanged parts are shared.

    A definition (a model used more than once, or recursive) that needs the swap is copied
    under a new ref, because the original may also be used below a union, where it must stay.
    """

    @classmethod
    def apply(cls, schema: Any) -> Optional[Tuple[Any, Any]]:
        """``(schema, config)`` for the fast-path validator, or ``None`` to keep the plain one."""
        rewrite = cls()
        refs: Set[str] = set()
        found = rewrite._scan(schema, refs)
        if not (rewrite._needing(refs) & refs) and not found:
            return None
        try:
            new = rewrite._node(schema)
        except _Unsupported:
            return None
        # The bare fields of a model take the model's config from the validator: every such
        # model must agree on it (they all do unless a subclass changes ``model_config``).
        configs = {json.dumps(c, sort_keys=True, default=repr): c for c in rewrite._configs}
        if len(configs) > 1:
            return None
        extra = [*rewrite._copies.values(), *rewrite._originals]
        if extra:
            if new.get("type") == "definitions":
                new = {**new, "definitions": [*new["definitions"], *extra]}
            else:
                new = {"type": "definitions", "schema": new, "definitions": extra}
        return new, next(iter(configs.values()), None)

    def __init__(self) -> None:
        self._definitions: Dict[str, Dict[str, Any]] = {}
        self._need: Set[str] = set()
        self._copies: Dict[str, Dict[str, Any]] = {}
        self._originals: List[Dict[str, Any]] = []
        self._configs: List[Dict[str, Any]] = []

    # Phase 1: which definitions need a copy (a swapped node, or a reference to such a definition).

    def _scan(self, value: Any, refs: Set[str]) -> bool:
        """Whether ``value`` has a node to swap, not counting references (collected in ``refs``)."""
        if isinstance(value, list):
            found = False
            for item in cast(List[Any], value):
                found = self._scan(item, refs) or found
            return found
        if not isinstance(value, dict):
            return False
        node = cast(Dict[str, Any], value)
        kind = node.get("type")
        if not isinstance(kind, str):  # a mapping of schemas (model fields...)
            found = False
            for item in node.values():
                found = self._scan(item, refs) or found
            return found
        if kind in _UNION_NODES:
            return False
        if kind in _SWAPPED:
            return True
        if kind == "definition-ref":
            refs.add(node["schema_ref"])
            return False
        if kind == "definitions":
            for definition in node["definitions"]:
                self._definitions[definition["ref"]] = definition
        found = False
        for key, item in node.items():
            if key not in _NOT_SCHEMAS:
                found = self._scan(item, refs) or found
        return found

    def _needing(self, start: Set[str]) -> Set[str]:
        graph: Dict[str, Tuple[bool, Set[str]]] = {}
        todo = list(start)
        while todo:
            ref = todo.pop()
            if ref in graph or ref not in self._definitions:
                continue
            out: Set[str] = set()
            graph[ref] = (self._scan(self._definitions[ref], out), out)
            todo.extend(out)
        need = {ref for ref, (found, _) in graph.items() if found}
        grew = True
        while grew:
            grew = False
            for ref, (_, out) in graph.items():
                if ref not in need and out & need:
                    need.add(ref)
                    grew = True
        self._need = need
        return need

    # Phase 2: the copy.

    def _value(self, value: Any) -> Any:
        if isinstance(value, list):
            items = cast(List[Any], value)
            new_items = [self._value(item) for item in items]
            return items if all(a is b for a, b in zip(new_items, items)) else new_items
        if not isinstance(value, dict):
            return value
        node = cast(Dict[str, Any], value)
        if isinstance(node.get("type"), str):
            return self._node(node)
        changed: Optional[Dict[str, Any]] = None
        for key, item in node.items():
            new_item = self._value(item)
            if new_item is not item:
                if changed is None:
                    changed = dict(node)
                changed[key] = new_item
        return node if changed is None else changed

    def _node(self, node: Dict[str, Any], definition: bool = False) -> Dict[str, Any]:
        kind = node["type"]
        if kind in _UNION_NODES:
            return node
        swapped = _SWAPPED.get(kind)
        if swapped is not None:
            return swapped
        if kind == "definition-ref":
            ref = node["schema_ref"]
            if ref not in self._need:
                return node
            renamed = ref + _RENAMED
            if renamed not in self._copies:
                self._copies[renamed] = node  # placeholder: recursive references stop here
                self._copies[renamed] = self._node(self._definitions[ref], definition=True)
            return {**node, "schema_ref": renamed}
        changed: Optional[Dict[str, Any]] = None
        for key, item in node.items():
            if key in _NOT_SCHEMAS:
                continue
            new_item = self._value(item)
            if new_item is not item:
                if changed is None:
                    changed = dict(node)
                changed[key] = new_item
        if changed is None:
            return node
        if kind == "model":
            changed = self._bare_model(node, changed)
        ref = node.get("ref")
        if isinstance(ref, str):
            changed["ref"] = ref + _RENAMED
            if not definition and ref not in self._definitions:
                self._originals.append(node)  # references to the original stay valid
        return changed

    def _bare_model(self, node: Dict[str, Any], changed: Dict[str, Any]) -> Dict[str, Any]:
        fields = changed["schema"]
        if node.get("custom_init") or node.get("root_model") or fields.get("type") != "model-fields":
            raise _Unsupported
        config: Dict[str, Any] = {
            k: v for k, v in cast(Dict[str, Any], node.get("config") or {}).items() if k != "title"
        }
        self._configs.append(config)
        instance = _Instance(node["cls"], node.get("post_init"))
        return {"type": "function-after", "function": {"type": "no-info", "function": instance}, "schema": fields}


# --------------------------------------------------------------------------------------
# Lenient path: construction without validation

_Converter = Callable[[Any], Any]
_converters: Dict[Any, _Converter] = {}


def construct_type(value: object, type_: Any, metadata: Optional[Sequence[Any]] = None) -> Any:
    """Turn decoded JSON into ``type_`` without ever raising (see the module docstring).

    ``metadata`` is the ``Annotated`` metadata of a field (e.g. a ``PropertyInfo`` naming the
    discriminator of a union), for callers holding a field's annotation and metadata apart.
    """
    if metadata:
        meta: List[Any] = list(metadata)
        return _make_converter(Annotated[(type_, *meta)])(value)  # pyright: ignore[reportInvalidTypeArguments]
    return _converter(type_)(value)


def construct_type_unchecked(*, value: object, type_: Type[_T]) -> _T:
    """``construct_type`` typed as returning ``type_`` (which the value may not really match)."""
    return cast(_T, construct_type(value, type_))


def _identity(value: Any) -> Any:
    return value


def _converter(type_: Any) -> _Converter:
    try:
        return _converters[type_]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: not cached
        return _make_converter(type_)
    return _remember(_converters, type_, _make_converter(type_))


def _is_union(origin: Any) -> bool:
    return origin is Union or (_UnionType is not None and origin is _UnionType)


try:
    from types import UnionType as _UnionType  # pyright: ignore[reportAttributeAccessIssue]
except ImportError:  # Python 3.9
    _UnionType = None


def _discriminator(metadata: Sequence[Any]) -> Optional[str]:
    for m in metadata:
        if isinstance(m, PropertyInfo) and m.discriminator:
            return m.discriminator
    for m in metadata:
        name = getattr(m, "discriminator", None)
        if isinstance(name, str):
            return name
    return None


def _make_converter(type_: Any) -> _Converter:
    if type_ is Any or type_ is object or type_ is None:
        return _identity
    if type(type_).__name__ == "TypeAliasType" and hasattr(type_, "__value__"):
        return _converter(type_.__value__)
    origin = get_origin(type_)
    if origin is Annotated:
        inner, *metadata = get_args(type_)
        if _is_union(get_origin(inner)):
            return _union_converter(inner, _discriminator(metadata))
        return _converter(inner)
    if _is_union(origin):
        return _union_converter(type_, None)
    if origin in (list, List):
        args = get_args(type_)
        item = _converter(args[0]) if args else _identity
        if item is _identity:
            return _identity

        def convert_list(value: Any) -> Any:
            if isinstance(value, list):
                return [item(v) for v in cast(List[Any], value)]
            return value

        return convert_list
    if origin in (dict, Dict):
        args = get_args(type_)
        item = _converter(args[1]) if len(args) == 2 else _identity
        if item is _identity:
            return _identity

        def convert_dict(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: item(v) for k, v in cast(Dict[str, Any], value).items()}
            return value

        return convert_dict
    # Other containers (Sequence, Mapping, tuple...) and Literal keep the value as it is.
    if origin is None and isinstance(type_, type):
        if issubclass(type_, pydantic.BaseModel):
            return _model_converter(cast(Type[BaseModel], type_))
        if type_ is float:
            return _to_float
        if type_ is _dt.datetime:
            return _to_datetime
        if type_ is _dt.date:
            return _to_date
    return _identity


def _model_converter(model: Type[BaseModel]) -> _Converter:
    def convert_model(value: Any) -> Any:
        if isinstance(value, dict):
            return _construct_model(model, cast(Dict[str, Any], value), None)
        if isinstance(value, list):  # as the reference does: each object becomes a model
            return [
                _construct_model(model, cast(Dict[str, Any], v), None) if isinstance(v, dict) else v
                for v in cast(List[Any], value)
            ]
        return value

    return convert_model


def _to_float(value: Any) -> Any:
    if isinstance(value, int) and float(value) == value:
        return float(value)
    return value


def _to_datetime(value: Any) -> Any:
    try:
        return parse_datetime(value)
    except Exception:
        return value


def _to_date(value: Any) -> Any:
    try:
        return parse_date(value)
    except Exception:
        return value


def _is_model_type(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, pydantic.BaseModel)


def _tag_values(model: Any, field: str) -> List[str]:
    info = model.model_fields.get(field)
    if info is None:
        return []
    annotation = info.annotation
    if get_origin(annotation) is Literal:
        return [v for v in get_args(annotation) if isinstance(v, str)]
    return []


def _union_converter(union: Any, discriminator: Optional[str]) -> _Converter:
    """The reference's order: lax validation of the whole union, then the variant named by the
    tag, then the first member. An unknown tag gives ``UnknownVariant`` (BEHAVIOR.md row 17)."""
    members = get_args(union)
    models = [m for m in members if _is_model_type(get_args(m)[0] if get_origin(m) is Annotated else m)]
    if discriminator is None and len(models) > 1 and all(_tag_values(m, "type") for m in models):
        discriminator = "type"  # every model variant declares a Literal "type": it is the tag
    by_tag: Dict[str, _Converter] = {}
    if discriminator is not None:
        for m in models:
            for tag in _tag_values(get_args(m)[0] if get_origin(m) is Annotated else m, discriminator):
                by_tag.setdefault(tag, _converter(m))
    unknown = _converter(UnknownVariant)
    first = _converter(members[0]) if members else _identity
    check: Any = _MISSING  # the lax validator of the union, made on first use

    def convert_union(value: Any) -> Any:
        nonlocal check
        if value is None:
            return None
        if check is _MISSING:
            try:
                check = _validator(union).validate_python
            except Exception:  # a type pydantic cannot validate: construction only
                check = None
        if check is not None:
            try:
                return check(value)
            except Exception:
                pass
        if by_tag and isinstance(value, dict):
            tag = cast(Dict[str, Any], value).get(cast(str, discriminator))
            if tag and isinstance(tag, str):
                return by_tag.get(tag, unknown)(value)
        return first(value)

    return convert_union


def _construct_model(cls: Type[_ModelT], data: Mapping[str, Any], fields_set: Optional[Set[str]]) -> _ModelT:
    plan = _model_plan(cls)
    values: Dict[str, Any] = {}
    seen: Set[str] = set()
    extras: Optional[Dict[str, Any]] = None
    fields = plan.fields
    for key, raw in data.items():
        entry = fields.get(key)
        if entry is None:
            if extras is None:
                extras = {}
            extras[key] = raw
            continue
        name, conv, default = entry
        if raw is None and default is not _MISSING and default is not None:
            values[name] = _copy_default(default)
        else:
            values[name] = conv(raw)
        seen.add(name)
    ordered: Dict[str, Any] = {}
    for name, default in plan.defaults:  # declaration order, as pydantic's repr expects
        if name in values:
            ordered[name] = values[name]
        else:
            ordered[name] = None if default is _MISSING else _copy_default(default)
    values = ordered
    model = cls.__new__(cls)
    _object_setattr(model, "__dict__", values)
    _object_setattr(model, "__pydantic_fields_set__", seen if fields_set is None else fields_set)
    _object_setattr(model, "__pydantic_extra__", extras if extras is not None else {})
    _object_setattr(model, "__pydantic_private__", dict(plan.private) if plan.private else None)
    return model


def _copy_default(value: Any) -> Any:
    if isinstance(value, (list, dict, set)):
        import copy

        return copy.deepcopy(cast(Any, value))
    return value


class _ModelPlan:
    __slots__ = ("defaults", "fields", "private")

    def __init__(
        self,
        fields: Dict[str, Tuple[str, _Converter, Any]],
        defaults: List[Tuple[str, Any]],
        private: Dict[str, Any],
    ) -> None:
        self.fields = fields
        self.defaults = defaults
        self.private = private


_plans: Dict[type, _ModelPlan] = {}


def _model_plan(cls: type) -> _ModelPlan:
    plan = _plans.get(cls)
    if plan is None:
        # Built completely before it is published (field converters resolve lazily, so
        # models that refer to themselves need no placeholder).
        plan = _remember(_plans, cls, _build_plan(cls))
    return plan


def _build_plan(cls: type) -> _ModelPlan:
    model = cast(Type[pydantic.BaseModel], cls)
    fields: Dict[str, Tuple[str, _Converter, Any]] = {}
    defaults: List[Tuple[str, Any]] = []
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        if info.metadata:
            annotation = Annotated[(annotation, *info.metadata)]  # pyright: ignore[reportInvalidTypeArguments]
        default: Any = _MISSING if info.is_required() else info.get_default(call_default_factory=True)
        conv = _LazyConverter(annotation)
        fields[info.alias or name] = (name, conv, default)
        if info.alias and info.alias != name:
            fields.setdefault(name, (name, conv, default))
        defaults.append((name, default))
    attributes: Dict[str, Any] = getattr(model, "__private_attributes__", None) or {}
    private = {name: attribute.get_default() for name, attribute in attributes.items()}
    return _ModelPlan(fields, defaults, private)


class _LazyConverter:
    """Resolves the converter of a field on first use (models may refer to each other)."""

    __slots__ = ("_annotation", "_conv")

    def __init__(self, annotation: Any) -> None:
        self._annotation = annotation
        self._conv: Optional[_Converter] = None

    def __call__(self, value: Any) -> Any:
        conv = self._conv
        if conv is None:
            conv = self._conv = _converter(self._annotation)
        return conv(value)


def parse_json_lenient(type_: Any, data: Union[str, bytes]) -> Any:
    return construct_type(json.loads(data), type_)

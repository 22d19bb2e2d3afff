"""The response-model base class and the two ways data becomes a model.

* ``validate_json(type, raw_bytes)`` is the fast path: pydantic-core validates straight
  from bytes (strict mode, so nothing is silently coerced).
* ``construct_type(value, type)`` is the lenient path used when validation fails: it
  never raises, keeps unknown fields, keeps values of the wrong type as they are, and
  turns an unknown union variant into the first variant with every field kept.

A response therefore always parses (unless the client asked for strict validation),
and well-formed responses never pay for a Python walk over the data.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Sequence,
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
from ._utils import PropertyInfo

__all__ = ["BaseModel", "FinalRequestOptions", "GenericModel", "construct_type", "validate_json", "validate_python"]

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
# Fast path: validation from bytes


_adapters: dict[Any, Any] = {}


def _validator(type_: Any) -> Any:
    try:
        return _adapters[type_]
    except KeyError:
        pass
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        if not type_.__pydantic_complete__:
            type_.model_rebuild()
        validator: Any = type_.__pydantic_validator__
    else:
        validator = pydantic.TypeAdapter(cast(Any, type_)).validator
    _adapters[type_] = validator
    return validator


def validate_json(type_: Type[_T], data: Union[str, bytes], *, strict: bool) -> _T:
    """Validate JSON text against ``type_``; raises ``pydantic.ValidationError``.

    ``strict=True`` refuses every coercion (the lenient fallback then keeps the raw value).
    """
    return cast(_T, _validator(type_).validate_json(data, strict=strict))


def validate_python(type_: Type[_T], data: object, *, strict: bool) -> _T:
    return cast(_T, _validator(type_).validate_python(data, strict=strict))


# --------------------------------------------------------------------------------------
# Lenient path: construction without validation

_Converter = Callable[[Any], Any]
_converters: dict[Any, _Converter] = {}


def construct_type(value: object, type_: Any) -> Any:
    """Turn decoded JSON into ``type_`` without ever raising (see the module docstring)."""
    return _converter(type_)(value)


def _identity(value: Any) -> Any:
    return value


def _converter(type_: Any) -> _Converter:
    try:
        return _converters[type_]
    except (KeyError, TypeError):
        pass
    conv = _make_converter(type_)
    try:
        _converters[type_] = conv
    except TypeError:  # unhashable annotation
        pass
    return conv


def _make_converter(type_: Any) -> _Converter:
    if type_ is Any or type_ is object or type_ is None:
        return _identity
    origin = get_origin(type_)
    if origin is Annotated:
        inner, *metadata = get_args(type_)
        discriminator = next(
            (m.discriminator for m in metadata if isinstance(m, PropertyInfo) and m.discriminator),
            None,
        )
        if discriminator is None:
            discriminator = next(
                (m.discriminator for m in metadata if isinstance(getattr(m, "discriminator", None), str)),
                None,
            )
        if discriminator is not None and get_origin(inner) is Union:
            return _union_converter(get_args(inner), discriminator)
        return _converter(inner)
    if origin is Union:
        return _union_converter(get_args(type_), None)
    if origin in (list, List, Sequence, tuple, Tuple):
        args = get_args(type_)
        item = _converter(args[0]) if args else _identity
        if item is _identity:
            return _identity

        def convert_list(value: Any) -> Any:
            if isinstance(value, list):
                return [item(v) for v in cast(List[Any], value)]
            return value

        return convert_list
    if origin in (dict, Dict, Mapping):
        args = get_args(type_)
        item = _converter(args[1]) if len(args) == 2 else _identity
        if item is _identity:
            return _identity

        def convert_dict(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: item(v) for k, v in cast(Dict[str, Any], value).items()}
            return value

        return convert_dict
    if origin is Literal:
        return _identity
    if isinstance(type_, type):
        if issubclass(type_, pydantic.BaseModel):
            model = cast(Type[BaseModel], type_)

            def convert_model(value: Any) -> Any:
                if isinstance(value, dict):
                    return _construct_model(model, cast(Dict[str, Any], value), None)
                return value

            return convert_model
        if type_ is float:
            return _to_float
        if type_ is _dt.datetime:
            return _to_datetime
        if type_ is _dt.date:
            return _to_date
    return _identity


def _to_float(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and float(value) == value:
        return float(value)
    return value


def _to_datetime(value: Any) -> Any:
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _dt.datetime.fromtimestamp(value, tz=_dt.timezone.utc)
        if isinstance(value, str):
            try:
                return _dt.datetime.fromtimestamp(float(value), tz=_dt.timezone.utc)
            except ValueError:
                pass
            return pydantic.TypeAdapter(_dt.datetime).validate_python(value)
    except (ValueError, OverflowError, OSError, pydantic.ValidationError):
        pass
    return value


def _to_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    return value


def _is_model_type(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, pydantic.BaseModel)


def _tag_values(model: Any, field: str) -> list[object]:
    info = model.model_fields.get(field)
    if info is None:
        return []
    annotation = info.annotation
    if get_origin(annotation) is Literal:
        return list(get_args(annotation))
    return []


def _union_converter(members: Sequence[Any], discriminator: Optional[str]) -> _Converter:
    members = [m for m in members if m is not type(None)]
    models = [m for m in members if _is_model_type(get_args(m)[0] if get_origin(m) is Annotated else m)]
    by_tag: dict[object, _Converter] = {}
    if discriminator is None and len(models) > 1:
        # Infer the tag field when every model variant declares a Literal "type".
        if all(_tag_values(m, "type") for m in models):
            discriminator = "type"
    if discriminator is not None:
        for m in models:
            for tag in _tag_values(m, discriminator):
                by_tag.setdefault(tag, _converter(m))
    # Unknown tag: a generic model with every field; without a tag: the first model variant.
    first_model = _converter(UnknownVariant if by_tag else models[0]) if models else _identity
    list_member = next(
        (_converter(m) for m in members if get_origin(m) in (list, List, Sequence, tuple, Tuple)),
        _identity,
    )
    dict_member = next((_converter(m) for m in members if get_origin(m) in (dict, Dict, Mapping)), None)
    float_member = any(m is float for m in members) and not any(m is int for m in members)
    datetime_member = any(m is _dt.datetime for m in members)

    def convert_union(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, dict):
            if by_tag:
                tag = cast(Dict[str, Any], value).get(cast(str, discriminator))
                conv = by_tag.get(tag) if isinstance(tag, (str, int, bool)) else None
                if conv is not None:
                    return conv(value)
            if models:
                return first_model(value)
            if dict_member is not None:
                return dict_member(value)
            return cast(Any, value)
        if isinstance(value, list):
            return list_member(cast(List[Any], value))
        if float_member:
            return _to_float(value)
        if datetime_member and isinstance(value, str):
            return _to_datetime(value)
        return value

    return convert_union


def _construct_model(cls: Type[_ModelT], data: Mapping[str, Any], fields_set: Optional[set[str]]) -> _ModelT:
    plan = _model_plan(cls)
    values: dict[str, Any] = {}
    seen: set[str] = set()
    extras: Optional[dict[str, Any]] = None
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
    ordered: dict[str, Any] = {}
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


class _Missing:
    pass


_MISSING: Any = _Missing()


def _copy_default(value: Any) -> Any:
    if isinstance(value, (list, dict, set)):
        import copy

        return copy.deepcopy(cast(Any, value))
    return value


class _ModelPlan:
    __slots__ = ("defaults", "fields", "private")

    def __init__(
        self,
        fields: dict[str, tuple[str, _Converter, Any]],
        defaults: list[tuple[str, Any]],
        private: dict[str, Any],
    ) -> None:
        self.fields = fields
        self.defaults = defaults
        self.private = private


_plans: dict[type, _ModelPlan] = {}


def _model_plan(cls: type) -> _ModelPlan:
    plan = _plans.get(cls)
    if plan is not None:
        return plan
    model = cast(Type[pydantic.BaseModel], cls)
    fields: dict[str, tuple[str, _Converter, Any]] = {}
    defaults: list[tuple[str, Any]] = []
    # Register a placeholder first so self-referencing models terminate.
    plan = _ModelPlan(fields, defaults, {})
    _plans[cls] = plan
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
    private: Dict[str, Any] = getattr(model, "__private_attributes__", None) or {}
    for pname, pattr in private.items():
        plan.private[pname] = pattr.get_default()
    return plan


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

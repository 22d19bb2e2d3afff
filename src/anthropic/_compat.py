"""The one place that knows about pydantic-version details (v2 only).

Besides ``set_pydantic_config`` (used by the params types), this module is a compatibility
layer: the names the reference release exposes here (``PYDANTIC_V1``, ``model_dump``,
``parse_obj``, ``get_model_fields``, ...) with the reference's pydantic-v2 behaviour, for
code written against it. Importing it does not import pydantic; each helper does on use.
"""

from __future__ import annotations

from functools import cached_property as cached_property
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Type, TypeVar, Union, cast

from typing_extensions import Literal

from ._types import IncEx as IncEx, StrBytesIntFloat as StrBytesIntFloat

if TYPE_CHECKING:
    import pydantic
    from pydantic import ConfigDict as ConfigDict
    from pydantic.fields import FieldInfo as FieldInfo

    from ._datetime_parse import parse_date as parse_date, parse_datetime as parse_datetime
    from ._utils._typing import (
        get_args as get_args,
        get_origin as get_origin,
        is_literal_type as is_literal_type,
        is_typeddict as is_typeddict,
        is_union as is_union,
    )

    class GenericModel(pydantic.BaseModel): ...


__all__ = [
    "PYDANTIC_V1",
    "parse_date",
    "parse_datetime",
    "ConfigDict",
    "FieldInfo",
    "GenericModel",
    "IncEx",
    "StrBytesIntFloat",
    "cached_property",
    "field_get_default",
    "field_is_required",
    "field_outer_type",
    "get_args",
    "get_model_config",
    "get_model_fields",
    "get_origin",
    "is_literal_type",
    "is_typeddict",
    "is_union",
    "model_copy",
    "model_dump",
    "model_json",
    "model_parse",
    "model_parse_json",
    "parse_obj",
    "set_pydantic_config",
    "typed_cached_property",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound="pydantic.BaseModel")

PYDANTIC_V1 = False
"""Always False: this SDK requires pydantic 2."""

typed_cached_property = cached_property


def set_pydantic_config(typ: Any, config: Any) -> None:
    """Attach a pydantic config to a TypedDict (used by params that carry file inputs)."""
    typ.__pydantic_config__ = config


def identity(fn: Callable[..., _T]) -> Callable[..., _T]:
    return fn


# --------------------------------------------------------------------------------------
# Models and fields (pydantic v2 spelling behind the reference names)


def parse_obj(model: Type[_ModelT], value: object) -> _ModelT:
    return model.model_validate(value)


def model_parse(model: Type[_ModelT], data: Any) -> _ModelT:
    return model.model_validate(data)


def model_parse_json(model: Type[_ModelT], data: Union[str, bytes]) -> _ModelT:
    return model.model_validate_json(data)


def model_copy(model: _ModelT, *, deep: bool = False) -> _ModelT:
    return model.model_copy(deep=deep)


def model_json(model: pydantic.BaseModel, *, indent: Optional[int] = None) -> str:
    return model.model_dump_json(indent=indent)


def model_dump(
    model: pydantic.BaseModel,
    *,
    exclude: Optional[IncEx] = None,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    warnings: bool = True,
    mode: Literal["json", "python"] = "python",
) -> Dict[str, Any]:
    """``model.model_dump(...)`` with these options (fields by their Python names)."""
    return model.model_dump(
        mode=mode,
        exclude=exclude,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        warnings=warnings,
    )


def get_model_config(model: Type[pydantic.BaseModel]) -> Any:
    return model.model_config


def get_model_fields(model: Type[pydantic.BaseModel]) -> Dict[str, FieldInfo]:
    return model.model_fields


def field_outer_type(field: FieldInfo) -> Any:
    return field.annotation


def field_is_required(field: FieldInfo) -> bool:
    return field.is_required()


def field_get_default(field: FieldInfo) -> Any:
    """The field's default; ``None`` when it has none (or only a default factory)."""
    from pydantic_core import PydanticUndefined

    value = field.get_default()
    return None if value is PydanticUndefined else value


# --------------------------------------------------------------------------------------
# Loaded on first use: names that need pydantic, and the typing helpers.

_TYPING_NAMES = ("get_args", "get_origin", "is_union", "is_typeddict", "is_literal_type")


def __getattr__(name: str) -> Any:
    if name in _TYPING_NAMES:
        value = getattr(_import_module("._utils._typing", __package__), name)
    elif name in ("parse_date", "parse_datetime"):
        value = getattr(_import_module("._datetime_parse", __package__), name)
    elif name == "ConfigDict":
        value = _import_module("pydantic").ConfigDict
    elif name == "FieldInfo":
        value = _import_module("pydantic.fields").FieldInfo
    elif name == "GenericModel":
        value = _generic_model()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def _generic_model() -> type:
    import pydantic

    # A distinct base for generic models, as in the reference (which needed one for pydantic 1).
    return cast(type, type("GenericModel", (pydantic.BaseModel,), {"__module__": __name__}))


def __dir__() -> List[str]:
    return sorted({*globals(), *_TYPING_NAMES, "ConfigDict", "FieldInfo", "GenericModel"})

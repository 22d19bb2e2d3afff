"""Small helpers with no I/O, shared by every layer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, TypeVar, cast

from typing_extensions import TypeGuard

from ._types import NotGiven, Omit

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["PropertyInfo", "is_given", "path_param", "strip_omitted"]

_T = TypeVar("_T")


class PropertyInfo:
    """Metadata carried in ``Annotated[...]`` on type fields.

    ``discriminator`` names the tag field of a union (pydantic then builds a tagged union,
    and the lenient parser picks the variant by tag). ``alias`` is the wire name of a
    params key, ``format`` a wire encoding such as ``"base64"`` or ``"iso8601"``.
    """

    __slots__ = ("alias", "discriminator", "format")

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.discriminator = discriminator

    def __repr__(self) -> str:
        return f"PropertyInfo(alias={self.alias!r}, format={self.format!r}, discriminator={self.discriminator!r})"

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        if self.discriminator is None:
            return handler(source)
        from pydantic import Field
        from pydantic_core import core_schema
        from typing_extensions import Annotated

        from ._models import serialize_union_member

        schema = dict(handler.generate_schema(Annotated[source, Field(discriminator=self.discriminator)]))
        # An unknown variant parses into a generic model; serialise it without warnings.
        schema["serialization"] = core_schema.wrap_serializer_function_ser_schema(serialize_union_member, info_arg=True)
        return cast("CoreSchema", schema)


def is_given(value: _T | NotGiven | Omit) -> TypeGuard[_T]:
    return not isinstance(value, (NotGiven, Omit))


def strip_omitted(**values: object) -> dict[str, object]:
    """Keyword arguments minus the ones left at ``omit`` / ``NOT_GIVEN``, in call order."""
    return {k: v for k, v in values.items() if not isinstance(v, (NotGiven, Omit))}


def path_param(name: str, value: object) -> str:
    """Percent-encode one path segment; an empty value is a caller error."""
    if not value:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    from urllib.parse import quote

    return quote(str(value), safe="")


def merge_mappings(*maps: Optional[Mapping[str, _T]]) -> dict[str, _T]:
    merged: dict[str, _T] = {}
    for m in maps:
        if m:
            merged.update(m)
    return merged

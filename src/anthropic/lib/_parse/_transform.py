"""``transform_schema``: fit a JSON schema to what structured outputs accept.

Structured outputs support a subset of JSON schema. ``transform_schema`` keeps that subset
and folds everything else into the ``description`` (so the model can still read it): a
constraint such as ``{"minimum": 1}`` becomes text, objects are closed
(``additionalProperties: false``), ``oneOf`` becomes ``anyOf``. ``beta.messages.parse()`` and
``beta.messages.stream(output_format=...)`` apply it to the schema of the output type.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, Dict, List, Type, Union, cast

from typing_extensions import Literal, Never, assert_never

if TYPE_CHECKING:
    import pydantic

__all__ = ["SupportedStringFormats", "SupportedTypes", "get_transformed_string", "transform_schema"]

SupportedTypes = Literal["object", "array", "string", "integer", "number", "boolean", "null"]
"""The values of ``type`` a schema node may have."""

SupportedStringFormats = {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
"""The string ``format`` values kept as they are; any other format is moved to the description."""

_SCALARS = ("integer", "number", "boolean", "null")  # compared with ==: `type` may be any JSON value


def get_transformed_string(schema: Dict[str, Any]) -> Dict[str, Any]:
    """Give a string schema without a ``format`` the format ``"text"`` (in place; returns ``schema``)."""
    if schema.get("type") == "string" and "format" not in schema:
        schema["format"] = "text"
    return schema


def transform_schema(json_schema: Union[Type[pydantic.BaseModel], Dict[str, Any]]) -> Dict[str, Any]:
    """Return a copy of ``json_schema`` (a dict, or a pydantic model class) that structured outputs accept.

    Per schema node, recursively (``$defs``, ``anyOf`` variants, ``properties``, ``items``):

    * a ``$ref`` node becomes just ``{"$ref": ...}``;
    * ``oneOf`` becomes ``anyOf``; without ``anyOf`` / ``oneOf`` / ``allOf`` a ``type`` is required;
    * ``type``, ``description`` and ``title`` are kept; objects keep ``properties`` and
      ``required`` and get ``additionalProperties: false``; strings keep a supported
      ``format``; arrays keep ``items`` and a ``minItems`` of 0 or 1;
    * every other key is appended to the description as ``{key: value, ...}``.

    >>> transform_schema({"type": "integer", "minimum": 1, "maximum": 10, "description": "A number"})
    {'type': 'integer', 'description': 'A number\\n\\n{minimum: 1, maximum: 10}'}

    The input is not modified.
    """
    schema: Any = json_schema
    if inspect.isclass(schema):
        import pydantic

        if issubclass(schema, pydantic.BaseModel):
            schema = schema.model_json_schema()
    return _transform(cast(Dict[str, Any], schema))


transform_schema.__module__ = "anthropic"  # exported as ``anthropic.transform_schema``


def _transform(node: Dict[str, Any]) -> Dict[str, Any]:
    rest: Dict[str, Any] = {**node}  # the keys not handled yet (also: a TypeError for a non-mapping)
    out: Dict[str, Any] = {}

    ref = rest.pop("$ref", None)
    if ref is not None:
        return {"$ref": ref}

    defs = rest.pop("$defs", None)
    if defs is not None:
        out["$defs"] = {name: _transform(schema) for name, schema in cast(Dict[str, Any], defs).items()}

    type_: Any = rest.pop("type", None)
    any_of = rest.pop("anyOf", None)
    one_of = rest.pop("oneOf", None)
    all_of = rest.pop("allOf", None)
    if isinstance(any_of, list):
        out["anyOf"] = [_transform(variant) for variant in cast(List[Any], any_of)]
    elif isinstance(one_of, list):
        out["anyOf"] = [_transform(variant) for variant in cast(List[Any], one_of)]
    elif isinstance(all_of, list):
        out["allOf"] = [_transform(variant) for variant in cast(List[Any], all_of)]
    elif type_ is None:
        raise ValueError("Schema must have a 'type', 'anyOf', 'oneOf', or 'allOf' field.")
    else:
        out["type"] = type_

    for key in ("description", "title"):
        value = rest.pop(key, None)
        if value is not None:
            out[key] = value

    if type_ == "object":
        out["properties"] = {name: _transform(prop) for name, prop in rest.pop("properties", {}).items()}
        rest.pop("additionalProperties", None)
        out["additionalProperties"] = False
        required = rest.pop("required", None)
        if required is not None:
            out["required"] = required
    elif type_ == "string":
        format_ = rest.pop("format", None)
        if format_ and format_ in SupportedStringFormats:
            out["format"] = format_
        elif format_:
            rest["format"] = format_  # unsupported: described instead (after the other leftovers)
    elif type_ == "array":
        items = rest.pop("items", None)
        if items is not None:
            out["items"] = _transform(items)
        min_items = rest.pop("minItems", None)
        if min_items is not None and (min_items == 0 or min_items == 1):
            out["minItems"] = min_items
        elif min_items is not None:
            rest["minItems"] = min_items
    elif type_ is not None and type_ not in _SCALARS:
        assert_never(cast(Never, type_))

    if rest:
        leftovers = "{" + ", ".join(f"{key}: {value}" for key, value in rest.items()) + "}"
        description = out.get("description")
        out["description"] = leftovers if description is None else description + "\n\n" + leftovers
    return out

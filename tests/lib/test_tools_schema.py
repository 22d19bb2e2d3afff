"""Tool input schemas generated from function signatures (``@beta_tool``), compared with the reference.

Every expected value below (description and ``input_schema``, key order included) was produced by
running the reference release 0.74.1 (with the same pydantic 2.14 and docstring_parser) on these
very functions: ``beta_tool(func).description`` / ``.input_schema``.
"""

import datetime
import enum
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Literal, Optional, Set, Tuple, Union

import pytest
from pydantic import BaseModel, Field
from typing_extensions import Annotated, TypedDict

from anthropic import beta_async_tool, beta_tool


class Color(enum.Enum):
    """A primary colour."""

    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Address(BaseModel):
    """A postal address."""

    street: str
    city: str = Field(description="The city name")
    zip_code: Optional[str] = None


class Person(BaseModel):
    name: str
    address: Address
    tags: List[str] = []


class Point(TypedDict):
    x: int
    y: int


@dataclass
class Box:
    width: float
    height: float = 1.0


def get_weather(location: str, units: Literal["c", "f"]) -> str:
    """Get the current weather in a given location.

    Args:
        location: The city and state, e.g. San Francisco, CA
        units: Temperature units
    """
    return location


def no_docstring(a: int, b: str) -> str:
    return ""


def unannotated(a, b=3):
    """Unannotated parameters.

    Args:
        a: first
        b: second
    """
    return ""


def with_defaults(name: str = "x", ratio: float = 0.5, flag: bool = True, count: int = 0) -> str:
    """Defaults of every scalar type."""
    return ""


def optional_params(query: str, limit: Optional[int] = None, cursor: Union[str, None] = None) -> str:
    """Optional parameters.

    Args:
        query: What to look for
        limit: At most this many
    """
    return ""


def collections(items: List[str], scores: Dict[str, int], anything: Dict[str, Any], unique: Set[int]) -> str:
    """Collections.

    Args:
        items: Some items
        scores: Scores by name
    """
    return ""


def enum_param(color: Color, level: Level = Level.LOW) -> str:
    """Pick a colour.

    Args:
        color: The colour
        level: The level
    """
    return ""


def model_param(person: Person) -> str:
    """Store a person.

    Args:
        person: The person to store
    """
    return ""


def optional_model_list(people: Optional[List[Person]] = None, home: Optional[Address] = None) -> str:
    """Lists of models."""
    return ""


def annotated_field(
    days: Annotated[int, Field(description="From Field", ge=1, le=10)],
    city: Annotated[str, Field(min_length=2)],
) -> str:
    """Field descriptions win.

    Args:
        days: From the docstring
        city: The city
    """
    return ""


def field_title(value: Annotated[int, Field(title="Custom Title")] = 3) -> str:
    """A custom title."""
    return ""


def var_kwargs(name: str, **kwargs) -> str:
    """Takes extra keyword arguments.

    Args:
        name: A name
    """
    return ""


def typed_kwargs(name: str, **options: int) -> str:
    """Typed extra keyword arguments."""
    return ""


def keyword_only(*, a: int, b: str = "b") -> str:
    """Keyword-only parameters.

    Args:
        a: the a
    """
    return ""


def rest_docstring(path: str, recursive: bool = False) -> str:
    """List a directory.

    Walks the tree when asked.

    :param path: Directory to list
    :param recursive: Whether to recurse
    :returns: the listing
    """
    return ""


def numpy_docstring(x: float, y: float) -> str:
    """Add two numbers.

    Parameters
    ----------
    x : float
        The first number
    y : float
        The second number

    Returns
    -------
    str
        The sum
    """
    return ""


def epydoc_docstring(text: str) -> str:
    """Echo text.

    @param text: The text to echo
    @return: the text
    """
    return ""


def returns_only(n: int) -> str:
    """Only a returns section.

    Returns:
        Something.
    """
    return ""


def unions(value: Union[int, str], maybe: Union[int, str, None] = None) -> str:
    """Unions."""
    return ""


def temporal(when: datetime.datetime, day: datetime.date, ident: uuid.UUID, span: datetime.timedelta) -> str:
    """Dates and ids."""
    return ""


def tuples(pair: Tuple[int, str], many: Tuple[int, ...]) -> str:
    """Tuples."""
    return ""


def typed_dict_and_dataclass(point: Point, box: Box) -> str:
    """A TypedDict and a dataclass.

    Args:
        point: The point
        box: The box
    """
    return ""


def literals(mode: Literal[1, 2, 3], mixed: Literal["a", 1, True] = "a", single: Literal["only"] = "only") -> str:
    """Literals."""
    return ""


def any_and_object(a: Any, b: object = None) -> str:
    """Any and object."""
    return ""


def odd_names(default: int, properties: str = "p", title: str = "t") -> str:
    """Parameter names that are JSON schema keywords.

    Args:
        default: A default
        properties: Some properties
        title: A title
    """
    return ""


def mutable_default(tags: List[str] = ["a", "b"], meta: Dict[str, int] = {"k": 1}) -> str:  # noqa: B006
    """Mutable defaults.

    Args:
        tags: The tags
    """
    return ""


def bytes_and_none(data: bytes, nothing: None = None) -> str:
    """Bytes and None."""
    return ""


def nested_generics(matrix: List[List[float]], lookup: Dict[str, List[Address]]) -> str:
    """Nested generics."""
    return ""


def multiline_param_doc(a: int) -> str:
    """Summary line.

    Args:
        a: A description that goes
            over two lines.
    """
    return ""


def no_params() -> str:
    """Takes nothing."""
    return ""


def enum_default_and_optional_enum(c: Optional[Color] = Color.RED) -> str:
    """Optional enum with a default."""
    return ""


SIGNATURES: List[Callable[..., str]] = [
    get_weather,
    no_docstring,
    unannotated,
    with_defaults,
    optional_params,
    collections,
    enum_param,
    model_param,
    optional_model_list,
    annotated_field,
    field_title,
    var_kwargs,
    typed_kwargs,
    keyword_only,
    rest_docstring,
    numpy_docstring,
    epydoc_docstring,
    returns_only,
    unions,
    temporal,
    tuples,
    typed_dict_and_dataclass,
    literals,
    any_and_object,
    odd_names,
    mutable_default,
    bytes_and_none,
    nested_generics,
    multiline_param_doc,
    no_params,
    enum_default_and_optional_enum,
]

EXPECTED: Dict[str, Tuple[str, Dict[str, Any]]] = {
    "get_weather": (
        "Get the current weather in a given location.",
        {
            "additionalProperties": False,
            "properties": {
                "location": {
                    "description": "The city and state, e.g. San Francisco, CA",
                    "title": "Location",
                    "type": "string",
                },
                "units": {"description": "Temperature units", "enum": ["c", "f"], "title": "Units", "type": "string"},
            },
            "required": ["location", "units"],
            "type": "object",
        },
    ),
    "no_docstring": (
        "",
        {
            "additionalProperties": False,
            "properties": {"a": {"title": "A", "type": "integer"}, "b": {"title": "B", "type": "string"}},
            "required": ["a", "b"],
            "type": "object",
        },
    ),
    "unannotated": (
        "Unannotated parameters.",
        {
            "additionalProperties": False,
            "properties": {
                "a": {"description": "first", "title": "A"},
                "b": {"default": 3, "description": "second", "title": "B"},
            },
            "required": ["a"],
            "type": "object",
        },
    ),
    "with_defaults": (
        "Defaults of every scalar type.",
        {
            "additionalProperties": False,
            "properties": {
                "name": {"default": "x", "title": "Name", "type": "string"},
                "ratio": {"default": 0.5, "title": "Ratio", "type": "number"},
                "flag": {"default": True, "title": "Flag", "type": "boolean"},
                "count": {"default": 0, "title": "Count", "type": "integer"},
            },
            "type": "object",
        },
    ),
    "optional_params": (
        "Optional parameters.",
        {
            "additionalProperties": False,
            "properties": {
                "query": {"description": "What to look for", "title": "Query", "type": "string"},
                "limit": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "description": "At most this many",
                    "title": "Limit",
                },
                "cursor": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Cursor"},
            },
            "required": ["query"],
            "type": "object",
        },
    ),
    "collections": (
        "Collections.",
        {
            "additionalProperties": False,
            "properties": {
                "items": {"description": "Some items", "items": {"type": "string"}, "title": "Items", "type": "array"},
                "scores": {
                    "additionalProperties": {"type": "integer"},
                    "description": "Scores by name",
                    "title": "Scores",
                    "type": "object",
                },
                "anything": {"additionalProperties": True, "title": "Anything", "type": "object"},
                "unique": {"items": {"type": "integer"}, "title": "Unique", "type": "array", "uniqueItems": True},
            },
            "required": ["items", "scores", "anything", "unique"],
            "type": "object",
        },
    ),
    "enum_param": (
        "Pick a colour.",
        {
            "$defs": {
                "Color": {
                    "description": "A primary colour.",
                    "enum": ["red", "green"],
                    "title": "Color",
                    "type": "string",
                },
                "Level": {"enum": [1, 2], "title": "Level", "type": "integer"},
            },
            "additionalProperties": False,
            "properties": {
                "color": {"$ref": "#/$defs/Color", "description": "The colour"},
                "level": {"$ref": "#/$defs/Level", "default": 1, "description": "The level"},
            },
            "required": ["color"],
            "type": "object",
        },
    ),
    "model_param": (
        "Store a person.",
        {
            "$defs": {
                "Address": {
                    "description": "A postal address.",
                    "properties": {
                        "street": {"title": "Street", "type": "string"},
                        "city": {"description": "The city name", "title": "City", "type": "string"},
                        "zip_code": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "default": None,
                            "title": "Zip Code",
                        },
                    },
                    "required": ["street", "city"],
                    "title": "Address",
                    "type": "object",
                },
                "Person": {
                    "properties": {
                        "name": {"title": "Name", "type": "string"},
                        "address": {"$ref": "#/$defs/Address"},
                        "tags": {"default": [], "items": {"type": "string"}, "title": "Tags", "type": "array"},
                    },
                    "required": ["name", "address"],
                    "title": "Person",
                    "type": "object",
                },
            },
            "additionalProperties": False,
            "properties": {"person": {"$ref": "#/$defs/Person", "description": "The person to store"}},
            "required": ["person"],
            "type": "object",
        },
    ),
    "optional_model_list": (
        "Lists of models.",
        {
            "$defs": {
                "Address": {
                    "description": "A postal address.",
                    "properties": {
                        "street": {"title": "Street", "type": "string"},
                        "city": {"description": "The city name", "title": "City", "type": "string"},
                        "zip_code": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "default": None,
                            "title": "Zip Code",
                        },
                    },
                    "required": ["street", "city"],
                    "title": "Address",
                    "type": "object",
                },
                "Person": {
                    "properties": {
                        "name": {"title": "Name", "type": "string"},
                        "address": {"$ref": "#/$defs/Address"},
                        "tags": {"default": [], "items": {"type": "string"}, "title": "Tags", "type": "array"},
                    },
                    "required": ["name", "address"],
                    "title": "Person",
                    "type": "object",
                },
            },
            "additionalProperties": False,
            "properties": {
                "people": {
                    "anyOf": [{"items": {"$ref": "#/$defs/Person"}, "type": "array"}, {"type": "null"}],
                    "default": None,
                    "title": "People",
                },
                "home": {"anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}], "default": None},
            },
            "type": "object",
        },
    ),
    "annotated_field": (
        "Field descriptions win.",
        {
            "additionalProperties": False,
            "properties": {
                "days": {"description": "From Field", "maximum": 10, "minimum": 1, "title": "Days", "type": "integer"},
                "city": {"description": "The city", "minLength": 2, "title": "City", "type": "string"},
            },
            "required": ["days", "city"],
            "type": "object",
        },
    ),
    "field_title": (
        "A custom title.",
        {
            "additionalProperties": False,
            "properties": {"value": {"default": 3, "title": "Custom Title", "type": "integer"}},
            "type": "object",
        },
    ),
    "var_kwargs": (
        "Takes extra keyword arguments.",
        {
            "properties": {"name": {"description": "A name", "title": "Name", "type": "string"}},
            "required": ["name"],
            "type": "object",
        },
    ),
    "typed_kwargs": (
        "Typed extra keyword arguments.",
        {
            "additionalProperties": {"type": "integer"},
            "properties": {"name": {"title": "Name", "type": "string"}},
            "required": ["name"],
            "type": "object",
        },
    ),
    "keyword_only": (
        "Keyword-only parameters.",
        {
            "additionalProperties": False,
            "properties": {
                "a": {"description": "the a", "title": "A", "type": "integer"},
                "b": {"default": "b", "title": "B", "type": "string"},
            },
            "required": ["a"],
            "type": "object",
        },
    ),
    "rest_docstring": (
        "List a directory.\n\nWalks the tree when asked.",
        {
            "additionalProperties": False,
            "properties": {
                "path": {"description": "Directory to list", "title": "Path", "type": "string"},
                "recursive": {
                    "default": False,
                    "description": "Whether to recurse",
                    "title": "Recursive",
                    "type": "boolean",
                },
            },
            "required": ["path"],
            "type": "object",
        },
    ),
    "numpy_docstring": (
        "Add two numbers.",
        {
            "additionalProperties": False,
            "properties": {
                "x": {"description": "The first number", "title": "X", "type": "number"},
                "y": {"description": "The second number", "title": "Y", "type": "number"},
            },
            "required": ["x", "y"],
            "type": "object",
        },
    ),
    "epydoc_docstring": (
        "Echo text.",
        {
            "additionalProperties": False,
            "properties": {"text": {"description": "The text to echo", "title": "Text", "type": "string"}},
            "required": ["text"],
            "type": "object",
        },
    ),
    "returns_only": (
        "Only a returns section.",
        {
            "additionalProperties": False,
            "properties": {"n": {"title": "N", "type": "integer"}},
            "required": ["n"],
            "type": "object",
        },
    ),
    "unions": (
        "Unions.",
        {
            "additionalProperties": False,
            "properties": {
                "value": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Value"},
                "maybe": {
                    "anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Maybe",
                },
            },
            "required": ["value"],
            "type": "object",
        },
    ),
    "temporal": (
        "Dates and ids.",
        {
            "additionalProperties": False,
            "properties": {
                "when": {"format": "date-time", "title": "When", "type": "string"},
                "day": {"format": "date", "title": "Day", "type": "string"},
                "ident": {"format": "uuid", "title": "Ident", "type": "string"},
                "span": {"format": "duration", "title": "Span", "type": "string"},
            },
            "required": ["when", "day", "ident", "span"],
            "type": "object",
        },
    ),
    "tuples": (
        "Tuples.",
        {
            "additionalProperties": False,
            "properties": {
                "pair": {
                    "maxItems": 2,
                    "minItems": 2,
                    "prefixItems": [{"type": "integer"}, {"type": "string"}],
                    "title": "Pair",
                    "type": "array",
                },
                "many": {"items": {"type": "integer"}, "title": "Many", "type": "array"},
            },
            "required": ["pair", "many"],
            "type": "object",
        },
    ),
    "typed_dict_and_dataclass": (
        "A TypedDict and a dataclass.",
        {
            "$defs": {
                "Box": {
                    "properties": {
                        "width": {"title": "Width", "type": "number"},
                        "height": {"default": 1.0, "title": "Height", "type": "number"},
                    },
                    "required": ["width"],
                    "title": "Box",
                    "type": "object",
                },
                "Point": {
                    "properties": {"x": {"title": "X", "type": "integer"}, "y": {"title": "Y", "type": "integer"}},
                    "required": ["x", "y"],
                    "title": "Point",
                    "type": "object",
                },
            },
            "additionalProperties": False,
            "properties": {
                "point": {"$ref": "#/$defs/Point", "description": "The point"},
                "box": {"$ref": "#/$defs/Box", "description": "The box"},
            },
            "required": ["point", "box"],
            "type": "object",
        },
    ),
    "literals": (
        "Literals.",
        {
            "additionalProperties": False,
            "properties": {
                "mode": {"enum": [1, 2, 3], "title": "Mode", "type": "integer"},
                "mixed": {"default": "a", "enum": ["a", 1, True], "title": "Mixed"},
                "single": {"const": "only", "default": "only", "title": "Single", "type": "string"},
            },
            "required": ["mode"],
            "type": "object",
        },
    ),
    "any_and_object": (
        "Any and object.",
        {
            "additionalProperties": False,
            "properties": {"a": {"title": "A"}, "b": {"default": None, "title": "B"}},
            "required": ["a"],
            "type": "object",
        },
    ),
    "odd_names": (
        "Parameter names that are JSON schema keywords.",
        {
            "additionalProperties": False,
            "properties": {
                "default": {"type": "integer", "title": "Default", "description": "A default"},
                "properties": {
                    "type": "string",
                    "default": "p",
                    "title": "Properties",
                    "description": "Some properties",
                },
                "title": {"default": "t", "description": "A title", "title": "Title", "type": "string"},
            },
            "required": ["default"],
            "type": "object",
        },
    ),
    "mutable_default": (
        "Mutable defaults.",
        {
            "additionalProperties": False,
            "properties": {
                "tags": {
                    "default": ["a", "b"],
                    "description": "The tags",
                    "items": {"type": "string"},
                    "title": "Tags",
                    "type": "array",
                },
                "meta": {
                    "additionalProperties": {"type": "integer"},
                    "default": {"k": 1},
                    "title": "Meta",
                    "type": "object",
                },
            },
            "type": "object",
        },
    ),
    "bytes_and_none": (
        "Bytes and None.",
        {
            "additionalProperties": False,
            "properties": {
                "data": {"format": "binary", "title": "Data", "type": "string"},
                "nothing": {"default": None, "title": "Nothing", "type": "null"},
            },
            "required": ["data"],
            "type": "object",
        },
    ),
    "nested_generics": (
        "Nested generics.",
        {
            "$defs": {
                "Address": {
                    "description": "A postal address.",
                    "properties": {
                        "street": {"title": "Street", "type": "string"},
                        "city": {"description": "The city name", "title": "City", "type": "string"},
                        "zip_code": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "default": None,
                            "title": "Zip Code",
                        },
                    },
                    "required": ["street", "city"],
                    "title": "Address",
                    "type": "object",
                }
            },
            "additionalProperties": False,
            "properties": {
                "matrix": {"items": {"items": {"type": "number"}, "type": "array"}, "title": "Matrix", "type": "array"},
                "lookup": {
                    "additionalProperties": {"items": {"$ref": "#/$defs/Address"}, "type": "array"},
                    "title": "Lookup",
                    "type": "object",
                },
            },
            "required": ["matrix", "lookup"],
            "type": "object",
        },
    ),
    "multiline_param_doc": (
        "Summary line.",
        {
            "additionalProperties": False,
            "properties": {
                "a": {"description": "A description that goes\nover two lines.", "title": "A", "type": "integer"}
            },
            "required": ["a"],
            "type": "object",
        },
    ),
    "no_params": ("Takes nothing.", {"additionalProperties": False, "properties": {}, "type": "object"}),
    "enum_default_and_optional_enum": (
        "Optional enum with a default.",
        {
            "$defs": {
                "Color": {
                    "description": "A primary colour.",
                    "enum": ["red", "green"],
                    "title": "Color",
                    "type": "string",
                }
            },
            "additionalProperties": False,
            "properties": {"c": {"anyOf": [{"$ref": "#/$defs/Color"}, {"type": "null"}], "default": "red"}},
            "type": "object",
        },
    ),
}


def test_the_table_covers_every_signature() -> None:
    assert len(SIGNATURES) >= 20
    assert [func.__name__ for func in SIGNATURES] == list(EXPECTED)


@pytest.mark.parametrize("func", SIGNATURES, ids=lambda func: func.__name__)
def test_schema_and_description_match_the_reference(func: Callable[..., str]) -> None:
    description, schema = EXPECTED[func.__name__]
    tool = beta_tool(func)
    assert tool.description == description
    assert tool.input_schema == schema
    assert repr(tool.input_schema) == repr(schema)  # same key order
    assert tool.to_dict() == {"name": func.__name__, "description": description, "input_schema": schema}
    assert list(tool.to_dict()) == ["name", "description", "input_schema"]


@pytest.mark.parametrize("func", SIGNATURES[:5], ids=lambda func: func.__name__)
def test_async_tools_generate_the_same_schema(func: Callable[..., str]) -> None:
    async def wrapper() -> str:
        return ""

    # The schema depends on the signature only, not on the function being a coroutine function.
    tool = beta_async_tool(func)  # type: ignore[arg-type]
    assert repr(tool.input_schema) == repr(EXPECTED[func.__name__][1])
    assert beta_async_tool(wrapper).input_schema == {"additionalProperties": False, "properties": {}, "type": "object"}


# Signatures that are not plain keyword arguments: pydantic describes the positional
# arguments as an array (as the reference sends them), or cannot describe them at all.


def var_positional(*args: int) -> str:
    return ""


def positional_only(a: int, /, b: int) -> str:
    return ""


def positional_only_defaults(a: int, b: str = "x", /) -> str:
    return ""


def named_and_var_positional(x: int, *args) -> str:  # type: ignore[no-untyped-def]
    return ""


def positional_and_keyword_only(a: int, *args: str, b: int = 2, **kw: float) -> str:
    return ""


@pytest.mark.parametrize(
    "func, schema",
    [
        (var_positional, {"items": {"type": "integer"}, "type": "array"}),
        (
            positional_only,
            {
                "maxItems": 2,
                "minItems": 2,
                "prefixItems": [{"title": "A", "type": "integer"}, {"title": "B", "type": "integer"}],
                "type": "array",
            },
        ),
        (
            positional_only_defaults,
            {
                "maxItems": 2,
                "minItems": 1,
                "prefixItems": [{"title": "A", "type": "integer"}, {"default": "x", "title": "B", "type": "string"}],
                "type": "array",
            },
        ),
        (
            named_and_var_positional,
            {"minItems": 1, "prefixItems": [{"title": "X", "type": "integer"}], "type": "array"},
        ),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_positional_signatures_give_array_schemas(func: Callable[..., str], schema: Dict[str, Any]) -> None:
    assert repr(beta_tool(func).input_schema) == repr(schema)


def test_positional_only_and_keyword_only_together_fail_at_decoration() -> None:
    from pydantic.errors import PydanticInvalidForJsonSchema

    with pytest.raises(PydanticInvalidForJsonSchema) as info:
        beta_tool(positional_and_keyword_only)
    assert str(info.value).startswith(
        "Unable to generate JSON schema for arguments validator with positional-only and keyword-only arguments"
    )
    # A schema given by hand skips the generation.
    tool = beta_tool(positional_and_keyword_only, input_schema={"type": "object"})
    assert tool.input_schema == {"type": "object"}


def test_a_positional_only_tool_rejects_keyword_input() -> None:
    tool = beta_tool(positional_only)
    with pytest.raises(ValueError, match="^Invalid arguments for function positional_only$") as info:
        tool.call({"a": 1, "b": 2})
    errors = info.value.__cause__.errors()  # type: ignore[union-attr]
    assert [e["type"] for e in errors] == ["missing_positional_only_argument", "unexpected_keyword_argument"]

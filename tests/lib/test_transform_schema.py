"""``anthropic.transform_schema`` (and the ``_parse._response`` helpers ``beta.messages.parse`` uses).

Each expected output below was produced by running the reference release 0.74.1 on the same
input (key order included); the models are converted with pydantic 2.14's ``model_json_schema()``.
"""

import copy
import enum
from typing import Any, Dict, List, Literal, Optional, Tuple

import pytest
from pydantic import BaseModel, Field, ValidationError

import anthropic
from anthropic import transform_schema
from anthropic.lib._parse import _transform
from anthropic.lib._parse._response import parse_response, parse_text
from anthropic.types.beta import BetaMessage
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage, ParsedBetaTextBlock


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


class Address(BaseModel):
    """Where someone lives."""

    street: str = Field(min_length=1)
    city: str
    country: Optional[str] = None


class Person(BaseModel):
    name: str = Field(description="Full name", max_length=50)
    age: int = Field(ge=0, le=150)
    address: Address
    favourite: Color = Color.RED
    tags: List[str] = Field(default_factory=list, max_length=3)
    scores: Dict[str, int] = {}
    kind: Literal["a", "b"] = "a"


class Node(BaseModel):
    value: int
    children: List["Node"] = []


CASES: List[Tuple[str, Any, Dict[str, Any]]] = [
    (
        "integer_min_max",
        {"type": "integer", "minimum": 1, "maximum": 10, "description": "A number"},
        {"type": "integer", "description": "A number\n\n{minimum: 1, maximum: 10}"},
    ),
    (
        "one_of_to_any_of",
        {"oneOf": [{"type": "string"}, {"type": "null"}], "default": None},
        {"anyOf": [{"type": "string"}, {"type": "null"}], "description": "{default: None}"},
    ),
    (
        "literal_enum",
        {"type": "string", "title": "Kind", "enum": ["a", "b"]},
        {"type": "string", "title": "Kind", "description": "{enum: ['a', 'b']}"},
    ),
    (
        "const",
        {"const": "x", "type": "string", "title": "Only"},
        {"type": "string", "title": "Only", "description": "{const: x}"},
    ),
    (
        "object_closed",
        {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"], "additionalProperties": True},
        {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": False, "required": ["a"]},
    ),
    (
        "dict_values_dropped",
        {"type": "object", "additionalProperties": {"type": "integer"}, "title": "Scores"},
        {"type": "object", "title": "Scores", "properties": {}, "additionalProperties": False},
    ),
    (
        "object_without_properties",
        {"type": "object"},
        {"type": "object", "properties": {}, "additionalProperties": False},
    ),
    ("string_supported_format", {"type": "string", "format": "date-time"}, {"type": "string", "format": "date-time"}),
    (
        "string_unsupported_format",
        {"type": "string", "format": "binary", "title": "Data"},
        {"type": "string", "title": "Data", "description": "{format: binary}"},
    ),
    (
        "string_constraints",
        {"type": "string", "pattern": "^[a-z]+$", "minLength": 1, "maxLength": 5, "description": "Lowercase"},
        {"type": "string", "description": "Lowercase\n\n{pattern: ^[a-z]+$, minLength: 1, maxLength: 5}"},
    ),
    (
        "array_min_items_1",
        {"type": "array", "items": {"type": "string"}, "minItems": 1},
        {"type": "array", "items": {"type": "string"}, "minItems": 1},
    ),
    (
        "array_min_items_0",
        {"type": "array", "items": {"type": "number", "minimum": 0}, "minItems": 0},
        {"type": "array", "items": {"type": "number", "description": "{minimum: 0}"}, "minItems": 0},
    ),
    (
        "array_min_items_2",
        {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4, "uniqueItems": True},
        {"type": "array", "items": {"type": "string"}, "description": "{maxItems: 4, uniqueItems: True, minItems: 2}"},
    ),
    (
        "ref_siblings_dropped",
        {"$ref": "#/$defs/Address", "description": "Home", "default": None},
        {"$ref": "#/$defs/Address"},
    ),
    ("defs_and_top_ref", {"$defs": {"A": {"type": "string"}}, "$ref": "#/$defs/A"}, {"$ref": "#/$defs/A"}),
    (
        "defs_first",
        {
            "type": "object",
            "properties": {"home": {"$ref": "#/$defs/Address"}},
            "$defs": {"Address": {"type": "object", "properties": {"street": {"type": "string", "minLength": 1}}}},
        },
        {
            "$defs": {
                "Address": {
                    "type": "object",
                    "properties": {"street": {"type": "string", "description": "{minLength: 1}"}},
                    "additionalProperties": False,
                }
            },
            "type": "object",
            "properties": {"home": {"$ref": "#/$defs/Address"}},
            "additionalProperties": False,
        },
    ),
    (
        "all_of",
        {"allOf": [{"$ref": "#/$defs/A"}], "description": "Wrapped", "default": {"k": 1}},
        {"allOf": [{"$ref": "#/$defs/A"}], "description": "Wrapped\n\n{default: {'k': 1}}"},
    ),
    (
        "any_of_in_properties",
        {
            "type": "object",
            "properties": {
                "x": {"anyOf": [{"type": "integer", "maximum": 3}, {"type": "null"}], "default": None, "title": "X"}
            },
        },
        {
            "type": "object",
            "properties": {
                "x": {
                    "anyOf": [{"type": "integer", "description": "{maximum: 3}"}, {"type": "null"}],
                    "title": "X",
                    "description": "{default: None}",
                }
            },
            "additionalProperties": False,
        },
    ),
    (
        "nested_objects",
        {
            "type": "object",
            "properties": {
                "inner": {"type": "object", "properties": {"deep": {"type": "object", "additionalProperties": False}}}
            },
        },
        {
            "type": "object",
            "properties": {
                "inner": {
                    "type": "object",
                    "properties": {"deep": {"type": "object", "properties": {}, "additionalProperties": False}},
                    "additionalProperties": False,
                }
            },
            "additionalProperties": False,
        },
    ),
    (
        "boolean_default",
        {"type": "boolean", "default": True, "title": "Flag"},
        {"type": "boolean", "title": "Flag", "description": "{default: True}"},
    ),
    ("null_type", {"type": "null"}, {"type": "null"}),
    (
        "number_constraints",
        {"type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5, "examples": [1.5, 2]},
        {"type": "number", "description": "{exclusiveMinimum: 0, multipleOf: 0.5, examples: [1.5, 2]}"},
    ),
    (
        "pattern_properties",
        {"type": "object", "patternProperties": {"^x": {"type": "string"}}},
        {
            "type": "object",
            "properties": {},
            "additionalProperties": False,
            "description": "{patternProperties: {'^x': {'type': 'string'}}}",
        },
    ),
    (
        "leftover_rendering",
        {
            "type": "string",
            "examples": [{"a": 1, "b": [True, None]}, "s"],
            "deprecated": False,
            "x-extra": {"nested": "v"},
        },
        {
            "type": "string",
            "description": "{examples: [{'a': 1, 'b': [True, None]}, 's'], deprecated: False, x-extra: {'nested': 'v'}}",
        },
    ),
    (
        "description_and_title",
        {"title": "T", "description": "D", "type": "integer", "minimum": 0},
        {"type": "integer", "description": "D\n\n{minimum: 0}", "title": "T"},
    ),
    (
        "key_order",
        {"minimum": 0, "title": "T", "type": "integer", "description": "D"},
        {"type": "integer", "description": "D\n\n{minimum: 0}", "title": "T"},
    ),
    (
        "prefix_items",
        {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}], "minItems": 2, "maxItems": 2},
        {
            "type": "array",
            "description": "{prefixItems: [{'type': 'integer'}, {'type': 'string'}], maxItems: 2, minItems: 2}",
        },
    ),
    (
        "format_after_other_leftovers",
        {"format": "byte", "type": "string", "maxLength": 9},
        {"type": "string", "description": "{maxLength: 9, format: byte}"},
    ),
    (
        "one_of_ignored_when_any_of",
        {"anyOf": [{"type": "integer"}], "oneOf": [{"type": "string"}]},
        {"anyOf": [{"type": "integer"}]},
    ),
    (
        "any_of_with_object_type",
        {"anyOf": [{"type": "string"}], "type": "object"},
        {"anyOf": [{"type": "string"}], "properties": {}, "additionalProperties": False},
    ),
    (
        "empty_description",
        {"type": "integer", "description": "", "minimum": 2},
        {"type": "integer", "description": "\n\n{minimum: 2}"},
    ),
    (
        "none_description_and_title",
        {"type": "integer", "description": None, "title": None, "x": None},
        {"type": "integer", "description": "{x: None}"},
    ),
    (
        "supported_formats",
        {
            "type": "object",
            "properties": {
                "date-time": {"type": "string", "format": "date-time"},
                "time": {"type": "string", "format": "time"},
                "date": {"type": "string", "format": "date"},
                "duration": {"type": "string", "format": "duration"},
                "email": {"type": "string", "format": "email"},
                "hostname": {"type": "string", "format": "hostname"},
                "uri": {"type": "string", "format": "uri"},
                "ipv4": {"type": "string", "format": "ipv4"},
                "ipv6": {"type": "string", "format": "ipv6"},
                "uuid": {"type": "string", "format": "uuid"},
                "uri-reference": {"type": "string", "format": "uri-reference"},
                "regex": {"type": "string", "format": "regex"},
            },
        },
        {
            "type": "object",
            "properties": {
                "date-time": {"type": "string", "format": "date-time"},
                "time": {"type": "string", "format": "time"},
                "date": {"type": "string", "format": "date"},
                "duration": {"type": "string", "format": "duration"},
                "email": {"type": "string", "format": "email"},
                "hostname": {"type": "string", "format": "hostname"},
                "uri": {"type": "string", "format": "uri"},
                "ipv4": {"type": "string", "format": "ipv4"},
                "ipv6": {"type": "string", "format": "ipv6"},
                "uuid": {"type": "string", "format": "uuid"},
                "uri-reference": {"type": "string", "description": "{format: uri-reference}"},
                "regex": {"type": "string", "description": "{format: regex}"},
            },
            "additionalProperties": False,
        },
    ),
    (
        "model_person",
        Person,
        {
            "$defs": {
                "Address": {
                    "type": "object",
                    "description": "Where someone lives.",
                    "title": "Address",
                    "properties": {
                        "street": {"type": "string", "title": "Street", "description": "{minLength: 1}"},
                        "city": {"type": "string", "title": "City"},
                        "country": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "title": "Country",
                            "description": "{default: None}",
                        },
                    },
                    "additionalProperties": False,
                    "required": ["street", "city"],
                },
                "Color": {"type": "string", "title": "Color", "description": "{enum: ['red', 'blue']}"},
            },
            "type": "object",
            "title": "Person",
            "properties": {
                "name": {"type": "string", "description": "Full name\n\n{maxLength: 50}", "title": "Name"},
                "age": {"type": "integer", "title": "Age", "description": "{maximum: 150, minimum: 0}"},
                "address": {"$ref": "#/$defs/Address"},
                "favourite": {"$ref": "#/$defs/Color"},
                "tags": {"type": "array", "title": "Tags", "items": {"type": "string"}, "description": "{maxItems: 3}"},
                "scores": {
                    "type": "object",
                    "title": "Scores",
                    "properties": {},
                    "additionalProperties": False,
                    "description": "{default: {}}",
                },
                "kind": {"type": "string", "title": "Kind", "description": "{default: a, enum: ['a', 'b']}"},
            },
            "additionalProperties": False,
            "required": ["name", "age", "address"],
        },
    ),
    ("model_recursive", Node, {"$ref": "#/$defs/Node"}),
    (
        "model_address",
        Address,
        {
            "type": "object",
            "description": "Where someone lives.",
            "title": "Address",
            "properties": {
                "street": {"type": "string", "title": "Street", "description": "{minLength: 1}"},
                "city": {"type": "string", "title": "City"},
                "country": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "title": "Country",
                    "description": "{default: None}",
                },
            },
            "additionalProperties": False,
            "required": ["street", "city"],
        },
    ),
]


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert len({name for name, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("schema, expected", [(i, e) for _, i, e in CASES], ids=[n for n, _, _ in CASES])
def test_transform_matches_the_reference(schema: Any, expected: Dict[str, Any]) -> None:
    before = copy.deepcopy(schema)
    result = transform_schema(schema)
    assert result == expected
    assert repr(result) == repr(expected)  # same key order at every level
    if isinstance(schema, dict):
        assert schema == before  # the input is not modified
        assert result is not schema


def test_nested_inputs_are_not_modified() -> None:
    schema: Dict[str, Any] = {
        "$defs": {"A": {"type": "object", "properties": {"x": {"type": "string", "format": "binary"}}}},
        "type": "object",
        "properties": {"a": {"$ref": "#/$defs/A"}, "b": {"type": "array", "items": {"type": "integer", "minimum": 1}}},
        "additionalProperties": True,
    }
    before = copy.deepcopy(schema)
    transform_schema(schema)
    assert schema == before


def test_a_model_class_is_converted_first() -> None:
    assert transform_schema(Address) == transform_schema(Address.model_json_schema())


@pytest.mark.parametrize(
    "schema",
    [{}, {"description": "no type"}, {"title": "T", "enum": [1]}, {"anyOf": {"type": "string"}}],
)
def test_a_node_needs_a_type(schema: Dict[str, Any]) -> None:
    with pytest.raises(ValueError) as info:
        transform_schema(schema)
    assert str(info.value) == "Schema must have a 'type', 'anyOf', 'oneOf', or 'allOf' field."


def test_nested_nodes_need_a_type_too() -> None:
    with pytest.raises(ValueError, match="^Schema must have a 'type'"):
        transform_schema({"type": "object", "properties": {"a": {"description": "untyped"}}})


@pytest.mark.parametrize(
    "schema, message",
    [
        ({"type": "foo"}, "Expected code to be unreachable, but got: 'foo'"),
        ({"type": ["string", "null"]}, "Expected code to be unreachable, but got: ['string', 'null']"),
    ],
)
def test_an_unknown_type_is_an_assertion_error(schema: Dict[str, Any], message: str) -> None:
    with pytest.raises(AssertionError) as info:
        transform_schema(schema)
    assert str(info.value) == message


def test_malformed_inputs_fail_like_the_reference() -> None:
    with pytest.raises(TypeError, match="is not a mapping"):
        transform_schema("not a schema")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="is not a mapping"):
        transform_schema({"type": "array", "items": [{"type": "string"}]})
    with pytest.raises(AttributeError):
        transform_schema({"type": "object", "properties": None})
    with pytest.raises(TypeError, match="unsupported operand"):
        transform_schema({"type": "string", "description": 5, "pattern": "x"})


def test_falsy_or_none_keys_are_dropped() -> None:
    assert transform_schema({"type": "string", "format": ""}) == {"type": "string"}
    assert transform_schema({"$ref": None, "$defs": None, "type": "string"}) == {"type": "string"}


def test_min_items_true_and_false_count_as_one_and_zero() -> None:
    assert transform_schema({"type": "array", "minItems": True}) == {"type": "array", "minItems": True}
    assert transform_schema({"type": "array", "minItems": False}) == {"type": "array", "minItems": False}


def test_exports() -> None:
    assert anthropic.transform_schema is transform_schema is _transform.transform_schema
    assert transform_schema.__module__ == "anthropic"
    assert _transform.SupportedStringFormats == {
        "date-time",
        "time",
        "date",
        "duration",
        "email",
        "hostname",
        "uri",
        "ipv4",
        "ipv6",
        "uuid",
    }


def test_get_transformed_string() -> None:
    schema: Dict[str, Any] = {"type": "string"}
    assert _transform.get_transformed_string(schema) is schema
    assert schema == {"type": "string", "format": "text"}
    assert _transform.get_transformed_string({"type": "string", "format": "email"}) == {
        "type": "string",
        "format": "email",
    }
    assert _transform.get_transformed_string({"type": "integer"}) == {"type": "integer"}


# -- lib._parse._response: what beta.messages.parse() returns --------------------------------


class Out(BaseModel):
    a: int


RAW: Dict[str, Any] = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude",
    "content": [
        {"type": "text", "text": '{"a": "1"}'},
        {"type": "tool_use", "id": "toolu_1", "name": "n", "input": {}},
        {"type": "text", "text": '{"a": 2}', "citations": None},
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 2},
}


def test_parse_response_parses_every_text_block() -> None:
    response = BetaMessage.model_validate(RAW)
    parsed = parse_response(output_format=Out, response=response)
    assert isinstance(parsed, ParsedBetaMessage)
    assert type(parsed) is ParsedBetaMessage[Out]
    assert [type(block) for block in parsed.content] == [
        ParsedBetaTextBlock[Out],
        type(response.content[1]),
        ParsedBetaTextBlock[Out],
    ]
    assert parsed.content[1] is response.content[1]
    first = parsed.content[0]
    assert isinstance(first, ParsedBetaTextBlock)
    assert first.parsed_output == Out(a=1)
    assert first.model_fields_set == {"type", "text", "parsed_output"}
    assert parsed.parsed_output == Out(a=1)
    assert parsed.model_fields_set == response.model_fields_set
    assert parsed.to_dict() == {
        "id": "msg_1",
        "content": [
            {"text": '{"a": "1"}', "type": "text", "parsed_output": {"a": 1}},
            {"id": "toolu_1", "input": {}, "name": "n", "type": "tool_use"},
            {"citations": None, "text": '{"a": 2}', "type": "text", "parsed_output": {"a": 2}},
        ],
        "model": "claude",
        "role": "assistant",
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "type": "message",
        "usage": {"input_tokens": 1, "output_tokens": 2},
    }
    assert parsed.model_dump()["content"][2]["parsed_output"] == {"a": 2}  # no serializer warnings


def test_parse_response_with_a_non_model_type() -> None:
    response = BetaMessage.model_validate({**RAW, "content": [{"type": "text", "text": '[1, "2"]'}]})
    parsed = parse_response(output_format=List[int], response=response)
    assert parsed.parsed_output == [1, 2]
    assert parsed.model_dump()["content"] == [
        {"citations": None, "text": '[1, "2"]', "type": "text", "parsed_output": [1, 2]}
    ]


def test_parse_response_without_an_output_format() -> None:
    response = BetaMessage.model_validate(RAW)
    parsed = parse_response(output_format=anthropic.NOT_GIVEN, response=response)
    assert type(parsed) is ParsedBetaMessage
    assert type(parsed.content[0]) is ParsedBetaTextBlock
    assert parsed.content[0].parsed_output is None  # type: ignore[union-attr]
    assert parsed.parsed_output is None


def test_parse_response_keeps_unknown_fields() -> None:
    response = BetaMessage.model_validate({**RAW, "new_field": {"x": 1}})
    parsed = parse_response(output_format=Out, response=response)
    assert parsed.new_field == {"x": 1}  # type: ignore[attr-defined]
    assert parsed.to_dict()["new_field"] == {"x": 1}


@pytest.mark.parametrize("text", ['{"a": "x"}', "not json", "[]"])
def test_a_mismatch_raises_a_validation_error(text: str) -> None:
    response = BetaMessage.model_validate({**RAW, "content": [{"type": "text", "text": text}]})
    with pytest.raises(ValidationError):
        parse_response(output_format=Out, response=response)


def test_parse_text() -> None:
    assert parse_text('{"a": 1.0}', Out) == Out(a=1)
    assert parse_text("x", anthropic.NOT_GIVEN) is None
    assert parse_text('["a"]', List[Literal["a"]]) == ["a"]
    assert parse_text("null", Optional[int]) is None  # pyright: ignore[reportArgumentType]

"""``@beta_tool`` / ``@beta_async_tool``: decorator forms, ``call()`` validation and errors, exports."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from typing import Any, Dict, List, Literal

import pytest
from pydantic import BaseModel, ValidationError

import anthropic
import anthropic.lib.tools as tools_module
from anthropic import beta_async_tool, beta_tool
from anthropic.lib.tools import (
    BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool,
    BetaFunctionTool,
)
from anthropic.lib.tools._beta_functions import BaseFunctionTool, BetaAsyncRunnableTool, BetaRunnableTool
from anthropic.types.beta import BetaToolUnionParam


def get_weather(location: str, units: Literal["c", "f"] = "c", days: int = 1) -> str:
    """Get the weather.

    Longer text here.
    Second line.

    Args:
        location: The city
        units: unit system
        days: number of days
    """
    return f"{location} {units} {days}"


async def get_weather_async(location: str, days: int = 1) -> str:
    """Get the weather, asynchronously."""
    return f"{location} {days}"


class Query(BaseModel):
    text: str
    limit: int = 10


def search(query: Query) -> str:
    return f"{query.text}:{query.limit}"


WEATHER_SCHEMA: Dict[str, Any] = {
    "additionalProperties": False,
    "properties": {
        "location": {"description": "The city", "title": "Location", "type": "string"},
        "units": {"default": "c", "description": "unit system", "enum": ["c", "f"], "title": "Units", "type": "string"},
        "days": {"default": 1, "description": "number of days", "title": "Days", "type": "integer"},
    },
    "required": ["location"],
    "type": "object",
}


# -- decorator forms ---------------------------------------------------------------------


def test_bare_decorator() -> None:
    tool = beta_tool(get_weather)
    assert type(tool) is BetaFunctionTool
    assert tool.func is get_weather
    assert tool.name == "get_weather"
    assert tool.description == "Get the weather.\n\nLonger text here.\nSecond line."
    assert tool.input_schema == WEATHER_SCHEMA
    assert tool.to_dict() == {
        "name": "get_weather",
        "description": "Get the weather.\n\nLonger text here.\nSecond line.",
        "input_schema": WEATHER_SCHEMA,
    }


def test_decorator_with_parentheses_and_overrides() -> None:
    @beta_tool()
    def one(x: int) -> str:
        """One."""
        return str(x)

    @beta_tool(name="renamed", description="Custom description")
    def two(x: int) -> str:
        """Docstring not used."""
        return str(x)

    assert isinstance(one, BetaFunctionTool) and one.name == "one" and one.description == "One."
    assert two.name == "renamed" and two.description == "Custom description"
    assert two.to_dict()["name"] == "renamed"
    assert two.input_schema["properties"] == {"x": {"title": "X", "type": "integer"}}  # type: ignore[index]


def test_called_with_the_function_and_keywords() -> None:
    tool = beta_tool(get_weather, name="weather", description="d")
    assert (tool.name, tool.description) == ("weather", "d")
    # Empty strings fall back to the function's name and docstring.
    tool = beta_tool(get_weather, name="", description="")
    assert (tool.name, tool.description) == ("get_weather", "Get the weather.\n\nLonger text here.\nSecond line.")


def test_input_schema_given_as_a_dict_is_used_as_is() -> None:
    schema: Dict[str, Any] = {"type": "object", "properties": {"q": {"type": "string"}}}
    tool = beta_tool(search, input_schema=schema)
    assert tool.input_schema is schema
    assert tool.to_dict()["input_schema"] is schema


def test_input_schema_given_as_a_model_class() -> None:
    tool = beta_tool(search, input_schema=Query)
    assert tool.input_schema == {
        "properties": {
            "text": {"title": "Text", "type": "string"},
            "limit": {"default": 10, "title": "Limit", "type": "integer"},
        },
        "required": ["text"],
        "title": "Query",
        "type": "object",
    }


def test_no_docstring_gives_an_empty_description() -> None:
    def bare(x: int) -> str:
        return ""

    assert beta_tool(bare).description == ""
    assert beta_tool(bare).to_dict().get("description") == ""


def test_sections_are_not_part_of_the_description() -> None:
    def documented(x: int) -> str:
        """Summary only.

        Args:
            x: the x

        Returns:
            A string.

        Raises:
            ValueError: never
        """
        return ""

    assert beta_tool(documented).description == "Summary only."


def test_calling_the_tool_object_calls_the_function_directly() -> None:
    tool = beta_tool(get_weather)
    assert tool("Paris", "f", 3) == "Paris f 3"
    assert tool.__call__ is get_weather
    # No validation or coercion on this path.
    assert tool("Paris", days="2") == "Paris c 2"  # type: ignore[arg-type]


def test_async_decorator_forms() -> None:
    tool = beta_async_tool(get_weather_async)
    assert type(tool) is BetaAsyncFunctionTool
    assert tool.name == "get_weather_async" and tool.description == "Get the weather, asynchronously."

    @beta_async_tool()
    async def one(x: int) -> str:
        return str(x)

    @beta_async_tool(name="renamed", description="d", input_schema={"type": "object"})
    async def two(x: int) -> str:
        return str(x)

    assert isinstance(one, BetaAsyncFunctionTool) and one.name == "one"
    assert two.to_dict() == {"name": "renamed", "description": "d", "input_schema": {"type": "object"}}
    assert beta_async_tool(get_weather_async, name="w").name == "w"


def test_the_classes_are_generic_over_the_function() -> None:
    assert issubclass(BetaFunctionTool, BaseFunctionTool) and issubclass(BetaAsyncFunctionTool, BaseFunctionTool)
    assert BetaFunctionTool[Any] is not None and BetaAsyncFunctionTool[Any] is not None


# -- call() --------------------------------------------------------------------------


def test_call_validates_and_coerces_the_input() -> None:
    tool = beta_tool(get_weather)
    assert tool.call({"location": "x", "days": "5"}) == "x c 5"
    assert tool.call({"location": "Oslo", "units": "f"}) == "Oslo f 1"


def test_call_builds_model_arguments() -> None:
    assert beta_tool(search).call({"query": {"text": "cats", "limit": "3"}}) == "cats:3"


def test_call_returns_the_result_unchanged() -> None:
    blocks: List[Dict[str, Any]] = [{"type": "text", "text": "hi"}]

    def give() -> Any:
        return blocks

    assert beta_tool(give).call({}) is blocks


@pytest.mark.parametrize("value, type_name", [([1], "list"), ("s", "str"), (None, "NoneType"), (3, "int")])
def test_call_requires_a_dict(value: object, type_name: str) -> None:
    with pytest.raises(TypeError) as info:
        beta_tool(get_weather).call(value)
    assert str(info.value) == f"Input must be a dictionary, got {type_name}"


def test_invalid_arguments_raise_value_error_from_the_validation_error() -> None:
    tool = beta_tool(get_weather)
    with pytest.raises(ValueError) as info:
        tool.call({"days": "x"})
    assert type(info.value) is ValueError
    assert str(info.value) == "Invalid arguments for function get_weather"
    cause = info.value.__cause__
    assert isinstance(cause, ValidationError)
    assert [(e["loc"], e["type"]) for e in cause.errors()] == [
        (("location",), "missing_argument"),
        (("days",), "int_parsing"),
    ]


def test_unexpected_arguments_are_invalid() -> None:
    with pytest.raises(ValueError, match="^Invalid arguments for function weather$") as info:
        beta_tool(get_weather, name="weather").call({"location": "x", "extra": 1})
    assert isinstance(info.value.__cause__, ValidationError)
    assert info.value.__cause__.errors()[0]["type"] == "unexpected_keyword_argument"


def test_exceptions_raised_by_the_function_propagate() -> None:
    def boom(a: int) -> str:
        raise RuntimeError("kaboom")

    with pytest.raises(RuntimeError, match="^kaboom$") as info:
        beta_tool(boom).call({"a": 1})
    assert info.value.__cause__ is None


def test_a_validation_error_inside_the_function_counts_as_invalid_arguments() -> None:
    # As in the reference: any pydantic ValidationError escaping the call is reported so.
    def inner(a: int) -> str:
        Query(text=1)  # type: ignore[arg-type]
        return ""

    with pytest.raises(ValueError, match="^Invalid arguments for function inner$"):
        beta_tool(inner).call({"a": 1})


def test_sync_tool_refuses_a_coroutine_function() -> None:
    tool = beta_tool(get_weather_async)  # type: ignore[type-var]  # decoration itself works
    with pytest.raises(RuntimeError) as info:
        tool.call({"location": "x"})
    assert str(info.value) == "Cannot call a coroutine function synchronously. Use `@async_tool` instead."


@pytest.mark.anyio
async def test_async_call_validates_and_awaits() -> None:
    tool = beta_async_tool(get_weather_async)
    assert await tool.call({"location": "Rome", "days": "4"}) == "Rome 4"
    assert inspect.iscoroutinefunction(tool.call)


@pytest.mark.anyio
async def test_async_call_errors() -> None:
    tool = beta_async_tool(get_weather_async)
    with pytest.raises(TypeError) as type_error:
        await tool.call(["x"])
    assert str(type_error.value) == "Input must be a dictionary, got list"
    with pytest.raises(ValueError) as value_error:
        await tool.call({"location": "x", "days": 2.5})
    assert str(value_error.value) == "Invalid arguments for function get_weather_async"
    assert isinstance(value_error.value.__cause__, ValidationError)


@pytest.mark.anyio
async def test_async_tool_refuses_a_plain_function() -> None:
    tool = beta_async_tool(get_weather)  # type: ignore[type-var]
    with pytest.raises(RuntimeError) as info:
        await tool.call({"location": "x"})
    assert str(info.value) == "Cannot call a synchronous function asynchronously. Use `@tool` instead."


@pytest.mark.anyio
async def test_async_exceptions_propagate() -> None:
    @beta_async_tool
    async def boom() -> str:
        raise LookupError("nope")

    with pytest.raises(LookupError, match="^nope$"):
        await boom.call({})


# -- built-in tool bases -----------------------------------------------------------------


def test_builtin_tool_bases_are_abstract() -> None:
    assert BetaBuiltinFunctionTool.__abstractmethods__ == frozenset({"call", "to_dict"})
    assert BetaAsyncBuiltinFunctionTool.__abstractmethods__ == frozenset({"call", "to_dict"})
    with pytest.raises(TypeError):
        BetaBuiltinFunctionTool()  # type: ignore[abstract]


def test_builtin_tool_name_comes_from_to_dict() -> None:
    class Bash(BetaBuiltinFunctionTool):
        def to_dict(self) -> BetaToolUnionParam:
            return {"type": "bash_20250124", "name": "bash"}

        def call(self, input: object) -> str:
            return f"ran {input}"

    class AsyncBash(BetaAsyncBuiltinFunctionTool):
        def to_dict(self) -> BetaToolUnionParam:
            return {"type": "bash_20250124", "name": "bash"}

        async def call(self, input: object) -> str:
            return "ran"

    assert Bash().name == "bash" and Bash().call({"command": "ls"}) == "ran {'command': 'ls'}"
    assert AsyncBash().name == "bash"
    assert isinstance(BetaBuiltinFunctionTool.__dict__["name"], property)


def test_runnable_tool_aliases() -> None:
    from typing import get_args

    assert get_args(BetaRunnableTool) == (BetaFunctionTool[Any], BetaBuiltinFunctionTool)
    assert get_args(BetaAsyncRunnableTool) == (BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool)


# -- exports -------------------------------------------------------------------------------


def test_module_all_is_the_reference_list() -> None:
    assert tools_module.__all__ == [
        "beta_tool",
        "beta_async_tool",
        "BetaFunctionTool",
        "BetaAsyncFunctionTool",
        "BetaBuiltinFunctionTool",
        "BetaAsyncBuiltinFunctionTool",
        "BetaToolRunner",
        "BetaAsyncStreamingToolRunner",
        "BetaStreamingToolRunner",
        "BetaAsyncToolRunner",
        "BetaFunctionToolResultType",
        "BetaAbstractMemoryTool",
        "BetaAsyncAbstractMemoryTool",
    ]
    for name in ("BetaToolRunner", "BetaAsyncToolRunner", "BetaStreamingToolRunner", "BetaAsyncStreamingToolRunner"):
        assert name in dir(tools_module)
    with pytest.raises(AttributeError):
        tools_module.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


def test_top_level_names() -> None:
    assert anthropic.beta_tool is tools_module.beta_tool
    assert anthropic.beta_async_tool is tools_module.beta_async_tool
    assert anthropic.beta_tool.__module__ == "anthropic"
    assert anthropic.beta_async_tool.__module__ == "anthropic"
    assert {"beta_tool", "beta_async_tool", "transform_schema"} <= set(dir(anthropic))


def test_result_type_alias() -> None:
    from typing import get_args

    from anthropic.lib.tools import BetaFunctionToolResultType
    from anthropic.types.beta.beta_tool_result_block_param import Content

    assert get_args(BetaFunctionToolResultType)[0] is str
    assert get_args(get_args(BetaFunctionToolResultType)[1]) == (Content,)


def test_importing_the_tools_package_stays_cheap() -> None:
    code = (
        "import sys, json; import anthropic.lib.tools; "
        "print(json.dumps([m for m in ('pydantic', 'docstring_parser', 'httpx') if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []

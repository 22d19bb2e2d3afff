"""Python functions as tools the model can call: ``@beta_tool`` and ``@beta_async_tool``.

A decorated function becomes a ``BetaFunctionTool`` (``BetaAsyncFunctionTool`` for an
``async def``) that knows what to send to the API (``to_dict()``: name, description and a JSON
schema of the arguments) and how to run a call the model made (``call(input)``: the input
dict is validated and coerced by pydantic against the function's signature first).

Everything pydantic-related (``validate_call``, schema generation, ``docstring_parser``) is
imported when the first tool is created, so importing this module stays cheap.

``BetaBuiltinFunctionTool`` / ``BetaAsyncBuiltinFunctionTool`` are the bases of tools whose
definition is fixed by the API (such as the memory tool): they provide ``to_dict()`` and
``call()`` themselves.
"""

from __future__ import annotations

import inspect
import logging
from abc import ABC, abstractmethod
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Coroutine,
    Dict,
    Generic,
    Iterable,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

from typing_extensions import TypeAlias

from ..._compat import cached_property
from ..._utils._utils import CallableT
from ...types.beta.beta_tool_result_block_param import Content as BetaContent
from ...types.tool_param import InputSchema, ToolParam

if TYPE_CHECKING:
    import docstring_parser
    from pydantic import BaseModel
    from pydantic.json_schema import GenerateJsonSchema

    from ...types.beta.beta_tool_union_param import BetaToolUnionParam

__all__ = [
    "AsyncFunction",
    "AsyncFunctionT",
    "BaseFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaAsyncRunnableTool",
    "BetaBuiltinFunctionTool",
    "BetaFunctionTool",
    "BetaFunctionToolResultType",
    "BetaRunnableTool",
    "Function",
    "FunctionT",
    "beta_async_tool",
    "beta_tool",
]

log = logging.getLogger(__name__)

BetaFunctionToolResultType: TypeAlias = Union[str, Iterable[BetaContent]]
"""What a tool returns: a string, or content blocks (text, image, search result, document)."""

Function = Callable[..., BetaFunctionToolResultType]
FunctionT = TypeVar("FunctionT", bound=Function)

AsyncFunction = Callable[..., Coroutine[Any, Any, BetaFunctionToolResultType]]
AsyncFunctionT = TypeVar("AsyncFunctionT", bound=AsyncFunction)


class BetaBuiltinFunctionTool(ABC):
    """A tool run by this process whose definition sent to the API is written by hand.

    Subclasses provide ``to_dict()`` (the tool definition, e.g. ``{"type": "memory_20250818",
    "name": "memory"}``) and ``call(input)`` (run one call of the tool with the model's input).
    """

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        """The tool's name, as in ``to_dict()``."""
        return self.to_dict()["name"]


class BetaAsyncBuiltinFunctionTool(ABC):
    """``BetaBuiltinFunctionTool`` for the async client: ``call()`` is a coroutine."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    async def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        """The tool's name, as in ``to_dict()``."""
        return self.to_dict()["name"]


class BaseFunctionTool(Generic[CallableT]):
    """What the sync and async function tools share: definition and argument validation."""

    func: CallableT
    """The decorated function, unchanged."""

    name: str
    """The tool name sent to the API (the function's ``__name__`` unless given)."""

    description: str
    """The tool description sent to the API (from the docstring unless given; may be ``""``)."""

    input_schema: InputSchema
    """The JSON schema of the tool's input sent to the API."""

    def __init__(
        self,
        func: CallableT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, Type[BaseModel], None] = None,
    ) -> None:
        import pydantic

        self.func = func
        # Built now, so a signature pydantic cannot handle fails at decoration time.
        self._validating_func: Callable[..., Any] = pydantic.validate_call(func)
        self.name = name or func.__name__
        self.description = description or self._description_from_docstring()
        if input_schema is None:
            self.input_schema = self._schema_from_signature()
        elif isinstance(input_schema, type):
            self.input_schema = input_schema.model_json_schema()
        else:
            self.input_schema = input_schema

    # A property, so that calling the tool object is calling the function itself (same
    # signature for type checkers, no validation).
    @property
    def __call__(self) -> CallableT:
        return self.func

    def to_dict(self) -> ToolParam:
        """The tool definition for the ``tools`` request parameter."""
        return {"name": self.name, "description": self.description, "input_schema": self.input_schema}

    @cached_property
    def _docstring(self) -> docstring_parser.Docstring:
        import docstring_parser

        return docstring_parser.parse(self.func.__doc__ or "")

    def _description_from_docstring(self) -> str:
        """The docstring's summary, then its long description after a blank line; ``""`` without one."""
        summary = self._docstring.short_description
        if not summary:
            return ""
        details = self._docstring.long_description
        return f"{summary}\n\n{details}" if details else summary

    def _schema_from_signature(self) -> InputSchema:
        """pydantic's JSON schema of the arguments, with the docstring's parameter descriptions added."""
        from pydantic import TypeAdapter

        descriptions: Dict[str, str] = {}
        for param in self._docstring.params:
            if param.description:
                descriptions.setdefault(param.arg_name, param.description)
        adapter: TypeAdapter[Any] = TypeAdapter(cast(Any, self._validating_func))
        return adapter.json_schema(schema_generator=_schema_generator(descriptions))

    def _invalid_arguments(self) -> ValueError:
        return ValueError(f"Invalid arguments for function {self.name}")


def _schema_generator(descriptions: Dict[str, str]) -> Type[GenerateJsonSchema]:
    """A pydantic JSON schema generator that documents the function's parameters.

    The description goes into the parameter's property while pydantic builds the arguments
    object (before it sorts keys), unless the property already has one (e.g. from
    ``Annotated[int, Field(description=...)]``).
    """
    from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue

    class _DocumentedArguments(GenerateJsonSchema):
        def kw_arguments_schema(self, arguments: Any, var_kwargs_schema: Any) -> JsonSchemaValue:
            schema = super().kw_arguments_schema(arguments, var_kwargs_schema)
            properties = schema.get("properties") if schema.get("type") == "object" else None
            if isinstance(properties, dict):
                for arg_name, text in descriptions.items():
                    prop = cast(Dict[str, Any], properties).get(arg_name)
                    if prop and isinstance(prop, dict) and "description" not in prop:
                        prop["description"] = text
            return schema

    return _DocumentedArguments


def _check_input(input: object) -> Dict[str, Any]:
    if not isinstance(input, dict):
        raise TypeError(f"Input must be a dictionary, got {type(input).__name__}")
    return cast(Dict[str, Any], input)


class BetaFunctionTool(BaseFunctionTool[FunctionT]):
    """A tool made from a plain function by ``@beta_tool``."""

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Run the function with the model's ``input`` (a dict of arguments).

        The arguments are validated and coerced against the signature (``{"days": "5"}`` gives
        ``days=5``); invalid ones raise ``ValueError`` (the pydantic error is its cause). The
        function's return value is returned as it is.
        """
        if inspect.iscoroutinefunction(self.func):
            raise RuntimeError("Cannot call a coroutine function synchronously. Use `@async_tool` instead.")
        arguments = _check_input(input)
        from pydantic import ValidationError

        try:
            return cast(BetaFunctionToolResultType, self._validating_func(**arguments))
        except ValidationError as error:
            raise self._invalid_arguments() from error


class BetaAsyncFunctionTool(BaseFunctionTool[AsyncFunctionT]):
    """A tool made from an ``async def`` function by ``@beta_async_tool``."""

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Await the function with the model's ``input``; validation as in ``BetaFunctionTool.call``."""
        if not inspect.iscoroutinefunction(self.func):
            raise RuntimeError("Cannot call a synchronous function asynchronously. Use `@tool` instead.")
        arguments = _check_input(input)
        from pydantic import ValidationError

        try:
            return cast(BetaFunctionToolResultType, await self._validating_func(**arguments))
        except ValidationError as error:
            raise self._invalid_arguments() from error


@overload
def beta_tool(func: FunctionT) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    func: FunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> Callable[[FunctionT], BetaFunctionTool[FunctionT]]: ...


def beta_tool(
    func: Optional[FunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> Union[BetaFunctionTool[FunctionT], Callable[[FunctionT], BetaFunctionTool[FunctionT]]]:
    """Turn a function into a tool for ``client.beta.messages.tool_runner()``.

    Use it bare (``@beta_tool``), with parentheses (``@beta_tool()``), with overrides
    (``@beta_tool(name="lookup", description="...")``) or as a call
    (``beta_tool(func, name="lookup")``).

    The name defaults to the function's name, the description to its docstring (summary and
    long description), and the input schema is generated from the type hints, each parameter
    documented from the docstring's ``Args:`` (or reST / NumPy / Epydoc) section. Pass
    ``input_schema`` (a dict, or a pydantic model class) to send your own schema instead.
    """
    if func is not None:
        return BetaFunctionTool(func, name=name, description=description, input_schema=input_schema)

    def decorate(func: FunctionT) -> BetaFunctionTool[FunctionT]:
        return BetaFunctionTool(func, name=name, description=description, input_schema=input_schema)

    return decorate


@overload
def beta_async_tool(func: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    func: AsyncFunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]: ...


def beta_async_tool(
    func: Optional[AsyncFunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[BaseModel], None] = None,
) -> Union[BetaAsyncFunctionTool[AsyncFunctionT], Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]]:
    """``beta_tool`` for ``async def`` functions (the async client's tool runner awaits them)."""
    if func is not None:
        return BetaAsyncFunctionTool(func, name=name, description=description, input_schema=input_schema)

    def decorate(func: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]:
        return BetaAsyncFunctionTool(func, name=name, description=description, input_schema=input_schema)

    return decorate


# Exported at the top level (``anthropic.beta_tool``), where the reference reports them.
beta_tool.__module__ = "anthropic"
beta_async_tool.__module__ = "anthropic"

BetaRunnableTool = Union[BetaFunctionTool[Any], BetaBuiltinFunctionTool]
"""A tool the sync tool runner can run."""

BetaAsyncRunnableTool = Union[BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool]
"""A tool the async tool runner can run."""

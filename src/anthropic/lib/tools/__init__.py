"""Tools that run in this process: ``@beta_tool`` functions, the memory tool, and the tool runners.

``client.beta.messages.tool_runner(tools=[...])`` sends the tools' definitions, runs the
tools the model calls and sends their results back until the model stops calling them.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import Any

from ._beta_builtin_memory_tool import (
    BetaAbstractMemoryTool as BetaAbstractMemoryTool,
    BetaAsyncAbstractMemoryTool as BetaAsyncAbstractMemoryTool,
)
from ._beta_functions import (
    BetaAsyncBuiltinFunctionTool as BetaAsyncBuiltinFunctionTool,
    BetaAsyncFunctionTool as BetaAsyncFunctionTool,
    BetaBuiltinFunctionTool as BetaBuiltinFunctionTool,
    BetaFunctionTool as BetaFunctionTool,
    BetaFunctionToolResultType as BetaFunctionToolResultType,
    beta_async_tool as beta_async_tool,
    beta_tool as beta_tool,
)

# The runner classes live in ``._beta_runner``, loaded on first use (it needs the clients).
# TODO(lead): once ``_beta_runner`` exists, also import these four names under TYPE_CHECKING.
_RUNNERS = ("BetaToolRunner", "BetaAsyncToolRunner", "BetaStreamingToolRunner", "BetaAsyncStreamingToolRunner")

__all__ = [
    "beta_tool",
    "beta_async_tool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BetaToolRunner",  # pyright: ignore[reportUnsupportedDunderAll]
    "BetaAsyncStreamingToolRunner",  # pyright: ignore[reportUnsupportedDunderAll]
    "BetaStreamingToolRunner",  # pyright: ignore[reportUnsupportedDunderAll]
    "BetaAsyncToolRunner",  # pyright: ignore[reportUnsupportedDunderAll]
    "BetaFunctionToolResultType",
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
]


def __getattr__(name: str) -> Any:
    if name not in _RUNNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = _import_module("._beta_runner", __name__)
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}._beta_runner":
            raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r} (no tool runner)") from err
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_RUNNERS})

"""Tools that run in this process: ``@beta_tool`` functions, the memory tool, and the tool runners.

``client.beta.messages.tool_runner(tools=[...])`` sends the tools' definitions, runs the
tools the model calls and sends their results back until the model stops calling them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_attributes
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

if TYPE_CHECKING:
    from ._beta_runner import (
        BetaAsyncStreamingToolRunner as BetaAsyncStreamingToolRunner,
        BetaAsyncToolRunner as BetaAsyncToolRunner,
        BetaStreamingToolRunner as BetaStreamingToolRunner,
        BetaToolRunner as BetaToolRunner,
    )

# The runner classes live in ``._beta_runner``, loaded on first use (it needs the clients).
_RUNNERS = ("BetaToolRunner", "BetaAsyncToolRunner", "BetaStreamingToolRunner", "BetaAsyncStreamingToolRunner")

__all__ = [
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


__getattr__, __dir__ = lazy_attributes(__name__, dict.fromkeys(_RUNNERS, "._beta_runner"))

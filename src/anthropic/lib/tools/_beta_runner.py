"""The tool runners, at the reference release's import path (re-exports only)."""

from __future__ import annotations

from ..._async.lib.tool_runner import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner
from ..._sync.lib.tool_runner import BetaStreamingToolRunner, BetaToolRunner

__all__ = ["BetaAsyncStreamingToolRunner", "BetaAsyncToolRunner", "BetaStreamingToolRunner", "BetaToolRunner"]

"""Claude on Google Vertex AI: ``AnthropicVertex`` and ``AsyncAnthropicVertex``.

Importing this package is cheap; google-auth (the ``anthropic[vertex]`` extra) is only
imported when a client needs credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._async.lib.vertex import AsyncAnthropicVertex as AsyncAnthropicVertex
    from ..._sync.lib.vertex import AnthropicVertex as AnthropicVertex

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]


def __getattr__(name: str) -> Any:
    if name == "AnthropicVertex":
        from ..._sync.lib.vertex import AnthropicVertex

        return AnthropicVertex
    if name == "AsyncAnthropicVertex":
        from ..._async.lib.vertex import AsyncAnthropicVertex

        return AsyncAnthropicVertex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

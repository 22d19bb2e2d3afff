"""Claude on Amazon Bedrock: ``AnthropicBedrock`` and ``AsyncAnthropicBedrock``.

Importing this package is cheap; boto3 and botocore (the ``anthropic[bedrock]`` extra) are
only imported when a client signs its first request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._async.lib.bedrock import AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from ..._sync.lib.bedrock import AnthropicBedrock as AnthropicBedrock

__all__ = ["AnthropicBedrock", "AsyncAnthropicBedrock"]


def __getattr__(name: str) -> Any:
    if name == "AnthropicBedrock":
        from ..._sync.lib.bedrock import AnthropicBedrock

        return AnthropicBedrock
    if name == "AsyncAnthropicBedrock":
        from ..._async.lib.bedrock import AsyncAnthropicBedrock

        return AsyncAnthropicBedrock
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The Anthropic API client library.

Importing this package is cheap: every public name below is loaded on first use
(PEP 562), so ``import anthropic`` imports neither httpx nor pydantic until a client,
a type or an error is actually used.
"""

from __future__ import annotations

import os as _os
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

from ._version import __title__ as __title__, __version__ as __version__

if TYPE_CHECKING:
    from typing_extensions import TypeAlias as TypeAlias

    from . import pagination as pagination, resources as resources, types as types
    from ._async.client import AsyncAnthropic as AsyncAnthropic, AsyncClient as AsyncClient
    from ._async.lib.bedrock import AsyncAnthropicBedrock as AsyncAnthropicBedrock
    from ._async.lib.foundry import AsyncAnthropicFoundry as AsyncAnthropicFoundry
    from ._async.lib.vertex import AsyncAnthropicVertex as AsyncAnthropicVertex
    from ._base_client import (
        DefaultAioHttpClient as DefaultAioHttpClient,
        DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
        DefaultHttpxClient as DefaultHttpxClient,
    )
    from ._constants import (
        AI_PROMPT as AI_PROMPT,
        DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
        DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        HUMAN_PROMPT as HUMAN_PROMPT,
    )
    from ._exceptions import (
        AnthropicError as AnthropicError,
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._files import file_from_path as file_from_path
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
    from ._streaming import AsyncStream as AsyncStream, Stream as Stream
    from ._sync.client import Anthropic as Anthropic, Client as Client
    from ._sync.lib.bedrock import AnthropicBedrock as AnthropicBedrock
    from ._sync.lib.foundry import AnthropicFoundry as AnthropicFoundry
    from ._sync.lib.vertex import AnthropicVertex as AnthropicVertex
    from ._types import (
        NOT_GIVEN as NOT_GIVEN,
        NoneType as NoneType,
        NotGiven as NotGiven,
        Omit as Omit,
        ProxiesTypes as ProxiesTypes,
        RequestOptions as RequestOptions,
        Timeout as Timeout,
        Transport as Transport,
        not_given as not_given,
        omit as omit,
    )
    from .lib._parse._transform import transform_schema as transform_schema
    from .lib.streaming import (
        AsyncMessageStream as AsyncMessageStream,
        AsyncMessageStreamManager as AsyncMessageStreamManager,
        BetaAsyncMessageStream as BetaAsyncMessageStream,
        BetaAsyncMessageStreamManager as BetaAsyncMessageStreamManager,
        BetaContentBlockStopEvent as BetaContentBlockStopEvent,
        BetaInputJsonEvent as BetaInputJsonEvent,
        BetaMessageStopEvent as BetaMessageStopEvent,
        BetaMessageStream as BetaMessageStream,
        BetaMessageStreamEvent as BetaMessageStreamEvent,
        BetaMessageStreamManager as BetaMessageStreamManager,
        BetaTextEvent as BetaTextEvent,
        ContentBlockStopEvent as ContentBlockStopEvent,
        InputJsonEvent as InputJsonEvent,
        MessageStopEvent as MessageStopEvent,
        MessageStream as MessageStream,
        MessageStreamEvent as MessageStreamEvent,
        MessageStreamManager as MessageStreamManager,
        ParsedBetaContentBlockStopEvent as ParsedBetaContentBlockStopEvent,
        ParsedBetaMessageStopEvent as ParsedBetaMessageStopEvent,
        ParsedBetaMessageStreamEvent as ParsedBetaMessageStreamEvent,
        ParsedBetaTextEvent as ParsedBetaTextEvent,
        TextEvent as TextEvent,
    )
    from .lib.tools import beta_async_tool as beta_async_tool, beta_tool as beta_tool

_LAZY = {
    "AI_PROMPT": "._constants",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponse": "._response",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "Anthropic": "._sync.client",
    "AnthropicBedrock": "._sync.lib.bedrock",
    "AnthropicFoundry": "._sync.lib.foundry",
    "AnthropicVertex": "._sync.lib.vertex",
    "AnthropicError": "._exceptions",
    "AsyncAPIResponse": "._response",
    "AsyncAnthropic": "._async.client",
    "AsyncAnthropicBedrock": "._async.lib.bedrock",
    "AsyncAnthropicFoundry": "._async.lib.foundry",
    "AsyncAnthropicVertex": "._async.lib.vertex",
    "AsyncClient": "._async.client",
    "AsyncMessageStream": ".lib.streaming",
    "AsyncMessageStreamManager": ".lib.streaming",
    "AsyncStream": "._streaming",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BaseModel": "._models",
    "BetaAsyncMessageStream": ".lib.streaming",
    "BetaAsyncMessageStreamManager": ".lib.streaming",
    "BetaContentBlockStopEvent": ".lib.streaming",
    "BetaInputJsonEvent": ".lib.streaming",
    "BetaMessageStopEvent": ".lib.streaming",
    "BetaMessageStream": ".lib.streaming",
    "BetaMessageStreamEvent": ".lib.streaming",
    "BetaMessageStreamManager": ".lib.streaming",
    "BetaTextEvent": ".lib.streaming",
    "Client": "._sync.client",
    "ConflictError": "._exceptions",
    "ContentBlockStopEvent": ".lib.streaming",
    "DEFAULT_CONNECTION_LIMITS": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "DefaultAioHttpClient": "._base_client",
    "DefaultAsyncHttpxClient": "._base_client",
    "DefaultHttpxClient": "._base_client",
    "HUMAN_PROMPT": "._constants",
    "InputJsonEvent": ".lib.streaming",
    "InternalServerError": "._exceptions",
    "MessageStopEvent": ".lib.streaming",
    "MessageStream": ".lib.streaming",
    "MessageStreamEvent": ".lib.streaming",
    "MessageStreamManager": ".lib.streaming",
    "NOT_GIVEN": "._types",
    "NoneType": "._types",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "Omit": "._types",
    "ParsedBetaContentBlockStopEvent": ".lib.streaming",
    "ParsedBetaMessageStopEvent": ".lib.streaming",
    "ParsedBetaMessageStreamEvent": ".lib.streaming",
    "ParsedBetaTextEvent": ".lib.streaming",
    "PermissionDeniedError": "._exceptions",
    "ProxiesTypes": "._types",
    "RateLimitError": "._exceptions",
    "RequestOptions": "._types",
    "Stream": "._streaming",
    "TextEvent": ".lib.streaming",
    "Timeout": "._types",
    "Transport": "._types",
    "TypeAlias": "typing_extensions",
    "UnprocessableEntityError": "._exceptions",
    "beta_async_tool": ".lib.tools",
    "beta_tool": ".lib.tools",
    "file_from_path": "._files",
    "not_given": "._types",
    "omit": "._types",
    "pagination": ".pagination",
    "resources": ".resources",
    "transform_schema": ".lib._parse._transform",
    "types": ".types",
}

# The reference release's list, in its order (``from anthropic import *``). Every other name of
# the lazy table above stays importable by name.
__all__ = [
    "types",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "AnthropicError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "Anthropic",
    "AsyncAnthropic",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "HUMAN_PROMPT",
    "AI_PROMPT",
    "beta_tool",
    "beta_async_tool",
    "transform_schema",
]


# Not identifiers, so not in __all__: pydantic's names of two parametrised generics that the
# reference release exposes here (``getattr(anthropic, "ParsedBetaMessageStopEvent[object]")``).
_GENERIC_ALIASES = {
    "ParsedBetaContentBlockStopEvent[object]": ".lib.streaming",
    "ParsedBetaMessageStopEvent[object]": ".lib.streaming",
}


def __getattr__(name: str) -> Any:
    try:
        module_name = _LAZY.get(name) or _GENERIC_ALIASES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = _import_module(module_name, __name__)
    value = module if module.__name__ == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *_LAZY})


def _setup_logging() -> None:
    level_name = _os.environ.get("ANTHROPIC_LOG")
    if level_name not in ("debug", "info"):
        return
    import logging

    logging.basicConfig(
        format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )
    level = logging.DEBUG if level_name == "debug" else logging.INFO
    logging.getLogger("anthropic").setLevel(level)
    logging.getLogger("httpx").setLevel(level)


_setup_logging()

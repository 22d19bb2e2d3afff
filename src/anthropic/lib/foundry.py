"""Claude on Microsoft Foundry: ``AnthropicFoundry`` and ``AsyncAnthropicFoundry``.

The first-party API under a Foundry resource's URL (``https://<resource>.services.ai.azure.com/anthropic/``),
authenticated with an API key or a Microsoft Entra ID token provider. Message batches and the
models endpoint are not available there (``client.models``, ``client.messages.batches`` and
``client.beta.messages.batches`` are ``None``).

The other names of this module are those the reference module exposes (several are plain
re-exports that code imports from here).
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Mapping, Union

from typing_extensions import Self

from .._async.client import AsyncAnthropic
from .._async.lib.foundry import AsyncAnthropicFoundry, AsyncBetaFoundry, AsyncBetaFoundryMessages, AsyncMessagesFoundry
from .._async.resources.beta.beta import AsyncBeta
from .._async.resources.beta.messages import AsyncMessages as AsyncBetaMessages
from .._async.resources.messages import AsyncMessages
from .._async.streaming import AsyncStream
from .._compat import model_copy
from .._constants import DEFAULT_MAX_RETRIES
from .._core.client import BaseClient
from .._core.options import FinalRequestOptions
from .._exceptions import AnthropicError
from .._sync.client import Anthropic
from .._sync.lib.foundry import AnthropicFoundry, BetaFoundry, BetaFoundryMessages, MessagesFoundry
from .._sync.resources.beta.beta import Beta
from .._sync.resources.beta.messages import Messages as BetaMessages
from .._sync.resources.messages import Messages
from .._sync.streaming import Stream
from .._types import NOT_GIVEN, NotGiven, Omit, Timeout
from .._utils import is_given
from ._foundry import AsyncAzureADTokenProvider, AzureADTokenProvider, BaseFoundryClient, MutuallyExclusiveAuthError

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "NOT_GIVEN",
    "Anthropic",
    "AnthropicError",
    "AnthropicFoundry",
    "Any",
    "AsyncAnthropic",
    "AsyncAnthropicFoundry",
    "AsyncAzureADTokenProvider",
    "AsyncBeta",
    "AsyncBetaFoundry",
    "AsyncBetaFoundryMessages",
    "AsyncBetaMessages",
    "AsyncMessages",
    "AsyncMessagesFoundry",
    "AsyncStream",
    "Awaitable",
    "AzureADTokenProvider",
    "BaseClient",
    "BaseFoundryClient",
    "Beta",
    "BetaFoundry",
    "BetaFoundryMessages",
    "BetaMessages",
    "Callable",
    "FinalRequestOptions",
    "Mapping",
    "Messages",
    "MessagesFoundry",
    "MutuallyExclusiveAuthError",
    "NotGiven",
    "Omit",
    "Self",
    "Stream",
    "Timeout",
    "Union",
    "is_given",
    "model_copy",
]

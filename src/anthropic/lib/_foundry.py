"""What the two Foundry clients share (mode-free): the base class, the auth error, the token
provider types and the constructor's checks."""

from __future__ import annotations

import os
from typing import Awaitable, Callable, Optional, Tuple, Union

from .._core.client import BaseClient
from .._exceptions import AnthropicError

__all__ = [
    "AsyncAzureADTokenProvider",
    "AzureADTokenProvider",
    "BaseFoundryClient",
    "MutuallyExclusiveAuthError",
    "resolve_settings",
]

AzureADTokenProvider = Callable[[], str]
"""Returns a Microsoft Entra ID token; called before every attempt of every request."""

AsyncAzureADTokenProvider = Callable[[], Union[str, Awaitable[str]]]
"""The same, for the async client, which also accepts a coroutine function."""


class MutuallyExclusiveAuthError(AnthropicError):
    """``api_key`` and ``azure_ad_token_provider`` given together (kept for compatibility; never raised)."""

    def __init__(self) -> None:
        super().__init__(
            "The `api_key` and `azure_ad_token_provider` arguments are mutually exclusive; "
            "Only one can be passed at a time"
        )


class BaseFoundryClient(BaseClient):
    """The base of ``AnthropicFoundry`` and ``AsyncAnthropicFoundry``."""


def resolve_settings(
    *, resource: Optional[str], api_key: Optional[str], base_url: Optional[str], has_token_provider: bool
) -> Tuple[Optional[str], str]:
    """``(api_key, base_url)`` from the arguments and the ``ANTHROPIC_FOUNDRY_*`` environment."""
    api_key = api_key if api_key is not None else os.environ.get("ANTHROPIC_FOUNDRY_API_KEY")
    if resource is None and base_url is None:  # a base_url argument wins over the environment's resource
        resource = os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE")
    base_url = base_url if base_url is not None else os.environ.get("ANTHROPIC_FOUNDRY_BASE_URL")
    if api_key is None and not has_token_provider:
        raise AnthropicError(
            "Missing credentials. Please pass one of `api_key`, `azure_ad_token_provider`, or the "
            "`ANTHROPIC_FOUNDRY_API_KEY` environment variable."
        )
    if base_url is None:
        if resource is None:
            raise ValueError(
                "Must provide one of the `base_url` or `resource` arguments, or the "
                "`ANTHROPIC_FOUNDRY_RESOURCE` environment variable"
            )
        base_url = f"https://{resource}.services.ai.azure.com/anthropic/"
    elif resource is not None:
        raise ValueError("base_url and resource are mutually exclusive")
    return api_key, base_url

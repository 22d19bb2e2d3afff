# File generated from src/anthropic/_async/lib/foundry.py by tools/unasync.py. Do not edit.
"""``AnthropicFoundry``: Claude on Microsoft Foundry (Azure AI), the first-party API under
a Foundry resource's URL, authenticated with an API key or a Microsoft Entra ID token."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, Mapping, Optional, Union

import httpx
from typing_extensions import Self

from ..._constants import DEFAULT_MAX_RETRIES
from ..._core.options import FinalRequestOptions
from ..._drivers import sync_maybe_await
from ..._types import NOT_GIVEN, NotGiven, Omit
from ...lib._foundry import AzureADTokenProvider, BaseFoundryClient, resolve_settings
from ..client import Anthropic
from ..resources.beta.beta import Beta
from ..resources.beta.messages import Messages as BetaMessages
from ..resources.messages import Messages

__all__ = ["AnthropicFoundry", "BetaFoundry", "BetaFoundryMessages", "MessagesFoundry"]


class MessagesFoundry(Messages):
    @cached_property
    def batches(self) -> None:  # type: ignore[override]
        """Message batches are not available on Foundry."""
        return None


class BetaFoundryMessages(BetaMessages):
    @cached_property
    def batches(self) -> None:  # type: ignore[override]
        """Message batches are not available on Foundry."""
        return None


class BetaFoundry(Beta):
    @cached_property
    def messages(self) -> BetaMessages:  # type: ignore[override]
        """Beta messages without ``batches``."""
        return BetaFoundryMessages(self._client)


class AnthropicFoundry(BaseFoundryClient, Anthropic):
    """Claude on Microsoft Foundry.

    ``resource`` (``ANTHROPIC_FOUNDRY_RESOURCE``) names the Foundry resource, giving the base
    URL ``https://<resource>.services.ai.azure.com/anthropic/``; or give ``base_url``
    (``ANTHROPIC_FOUNDRY_BASE_URL``). Authenticate with ``api_key`` (``ANTHROPIC_FOUNDRY_API_KEY``,
    sent as ``api-key``) or ``azure_ad_token_provider``, called before every attempt (sent as
    ``Authorization: Bearer``).
    """

    __module__ = "anthropic"  # its public home (reprs, pickles, tracebacks)

    def __init__(
        self,
        *,
        resource: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        api_key, base_url = resolve_settings(
            resource=resource,
            api_key=api_key,
            base_url=base_url,
            has_token_provider=azure_ad_token_provider is not None,
        )
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )
        self._azure_ad_token_provider = azure_ad_token_provider

    @cached_property
    def models(self) -> None:  # type: ignore[override]
        """The models endpoint is not available on Foundry."""
        return None

    @cached_property
    def messages(self) -> MessagesFoundry:  # type: ignore[override]
        """Messages without ``batches``."""
        return MessagesFoundry(self)

    @cached_property
    def beta(self) -> Beta:  # type: ignore[override]
        """Beta resources, with beta messages without ``batches``."""
        return BetaFoundry(self)

    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        auth_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with the same settings (key, token provider, base URL) except those given.

        It shares this client's connection pool unless ``http_client`` is given. (``auth_token``
        is accepted for signature compatibility; Foundry authenticates with the key or the provider.)
        """
        settings = self._copy_settings(
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        provider = azure_ad_token_provider or self._azure_ad_token_provider
        kwargs: Any = {**settings, **_extra_kwargs}
        return self.__class__(
            api_key=api_key or self.api_key,
            azure_ad_token_provider=provider,
            base_url=str(base_url or self.base_url),
            http_client=http_client or self._client,
            _strict_response_validation=self._strict_response_validation,
            **kwargs,
        )

    with_options = copy

    def _get_azure_ad_token(self) -> Optional[str]:
        provider = self._azure_ad_token_provider
        if provider is None:
            return None
        token = sync_maybe_await(provider())
        if not token or not isinstance(token, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"Expected `azure_ad_token_provider` argument to return a string but it returned {token}")
        return token

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        headers: Dict[str, Union[str, Omit]] = dict(options.headers) if options.headers else {}
        options = options.model_copy()
        options.headers = headers
        token = self._get_azure_ad_token()
        if token is not None:
            if headers.get("Authorization") is None:
                headers["Authorization"] = f"Bearer {token}"
        elif self.api_key is not None:
            if headers.get("api-key") is None:
                headers["api-key"] = self.api_key
        else:
            raise ValueError("Unable to handle auth")
        return options

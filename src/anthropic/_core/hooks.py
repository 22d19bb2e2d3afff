"""Which of the client's overridable methods a subclass (or an instance) has replaced.

Subclasses of the clients customise requests by overriding the reference SDK's methods
(``_prepare_options``, ``_prepare_request``, ``_build_request``, ``_should_retry``,
``_calculate_retry_timeout``, ``_make_status_error``, ``_validate_headers``,
``default_headers``, ``auth_headers``, ...), and tests patch them on the class or on an
instance. The pipeline honours every such override; while none is in place (the common
case) it runs its own inlined versions, which are much cheaper. ``find_hooks`` tells the two
cases apart with one C-level attribute fetch per request, so a patch applied at any time
(even between two requests) is seen.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Tuple

if TYPE_CHECKING:
    import httpx

    from .client import BaseClient
    from .options import FinalRequestOptions

__all__ = ["HOOK_NAMES", "ClientHooks", "find_hooks", "register_defaults"]

HOOK_NAMES: Tuple[str, ...] = (
    "_prepare_options",
    "_prepare_request",
    "_build_request",
    "_calculate_retry_timeout",
    "_should_retry",
    "_make_status_error",
    "_idempotency_key",
    "_idempotency_header",
    "_validate_headers",
    "auth_headers",
    "default_headers",
    "default_query",
    "custom_auth",
    "platform_headers",
    "user_agent",
)
_HOOK_SET = frozenset(HOOK_NAMES)
_get_all = attrgetter(*HOOK_NAMES)

_defaults: Dict[bool, Tuple[Any, ...]] = {}
"""The SDK's own attribute values for ``HOOK_NAMES``, per mode (``True``: async)."""


def register_defaults(api_client_cls: type, *, is_async: bool) -> None:
    """Record the attributes of the SDK's API client class (sync or async) as the defaults."""
    _defaults[is_async] = _get_all(api_client_cls)


class ClientHooks:
    """The client's methods for one request, when some of them are overridden."""

    __slots__ = (
        "build_request",
        "custom_auth",
        "idempotency_key",
        "make_status_error",
        "prepare_options",
        "prepare_request",
        "retry_timeout",
        "should_retry",
    )

    def __init__(self, client: BaseClient, overridden: frozenset[str]) -> None:
        c: Any = client
        self.prepare_options: Optional[Callable[[FinalRequestOptions], Any]] = (
            c._prepare_options if "_prepare_options" in overridden else None
        )
        self.prepare_request: Optional[Callable[[httpx.Request], Any]] = (
            c._prepare_request if "_prepare_request" in overridden else None
        )
        self.build_request: Callable[..., httpx.Request] = c._build_request
        self.should_retry: Callable[[httpx.Response], bool] = c._should_retry
        self.retry_timeout: Callable[[int, FinalRequestOptions, Optional[httpx.Headers]], float] = (
            c._calculate_retry_timeout
        )
        self.make_status_error: Callable[..., BaseException] = c._make_status_error
        self.custom_auth: Optional[httpx.Auth] = c.custom_auth
        self.idempotency_key: Optional[Callable[[], str]] = c._idempotency_key if c._idempotency_header else None


def find_hooks(client: BaseClient, is_async: bool) -> Optional[ClientHooks]:
    """``None`` if the client uses the SDK's own behaviour throughout, else its hooks."""
    cls = type(client)
    current = _get_all(cls)
    expected = _defaults[is_async]
    if current == expected and _HOOK_SET.isdisjoint(client.__dict__):
        return None
    overridden = frozenset(name for name, mine, base in zip(HOOK_NAMES, current, expected) if mine is not base) | (
        _HOOK_SET.intersection(client.__dict__)
    )
    return ClientHooks(client, overridden)

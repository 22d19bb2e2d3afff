"""Error objects shared by every API area.

Names are imported on first access (PEP 562), so importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_error_object import APIErrorObject as APIErrorObject
    from .authentication_error import AuthenticationError as AuthenticationError
    from .billing_error import BillingError as BillingError
    from .error_object import ErrorObject as ErrorObject
    from .error_response import ErrorResponse as ErrorResponse
    from .gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError
    from .invalid_request_error import InvalidRequestError as InvalidRequestError
    from .not_found_error import NotFoundError as NotFoundError
    from .overloaded_error import OverloadedError as OverloadedError
    from .permission_error import PermissionError as PermissionError
    from .rate_limit_error import RateLimitError as RateLimitError

_LAZY: dict[str, str] = {
    "APIErrorObject": ".api_error_object",
    "AuthenticationError": ".authentication_error",
    "BillingError": ".billing_error",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "GatewayTimeoutError": ".gateway_timeout_error",
    "InvalidRequestError": ".invalid_request_error",
    "NotFoundError": ".not_found_error",
    "OverloadedError": ".overloaded_error",
    "PermissionError": ".permission_error",
    "RateLimitError": ".rate_limit_error",
}

__all__ = [
    "APIErrorObject",
    "AuthenticationError",
    "BillingError",
    "ErrorObject",
    "ErrorResponse",
    "GatewayTimeoutError",
    "InvalidRequestError",
    "NotFoundError",
    "OverloadedError",
    "PermissionError",
    "RateLimitError",
]


if not TYPE_CHECKING:  # type checkers see the imports above; no catch-all __getattr__ hides typos
    from importlib import import_module

    def __getattr__(name: str) -> object:
        try:
            module_name = _LAZY[name]
        except KeyError:
            if name.startswith("__"):
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
            # A submodule or subpackage (``types.beta``, ``types.message``) is an attribute too.
            try:
                return import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as e:
                if e.name != f"{__name__}.{name}":
                    raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

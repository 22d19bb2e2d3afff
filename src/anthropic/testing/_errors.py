"""API errors as the fake server sends them: `{"type":"error","error":{...},"request_id":"req_..."}`."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Dict, Mapping, Optional, Tuple

__all__ = ["ApiError", "default_error", "error_body", "reason_phrase"]

# status -> (error type, default message), following the API's documented error types.
_ERRORS: Dict[int, Tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request"),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "Not found"),
    405: ("invalid_request_error", "Method Not Allowed"),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of requests has exceeded your rate limit"),
    500: ("api_error", "Internal server error"),
    529: ("overloaded_error", "Overloaded"),
}

_EXTRA_PHRASES = {529: "Site Overloaded"}


def default_error(status: int) -> Tuple[str, str]:
    """The `(type, message)` the API uses for `status` (generic fallbacks for other 4xx/5xx codes)."""
    found = _ERRORS.get(status)
    if found is not None:
        return found
    if status >= 500:
        return ("api_error", "Internal server error")
    return ("invalid_request_error", reason_phrase(status) or f"HTTP {status}")


def error_body(error_type: str, message: str, request_id: Optional[str]) -> Dict[str, Any]:
    body: Dict[str, Any] = {"type": "error", "error": {"type": error_type, "message": message}}
    if request_id is not None:
        body["request_id"] = request_id
    return body


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_PHRASES.get(status, "")


class ApiError(Exception):
    """Raised by endpoint handlers; the responder turns it into an error response."""

    def __init__(
        self,
        status: int,
        message: Optional[str] = None,
        *,
        error_type: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        default_type, default_message = default_error(status)
        self.status = status
        self.error_type = error_type or default_type
        self.message = message if message is not None else default_message
        self.headers: Dict[str, str] = dict(headers or {})
        super().__init__(f"{status} {self.error_type}: {self.message}")

    @classmethod
    def invalid(cls, message: str) -> ApiError:
        return cls(400, message)

    @classmethod
    def not_found(cls, message: str = "Not found") -> ApiError:
        return cls(404, message)

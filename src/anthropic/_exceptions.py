"""Every exception the SDK raises, and the tables that map HTTP statuses to them.

::

    AnthropicError
    ├── APIError                       .message .request .body
    │   ├── APIConnectionError         "Connection error."
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError .response .status_code
    │   └── APIStatusError             .response .status_code .request_id
    │       ├── BadRequestError            400
    │       ├── AuthenticationError        401
    │       ├── PermissionDeniedError      403
    │       ├── NotFoundError              404
    │       ├── ConflictError              409
    │       ├── RequestTooLargeError       413
    │       ├── UnprocessableEntityError   422
    │       ├── RateLimitError             429
    │       ├── ServiceUnavailableError    503 (Bedrock, Vertex)
    │       ├── DeadlineExceededError      504 (Vertex)
    │       ├── OverloadedError            529
    │       └── InternalServerError        other >= 500
    ├── StreamAlreadyConsumed
    └── MissingDependencyError

Which class a status becomes depends on the platform; each platform carries one table
and ``make_status_error`` is the only function that reads them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Mapping, Optional, Type

from typing_extensions import Literal

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnthropicError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "InternalServerError",
    "MissingDependencyError",
    "NotFoundError",
    "OverloadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "StreamAlreadyConsumed",
    "UnprocessableEntityError",
]


class AnthropicError(Exception):
    pass


class APIError(AnthropicError):
    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON body of the error response if it was JSON, else its text (or ``None``)."""

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a status code of 4xx or 5xx (or an ``error`` event in a stream)."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(
            message=(
                "Request timed out or interrupted. This could be due to a network timeout, dropped connection, "
                "or request cancellation. See https://docs.anthropic.com/en/api/errors#long-requests for more "
                "details."
            ),
            request=request,
        )


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class RequestTooLargeError(APIStatusError):
    status_code: Literal[413] = 413  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class ServiceUnavailableError(APIStatusError):
    status_code: Literal[503] = 503  # pyright: ignore[reportIncompatibleVariableOverride]


class DeadlineExceededError(APIStatusError):
    status_code: Literal[504] = 504  # pyright: ignore[reportIncompatibleVariableOverride]


class OverloadedError(APIStatusError):
    status_code: Literal[529] = 529  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


class StreamAlreadyConsumed(AnthropicError):
    """The body of a streamed response was read or iterated once already."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream some content, but the content has already been streamed. "
            "This could be due to attempting to stream the response content more than once."
            "\n\n"
            "You can fix this by manually accumulating the response content while streaming "
            "or by calling `.read()` before starting to stream."
        )


class MissingDependencyError(AnthropicError):
    """An optional dependency (a platform SDK) is not installed."""


StatusTable = Mapping[int, Type[APIStatusError]]

_COMMON: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
FIRST_PARTY_ERRORS: StatusTable = {**_COMMON, 413: RequestTooLargeError, 529: OverloadedError}
BEDROCK_ERRORS: StatusTable = {**_COMMON, 503: ServiceUnavailableError}
VERTEX_ERRORS: StatusTable = {**_COMMON, 503: ServiceUnavailableError, 504: DeadlineExceededError}


def status_error_class(status: int, table: StatusTable) -> type[APIStatusError]:
    cls = table.get(status)
    if cls is not None:
        return cls
    return InternalServerError if status >= 500 else APIStatusError


def decode_error_body(text: str, status: int) -> tuple[object, str]:
    """The ``(body, message)`` pair of an error response body."""
    text = text.strip()
    try:
        body: Any = json.loads(text)
    except ValueError:
        return text, (text or f"Error code: {status}")
    return body, f"Error code: {status} - {body}"


def status_error_parts(response: httpx.Response) -> tuple[object, str]:
    """The ``(body, message)`` of an error response whose body has been read (or closed unread)."""
    if response.is_closed and not response.is_stream_consumed:
        return None, f"Error code: {response.status_code}"
    try:
        text = response.text
    except Exception:
        text = ""
    return decode_error_body(text, response.status_code)


def make_status_error(
    response: httpx.Response, table: StatusTable = FIRST_PARTY_ERRORS, *, message: Optional[str] = None
) -> APIStatusError:
    """Build the exception for an error response whose body has been read (or closed unread)."""
    body, text_message = status_error_parts(response)
    cls = status_error_class(response.status_code, table)
    return cls(message or text_message, response=response, body=body)


for _exc in (
    AnthropicError,
    APIError,
    APIStatusError,
    APITimeoutError,
    APIConnectionError,
    APIResponseValidationError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
):
    _exc.__module__ = "anthropic"
del _exc

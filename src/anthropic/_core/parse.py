"""Turning a response body (or one stream event) into the typed result. Pure.

Well-formed JSON is validated straight from bytes by pydantic-core; anything else falls
back to lenient construction (see ``anthropic._models``), unless the client asked for
strict validation, in which case a mismatch raises ``APIResponseValidationError``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Optional, Union, cast

import httpx
import pydantic
from typing_extensions import get_args, get_origin

from .._exceptions import APIResponseValidationError, APIStatusError, StatusTable, status_error_class
from .._models import BaseModel, construct_type, validate_json, validate_python
from .._types import NoneType

if TYPE_CHECKING:
    from .sse import ServerSentEvent

__all__ = ["SKIP", "decode_event", "parse_data", "parse_response"]

MESSAGE_EVENTS = frozenset(
    {
        "message_start",
        "message_delta",
        "message_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
    }
)

SKIP: Any = object()
"""Returned by ``decode_event`` for events a stream does not yield (``ping``, unknown names)."""


def _is_json(content_type: str) -> bool:
    # As the reference does: the media type (before any ";") ends with "json".
    return content_type.split(";", 1)[0].endswith("json")


def is_basemodel(type_: Any) -> bool:
    """Whether ``type_`` is a model class, or a union with one among its members."""
    origin = get_origin(type_)
    if origin is Union:
        return any(is_basemodel(member) for member in get_args(type_))
    cls = origin or type_
    return isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)


def check_cast_to(cast_to: Any) -> None:
    if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel) and not issubclass(cast_to, BaseModel):
        raise TypeError("Pydantic models must subclass our base model type, e.g. `from anthropic import BaseModel`")


def parse_data(cast_to: Any, raw: Union[bytes, str], *, strict: bool, response: httpx.Response) -> Any:
    """Validate JSON ``raw`` as ``cast_to``; lenient fallback unless ``strict``."""
    try:
        return validate_json(cast_to, raw, strict=not strict)
    except pydantic.ValidationError as err:
        try:
            data = json.loads(raw)
        except ValueError:
            raise APIResponseValidationError(response=response, body=_text(raw)) from err
        if strict:
            raise APIResponseValidationError(response=response, body=data) from err
        return construct_type(data, cast_to)


def _text(raw: Union[bytes, str]) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def set_request_id(obj: Any, response: httpx.Response) -> Any:
    if isinstance(obj, pydantic.BaseModel):
        object.__setattr__(obj, "_request_id", response.headers.get("request-id"))
    return obj


def parse_response(cast_to: Any, response: httpx.Response, *, strict: bool) -> Any:
    """The typed value of a read 2xx response."""
    try:
        return _parse_response(cast_to, response, strict=strict)
    except RecursionError as err:  # JSON nested deeper than Python can follow
        raise APIResponseValidationError(
            response=response, body=None, message="The response body is nested too deeply to be parsed."
        ) from err


def _parse_response(cast_to: Any, response: httpx.Response, *, strict: bool) -> Any:
    if cast_to is NoneType or cast_to is None:
        return None
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    if cast_to is int or cast_to is float:
        return cast_to(response.text)
    if cast_to is bool:
        return response.text.lower() == "true"
    if isinstance(cast_to, type) and issubclass(cast_to, httpx.Response):
        if cast_to is not httpx.Response:
            raise ValueError("Subclasses of httpx.Response cannot be passed to `cast_to`")
        return response
    check_cast_to(cast_to)
    content = response.content
    content_type = response.headers.get("content-type", "*")
    if not _is_json(content_type):
        # Not labelled JSON: a model type still gets the body if it parses as JSON.
        if is_basemodel(cast_to):
            try:
                data = json.loads(content)
            except ValueError:
                if not content.strip():  # nothing at all where a model was expected
                    raise APIResponseValidationError(
                        response=response,
                        body="",
                        message="The response body is empty; a JSON object was expected.",
                    ) from None
            else:
                return construct_data(cast_to, data, strict=strict, response=response)
        if strict:
            raise APIResponseValidationError(
                response=response,
                body=response.text,
                message=(
                    "Expected Content-Type response header to be `application/json` but received "
                    f"`{content_type.split(';', 1)[0]}` instead."
                ),
            )
        return response.text
    if cast_to is object:
        try:
            return json.loads(content)
        except ValueError as err:
            raise APIResponseValidationError(response=response, body=response.text) from err
    return parse_data(cast_to, content, strict=strict, response=response)


def construct_data(cast_to: Any, data: object, *, strict: bool, response: httpx.Response) -> Any:
    """Decoded JSON ``data`` as ``cast_to``: validated if ``strict``, else built leniently."""
    if data is None:
        return None
    if cast_to is object:
        return data
    if strict:
        try:
            return validate_python(cast_to, data, strict=False)
        except pydantic.ValidationError as err:
            raise APIResponseValidationError(response=response, body=data) from err
    return construct_type(data, cast_to)


def decode_event(
    sse: ServerSentEvent,
    cast_to: Any,
    response: httpx.Response,
    *,
    strict: bool,
    status_errors: StatusTable,
) -> Any:
    """The stream item for one SSE event, ``SKIP``, or raise for an ``error`` event."""
    name = sse.event
    if name in MESSAGE_EVENTS:
        raw = sse.raw_data
        try:
            return validate_json(cast_to, raw, strict=not strict)
        except pydantic.ValidationError as err:
            try:
                data = json.loads(raw)
            except ValueError:
                raise APIResponseValidationError(response=response, body=sse.data) from err
            if isinstance(data, dict) and "type" not in data:
                cast(Dict[str, Any], data)["type"] = name
                try:
                    return validate_json(cast_to, json.dumps(data), strict=not strict)
                except pydantic.ValidationError:
                    pass
            if strict:
                raise APIResponseValidationError(response=response, body=cast(object, data)) from err
            return construct_type(cast(object, data), cast_to)
    if name == "completion":
        return parse_data(cast_to, sse.raw_data, strict=strict, response=response)
    if name == "error":
        raise event_error(sse, response, status_errors)
    return SKIP


def event_error(sse: ServerSentEvent, response: httpx.Response, status_errors: StatusTable) -> APIStatusError:
    """An ``event: error`` becomes the status error of the stream's own response."""
    text = sse.data
    body: Optional[object]
    try:
        body = json.loads(text)
        message = str(body)
    except ValueError:
        body = text
        message = text or f"Error code: {response.status_code}"
    cls = status_error_class(response.status_code, status_errors)
    return cls(message, response=response, body=body)

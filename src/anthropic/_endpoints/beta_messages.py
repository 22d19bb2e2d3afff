"""``/v1/messages?beta=true`` and ``/v1/messages/count_tokens?beta=true`` (``client.beta.messages``)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Union

import httpx

from .._core.config import ClientConfig
from .._core.request import Call, make_call
from .._types import Body, Headers, NotGiven, Omit, Query
from ._common import beta_header, check_nonstreaming, warn_if_deprecated

__all__ = ["STREAM_HELPER_HEADERS", "TOKEN_COUNTING_BETA", "count_tokens", "create", "stream_output_format"]

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]
Betas = Union[Iterable[object], Omit, None]

STREAM_HELPER_HEADERS = {"X-Stainless-Stream-Helper": "beta.messages"}
"""Sent by ``beta.messages.stream()`` (before the caller's ``extra_headers``)."""

TOKEN_COUNTING_BETA = "token-counting-2024-11-01"
"""The beta ``beta.messages.count_tokens`` always adds."""


def _check_output_format(value: object) -> None:
    import pydantic

    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
        raise TypeError(
            "You tried to pass a `BaseModel` class to `beta.messages.create()`; "
            "You must use `beta.messages.parse()` instead"
        )


def stream_output_format(value: object) -> object:
    """The ``output_format`` body value of ``beta.messages.stream()``.

    The JSON schema form (``{"type": "json_schema", "schema": {...}}``) is sent as given.
    A Python type would need its JSON schema transformed for the API
    (``anthropic.transform_schema``), which this release does not have yet.
    """
    if isinstance(value, type):
        raise NotImplementedError(
            "beta.messages.stream() does not accept a type as `output_format` yet; "
            'pass the JSON schema form {"type": "json_schema", "schema": {...}} instead'
        )
    return value


def create(
    cfg: ClientConfig,
    body: Dict[str, object],
    *,
    betas: Betas,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
    helper_headers: Optional[Dict[str, str]] = None,
    stacklevel: int = 4,
) -> Call[Any]:
    """``beta.messages.create`` (and ``stream``, which adds its helper header and ``"stream": true``)."""
    from ..types.beta.beta_message import BetaMessage
    from ..types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent

    warn_if_deprecated(body.get("model"), stacklevel=stacklevel)
    _check_output_format(body.get("output_format"))
    timeout = check_nonstreaming(cfg, body, timeout)
    return make_call(
        "post",
        "/v1/messages?beta=true",
        cast_to=BetaMessage,
        body=body,
        headers={**(helper_headers or {}), **beta_header(betas)},
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        stream=bool(body.get("stream")),
        stream_cls=BetaRawMessageStreamEvent,
    )


def count_tokens(
    body: Dict[str, object],
    *,
    betas: Betas,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
) -> Call[Any]:
    from ..types.beta.beta_message_tokens_count import BetaMessageTokensCount

    return make_call(
        "post",
        "/v1/messages/count_tokens?beta=true",
        cast_to=BetaMessageTokensCount,
        body=body,
        headers=beta_header(betas, TOKEN_COUNTING_BETA),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )

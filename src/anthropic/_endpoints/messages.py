"""``/v1/messages`` and ``/v1/messages/count_tokens``."""

from __future__ import annotations

from typing import Any, Dict, Optional, Union

import httpx

from .._core.config import ClientConfig
from .._core.request import Call, make_call
from .._types import Body, Headers, NotGiven, Query
from ._common import check_nonstreaming, warn_if_deprecated

__all__ = ["STREAM_HELPER_HEADERS", "count_tokens", "create"]

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]

STREAM_HELPER_HEADERS = {"X-Stainless-Stream-Helper": "messages"}
"""Sent by ``messages.stream()`` (before the caller's ``extra_headers``)."""


def create(
    cfg: ClientConfig,
    body: Dict[str, object],
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
    helper_headers: Optional[Dict[str, str]] = None,
    stacklevel: int = 4,
) -> Call[Any]:
    from ..types.message import Message
    from ..types.raw_message_stream_event import RawMessageStreamEvent

    warn_if_deprecated(body.get("model"), stacklevel=stacklevel)
    timeout = check_nonstreaming(cfg, body, timeout)
    return make_call(
        "post",
        "/v1/messages",
        cast_to=Message,
        body=body,
        headers=helper_headers,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        stream=bool(body.get("stream")),
        stream_cls=RawMessageStreamEvent,
    )


def count_tokens(
    body: Dict[str, object],
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
) -> Call[Any]:
    from ..types.message_tokens_count import MessageTokensCount

    return make_call(
        "post",
        "/v1/messages/count_tokens",
        cast_to=MessageTokensCount,
        body=body,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )

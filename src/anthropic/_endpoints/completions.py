"""``/v1/complete``: legacy text completions (``client.completions``)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Union

import httpx

from .._constants import DEFAULT_TIMEOUT
from .._core.config import ClientConfig
from .._core.request import Call, make_call
from .._types import Body, Headers, NotGiven, Omit, Query
from ._common import beta_header

__all__ = ["COMPLETION_TIMEOUT", "create"]

COMPLETION_TIMEOUT = 600
"""Seconds (every phase) a completion may take when neither the call nor the client sets a timeout."""


def create(
    cfg: ClientConfig,
    body: Dict[str, object],
    *,
    betas: Union[Iterable[object], Omit, None],
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: Union[float, httpx.Timeout, None, NotGiven],
) -> Call[Any]:
    from ..types.completion import Completion

    if isinstance(timeout, NotGiven) and cfg.timeout == DEFAULT_TIMEOUT:
        timeout = COMPLETION_TIMEOUT
    return make_call(
        "post",
        "/v1/complete",
        cast_to=Completion,
        body=body,
        headers=beta_header(betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        stream=bool(body.get("stream")),
        stream_cls=Completion,
    )

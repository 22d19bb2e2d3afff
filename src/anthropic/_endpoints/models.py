"""``/v1/models`` (also the beta variant)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Union

import httpx

from .._core.request import Call, make_call
from .._types import Body, Headers, NotGiven, Omit, Query
from .._utils import path_param
from ._common import beta_header

__all__ = ["list_models", "retrieve"]

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]


def retrieve(
    model_id: str,
    *,
    betas: Union[Iterable[object], Omit],
    cast_to: Any,
    beta: bool = False,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
) -> Call[Any]:
    suffix = "?beta=true" if beta else ""
    return make_call(
        "get",
        f"/v1/models/{path_param('model_id', model_id)}{suffix}",
        cast_to=cast_to,
        headers=beta_header(betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )


def list_models(
    query: Dict[str, object],
    *,
    betas: Union[Iterable[object], Omit],
    page: Any,
    beta: bool = False,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Body],
    timeout: TimeoutArg,
) -> Call[Any]:
    return make_call(
        "get",
        "/v1/models?beta=true" if beta else "/v1/models",
        cast_to=page,
        query=query,
        headers=beta_header(betas),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        page=page,
    )

"""``/v1/models`` (also the beta variant)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Union

from .._core.request import Call
from .._types import Body, Headers, Omit, Query
from .._utils import path_param
from ._rest import TimeoutArg, beta_path, rest_call

__all__ = ["list_models", "retrieve"]


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
    path = beta_path(f"/v1/models/{path_param('model_id', model_id)}", beta)
    return rest_call("get", path, (extra_headers, extra_query, extra_body, timeout), cast_to=cast_to, betas=betas)


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
    extras = (extra_headers, extra_query, extra_body, timeout)
    return rest_call("get", beta_path("/v1/models", beta), extras, cast_to=page, betas=betas, query=query, page=page)

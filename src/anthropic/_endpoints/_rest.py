"""What the CRUD-style builders (batches, files, skills) share: the caller's options and
the beta-path convention."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

import httpx

from .._core.request import Call, make_call
from .._types import Body, Headers, NotGiven, Omit, Query, omit
from ._common import beta_header

__all__ = ["Extras", "beta_path", "rest_call"]

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]

Extras = Tuple[Optional[Headers], Optional[Query], Optional[Body], TimeoutArg]
"""The caller's ``(extra_headers, extra_query, extra_body, timeout)``."""


def beta_path(path: str, beta: bool) -> str:
    """Beta endpoints carry ``?beta=true`` (kept together with any other query parameter)."""
    return f"{path}?beta=true" if beta else path


def rest_call(
    method: str,
    path: str,
    extras: Extras,
    *,
    cast_to: Any,
    betas: Union[Iterable[object], Omit] = omit,
    implicit_beta: Optional[str] = None,
    headers: Optional[Dict[str, str]] = None,
    query: Optional[Dict[str, object]] = None,
    body: object = None,
    files: Optional[List[Tuple[str, Any]]] = None,
    page: Any = None,
    stream: bool = False,
    stream_cls: Any = None,
) -> Call[Any]:
    """A ``Call`` with the ``anthropic-beta`` header (``betas`` + the endpoint's own beta)
    and the endpoint's headers, under the caller's ``extra_headers``."""
    extra_headers, extra_query, extra_body, timeout = extras
    own = beta_header(betas, implicit_beta)
    if headers:
        own = {**own, **headers}
    return make_call(
        method,
        path,
        cast_to=cast_to,
        body=body,
        files=files,
        query=query,
        headers=own,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        stream=stream,
        stream_cls=stream_cls,
        page=page,
    )

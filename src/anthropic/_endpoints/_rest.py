"""What the endpoint builders share: the caller's options and the beta-path convention.

A builder turns a method's arguments into what the resource passes to the client's verb:
the path, the ``options`` dict (headers with the ``anthropic-beta`` header and the caller's
``extra_headers``, query, ``extra_body``, timeout), and the body or files.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Tuple, Union

import httpx

from .._core.options import make_request_options
from .._types import Body, Headers, NotGiven, Omit, Query, RequestOptions, omit
from ._common import beta_header

__all__ = ["Endpoint", "Extras", "beta_path", "rest_options"]

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]

Extras = Tuple[Optional[Headers], Optional[Query], Optional[Body], TimeoutArg]
"""The caller's ``(extra_headers, extra_query, extra_body, timeout)``."""


class Endpoint(NamedTuple):
    """One request of an endpoint, as the verbs take it."""

    path: str
    options: RequestOptions
    body: Optional[object] = None
    files: Optional[List[Tuple[str, Any]]] = None


def beta_path(path: str, beta: bool) -> str:
    """Beta endpoints carry ``?beta=true`` (kept together with any other query parameter)."""
    return f"{path}?beta=true" if beta else path


def rest_options(
    extras: Extras,
    *,
    betas: Union[Iterable[object], Omit, None] = omit,
    implicit_beta: Optional[str] = None,
    headers: Optional[Dict[str, str]] = None,
    query: Optional[Dict[str, object]] = None,
) -> RequestOptions:
    """The verb's ``options``: the endpoint's headers and the ``anthropic-beta`` header
    (``betas`` + the endpoint's own beta) under the caller's ``extra_headers``, the query, and
    the caller's ``extra_query`` / ``extra_body`` / ``timeout``."""
    extra_headers, extra_query, extra_body, timeout = extras
    own: Dict[str, Any] = dict(headers) if headers else {}
    own.update(beta_header(betas, implicit_beta))
    if extra_headers:
        own.update(extra_headers)
    return make_request_options(
        query=query,
        extra_headers=own or extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
    )

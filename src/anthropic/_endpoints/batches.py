"""``/v1/messages/batches`` (and the beta variant: ``?beta=true`` + the batches beta header)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Union

from .._core.jsonl import JSONLines
from .._core.request import Call
from .._exceptions import AnthropicError
from .._types import Omit, not_given, omit
from .._utils import path_param
from ._rest import Extras, beta_path, rest_call

__all__ = ["BATCHES_BETA", "cancel", "create", "delete", "list_batches", "results", "retrieve"]

BATCHES_BETA = "message-batches-2024-09-24"

_ROOT = "/v1/messages/batches"
_NO_EXTRAS: Extras = (None, None, None, not_given)
"""Options of the ``retrieve`` that ``results`` makes first: none of the caller's."""


def _implicit(beta: bool) -> Union[str, None]:
    return BATCHES_BETA if beta else None


def _one(message_batch_id: str) -> str:
    return f"{_ROOT}/{path_param('message_batch_id', message_batch_id)}"


def create(
    body: Dict[str, object],
    extras: Extras,
    *,
    cast_to: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    return rest_call(
        "post", beta_path(_ROOT, beta), extras, cast_to=cast_to, body=body, betas=betas, implicit_beta=_implicit(beta)
    )


def retrieve(
    message_batch_id: str,
    extras: Extras = _NO_EXTRAS,
    *,
    cast_to: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    path = beta_path(_one(message_batch_id), beta)
    return rest_call("get", path, extras, cast_to=cast_to, betas=betas, implicit_beta=_implicit(beta))


def list_batches(
    query: Dict[str, object],
    extras: Extras,
    *,
    page: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    return rest_call(
        "get",
        beta_path(_ROOT, beta),
        extras,
        cast_to=page,
        query=query,
        page=page,
        betas=betas,
        implicit_beta=_implicit(beta),
    )


def cancel(
    message_batch_id: str,
    extras: Extras,
    *,
    cast_to: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    path = beta_path(f"{_one(message_batch_id)}/cancel", beta)
    return rest_call("post", path, extras, cast_to=cast_to, betas=betas, implicit_beta=_implicit(beta))


def delete(
    message_batch_id: str,
    extras: Extras,
    *,
    cast_to: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    path = beta_path(_one(message_batch_id), beta)
    return rest_call("delete", path, extras, cast_to=cast_to, betas=betas, implicit_beta=_implicit(beta))


def results(
    batch: Any,
    extras: Extras,
    *,
    line_type: Any,
    beta: bool = False,
    betas: Union[Iterable[object], Omit] = omit,
) -> Call[Any]:
    """The streamed JSON Lines download of a retrieved ``batch``'s ``results_url`` (used as is)."""
    url = batch.results_url
    if not url:
        raise AnthropicError(
            f"No `results_url` for the given batch; Has it finished processing? {batch.processing_status}"
        )
    return rest_call(
        "get",
        url,
        extras,
        cast_to=line_type,
        headers={"Accept": "application/binary"},
        betas=betas,
        implicit_beta=_implicit(beta),
        stream=True,
        stream_cls=JSONLines(line_type),
    )

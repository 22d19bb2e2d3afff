"""``/v1/messages/batches`` (and the beta variant: ``?beta=true`` + the batches beta header)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Optional, Union

import httpx

from .._exceptions import AnthropicError
from .._types import Omit, not_given, omit
from .._utils import path_param
from ._rest import Endpoint, Extras, beta_path, rest_options

__all__ = ["BATCHES_BETA", "NO_EXTRAS", "cancel", "create", "delete", "list_batches", "one", "results"]

BATCHES_BETA = "message-batches-2024-09-24"

_ROOT = "/v1/messages/batches"
NO_EXTRAS: Extras = (None, None, None, not_given)
"""Options of the ``retrieve`` that ``results`` makes first: none of the caller's."""

Betas = Union[Iterable[object], Omit]


def _implicit(beta: bool) -> Optional[str]:
    return BATCHES_BETA if beta else None


def _one(message_batch_id: str) -> str:
    return f"{_ROOT}/{path_param('message_batch_id', message_batch_id)}"


def create(body: Dict[str, object], extras: Extras, *, beta: bool = False, betas: Betas = omit) -> Endpoint:
    """The batch's requests go in the body with their params' wire names (``betas`` is sent as
    ``anthropic-beta`` inside each beta request)."""
    from .._utils._fast_transform import fast_transform

    if beta:
        from ..types.beta.messages.batch_create_params import BatchCreateParams
    else:
        from ..types.messages.batch_create_params import BatchCreateParams
    options = rest_options(extras, betas=betas, implicit_beta=_implicit(beta))
    return Endpoint(beta_path(_ROOT, beta), options, body=fast_transform(body, BatchCreateParams))


def one(message_batch_id: str, extras: Extras, *, beta: bool = False, betas: Betas = omit) -> Endpoint:
    """``retrieve`` and ``delete`` of one batch."""
    return Endpoint(
        beta_path(_one(message_batch_id), beta), rest_options(extras, betas=betas, implicit_beta=_implicit(beta))
    )


def list_batches(query: Dict[str, object], extras: Extras, *, beta: bool = False, betas: Betas = omit) -> Endpoint:
    options = rest_options(extras, betas=betas, implicit_beta=_implicit(beta), query=query)
    return Endpoint(beta_path(_ROOT, beta), options)


def cancel(message_batch_id: str, extras: Extras, *, beta: bool = False, betas: Betas = omit) -> Endpoint:
    path = beta_path(f"{_one(message_batch_id)}/cancel", beta)
    return Endpoint(path, rest_options(extras, betas=betas, implicit_beta=_implicit(beta)))


delete = one


def results(batch: Any, extras: Extras, *, base_url: httpx.URL, beta: bool = False, betas: Betas = omit) -> Endpoint:
    """The JSON Lines download of a retrieved ``batch``'s ``results_url`` (used as is).

    The request carries the client's credentials, so the URL must be on the client's own origin
    (scheme, host and port of ``base_url``); another host is refused with an error naming it.
    """
    url = batch.results_url
    if not url:
        raise AnthropicError(
            f"No `results_url` for the given batch; Has it finished processing? {batch.processing_status}"
        )
    from .._core.pipeline import origin

    target = base_url.join(url)
    if origin(target) != origin(base_url):
        raise AnthropicError(
            f"Refusing to fetch batch results from {target.host!r}: the batch's `results_url` is not on the "
            f"API's origin ({base_url.scheme}://{base_url.netloc.decode('ascii', 'replace')}), and the request "
            "would carry your credentials. Download it yourself if you trust that host."
        )
    options = rest_options(extras, betas=betas, implicit_beta=_implicit(beta), headers={"Accept": "application/binary"})
    return Endpoint(url, options)

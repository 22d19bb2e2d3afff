"""``/v1/messages?beta=true`` and ``/v1/messages/count_tokens?beta=true`` (``client.beta.messages``)."""

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from .._core.config import ClientConfig
from .._types import Omit, RequestOptions
from ._common import check_nonstreaming, warn_if_deprecated
from ._rest import Extras, rest_options

__all__ = [
    "STREAM_HELPER_HEADERS",
    "TOKEN_COUNTING_BETA",
    "count_tokens_options",
    "create_options",
    "stream_output_format",
]

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


def create_options(
    cfg: ClientConfig,
    body: Dict[str, object],
    betas: Betas,
    extras: Extras,
    *,
    headers: Optional[Dict[str, str]] = None,
    stacklevel: int = 4,
) -> RequestOptions:
    """The options of ``beta.messages.create`` (and ``stream``, which adds its helper header)."""
    warn_if_deprecated(body.get("model"), stacklevel=stacklevel)
    _check_output_format(body.get("output_format"))
    extra_headers, extra_query, extra_body, timeout = extras
    timeout = check_nonstreaming(cfg, body, timeout)
    return rest_options((extra_headers, extra_query, extra_body, timeout), betas=betas, headers=headers)


def count_tokens_options(betas: Betas, extras: Extras) -> RequestOptions:
    return rest_options(extras, betas=betas, implicit_beta=TOKEN_COUNTING_BETA)

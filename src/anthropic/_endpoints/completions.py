"""``/v1/complete``: legacy text completions (``client.completions``)."""

from __future__ import annotations

from typing import Iterable, Union

from .._constants import DEFAULT_TIMEOUT
from .._core.config import ClientConfig
from .._types import NotGiven, Omit, RequestOptions
from ._rest import Extras, rest_options

__all__ = ["COMPLETION_TIMEOUT", "create_options"]

COMPLETION_TIMEOUT = 600
"""Seconds (every phase) a completion may take when neither the call nor the client sets a timeout."""


def create_options(cfg: ClientConfig, betas: Union[Iterable[object], Omit, None], extras: Extras) -> RequestOptions:
    extra_headers, extra_query, extra_body, timeout = extras
    if isinstance(timeout, NotGiven) and cfg.timeout == DEFAULT_TIMEOUT:
        timeout = COMPLETION_TIMEOUT
    return rest_options((extra_headers, extra_query, extra_body, timeout), betas=betas)

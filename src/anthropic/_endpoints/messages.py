"""``/v1/messages`` and ``/v1/messages/count_tokens``."""

from __future__ import annotations

from typing import Dict, Optional

from .._core.config import ClientConfig
from .._types import RequestOptions
from ._common import check_nonstreaming, warn_if_deprecated
from ._rest import Extras, rest_options

__all__ = ["STREAM_HELPER_HEADERS", "create_options"]

STREAM_HELPER_HEADERS = {"X-Stainless-Stream-Helper": "messages"}
"""Sent by ``messages.stream()`` (before the caller's ``extra_headers``)."""


def create_options(
    cfg: ClientConfig,
    body: Dict[str, object],
    extras: Extras,
    *,
    headers: Optional[Dict[str, str]] = None,
    stacklevel: int = 4,
) -> RequestOptions:
    """The options of ``messages.create`` (and ``stream``): the long-request guard decides the
    timeout; a deprecated model warns."""
    warn_if_deprecated(body.get("model"), stacklevel=stacklevel)
    extra_headers, extra_query, extra_body, timeout = extras
    timeout = check_nonstreaming(cfg, body, timeout)
    return rest_options((extra_headers, extra_query, extra_body, timeout), headers=headers)

"""Helpers shared by the endpoint builders."""

from __future__ import annotations

import warnings
from typing import Any, Dict, Iterable, Mapping, Optional, Union

import httpx

from .._constants import DEFAULT_TIMEOUT, DEPRECATED_MODELS, MODEL_NONSTREAMING_TOKENS
from .._core.config import ClientConfig
from .._types import NotGiven, Omit

__all__ = ["beta_header", "check_nonstreaming", "warn_if_deprecated"]


def beta_header(betas: Union[Iterable[object], Omit, None], implicit: Optional[str] = None) -> Dict[str, str]:
    """The ``anthropic-beta`` header for ``betas`` (plus an endpoint's own beta, appended)."""
    if isinstance(betas, Omit) or betas is None:
        return {"anthropic-beta": implicit} if implicit else {}
    values = [str(b) for b in betas]
    if implicit:
        values.append(implicit)
    return {"anthropic-beta": ",".join(values)}


def warn_if_deprecated(model: object, *, stacklevel: int = 4) -> None:
    if isinstance(model, str) and model in DEPRECATED_MODELS:
        warnings.warn(
            f"The model '{model}' is deprecated and will reach end-of-life on {DEPRECATED_MODELS[model]}.\n"
            "Please migrate to a newer model. Visit "
            "https://docs.anthropic.com/en/docs/resources/model-deprecations for more information.",
            DeprecationWarning,
            stacklevel=stacklevel,
        )


_NONSTREAMING_TIMEOUT = httpx.Timeout(600, connect=5.0)

LONG_REQUEST_MESSAGE = (
    "Streaming is required for operations that may take longer than 10 minutes. "
    "See https://github.com/anthropics/anthropic-sdk-python#long-requests for more details"
)


def check_nonstreaming(
    cfg: ClientConfig,
    params: Mapping[str, Any],
    timeout: Union[float, httpx.Timeout, None, NotGiven],
) -> Union[float, httpx.Timeout, None, NotGiven]:
    """The long-request guard of non-streaming message calls; returns the timeout to use.

    Only while the client keeps the default timeout and the call sets none: a request
    expected to take over 10 minutes (or over a model's non-streaming token limit) raises
    ``ValueError``; otherwise the call gets an explicit 600 s timeout.
    """
    if params.get("stream") or not isinstance(timeout, NotGiven) or cfg.timeout != DEFAULT_TIMEOUT:
        return timeout
    max_tokens = params.get("max_tokens")
    if not isinstance(max_tokens, int):
        return _NONSTREAMING_TIMEOUT
    expected_seconds = 60 * 60 * max_tokens / 128_000
    limit = MODEL_NONSTREAMING_TOKENS.get(str(params.get("model")))
    if expected_seconds > 600 or (limit is not None and max_tokens > limit):
        raise ValueError(LONG_REQUEST_MESSAGE)
    return _NONSTREAMING_TIMEOUT

"""What the Bedrock clients need besides the first-party client: the request rewrite, the
region, the status table and the stream decoder. Pure (boto3 is only imported in ``_auth``).

Bedrock serves the Messages API at ``/model/<model>/invoke`` (``invoke-with-response-stream``
for streams): the model and ``stream`` move from the body into the URL, the API version
and any betas go into the body, and requests are signed with SigV4 (see ``_auth``).
"""

from __future__ import annotations

import importlib
import logging
import os
from typing import Any, Dict, Optional, cast
from urllib.parse import quote

from ..._core.config import Platform
from ..._core.options import FinalRequestOptions
from ..._exceptions import BEDROCK_ERRORS, AnthropicError

__all__ = ["DEFAULT_VERSION", "PLATFORM", "infer_region", "prepare_options"]

log = logging.getLogger("anthropic.lib.bedrock._client")

DEFAULT_VERSION = "bedrock-2023-05-31"

PLATFORM = Platform(name="bedrock", status_errors=BEDROCK_ERRORS, sdk_headers=False, check_auth=False)
"""No ``anthropic-version`` / ``X-Stainless-Async`` / API key headers; Bedrock's error table."""

_INVOKE_PATHS = frozenset({"/v1/complete", "/v1/messages", "/v1/messages?beta=true"})


def prepare_options(options: FinalRequestOptions) -> FinalRequestOptions:
    """The Bedrock form of a first-party request (a new object; ``options`` is left alone)."""
    options = options.model_copy()
    raw: Any = options.json_data
    body: Optional[Dict[str, Any]] = dict(cast(Dict[str, Any], raw)) if isinstance(raw, dict) else None
    if body is not None:
        body.setdefault("anthropic_version", DEFAULT_VERSION)
        headers = options.headers
        if headers:
            betas: Any = headers.get("anthropic-beta")
            if betas and isinstance(betas, str):
                body.setdefault("anthropic_beta", betas.split(","))
        options.json_data = body
    if options.method == "post" and options.url in _INVOKE_PATHS:
        if body is None:
            raise RuntimeError("Expected dictionary json_data for post /completions endpoint")
        model = quote(str(body.pop("model", None)), safe=":")
        stream = body.pop("stream", False)
        options.url = f"/model/{model}/invoke-with-response-stream" if stream else f"/model/{model}/invoke"
    if options.url.startswith("/v1/messages/batches"):
        raise AnthropicError("The Batch API is not supported in Bedrock yet")
    if options.url == "/v1/messages/count_tokens":
        raise AnthropicError("Token counting is not supported in Bedrock yet")
    return options


def infer_region() -> str:
    """``AWS_REGION``, else boto3's region (profile, config files, ``AWS_DEFAULT_REGION``), else us-east-1."""
    region = os.environ.get("AWS_REGION")
    if region:
        return region
    try:
        boto3: Any = importlib.import_module("boto3")
    except ImportError:
        pass
    else:
        session_region = boto3.Session().region_name
        if session_region:
            return cast(str, session_region)
    log.warning("No AWS region specified, defaulting to us-east-1")
    return "us-east-1"


def check_installed() -> None:
    """Raise ``MissingDependencyError`` naming the extra when botocore is not installed."""
    import importlib.util

    if importlib.util.find_spec("botocore") is None:
        from ..._exceptions import MissingDependencyError

        raise MissingDependencyError(
            "The Bedrock client needs boto3 and botocore; install them with `pip install anthropic[bedrock]`"
        )

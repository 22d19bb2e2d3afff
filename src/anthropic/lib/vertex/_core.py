"""What the Vertex AI clients need besides the first-party client: the request rewrite, the
base URL and the status table. Pure (google-auth is only imported in ``_auth``).

Vertex serves the Messages API at ``.../publishers/anthropic/models/<model>:rawPredict``
(``:streamRawPredict`` for streams): the model moves from the body into the URL (``stream``
stays in the body) and the API version goes into the body.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Optional, cast

from ..._core.config import Platform
from ..._core.options import FinalRequestOptions
from ..._exceptions import VERTEX_ERRORS, AnthropicError

__all__ = ["DEFAULT_VERSION", "PLATFORM", "base_url_for", "prepare_options"]

DEFAULT_VERSION = "vertex-2023-10-16"

PLATFORM = Platform(name="vertex", status_errors=VERTEX_ERRORS, sdk_headers=False, check_auth=False)

NO_PROJECT_MESSAGE = (
    "No project_id was given and it could not be resolved from credentials. The client should be instantiated "
    "with the `project_id` argument or the `ANTHROPIC_VERTEX_PROJECT_ID` environment variable should be set."
)
NO_REGION_MESSAGE = (
    "No region was given. The client should be instantiated with the `region` argument or the "
    "`CLOUD_ML_REGION` environment variable should be set."
)


def base_url_for(region: str) -> str:
    """``ANTHROPIC_VERTEX_BASE_URL``, else the (global or regional) Vertex AI endpoint."""
    base_url = os.environ.get("ANTHROPIC_VERTEX_BASE_URL")
    if base_url is not None:
        return base_url
    if region == "global":
        return "https://aiplatform.googleapis.com/v1"
    return f"https://{region}-aiplatform.googleapis.com/v1"


def prepare_options(options: FinalRequestOptions, *, project_id: Optional[str], region: str) -> FinalRequestOptions:
    """The Vertex form of a first-party request (a new object; ``options`` is left alone)."""
    options = options.model_copy()
    raw: Any = options.json_data
    body: Optional[Dict[str, Any]] = dict(cast(Dict[str, Any], raw)) if isinstance(raw, dict) else None
    if body is not None:
        body.setdefault("anthropic_version", DEFAULT_VERSION)
        options.json_data = body
    url = options.url
    if options.method == "post" and url in ("/v1/messages", "/v1/messages?beta=true"):
        if project_id is None:
            raise RuntimeError(NO_PROJECT_MESSAGE)
        if body is None:
            raise RuntimeError("Expected json data to be a dictionary for post /v1/messages")
        model = body.pop("model")
        action = "streamRawPredict" if body.get("stream", False) else "rawPredict"
        options.url = f"/projects/{project_id}/locations/{region}/publishers/anthropic/models/{model}:{action}"
    if options.method == "post" and url in ("/v1/messages/count_tokens", "/v1/messages/count_tokens?beta=true"):
        if project_id is None:
            raise RuntimeError(NO_PROJECT_MESSAGE)
        options.url = f"/projects/{project_id}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict"
    if url.startswith("/v1/messages/batches"):
        raise AnthropicError("The Batch API is not supported in the Vertex client yet")
    return options


def project_from_environment() -> Optional[str]:
    return os.environ.get("ANTHROPIC_VERTEX_PROJECT_ID") or None

"""Google credentials for Vertex AI (google-auth, the ``anthropic[vertex]`` extra, imported on first use)."""

from __future__ import annotations

import importlib
from typing import Any, Optional, Tuple

__all__ = ["check_installed", "load_auth", "refresh_auth"]

MISSING_MESSAGE = "Could not import google.auth, you need to install the SDK with `pip install anthropic[vertex]`"


def check_installed() -> None:
    """Raise ``MissingDependencyError`` naming the extra when google-auth is not installed."""
    import importlib.util

    try:
        found = importlib.util.find_spec("google.auth") is not None
    except ModuleNotFoundError:  # no `google` package at all
        found = False
    if not found:
        from ..._exceptions import MissingDependencyError

        raise MissingDependencyError(MISSING_MESSAGE)


def _transport_request() -> Any:
    try:
        transport: Any = importlib.import_module("google.auth.transport.requests")
    except ModuleNotFoundError as err:
        raise RuntimeError(MISSING_MESSAGE) from err
    return transport.Request()


def load_auth(*, project_id: Optional[str]) -> Tuple[Any, str]:
    """Application default credentials (refreshed) and the project id (``project_id`` if given)."""
    request = _transport_request()
    google_auth: Any = importlib.import_module("google.auth")
    credentials: Any
    loaded_project_id: Any
    credentials, loaded_project_id = google_auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
    credentials.refresh(request)
    resolved: Any = project_id or loaded_project_id
    if not resolved:
        raise ValueError("Could not resolve project_id")
    if not isinstance(resolved, str):
        raise TypeError(f"Expected project_id to be a str but got {type(resolved)}")
    return credentials, resolved


def refresh_auth(credentials: Any) -> None:
    credentials.refresh(_transport_request())

"""SigV4 signing of Bedrock requests, by botocore's own signer (imported on first use)."""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

if TYPE_CHECKING:
    import httpx

__all__ = ["get_auth_headers"]

_SessionKey = Tuple[Optional[str], Optional[str], Optional[str], Optional[str], Optional[str]]
_sessions: Dict[_SessionKey, Any] = {}
_lock = threading.Lock()
_MAX_SESSIONS = 512


def _get_session(key: _SessionKey) -> Any:
    """One boto3 session per set of arguments (a session caches its credentials)."""
    session = _sessions.get(key)
    if session is not None:
        return session
    boto3: Any = importlib.import_module("boto3")
    access_key, secret_key, session_token, region, profile = key
    with _lock:
        session = _sessions.get(key)
        if session is None:
            session = boto3.Session(
                profile_name=profile,
                region_name=region,
                aws_access_key_id=access_key,
                aws_secret_access_key=secret_key,
                aws_session_token=session_token,
            )
            if len(_sessions) >= _MAX_SESSIONS:
                _sessions.pop(next(iter(_sessions)))
            _sessions[key] = session
    return session


def get_auth_headers(
    *,
    method: str,
    url: str,
    headers: httpx.Headers,
    aws_access_key: Optional[str],
    aws_secret_key: Optional[str],
    aws_session_token: Optional[str],
    region: Optional[str],
    profile: Optional[str],
    data: Optional[str],
) -> Dict[str, str]:
    """The headers that sign the request (``Authorization``, ``X-Amz-Date``, and
    ``X-Amz-Security-Token`` with a session token). Every header but ``connection`` is signed."""
    auth: Any = importlib.import_module("botocore.auth")
    awsrequest: Any = importlib.import_module("botocore.awsrequest")

    session = _get_session((aws_access_key, aws_secret_key, aws_session_token, region, profile))
    signed = {name: value for name, value in headers.items() if name.lower() != "connection"}
    request: Any = awsrequest.AWSRequest(method=method.upper(), url=url, headers=signed, data=data)
    credentials = session.get_credentials()
    if not credentials:
        raise RuntimeError("could not resolve credentials from session")
    auth.SigV4Auth(credentials, "bedrock", session.region_name).add_auth(request)
    prepared = request.prepare()
    return {key: value for key, value in dict(prepared.headers).items() if value is not None}

"""The default responder: auth check, then a routing table of `(method, path regex) -> handler`.

To serve another endpoint, write a handler `(ctx: RequestContext, match: re.Match[str]) -> Reply` (raise `ApiError`
for error responses) and add a `Route` to `ROUTES` in `_routes.py`.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from ._errors import ApiError, error_body
from ._jsonutil import as_object
from ._platforms import BedrockCredentials, Platforms, Target
from ._recorded import RecordedRequest
from ._reply import Reply
from ._store import Store

__all__ = [
    "ApiError",
    "DefaultResponder",
    "Handler",
    "IdFactory",
    "RequestContext",
    "Route",
    "error_reply",
]


class IdFactory:
    """Deterministic, thread-safe ids: `<prefix>_<24 hex digits of a per-prefix counter>`, counting from 1."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counters: Dict[str, int] = {}

    def next(self, prefix: str) -> str:
        with self._lock:
            n = self._counters.get(prefix, 0) + 1
            self._counters[prefix] = n
        return f"{prefix}_{n:024x}"

    def reset(self) -> None:
        with self._lock:
            self._counters.clear()


@dataclass(frozen=True)
class RequestContext:
    """What a handler gets: the request, its request id, the server's id factory and its in-memory store."""

    request: RecordedRequest
    request_id: str
    ids: IdFactory
    store: Store = field(default_factory=Store)

    def json_body(self) -> Dict[str, Any]:
        """The body as a JSON object, or a 400 `invalid_request_error` like the API's."""
        body = self.request.body
        if not body.strip():
            raise ApiError.invalid("Request body is empty; expected a JSON object")
        try:
            decoded = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError.invalid(f"Invalid JSON in request body: {exc}")
        obj = as_object(decoded)
        if obj is None:
            raise ApiError.invalid(f"Request body must be a JSON object, got {type(decoded).__name__}")
        return obj


Handler = Callable[[RequestContext, "re.Match[str]"], Reply]


@dataclass(frozen=True)
class Route:
    """`handler` serves `method` requests whose path (query string excluded) fully matches the regex `path`."""

    method: str
    path: str
    handler: Handler
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self.path))


def error_reply(error: ApiError, request_id: str) -> Reply:
    return Reply(
        status=error.status,
        json=error_body(error.error_type, error.message, request_id),
        headers=error.headers,
    )


class DefaultResponder:
    """Answers every request that no scripted `Reply` matched (platform requests through `platforms`)."""

    def __init__(
        self,
        routes: Sequence[Route],
        *,
        require_auth: bool = True,
        bedrock_credentials: Optional[BedrockCredentials] = None,
    ) -> None:
        self.routes = list(routes)
        self.require_auth = require_auth
        self.platforms = Platforms(require_auth=require_auth, bedrock_credentials=bedrock_credentials)
        self.ids = IdFactory()
        self.store = Store()

    def respond(self, request: RecordedRequest, request_id: str, target: Optional[Target] = None) -> Reply:
        if target is not None:
            return self._respond_platform(request, request_id, target)
        try:
            if self.require_auth and "x-api-key" not in request.headers and "authorization" not in request.headers:
                raise ApiError(401, "x-api-key header is required")
            return self._route(request, request_id)
        except ApiError as exc:
            return error_reply(exc, request_id)

    def _respond_platform(self, request: RecordedRequest, request_id: str, target: Target) -> Reply:
        platforms = self.platforms
        try:
            refusal = platforms.authenticate(target, request)
            if refusal is not None:
                return refusal
            reply = self._route(platforms.translate(target, request), request_id)
        except ApiError as exc:
            return platforms.error_reply(target, exc.status, exc.error_type, exc.message, request_id, exc.headers)
        return platforms.finish(target, reply)

    def _route(self, request: RecordedRequest, request_id: str) -> Reply:
        allowed: List[str] = []
        for route in self.routes:
            match = route.pattern.fullmatch(request.path)
            if match is None:
                continue
            if route.method == request.method:
                return route.handler(RequestContext(request, request_id, self.ids, self.store), match)
            allowed.append(route.method)
        if allowed:
            raise ApiError(405, f"Method {request.method} not allowed", headers={"allow": ", ".join(allowed)})
        raise ApiError(404, "Not found")

"""The request loop, written once: build -> send -> retry, as a generator of effects.

``run_call`` never does I/O. It yields effects (``Send``, ``Sleep``, ``Read``, ``Close``,
``Invoke``) and receives their outcomes; ``anthropic._drivers`` runs it with an
``httpx.Client`` or an ``httpx.AsyncClient``. Tests can drive it by hand with
``gen.send(fake_response)`` to script every retry case without sockets.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from typing import IO, TYPE_CHECKING, Any, Callable, Generator, List, Mapping, Optional, Tuple, Union

import httpx

from .._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY
from .._exceptions import APIConnectionError, APITimeoutError, make_status_error, status_error_parts
from .._files import open_files
from .request import build_request

if TYPE_CHECKING:
    from .config import ClientConfig
    from .hooks import ClientHooks
    from .options import FinalRequestOptions

__all__ = ["Close", "Effect", "Invoke", "Read", "Send", "Sleep", "retry_delay", "run_call", "should_retry"]

log = logging.getLogger("anthropic._base_client")

CLOSED_MESSAGE = "Connection error: the client has been closed (a closed client cannot send requests)."


class Send:
    """Send ``request``; the outcome is the ``httpx.Response`` or the exception raised."""

    __slots__ = ("auth", "follow_redirects", "request", "stream")

    def __init__(
        self,
        request: httpx.Request,
        stream: bool,
        follow_redirects: Optional[bool] = None,
        auth: Optional[httpx.Auth] = None,
    ) -> None:
        self.request = request
        self.stream = stream
        self.follow_redirects = follow_redirects
        self.auth = auth


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Read:
    """Read the whole body of a (streamed) response; failures leave it closed unread."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class Close:
    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class Invoke:
    """Call ``fn(*args)`` (a client hook); the async driver awaits the result if it is awaitable."""

    __slots__ = ("args", "fn")

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        self.fn = fn
        self.args = args


Effect = Union[Send, Sleep, Read, Close, Invoke]
Sent = Tuple[httpx.Response, int, "FinalRequestOptions"]
"""The successful response, the number of retries it took, and the options of its attempt."""


def should_retry(response: httpx.Response) -> bool:
    should = response.headers.get("x-should-retry")
    if should == "true":
        log.debug("Retrying as header `x-should-retry` is set to `true`")
        return True
    if should == "false":
        log.debug("Not retrying as header `x-should-retry` is set to `false`")
        return False
    status = response.status_code
    if status in (408, 409, 429) or status >= 500:
        log.debug("Retrying due to status code %i", status)
        return True
    log.debug("Not retrying")
    return False


def _retry_after(headers: Optional[Mapping[str, str]], now: float) -> Optional[float]:
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return email.utils.mktime_tz(parsed) - now


def retry_delay(
    retries_taken: int,
    headers: Optional[Mapping[str, str]] = None,
    *,
    now: Optional[float] = None,
    jitter: Optional[float] = None,
) -> float:
    """Seconds to wait before the next attempt.

    A ``retry-after-ms`` / ``retry-after`` value within (0, 60] seconds is used as is;
    otherwise exponential backoff ``min(0.5 * 2**n, 8)`` scaled by a jitter in (0.75, 1].
    """
    after = _retry_after(headers, time.time() if now is None else now)
    if after is not None and 0 < after <= 60:
        return after
    base = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 1000), MAX_RETRY_DELAY)
    u = random.random() if jitter is None else jitter
    return base * (1 - 0.25 * u)


def run_call(
    cfg: ClientConfig,
    options: FinalRequestOptions,
    *,
    stream: bool = False,
    http: Union[httpx.Client, httpx.AsyncClient, None] = None,
    hooks: Optional[ClientHooks] = None,
    retries_taken: int = 0,
) -> Generator[Effect, Any, Sent]:
    """Send ``options`` with retries; return the 2xx response (streamed if ``stream``).

    ``http`` is the client that will send it: its default headers, params and cookies apply
    (it is only read here, never used for I/O). ``hooks`` are the client's overridden
    methods (see ``anthropic._core.hooks``), or ``None`` when it has none. ``retries_taken``
    counts retries already made for this call (a stream retried after an ``error`` event).
    """
    platform = cfg.platform
    max_retries = options.get_max_retries(cfg.max_retries)
    debug = log.isEnabledFor(logging.DEBUG)
    opened: List[IO[bytes]] = []
    if options.files:  # paths are opened once for the whole call, and closed when it ends
        files, opened = open_files(options.files)
        options = options.model_copy(update={"files": files})
    auth = None
    if hooks is not None:
        auth = hooks.custom_auth
        if hooks.idempotency_key is not None and options.idempotency_key is None and options.method.lower() != "get":
            options = options.model_copy(update={"idempotency_key": hooks.idempotency_key()})
    input_options = options
    # Redirects are followed here rather than by httpx, so that credentials never go to another origin.
    follows = (
        options.follow_redirects if options.follow_redirects is not None else getattr(http, "follow_redirects", False)
    )
    follow_here = bool(follows) and hasattr(http, "_build_redirect_request")
    try:
        while True:
            request: httpx.Request
            if hooks is None:
                request = build_request(cfg, options, retries_taken, http)
            else:
                if hooks.prepare_options is not None:
                    prepared: FinalRequestOptions = yield Invoke(hooks.prepare_options, input_options.model_copy())
                    options = prepared
                request = hooks.build_request(options, retries_taken=retries_taken)
                if hooks.prepare_request is not None:
                    yield Invoke(hooks.prepare_request, request)
            if debug:
                log.debug("Sending HTTP Request: %s %s", request.method, request.url)
            if follow_here:
                outcome = yield from _send_following_redirects(request, stream, auth, http)
            else:
                outcome = yield Send(request, stream, options.follow_redirects, auth)
            remaining = max_retries - retries_taken
            if isinstance(outcome, BaseException):
                if http is not None and http.is_closed:  # no retry can help: say so at once
                    raise APIConnectionError(message=CLOSED_MESSAGE, request=request) from outcome
                if remaining > 0:
                    delay = _delay(hooks, retries_taken, remaining, input_options, None)
                    log.info("Retrying request to %s in %f seconds", options.url, delay)
                    yield Sleep(delay)
                    retries_taken += 1
                    continue
                if isinstance(outcome, httpx.TimeoutException):
                    raise APITimeoutError(request=request) from outcome
                raise APIConnectionError(request=request) from outcome
            response: httpx.Response = outcome
            if debug:
                log.debug(
                    'HTTP Response: %s %s "%i %s" %s',
                    request.method,
                    request.url,
                    response.status_code,
                    response.reason_phrase,
                    response.headers,
                )
                log.debug("request_id: %s", response.headers.get("request-id"))
            if 200 <= response.status_code < 300:
                return response, retries_taken, options
            retry = should_retry(response) if hooks is None else hooks.should_retry(response)
            if remaining > 0 and retry:
                yield Close(response)
                delay = _delay(hooks, retries_taken, remaining, input_options, response.headers)
                log.info("Retrying request to %s in %f seconds", options.url, delay)
                yield Sleep(delay)
                retries_taken += 1
                continue
            yield Read(response)
            if hooks is None:
                error = make_status_error(response, platform.status_errors)
            else:
                body, message = status_error_parts(response)
                error = hooks.make_status_error(message, body=body, response=response)
            try:  # as the reference: httpx's HTTPStatusError is the (suppressed) context of the error
                response.raise_for_status()
            except httpx.HTTPStatusError:
                raise error from None
            raise error
    finally:
        for handle in opened:
            handle.close()


_CREDENTIAL_HEADERS = (
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "api-key",
    "x-amz-date",
    "x-amz-security-token",
    "x-amz-content-sha256",
)


def origin(url: httpx.URL) -> Tuple[str, str, int]:
    """``(scheme, host, port)``, the port defaulted by scheme."""
    return url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80)


def _send_following_redirects(
    request: httpx.Request,
    stream: bool,
    auth: Optional[httpx.Auth],
    http: Any,
) -> Generator[Effect, Any, Any]:
    """Send ``request`` and follow redirects (httpx's rules), dropping every credential header
    when a redirect leaves the origin (httpx only drops ``Authorization``)."""
    outcome = yield Send(request, stream, False, auth)
    history: List[httpx.Response] = []
    while isinstance(outcome, httpx.Response) and outcome.has_redirect_location:
        if len(history) >= http.max_redirects:
            return httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
        yield Read(outcome)  # as httpx does, before following
        history.append(outcome)
        try:
            following: httpx.Request = http._build_redirect_request(request, outcome)
        except Exception as exc:  # e.g. an invalid Location
            return exc
        before, after = origin(request.url), origin(following.url)
        upgrade = before[1] == after[1] and before[0] == "http" and after[0] == "https"
        if before != after and not (upgrade and before[2] == 80 and after[2] == 443):
            for name in _CREDENTIAL_HEADERS:
                following.headers.pop(name, None)
        request = following
        outcome = yield Send(request, stream, False, auth)
    if history and isinstance(outcome, httpx.Response):
        outcome.history = history
    return outcome


def _delay(
    hooks: Optional[ClientHooks],
    retries_taken: int,
    remaining: int,
    options: FinalRequestOptions,
    headers: Optional[httpx.Headers],
) -> float:
    if hooks is None:
        return retry_delay(retries_taken, headers)
    return hooks.retry_timeout(remaining, options, headers)

"""``BaseClient``: the settings every client shares, and the methods subclasses may override.

Mode-free: the sync and async API clients (``anthropic._sync.api_client`` /
``anthropic._async.api_client``) add the sending.
"""

from __future__ import annotations

import base64
import uuid
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Tuple, Union

import httpx

from .._exceptions import APIStatusError, status_error_class, status_error_parts
from .._types import NotGiven, Omit
from .._version import __version__
from .config import FIRST_PARTY, ClientConfig, Platform, platform_headers
from .hooks import find_hooks
from .pipeline import retry_delay, should_retry
from .request import HeaderSource, build_request, check_auth, merge_headers

if TYPE_CHECKING:
    from .options import FinalRequestOptions

__all__ = ["HTTPX_DEFAULT_TIMEOUT", "BaseClient"]

HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

MAX_RETRIES_NONE_MESSAGE = (
    "max_retries cannot be None. If you want to disable retries, pass `0`; if you want unlimited retries, "
    "pass `math.inf` or a very high number; if you want the default behavior, pass "
    "`anthropic.DEFAULT_MAX_RETRIES`"
)


def _check_max_retries(max_retries: object) -> int:
    if max_retries is None:
        raise TypeError(MAX_RETRIES_NONE_MESSAGE)
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, got {type(max_retries).__name__}")
    if max_retries < 0:
        raise ValueError(f"max_retries must not be negative, got {max_retries}")
    return max_retries


def _with_trailing_slash(url: Union[str, httpx.URL]) -> httpx.URL:
    url = httpx.URL(url)
    if url.raw_path.endswith(b"/"):
        return url
    return url.copy_with(raw_path=url.raw_path + b"/")


def _url_string(url: httpx.URL) -> str:
    text = str(url)
    return text if text.endswith("/") else text + "/"


def _split_base_url(base_url: Union[str, httpx.URL]) -> Tuple[httpx.URL, Dict[str, object], Optional[str], str]:
    """``(base URL, its query as default query parameters, Basic auth header, URL string to send to)``.

    A query in the base URL (``https://host/pfx?tenant=7``) would end up in the middle of every
    path: it becomes default query parameters instead. Credentials in it (``https://user:pass@host``)
    become the ``Authorization: Basic`` header httpx would send, and are left out of the request
    URL, so that no log line (ours or httpx's) shows them.
    """
    url = httpx.URL(base_url)
    query: Dict[str, object] = {}
    if url.query:
        for key in url.params:
            values = url.params.get_list(key)
            query[key] = values[0] if len(values) == 1 else values
        url = url.copy_with(query=None)
    url = _with_trailing_slash(url)
    basic = None
    target = url
    if url.userinfo:
        credentials = f"{url.username}:{url.password}".encode()
        basic = "Basic " + base64.b64encode(credentials).decode("ascii")
        target = url.copy_with(userinfo=b"")
    return url, query, basic, _url_string(target)


class BaseClient:
    """Settings shared by every client; requests are sent by the subclasses."""

    _config: ClientConfig
    _version = __version__
    _strict_response_validation: bool

    def __init__(
        self,
        *,
        client_name: str,
        base_url: Union[str, httpx.URL],
        api_key: Optional[str],
        auth_token: Optional[str],
        timeout: Union[float, httpx.Timeout, None],
        max_retries: int,
        custom_headers: Optional[Mapping[str, Union[str, Omit]]],
        custom_query: Optional[Mapping[str, object]],
        strict: bool,
        is_async: bool,
        platform: Optional[Platform] = None,
    ) -> None:
        self._base_url, url_query, basic_auth, target = _split_base_url(base_url)
        self._strict_response_validation = strict
        self._config = ClientConfig(
            client_name=client_name,
            base_url=target,
            basic_auth=basic_auth,
            api_key=api_key,
            auth_token=auth_token,
            timeout=timeout,
            max_retries=_check_max_retries(max_retries),
            custom_headers=dict(custom_headers or {}),
            custom_query={**url_query, **(custom_query or {})},
            is_async=is_async,
            strict=strict,
            platform=platform or FIRST_PARTY,
        )

    def _update(self, **changes: Any) -> None:
        from dataclasses import replace

        self._config = replace(self._config, _base_headers=None, **changes)

    # Settings exposed as attributes (assigning one affects later requests).

    @property
    def api_key(self) -> Optional[str]:
        return self._config.api_key

    @api_key.setter
    def api_key(self, value: Optional[str]) -> None:
        self._update(api_key=value)

    @property
    def auth_token(self) -> Optional[str]:
        return self._config.auth_token

    @auth_token.setter
    def auth_token(self, value: Optional[str]) -> None:
        self._update(auth_token=value)

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[str, httpx.URL]) -> None:
        self._base_url, url_query, basic_auth, target = _split_base_url(url)
        query = {**url_query, **self._config.custom_query} if url_query else self._config.custom_query
        self._update(base_url=target, basic_auth=basic_auth, custom_query=query)

    @property
    def timeout(self) -> Union[float, httpx.Timeout, None]:
        return self._config.timeout

    @timeout.setter
    def timeout(self, value: Union[float, httpx.Timeout, None]) -> None:
        self._update(timeout=value)

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        self._update(max_retries=_check_max_retries(value))

    @property
    def _custom_headers(self) -> Mapping[str, Union[str, Omit]]:
        return self._config.custom_headers

    @property
    def _custom_query(self) -> Mapping[str, object]:
        return self._config.custom_query

    # The methods and properties below are the reference SDK's customisation points: a
    # subclass may override any of them (see ``anthropic._core.hooks``). While none is
    # overridden the request pipeline runs equivalent inlined code instead of calling them.

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        """Every header sent with each request (SDK headers, auth, then your own)."""
        return self._config.default_headers(
            user_agent=self.user_agent, platform=self.platform_headers(), auth=self.auth_headers
        )

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._config.custom_query)

    @property
    def auth_headers(self) -> Dict[str, str]:
        return self._config.auth_headers()

    @property
    def user_agent(self) -> str:
        return self._config.user_agent()

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    def platform_headers(self) -> Dict[str, str]:
        return dict(platform_headers())

    _idempotency_header: Optional[str] = None
    """The header that carries ``options.idempotency_key`` (none: the API has no such header)."""

    def _idempotency_key(self) -> str:
        return f"stainless-python-retry-{uuid.uuid4()}"

    def _validate_headers(self, headers: Mapping[str, Any], custom_headers: Mapping[str, Any]) -> None:
        """Check the merged headers of a request (by default: that it carries credentials)."""
        if self._config.platform.check_auth:
            check_auth(merge_headers(headers), merge_headers(custom_headers))

    def _should_retry(self, response: httpx.Response) -> bool:
        return should_retry(response)

    def _calculate_retry_timeout(
        self,
        remaining_retries: int,
        options: FinalRequestOptions,
        response_headers: Optional[httpx.Headers] = None,
    ) -> float:
        retries_taken = options.get_max_retries(self.max_retries) - remaining_retries
        return retry_delay(retries_taken, response_headers)

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        cls = status_error_class(response.status_code, self._config.platform.status_errors)
        return cls(err_msg, response=response, body=body)

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        body, message = status_error_parts(response)
        return self._make_status_error(message, body=body, response=response)

    def _header_source(self) -> HeaderSource:
        """The client-level headers and checks, read from the (possibly overridden) properties."""
        return HeaderSource(
            merge_headers(self.default_headers),
            self.default_query,
            self._validate_headers,
            self._idempotency_header,
        )

    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        """The ``httpx.Request`` that the attempt ``retries_taken`` of ``options`` sends."""
        http: Any = getattr(self, "_client", None)
        source = None if find_hooks(self, self._config.is_async) is None else self._header_source()
        return build_request(self._config, options, retries_taken, http, source)

    def _make_sse_decoder(self) -> Any:
        """The decoder of a streamed response's events (server-sent events; Bedrock: AWS event stream)."""
        from .sse import SSEDecoder

        return SSEDecoder()

    def _prepare_url(self, url: str) -> httpx.URL:
        """``url`` joined to the base URL (unless it is absolute)."""
        merge = httpx.URL(url)
        if merge.is_relative_url:
            return self.base_url.copy_with(raw_path=self.base_url.raw_path + merge.raw_path.lstrip(b"/"))
        return merge

    def _copy_settings(
        self,
        *,
        timeout: Union[float, httpx.Timeout, None, NotGiven],
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
        set_default_headers: Optional[Mapping[str, str]],
        default_query: Optional[Mapping[str, object]],
        set_default_query: Optional[Mapping[str, object]],
    ) -> Dict[str, Any]:
        """The constructor arguments ``copy()`` passes on, with the given overrides."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers: Mapping[str, Any] = self._config.custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers
        query: Mapping[str, object] = self._config.custom_query
        if default_query is not None:
            query = {**query, **default_query}
        elif set_default_query is not None:
            query = set_default_query
        return {
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
        }

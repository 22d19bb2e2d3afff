"""``BaseClient``: the settings every client shares, and the low-level options -> ``Call``.

Mode-free: the sync and async API clients (``anthropic._sync.api_client`` /
``anthropic._async.api_client``) add the sending.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Union

import httpx

from .._types import NOT_GIVEN, Body, NotGiven, Omit, RequestFiles, RequestOptions
from .._version import __version__
from .config import FIRST_PARTY, ClientConfig, Platform, platform_headers
from .request import Call, make_call

__all__ = ["HTTPX_DEFAULT_TIMEOUT", "BaseClient", "options_call", "stream_event_type"]

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
        self._base_url = _with_trailing_slash(base_url)
        self._strict_response_validation = strict
        self._config = ClientConfig(
            client_name=client_name,
            base_url=_url_string(self._base_url),
            api_key=api_key,
            auth_token=auth_token,
            timeout=timeout,
            max_retries=_check_max_retries(max_retries),
            custom_headers=dict(custom_headers or {}),
            custom_query=dict(custom_query or {}),
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
        self._base_url = _with_trailing_slash(url)
        self._update(base_url=_url_string(self._base_url))

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

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        """Every header sent with each request (SDK headers, auth, then your own)."""
        return {**self._config.default_headers(), **self._config.custom_headers}

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


def options_call(
    method: str,
    path: str,
    *,
    cast_to: Any,
    options: RequestOptions,
    body: Optional[Body] = None,
    files: Optional[RequestFiles] = None,
    stream: bool = False,
    stream_cls: Any = None,
    page: Any = None,
) -> Call[Any]:
    """A ``Call`` from the low-level ``RequestOptions`` dict."""
    from .parse import check_cast_to

    check_cast_to(cast_to)
    file_list = None
    if files is not None:
        file_list = list(files.items()) if isinstance(files, Mapping) else list(files)
    call = make_call(
        method,
        path,
        cast_to=cast_to,
        body=body,
        files=file_list,
        query=options.get("params"),
        extra_headers=options.get("headers"),
        extra_body=options.get("extra_json"),
        timeout=options.get("timeout", NOT_GIVEN),
        stream=stream,
        stream_cls=stream_cls,
        page=page,
    )
    if "max_retries" in options or "follow_redirects" in options:
        call = call.replace(
            max_retries=options.get("max_retries"),
            follow_redirects=options.get("follow_redirects"),
        )
    return call


def stream_event_type(stream_cls: Any) -> Any:
    args = getattr(stream_cls, "__args__", None)
    return args[0] if args else object

"""``build_request``: the ``httpx.Request`` of one attempt of a ``FinalRequestOptions``. Pure.

Built once per attempt (the retry-count header changes between attempts). Headers are
merged case-insensitively (later wins): the SDK's and the client's defaults, then the
request's own (endpoint headers and ``extra_headers``). The query string is the URL's own
(``?beta=true``), then the client's ``default_query``, then the request's ``params``.
"""

from __future__ import annotations

import base64
import io
import json
import os
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Tuple, Union, cast

from .._types import NotGiven, Omit
from .config import AUTH_ERROR_MESSAGE, ClientConfig, HeaderMap

if TYPE_CHECKING:
    import httpx

    from .options import FinalRequestOptions

__all__ = [
    "HeaderSource",
    "build_request",
    "check_auth",
    "check_header",
    "check_headers",
    "encode_json",
    "merge_headers",
    "timeout_extension",
]

TimeoutArg = Union[float, "httpx.Timeout", Tuple[Any, ...], None, NotGiven]


def merge_headers(*sources: Optional[Mapping[str, Any]]) -> HeaderMap:
    """Header mappings merged case-insensitively, later wins: lower-cased name -> (name, value)."""
    merged: HeaderMap = {}
    for source in sources:
        if source:
            for name, value in source.items():
                merged[name.lower()] = (name, value)
    return merged


# --------------------------------------------------------------------------------------
# JSON bodies


class _Sentinel(Exception):
    """A ``NOT_GIVEN`` / ``omit`` value inside the body: encode again without them."""


def _json_default(value: object) -> object:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        data = value.model_dump(mode="json", exclude_unset=True, by_alias=True)
        for key in getattr(value, "__api_exclude__", None) or ():
            data.pop(key, None)
        return data
    if isinstance(value, (NotGiven, Omit)):
        raise _Sentinel()
    if isinstance(value, (bytes, bytearray)):
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    if isinstance(value, os.PathLike):
        with open(cast("os.PathLike[str]", value), "rb") as f:
            return base64.b64encode(f.read()).decode("ascii")
    if isinstance(value, io.IOBase):
        content: Any = value.read()
        if isinstance(content, str):
            content = content.encode("utf-8")
        return base64.b64encode(cast(bytes, content)).decode("ascii")
    if isinstance(value, Mapping):
        return dict(cast(Mapping[str, object], value))
    try:
        return list(cast(Any, value))
    except TypeError:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable") from None


def _without_sentinels(value: object) -> object:
    """``value`` with every ``NOT_GIVEN`` / ``omit`` dict entry (at any depth) left out."""
    if isinstance(value, Mapping):
        return {
            k: _without_sentinels(v)
            for k, v in cast(Mapping[str, object], value).items()
            if not isinstance(v, (NotGiven, Omit))
        }
    if isinstance(value, (list, tuple)):
        return [_without_sentinels(v) for v in cast(List[object], value)]
    return value


_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default)


def encode_json(body: object) -> bytes:
    """Compact UTF-8 JSON (the encoding httpx uses); models and iterables are converted.

    Keys whose value is ``NOT_GIVEN`` or ``omit`` are left out, at any depth (the common
    case, a body without them, is encoded in one pass).
    """
    try:
        return _encoder.encode(body).encode("utf-8")
    except _Sentinel:
        return _encoder.encode(_without_sentinels(body)).encode("utf-8")


def merged_body(options: FinalRequestOptions) -> object:
    """``json_data`` with ``extra_json`` merged in (an ``omit`` value deletes a key)."""
    body = options.json_data
    extra = options.extra_json
    if extra is None:
        return body
    if body is None:
        body = {}
    if not isinstance(body, Mapping):
        raise RuntimeError(f"Unexpected JSON data type, {type(body)}, cannot merge with `extra_body`")
    merged = {**cast(Mapping[str, object], body), **extra}
    return {k: v for k, v in merged.items() if not isinstance(v, Omit)}


# --------------------------------------------------------------------------------------
# Timeouts


def _timeout_header(timeout: TimeoutArg) -> str:
    if isinstance(timeout, NotGiven):
        return "NOT_GIVEN"
    read = getattr(timeout, "read", timeout)
    return str(read)


def _read_timeout_header(timeout: Any) -> Optional[str]:
    read = getattr(timeout, "read", timeout)
    return None if read is None else str(read)


def timeout_extension(timeout: Any) -> Dict[str, Optional[float]]:
    """httpx's ``timeout`` request extension (a new dict for every request)."""
    if timeout is None or isinstance(timeout, (int, float)):
        value = None if timeout is None else float(timeout)
        return {"connect": value, "read": value, "write": value, "pool": value}
    if not isinstance(timeout, tuple):
        connect = getattr(timeout, "connect", _MISSING)
        if connect is not _MISSING:  # an httpx.Timeout
            return {"connect": connect, "read": timeout.read, "write": timeout.write, "pool": timeout.pool}
    import httpx

    return httpx.Timeout(cast(Any, timeout)).as_dict()


_MISSING: Any = object()


# --------------------------------------------------------------------------------------
# Headers


def check_auth(headers: HeaderMap, custom: HeaderMap) -> None:
    for key in ("x-api-key", "authorization"):
        entry = headers.get(key)
        if entry is not None and not isinstance(entry[1], Omit) and entry[1]:
            return
        own = custom.get(key)
        if own is not None and isinstance(own[1], Omit):
            return
    raise TypeError(AUTH_ERROR_MESSAGE)


_FORBIDDEN = ("\r", "\n", "\0")


def check_header(name: str, value: object) -> None:
    """Refuse a header whose name or value contains CR, LF or NUL (it would break the request, or
    smuggle another header), naming the header but never showing the value (often a secret)."""
    if any(c in name for c in _FORBIDDEN):
        raise ValueError(f"Invalid header name {name!r}: it contains a line break or NUL character")
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str) and any(c in value for c in _FORBIDDEN):
        raise ValueError(
            f"Invalid value for header {name!r}: it contains a line break or NUL character (the value is not "
            "shown; an API key or token read from a file may end with a newline)"
        )


def check_headers(headers: HeaderMap) -> None:
    for name, value in headers.values():
        check_header(name, value)


def _header_value(name: str, value: object) -> Union[str, bytes, None]:
    """A header value as httpx takes it; ``None`` for ``omit`` (the header is not sent)."""
    if isinstance(value, (str, bytes)):
        return value
    if isinstance(value, Omit):
        return None
    raise TypeError(f"Header value must be str or bytes, not {type(value)}")


class HeaderSource:
    """Where a request's client-level headers, query and header checks come from when a
    client subclass overrides them (``default_headers``, ``_validate_headers``, ...).

    The plain client uses the headers cached in its ``ClientConfig`` instead.
    """

    __slots__ = ("base", "default_query", "idempotency_header", "validate")

    def __init__(
        self,
        base: HeaderMap,
        default_query: Mapping[str, object],
        validate: Optional[Callable[[Dict[str, Any], Mapping[str, Any]], None]],
        idempotency_header: Optional[str],
    ) -> None:
        self.base = base
        self.default_query = default_query
        self.validate = validate
        self.idempotency_header = idempotency_header


# --------------------------------------------------------------------------------------
# The request


_fast_clients: List[type] = []


def _fast_client_types() -> List[type]:
    """The client classes whose ``build_request`` we may skip (exactly these, no subclass)."""
    if not _fast_clients:
        import httpx

        from .._http_clients import (
            DefaultAsyncHttpxClient,
            DefaultHttpxClient,
            OwnedAsyncHttpxClient,
            OwnedHttpxClient,
        )

        _fast_clients.extend(
            (
                httpx.Client,
                httpx.AsyncClient,
                DefaultHttpxClient,
                DefaultAsyncHttpxClient,
                OwnedHttpxClient,
                OwnedAsyncHttpxClient,
            )
        )
    return _fast_clients


def build_request(
    cfg: ClientConfig,
    options: FinalRequestOptions,
    retries_taken: int,
    http: Union[httpx.Client, httpx.AsyncClient, None] = None,
    source: Optional[HeaderSource] = None,
) -> httpx.Request:
    """The request of one attempt.

    ``http``'s own default headers, params and cookies apply, as with its ``build_request``
    (which is called unless ``http`` is one of the plain default clients without params or
    cookies; then the request is assembled here, in one pass, which is much cheaper).
    """
    import httpx

    raw_own = options.headers
    own: HeaderMap = merge_headers(raw_own) if raw_own else {}  # pyright: ignore[reportArgumentType]
    headers: HeaderMap = {"x-stainless-timeout": ("x-stainless-timeout", _timeout_header(options.timeout))}
    if source is None:
        headers.update(cfg.base_headers())  # checked once, when cached
    else:
        check_headers(source.base)
        headers.update(source.base)
    if own:
        check_headers(own)
        headers.update(own)
    if source is not None and source.validate is not None:
        merged = {name: value for name, value in headers.values() if not isinstance(value, Omit)}
        source.validate(merged, cast(Mapping[str, Any], raw_own or {}))
    elif cfg.platform.check_auth:
        check_auth(headers, own)
    if source is not None and source.idempotency_header and options.idempotency_key:
        key = source.idempotency_header.lower()
        if key not in headers:
            headers[key] = (source.idempotency_header, options.idempotency_key)
    if cfg.basic_auth is not None:  # credentials of the base URL win, as httpx gives them
        headers["authorization"] = ("Authorization", cfg.basic_auth)
    if "x-stainless-retry-count" not in own:
        headers["x-stainless-retry-count"] = ("x-stainless-retry-count", str(retries_taken))
    timeout = cfg.timeout if isinstance(options.timeout, NotGiven) else options.timeout
    if "x-stainless-read-timeout" not in own:
        read = _read_timeout_header(timeout)
        if read is not None:
            headers["x-stainless-read-timeout"] = ("x-stainless-read-timeout", read)

    url = options.url
    if not url.startswith(("http://", "https://")):
        url = cfg.base_url + url.lstrip("/")
    params = options.params
    default_query = cfg.custom_query if source is None else source.default_query
    if default_query:
        params = {**default_query, **params}
    pairs: List[Tuple[str, str]] = []
    if params:
        from .._qs import flatten_query

        pairs = flatten_query(params)

    content: Optional[bytes] = None
    data: Optional[Mapping[str, Any]] = None
    files: Any = None
    method = options.method.upper()
    if options.files is not None:
        content_type = headers.get("content-type")
        if content_type is None or "boundary=" not in str(content_type[1]):
            headers.pop("content-type", None)  # httpx writes it with the boundary
        data = _form_fields(merged_body(options))
        files = _httpx_files(options.files)
    elif method == "GET":
        headers.pop("content-type", None)  # a GET sends no body (extra_body is dropped) and no Content-Type
    else:
        body = merged_body(options)
        if isinstance(body, bytes):
            content = body
        elif body is not None:
            content = encode_json(body)

    header_list: List[Tuple[str, Union[str, bytes]]] = []
    extensions = {"timeout": timeout_extension(timeout)}
    if http is None or (type(http) in _fast_client_types() and not http.params and not http.cookies):
        if http is not None:
            for name, value in http.headers.multi_items():
                mine = headers.get(name.lower())
                if mine is None or isinstance(mine[1], Omit):  # an omitted header falls back to httpx's
                    header_list.append((name, value))
        for name, value in headers.values():
            if value.__class__ is str:
                header_list.append((name, value))  # pyright: ignore[reportArgumentType]
            else:
                checked = _header_value(name, value)
                if checked is not None:
                    header_list.append((name, checked))
        if pairs:
            from urllib.parse import urlencode

            url = f"{url}{'&' if '?' in url else '?'}{urlencode(pairs)}"
        return httpx.Request(
            method, url, headers=cast(Any, header_list), content=content, data=data, files=files, extensions=extensions
        )
    for name, value in headers.values():
        checked = _header_value(name, value)
        if checked is not None:
            header_list.append((name, checked))
    if "?" in url:  # the client merges its params with the query: give it the URL's own query as pairs
        from urllib.parse import parse_qsl

        url, query = url.split("?", 1)
        pairs = [*parse_qsl(query, keep_blank_values=True), *pairs]
    return http.build_request(
        method,
        url,
        params=cast(Any, pairs) or None,
        headers=cast(Any, header_list),
        content=content,
        data=data,
        files=files,
        extensions=extensions,
    )


def _form_fields(body: object) -> Dict[str, Any]:
    """Non-file multipart fields: booleans as ``true``/``false``, lists as ``name[]``."""
    fields: Dict[str, Any] = {}
    if not isinstance(body, Mapping):
        return fields

    def add(key: str, value: object) -> None:
        if isinstance(value, Mapping):
            for sub, inner in cast(Mapping[str, object], value).items():
                add(f"{key}[{sub}]", inner)
        elif isinstance(value, (list, tuple)):
            for item in cast(List[object], value):
                add(f"{key}[]", item)
        elif value is True or value is False:
            fields.setdefault(key, []).append("true" if value else "false")
        elif value is not None and not isinstance(value, (NotGiven, Omit)):
            fields.setdefault(key, []).append(str(value))

    for key, value in cast(Mapping[str, object], body).items():
        add(key, value)
    return {k: v[0] if len(v) == 1 else v for k, v in fields.items()}


class _EmptyFiles(Dict[str, Any]):
    """No files, but true: httpx then still sends a multipart body (an empty one)."""

    def __bool__(self) -> bool:
        return True


def _httpx_files(files: Any) -> Any:
    source: Any = cast(Any, files).items() if isinstance(files, Mapping) else files
    items: List[Tuple[str, Any]] = list(source)
    if not items:
        return _EmptyFiles()
    from .._files import to_httpx_file

    return [(name, to_httpx_file(name, value)) for name, value in items]

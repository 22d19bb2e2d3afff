"""``Call`` (what an endpoint asks for) and ``build_request`` (the httpx request for one attempt).

Both are pure: an endpoint builder returns a ``Call``; the pipeline turns it into an
``httpx.Request`` once per attempt (the retry-count header changes between attempts).
"""

from __future__ import annotations

import base64
import io
import json
import os
from typing import TYPE_CHECKING, Any, Dict, Generic, List, Mapping, Optional, Tuple, TypeVar, Union, cast

from .._constants import RAW_RESPONSE_HEADER
from .._types import NotGiven, Omit, not_given
from .config import AUTH_ERROR_MESSAGE, ClientConfig, HeaderMap

if TYPE_CHECKING:
    import httpx

    from .._types import Body, Headers, Query

__all__ = ["Call", "build_request", "encode_json", "make_call"]

_T = TypeVar("_T")

TimeoutArg = Union[float, "httpx.Timeout", None, NotGiven]


class Call(Generic[_T]):
    """One API operation, fully described, before any I/O.

    ``headers`` already holds the endpoint's own headers with the caller's
    ``extra_headers`` on top (case-insensitive, later wins); ``params`` and ``body`` the
    same for ``extra_query`` / ``extra_body``. Treat it as immutable: ``replace`` copies.
    """

    __slots__ = (
        "binary",
        "body",
        "cast_to",
        "files",
        "follow_redirects",
        "headers",
        "max_retries",
        "method",
        "page",
        "params",
        "path",
        "stream",
        "stream_cls",
        "timeout",
    )

    def __init__(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object = None,
        files: Optional[List[Tuple[str, Any]]] = None,
        params: Optional[Mapping[str, object]] = None,
        headers: Optional[HeaderMap] = None,
        timeout: TimeoutArg = not_given,
        stream: bool = False,
        stream_cls: Any = None,
        page: Any = None,
        max_retries: Optional[int] = None,
        follow_redirects: Optional[bool] = None,
        binary: bool = False,
    ) -> None:
        self.method = method
        self.path = path
        self.cast_to = cast_to
        self.body = body
        self.files = files
        self.params: Mapping[str, object] = params if params is not None else {}
        self.headers: HeaderMap = headers if headers is not None else {}
        self.timeout = timeout
        self.stream = stream
        self.stream_cls = stream_cls
        self.page = page
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self.binary = binary  # the result is the response itself, a binary response (file downloads)

    def replace(self, **changes: Any) -> Call[_T]:
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return Call(**values)

    def __repr__(self) -> str:
        return f"Call({self.method.upper()} {self.path})"

    @property
    def raw_mode(self) -> Optional[str]:
        """``"true"`` (with_raw_response), ``"stream"`` (with_streaming_response), ``"raw"`` or None."""
        entry = self.headers.get("x-stainless-raw-response")
        if entry is None or isinstance(entry[1], Omit):
            return None
        return entry[1]

    def with_params(self, params: Mapping[str, object]) -> Call[_T]:
        return self.replace(params=params)

    def without_raw_marker(self) -> Call[_T]:
        if "x-stainless-raw-response" not in self.headers:
            return self
        headers = dict(self.headers)
        del headers["x-stainless-raw-response"]
        return self.replace(headers=headers)


def merge_headers(*sources: Optional[Mapping[str, Any]]) -> HeaderMap:
    merged: HeaderMap = {}
    for source in sources:
        if source:
            for name, value in source.items():
                merged[name.lower()] = (name, value)
    return merged


def make_call(
    method: str,
    path: str,
    *,
    cast_to: Any,
    body: object = None,
    files: Optional[List[Tuple[str, Any]]] = None,
    query: Optional[Mapping[str, object]] = None,
    headers: Optional[Mapping[str, Any]] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    timeout: TimeoutArg = not_given,
    stream: bool = False,
    stream_cls: Any = None,
    page: Any = None,
) -> Call[Any]:
    """Combine an endpoint's request with the caller's ``extra_*`` options."""
    if extra_body is not None:
        if body is None:
            body = {}
        if not isinstance(body, Mapping):
            raise RuntimeError(f"Unexpected JSON data type, {type(body)}, cannot merge with `extra_body`")
        merged = dict(cast(Mapping[str, object], body))
        for key, value in cast(Mapping[str, object], extra_body).items():
            if isinstance(value, Omit):
                merged.pop(key, None)
            else:
                merged[key] = value
        body = merged
    params: Mapping[str, object] = query or {}
    if extra_query:
        params = {**params, **extra_query}
    return Call(
        method=method,
        path=path,
        cast_to=cast_to,
        body=body,
        files=files,
        params=params,
        headers=merge_headers(headers, extra_headers) if (headers or extra_headers) else {},
        timeout=timeout,
        stream=stream,
        stream_cls=stream_cls,
        page=page,
    )


def with_raw_marker(extra_headers: Optional[Headers], value: str) -> Dict[str, Union[str, Omit]]:
    return {**(extra_headers or {}), RAW_RESPONSE_HEADER: value}


# --------------------------------------------------------------------------------------
# JSON bodies


def _json_default(value: object) -> object:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        data = value.model_dump(mode="json", exclude_unset=True, by_alias=True)
        for key in getattr(value, "__api_exclude__", None) or ():
            data.pop(key, None)
        return data
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
    if isinstance(value, (NotGiven, Omit)):
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    try:
        return list(cast(Any, value))
    except TypeError:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable") from None


_encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default)


def encode_json(body: object) -> bytes:
    """Compact UTF-8 JSON (the encoding httpx uses); models and iterables are converted."""
    return _encoder.encode(body).encode("utf-8")


# --------------------------------------------------------------------------------------
# Building one attempt's request


def _read_timeout(timeout: Union[float, httpx.Timeout, None]) -> Optional[str]:
    if timeout is None:
        return None
    if isinstance(timeout, (int, float)):
        return str(timeout)
    return None if timeout.read is None else str(timeout.read)


def _timeout_header(timeout: TimeoutArg) -> str:
    if isinstance(timeout, NotGiven):
        return "NOT_GIVEN"
    if timeout is None or isinstance(timeout, (int, float)):
        return str(timeout)
    return str(timeout.read)


def _check_auth(headers: HeaderMap, call_headers: HeaderMap) -> None:
    for key in ("x-api-key", "authorization"):
        entry = headers.get(key)
        if entry is not None and isinstance(entry[1], str) and entry[1]:
            return
        own = call_headers.get(key)
        if own is not None and isinstance(own[1], Omit):
            return
    raise TypeError(AUTH_ERROR_MESSAGE)


_timeout_dicts: Dict[Any, Dict[str, Optional[float]]] = {}


def _timeout_extension(timeout: Union[float, httpx.Timeout, None]) -> Dict[str, Optional[float]]:
    try:
        return _timeout_dicts[timeout]
    except (KeyError, TypeError):
        pass
    import httpx

    value = httpx.Timeout(timeout).as_dict()
    try:
        _timeout_dicts[timeout] = value
    except TypeError:
        pass
    return value


def build_request(
    cfg: ClientConfig,
    call: Call[Any],
    retries_taken: int,
    http: Union[httpx.Client, httpx.AsyncClient, None] = None,
) -> httpx.Request:
    """The request of one attempt.

    ``http``'s own default headers, params and cookies apply, as with its ``build_request``
    (used as is when it has params or cookies; otherwise the headers are merged here in one
    pass, which is much cheaper than httpx's per-header merge).
    """
    import httpx

    own = call.headers
    headers: HeaderMap = {"x-stainless-timeout": ("x-stainless-timeout", _timeout_header(call.timeout))}
    headers.update(cfg.base_headers())
    if own:
        headers.update(own)
    if cfg.platform.check_auth:
        _check_auth(headers, own)
    if "x-stainless-retry-count" not in own:
        headers["x-stainless-retry-count"] = ("x-stainless-retry-count", str(retries_taken))
    timeout = cfg.timeout if isinstance(call.timeout, NotGiven) else call.timeout
    if "x-stainless-read-timeout" not in own:
        read = _read_timeout(timeout)
        if read is not None:
            headers["x-stainless-read-timeout"] = ("x-stainless-read-timeout", read)

    path = call.path
    url = path if path.startswith(("http://", "https://")) else cfg.base_url + path.lstrip("/")
    params = call.params
    if cfg.custom_query:
        params = {**cfg.custom_query, **params}
    if params:
        from .._qs import encode_query

        qs = encode_query(params)
        if qs:
            url = f"{url}&{qs}" if "?" in url else f"{url}?{qs}"

    content: Optional[bytes] = None
    data: Optional[Mapping[str, Any]] = None
    files: Any = None
    if call.files is not None:
        content_type = headers.get("content-type")
        if content_type is None or "boundary=" not in str(content_type[1]):
            headers.pop("content-type", None)  # httpx writes it with the boundary
        data = _form_fields(call.body)
        files = _httpx_files(call.files)
    elif call.method.lower() == "get":
        headers.pop("content-type", None)  # a GET sends no body (extra_body is dropped) and no Content-Type
    elif call.body is not None:
        content = encode_json(call.body)

    extensions = {"timeout": _timeout_extension(timeout)}
    if http is not None and (http.params or http.cookies):
        header_list = [(k, v) for k, v in headers.values() if isinstance(v, str)]
        return http.build_request(
            call.method.upper(),
            url,
            headers=header_list,
            content=content,
            data=data,
            files=files,
            extensions=extensions,
        )
    header_list: List[Tuple[str, str]] = []
    if http is not None:
        for name, value in http.headers.multi_items():
            mine = headers.get(name.lower())
            if mine is None or isinstance(mine[1], Omit):  # an omitted header falls back to httpx's
                header_list.append((name, value))
    header_list.extend((k, v) for k, v in headers.values() if isinstance(v, str))
    return httpx.Request(
        call.method.upper(),
        url,
        headers=header_list,
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
        elif value is not None:
            fields.setdefault(key, []).append(str(value))

    for key, value in cast(Mapping[str, object], body).items():
        add(key, value)
    return {k: v[0] if len(v) == 1 else v for k, v in fields.items()}


class _EmptyFiles(Dict[str, Any]):
    """No files, but true: httpx then still sends a multipart body (an empty one)."""

    def __bool__(self) -> bool:
        return True


def _httpx_files(files: List[Tuple[str, Any]]) -> Any:
    if not files:
        return _EmptyFiles()
    from .._files import to_httpx_file

    return [(name, to_httpx_file(name, value)) for name, value in files]

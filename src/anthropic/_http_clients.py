"""The httpx clients the SDK creates: its defaults (timeouts, limits, redirects, keep-alive,
proxies from the environment), and the aiohttp variant."""

from __future__ import annotations

import socket
import sys
from typing import TYPE_CHECKING, Any, Dict, List

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient", "DefaultAsyncHttpxClient", "DefaultHttpxClient"]


def _socket_options() -> List[tuple[int, int, int]]:
    options: List[tuple[int, int, int]] = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    tcp = socket.IPPROTO_TCP
    for name, value in (("TCP_KEEPINTVL", 60), ("TCP_KEEPCNT", 5), ("TCP_KEEPIDLE", 60)):
        opt = getattr(socket, name, None)
        if opt is not None:
            options.append((tcp, opt, value))
    if sys.platform == "darwin":
        keepalive = getattr(socket, "TCP_KEEPALIVE", 0x10)
        options.append((tcp, keepalive, 60))
    return options


_TRANSPORT_KEYS = ("verify", "cert", "trust_env", "http1", "http2", "limits")


def _environment_mounts(kwargs: Dict[str, Any], transport_cls: Any) -> Dict[str, Any]:
    if not kwargs.get("trust_env", True) or kwargs.get("proxy") is not None:
        return {}
    try:
        from httpx._utils import get_environment_proxies  # pyright: ignore[reportPrivateImportUsage]
    except ImportError:  # pragma: no cover - moved in a future httpx
        return {}
    forward = {k: kwargs[k] for k in _TRANSPORT_KEYS if k in kwargs}
    mounts: Dict[str, Any] = {}
    for pattern, url in get_environment_proxies().items():
        mounts[pattern] = None if url is None else transport_cls(proxy=httpx.Proxy(url), **forward)
    return mounts


def _client_kwargs(kwargs: Dict[str, Any], transport_cls: Any) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    if "transport" not in kwargs:
        forward = {k: kwargs[k] for k in _TRANSPORT_KEYS if k in kwargs}
        kwargs["transport"] = transport_cls(socket_options=_socket_options(), **forward)
        mounts = _environment_mounts(kwargs, transport_cls)
        mounts.update(kwargs.get("mounts") or {})
        if mounts:
            kwargs["mounts"] = mounts
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's defaults: timeouts, connection limits, redirects,
    TCP keep-alive, and proxies from the environment."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_client_kwargs(kwargs, httpx.HTTPTransport))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with the SDK's defaults (see ``DefaultHttpxClient``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_client_kwargs(kwargs, httpx.AsyncHTTPTransport))


if TYPE_CHECKING:
    DefaultAioHttpClient = httpx.AsyncClient
    """An ``httpx.AsyncClient`` sending through aiohttp (the ``aiohttp`` extra), with the SDK's defaults."""


def __getattr__(name: str) -> Any:
    # DefaultAioHttpClient is resolved when first named: importing the extra costs aiohttp and asyncio.
    if name != "DefaultAioHttpClient":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    cls = _aiohttp_client_class()
    cls.__module__ = "anthropic"  # its public home, as the other default clients
    globals()[name] = cls
    return cls


def _aiohttp_client_class() -> type[httpx.AsyncClient]:
    try:
        import httpx_aiohttp  # pyright: ignore[reportMissingImports]
    except ImportError:

        class DefaultAioHttpClient(httpx.AsyncClient):  # pyright: ignore[reportRedeclaration]
            """The aiohttp-based async client (needs the ``aiohttp`` extra)."""

            __qualname__ = "DefaultAioHttpClient"

            def __init__(self, **_kwargs: Any) -> None:
                raise RuntimeError(
                    "To use the aiohttp client you must have installed the package with the `aiohttp` extra"
                )

        return DefaultAioHttpClient

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore
        """An aiohttp-based ``httpx.AsyncClient`` with the SDK's defaults."""

        __qualname__ = "DefaultAioHttpClient"

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
            kwargs.setdefault("follow_redirects", True)
            super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType]

    return DefaultAioHttpClient  # pyright: ignore[reportUnknownVariableType]


DefaultHttpxClient.__module__ = DefaultAsyncHttpxClient.__module__ = "anthropic"  # their public home


class OwnedHttpxClient(DefaultHttpxClient):
    """The client the SDK creates itself: closed when garbage-collected."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class OwnedAsyncHttpxClient(DefaultAsyncHttpxClient):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            import asyncio

            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass

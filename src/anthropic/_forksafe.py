"""After ``os.fork()``, a child process must not reuse its parent's pooled connections.

A forked child inherits the parent's sockets: both processes would write requests to, and read
responses from, the same connection, so responses cross between processes. Every SDK client
registers here; in the child, the connection pools of their HTTP clients are emptied (each
inherited socket is closed in the child only, nothing is sent on it), so the child opens its
own connections. The parent is not affected.
"""

from __future__ import annotations

import os
import weakref
from typing import Any, Dict, List, Optional, cast

__all__ = ["reset_connection_pool", "track"]

_clients: weakref.WeakSet[Any] = weakref.WeakSet()
_registered = False


def track(client: Any) -> None:
    """Have ``client._client``'s pool reset in forked children."""
    global _registered
    if not _registered and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_reset_all)
        _registered = True
    _clients.add(client)


def _reset_all() -> None:
    for client in list(_clients):
        http = client.__dict__.get("_client")
        if http is not None:
            reset_connection_pool(http)


def reset_connection_pool(http: Any) -> None:
    """Forget every pooled connection of an httpx client (without a word to the peer)."""
    mounts: Any = getattr(http, "_mounts", None) or {}
    transports: List[Any] = [getattr(http, "_transport", None), *cast(Dict[Any, Any], mounts).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        connections = getattr(pool, "_connections", None)
        if not isinstance(connections, list):
            continue
        pooled = cast(List[Any], connections)
        for connection in list(pooled):
            _close_socket_here(connection)
        pooled.clear()
        requests = getattr(pool, "_requests", None)
        if isinstance(requests, list):
            requests.clear()


def _close_socket_here(connection: Any) -> None:
    """Close the connection's file descriptor in this process only (no shutdown, no TLS alert)."""
    sock = _find_socket(connection)
    if sock is None:
        return
    try:
        os.close(sock.detach())
    except Exception:
        pass


def _find_socket(obj: Any, depth: int = 0) -> Optional[Any]:
    import socket

    if isinstance(obj, socket.socket):
        return obj
    if depth > 6 or obj is None:
        return None
    for name in ("_connection", "_network_stream", "_sock", "_stream", "_raw_socket", "_transport_stream"):
        inner = getattr(obj, name, None)
        if inner is not None and inner is not obj:
            found = _find_socket(inner, depth + 1)
            if found is not None:
                return found
    extra = getattr(obj, "get_extra_info", None)
    if callable(extra):
        try:
            found = extra("socket")
        except Exception:
            return None
        if isinstance(found, socket.socket):
            return found
    return None

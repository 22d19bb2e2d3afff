"""The recording proxy of `FakeAnthropic(record_to=DIR, upstream=URL)`.

Each request is sent to `upstream` on its own connection (`http.client`, standard library): same method, the
upstream's path prefix + the request target, every header but the hop-by-hop ones (`Connection` and the headers it
names, `Keep-Alive`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Proxy-*`), `Host`, `Content-Length` (set
again), `Expect`, and `Accept-Encoding` (`identity` is asked for, so the recording holds the plain body), with
`upstream_headers` replacing the request's headers of the same names; and the body. The answer goes back as it
arrives: a body of known length whole, a chunked or unsized one (server-sent events) piece by piece, each piece
forwarded the moment it is read. The exchange is then written to `DIR` (see `_recording.py`).

The upstream sees the fake server's `Host` replaced by its own, so an AWS SigV4 signature (Bedrock), which covers
the host, does not verify upstream: record Bedrock traffic against a fake upstream, or first-party / Vertex /
Foundry traffic against the real services.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Set, Tuple
from urllib.parse import urlsplit

from ._errors import error_body, reason_phrase
from ._recorded import RecordedRequest
from ._recording import (
    Redactor,
    SSECollector,
    next_number,
    recording_name,
    request_record,
    response_record,
    write_recording,
)
from ._reply import dumps

__all__ = ["RecordingProxy"]

_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_NOT_FORWARDED = _HOP_BY_HOP | {"host", "content-length", "expect", "accept-encoding"}
_NOT_RETURNED = _HOP_BY_HOP | {"content-length"}
_READ_SIZE = 65536


def _connection_tokens(header_lines: List[Tuple[str, str]]) -> frozenset[str]:
    tokens: Set[str] = set()
    for name, value in header_lines:
        if name.lower() == "connection":
            tokens.update(token.strip().lower() for token in value.split(",") if token.strip())
    return frozenset(tokens)


class RecordingProxy:
    """Forwards requests to `upstream` and records each exchange in `directory`."""

    def __init__(
        self,
        upstream: str,
        directory: Path,
        *,
        upstream_headers: Optional[Mapping[str, str]] = None,
        timeout: float = 600.0,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"upstream must be an http:// or https:// URL, got {upstream!r}")
        self.upstream = upstream
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port
        self.prefix = parts.path.rstrip("/")
        self.directory = directory
        self.upstream_headers = dict(upstream_headers or {})
        self.timeout = timeout
        directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._number = next_number(directory)
        self.written: List[Path] = []

    def files(self) -> List[Path]:
        """The exchange files written so far, in file-name order."""
        with self._lock:
            return sorted(self.written)

    def reserve(self, request: RecordedRequest) -> Path:
        """The file of the next exchange (numbered in arrival order)."""
        with self._lock:
            number = self._number
            self._number += 1
        return self.directory / recording_name(number, request.method, request.path)

    def _open(self) -> http.client.HTTPConnection:
        if self.scheme == "https":
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout)
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def forward(
        self,
        client: socket.socket,
        request: RecordedRequest,
        request_id: str,
        keep_alive: bool,
        on_upstream_socket: Callable[[Optional[socket.socket]], bool],
    ) -> bool:
        """Answer `request` on `client` from the upstream; return whether the client connection stays open.

        `on_upstream_socket(sock)` registers the upstream socket so that `FakeAnthropic.close()` can interrupt
        the exchange (it returns False if the server is closing); it is called with None when the exchange ends.
        """
        path = self.reserve(request)
        redactor = Redactor(list(self.upstream_headers.values()))
        redactor.collect(request.header_lines, request.query_list)
        upstream = self._open()
        try:
            try:
                response = self._send(upstream, request, on_upstream_socket)
            except (OSError, http.client.HTTPException) as exc:
                message = f"FakeAnthropic proxy: no answer from {self.upstream}: {exc!r}"
                body = dumps(error_body("api_error", message, request_id))
                head = (
                    f"HTTP/1.1 502 {reason_phrase(502)}\r\ncontent-type: application/json\r\nrequest-id: {request_id}"
                    f"\r\nx-should-retry: false\r\ncontent-length: {len(body)}\r\n"
                )
                head += "\r\n" if keep_alive else "connection: close\r\n\r\n"
                client.sendall(head.encode("latin-1") + body)
                return keep_alive
            return self._relay(client, request, response, path, redactor, keep_alive)
        finally:
            on_upstream_socket(None)
            upstream.close()

    def _send(
        self,
        upstream: http.client.HTTPConnection,
        request: RecordedRequest,
        on_upstream_socket: Callable[[Optional[socket.socket]], bool],
    ) -> http.client.HTTPResponse:
        upstream.connect()
        if not on_upstream_socket(upstream.sock):
            raise ConnectionAbortedError("the fake server is closing")
        upstream.putrequest(request.method, self.prefix + request.raw_path, skip_accept_encoding=True)
        dropped = _NOT_FORWARDED | _connection_tokens(request.header_lines)
        replaced = {name.lower() for name in self.upstream_headers}
        for name, value in request.header_lines:
            lowered = name.lower()
            if lowered not in dropped and lowered not in replaced:
                upstream.putheader(name, value)
        for name, value in self.upstream_headers.items():
            upstream.putheader(name, value)
        upstream.putheader("Accept-Encoding", "identity")
        if request.body or request.method in ("POST", "PUT", "PATCH"):
            upstream.putheader("Content-Length", str(len(request.body)))
        upstream.endheaders(request.body or None)
        return upstream.getresponse()

    def _relay(
        self,
        client: socket.socket,
        request: RecordedRequest,
        response: http.client.HTTPResponse,
        path: Path,
        redactor: Redactor,
        keep_alive: bool,
    ) -> bool:
        """Send the upstream's answer on; the exchange file is written before the answer's last byte is sent."""
        started = time.monotonic()
        status = response.status
        header_lines: List[Tuple[str, str]] = response.getheaders()
        content_type = response.getheader("content-type", "") or ""
        no_body = request.method == "HEAD" or status in (204, 304) or status < 200
        streamed = not no_body and (bool(response.chunked) or response.length is None)
        dropped = _NOT_RETURNED | _connection_tokens(header_lines)
        lines = [f"HTTP/1.1 {status} {response.reason or reason_phrase(status)}\r\n"]
        lines.extend(f"{name}: {value}\r\n" for name, value in header_lines if name.lower() not in dropped)
        collector = SSECollector() if content_type.lower().startswith("text/event-stream") else None

        def record(body: bytes, truncated: bool) -> None:
            events: Optional[List[Dict[str, Any]]] = None
            if collector is not None:
                collector.finish(time.monotonic() - started)
                events = collector.events
            exchange: Dict[str, Any] = {
                "request": request_record(request),
                "response": response_record(
                    status, header_lines, body, events=events, streamed=streamed, truncated=truncated
                ),
            }
            write_recording(path, redactor.scrub(exchange))
            with self._lock:
                self.written.append(path)

        if not streamed:
            try:
                body = b"" if no_body else response.read()
            except (OSError, http.client.HTTPException) as exc:
                raise ConnectionAbortedError(f"the upstream broke off its answer: {exc!r}")
            if collector is not None:
                collector.feed(body, time.monotonic() - started)
            record(body, False)
            if not no_body:
                lines.append(f"content-length: {len(body)}\r\n")
            if not keep_alive:
                lines.append("connection: close\r\n")
            client.sendall("".join(lines).encode("latin-1") + b"\r\n" + body)
            return keep_alive

        lines.append("transfer-encoding: chunked\r\n")
        if not keep_alive:
            lines.append("connection: close\r\n")
        client_gone: Optional[OSError] = None
        try:
            client.sendall("".join(lines).encode("latin-1") + b"\r\n")
        except OSError as exc:
            client_gone = exc
        pieces: List[bytes] = []
        truncated = False
        while True:
            try:
                piece = response.read1(_READ_SIZE)
            except (OSError, http.client.HTTPException):
                truncated = True
                break
            if not piece:
                break
            pieces.append(piece)
            if collector is not None:
                collector.feed(piece, time.monotonic() - started)
            if client_gone is None:
                try:
                    client.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                except OSError as exc:
                    client_gone = exc  # keep reading: the recording stays complete
        record(b"".join(pieces), truncated)
        if client_gone is not None:
            raise client_gone
        if truncated:
            return False
        client.sendall(b"0\r\n\r\n")
        return keep_alive

"""`FakeAnthropic`: a real HTTP/1.1 server on a background thread that speaks the Anthropic API wire format.

Mechanics: one accept thread (a selector over the listening socket and a wake-up socket pair, so `close()` is
immediate) and one daemon thread per connection. Connections are persistent (HTTP/1.1 keep-alive, pipelining
allowed); request bodies are read by `Content-Length` or `Transfer-Encoding: chunked`. Fixed bodies are sent with
a `Content-Length`, streams (`Reply.sse` / `Reply.chunks` and streaming default answers) with chunked transfer
encoding, one HTTP chunk per item. `close()` stops accepting, shuts down every open connection (also
interrupting `delay`/`chunk_delay` waits and proxied exchanges) and joins all threads.

Record and replay (`record_to=` + `upstream=`, `replay_from=`) live in `_proxy.py` and `_recording.py`.
"""

from __future__ import annotations

import os
import selectors
import socket
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Type, Union, cast
from urllib.parse import unquote

from ._errors import default_error, error_body, reason_phrase
from ._platforms import (
    EVENT_STREAM_CONTENT_TYPE,
    BedrockCredentials,
    Target,
    match_target,
    require_botocore,
    transcode_cached,
)
from ._proxy import RecordingProxy
from ._recorded import RecordedRequest
from ._recording import (
    Recording,
    UnmatchedRequest,
    decode_body,
    explain_unmatched,
    load_recordings,
    render_sse,
    request_record,
)
from ._reply import Reply, dumps, render_sse_item, reply_has_body
from ._responder import DefaultResponder
from ._routes import ROUTES

__all__ = ["FakeAnthropic"]

_MAX_LINE = 65536
_MAX_HEADERS = 256
_FRAMING = frozenset({"content-length", "transfer-encoding"})
_NO_BODY_STATUSES = frozenset({204, 304})
_LARGE_BODY = 65536
_NOT_REPLAYED = frozenset({"content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"})

PathLike = Union[str, "os.PathLike[str]"]


class _BadRequest(Exception):
    pass


class _Connection:
    """An accepted socket; the connection thread closes it, `close()` may shut it down from outside."""

    __slots__ = ("closed", "lock", "sock", "thread", "upstream")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.lock = threading.Lock()
        self.closed = False
        self.thread: Optional[threading.Thread] = None
        self.upstream: Optional[socket.socket] = None  # the proxy's socket to the upstream, while forwarding

    def shutdown(self) -> None:
        with self.lock:
            if not self.closed:
                for sock in (self.sock, self.upstream):
                    if sock is not None:
                        try:
                            sock.shutdown(socket.SHUT_RDWR)
                        except OSError:
                            pass

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.sock.close()


@dataclass
class _Scripted:
    reply: Reply
    method: Optional[str]
    path: Optional[str]
    remaining: int

    def matches(self, request: RecordedRequest) -> bool:
        return (self.method is None or self.method == request.method) and (
            self.path is None
            or self.path == request.path
            or ("%" in request.path and self.path == unquote(request.path))
        )


@dataclass
class _Incoming:
    request: RecordedRequest
    keep_alive: bool


@dataclass
class _Plan:
    """A reply resolved to what goes on the wire."""

    status: int
    headers: List[Tuple[str, str]]
    body: Optional[Union[bytes, memoryview]]  # fixed body (None for a stream or a body-less status)
    items: Optional[List[bytes]]  # chunked stream
    chunk_delay: float
    drop_after: Optional[int]
    item_delays: Optional[List[float]] = None  # per item of a stream, seconds before it (replayed SSE timing)


class FakeAnthropic:
    """A fake Anthropic API server for tests and benchmarks (stdlib only).

    >>> with FakeAnthropic() as server:
    ...     client = Anthropic(base_url=server.url, api_key="test")
    ...     server.enqueue(Reply(status=529), path="/v1/messages")

    Requests matching a scripted `Reply` (see `enqueue()`) get it; every other request goes to the default
    responder, a deterministic echo model of `/v1/messages`, `/v1/messages/count_tokens`, `/v1/models` and
    `/v1/models/{id}` (see `anthropic.testing._messages`), plus in-memory message batches, files and skills
    (`_batches.py`, `_files_api.py`, `_skills.py`; their state survives `reset()`). With `require_auth`, the
    default responder answers a request carrying neither `x-api-key` nor `authorization` with 401
    `authentication_error`.

    The same answers are served through the cloud platforms' front doors (`_platforms.py`): Amazon Bedrock
    (`/model/{model}/invoke[-with-response-stream]`, SigV4 `Authorization` required, streams as AWS event streams),
    Google Vertex AI (`/projects/{p}/locations/{r}/publishers/anthropic/models/{model}:rawPredict` /
    `:streamRawPredict` / `count-tokens:rawPredict`, `Authorization: Bearer` required) and Microsoft Foundry (the API
    under `/anthropic/`, `api-key` accepted). `bedrock_credentials=(access_key, secret_key[, session_token])` makes
    the server verify Bedrock signatures with botocore's SigV4 signer (botocore must be installed); without it any
    well-formed SigV4 header is accepted. `require_auth=False` turns off every auth check.

    Record and replay (scripted replies still come first in both modes):

    * `record_to=DIR, upstream=URL`: a recording proxy. Every request is forwarded to `URL` (a real API base URL,
      path prefix kept) and its answer streamed back as it arrives; each exchange is written to `DIR` as a
      readable JSON file (`0001-POST-v1-messages.json`, ...) with credentials redacted. `upstream_headers` are
      sent upstream in place of the request's headers of the same names (e.g. `{"x-api-key": real_key}`, so the
      client under test only holds a dummy key); their values are redacted too. `recordings` lists the files
      written.
    * `replay_from=DIR`: answers every request from those files, matching method, path, query and body (JSON
      compared as data); each recording answers once, in file order. A request without a recording gets a 500
      `api_error` (with `x-should-retry: false`) whose message holds a diff against the closest recording; it is
      kept in `unmatched`, and `close()` (the end of a `with` block) raises `AssertionError` with every diff.
      `replay_timing` scales the recorded pace of server-sent events (0: all at once; 1: as recorded).

    The file format is described in `anthropic.testing._recording`.
    """

    def __init__(
        self,
        port: int = 0,
        host: str = "127.0.0.1",
        require_auth: bool = True,
        *,
        bedrock_credentials: Optional[Sequence[Optional[str]]] = None,
        record_to: Optional[PathLike] = None,
        upstream: Optional[str] = None,
        upstream_headers: Optional[Mapping[str, str]] = None,
        replay_from: Optional[PathLike] = None,
        replay_timing: float = 0.0,
    ) -> None:
        if (record_to is None) != (upstream is None):
            raise ValueError("record_to and upstream go together: FakeAnthropic(record_to=DIR, upstream=URL)")
        if record_to is not None and replay_from is not None:
            raise ValueError("a FakeAnthropic server either records (record_to=) or replays (replay_from=), not both")
        if upstream_headers is not None and upstream is None:
            raise ValueError("upstream_headers needs upstream=URL")
        if replay_timing < 0:
            raise ValueError("replay_timing must be >= 0")
        self._proxy: Optional[RecordingProxy] = None
        if record_to is not None and upstream is not None:
            self._proxy = RecordingProxy(upstream, Path(record_to), upstream_headers=upstream_headers)
        self._replay_dir = str(replay_from) if replay_from is not None else None
        self._recordings: Optional[List[Recording]] = load_recordings(replay_from) if replay_from is not None else None
        self._replay_timing = replay_timing
        self._unmatched: List[UnmatchedRequest] = []
        credentials: Optional[BedrockCredentials] = None
        if bedrock_credentials is not None:
            values = tuple(bedrock_credentials)
            if len(values) not in (2, 3) or not all(isinstance(v, str) and v for v in values[:2]):
                raise ValueError(
                    "bedrock_credentials must be (access_key, secret_key) or (access_key, secret_key, session_token)"
                )
            access_key, secret_key = cast(str, values[0]), cast(str, values[1])
            credentials = (access_key, secret_key, values[2] if len(values) == 3 else None)
            require_botocore()
        self._host = host
        self._requested_port = port
        self._responder = DefaultResponder(ROUTES, require_auth=require_auth, bedrock_credentials=credentials)
        self._lock = threading.Lock()
        self._requests: List[RecordedRequest] = []
        self._queue: List[_Scripted] = []
        self._connections: Set[_Connection] = set()
        self._closing = threading.Event()
        self._state = "new"
        self._port: Optional[int] = None
        self._listener: Optional[socket.socket] = None
        self._wake_r: Optional[socket.socket] = None
        self._wake_w: Optional[socket.socket] = None
        self._accept_thread: Optional[threading.Thread] = None
        self._connection_count = 0

    # ------------------------------------------------------------------------------------------ lifecycle

    def start(self) -> FakeAnthropic:
        """Bind and start serving in background threads (no-op if already running). Returns the server."""
        with self._lock:
            if self._state == "running":
                return self
            if self._state == "closed":
                raise RuntimeError("this FakeAnthropic server was closed; create a new one")
            family, _, _, _, address = socket.getaddrinfo(
                self._host, self._requested_port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
            )[0]
            listener = socket.socket(family, socket.SOCK_STREAM)
            try:
                if os.name != "nt":
                    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                listener.bind(address)
                listener.listen(1024)
                listener.setblocking(False)
                wake_r, wake_w = socket.socketpair()
            except BaseException:
                listener.close()
                raise
            self._listener, self._wake_r, self._wake_w = listener, wake_r, wake_w
            self._port = int(listener.getsockname()[1])
            thread = threading.Thread(target=self._accept_loop, name=f"FakeAnthropic-accept-{self._port}", daemon=True)
            self._accept_thread = thread
            self._state = "running"
            thread.start()
        return self

    def close(self) -> None:
        """Stop listening, close every open connection and join all server threads. Idempotent."""
        with self._lock:
            if self._state == "closed":
                return
            was_running = self._state == "running"
            self._state = "closed"
            self._closing.set()
        if not was_running:
            return
        assert self._wake_w is not None and self._accept_thread is not None
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass
        self._accept_thread.join()
        for sock in (self._listener, self._wake_r, self._wake_w):
            if sock is not None:
                sock.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.shutdown()
        for connection in connections:
            if connection.thread is not None:
                connection.thread.join(timeout=10)
        with self._lock:
            unmatched = list(self._unmatched)
        if unmatched:
            count = len(unmatched)
            raise AssertionError(
                f"FakeAnthropic replay: {count} request{'s' if count > 1 else ''} had no recording:\n\n"
                + "\n\n".join(item.message for item in unmatched)
            )

    def __enter__(self) -> FakeAnthropic:
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------- public API

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeAnthropic server is not started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    @property
    def requests(self) -> List[RecordedRequest]:
        """A snapshot of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self._requests:
                raise AssertionError("FakeAnthropic has not received any request")
            return self._requests[-1]

    def enqueue(self, reply: Reply, *, method: Optional[str] = None, path: Optional[str] = None) -> None:
        """Script `reply` for the next `reply.repeat` requests matching `method` and `path` (any if None).

        Replies are used first-in first-out among those matching a request. `path` is compared with the request
        path without its query string (a query string in `path` is ignored); `method` case-insensitively.
        """
        if not isinstance(reply, Reply):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"expected a Reply, got {type(reply).__name__}")
        scripted = _Scripted(
            reply=reply,
            method=method.upper() if method is not None else None,
            path=path.split("?", 1)[0] if path is not None else None,
            remaining=reply.repeat,
        )
        with self._lock:
            self._queue.append(scripted)

    def reset(self) -> None:
        """Forget recorded requests and drop every scripted reply not used yet (replay state is kept)."""
        with self._lock:
            self._requests.clear()
            self._queue.clear()

    @property
    def recordings(self) -> List[Path]:
        """Record mode: the exchange files written so far, in file-name order (empty in other modes)."""
        if self._proxy is None:
            return []
        return self._proxy.files()

    @property
    def unmatched(self) -> List[UnmatchedRequest]:
        """Replay mode: the requests no recording answered (`.request`, `.closest` file name, `.diff`, `.message`)."""
        with self._lock:
            return list(self._unmatched)

    @property
    def unused_recordings(self) -> List[str]:
        """Replay mode: the file names of the recordings not used yet."""
        with self._lock:
            return [recording.name for recording in self._recordings or () if not recording.used]

    def __repr__(self) -> str:
        where = self.url if self._port is not None else "not started"
        return f"<FakeAnthropic {where} ({self._state})>"

    # ------------------------------------------------------------------------------------------ serving

    def _accept_loop(self) -> None:
        listener, wake_r = self._listener, self._wake_r
        assert listener is not None and wake_r is not None
        selector = selectors.DefaultSelector()
        try:
            selector.register(listener, selectors.EVENT_READ)
            selector.register(wake_r, selectors.EVENT_READ)
            while not self._closing.is_set():
                for key, _ in selector.select():
                    if key.fileobj is wake_r:
                        return
                    self._accept_pending(listener)
        finally:
            selector.close()

    def _accept_pending(self, listener: socket.socket) -> None:
        while True:
            try:
                sock, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # e.g. ECONNABORTED, EMFILE: keep serving the others
                return
            sock.setblocking(True)
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
            connection = _Connection(sock)
            with self._lock:
                if self._closing.is_set():
                    connection.close()
                    return
                self._connection_count += 1
                thread = threading.Thread(
                    target=self._serve_connection,
                    args=(connection,),
                    name=f"FakeAnthropic-conn-{self._connection_count}",
                    daemon=True,
                )
                connection.thread = thread
                self._connections.add(connection)
                thread.start()

    def _serve_connection(self, connection: _Connection) -> None:
        sock = connection.sock
        rfile = cast("IO[bytes]", sock.makefile("rb", buffering=_MAX_LINE))
        try:
            while not self._closing.is_set():
                try:
                    incoming = _read_request(rfile, sock)
                except _BadRequest as exc:
                    self._send_plan(sock, self._error_plan(400, str(exc), self._responder.ids.next("req")), False)
                    break
                if incoming is None:
                    break
                if not self._handle(connection, incoming):
                    break
        except OSError:
            pass  # the client went away, or close() shut the socket down
        finally:
            rfile.close()
            connection.close()
            with self._lock:
                self._connections.discard(connection)

    def _handle(self, connection: _Connection, incoming: _Incoming) -> bool:
        """Answer one request; return whether the connection stays open."""
        sock = connection.sock
        request = incoming.request
        request_id = self._responder.ids.next("req")
        target = match_target(request)
        scripted: Optional[Reply] = None
        with self._lock:
            self._requests.append(request)
            for index, entry in enumerate(self._queue):
                if entry.matches(request):
                    entry.remaining -= 1
                    if entry.remaining <= 0:
                        del self._queue[index]
                    scripted = entry.reply
                    break
        if scripted is None and self._proxy is not None:
            return self._forward(connection, incoming, request_id)
        if scripted is None and self._recordings is not None:
            plan = self._replay(request, request_id)
            return self._send_plan(sock, plan, incoming.keep_alive, http10=request.http_version == "HTTP/1.0")
        reply = scripted if scripted is not None else self._default(request, request_id, target)
        if reply.delay > 0 and self._closing.wait(reply.delay):
            return False
        if reply.drop:
            return False
        try:
            plan = self._plan(reply, request, request_id, target)
        except Exception:
            plan = self._error_plan(500, "fake server error:\n" + traceback.format_exc(), request_id)
        return self._send_plan(sock, plan, incoming.keep_alive, http10=request.http_version == "HTTP/1.0")

    def _forward(self, connection: _Connection, incoming: _Incoming, request_id: str) -> bool:
        proxy = self._proxy
        assert proxy is not None

        def register(upstream: Optional[socket.socket]) -> bool:
            with connection.lock:
                connection.upstream = upstream
            return upstream is None or not self._closing.is_set()

        keep_alive = incoming.keep_alive and incoming.request.http_version != "HTTP/1.0"
        return proxy.forward(connection.sock, incoming.request, request_id, keep_alive, register)

    def _replay(self, request: RecordedRequest, request_id: str) -> _Plan:
        live = request_record(request)
        found: Optional[Recording] = None
        unmatched: Optional[UnmatchedRequest] = None
        with self._lock:
            recordings = self._recordings or []
            for recording in recordings:
                if not recording.used and recording.matches(live):
                    recording.used = True
                    found = recording
                    break
            if found is None:
                unmatched = explain_unmatched(request, live, recordings, self._replay_dir or "")
                self._unmatched.append(unmatched)
        if found is None:
            assert unmatched is not None
            body = dumps(error_body("api_error", unmatched.message, request_id))
            headers = [("content-type", "application/json"), ("request-id", request_id), ("x-should-retry", "false")]
            return _Plan(500, headers, body, None, 0.0, None)
        return self._recorded_plan(found)

    def _recorded_plan(self, recording: Recording) -> _Plan:
        response = recording.response
        status = int(response["status"])
        recorded_headers = response.get("headers")
        headers: List[Tuple[str, str]] = []
        if isinstance(recorded_headers, dict):
            for name, value in cast("Dict[str, object]", recorded_headers).items():
                if name.lower() not in _NOT_REPLAYED:
                    headers.append((name, str(value)))
        body: Optional[bytes] = None
        items: Optional[List[bytes]] = None
        delays: Optional[List[float]] = None
        events = response.get("sse")
        if isinstance(events, list):
            typed = [
                cast("Dict[str, object]", event) for event in cast("List[object]", events) if isinstance(event, dict)
            ]
            items = render_sse(typed)
            if self._replay_timing > 0:
                delays, previous = [], 0.0
                for event in typed:
                    t = event.get("t")
                    at = float(t) if isinstance(t, (int, float)) else previous
                    delays.append(max(0.0, at - previous) * self._replay_timing)
                    previous = max(previous, at)
        else:
            body = decode_body(response)
            if response.get("streamed") and body is not None:
                items, body = [body], None
        drop_after: Optional[int] = None
        if response.get("truncated"):
            drop_after = sum(len(item) for item in items) if items is not None else len(body or b"")
        if body is None and items is None and status not in _NO_BODY_STATUSES and status >= 200:
            body = b""
        return _Plan(status, headers, body, items, 0.0, drop_after, delays)

    def _default(self, request: RecordedRequest, request_id: str, target: Optional[Target] = None) -> Reply:
        try:
            return self._responder.respond(request, request_id, target)
        except Exception:
            message = "fake server error:\n" + traceback.format_exc()
            if target is not None:
                return self._responder.platforms.error_reply(target, 500, "api_error", message, request_id)
            return Reply(status=500, json=error_body("api_error", message, request_id))

    def _error_plan(self, status: int, message: str, request_id: str) -> _Plan:
        error_type, _ = default_error(status)
        body = dumps(error_body(error_type, message, request_id))
        headers = [("content-type", "application/json"), ("request-id", request_id)]
        return _Plan(status, headers, body, None, 0.0, None)

    def _plan(self, reply: Reply, request: RecordedRequest, request_id: str, target: Optional[Target] = None) -> _Plan:
        status = reply.status
        header_layers: List[Dict[str, str]] = []
        if not reply_has_body(reply) and status not in _NO_BODY_STATUSES and status >= 200:
            if status >= 400:
                if target is not None:
                    reply_body = self._responder.platforms.default_error(target, status, request_id)
                else:
                    error_type, message = default_error(status)
                    reply_body = Reply(status=status, json=error_body(error_type, message, request_id))
            else:
                reply_body = self._default(request, request_id, target)
                if status == 200:
                    status = reply_body.status
            header_layers.append(dict(reply_body.headers))
        else:
            reply_body = reply
        header_layers.append(dict(reply.headers))

        body: Optional[Union[bytes, memoryview]] = None
        items: Optional[List[bytes]] = None
        content_type: Optional[str] = None
        payload, raw, events, chunks = reply_body.json, reply_body.body, reply_body.sse, reply_body.chunks
        if payload is not None:
            body, content_type = dumps(payload), "application/json"
        elif isinstance(raw, str):
            body, content_type = raw.encode("utf-8"), "text/plain; charset=utf-8"
        elif raw is not None:
            body, content_type = raw, "application/octet-stream"  # bytes or a memoryview: not copied
        elif events is not None:
            items, content_type = [render_sse_item(item) for item in events], "text/event-stream; charset=utf-8"
        elif chunks is not None:
            items, content_type = [bytes(chunk) for chunk in chunks], "application/octet-stream"
        content_type = reply_body.content_type or content_type

        extra: Dict[str, str] = {}
        if (
            target is not None
            and target.event_stream
            and 200 <= status < 300
            and items is not None
            and (content_type or "").startswith("text/event-stream")
        ):
            items = transcode_cached(chunks) if events is None and chunks is not None else transcode_cached(items)
            content_type = EVENT_STREAM_CONTENT_TYPE
            extra["x-amzn-bedrock-content-type"] = "application/json"

        merged: Dict[str, Tuple[str, str]] = {}
        if content_type is not None:
            merged["content-type"] = ("content-type", content_type)
        request_id_header = target.request_id_header if target is not None else "request-id"
        merged[request_id_header.lower()] = (request_id_header, request_id)
        for name, value in extra.items():
            merged[name] = (name, value)
        for layer in header_layers:
            for name, value in layer.items():
                if name.lower() not in _FRAMING:
                    merged[name.lower()] = (name, value)
        return _Plan(
            status=status,
            headers=list(merged.values()),
            body=body,
            items=items,
            chunk_delay=reply.chunk_delay or reply_body.chunk_delay,
            drop_after=reply.drop_after,
        )

    def _send_plan(self, sock: socket.socket, plan: _Plan, keep_alive: bool, *, http10: bool = False) -> bool:
        headers = plan.headers
        connection_header = next((value for name, value in headers if name.lower() == "connection"), None)
        if connection_header is not None:
            keep_alive = keep_alive and "close" not in connection_header.lower()
        lines = [f"HTTP/1.1 {plan.status} {reason_phrase(plan.status)}\r\n"]
        lines.extend(f"{name}: {value}\r\n" for name, value in headers)
        drop_after = plan.drop_after
        if plan.items is not None:
            lines.append("transfer-encoding: chunked\r\n")
        elif plan.status not in _NO_BODY_STATUSES and plan.status >= 200:
            length = len(plan.body or b"")
            if drop_after is not None:
                length = max(length, drop_after + 1)
            lines.append(f"content-length: {length}\r\n")
        if drop_after is not None:
            keep_alive = False
        if connection_header is None and not keep_alive:
            lines.append("connection: close\r\n")
        elif connection_header is None and http10:
            lines.append("connection: keep-alive\r\n")
        lines.append("\r\n")
        head = "".join(lines).encode("utf-8")

        if plan.items is None:
            body = plan.body if plan.body is not None else b""
            if drop_after is not None:
                body = body[:drop_after]
            if len(body) > _LARGE_BODY:  # no copy of a large body (a file download)
                sock.sendall(head)
                sock.sendall(body)
            else:
                sock.sendall(head + body)
            return keep_alive

        sock.sendall(head)
        sent = 0
        written = 0
        delays = plan.item_delays
        for index, item in enumerate(plan.items):
            if delays is not None and delays[index] > 0 and self._closing.wait(delays[index]):
                return False
            if not item:
                continue  # an empty chunk would end the body
            if written and plan.chunk_delay > 0 and self._closing.wait(plan.chunk_delay):
                return False
            if drop_after is not None and sent + len(item) >= drop_after:
                piece = item[: drop_after - sent]
                if piece:
                    sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                return False
            sock.sendall(b"%x\r\n%s\r\n" % (len(item), item))
            sent += len(item)
            written += 1
        if drop_after is not None:
            return False
        sock.sendall(b"0\r\n\r\n")
        return keep_alive


# ------------------------------------------------------------------------------------------------- HTTP parsing


def _decode(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def _readline(rfile: IO[bytes]) -> bytes:
    line = rfile.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE:
        raise _BadRequest("line too long")
    return line


def _read_request(rfile: IO[bytes], sock: socket.socket) -> Optional[_Incoming]:
    """Read one request; None on a clean EOF (or a client that closed mid-request)."""
    line = _readline(rfile)
    while line in (b"\r\n", b"\n"):  # tolerate empty lines between requests
        line = _readline(rfile)
    if not line:
        return None
    parts = _decode(line).rstrip("\r\n").split(" ")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        raise _BadRequest(f"malformed request line {line!r}")
    method, target, version = parts
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        raise _BadRequest(f"unsupported HTTP version {version!r}")
    if target.startswith(("http://", "https://")):  # absolute-form
        after_scheme = target.split("://", 1)[1]
        slash = after_scheme.find("/")
        target = after_scheme[slash:] if slash >= 0 else "/"

    header_lines: List[Tuple[str, str]] = []
    content_length: Optional[str] = None
    transfer_encoding = ""
    connection = ""
    expect = ""
    while True:
        line = _readline(rfile)
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        if len(header_lines) >= _MAX_HEADERS:
            raise _BadRequest("too many headers")
        text = _decode(line).rstrip("\r\n")
        if text[:1] in (" ", "\t"):  # obsolete line folding
            if not header_lines:
                raise _BadRequest("header continuation without a header")
            name, value = header_lines[-1]
            header_lines[-1] = (name, f"{value} {text.strip()}")
            continue
        name, sep, value = text.partition(":")
        if not sep or not name or name != name.strip():
            raise _BadRequest(f"malformed header line {line!r}")
        value = value.strip()
        header_lines.append((name, value))
        lowered = name.lower()
        if lowered == "content-length":
            content_length = value
        elif lowered == "transfer-encoding":
            transfer_encoding = value.lower()
        elif lowered == "connection":
            connection = value.lower()
        elif lowered == "expect":
            expect = value.lower()

    tokens = {token.strip() for token in connection.split(",")}
    keep_alive = "keep-alive" in tokens if version == "HTTP/1.0" else "close" not in tokens

    has_body = "chunked" in transfer_encoding or content_length not in (None, "0")
    if expect == "100-continue" and has_body:
        sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    if "chunked" in transfer_encoding:
        body = _read_chunked(rfile)
        if body is None:
            return None
    elif content_length is not None:
        if not content_length.isdigit():
            raise _BadRequest(f"invalid content-length {content_length!r}")
        size = int(content_length)
        body = rfile.read(size) if size else b""
        if len(body) < size:
            return None
    else:
        body = b""
    request = RecordedRequest(
        method=method.upper(), raw_path=target, header_lines=header_lines, body=body, http_version=version
    )
    return _Incoming(request, keep_alive)


def _read_chunked(rfile: IO[bytes]) -> Optional[bytes]:
    pieces: List[bytes] = []
    while True:
        line = _readline(rfile)
        if not line:
            return None
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise _BadRequest(f"invalid chunk size line {line!r}")
        if size == 0:
            while True:  # trailers
                line = _readline(rfile)
                if not line:
                    return None
                if line in (b"\r\n", b"\n"):
                    return b"".join(pieces)
        data = rfile.read(size)
        if len(data) < size:
            return None
        pieces.append(data)
        if _readline(rfile) not in (b"\r\n", b"\n"):
            raise _BadRequest("chunk not followed by CRLF")

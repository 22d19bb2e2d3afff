"""Server mechanics of `FakeAnthropic`: recording, HTTP/1.1 details, concurrency, shutdown, CLI."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator, List, Set

import httpx
import pytest

from anthropic.testing import FakeAnthropic, RecordedRequest, Reply

MESSAGE_BODY = {"model": "m", "max_tokens": 50, "messages": [{"role": "user", "content": "hi"}]}


def server_threads() -> List[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("FakeAnthropic")]


def open_fds() -> Set[str]:
    return set(os.listdir("/proc/self/fd"))


def read_until_close(sock: socket.socket) -> bytes:
    chunks: List[bytes] = []
    while True:
        data = sock.recv(65536)
        if not data:
            return b"".join(chunks)
        chunks.append(data)


# ---------------------------------------------------------------------------------------------------- recording


def test_records_request_details(server: FakeAnthropic, client: httpx.Client) -> None:
    client.post(
        "/v1/messages?beta=true&x=1&x=2&empty=",
        json=MESSAGE_BODY,
        headers={"anthropic-beta": "a,b", "X-Custom": "Value"},
    )
    request = server.last_request
    assert isinstance(request, RecordedRequest)
    assert request.method == "POST"
    assert request.path == "/v1/messages"
    assert request.raw_path == "/v1/messages?beta=true&x=1&x=2&empty="
    assert request.query == {"beta": "true", "x": "2", "empty": ""}
    assert request.query_list == [("beta", "true"), ("x", "1"), ("x", "2"), ("empty", "")]
    assert request.headers["x-custom"] == "Value"
    assert request.headers["X-CUSTOM"] == "Value"
    assert request.headers["anthropic-beta"] == "a,b"
    assert "content-length" in request.headers and "missing" not in request.headers
    assert request.headers.get("missing") is None
    assert ("X-Custom", "Value") in request.header_lines
    assert ("x-api-key", "test-key") in request.header_lines
    assert request.json() == MESSAGE_BODY
    assert json.loads(request.body) == MESSAGE_BODY
    assert request.http_version == "HTTP/1.1"


def test_header_lines_keep_duplicates_and_case(server: FakeAnthropic) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(
            b"GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Api-Key: a\r\nx-api-key: b\r\nAccept: */*\r\nConnection: close\r\n\r\n"
        )
        assert read_until_close(sock).startswith(b"HTTP/1.1 200 OK\r\n")
    request = server.last_request
    assert request.header_lines == [
        ("Host", "x"),
        ("X-Api-Key", "a"),
        ("x-api-key", "b"),
        ("Accept", "*/*"),
        ("Connection", "close"),
    ]
    assert [name for name, _ in request.header_lines if name.lower() == "accept"] == ["Accept"]
    assert request.headers["x-api-key"] == "a, b"
    assert request.headers.get_list("X-API-KEY") == ["a", "b"]
    assert list(request.headers) == ["host", "x-api-key", "accept", "connection"]
    assert len(request.headers) == 4


def test_requests_in_arrival_order_and_snapshot(server: FakeAnthropic, client: httpx.Client) -> None:
    with pytest.raises(AssertionError):
        _ = server.last_request
    for i in range(3):
        client.get(f"/v1/models?limit={i + 1}")
    snapshot = server.requests
    assert [r.query["limit"] for r in snapshot] == ["1", "2", "3"]
    snapshot.clear()
    assert len(server.requests) == 3


def test_multipart(server: FakeAnthropic, client: httpx.Client) -> None:
    binary = bytes(range(256)) + b"\r\n--not-a-boundary\r\n"
    client.post(
        "/v1/files?beta=true",
        files={"file": ("report.bin", binary, "application/pdf")},
        data={"purpose": "tests", "note": "ünï"},
    )
    request = server.last_request
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = request.multipart()
    by_name = {part.name: part for part in parts}
    assert set(by_name) == {"file", "purpose", "note"}
    file_part = by_name["file"]
    assert file_part.filename == "report.bin"
    assert file_part.content_type == "application/pdf"
    assert file_part.data == binary
    assert by_name["purpose"].data == b"tests" and by_name["purpose"].filename is None
    assert by_name["note"].text == "ünï"


def test_multipart_rejects_other_bodies(server: FakeAnthropic, client: httpx.Client) -> None:
    client.post("/v1/messages", json=MESSAGE_BODY)
    with pytest.raises(ValueError):
        server.last_request.multipart()


def test_chunked_request_body(server: FakeAnthropic, client: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"model": "m", "max_tokens": 5, '
        yield b'"messages": [{"role": "user", "content": "chunked body"}]}'

    response = client.post("/v1/messages", content=body())
    assert response.json()["content"][0]["text"] == "Echo: chunked body"
    request = server.last_request
    assert request.headers["transfer-encoding"] == "chunked"
    assert request.json()["messages"][0]["content"] == "chunked body"


def test_chunked_request_with_extensions_and_trailers(server: FakeAnthropic) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(
            b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: v\r\n\r\n"
        )
        read_until_close(sock)
    assert server.last_request.body == b"abcde"


def test_expect_100_continue(server: FakeAnthropic) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(
            b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
        )
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"{}")
        assert b"HTTP/1.1 401 Unauthorized" in read_until_close(sock)
    assert server.last_request.body == b"{}"


# --------------------------------------------------------------------------------------------------- HTTP/1.1


def test_keep_alive_reuses_the_connection(server: FakeAnthropic) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        headers = {"x-api-key": "k", "content-type": "application/json"}
        conn.request("POST", "/v1/messages", body=json.dumps(MESSAGE_BODY), headers=headers)
        first = conn.getresponse()
        assert first.status == 200 and first.getheader("connection") is None
        first.read()
        sock = conn.sock
        assert sock is not None
        local = sock.getsockname()
        for _ in range(3):
            conn.request("GET", "/v1/models", headers=headers)
            response = conn.getresponse()
            response.read()
            assert response.status == 200
        conn.request("POST", "/v1/messages", body=json.dumps({**MESSAGE_BODY, "stream": True}), headers=headers)
        streamed = conn.getresponse()
        assert streamed.getheader("transfer-encoding") == "chunked"
        assert streamed.read().endswith(b'data: {"type":"message_stop"}\n\n')
        conn.request("GET", "/v1/models", headers=headers)
        conn.getresponse().read()
        assert conn.sock is sock and sock.getsockname() == local
        assert len(server.requests) == 6
    finally:
        conn.close()


def test_connection_close_request(server: FakeAnthropic) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\nConnection: close\r\n\r\n")
        raw = read_until_close(sock)  # returns because the server closes
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n") and b"\r\nconnection: close\r\n" in raw


def test_pipelined_requests(server: FakeAnthropic) -> None:
    one = b"GET /v1/models/claude-opus-4-1 HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n\r\n"
    two = b"GET /v1/models/nope HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\nConnection: close\r\n\r\n"
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(one + two)
        raw = read_until_close(sock)
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n")
    assert raw.count(b"HTTP/1.1 ") == 2 and b"HTTP/1.1 404 Not Found\r\n" in raw
    assert [r.path for r in server.requests] == ["/v1/models/claude-opus-4-1", "/v1/models/nope"]


def test_http_10(server: FakeAnthropic) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.0\r\nx-api-key: k\r\n\r\n")
        raw = read_until_close(sock)
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n") and b"\r\nconnection: close\r\n" in raw
    assert server.last_request.http_version == "HTTP/1.0"
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.0\r\nx-api-key: k\r\nConnection: keep-alive\r\n\r\n")
        sock.sendall(b"GET /v1/models/claude-opus-4-1 HTTP/1.0\r\nx-api-key: k\r\n\r\n")
        raw = read_until_close(sock)
    assert raw.count(b"HTTP/1.1 200 OK\r\n") == 2
    assert raw.count(b"\r\nconnection: keep-alive\r\n") == 1 and raw.count(b"\r\nconnection: close\r\n") == 1


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"NONSENSE\r\n\r\n",
        b"GET /x HTTP/2.0\r\n\r\n",
        b"GET /x HTTP/1.1\r\nbad header line\r\n\r\n",
        b"POST /x HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
        b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
def test_malformed_requests_get_400_and_close(server: FakeAnthropic, request_bytes: bytes) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(request_bytes)
        raw = read_until_close(sock)
    assert raw.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert b'"type":"invalid_request_error"' in raw


def test_client_disconnect_mid_request_is_harmless(server: FakeAnthropic, client: httpx.Client) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"POST /v1/messages HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")
    assert client.get("/v1/models").status_code == 200
    assert [r.path for r in server.requests] == ["/v1/models"]


# ------------------------------------------------------------------------------------------------- concurrency


def test_64_concurrent_connections(server: FakeAnthropic) -> None:
    open_threads: List[int] = []
    barrier = threading.Barrier(64, action=lambda: open_threads.append(len(server_threads())))

    def call(i: int) -> str:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        try:
            body = json.dumps({**MESSAGE_BODY, "messages": [{"role": "user", "content": f"n{i}"}]})
            texts: List[str] = []
            for j in range(4):
                conn.request("POST", "/v1/messages", body=body, headers={"x-api-key": "k"})
                texts.append(json.loads(conn.getresponse().read())["content"][0]["text"])
                if j == 0:
                    barrier.wait(timeout=10)  # all 64 connections are open at the same time
            assert len(set(texts)) == 1
            return texts[0]
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=64) as pool:
        results = list(pool.map(call, range(64)))
    assert results == [f"Echo: n{i}" for i in range(64)]
    assert open_threads == [65]  # the accept thread + one per connection
    requests = server.requests
    assert len(requests) == 256
    assert len({request.json()["messages"][0]["content"] for request in requests}) == 64


def test_sequential_throughput(server: FakeAnthropic, client: httpx.Client) -> None:
    start = time.monotonic()
    for _ in range(300):
        assert client.post("/v1/messages", json=MESSAGE_BODY).status_code == 200
    assert time.monotonic() - start < 5  # ~1 ms per call in practice


# ----------------------------------------------------------------------------------------------------- shutdown


def test_close_is_fast_and_leaves_nothing_behind() -> None:
    fds_before = open_fds()
    threads_before = server_threads()
    server = FakeAnthropic()
    server.start()
    assert server.start() is server  # idempotent
    idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(3)]
    http = httpx.Client(base_url=server.url, headers={"x-api-key": "k"})
    try:
        assert http.get("/v1/models").status_code == 200  # one kept-alive connection
        server.enqueue(Reply(json={}, delay=30))
        server.enqueue(Reply(chunks=[b"a", b"b"], chunk_delay=30))
        errors: List[BaseException] = []

        def blocked_call(path: str) -> None:
            try:
                with httpx.Client(base_url=server.url, timeout=60) as other:
                    other.get(path).read()
            except httpx.HTTPError as exc:
                errors.append(exc)

        callers = [threading.Thread(target=blocked_call, args=(p,)) for p in ("/delayed", "/chunked")]
        for caller in callers:
            caller.start()
        deadline = time.monotonic() + 5
        while len(server.requests) < 3 and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(server.requests) == 3
        assert len(server_threads()) >= 6  # accept thread + 6 connections

        start = time.monotonic()
        server.close()
        elapsed = time.monotonic() - start
        assert elapsed < 0.5, elapsed
        assert server_threads() == threads_before
        for caller in callers:
            caller.join(timeout=5)
        assert len(errors) == 2 and all(isinstance(e, (httpx.RemoteProtocolError, httpx.ReadError)) for e in errors)
        server.close()  # idempotent
        with pytest.raises(httpx.ConnectError):
            http.get("/v1/models")  # pooled connection is dead, new connection refused
    finally:
        http.close()
        for sock in idle:
            sock.close()
    if os.path.isdir("/proc/self/fd"):
        assert open_fds() == fds_before


def test_close_without_start_and_restart_is_refused() -> None:
    server = FakeAnthropic()
    with pytest.raises(RuntimeError):
        _ = server.url
    server.close()
    with pytest.raises(RuntimeError):
        server.start()


def test_context_manager_and_repr() -> None:
    with FakeAnthropic() as server:
        assert server.url == f"http://127.0.0.1:{server.port}"
        assert server.port > 0
        assert "running" in repr(server)
    assert "closed" in repr(server)
    assert server_threads() == []


def test_fixed_port_and_host() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FakeAnthropic(port=port, host="localhost") as server:
        assert server.port == port
        assert server.url == f"http://localhost:{port}"
        with httpx.Client(base_url=server.url, headers={"x-api-key": "k"}) as http:
            assert http.get("/v1/models").status_code == 200


# ---------------------------------------------------------------------------------------------------------- CLI


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs on Windows")
def test_cli_runs_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "anthropic.testing", "--port", "0", "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, headers={"x-api-key": "k"}) as http:
            assert http.get("/v1/models").status_code == 200
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
        assert process.returncode == 0, stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

"""Scripted replies (`Reply`, `sse_event`, `FakeAnthropic.enqueue`)."""

from __future__ import annotations

import gc
import json
import socket
import time
from typing import List

import httpx
import pytest

from anthropic.testing import FakeAnthropic, Reply, sse_event

MESSAGE_BODY = {"model": "m", "max_tokens": 50, "messages": [{"role": "user", "content": "hello world"}]}


def raw_exchange(server: FakeAnthropic, request: bytes) -> bytes:
    """Send raw bytes, read until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(request)
        received: List[bytes] = []
        while True:
            data = sock.recv(65536)
            if not data:
                return b"".join(received)
            received.append(data)


def get_close(path: str = "/v1/models") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\nConnection: close\r\n\r\n".encode()


# ----------------------------------------------------------------------------------------------- bodies/headers


def test_json_reply_with_status_and_headers(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(status=201, json={"hello": "wörld"}, headers={"x-custom": "1"}))
    response = client.get("/anything")
    assert response.status_code == 201
    assert response.json() == {"hello": "wörld"}
    assert response.content == '{"hello":"wörld"}'.encode()
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-custom"] == "1"
    assert response.headers["content-length"] == str(len(response.content))
    assert response.headers["request-id"].startswith("req_")


def test_headers_override_defaults_case_insensitively(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json=[1], headers={"Content-Type": "application/x-mine", "Request-Id": "req_mine"}))
    response = client.get("/x")
    assert response.headers.get_list("content-type") == ["application/x-mine"]
    assert response.headers.get_list("request-id") == ["req_mine"]


def test_framing_headers_are_computed_by_the_server(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(body=b"abc", headers={"Content-Length": "99", "Transfer-Encoding": "gzip"}))
    response = client.get("/x")
    assert response.content == b"abc"
    assert response.headers.get_list("content-length") == ["3"]
    assert "transfer-encoding" not in response.headers


@pytest.mark.parametrize(
    ("body", "content_type", "expected_type"),
    [
        (b"\x00\x01raw", None, "application/octet-stream"),
        ("plain text ✓", None, "text/plain; charset=utf-8"),
        ("<html/>", "text/html", "text/html"),
    ],
)
def test_raw_body(
    server: FakeAnthropic, client: httpx.Client, body: object, content_type: object, expected_type: str
) -> None:
    assert isinstance(body, (bytes, str)) and (content_type is None or isinstance(content_type, str))
    server.enqueue(Reply(body=body, content_type=content_type))
    response = client.get("/x")
    assert response.content == (body.encode() if isinstance(body, str) else body)
    assert response.headers["content-type"] == expected_type


def test_content_type_applies_to_json(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json={"a": 1}, content_type="application/json; charset=utf-8"))
    assert client.get("/x").headers["content-type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(400, "invalid_request_error"), (401, "authentication_error"), (403, "permission_error"), (404, "not_found_error"),
     (413, "request_too_large"), (429, "rate_limit_error"), (500, "api_error"), (503, "api_error"),
     (529, "overloaded_error"), (418, "invalid_request_error")],
)  # fmt: skip
def test_status_without_body_gets_the_api_error_body(
    server: FakeAnthropic, client: httpx.Client, status: int, error_type: str
) -> None:
    server.enqueue(Reply(status=status, headers={"retry-after": "0"}))
    response = client.post("/v1/messages", json=MESSAGE_BODY)
    assert response.status_code == status
    body = response.json()
    assert body["type"] == "error" and body["error"]["type"] == error_type and body["error"]["message"]
    assert body["request_id"] == response.headers["request-id"]
    assert response.headers["retry-after"] == "0"


def test_reason_phrases(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=529))
    assert raw_exchange(server, get_close()).startswith(b"HTTP/1.1 529 Site Overloaded\r\n")
    server.enqueue(Reply(status=429))
    assert raw_exchange(server, get_close()).startswith(b"HTTP/1.1 429 Too Many Requests\r\n")


def test_bodyless_success_reply_uses_the_default_answer(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(headers={"x-extra": "yes"}))
    response = client.post("/v1/messages", json=MESSAGE_BODY)
    assert response.status_code == 200
    assert response.headers["x-extra"] == "yes"
    assert response.json()["content"][0]["text"] == "Echo: hello world"
    server.enqueue(Reply(status=202))
    response = client.get("/v1/models/claude-opus-4-1")
    assert response.status_code == 202 and response.json()["id"] == "claude-opus-4-1-20250805"
    server.enqueue(Reply(headers={"x-extra": "yes"}))
    assert client.get("/v1/nothing-here").status_code == 404  # the default answer's own status


def test_204_has_no_body(server: FakeAnthropic) -> None:
    server.enqueue(Reply(status=204))
    raw = raw_exchange(server, get_close())
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 204 No Content\r\n")
    assert b"content-length" not in head.lower() and body == b""


# ------------------------------------------------------------------------------------------------------ streams


def test_sse_event_rendering() -> None:
    assert sse_event("ping", {"type": "ping"}) == b'event: ping\ndata: {"type":"ping"}\n\n'
    assert sse_event(None, "a\nb") == b"data: a\ndata: b\n\n"
    assert sse_event("x", b"raw", id="7", retry=100) == b"event: x\nid: 7\nretry: 100\ndata: raw\n\n"
    assert sse_event("e", {"t": "é"}) == 'event: e\ndata: {"t":"é"}\n\n'.encode()
    assert sse_event("e", [1, None]) == b"event: e\ndata: [1,null]\n\n"


def test_sse_reply_raw_items(server: FakeAnthropic, client: httpx.Client) -> None:
    items = [
        sse_event("message_start", {"type": "message_start"}),
        ": a comment\n\n",
        b"event: broken\ndata: {not json",
        b"\n\n",
        {"type": "message_stop"},
    ]
    server.enqueue(Reply(sse=items))
    response = client.post("/v1/messages", json=MESSAGE_BODY)
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["transfer-encoding"] == "chunked"
    assert response.text == (
        'event: message_start\ndata: {"type":"message_start"}\n\n'
        ": a comment\n\n"
        "event: broken\ndata: {not json\n\n"
        'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    )


def test_sse_items_are_separate_http_chunks(server: FakeAnthropic) -> None:
    server.enqueue(Reply(sse=["data: 1\n\n", b"", b"data: 22\n\n"]))
    raw = raw_exchange(server, get_close())
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\r\ntransfer-encoding: chunked\r\n" in head
    assert body == b"9\r\ndata: 1\n\n\r\na\r\ndata: 22\n\n\r\n0\r\n\r\n"


def test_chunks_with_delay_arrive_separately(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(chunks=[b"first", b"second", b"third"], chunk_delay=0.03))
    gc.collect()  # late in the suite, a full collection while the first piece is read would shorten the gaps
    arrivals: List[float] = []
    pieces: List[bytes] = []
    start = time.monotonic()
    with client.stream("GET", "/download") as response:
        assert response.headers["content-type"] == "application/octet-stream"
        for piece in response.iter_raw():
            pieces.append(piece)
            arrivals.append(time.monotonic() - start)
    assert pieces == [b"first", b"second", b"third"]
    assert arrivals[2] - arrivals[0] >= 0.055  # two gaps of 0.03 s (small tolerance for timer rounding)


def test_chunks_content_type(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(chunks=[b"{}\n", b"{}\n"], content_type="application/x-jsonl"))
    response = client.get("/results")
    assert response.content == b"{}\n{}\n"
    assert response.headers["content-type"] == "application/x-jsonl"


# --------------------------------------------------------------------------------------------- timing/failures


def test_delay(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json={}, delay=0.1))
    start = time.monotonic()
    assert client.get("/x").json() == {}
    assert 0.095 <= time.monotonic() - start < 1


def test_delay_causes_client_timeout(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json={}, delay=0.2))
    with pytest.raises(httpx.ReadTimeout):
        client.get("/x", timeout=0.05)
    assert client.get("/v1/models").status_code == 200  # the server is still serving


def test_delay_on_default_answer(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(delay=0.05), path="/v1/messages")
    start = time.monotonic()
    response = client.post("/v1/messages", json=MESSAGE_BODY)
    assert time.monotonic() - start >= 0.045
    assert response.json()["content"][0]["text"] == "Echo: hello world"


def test_drop(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(drop=True))
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/x")
    assert client.get("/v1/models").status_code == 200
    assert len(server.requests) == 2


def test_drop_after_fixed_body(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json={"key": "value"}, drop_after=5))
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/x")
    server.enqueue(Reply(json={"key": "value"}, drop_after=5))
    raw = raw_exchange(server, get_close())
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\r\ncontent-length: 15\r\n" in head
    assert b"connection: close" in head
    assert body == b'{"key'


def test_drop_after_longer_than_body_still_breaks(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(body=b"abc", drop_after=10))
    raw = raw_exchange(server, get_close())
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\r\ncontent-length: 11\r\n" in head and body == b"abc"
    server.enqueue(Reply(body=b"abc", drop_after=10))
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/x")


def test_drop_after_mid_sse(server: FakeAnthropic, client: httpx.Client) -> None:
    events = [sse_event("a", {"n": 1}), sse_event("b", {"n": 2}), sse_event("c", {"n": 3})]
    cut = len(events[0]) + 7
    server.enqueue(Reply(sse=events, drop_after=cut))
    received = b""
    with pytest.raises(httpx.RemoteProtocolError), client.stream("POST", "/v1/messages", json=MESSAGE_BODY) as response:
        assert response.status_code == 200
        for piece in response.iter_raw():
            received += piece
    assert received == b"".join(events)[:cut]


def test_drop_after_on_default_stream(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(drop_after=300))
    received = b""
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", "/v1/messages", json={**MESSAGE_BODY, "stream": True}) as response,
    ):
        for piece in response.iter_raw():
            received += piece
    assert len(received) == 300 and received.startswith(b"event: message_start\n")


def test_connection_close_header_in_reply(server: FakeAnthropic) -> None:
    server.enqueue(Reply(json={}, headers={"Connection": "close"}))
    request = b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n"  # keep-alive request; the reply forces close
    raw = raw_exchange(server, request)
    assert raw.count(b"HTTP/1.1") == 1 and b"\r\nConnection: close\r\n" in raw


# --------------------------------------------------------------------------------------------------- the queue


def test_repeat(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(status=500, repeat=2))
    assert [client.get("/v1/models").status_code for _ in range(3)] == [500, 500, 200]


def test_fifo_and_method_path_matching(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json="first"), path="/v1/messages")
    server.enqueue(Reply(json="models"), method="get", path="/v1/models?ignored=1")
    server.enqueue(Reply(json="second"), path="/v1/messages")
    server.enqueue(Reply(json="any"))
    assert client.post("/v1/models", json={}).json() == "any"  # POST does not match the GET entry
    assert client.post("/v1/messages?beta=true", json={}).json() == "first"
    assert client.get("/v1/models?limit=2").json() == "models"
    assert client.post("/v1/messages", json={}).json() == "second"
    assert client.get("/v1/models").json()["data"]  # queue empty: default responder


def test_method_only_match(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(json="deleted"), method="DELETE")
    assert client.get("/v1/models").status_code == 200
    assert client.delete("/v1/files/f1").json() == "deleted"


def test_reset(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(status=500))
    server.reset()
    assert client.get("/v1/models").status_code == 200
    assert len(server.requests) == 1
    server.reset()
    assert server.requests == []


def test_reply_validation() -> None:
    with pytest.raises(ValueError):
        Reply(json={}, body=b"")
    with pytest.raises(ValueError):
        Reply(sse=[], chunks=[])
    with pytest.raises(ValueError):
        Reply(repeat=0)
    with pytest.raises(ValueError):
        Reply(status=42)
    with pytest.raises(ValueError):
        Reply(delay=-1)
    with pytest.raises(TypeError):
        Reply(200)  # type: ignore[misc]
    with pytest.raises(TypeError):
        FakeAnthropic().enqueue({"status": 200})  # type: ignore[arg-type]


def test_reply_is_a_dataclass() -> None:
    reply = Reply(json={"a": 1}, repeat=2)
    assert reply == Reply(json={"a": 1}, repeat=2)
    assert reply.status == 200 and reply.headers == {} and reply.repeat == 2
    assert "json={'a': 1}" in repr(reply)


def test_json_null_via_body(server: FakeAnthropic, client: httpx.Client) -> None:
    server.enqueue(Reply(body="null", content_type="application/json"))
    response = client.get("/x")
    assert response.json() is None
    assert json.loads(response.content) is None

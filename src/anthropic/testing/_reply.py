"""`Reply` (one scripted response) and `sse_event()` (one rendered Server-Sent Event)."""

from __future__ import annotations

import json as _json
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence, Union

__all__ = ["Reply", "SSEItem", "dumps", "render_sse_item", "reply_has_body", "sse_event"]

SSEItem = Union[bytes, str, Mapping[str, Any]]
"""An item of `Reply.sse`: rendered event bytes, a raw text chunk, or an event dict (see `Reply`)."""


def dumps(data: object) -> bytes:
    """Compact JSON as the API writes it (no spaces, non-ASCII kept as UTF-8)."""
    return _json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sse_event(
    event: Optional[str],
    data: object,
    *,
    id: Optional[str] = None,
    retry: Optional[int] = None,
) -> bytes:
    """Render one Server-Sent Event, terminated by a blank line.

    `data` that is a `str` is sent as is (one `data:` line per line of the string); `bytes` are decoded as UTF-8;
    anything else is encoded as compact JSON. `event=None` omits the `event:` line.

    >>> sse_event("ping", {"type": "ping"})
    b'event: ping\\ndata: {"type":"ping"}\\n\\n'
    """
    if isinstance(data, bytes):
        text = data.decode("utf-8")
    elif isinstance(data, str):
        text = data
    else:
        text = dumps(data).decode("utf-8")
    lines: list[str] = []
    if event is not None:
        lines.append(f"event: {event}")
    if id is not None:
        lines.append(f"id: {id}")
    if retry is not None:
        lines.append(f"retry: {int(retry)}")
    lines.extend(f"data: {line}" for line in text.split("\n"))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


def render_sse_item(item: SSEItem) -> bytes:
    """Bytes are written verbatim, `str` is UTF-8 encoded verbatim, a mapping becomes `sse_event(item["type"], item)`."""
    if isinstance(item, bytes):
        return item
    if isinstance(item, str):
        return item.encode("utf-8")
    event = item.get("type")
    return sse_event(event if isinstance(event, str) else None, dict(item))


@dataclass(init=False)
class Reply:
    """One scripted HTTP response for `FakeAnthropic.enqueue()`. All arguments are keyword-only and optional.

    Body (give at most one of `json`, `body`, `sse`, `chunks`):

    * `json`: any JSON-serialisable value, sent compact with `content-type: application/json`
      (`None` means "not given"; send `body="null"` for a JSON null).
    * `body`: raw bytes (or text, UTF-8 encoded) with a `Content-Length`; a `memoryview` is sent without being
      copied (large downloads). Content type `content_type`, else
      `application/octet-stream` for bytes / `text/plain; charset=utf-8` for text.
    * `sse`: an event stream (`text/event-stream; charset=utf-8`). Items are `sse_event(...)` results or raw
      `str`/`bytes` chunks written verbatim (for malformed streams), or a dict `d`, shorthand for
      `sse_event(d["type"], d)`.
    * `chunks`: raw body pieces (content type `content_type`, else `application/octet-stream`).

    `sse` and `chunks` bodies use `Transfer-Encoding: chunked`: each non-empty item becomes one HTTP chunk, sent
    with its own write (TCP_NODELAY is on, so each arrives separately), `chunk_delay` seconds apart. The
    connection stays usable (keep-alive) after a complete stream.

    With no body at all: a status >= 400 gets the API's standard error body for that status (e.g. 529 →
    `overloaded_error`); otherwise the default responder answers the request and this reply only adds its
    `headers`, its status (when not 200) and its timing/failure options (`delay`, `drop`, `drop_after`). So
    `Reply(delay=0.5)` is "the normal answer, late" and `Reply(drop_after=100)` "the normal answer, cut".

    Headers: `headers` override the defaults case-insensitively (`content-type`, `request-id`).
    `Content-Length` and `Transfer-Encoding` are always computed by the server (use `drop_after` for a broken
    body); `Connection: close` in `headers` makes the server close the connection after this response.

    Timing and failures:

    * `delay`: seconds to wait before the status line (interrupted at once by `close()`).
    * `drop`: close the connection without sending anything.
    * `drop_after=N`: send the status line and headers, then exactly N body bytes (payload bytes, excluding
      chunk framing), then close the socket. For a fixed body the advertised `Content-Length` is always larger
      than N (the full length, or N + 1 if the body is not longer than N).
    * `repeat`: how many matching requests this reply serves before it is used up.
    """

    status: int
    headers: Mapping[str, str]
    json: object
    body: Optional[Union[bytes, memoryview, str]]
    content_type: Optional[str]
    sse: Optional[Sequence[SSEItem]]
    chunks: Optional[Sequence[bytes]]
    chunk_delay: float
    delay: float
    drop: bool
    drop_after: Optional[int]
    repeat: int

    def __init__(
        self,
        *,
        status: int = 200,
        headers: Optional[Mapping[str, str]] = None,
        json: object = None,
        body: Optional[Union[bytes, memoryview, str]] = None,
        content_type: Optional[str] = None,
        sse: Optional[Sequence[SSEItem]] = None,
        chunks: Optional[Sequence[bytes]] = None,
        chunk_delay: float = 0.0,
        delay: float = 0.0,
        drop: bool = False,
        drop_after: Optional[int] = None,
        repeat: int = 1,
    ) -> None:
        given = [
            name
            for name, value in (("json", json), ("body", body), ("sse", sse), ("chunks", chunks))
            if value is not None
        ]
        if len(given) > 1:
            raise ValueError(f"Reply takes at most one of json/body/sse/chunks, got {', '.join(given)}")
        if not 100 <= status <= 999:
            raise ValueError(f"invalid HTTP status {status}")
        if repeat < 1:
            raise ValueError("repeat must be >= 1")
        if delay < 0 or chunk_delay < 0:
            raise ValueError("delays must be >= 0")
        if drop_after is not None and drop_after < 0:
            raise ValueError("drop_after must be >= 0")
        self.status = status
        self.headers = dict(headers) if headers is not None else {}
        self.json = json
        self.body = body
        self.content_type = content_type
        self.sse = list(sse) if sse is not None else None
        self.chunks = list(chunks) if chunks is not None else None
        self.chunk_delay = chunk_delay
        self.delay = delay
        self.drop = drop
        self.drop_after = drop_after
        self.repeat = repeat


def reply_has_body(reply: Reply) -> bool:
    return reply.json is not None or reply.body is not None or reply.sse is not None or reply.chunks is not None

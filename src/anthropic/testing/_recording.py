"""Record and replay: the exchange files of `FakeAnthropic(record_to=..., upstream=...)` and
`FakeAnthropic(replay_from=...)`.

One exchange per file, named `NNNN-METHOD-path.json` (`0001-POST-v1-messages.json`), numbered in the order the
requests arrived (a directory that already holds recordings is continued, never overwritten):

```json
{
  "request": {
    "method": "POST",
    "path": "/v1/messages",
    "query": {"beta": "true"},
    "headers": {"anthropic-version": "2023-06-01", "x-api-key": "REDACTED"},
    "json": {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [...]}
  },
  "response": {
    "status": 200,
    "headers": {"content-type": "text/event-stream; charset=utf-8", "request-id": "req_..."},
    "sse": [{"event": "message_start", "data": {...}, "t": 0.004}, ...]
  }
}
```

* A body is stored under one key: `json` (decoded, pretty-printed), `multipart` (its parts), `text` or `base64`;
  a response stream of server-sent events under `sse`, one `{event, data, t}` per event (`data` decoded when it
  is a JSON object or array; `t`: seconds since the response headers arrived; `id` / `retry` when sent). A stream
  cut by the upstream has `"truncated": true`; a chunked body of another type has `"streamed": true`.
* Request headers kept: `content-type`, `accept`, `anthropic-*`, `x-fake-*`. Credentials are never written:
  headers named `x-api-key`, `authorization`, `api-key`, `cookie` / `set-cookie`, `x-amz-*`, `...key`, or with a
  word such as `token`, `secret`, `auth`, `signature`, `credential` or `session` in their name (`is_sensitive`),
  are kept with the value `REDACTED` (in requests and responses), so are query
  parameters named like a key or token, and every credential value the request carried (and each value of
  `upstream_headers`) is replaced by `REDACTED` wherever else it appears in the exchange.
* Replay matches a request to a recording by method, path, query (order independent; a `REDACTED` value matches
  anything) and body (JSON compared as data, so key order does not matter; multipart by parts, ignoring the
  boundary). Each recording answers once; of several that match, the first unused one (in file order) answers.
"""

from __future__ import annotations

import base64
import difflib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Union

from ._jsonutil import as_list, as_object
from ._recorded import RecordedRequest, parse_multipart
from ._reply import sse_event

__all__ = [
    "REDACTED",
    "Recording",
    "Redactor",
    "SSECollector",
    "UnmatchedRequest",
    "encode_body",
    "load_recordings",
    "next_number",
    "recording_name",
    "render_sse",
    "request_record",
    "response_record",
    "write_recording",
]

REDACTED = "REDACTED"

_SENSITIVE_NAMES = frozenset({"x-api-key", "authorization", "api-key", "proxy-authorization", "cookie", "set-cookie"})
_SENSITIVE_WORDS = frozenset(
    {
        "token",
        "secret",
        "auth",
        "authorization",
        "signature",
        "sig",
        "credential",
        "credentials",
        "session",
        "password",
        "apikey",
        "cookie",
    }
)
_COUNTERS = frozenset({"count", "limit", "remaining", "reset", "tokens"})
_SENSITIVE_QUERY = frozenset({"key", "api-key", "apikey", "token", "access-token", "sig", "signature", "code"})
_KEPT_REQUEST_HEADERS = frozenset({"content-type", "accept"})
_NOT_RECORDED = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "content-length",
        "content-encoding",
        "te",
        "trailer",
        "upgrade",
    }
)
_MIN_SECRET = 6
_NOT_SECRET = frozenset({"AWS4-HMAC-SHA256", "aws4_request"})


def is_sensitive(name: str) -> bool:
    """Whether a header (or query parameter) of this name carries a credential: `x-api-key`, `authorization`,
    `api-key`, cookies, `x-amz-*`, a name ending in `key`, or one with a word such as `token`, `secret`, `auth`,
    `signature`, `credential`, `session` (but not a counter such as `x-amzn-bedrock-input-token-count`)."""
    lowered = name.lower().replace("_", "-")
    if lowered in _SENSITIVE_NAMES or lowered.startswith("x-amz-") or lowered.endswith("key"):
        return True
    words = lowered.split("-")
    if words[-1] in _COUNTERS:
        return False
    return any(word in _SENSITIVE_WORDS for word in words)


def _sensitive_query(name: str) -> bool:
    lowered = name.lower().replace("_", "-")
    return lowered in _SENSITIVE_QUERY or is_sensitive(lowered)


class Redactor:
    """Replaces credential values (collected from request headers) wherever they appear in a record."""

    def __init__(self, extra_secrets: Sequence[str] = ()) -> None:
        self.secrets: Set[str] = set()
        for value in extra_secrets:
            self.add(value)

    def add(self, value: str) -> None:
        value = value.strip()
        if len(value) >= _MIN_SECRET:
            self.secrets.add(value)
        for part in re.split(r"[\s,=/;]+", value):  # "Bearer tok", SigV4 "Credential=AKID/..., Signature=..."
            if len(part) >= 12 and part not in _NOT_SECRET and any(c.isdigit() for c in part):
                self.secrets.add(part)

    def collect(self, header_lines: Sequence[Tuple[str, str]], query: Sequence[Tuple[str, str]]) -> None:
        for name, value in header_lines:
            if is_sensitive(name):
                self.add(value)
        for name, value in query:
            if _sensitive_query(name):
                self.add(value)

    def scrub(self, value: Any) -> Any:
        """`value` (decoded JSON) with every secret replaced by `REDACTED`, longest secrets first."""
        if not self.secrets:
            return value
        secrets = sorted(self.secrets, key=len, reverse=True)
        return _scrub(value, secrets)


def _scrub(value: Any, secrets: List[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value
    obj = as_object(value)
    if obj is not None:
        return {key: _scrub(item, secrets) for key, item in obj.items()}
    items = as_list(value)
    if items is not None:
        return [_scrub(item, secrets) for item in items]
    return value


# ----------------------------------------------------------------------------------------------- bodies


def _content_type(header_lines: Sequence[Tuple[str, str]]) -> str:
    for name, value in header_lines:
        if name.lower() == "content-type":
            return value
    return ""


def encode_body(body: bytes, content_type: str) -> Dict[str, Any]:
    """A body as stored in a recording: `{}` when empty, else one of `json`, `multipart`, `text`, `base64`."""
    if not body:
        return {}
    lowered = content_type.lower()
    if "json" in lowered or body[:1] in (b"{", b"[") or not lowered:
        try:
            return {"json": json.loads(body)}
        except (ValueError, UnicodeDecodeError):
            pass
    if lowered.startswith("multipart/form-data"):
        match = re.search(r'boundary="?([^";]+)"?', content_type)
        if match is not None:
            try:
                parts = parse_multipart(body, match.group(1))
            except ValueError:
                parts = None
            if parts is not None:
                encoded: List[Dict[str, Any]] = []
                for part in parts:
                    item: Dict[str, Any] = {"name": part.name}
                    if part.filename is not None:
                        item["filename"] = part.filename
                    if part.content_type is not None:
                        item["content_type"] = part.content_type
                    item.update(_text_or_base64(part.data))
                    encoded.append(item)
                return {"multipart": encoded}
    return _text_or_base64(body)


def _text_or_base64(data: bytes) -> Dict[str, Any]:
    try:
        return {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


def decode_body(record: Mapping[str, Any]) -> Optional[bytes]:
    """The bytes of a stored (non-SSE) response body, None if the record has none."""
    if "json" in record:
        return json.dumps(record["json"], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if "text" in record:
        return str(record["text"]).encode("utf-8")
    if "base64" in record:
        return base64.b64decode(str(record["base64"]))
    return None


_BODY_KEYS = ("json", "multipart", "text", "base64")


def _body_of(record: Mapping[str, Any]) -> Dict[str, Any]:
    return {key: record[key] for key in _BODY_KEYS if key in record}


# ----------------------------------------------------------------------------------------------- records


def _query_record(pairs: Sequence[Tuple[str, str]]) -> Dict[str, Any]:
    """Query parameters as `{name: value}` (a list of values for a repeated name), credentials redacted."""
    query: Dict[str, Any] = {}
    for name, value in pairs:
        value = REDACTED if _sensitive_query(name) else value
        if name in query:
            previous = query[name]
            query[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            query[name] = value
    return query


def request_record(request: RecordedRequest) -> Dict[str, Any]:
    """The `request` half of an exchange (before scrubbing)."""
    headers: Dict[str, str] = {}
    for name, value in request.header_lines:
        lowered = name.lower()
        if is_sensitive(lowered):
            headers[lowered] = REDACTED
        elif lowered in _KEPT_REQUEST_HEADERS or lowered.startswith(("anthropic-", "x-fake-")):
            headers[lowered] = value if lowered not in headers else f"{headers[lowered]}, {value}"
    record: Dict[str, Any] = {"method": request.method, "path": request.path}
    if request.query_list:
        record["query"] = _query_record(request.query_list)
    record["headers"] = headers
    record.update(encode_body(request.body, _content_type(request.header_lines)))
    return record


def response_headers_record(header_lines: Sequence[Tuple[str, str]]) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    for name, value in header_lines:
        lowered = name.lower()
        if lowered in _NOT_RECORDED:
            continue
        value = REDACTED if is_sensitive(lowered) else value
        headers[lowered] = value if lowered not in headers else f"{headers[lowered]}, {value}"
    return headers


def response_record(
    status: int,
    header_lines: Sequence[Tuple[str, str]],
    body: bytes,
    *,
    events: Optional[List[Dict[str, Any]]] = None,
    streamed: bool = False,
    truncated: bool = False,
) -> Dict[str, Any]:
    """The `response` half of an exchange (before scrubbing)."""
    record: Dict[str, Any] = {"status": status, "headers": response_headers_record(header_lines)}
    if events is not None:
        record["sse"] = events
    else:
        record.update(encode_body(body, _content_type(header_lines)))
        if streamed:
            record["streamed"] = True
    if truncated:
        record["truncated"] = True
    return record


def recording_name(number: int, method: str, path: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._]+", "-", path).strip("-.")[:80].strip("-.") or "root"
    return f"{number:04d}-{method.upper()}-{slug}.json"


_NUMBERED = re.compile(r"(\d+)-")


def next_number(directory: Path) -> int:
    """1 for an empty (or missing) directory, else one more than the highest recording number in it."""
    highest = 0
    if directory.is_dir():
        for entry in directory.iterdir():
            match = _NUMBERED.match(entry.name)
            if match is not None and entry.suffix == ".json":
                highest = max(highest, int(match.group(1)))
    return highest + 1


def write_recording(path: Path, exchange: Mapping[str, Any]) -> None:
    """Write atomically (a reader never sees half a file)."""
    text = json.dumps(exchange, indent=2, ensure_ascii=False) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


# ----------------------------------------------------------------------------------------------- SSE


class SSECollector:
    """Splits a server-sent event stream, fed in pieces as they arrive, into `{event, data, t}` records."""

    def __init__(self) -> None:
        self.events: List[Dict[str, Any]] = []
        self._buffer = ""
        self._pending = b""

    def feed(self, data: bytes, t: float) -> None:
        data = self._pending + data
        try:
            text = data.decode("utf-8")
            self._pending = b""
        except UnicodeDecodeError as exc:  # a multi-byte character split between two pieces
            text, self._pending = data[: exc.start].decode("utf-8", "replace"), data[exc.start :]
        self._buffer = (self._buffer + text).replace("\r\n", "\n")
        while True:
            end = self._buffer.find("\n\n")
            if end < 0:
                break
            block, self._buffer = self._buffer[:end], self._buffer[end + 2 :]
            self._add(block, t)

    def finish(self, t: float) -> None:
        rest = self._buffer + self._pending.decode("utf-8", "replace")
        self._buffer, self._pending = "", b""
        if rest.strip():
            self.events.append({"raw": rest, "t": round(t, 4)})

    def _add(self, block: str, t: float) -> None:
        event: Optional[str] = None
        data: List[str] = []
        extra: Dict[str, Any] = {}
        for line in block.split("\n"):
            if not line or line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "event":
                event = value
            elif name == "data":
                data.append(value)
            elif name == "id":
                extra["id"] = value
            elif name == "retry" and value.isdigit():
                extra["retry"] = int(value)
        if event is None and not data and not extra:
            return
        record: Dict[str, Any] = {}
        if event is not None:
            record["event"] = event
        text = "\n".join(data)
        decoded: Any = text
        if text[:1] in ("{", "["):
            try:
                decoded = json.loads(text)
            except ValueError:
                pass
        record["data"] = decoded
        record.update(extra)
        record["t"] = round(t, 4)
        self.events.append(record)


def render_sse(events: Sequence[Mapping[str, Any]]) -> List[bytes]:
    """The recorded events rendered back to the wire, one item per event."""
    items: List[bytes] = []
    for event in events:
        if "raw" in event:
            items.append(str(event["raw"]).encode("utf-8"))
            continue
        name = event.get("event")
        retry = event.get("retry")
        items.append(
            sse_event(
                name if isinstance(name, str) else None,
                event.get("data", ""),
                id=str(event["id"]) if "id" in event else None,
                retry=retry if isinstance(retry, int) else None,
            )
        )
    return items


# ----------------------------------------------------------------------------------------------- replay


@dataclass
class Recording:
    """One exchange file loaded for replay."""

    name: str
    request: Dict[str, Any]
    response: Dict[str, Any]
    used: bool = False
    canonical: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.canonical = canonical_text(self.request)

    def matches(self, live: Mapping[str, Any]) -> bool:
        request = self.request
        return (
            str(request.get("method", "")).upper() == live["method"]
            and request.get("path") == live["path"]
            and _query_matches(as_object(request.get("query")) or {}, as_object(live.get("query")) or {})
            and _body_of(request) == _body_of(live)
        )


def _query_matches(recorded: Mapping[str, Any], live: Mapping[str, Any]) -> bool:
    if set(recorded) != set(live):
        return False
    for name, value in recorded.items():
        other = live[name]
        if value == REDACTED or other == REDACTED:
            continue
        values, others = as_list(value), as_list(other)
        if values is not None and others is not None:
            if sorted(map(str, values)) != sorted(map(str, others)):
                return False
        elif value != other:
            return False
    return True


def canonical_text(request: Mapping[str, Any]) -> str:
    """What replay compares, as text for a diff: method, path, query, then the body with its keys sorted."""
    shown: Dict[str, Any] = {"method": str(request.get("method", "")).upper(), "path": request.get("path")}
    if request.get("query"):
        shown["query"] = _sorted_keys(request["query"])
    shown.update(_sorted_keys(_body_of(request)))
    return json.dumps(shown, indent=2, ensure_ascii=False) + "\n"


def _sorted_keys(value: Any) -> Any:
    obj = as_object(value)
    if obj is not None:
        return {key: _sorted_keys(obj[key]) for key in sorted(obj)}
    items = as_list(value)
    if items is not None:
        return [_sorted_keys(item) for item in items]
    return value


def load_recordings(directory: Union[str, os.PathLike[str]]) -> List[Recording]:
    """Every `*.json` exchange of `directory`, in file-name order (ValueError naming a malformed file)."""
    path = Path(directory)
    if not path.is_dir():
        raise ValueError(f"replay_from={str(directory)!r} is not a directory")
    recordings: List[Recording] = []
    for file in sorted(path.glob("*.json")):
        try:
            exchange = as_object(json.loads(file.read_text(encoding="utf-8")))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{file}: not a JSON recording ({exc})")
        request = as_object(exchange.get("request")) if exchange is not None else None
        response = as_object(exchange.get("response")) if exchange is not None else None
        if request is None or response is None or not isinstance(response.get("status"), int):
            raise ValueError(f"{file}: a recording needs a 'request' object and a 'response' with an int 'status'")
        if not isinstance(request.get("method"), str) or not isinstance(request.get("path"), str):
            raise ValueError(f"{file}: the request needs a 'method' and a 'path'")
        recordings.append(Recording(file.name, request, response))
    return recordings


@dataclass(frozen=True)
class UnmatchedRequest:
    """A request replay had no recording for: the request, the closest recording's file name, and the diff."""

    request: RecordedRequest
    closest: Optional[str]
    diff: str
    message: str

    def __str__(self) -> str:
        return self.message


def explain_unmatched(
    request: RecordedRequest, live: Mapping[str, Any], recordings: Sequence[Recording], directory: str
) -> UnmatchedRequest:
    """Find the closest recording (same method and path first, then the most similar text) and diff it."""
    title = f"{request.method} {request.raw_path}"
    live_text = canonical_text(live)
    if not recordings:
        message = f"FakeAnthropic replay: no recording matches {title} (no recordings in {directory})"
        return UnmatchedRequest(request, None, "", message)
    live_lines = live_text.splitlines(keepends=True)

    def score(recording: Recording) -> Tuple[bool, bool, float, bool]:
        same_method = str(recording.request.get("method", "")).upper() == request.method
        same_path = recording.request.get("path") == request.path
        ratio = difflib.SequenceMatcher(None, recording.canonical.splitlines(keepends=True), live_lines).ratio()
        return (same_method and same_path, same_path, ratio, not recording.used)

    closest = max(recordings, key=score)
    diff = "".join(
        difflib.unified_diff(
            closest.canonical.splitlines(keepends=True),
            live_lines,
            fromfile=f"recording {closest.name}",
            tofile=f"request {title}",
        )
    )
    if not diff and closest.used:
        same = sum(1 for recording in recordings if recording.matches(live))
        message = (
            f"FakeAnthropic replay: no recording matches {title}: the {same} recording(s) of this request in "
            f"{directory} (the first is {closest.name}) were already used"
        )
    else:
        used = " (already used)" if closest.used else ""
        message = (
            f"FakeAnthropic replay: no recording matches {title} (in {directory}); "
            f"closest is {closest.name}{used}:\n{diff}"
        )
    return UnmatchedRequest(request, closest.name, diff, message.rstrip("\n"))

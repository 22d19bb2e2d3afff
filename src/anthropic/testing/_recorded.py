"""`RecordedRequest`: what the fake server saw, for assertions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import parse_qsl

__all__ = ["MultipartPart", "RecordedHeaders", "RecordedRequest"]


class RecordedHeaders(Mapping[str, str]):
    """Read-only, case-insensitive view of request headers.

    `headers[name]` joins repeated headers with `", "`; `get_list(name)` returns every value. Iteration yields
    lower-cased names in first-seen order.
    """

    __slots__ = ("_values",)

    def __init__(self, lines: Sequence[Tuple[str, str]]) -> None:
        values: Dict[str, List[str]] = {}
        for name, value in lines:
            values.setdefault(name.lower(), []).append(value)
        self._values = values

    def __getitem__(self, key: str) -> str:
        return ", ".join(self._values[key.lower()])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def get_list(self, key: str) -> List[str]:
        """Every value sent for `key` (any case), in order; `[]` if absent."""
        return list(self._values.get(key.lower(), ()))

    def __repr__(self) -> str:
        return f"RecordedHeaders({dict(self.items())!r})"


@dataclass(frozen=True)
class MultipartPart:
    """One part of a `multipart/form-data` body."""

    name: Optional[str]
    filename: Optional[str]
    content_type: Optional[str]
    data: bytes
    headers: RecordedHeaders = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received by `FakeAnthropic` (in arrival order in `server.requests`).

    * `method`: upper-case verb; `path`: target without the query string; `raw_path`: target as sent.
    * `query`: decoded query parameters (last value wins); `query_list`: every `(name, value)` pair in order.
    * `headers`: case-insensitive mapping; `header_lines`: the raw `(name, value)` lines in order, original case.
    * `body`: the request body (de-chunked). `json()` decodes it; `multipart()` splits a form-data body.
    * `platform` / `platform_model`: the cloud platform the path addresses and the model id in that path.
    """

    method: str
    raw_path: str
    header_lines: List[Tuple[str, str]]
    body: bytes
    http_version: str = "HTTP/1.1"
    path: str = field(init=False)
    query_list: List[Tuple[str, str]] = field(init=False)
    query: Dict[str, str] = field(init=False)
    headers: RecordedHeaders = field(init=False, repr=False)

    def __post_init__(self) -> None:
        path, _, query_string = self.raw_path.partition("?")
        pairs = parse_qsl(query_string, keep_blank_values=True)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "query_list", pairs)
        object.__setattr__(self, "query", dict(pairs))
        object.__setattr__(self, "headers", RecordedHeaders(self.header_lines))

    def json(self) -> Any:
        """The body decoded as JSON (raises `json.JSONDecodeError` / `UnicodeDecodeError` if it is not)."""
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def platform(self) -> Optional[str]:
        """`"bedrock"`, `"vertex"` or `"foundry"` for a request to a cloud platform's front door, else None."""
        from ._platforms import match_target

        target = match_target(self)
        return None if target is None else target.platform

    @property
    def platform_model(self) -> Optional[str]:
        """The model id a Bedrock or Vertex request names in its path, percent-decoded (None otherwise, and for
        Vertex `count-tokens`, whose model is in the body)."""
        from ._platforms import match_target

        target = match_target(self)
        return None if target is None else target.model

    def multipart(self) -> List[MultipartPart]:
        """Parse a `multipart/form-data` body into its parts (`ValueError` if the body is not multipart)."""
        boundary = _boundary(self.headers.get("content-type", ""))
        if boundary is None:
            raise ValueError("request is not multipart/form-data (no boundary in content-type)")
        return parse_multipart(self.body, boundary)


def _boundary(content_type: str) -> Optional[str]:
    msg = Message()
    msg["content-type"] = content_type
    if msg.get_content_maintype() != "multipart":
        return None
    boundary = msg.get_param("boundary")
    return boundary if isinstance(boundary, str) and boundary else None


def parse_multipart(body: bytes, boundary: str) -> List[MultipartPart]:
    """Split a multipart body exactly (binary-safe: part data is kept byte for byte)."""
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    pieces = (b"\r\n" + body).split(delimiter)
    parts: List[MultipartPart] = []
    for piece in pieces[1:]:  # pieces[0] is the preamble
        if piece.startswith(b"--"):  # close delimiter
            break
        line_end = piece.find(b"\r\n")
        if line_end < 0:
            raise ValueError("malformed multipart body: delimiter line without CRLF")
        head_end = piece.find(b"\r\n\r\n", line_end)
        if head_end == line_end:  # no headers at all
            raw_headers, data = b"", piece[line_end + 4 :]
        elif head_end < 0:
            raise ValueError("malformed multipart body: part headers not terminated")
        else:
            raw_headers, data = piece[line_end + 2 : head_end], piece[head_end + 4 :]
        lines: List[Tuple[str, str]] = []
        for raw_line in raw_headers.split(b"\r\n"):
            if not raw_line:
                continue
            name, sep, value = raw_line.decode("utf-8", "surrogateescape").partition(":")
            if not sep:
                raise ValueError(f"malformed multipart header line {raw_line!r}")
            lines.append((name.strip(), value.strip()))
        headers = RecordedHeaders(lines)
        disposition = Message()
        disposition["content-disposition"] = headers.get("content-disposition", "")
        name = disposition.get_param("name", header="content-disposition")
        filename = disposition.get_filename()
        parts.append(
            MultipartPart(
                name=None if name is None else collapse_rfc2231_value(name),
                filename=filename,
                content_type=headers.get("content-type"),
                data=data,
                headers=headers,
            )
        )
    return parts

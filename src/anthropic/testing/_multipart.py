"""`multipart/form-data` request bodies, parsed for the upload endpoints without copying file data.

Each part's data is a `memoryview` into the request body, so a 50 MB upload is held once (in the body).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import List, Optional, Tuple

from ._errors import ApiError
from ._recorded import RecordedHeaders, RecordedRequest

__all__ = ["FormPart", "parse_form"]


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: Optional[str]
    content_type: Optional[str]
    data: memoryview

    @property
    def text(self) -> str:
        return bytes(self.data).decode("utf-8")


def _boundary(content_type: str) -> Optional[str]:
    msg = Message()
    msg["content-type"] = content_type
    if msg.get_content_type() != "multipart/form-data":
        return None
    boundary = msg.get_param("boundary")
    return boundary if isinstance(boundary, str) and boundary else None


def _part_head(raw: bytes) -> FormPart:
    lines: List[Tuple[str, str]] = []
    for raw_line in raw.split(b"\r\n"):
        name, sep, value = raw_line.decode("utf-8", "surrogateescape").partition(":")
        if not sep:
            raise ApiError.invalid("Malformed multipart body: a part header line has no ':'")
        lines.append((name.strip(), value.strip()))
    headers = RecordedHeaders(lines)
    disposition = Message()
    disposition["content-disposition"] = headers.get("content-disposition", "")
    if disposition.get_content_disposition() != "form-data":
        raise ApiError.invalid("Malformed multipart body: every part needs `Content-Disposition: form-data`")
    name = disposition.get_param("name", header="content-disposition")
    if name is None:
        raise ApiError.invalid("Malformed multipart body: a part has no name")
    return FormPart(
        name=collapse_rfc2231_value(name),
        filename=disposition.get_filename(),
        content_type=headers.get("content-type"),
        data=memoryview(b""),
    )


def parse_form(request: RecordedRequest) -> List[FormPart]:
    """The parts of a multipart request, or a 400 `invalid_request_error` as the API sends it."""
    boundary = _boundary(request.headers.get("content-type", ""))
    if boundary is None:
        raise ApiError.invalid("Expected a multipart/form-data request body (Content-Type with a boundary)")
    body = request.body
    view = memoryview(body)
    delimiter = b"--" + boundary.encode("latin-1")
    separator = b"\r\n" + delimiter
    if body.startswith(delimiter):
        pos = len(delimiter)
    else:  # a preamble is allowed before the first delimiter
        found = body.find(separator)
        if found < 0:
            raise ApiError.invalid("Malformed multipart body: no boundary delimiter")
        pos = found + len(separator)
    parts: List[FormPart] = []
    while True:
        if body.startswith(b"--", pos):  # the close delimiter
            return parts
        if not body.startswith(b"\r\n", pos):
            raise ApiError.invalid("Malformed multipart body: a delimiter is not followed by CRLF")
        head_start = pos + 2
        head_end = body.find(b"\r\n\r\n", head_start)
        if head_end <= head_start:
            raise ApiError.invalid("Malformed multipart body: a part without headers")
        data_start = head_end + 4
        data_end = body.find(separator, data_start)
        if data_end < 0:
            raise ApiError.invalid("Malformed multipart body: no closing boundary")
        head = _part_head(body[head_start:head_end])
        parts.append(FormPart(head.name, head.filename, head.content_type, view[data_start:data_end]))
        pos = data_end + len(separator)

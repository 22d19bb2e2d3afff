"""`/v1/files` of the default responder (in-memory; the `files-api-2025-04-14` beta header is required).

An upload is a multipart body with one file part named `file`; the file's bytes are kept as a view into the
request body (no copy) and downloads stream them back from there.
"""

from __future__ import annotations

import mimetypes
import re
from typing import Any, Dict
from urllib.parse import unquote

from ._errors import ApiError
from ._model_list import paginate
from ._multipart import parse_form
from ._reply import Reply
from ._responder import RequestContext
from ._store import StoredFile, iso_now

__all__ = ["FILES_BETA", "delete", "download", "list_files", "require_beta", "retrieve", "upload"]

FILES_BETA = "files-api-2025-04-14"


def require_beta(ctx: RequestContext, beta: str, api: str) -> None:
    """A 400 unless the request's `anthropic-beta` header names `beta` (the beta APIs require it)."""
    values = {value.strip() for value in ctx.request.headers.get("anthropic-beta", "").split(",")}
    if beta not in values:
        raise ApiError.invalid(f"The {api} API is in beta: send the `anthropic-beta: {beta}` header to use it")


def _find(ctx: RequestContext, match: re.Match[str]) -> StoredFile:
    file_id = unquote(match.group("file_id"))
    found = ctx.store.files.get(file_id)
    if found is None:
        raise ApiError.not_found(f"File not found: {file_id}")
    return found


def upload(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, FILES_BETA, "Files")
    parts = [part for part in parse_form(ctx.request) if part.name == "file"]
    if not parts:
        raise ApiError.invalid("file: Field required (a multipart part named `file`)")
    if len(parts) > 1:
        raise ApiError.invalid("file: exactly one file may be uploaded per request")
    part = parts[0]
    if part.filename is None:
        raise ApiError.invalid("file: the `file` part must be a file (it has no filename)")
    if not part.data.nbytes:
        raise ApiError.invalid("file: the uploaded file is empty")
    mime_type = (part.content_type or "").split(";", 1)[0].strip()
    if not mime_type or mime_type == "application/octet-stream":
        mime_type = mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    data: Dict[str, Any] = {
        "id": ctx.ids.next("file"),
        "type": "file",
        "filename": part.filename,
        "mime_type": mime_type,
        "size_bytes": part.data.nbytes,
        "created_at": iso_now(),
        "downloadable": True,
    }
    with ctx.store.lock:
        ctx.store.files[data["id"]] = StoredFile(data=data, content=part.data)
    return Reply(json=dict(data))


def list_files(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, FILES_BETA, "Files")
    with ctx.store.lock:
        files = [dict(stored.data) for stored in reversed(ctx.store.files.values())]  # most recent first
    return Reply(json=paginate(files, ctx.request.query))


def retrieve(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, FILES_BETA, "Files")
    with ctx.store.lock:
        return Reply(json=dict(_find(ctx, match).data))


def download(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, FILES_BETA, "Files")
    with ctx.store.lock:
        stored = _find(ctx, match)
    return Reply(body=stored.content, content_type=stored.data["mime_type"])


def delete(ctx: RequestContext, match: re.Match[str]) -> Reply:
    require_beta(ctx, FILES_BETA, "Files")
    with ctx.store.lock:
        stored = _find(ctx, match)
        del ctx.store.files[stored.data["id"]]
    return Reply(json={"id": stored.data["id"], "type": "file_deleted"})

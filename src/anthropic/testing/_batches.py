"""`/v1/messages/batches` of the default responder (in-memory, also under `?beta=true`).

Lifecycle, deterministic: a created batch is `in_progress`; the next request that reads it (retrieve, list,
cancel, results) finds it `ended`, its requests answered by the echo model of `/v1/messages`. A batch canceled
while `in_progress` is `canceling`, then ends with every request `canceled`. Results are a JSON Lines file
served at the batch's absolute `results_url` on this server, rendered once when the batch ends.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Set
from urllib.parse import unquote

from ._errors import ApiError, error_body
from ._jsonutil import as_list, as_object
from ._messages import build_message, parse_create
from ._model_list import paginate
from ._reply import Reply, dumps
from ._responder import RequestContext
from ._store import Batch, iso_now

__all__ = ["cancel", "create", "delete", "list_batches", "results", "retrieve"]

_CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
_EXPIRY_SECONDS = 24 * 3600


def _validate_requests(body: Dict[str, Any]) -> List[Dict[str, Any]]:
    if "requests" not in body:
        raise ApiError.invalid("requests: Field required")
    raw = as_list(body["requests"])
    if raw is None:
        raise ApiError.invalid("requests: Input should be a valid list")
    if not raw:
        raise ApiError.invalid("requests: List should have at least 1 item")
    seen: Set[str] = set()
    requests: List[Dict[str, Any]] = []
    for index, item in enumerate(raw):
        request = as_object(item)
        if request is None:
            raise ApiError.invalid(f"requests.{index}: Input should be a valid dictionary")
        custom_id = request.get("custom_id")
        if not isinstance(custom_id, str) or not _CUSTOM_ID.fullmatch(custom_id):
            raise ApiError.invalid(
                f"requests.{index}.custom_id: must be 1 to 64 letters, digits, hyphens or underscores"
            )
        if custom_id in seen:
            raise ApiError.invalid(f"requests.{index}.custom_id: duplicate custom_id {custom_id!r}")
        seen.add(custom_id)
        if as_object(request.get("params")) is None:
            raise ApiError.invalid(f"requests.{index}.params: Field required (an object)")
        requests.append(request)
    return requests


def _counts(processing: int = 0, succeeded: int = 0, errored: int = 0, canceled: int = 0) -> Dict[str, int]:
    return {"processing": processing, "succeeded": succeeded, "errored": errored, "canceled": canceled, "expired": 0}


def _answer(ctx: RequestContext, params: Dict[str, Any]) -> Dict[str, Any]:
    """One request's result: `succeeded` with the echo model's message, or `errored`."""
    try:
        parsed = parse_create(params)
        if parsed.stream:
            raise ApiError.invalid("stream: streaming is not supported in message batches")
        return {"type": "succeeded", "message": build_message(parsed, ctx)}
    except ApiError as exc:
        error = error_body(exc.error_type, exc.message, ctx.ids.next("req"))
        return {"type": "errored", "error": error}


def _advance(ctx: RequestContext, batch: Batch) -> None:
    """End a batch that is still running (caller holds the store lock)."""
    data = batch.data
    status = data["processing_status"]
    if status == "ended":
        return
    lines: List[bytes] = []
    succeeded = errored = canceled = 0
    for request in batch.requests:
        if status == "canceling":
            result: Dict[str, Any] = {"type": "canceled"}
            canceled += 1
        else:
            result = _answer(ctx, request["params"])
            if result["type"] == "succeeded":
                succeeded += 1
            else:
                errored += 1
        lines.append(dumps({"custom_id": request["custom_id"], "result": result}))
    batch.results = b"\n".join(lines) + b"\n"
    host = ctx.request.headers.get("host", "127.0.0.1")
    data.update(
        processing_status="ended",
        ended_at=iso_now(),
        request_counts=_counts(succeeded=succeeded, errored=errored, canceled=canceled),
        results_url=f"http://{host}/v1/messages/batches/{data['id']}/results",
    )


def _find(ctx: RequestContext, match: re.Match[str]) -> Batch:
    batch_id = unquote(match.group("batch_id"))
    batch = ctx.store.batches.get(batch_id)
    if batch is None:
        raise ApiError.not_found(f"message_batch: {batch_id}")
    return batch


def create(ctx: RequestContext, match: re.Match[str]) -> Reply:
    requests = _validate_requests(ctx.json_body())
    batch_id = ctx.ids.next("msgbatch")
    data: Dict[str, Any] = {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "in_progress",
        "request_counts": _counts(processing=len(requests)),
        "created_at": iso_now(),
        "expires_at": iso_now(_EXPIRY_SECONDS),
        "ended_at": None,
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": None,
    }
    with ctx.store.lock:
        ctx.store.batches[batch_id] = Batch(data=data, requests=requests)
        return Reply(json=dict(data))


def retrieve(ctx: RequestContext, match: re.Match[str]) -> Reply:
    with ctx.store.lock:
        batch = _find(ctx, match)
        _advance(ctx, batch)
        return Reply(json=dict(batch.data))


def list_batches(ctx: RequestContext, match: re.Match[str]) -> Reply:
    with ctx.store.lock:
        batches = list(reversed(ctx.store.batches.values()))  # most recent first
        for batch in batches:
            _advance(ctx, batch)
        return Reply(json=paginate([dict(batch.data) for batch in batches], ctx.request.query))


def cancel(ctx: RequestContext, match: re.Match[str]) -> Reply:
    with ctx.store.lock:
        batch = _find(ctx, match)
        data = batch.data
        if data["processing_status"] == "in_progress":
            counts = _counts(processing=len(batch.requests))
            data.update(processing_status="canceling", cancel_initiated_at=iso_now(), request_counts=counts)
        return Reply(json=dict(data))


def delete(ctx: RequestContext, match: re.Match[str]) -> Reply:
    with ctx.store.lock:
        batch = _find(ctx, match)
        if batch.data["processing_status"] != "ended":
            raise ApiError.invalid(
                f"Batch {batch.data['id']} is still processing: only an ended batch can be deleted (cancel it first)"
            )
        del ctx.store.batches[batch.data["id"]]
        return Reply(json={"id": batch.data["id"], "type": "message_batch_deleted"})


def results(ctx: RequestContext, match: re.Match[str]) -> Reply:
    with ctx.store.lock:
        batch = _find(ctx, match)
        if batch.results is None:
            raise ApiError.invalid(f"Batch {batch.data['id']} has no results yet: it is still processing")
        return Reply(body=batch.results, content_type="application/binary")

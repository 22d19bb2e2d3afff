"""`anthropic models ...`, `anthropic batches ...` and `anthropic files ...`."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Dict, Iterable, Iterator, Optional, Sequence, Tuple, TypeVar

from ._context import CLIError, Context
from ._jsonl import BadInput, parse_requests
from ._output import write_chunks
from ._ui import COUNT_NAMES, format_counts

if TYPE_CHECKING:
    from .._models import BaseModel
    from ..types.messages.message_batch import MessageBatch

__all__ = [
    "batches_cancel",
    "batches_create",
    "batches_get",
    "batches_list",
    "batches_results",
    "batches_watch",
    "files_delete",
    "files_download",
    "files_list",
    "files_upload",
    "models_get",
    "models_list",
]

_M = TypeVar("_M", bound="BaseModel")

MAX_PAGE = 1000  # the API's largest page
_sleep = time.sleep  # (tests replace it)


def _when(value: Optional[datetime]) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else "-"


def _limit(ctx: Context) -> Optional[int]:
    """`--limit`: None for no limit (also `--limit 0`)."""
    limit: Optional[int] = ctx.args.limit
    if limit is not None and limit < 0:
        raise CLIError("--limit must be 0 or more (0: no limit)")
    return limit or None


def _take(items: Iterable[_M], limit: Optional[int]) -> Iterator[_M]:
    for count, item in enumerate(items, start=1):
        yield item
        if limit and count >= limit:
            return  # before the next item, which might cost another page


def _page_size(limit: Optional[int]) -> int:
    return min(limit, MAX_PAGE) if limit else MAX_PAGE


def _show_list(ctx: Context, items: Iterable[_M], headers: Sequence[str], row: Callable[[_M], Sequence[str]]) -> int:
    if ctx.args.json:
        for item in items:
            ctx.ui.line(item.to_json(indent=None))
        return 0
    ctx.ui.table(headers, [row(item) for item in items])
    return 0


# ------------------------------------------------------------------------------------------------------ models


def models_list(ctx: Context) -> int:
    limit = _limit(ctx)
    page = ctx.client().models.list(limit=_page_size(limit))
    return _show_list(
        ctx,
        _take(page, limit),
        ("ID", "NAME", "CREATED"),
        lambda model: (model.id, model.display_name, _when(model.created_at)),
    )


def models_get(ctx: Context) -> int:
    ctx.ui.json(ctx.client().models.retrieve(ctx.args.model_id).to_json())
    return 0


# ----------------------------------------------------------------------------------------------------- batches


def _counts(batch: MessageBatch) -> Dict[str, int]:
    counts = batch.request_counts
    return {name: int(getattr(counts, name, 0) or 0) for name in COUNT_NAMES}


def batches_create(ctx: Context) -> int:
    path: str = ctx.args.input
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            requests = parse_requests(sys.stdin)
        else:
            with open(path, encoding="utf-8") as file:
                requests = parse_requests(file)
    except BadInput as exc:
        where = f"{name}" if exc.line == 0 else f"{name} line {exc.line}"
        more = f"; {exc.bad_lines} bad lines in all" if exc.bad_lines > 1 else ""
        raise CLIError(f"{where}: {exc.problem} (nothing was sent{more})")
    except UnicodeDecodeError as exc:
        raise CLIError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}; nothing was sent)")
    batch = ctx.client().messages.batches.create(requests=requests)  # pyright: ignore[reportArgumentType]
    ctx.ui.json(batch.to_json())
    return 0


def batches_get(ctx: Context) -> int:
    ctx.ui.json(ctx.client().messages.batches.retrieve(ctx.args.batch_id).to_json())
    return 0


def batches_cancel(ctx: Context) -> int:
    ctx.ui.json(ctx.client().messages.batches.cancel(ctx.args.batch_id).to_json())
    return 0


def batches_list(ctx: Context) -> int:
    limit = _limit(ctx)
    page = ctx.client().messages.batches.list(limit=_page_size(limit))
    return _show_list(
        ctx,
        _take(page, limit),
        ("ID", "STATUS", "COUNTS", "CREATED"),
        lambda batch: (batch.id, batch.processing_status, format_counts(_counts(batch)), _when(batch.created_at)),
    )


def batches_watch(ctx: Context) -> int:
    """Poll the batch until it ends, showing its counts on each change; waits grow while nothing changes."""
    args, ui = ctx.args, ctx.ui
    batch_id: str = args.batch_id
    interval: float = args.interval
    max_interval: float = max(args.max_interval, interval)
    if interval <= 0:
        raise CLIError("--interval must be a positive number of seconds")
    batches = ctx.client().messages.batches
    delay = interval
    last: Optional[Tuple[str, Tuple[int, ...]]] = None
    with ui.watch_display(batch_id) as display:
        while True:
            batch = batches.retrieve(batch_id)
            counts = _counts(batch)
            state = (batch.processing_status, tuple(counts[name] for name in COUNT_NAMES))
            if state != last:
                display.update(batch.processing_status, counts)
                last = state
            else:
                delay = min(delay * 1.5, max_interval)
            if batch.processing_status == "ended":
                break
            _sleep(delay)
    failed = [f"{counts[name]} {name}" for name in ("errored", "expired") if counts[name]]
    if failed:
        ui.error(f"batch {batch_id} ended with {' and '.join(failed)} request(s)")
        return 1
    return 0


def batches_results(ctx: Context) -> int:
    # The SDK's results decoder has not read the body yet: write its bytes as they arrive instead of decoding.
    results = ctx.client().messages.batches.results(ctx.args.batch_id)
    try:
        write_chunks(ctx.args.output, results.http_response.iter_bytes())
    finally:
        results.close()
    return 0


# ------------------------------------------------------------------------------------------------------- files


def files_upload(ctx: Context) -> int:
    from pathlib import Path

    path = Path(ctx.args.path)
    if not path.is_file():
        raise CLIError(f"{path}: no such file")
    ctx.ui.json(ctx.client().beta.files.upload(file=path).to_json())
    return 0


def files_list(ctx: Context) -> int:
    limit = _limit(ctx)
    page = ctx.client().beta.files.list(limit=_page_size(limit))
    return _show_list(
        ctx,
        _take(page, limit),
        ("ID", "FILENAME", "BYTES", "TYPE", "CREATED"),
        lambda file: (file.id, file.filename, str(file.size_bytes), file.mime_type, _when(file.created_at)),
    )


def files_download(ctx: Context) -> int:
    with ctx.client().beta.files.with_streaming_response.download(ctx.args.file_id) as response:
        write_chunks(ctx.args.output, response.iter_bytes())
    return 0


def files_delete(ctx: Context) -> int:
    ctx.ui.json(ctx.client().beta.files.delete(ctx.args.file_id).to_json())
    return 0

"""`GET /v1/models` (cursor pagination) and `GET /v1/models/{model_id}` of the default responder."""

from __future__ import annotations

import re
from typing import Any, Dict, Optional, Sequence, Tuple
from urllib.parse import unquote

from ._errors import ApiError
from ._reply import Reply
from ._responder import RequestContext

__all__ = ["MODELS", "list_models", "paginate", "retrieve_model"]

# Newest first, as the API lists them.
MODELS: Tuple[Dict[str, Any], ...] = tuple(
    {"type": "model", "id": model_id, "display_name": name, "created_at": created}
    for model_id, name, created in (
        ("claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-15T00:00:00Z"),
        ("claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z"),
        ("claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z"),
        ("claude-opus-4-20250514", "Claude Opus 4", "2025-05-22T00:00:00Z"),
        ("claude-sonnet-4-20250514", "Claude Sonnet 4", "2025-05-22T00:00:00Z"),
        ("claude-3-7-sonnet-20250219", "Claude Sonnet 3.7", "2025-02-24T00:00:00Z"),
        ("claude-3-5-haiku-20241022", "Claude Haiku 3.5", "2024-10-22T00:00:00Z"),
    )
)

ALIASES: Dict[str, str] = {
    "claude-haiku-4-5": "claude-haiku-4-5-20251001",
    "claude-sonnet-4-5": "claude-sonnet-4-5-20250929",
    "claude-opus-4-1": "claude-opus-4-1-20250805",
    "claude-opus-4-0": "claude-opus-4-20250514",
    "claude-sonnet-4-0": "claude-sonnet-4-20250514",
    "claude-3-7-sonnet-latest": "claude-3-7-sonnet-20250219",
    "claude-3-5-haiku-latest": "claude-3-5-haiku-20241022",
}

_DIGITS = re.compile(r"[0-9]+")


def _limit(query: Dict[str, str], default: int = 20, maximum: int = 1000) -> int:
    raw = query.get("limit")
    if raw is None or raw == "":
        return default
    if not _DIGITS.fullmatch(raw.strip().lstrip("-")):
        raise ApiError.invalid("limit: Input should be a valid integer")
    value = int(raw)
    if value < 1:
        raise ApiError.invalid("limit: Input should be greater than or equal to 1")
    if value > maximum:
        raise ApiError.invalid(f"limit: Input should be less than or equal to {maximum}")
    return value


def paginate(items: Sequence[Dict[str, Any]], query: Dict[str, str], *, default_limit: int = 20) -> Dict[str, Any]:
    """The API's `after_id` / `before_id` / `limit` pagination over `items` (each with an `id`), in list order.

    `before_id=X` returns the `limit` items just before X (still in list order) and `has_more` tells whether
    there are more before them; otherwise the page starts after `after_id` (or at the start) and `has_more` tells
    whether there are more after it.
    """
    limit = _limit(query, default_limit)
    after_id = query.get("after_id") or None
    before_id = query.get("before_id") or None
    if after_id is not None and before_id is not None:
        raise ApiError.invalid("Cannot specify both after_id and before_id")
    ids = [str(item["id"]) for item in items]

    def position(name: str, value: str) -> int:
        try:
            return ids.index(value)
        except ValueError:
            raise ApiError.invalid(f"{name}: no object with id {value!r}")

    if before_id is not None:
        end = position("before_id", before_id)
        start = max(0, end - limit)
        page = list(items[start:end])
        has_more = start > 0
    else:
        start = position("after_id", after_id) + 1 if after_id is not None else 0
        page = list(items[start : start + limit])
        has_more = start + limit < len(items)
    return {
        "data": page,
        "has_more": has_more,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
    }


def list_models(ctx: RequestContext, match: re.Match[str]) -> Reply:
    return Reply(json=paginate(MODELS, ctx.request.query))


def find_model(model_id: str) -> Optional[Dict[str, Any]]:
    model_id = ALIASES.get(model_id, model_id)
    return next((model for model in MODELS if model["id"] == model_id), None)


def retrieve_model(ctx: RequestContext, match: re.Match[str]) -> Reply:
    model_id = unquote(match.group("model_id"))
    model = find_model(model_id)
    if model is None:
        raise ApiError.not_found(f"model: {model_id}")
    return Reply(json=model)

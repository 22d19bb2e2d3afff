"""Query-string encoding: lists comma-joined, nested dicts as ``key[sub]``."""

from __future__ import annotations

from typing import Any, List, Mapping, Tuple, cast
from urllib.parse import urlencode

__all__ = ["encode_query", "flatten_query"]


def _scalar(value: object) -> str | None:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return None
    text = str(value)
    return text or None


def _flatten(key: str, value: object, out: List[Tuple[str, str]]) -> None:
    if isinstance(value, Mapping):
        for sub, inner in cast(Mapping[str, object], value).items():
            _flatten(f"{key}[{sub}]", inner, out)
        return
    if isinstance(value, (list, tuple)):
        items = [s for s in (_scalar(v) for v in cast(List[Any], value)) if s is not None]
        if items:
            out.append((key, ",".join(items)))
        return
    text = _scalar(value)
    if text is not None:
        out.append((key, text))


def flatten_query(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """The ``(key, value)`` pairs of a query mapping; ``None`` and empty values are dropped."""
    out: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, out)
    return out


def encode_query(params: Mapping[str, object]) -> str:
    return urlencode(flatten_query(params))

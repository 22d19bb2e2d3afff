"""Query-string encoding, as the API expects it.

* lists are joined with commas (``None`` items skipped; an empty list still sends ``key=``),
* nested mappings become ``key[sub]``,
* ``True`` / ``False`` become ``true`` / ``false``; ``None`` and empty strings send nothing,
* ``Omit`` values send nothing.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Tuple, cast
from urllib.parse import urlencode

from ._types import Omit

__all__ = ["encode_query", "flatten_query"]


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def _flatten(key: str, value: object, out: List[Tuple[str, str]]) -> None:
    if isinstance(value, Mapping):
        for sub, inner in cast(Mapping[str, object], value).items():
            _flatten(f"{key}[{sub}]", inner, out)
        return
    if isinstance(value, (list, tuple)):
        out.append((key, ",".join(_scalar(v) for v in cast(List[Any], value) if v is not None)))
        return
    if isinstance(value, Omit):
        return
    text = _scalar(value)
    if text:
        out.append((key, text))


def flatten_query(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """The ``(key, value)`` pairs of a query mapping (see the module docstring)."""
    out: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, out)
    return out


def encode_query(params: Mapping[str, object]) -> str:
    return urlencode(flatten_query(params))

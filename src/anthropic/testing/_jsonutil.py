"""Typed access to decoded JSON values."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

__all__ = ["as_list", "as_object"]


def as_object(value: object) -> Optional[Dict[str, Any]]:
    """`value` as a JSON object, or None if it is not one."""
    if isinstance(value, dict):
        return value  # pyright: ignore[reportUnknownVariableType]
    return None


def as_list(value: object) -> Optional[List[Any]]:
    """`value` as a JSON array, or None if it is not one."""
    if isinstance(value, list):
        return value  # pyright: ignore[reportUnknownVariableType]
    return None

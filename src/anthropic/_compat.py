"""The one place that knows about pydantic-version details (v2 only)."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

__all__ = ["set_pydantic_config"]

_T = TypeVar("_T")


def set_pydantic_config(typ: Any, config: Any) -> None:
    """Attach a pydantic config to a TypedDict (used by params that carry file inputs)."""
    typ.__pydantic_config__ = config


def identity(fn: Callable[..., _T]) -> Callable[..., _T]:
    return fn

"""Signature checks (reference helpers). Compatibility layer: the SDK itself does not use them."""

from __future__ import annotations

import inspect
from typing import AbstractSet, Any, Callable, List

__all__ = ["assert_signatures_in_sync", "function_has_argument"]


def function_has_argument(func: Callable[..., Any], arg_name: str) -> bool:
    """Whether ``func`` has a parameter named ``arg_name``."""
    return arg_name in inspect.signature(func).parameters


def assert_signatures_in_sync(
    source_func: Callable[..., Any],
    check_func: Callable[..., Any],
    *,
    exclude_params: AbstractSet[str] = frozenset(),
) -> None:
    """``AssertionError`` listing each parameter of ``source_func`` that ``check_func`` lacks or annotates differently."""
    checked = inspect.signature(check_func).parameters
    problems: List[str] = []
    for name, param in inspect.signature(source_func).parameters.items():
        if name in exclude_params:
            continue
        other = checked.get(name)
        if other is None:
            problems.append(f"the `{name}` param is missing")
        elif other.annotation != param.annotation:
            problems.append(
                f"types for the `{name}` param are do not match; "
                f"source={param.annotation!r} checking={other.annotation!r}"
            )
    if problems:
        raise AssertionError(
            f"{len(problems)} errors encountered when comparing signatures:\n\n" + "\n\n".join(problems)
        )

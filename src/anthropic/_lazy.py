"""Module attributes imported when first read (PEP 562), for the modules that keep heavy names lazy."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any, Callable, List, Mapping, Tuple, Union

Target = Union[str, Tuple[str, str]]
"""Where a lazy name lives: a module (the attribute has the same name) or ``(module, attribute)``.
A module name starting with ``.`` is relative to the lazy module's package."""


def lazy_attributes(
    module_name: str, table: Mapping[str, Target]
) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """``__getattr__`` and ``__dir__`` for the module ``module_name`` (being imported): a name of
    ``table`` is imported on first read and then stored in the module, so later reads are plain
    lookups; any other name raises ``AttributeError`` as usual."""
    namespace = sys.modules[module_name].__dict__

    def __getattr__(name: str) -> Any:
        target = table.get(name)
        if target is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        source, attr = (target, name) if isinstance(target, str) else target
        value = getattr(import_module(source, namespace["__package__"]), attr)
        namespace[name] = value
        return value

    def __dir__() -> List[str]:
        return sorted({*namespace, *table})

    return __getattr__, __dir__

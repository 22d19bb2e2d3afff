"""`anthropic._lazy.lazy_attributes`: the PEP 562 hooks of the modules that keep names lazy."""

from __future__ import annotations

import sys
import types
from typing import Iterator

import pytest

from anthropic._lazy import lazy_attributes


@pytest.fixture
def module() -> Iterator[types.ModuleType]:
    mod = types.ModuleType("anthropic._lazy_probe")
    mod.__package__ = "anthropic"
    sys.modules[mod.__name__] = mod
    try:
        yield mod
    finally:
        del sys.modules[mod.__name__]


def test_a_lazy_name_is_imported_once_then_stored(module: types.ModuleType) -> None:
    getattr_, dir_ = lazy_attributes(module.__name__, {"quote": ("urllib.parse", "quote"), "NOT_GIVEN": "._types"})
    module.__getattr__ = getattr_  # type: ignore[attr-defined]
    module.__dir__ = dir_  # type: ignore[method-assign]

    from urllib.parse import quote

    from anthropic._types import NOT_GIVEN

    assert "quote" not in vars(module)
    assert module.quote is quote
    assert vars(module)["quote"] is quote  # later reads skip __getattr__
    assert module.NOT_GIVEN is NOT_GIVEN  # relative to the module's package
    assert {"quote", "NOT_GIVEN"} <= set(dir(module))


def test_an_unknown_name_raises_attribute_error(module: types.ModuleType) -> None:
    getattr_, _ = lazy_attributes(module.__name__, {})
    module.__getattr__ = getattr_  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="module 'anthropic._lazy_probe' has no attribute 'missing'"):
        module.missing  # noqa: B018
    assert not hasattr(module, "missing")

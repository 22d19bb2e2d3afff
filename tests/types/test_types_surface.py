"""Every module of anthropic.types* exposes the names, fields and keys of the 0.74.1 surface."""

from __future__ import annotations

import importlib
from typing import Any, Dict, List

import pydantic
import pytest
from typing_extensions import is_typeddict

from ._types_testdata import SURFACE

MODULES: Dict[str, List[str]] = SURFACE["modules"]
PACKAGES = [m for m in MODULES if hasattr(importlib.import_module(m), "__path__")]

# The surface lists every key of a total=True subclass as required; by PEP 589 (and for type
# checkers) inherited keys keep the totality of the class that declares them. Required keys there:
_MESSAGE_REQUIRED = ["max_tokens", "messages", "model"]
TOTAL_SUBCLASSES = {
    "anthropic.types.beta.message_create_params.MessageCreateParamsStreaming": [*_MESSAGE_REQUIRED, "stream"],
    "anthropic.types.beta.message_create_params.ParseMessageCreateParamsBase": [*_MESSAGE_REQUIRED, "output_format"],
    "anthropic.types.completion_create_params.CompletionCreateParamsStreaming": [
        "max_tokens_to_sample",
        "model",
        "prompt",
        "stream",
    ],
    "anthropic.types.message_create_params.MessageCreateParamsStreaming": [*_MESSAGE_REQUIRED, "stream"],
}


def resolve(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_exposes_every_name(module: str) -> None:
    mod = importlib.import_module(module)
    missing = [name for name in MODULES[module] if not hasattr(mod, name)]
    assert missing == []


@pytest.mark.parametrize("path", sorted(SURFACE["models"]))
def test_model_fields(path: str) -> None:
    expected = SURFACE["models"][path]
    cls = resolve(path)
    assert issubclass(cls, pydantic.BaseModel)
    assert sorted(cls.model_fields) == expected["fields"]
    required = sorted(name for name, info in cls.model_fields.items() if info.is_required())
    assert required == expected["required"]
    # Fields the API may leave out default to None.
    for name, info in cls.model_fields.items():
        if not info.is_required():
            assert info.default is None, name


@pytest.mark.parametrize("path", sorted(SURFACE["typeddicts"]))
def test_typeddict_keys(path: str) -> None:
    expected = SURFACE["typeddicts"][path]
    cls = resolve(path)
    assert is_typeddict(cls)
    assert sorted(cls.__annotations__) == sorted(expected["required"] + expected["optional"])
    required = sorted(cls.__required_keys__)
    if path in TOTAL_SUBCLASSES:
        assert required == sorted(TOTAL_SUBCLASSES[path])
    else:
        assert required == expected["required"]
        assert sorted(cls.__optional_keys__) == expected["optional"]


@pytest.mark.parametrize("path", sorted(SURFACE["class_aliases"]))
def test_older_names_are_the_same_class(path: str) -> None:
    assert resolve(path) is resolve(SURFACE["class_aliases"][path])


@pytest.mark.parametrize("package", PACKAGES)
def test_package_all_and_dir(package: str) -> None:
    mod = importlib.import_module(package)
    assert mod.__all__ == sorted(MODULES[package])
    assert dir(mod) == sorted(mod.__all__)
    for name in mod.__all__:
        value = getattr(mod, name)
        home = importlib.import_module(value.__module__) if isinstance(value, type) else None
        if home is not None:
            assert getattr(home, value.__name__) is value


def test_re_exports_are_identical_objects() -> None:
    import anthropic.types as types
    from anthropic.types.beta import BetaMessage, messages as beta_messages
    from anthropic.types.beta.beta_message import BetaMessage as BetaMessageDirect
    from anthropic.types.content_block import ContentBlock
    from anthropic.types.message import Message

    assert types.Message is Message
    assert types.ContentBlock is ContentBlock
    assert BetaMessage is BetaMessageDirect
    assert beta_messages.BetaMessageBatch.__module__ == "anthropic.types.beta.messages.beta_message_batch"

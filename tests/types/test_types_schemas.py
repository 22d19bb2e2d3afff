"""Every model and union builds its pydantic schema, without warnings (pytest runs with -W error)."""

from __future__ import annotations

import importlib
import sys
import typing
from typing import Any, Dict, List

import pydantic
import pytest
from typing_extensions import get_args, get_origin, is_typeddict

from anthropic._utils import PropertyInfo

from ._types_testdata import SURFACE


def _objects() -> Dict[str, Any]:
    """Every public object of anthropic.types*, once, keyed by ``module.Name`` of its first sighting."""
    seen: Dict[int, str] = {}
    out: Dict[str, Any] = {}
    for module, names in sorted(SURFACE["modules"].items()):
        mod = importlib.import_module(module)
        for name in names:
            value = getattr(mod, name)
            if id(value) not in seen and name[:1].isupper():
                seen[id(value)] = f"{module}.{name}"
                out[f"{module}.{name}"] = value
    return out


OBJECTS = _objects()
MODELS = {k: v for k, v in OBJECTS.items() if isinstance(v, type) and issubclass(v, pydantic.BaseModel)}
MODELS.pop("anthropic.types.message.BaseModel", None)
MODELS = {k: v for k, v in MODELS.items() if v.__module__.startswith("anthropic.types")}
TYPEDDICTS = {k: v for k, v in OBJECTS.items() if is_typeddict(v)}


def _is_discriminated(value: Any) -> bool:
    return get_origin(value) is typing.Annotated and any(
        isinstance(m, PropertyInfo) and m.discriminator for m in getattr(value, "__metadata__", ())
    )


UNIONS = {k: v for k, v in OBJECTS.items() if _is_discriminated(v) and not k.endswith("ParsedBetaContentBlock")}


def test_counts() -> None:
    assert len(MODELS) >= 140
    assert len(TYPEDDICTS) >= 150
    assert len(UNIONS) >= 19


@pytest.mark.parametrize("path", sorted(MODELS))
def test_model_schema_builds(path: str) -> None:
    model = MODELS[path]
    model.model_rebuild(force=True)
    assert model.__pydantic_complete__
    schema = model.model_json_schema()
    assert schema["type"] == "object" or "$ref" in schema


@pytest.mark.parametrize("path", sorted(UNIONS))
def test_discriminated_union_builds_a_tagged_union(path: str) -> None:
    union = UNIONS[path]
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(union)
    schema = adapter.json_schema()
    assert "discriminator" in schema
    members = get_args(get_args(union)[0])
    tag = next(m.discriminator for m in union.__metadata__ if isinstance(m, PropertyInfo))
    for member in members:
        (value,) = get_args(member.model_fields[tag].annotation)
        assert schema["discriminator"]["mapping"][value].endswith(f"/{member.__name__}")


def test_parsed_beta_message_schema_builds_when_parametrized() -> None:
    from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage

    class Answer(pydantic.BaseModel):
        value: int

    ParsedBetaMessage.model_rebuild(force=True)
    assert ParsedBetaMessage[Answer].model_json_schema()["title"].startswith("ParsedBetaMessage")


@pytest.mark.parametrize("path", sorted(TYPEDDICTS))
def test_typeddict_hints_resolve(path: str) -> None:
    typeddict = TYPEDDICTS[path]
    module = sys.modules[typeddict.__module__]
    hints = typing.get_type_hints(typeddict, vars(module), include_extras=True)
    assert set(hints) == set(typeddict.__annotations__)


def test_param_wire_names_and_formats() -> None:
    from anthropic.types.beta.message_create_params import MessageCreateParamsBase
    from anthropic.types.messages.batch_list_params import BatchListParams

    betas = MessageCreateParamsBase.__annotations__["betas"]
    assert [m.alias for m in betas.__metadata__] == ["anthropic-beta"]
    assert "betas" not in BatchListParams.__annotations__

    from anthropic.types import base64_image_source_param, base64_pdf_source_param
    from anthropic.types.beta import beta_base64_image_source_param, beta_base64_pdf_source_param

    modules: List[Any] = [
        base64_image_source_param,
        base64_pdf_source_param,
        beta_base64_image_source_param,
        beta_base64_pdf_source_param,
    ]
    for module in modules:
        (name,) = [n for n in module.__all__]
        source = getattr(module, name)
        data = get_args(source.__annotations__["data"])[0]  # Required[Annotated[...]]
        assert [m.format for m in data.__metadata__] == ["base64"]
        assert source.__pydantic_config__ == {"arbitrary_types_allowed": True}

"""`anthropic._compat` and `anthropic._types` as the reference release exposes them, and the
rule that the compatibility layer is never loaded by the SDK itself.

Expected values were observed by running the reference SDK (0.74.1) on the same inputs.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from typing import IO, Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

import httpx
import pydantic
import pytest

from anthropic import _compat as compat, _types as types_module, _utils as utils
from anthropic.types import TextBlock

REFERENCE_COMPAT_NAMES = [
    "PYDANTIC_V1",
    "ConfigDict",
    "FieldInfo",
    "GenericModel",
    "IncEx",
    "StrBytesIntFloat",
    "cached_property",
    "field_get_default",
    "field_is_required",
    "field_outer_type",
    "get_args",
    "get_model_config",
    "get_model_fields",
    "get_origin",
    "is_literal_type",
    "is_typeddict",
    "is_union",
    "model_copy",
    "model_dump",
    "model_json",
    "model_parse",
    "model_parse_json",
    "parse_obj",
    "typed_cached_property",
]


@pytest.mark.parametrize("name", REFERENCE_COMPAT_NAMES)
def test_compat_names(name: str) -> None:
    assert hasattr(compat, name)
    assert name in dir(compat)


def test_compat_constants_and_classes() -> None:
    assert compat.PYDANTIC_V1 is False
    assert compat.ConfigDict is pydantic.ConfigDict
    assert compat.FieldInfo is pydantic.fields.FieldInfo
    assert compat.cached_property is functools.cached_property
    assert compat.typed_cached_property is functools.cached_property
    assert issubclass(compat.GenericModel, pydantic.BaseModel) and compat.GenericModel is not pydantic.BaseModel
    assert (compat.GenericModel.__name__, compat.GenericModel.__module__) == ("GenericModel", "anthropic._compat")
    for name in ("get_args", "get_origin", "is_union", "is_typeddict", "is_literal_type"):
        assert getattr(compat, name) is getattr(utils, name)
    with pytest.raises(AttributeError):
        compat.nope  # type: ignore[attr-defined]  # noqa: B018


def test_compat_model_helpers() -> None:
    block = TextBlock.construct(type="text", text="hi")
    assert compat.model_dump(block) == {"citations": None, "text": "hi", "type": "text"}
    assert compat.model_dump(block, exclude_unset=True) == {"text": "hi", "type": "text"}
    assert compat.model_dump(block, mode="json", exclude={"citations"}) == {"text": "hi", "type": "text"}
    assert compat.model_json(block) == '{"citations":null,"text":"hi","type":"text"}'
    assert compat.model_json(block, indent=2) == '{\n  "citations": null,\n  "text": "hi",\n  "type": "text"\n}'
    copy = compat.model_copy(block)
    assert copy is not block and copy == block
    data = {"type": "text", "text": "x", "citations": None}
    for parsed in (
        compat.parse_obj(TextBlock, data),
        compat.model_parse(TextBlock, data),
        compat.model_parse_json(TextBlock, json.dumps(data)),
    ):
        assert isinstance(parsed, TextBlock) and parsed.text == "x"
    assert compat.get_model_config(TextBlock)["extra"] == "allow"


class Fields(pydantic.BaseModel):
    a: int = 5
    b: List[int] = pydantic.Field(default_factory=list)
    c: int


def test_compat_field_helpers() -> None:
    fields = compat.get_model_fields(Fields)
    assert list(fields) == ["a", "b", "c"]
    observed = {
        k: (compat.field_get_default(f), compat.field_is_required(f), compat.field_outer_type(f))
        for k, f in fields.items()
    }
    assert observed == {"a": (5, False, int), "b": (None, False, List[int]), "c": (None, True, int)}
    model = Fields(c=1)
    assert compat.model_dump(model, exclude_defaults=True) == {"c": 1}
    assert compat.model_dump(model, exclude={"b"}) == {"a": 5, "c": 1}


def test_set_pydantic_config_is_kept() -> None:
    class Holder:
        pass

    compat.set_pydantic_config(Holder, {"arbitrary_types_allowed": True})
    assert Holder.__pydantic_config__ == {"arbitrary_types_allowed": True}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------
# anthropic._types


def test_types_type_variables() -> None:
    from anthropic._types import ModelT, ResponseT

    bound: Any = ResponseT.__bound__
    assert ResponseT.__name__ == "ResponseT" and object in bound.__args__
    assert ModelT.__name__ == "ModelT"


def test_types_aliases() -> None:
    t: Any = types_module
    assert t.StrBytesIntFloat == Union[str, bytes, int, float]
    assert t.PostParser == Callable[[Any], Any]
    assert t.HttpxFileContent == Union[IO[bytes], bytes]
    assert t.HttpxRequestFiles.__args__[0] == Mapping[str, t.HttpxFileTypes]
    assert t.HttpxFileTypes.__args__[2] == Tuple[Optional[str], t.HttpxFileContent]
    assert t.IncEx.__args__[0].__origin__ is set
    assert t.HeadersLike.__args__[-1] is t.HeadersLikeProtocol
    assert t.AsyncTransport is httpx.AsyncBaseTransport and t.Transport is httpx.BaseTransport
    assert t.ProxiesDict.__origin__ is dict
    assert set(t.HttpxSendArgs.__annotations__) == {"auth", "follow_redirects"} and not t.HttpxSendArgs.__total__


def test_types_protocols() -> None:
    class Builder:
        @classmethod
        def build(cls, *, response: httpx.Response, data: object) -> Builder:
            return cls()

    assert isinstance(Builder, types_module.ModelBuilderProtocol)
    assert not isinstance(int, types_module.ModelBuilderProtocol)

    class Concrete(Dict[str, int]):
        __orig_bases__ = (Dict[str, int],)

    assert isinstance(Concrete, types_module.InheritsGeneric)


# --------------------------------------------------------------------------------------
# Never loaded by the SDK itself

COMPAT_ONLY = [
    "anthropic._compat",
    "anthropic._utils._utils",
    "anthropic._utils._transform",
    "anthropic._utils._proxy",
    "anthropic._utils._sync",
    "anthropic._utils._streams",
    "anthropic._utils._reflection",
]


def modules_after(code: str) -> List[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


@pytest.mark.parametrize(
    "code",
    [
        "import anthropic",
        "from anthropic import Anthropic",
        "from anthropic import Anthropic, AsyncAnthropic\n"
        "c = Anthropic(api_key='k'); c.messages; c.beta.messages.batches; c.models\n"
        "a = AsyncAnthropic(api_key='k'); a.messages; a.beta.messages.batches",
    ],
)
def test_the_sdk_does_not_load_the_compatibility_layer(code: str) -> None:
    loaded = modules_after(code)
    assert [m for m in COMPAT_ONLY if m in loaded] == []


def test_params_types_load_only_the_cheap_compat_module() -> None:
    # Params with file inputs attach a pydantic config through `_compat.set_pydantic_config`;
    # that module imports nothing heavy. The `_utils` compatibility modules stay unloaded.
    loaded = modules_after("import anthropic.types; anthropic.types.Message; anthropic.types.MessageParam")
    assert [m for m in COMPAT_ONLY if m in loaded] == ["anthropic._compat"]


def test_the_compatibility_layer_loads_on_demand_and_cheaply() -> None:
    loaded = modules_after("import anthropic._utils")
    assert "pydantic" not in loaded and "httpx" not in loaded
    assert [m for m in COMPAT_ONLY if m in loaded] == []
    loaded = modules_after("import anthropic._utils as u; u.is_dict; u.required_args")
    assert (
        "anthropic._utils._utils" in loaded and "pydantic" not in loaded and "anthropic._utils._transform" not in loaded
    )
    loaded = modules_after("import anthropic._compat")
    assert "pydantic" not in loaded and "httpx" not in loaded

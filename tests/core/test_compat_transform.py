"""`transform` (the reference's params walk) and `fast_transform` (the request path's plans).

Expected values of `transform` were observed by running the reference SDK (0.74.1).
`fast_transform` must give the same JSON (sentinels aside: the encoder drops those).
"""

from __future__ import annotations

import collections.abc
import importlib
import io
import json
import pkgutil
import threading
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple, Union

import pytest
import typing_extensions
from pydantic import BaseModel
from typing_extensions import Annotated, NotRequired, Required, TypedDict, get_args, get_origin

import anthropic.types
from anthropic import NOT_GIVEN, omit
from anthropic._core.request import encode_json
from anthropic._types import NotGiven, Omit
from anthropic._utils import PropertyInfo, async_maybe_transform, async_transform, maybe_transform, transform
from anthropic._utils._fast_transform import fast_transform, needs_transform
from anthropic._utils._typing import is_typeddict
from anthropic.types import MetadataParam, TextBlock, ToolParam
from anthropic.types.beta.message_create_params import MessageCreateParams as BetaMessageCreateParams
from anthropic.types.beta.messages.batch_create_params import BatchCreateParams
from anthropic.types.beta.parsed_beta_message import ParsedBetaTextBlock
from anthropic.types.message_create_params import MessageCreateParams

FILE_BYTES = b"\x00\x01hello"
FILE_B64 = "AAFoZWxsbw=="


@pytest.fixture
def image_path(tmp_path: Path) -> Path:
    path = tmp_path / "x.bin"
    path.write_bytes(FILE_BYTES)
    return path


def without_sentinels(value: Any) -> Any:
    """What the request encoder makes of NotGiven / omit inside a body: nothing."""
    if isinstance(value, dict):
        return {k: without_sentinels(v) for k, v in value.items() if not isinstance(v, (NotGiven, Omit))}
    if isinstance(value, list):
        return [without_sentinels(v) for v in value]
    return value


def as_sent(value: Any) -> Any:
    """`value` as the request encoder sees it: sentinels dropped, models dumped, iterables as lists."""
    if isinstance(value, BaseModel):
        return json.loads(encode_json(value))
    if isinstance(value, dict):
        return {k: as_sent(v) for k, v in value.items() if not isinstance(v, (NotGiven, Omit))}
    if isinstance(value, (list, tuple)):
        return [as_sent(v) for v in value]
    return value


def same_json(fast: Any, reference: Any) -> bool:
    return as_sent(fast) == as_sent(reference)


# --------------------------------------------------------------------------------------
# transform: the reference's results


class Params(TypedDict, total=False):
    a: Required[Annotated[str, PropertyInfo(alias="A")]]
    b: Annotated[Optional[List[int]], PropertyInfo(alias="B")]
    c: Optional[Annotated[str, PropertyInfo(alias="C")]]  # not directly on the key: not renamed
    e: Annotated[date, PropertyInfo(format="iso8601")]
    f: Annotated[List[datetime], PropertyInfo(format="iso8601")]
    g: List[Annotated[date, PropertyInfo(format="iso8601")]]  # not on the key: not formatted
    h: Dict[str, Annotated[date, PropertyInfo(format="iso8601")]]
    i: Annotated[datetime, PropertyInfo(format="custom", format_template="%Y/%m")]
    j: Annotated[Union[str, date], PropertyInfo(format="iso8601")]
    k: Annotated[Optional[date], PropertyInfo(format="iso8601")]
    l: Iterable[int]  # noqa: E741
    m: Sequence[str]
    n: List[int]
    o: Annotated[date, PropertyInfo(format="iso8601")]


DAY = date(2024, 1, 2)
MOMENT = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def params_input() -> Dict[str, Any]:
    return {
        "a": "x",
        "b": [1],
        "c": "y",
        "e": DAY,
        "f": [MOMENT],
        "g": [DAY],
        "h": {"k": DAY},
        "i": MOMENT,
        "j": DAY,
        "k": DAY,
        "l": (1, 2),
        "m": ("a",),
        "n": (1,),
        "o": DAY,
        "zz": omit,
    }


PARAMS_OUTPUT = {
    "A": "x",
    "B": [1],
    "c": "y",
    "e": "2024-01-02",
    "f": ["2024-01-02T03:04:05+00:00"],
    "g": [DAY],
    "h": {"k": "2024-01-02"},
    "i": "2024/01",
    "j": "2024-01-02",
    "k": "2024-01-02",
    "l": [1, 2],
    "m": ["a"],
    "n": (1,),
    "o": "2024-01-02",
}


def test_transform_aliases_formats_and_shapes() -> None:
    out = transform(params_input(), Params)
    assert out == PARAMS_OUTPUT
    assert list(out) == list(PARAMS_OUTPUT)  # key order kept, renamed keys in place
    assert type(out["l"]) is list and type(out["m"]) is list and type(out["n"]) is tuple


def test_transform_leaves_unmatched_shapes() -> None:
    assert transform({"e": "2024"}, Params) == {"e": "2024"}
    assert transform({"f": "abc"}, Params) == {"f": "abc"}
    assert transform({"l": "abc"}, Params) == {"l": "abc"}
    assert transform({"l": {"a": 1}}, Params) == {"l": {"a": 1}}
    assert transform({"a": omit, "b": None}, Params) == {"B": None}
    assert transform(5, Params) == 5 and transform("s", Params) == "s" and transform(None, Params) is None
    assert transform([{"a": 1}], List[Params]) == [{"A": 1}]
    assert transform([{"a": 1}], Iterable[Params]) == [{"A": 1}]
    assert maybe_transform(None, Params) is None


class WithNotRequired(TypedDict):
    d: NotRequired[Annotated[str, PropertyInfo(alias="D")]]


def test_transform_looks_through_not_required() -> None:
    # Deliberate: the reference ignores the alias under NotRequired[...] (none of its types use it).
    assert transform({"d": "z"}, WithNotRequired) == {"D": "z"}


def batch_body() -> Dict[str, Any]:
    return {
        "requests": [
            {
                "custom_id": "a",
                "params": {
                    "model": "m",
                    "max_tokens": 1,
                    "messages": [],
                    "betas": ["x"],
                    "metadata": {"user_id": omit},
                    "temperature": NOT_GIVEN,
                },
            }
        ],
        "betas": ["y"],
        "extra": omit,
        "unknown": 1,
    }


BATCH_OUTPUT = {
    "requests": [
        {
            "custom_id": "a",
            "params": {"model": "m", "max_tokens": 1, "messages": [], "anthropic-beta": ["x"], "metadata": {}},
        }
    ],
    "anthropic-beta": ["y"],
    "unknown": 1,
}


def test_transform_nested_alias_in_beta_batch() -> None:
    assert transform(batch_body(), BatchCreateParams) == BATCH_OUTPUT
    tupled = {"requests": ({"custom_id": "a", "params": {"betas": ("x",)}},)}
    expected = {"requests": [{"custom_id": "a", "params": {"anthropic-beta": ("x",)}}]}
    assert transform(tupled, BatchCreateParams) == expected
    generated = {"requests": (r for r in [{"custom_id": "a", "params": {"betas": ("x",)}}])}
    assert transform(generated, BatchCreateParams) == expected


def messages_body(path: Path) -> Dict[str, Any]:
    return {
        "model": "m",
        "max_tokens": 1,
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": path},
                        "cache_control": {"type": "ephemeral", "ttl": omit},
                    },
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": io.BytesIO(b"abc")},
                    },
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": io.StringIO("abc")},
                    },
                    {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "QUJD"}},
                    {
                        "type": "tool_result",
                        "tool_use_id": "t",
                        "content": [
                            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": path}}
                        ],
                    },
                    TextBlock.construct(type="text", text="hi"),
                    TextBlock(type="text", text="hi", citations=None),
                ],
            },
            {
                "role": "assistant",
                "content": [ParsedBetaTextBlock[Dict[str, int]](type="text", text="hi", parsed_output={"a": 1})],
            },
        ],
        "metadata": {"user_id": omit},
        "tool_choice": {"type": "auto", "disable_parallel_tool_use": omit},
        "system": [{"type": "text", "text": "s", "cache_control": {"type": "ephemeral"}}],
    }


MESSAGES_OUTPUT = {
    "model": "m",
    "max_tokens": 1,
    "messages": [
        {
            "role": "user",
            "content": [
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": FILE_B64},
                    "cache_control": {"type": "ephemeral"},
                },
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "YWJj"}},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "YWJj"}},
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "QUJD"}},
                {
                    "type": "tool_result",
                    "tool_use_id": "t",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": FILE_B64}}
                    ],
                },
                {"text": "hi", "type": "text"},
                {"citations": None, "text": "hi", "type": "text"},
            ],
        },
        {"role": "assistant", "content": [{"text": "hi", "type": "text"}]},
    ],
    "metadata": {},
    "tool_choice": {"type": "auto"},
    "system": [{"type": "text", "text": "s", "cache_control": {"type": "ephemeral"}}],
}


def test_transform_message_params_files_models_and_omits(image_path: Path) -> None:
    assert transform(messages_body(image_path), MessageCreateParams) == MESSAGES_OUTPUT


@pytest.mark.anyio
async def test_async_transform(image_path: Path) -> None:
    # Same as the sync one: `parsed_output` is left out here too (the reference's async walk
    # sends it back; BEHAVIOR.md decides to strip it in both).
    assert await async_transform(messages_body(image_path), MessageCreateParams) == MESSAGES_OUTPUT
    assert await async_maybe_transform(None, MessageCreateParams) is None
    assert await async_maybe_transform(batch_body(), BatchCreateParams) == BATCH_OUTPUT


def test_transform_base64_inputs(image_path: Path) -> None:
    source = anthropic.types.Base64ImageSourceParam

    class PathLikeThing:
        def __fspath__(self) -> str:
            return str(image_path)

    # The reference only reads a pathlib.Path (RuntimeError for other PathLikes); any is read here.
    out = transform({"type": "base64", "media_type": "image/png", "data": PathLikeThing()}, source)
    assert out["data"] == FILE_B64
    assert transform({"type": "base64", "data": b"abc"}, source) == {"type": "base64", "data": b"abc"}

    class NotBytes(io.RawIOBase):
        def read(self, size: int = -1) -> Any:
            return 5

    with pytest.raises(RuntimeError, match=r"^Could not read bytes from .*; Received <class 'int'>$"):
        transform({"data": NotBytes()}, source)


def test_transform_dumps_models_anywhere() -> None:
    block = TextBlock.construct(type="text", text="hi")
    assert transform(block, MessageCreateParams) == {"text": "hi", "type": "text"}
    assert transform(block, object) == {"text": "hi", "type": "text"}
    assert transform({"x": block}, Dict[str, object]) == {"x": {"text": "hi", "type": "text"}}
    assert transform([block], List[object]) == [{"text": "hi", "type": "text"}]


# --------------------------------------------------------------------------------------
# fast_transform: same JSON, no walk where nothing can change


def test_fast_transform_same_results_as_transform(image_path: Path) -> None:
    cases: List[Tuple[Any, Any]] = [
        (params_input(), Params),
        (batch_body(), BatchCreateParams),
        ({"requests": ({"custom_id": "a", "params": {"betas": ("x",)}},)}, BatchCreateParams),
        ({"d": "z"}, WithNotRequired),
        ([{"a": 1}], List[Params]),
        ({"e": "2024", "l": "abc", "f": "abc"}, Params),
        (5, Params),
        (None, Params),
    ]
    for data, tp in cases:
        assert same_json(fast_transform(data, tp), transform(data, tp)), (data, tp)
    # Files are read once per walk: fresh bodies for each function.
    assert same_json(
        fast_transform(messages_body(image_path), MessageCreateParams),
        transform(messages_body(image_path), MessageCreateParams),
    )
    assert same_json(
        fast_transform(messages_body(image_path), BetaMessageCreateParams),
        transform(messages_body(image_path), BetaMessageCreateParams),
    )


def test_fast_transform_nested_alias_and_copy_on_write() -> None:
    body = batch_body()
    out = fast_transform(body, BatchCreateParams)
    assert without_sentinels(out) == BATCH_OUTPUT
    assert body == batch_body()  # the caller's data is never modified
    params, new_params = body["requests"][0]["params"], out["requests"][0]["params"]
    assert new_params is not params and new_params["metadata"] is params["metadata"]
    assert list(new_params) == ["model", "max_tokens", "messages", "anthropic-beta", "metadata", "temperature"]


def large_messages_body() -> Dict[str, Any]:
    blocks: List[Dict[str, Any]] = [
        {"type": "text", "text": "x" * 20, "cache_control": {"type": "ephemeral"}},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "QUJD"}},
        {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "doc"}},
        {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "t"}]}},
        {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": [1, 2, {"b": "c"}]}},
        {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": "r"}]},
        {"type": "tool_result", "tool_use_id": "t1", "content": "plain"},
    ]
    return {
        "max_tokens": 1024,
        "messages": [
            {"role": "user" if i % 2 == 0 else "assistant", "content": list(blocks) if i % 3 == 0 else f"turn {i}"}
            for i in range(300)
        ],
        "model": "claude-sonnet-4-5",
        "metadata": {"user_id": "u"},
        "system": [{"type": "text", "text": "be brief"}],
        "tools": [{"name": f"tool{i}", "input_schema": {"type": "object"}} for i in range(20)],
        "tool_choice": {"type": "auto"},
        "temperature": 0.5,
        "stop_sequences": ["x"],
    }


@pytest.mark.parametrize("params_type", [MessageCreateParams, BetaMessageCreateParams])
def test_fast_transform_returns_the_same_object_when_nothing_changes(params_type: Any) -> None:
    body = large_messages_body()
    assert fast_transform(body, params_type) is body
    assert same_json(body, transform(body, params_type))


class Trap(dict):  # type: ignore[type-arg]
    """A dict that fails the test if anything looks inside it."""

    def __contains__(self, key: object) -> bool:
        raise AssertionError(f"looked for {key!r}")

    def __getitem__(self, key: object) -> Any:
        raise AssertionError(f"read {key!r}")

    def items(self) -> Any:
        raise AssertionError("iterated")

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("iterated")


def test_fast_transform_only_walks_paths_to_aliases_and_formats() -> None:
    tools = (t for t in [ToolParam(name="f", input_schema={"type": "object"})])
    body: Dict[str, Any] = {
        "max_tokens": 1,
        "model": "m",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "x", "citations": [Trap()]}]}],
        "metadata": Trap(),
        "tool_choice": Trap(),
        "system": [Trap()],
        "tools": tools,
        "thinking": Trap(),
    }
    assert fast_transform(body, MessageCreateParams) is body
    assert next(tools)["name"] == "f"  # the generator was not consumed

    # A beta batch: only requests[].params.{betas, messages[].content...} are visited.
    batch = {"requests": [{"custom_id": "a", "params": {"betas": ["b"], "tools": [Trap()], "metadata": Trap()}}]}
    assert fast_transform(batch, BatchCreateParams)["requests"][0]["params"]["anthropic-beta"] == ["b"]


def test_types_without_alias_or_format_get_no_plan() -> None:
    for tp in (MetadataParam, ToolParam, anthropic.types.TextBlockParam, Dict[str, int], int, object):
        assert not needs_transform(tp)
        value: Dict[str, Any] = {"user_id": "x", "name": "n"}
        assert fast_transform(value, tp) is value
    for tp in (MessageCreateParams, BatchCreateParams, anthropic.types.Base64ImageSourceParam):
        assert needs_transform(tp)


def test_fast_transform_formats(image_path: Path) -> None:
    out = fast_transform(params_input(), Params)
    assert same_json(out, PARAMS_OUTPUT)
    source = anthropic.types.Base64ImageSourceParam
    assert fast_transform({"data": image_path}, source) == {"data": FILE_B64}
    assert fast_transform({"data": io.BytesIO(b"abc")}, source) == {"data": "YWJj"}
    assert fast_transform({"data": io.StringIO("abc")}, source) == {"data": "YWJj"}
    unchanged = {"data": "QUJD"}
    assert fast_transform(unchanged, source) is unchanged
    assert fast_transform({"data": b"abc"}, source) == {"data": b"abc"}


class UnionA(TypedDict, total=False):
    x: Annotated[str, PropertyInfo(alias="X")]
    shared: Annotated[str, PropertyInfo(alias="from_a")]


class UnionB(TypedDict, total=False):
    y: Annotated[str, PropertyInfo(alias="Y")]
    shared: Annotated[str, PropertyInfo(alias="from_b")]


class Tree(TypedDict, total=False):
    name: Annotated[str, PropertyInfo(alias="Name")]
    children: Iterable[Tree]
    leaves: List[Leaf]


class Leaf(TypedDict, total=False):
    when: Annotated[date, PropertyInfo(format="iso8601")]
    parent: Tree


def test_fast_transform_union_members_apply_in_turn() -> None:
    data = {"x": "1", "y": "2", "shared": "3", "other": 4}
    expected = {"X": "1", "Y": "2", "from_a": "3", "other": 4}
    assert transform(data, Union[UnionA, UnionB]) == expected
    assert fast_transform(data, Union[UnionA, UnionB]) == expected
    assert fast_transform(data, Union[UnionB, UnionA]) == transform(data, Union[UnionB, UnionA])


def test_fast_transform_recursive_typeddicts() -> None:
    data = {
        "name": "root",
        "children": [{"name": "kid", "leaves": [{"when": DAY, "parent": {"name": "up"}}]}],
        "leaves": ({"when": DAY},),  # a tuple for a List: left as is (the reference does the same)
    }
    expected = {
        "Name": "root",
        "children": [{"Name": "kid", "leaves": [{"when": "2024-01-02", "parent": {"Name": "up"}}]}],
        "leaves": ({"when": DAY},),
    }
    assert transform(data, Tree) == expected
    assert fast_transform(data, Tree) == expected
    assert needs_transform(Leaf)


def test_fast_transform_compiles_once_under_concurrency() -> None:
    class Fresh(TypedDict, total=False):
        inner: List[Params]

    results: List[Any] = []
    barrier = threading.Barrier(8)

    def run() -> None:
        barrier.wait()
        results.append(fast_transform({"inner": [{"a": "v", "e": DAY}]}, Fresh))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [{"inner": [{"A": "v", "e": "2024-01-02"}]}] * 8


# --------------------------------------------------------------------------------------
# Every aliased key in anthropic.types, wherever it is nested


def all_typeddicts() -> List[Any]:
    found: Dict[str, Any] = {}
    for info in pkgutil.walk_packages(anthropic.types.__path__, "anthropic.types."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if is_typeddict(value) and value.__module__.startswith("anthropic.types"):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


def unwrap(tp: Any) -> Any:
    while get_origin(tp) in (Required, NotRequired, Annotated):
        tp = get_args(tp)[0]
    return tp


def field_property(hint: Any, attribute: str) -> Optional[str]:
    """The PropertyInfo `alias` / `format` on a field annotation itself (under Required/NotRequired)."""
    while get_origin(hint) in (Required, NotRequired):
        hint = get_args(hint)[0]
    if get_origin(hint) is Annotated:
        for meta in hint.__metadata__:
            if isinstance(meta, PropertyInfo) and getattr(meta, attribute):
                return str(getattr(meta, attribute))
    return None


Path_ = Tuple[Tuple[str, str], ...]  # ("key", name) / ("item", "")


def property_paths(tp: Any, attribute: str, seen: Set[Any]) -> Iterator[Tuple[Path_, str]]:
    """Every path from `tp` to a key with an alias (or a format), found independently of the SDK."""
    tp = unwrap(tp)
    origin = get_origin(tp) or tp
    if is_typeddict(tp):
        if tp in seen:
            return
        for name, hint in typing_extensions.get_type_hints(tp, include_extras=True).items():
            found = field_property(hint, attribute)
            if found:
                yield (("key", name),), found
            for path, inner in property_paths(hint, attribute, seen | {tp}):
                yield (("key", name), *path), inner
    elif origin in (list, collections.abc.Iterable, collections.abc.Sequence):
        for path, found in property_paths(get_args(tp)[0], attribute, seen):
            yield (("item", ""), *path), found
    elif origin is Union:
        for member in get_args(tp):
            yield from property_paths(member, attribute, seen)


def build(path: Path_, leaf: Any) -> Any:
    value = leaf
    for kind, name in reversed(path):
        value = {name: value} if kind == "key" else [value]
    return value


def parent(data: Any, path: Path_) -> Any:
    for kind, name in path[:-1]:
        data = data[name] if kind == "key" else data[0]
    return data


def cases(attribute: str) -> List[Any]:
    found: Dict[Tuple[Any, Path_], Any] = {}
    for td in all_typeddicts():
        name = f"{td.__module__[len('anthropic.types.') :]}.{td.__qualname__}"
        for path, value in property_paths(td, attribute, set()):
            steps = ".".join(n or "[]" for _, n in path)
            found.setdefault((td, path), pytest.param(td, path, value, id=f"{name}:{steps}"))
    return list(found.values())


ALIAS_CASES = cases("alias")
FORMAT_CASES = cases("format")


def test_the_tables_cover_the_known_cases() -> None:
    ids = {p.id for p in ALIAS_CASES}
    assert "beta.messages.batch_create_params.BatchCreateParams:requests.[].params.betas" in ids
    assert sum(1 for p in ALIAS_CASES if p.values[2] == "anthropic-beta") >= 20
    ids = {p.id for p in FORMAT_CASES}
    assert "message_create_params.MessageCreateParamsBase:messages.[].content.[].source.data" in ids
    assert len(FORMAT_CASES) >= 100 and {p.values[2] for p in FORMAT_CASES} == {"base64"}


@pytest.mark.parametrize(("td", "path", "alias"), ALIAS_CASES)
def test_every_aliased_key_is_renamed(td: Any, path: Path_, alias: str) -> None:
    key = path[-1][1]
    for fn in (transform, fast_transform):
        out = fn(build(path, ["value"]), td)
        container = parent(out, path)
        assert alias in container and key not in container, (fn, out)
        assert container[alias] == ["value"]


@pytest.mark.parametrize(("td", "path", "fmt"), FORMAT_CASES)
def test_every_formatted_key_is_encoded(td: Any, path: Path_, fmt: str) -> None:
    key = path[-1][1]
    for fn in (transform, fast_transform):
        out = fn(build(path, io.BytesIO(b"abc")), td)
        assert parent(out, path)[key] == "YWJj", (fn, out)


def test_get_type_hints_wrapper() -> None:
    from anthropic._utils._transform import get_type_hints

    assert get_type_hints(Params)["e"] is date
    assert get_origin(get_type_hints(Params, include_extras=True)["e"]) is Annotated

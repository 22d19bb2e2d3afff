"""`anthropic._utils`: the reference release's helpers, with its behaviour.

Expected values were observed by running the reference SDK (0.74.1) on the same inputs.

No `from __future__ import annotations` here: some checks compare annotation objects.
"""

# The type helpers keep the reference's signatures (`typ: type`), which typing forms do not match.
# pyright: reportArgumentType=false

import collections.abc
import inspect
import io
import sys
import threading
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any, Dict, Generic, Iterable, List, Optional, Sequence, TypeVar, Union

import httpx
import pytest
import typing_extensions
from typing_extensions import Annotated, Literal, NotRequired, Required, TypeAliasType, TypedDict

import anthropic
from anthropic import NOT_GIVEN, _utils as utils, omit
from anthropic._utils import (
    LazyProxy,
    PropertyInfo,
    assert_signatures_in_sync,
    asyncify,
    coerce_boolean,
    coerce_float,
    coerce_integer,
    consume_async_iterator,
    consume_sync_iterator,
    deepcopy_minimal,
    extract_files,
    extract_type_arg,
    extract_type_var_from_base,
    file_from_path,
    flatten,
    function_has_argument,
    get_async_library,
    get_required_header,
    is_annotated_type,
    is_dict,
    is_given,
    is_iterable,
    is_iterable_type,
    is_list,
    is_list_type,
    is_literal_type,
    is_mapping,
    is_mapping_t,
    is_required_type,
    is_sequence,
    is_sequence_t,
    is_sequence_type,
    is_tuple,
    is_tuple_t,
    is_type_alias_type,
    is_typeddict,
    is_union,
    is_union_type,
    json_safe,
    lru_cache,
    maybe_coerce_boolean,
    maybe_coerce_float,
    maybe_coerce_integer,
    removeprefix,
    removesuffix,
    required_args,
    strip_annotated_type,
    strip_not_given,
)

# Every name the reference's `anthropic._utils` exports, but `parse_date` / `parse_datetime`
# (they come from `anthropic._datetime_parse`, added separately).
REFERENCE_UTILS_NAMES = [
    "LazyProxy",
    "PropertyInfo",
    "assert_signatures_in_sync",
    "async_maybe_transform",
    "async_transform",
    "asyncify",
    "coerce_boolean",
    "coerce_float",
    "coerce_integer",
    "consume_async_iterator",
    "consume_sync_iterator",
    "deepcopy_minimal",
    "extract_files",
    "extract_type_arg",
    "extract_type_var_from_base",
    "file_from_path",
    "flatten",
    "function_has_argument",
    "get_args",
    "get_async_library",
    "get_origin",
    "get_required_header",
    "is_annotated_type",
    "is_dict",
    "is_given",
    "is_iterable",
    "is_iterable_type",
    "is_list",
    "is_list_type",
    "is_literal_type",
    "is_mapping",
    "is_mapping_t",
    "is_required_type",
    "is_sequence",
    "is_sequence_t",
    "is_sequence_type",
    "is_tuple",
    "is_tuple_t",
    "is_type_alias_type",
    "is_typeddict",
    "is_union",
    "is_union_type",
    "json_safe",
    "lru_cache",
    "maybe_coerce_boolean",
    "maybe_coerce_float",
    "maybe_coerce_integer",
    "maybe_transform",
    "removeprefix",
    "removesuffix",
    "required_args",
    "strip_annotated_type",
    "strip_not_given",
    "transform",
]

REFERENCE_UTILS_UTILS_NAMES = [
    "coerce_boolean",
    "coerce_float",
    "coerce_integer",
    "deepcopy_minimal",
    "extract_files",
    "file_from_path",
    "flatten",
    "get_async_library",
    "get_required_header",
    "human_join",
    "is_dict",
    "is_given",
    "is_iterable",
    "is_list",
    "is_mapping",
    "is_mapping_t",
    "is_sequence",
    "is_sequence_t",
    "is_tuple",
    "is_tuple_t",
    "json_safe",
    "lru_cache",
    "maybe_coerce_boolean",
    "maybe_coerce_float",
    "maybe_coerce_integer",
    "quote",
    "removeprefix",
    "removesuffix",
    "required_args",
    "strip_not_given",
]


# --------------------------------------------------------------------------------------
# Surface


@pytest.mark.parametrize("name", REFERENCE_UTILS_NAMES)
def test_reference_names_are_importable(name: str) -> None:
    assert callable(getattr(utils, name))
    assert name in utils.__all__
    assert name in dir(utils)


@pytest.mark.parametrize("name", REFERENCE_UTILS_UTILS_NAMES)
def test_utils_utils_module_path(name: str) -> None:
    from anthropic._utils import _utils as inner

    assert callable(getattr(inner, name))
    if name not in ("human_join", "quote"):
        assert getattr(inner, name) is getattr(utils, name)


def test_submodule_paths_and_identities() -> None:
    from anthropic._utils import _proxy, _reflection, _streams, _sync, _transform, _typing

    assert _transform.PropertyInfo is PropertyInfo
    assert _transform.transform is utils.transform
    assert _proxy.LazyProxy is LazyProxy
    assert _sync.asyncify is asyncify
    assert _streams.consume_sync_iterator is consume_sync_iterator
    assert _reflection.function_has_argument is function_has_argument
    assert _typing.is_list_type is is_list_type
    assert utils.file_from_path is anthropic.file_from_path
    # The hot-path helpers keep their names and homes.
    assert {"PropertyInfo", "is_given", "strip_omitted", "path_param", "merge_mappings"} <= set(vars(utils))


def test_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        utils.nope  # type: ignore[attr-defined]  # noqa: B018


def test_property_info_repr_and_fields() -> None:
    assert (
        repr(PropertyInfo(alias="a", format="iso8601"))
        == "PropertyInfo(alias='a', format=iso8601, format_template='None', discriminator='None')"
    )
    assert (
        repr(PropertyInfo()) == "PropertyInfo(alias='None', format=None, format_template='None', discriminator='None')"
    )
    info = PropertyInfo(format="custom", format_template="%Y")
    assert (info.alias, info.format, info.format_template, info.discriminator) == (None, "custom", "%Y", None)


# --------------------------------------------------------------------------------------
# required_args


@required_args(["a"])
def one(*, a: object = None, b: object = None) -> str:
    return "ok"


@required_args(["a", "b", "c"])
def three(a: object = None, b: object = None, c: object = None) -> str:
    return "ok"


@required_args(["max_tokens", "messages", "model"], ["max_tokens", "messages", "model", "stream"])
def create(*, max_tokens: object = None, messages: object = None, model: object = None, stream: object = None) -> str:
    return "ok"


@required_args(["a"], ["b"], ["c", "d"])
def either(*, a: object = None, b: object = None, c: object = None, d: object = None) -> str:
    return "ok"


@required_args(["a"], ["b"])
def positional(a: object = None, b: object = None) -> str:
    return "ok"


def test_required_args_passes_when_a_variant_is_complete() -> None:
    assert one(a=1) == "ok"
    assert one(a=None) == "ok"  # given, whatever the value
    assert three(1, 2, 3) == "ok"
    assert three(1, b=2, c=3) == "ok"
    assert create(max_tokens=1, messages=[], model="m") == "ok"
    assert either(c=1, d=2) == "ok"
    assert positional(None) == "ok"


def test_required_args_one_variant_names_the_missing_arguments() -> None:
    with pytest.raises(TypeError) as exc:
        one(b=1)
    assert str(exc.value) == "Missing required argument: 'a'"
    with pytest.raises(TypeError) as exc:
        three(b=2)
    assert str(exc.value) == "Missing required arguments: 'a' or 'c'"
    with pytest.raises(TypeError) as exc:
        three()
    assert str(exc.value) == "Missing required arguments: 'a', 'b' or 'c'"


def test_required_args_several_variants_lists_them() -> None:
    with pytest.raises(TypeError) as exc:
        create(max_tokens=1)
    assert str(exc.value) == (
        "Missing required arguments; Expected either ('max_tokens', 'messages' and 'model') or "
        "('max_tokens', 'messages', 'model' and 'stream') arguments to be given"
    )
    with pytest.raises(TypeError) as exc:
        either(c=1)
    assert (
        str(exc.value)
        == "Missing required arguments; Expected either ('a'), ('b') or ('c' and 'd') arguments to be given"
    )
    with pytest.raises(TypeError) as exc:
        positional()
    assert str(exc.value) == "Missing required arguments; Expected either ('a') or ('b') arguments to be given"


def test_required_args_counts_positional_arguments() -> None:
    with pytest.raises(TypeError) as exc:
        three(1, 2, 3, 4)  # type: ignore[call-arg]
    assert str(exc.value) == "three() takes 3 argument(s) but 4 were given"
    with pytest.raises(TypeError) as exc:
        one(1)  # type: ignore[misc]
    assert str(exc.value) == "one() takes 0 argument(s) but 1 were given"

    class Resource:
        @required_args(["a"])
        def method(self, *, a: object = None) -> str:
            return "ok"

    assert Resource().method(a=1) == "ok"
    with pytest.raises(TypeError, match=r"^Missing required argument: 'a'$"):
        Resource().method()


def test_required_args_keeps_the_function_identity() -> None:
    assert one.__name__ == "one"
    assert one.__wrapped__ is not None  # type: ignore[attr-defined]
    assert list(inspect.signature(create).parameters) == ["max_tokens", "messages", "model", "stream"]


def test_required_args_edge_cases() -> None:
    @required_args([])
    def nothing_required(a: object = None) -> str:
        return "ok"

    assert nothing_required() == "ok"

    @required_args()
    def no_variant(a: object = None) -> str:
        return "ok"

    with pytest.raises(AssertionError):  # as the reference: nothing can satisfy no variant
        no_variant(1)


# --------------------------------------------------------------------------------------
# isinstance helpers


def test_isinstance_helpers() -> None:
    headers = httpx.Headers({"a": "1"})
    assert (is_dict({}), is_dict(headers), is_list([]), is_list(()), is_tuple(()), is_tuple([])) == (
        True,
        False,
        True,
        False,
        True,
        False,
    )
    assert (is_mapping(headers), is_mapping([]), is_mapping_t({}), is_sequence("s"), is_sequence(set())) == (
        True,
        False,
        True,
        True,
        False,
    )
    assert (is_sequence_t(()), is_tuple_t((1,)), is_iterable(1), is_iterable("s"), is_iterable(iter([]))) == (
        True,
        True,
        False,
        True,
        True,
    )
    assert (is_given(None), is_given(0), is_given(NOT_GIVEN), is_given(omit)) == (True, True, False, False)


# --------------------------------------------------------------------------------------
# Type helpers


class _TD(TypedDict):
    a: int


IntAlias = TypeAliasType("IntAlias", int)


def test_type_helpers() -> None:
    assert utils.get_args(Optional[int]) == (int, type(None))
    assert utils.get_origin(List[int]) is list
    assert (is_union(Union), is_union(Optional[int]), is_union(None)) == (True, False, False)
    if sys.version_info >= (3, 10):
        assert is_union(type(int | str)) and is_union_type(int | None)
    assert (is_literal_type(Literal["a"]), is_literal_type(typing_extensions.Literal["a"]), is_literal_type(str)) == (
        True,
        True,
        False,
    )
    assert (is_typeddict(_TD), is_typeddict(dict)) == (True, False)
    assert (is_list_type(List[int]), is_list_type(list), is_list_type(Iterable[int])) == (True, True, False)
    assert (is_iterable_type(Iterable[int]), is_iterable_type(collections.abc.Iterable), is_iterable_type(list)) == (
        True,
        True,
        False,
    )
    assert all(is_sequence_type(t) for t in (Sequence[int], typing.Sequence, collections.abc.Sequence[int]))
    assert not is_sequence_type(List[int])
    assert (is_union_type(Optional[int]), is_union_type(Union), is_union_type(int)) == (True, False, False)
    assert (is_annotated_type(Annotated[int, 1]), is_annotated_type(int)) == (True, False)
    assert (is_required_type(Required[int]), is_required_type(NotRequired[int])) == (True, False)
    assert (is_type_alias_type(IntAlias), is_type_alias_type(int)) == (True, False)


def test_strip_annotated_type_and_extract_type_arg() -> None:
    assert strip_annotated_type(Required[Annotated[int, 1]]) is int
    assert strip_annotated_type(Annotated[Required[int], 1]) is int  # type: ignore[misc]
    # NotRequired is left in place (as in the reference).
    assert strip_annotated_type(NotRequired[Annotated[int, 1]]) == NotRequired[Annotated[int, 1]]
    assert extract_type_arg(Dict[str, int], 1) is int
    with pytest.raises(RuntimeError) as exc:
        extract_type_arg(List[int], 1)
    assert str(exc.value) == "Expected type typing.List[int] to have a type argument at index 1 but it did not"
    assert isinstance(exc.value.__cause__, IndexError)


T = TypeVar("T")


class Base(Generic[T]): ...


class Sub(Base[int]): ...


class GenericSub(Base[T], Generic[T]): ...


class Other(Generic[T]): ...


class OtherSub(Other[int]): ...


def test_extract_type_var_from_base() -> None:
    assert extract_type_var_from_base(Base[str], generic_bases=(Base,), index=0) is str
    assert extract_type_var_from_base(Sub, generic_bases=(Base,), index=0) is int
    assert extract_type_var_from_base(GenericSub[bytes], generic_bases=(Base,), index=0) is bytes
    with pytest.raises(RuntimeError) as exc:
        extract_type_var_from_base(OtherSub, generic_bases=(Base,), index=0)
    assert str(exc.value) == (
        "Could not find the generic base class;\nThis should never happen;\n"
        f"Does {OtherSub} inherit from one of {(Base,)} ?"
    )


# --------------------------------------------------------------------------------------
# Containers, strings, numbers


def test_flatten_deepcopy_minimal_strip_not_given() -> None:
    assert flatten([[1], [], [2, 3]]) == [1, 2, 3]
    source: Dict[str, Any] = {"a": [1, {"b": (1, [2])}], "c": "s"}
    copy = deepcopy_minimal(source)
    assert copy == source and copy is not source
    assert copy["a"] is not source["a"] and copy["a"][1] is not source["a"][1]
    assert copy["a"][1]["b"] is source["a"][1]["b"]  # tuples are shared
    assert strip_not_given(None) is None
    assert strip_not_given(5) == 5
    assert strip_not_given({"a": 1, "b": NOT_GIVEN, "c": omit}) == {"a": 1, "c": omit}


def test_json_safe() -> None:
    data = {"a": date(2024, 1, 2), 1: (1, datetime(2024, 1, 1, 1, 1))}
    assert json_safe(data) == {"a": "2024-01-02", 1: [1, "2024-01-01T01:01:00"]}
    assert json_safe(b"x") == b"x" and json_safe("s") == "s" and json_safe({1, 2}) == [1, 2]


def test_strings_and_coercions() -> None:
    assert (removeprefix("abc", "a"), removeprefix("abc", "x"), removesuffix("abc", "c"), removesuffix("abc", "x")) == (
        "bc",
        "abc",
        "ab",
        "abc",
    )
    assert removesuffix("abc", "") == "abc"  # (the reference returns "" here; str.removesuffix does not)
    assert (coerce_integer("10"), coerce_float("1.5")) == (10, 1.5)
    assert [coerce_boolean(v) for v in ("true", "1", "on", "True", "yes", "0")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert (maybe_coerce_integer(None), maybe_coerce_float(None), maybe_coerce_boolean(None)) == (None, None, None)
    assert (maybe_coerce_integer("3"), maybe_coerce_float("2"), maybe_coerce_boolean("on")) == (3, 2.0, True)
    with pytest.raises(ValueError, match="invalid literal for int"):
        coerce_integer("0x10")


def test_get_required_header() -> None:
    assert get_required_header({"X-Foo": "1"}, "x-foo") == "1"
    assert get_required_header(httpx.Headers({"X-Foo": "2"}), "x-foo") == "2"
    assert get_required_header({"Stainless-Event-Id": "3"}, "stainless-event-id") == "3"

    class OnlyGet:
        def get(self, key: str) -> Optional[str]:
            return "4" if key == "Stainless-Event-Id" else None

    assert get_required_header(OnlyGet(), "stainless-event-id") == "4"
    with pytest.raises(ValueError) as exc:
        get_required_header({}, "x-foo")
    assert str(exc.value) == "Could not find x-foo header"


def test_lru_cache() -> None:
    calls: List[int] = []

    @lru_cache(maxsize=2)
    def square(x: int) -> int:
        calls.append(x)
        return x * x

    assert (square(3), square(3)) == (9, 9) and calls == [3]
    assert square.cache_info().maxsize == 2  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------
# Files


def test_extract_files_pops_files_by_path() -> None:
    stream = io.BytesIO(b"1")
    query: Dict[str, Any] = {
        "a": b"x",
        "b": {"c": [stream, b"2"]},
        "d": [{"e": b"3"}, {"e": b"4"}, {"f": 1}],
        "g": omit,
        "h": "str",
    }
    paths = [["a"], ["b", "c"], ["d", "<array>", "e"], ["g"], ["zz"], ["h", "x"]]
    assert extract_files(query, paths=paths) == [
        ("a", b"x"),
        ("b[c][]", stream),
        ("b[c][]", b"2"),
        ("d[][e]", b"3"),
        ("d[][e]", b"4"),
    ]
    assert query == {"b": {}, "d": [{}, {}, {"f": 1}], "h": "str"}
    assert extract_files({"a": [[b"1"]]}, paths=[["a", "<array>", "<array>"]]) == [("a[][]", b"1")]
    assert extract_files({"a": (b"1",)}, paths=[["a"]]) == [("a", (b"1",))]


def test_extract_files_rejects_other_values() -> None:
    suffix = (
        " to be bytes, an io.IOBase instance, PathLike or a tuple but received <class 'str'> instead. "
        "See https://github.com/anthropics/anthropic-sdk-python/tree/main#file-uploads"
    )
    with pytest.raises(RuntimeError) as exc:
        extract_files({"a": "nope"}, paths=[["a"]])
    assert str(exc.value) == "Expected entry at `a`" + suffix
    with pytest.raises(RuntimeError) as exc:
        extract_files({"a": ["nope"]}, paths=[["a"]])
    assert str(exc.value) == "Expected entry at `a[]`" + suffix


def test_file_from_path(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01hello")
    assert file_from_path(str(path)) == ("x.bin", b"\x00\x01hello")


# --------------------------------------------------------------------------------------
# LazyProxy, asyncify, iterators, reflection


class Target:
    x = 1

    def __repr__(self) -> str:
        return "<Target>"

    def __str__(self) -> str:
        return "target-str"


class Proxy(LazyProxy[Target]):
    def __load__(self) -> Target:
        return Target()


class ProxyOfProxy(LazyProxy[Target]):
    def __load__(self) -> Target:
        return Proxy()  # type: ignore[return-value]


class Failing(LazyProxy[Target]):
    def __load__(self) -> Target:
        raise ValueError("nope")


def test_lazy_proxy_forwards_to_the_loaded_object() -> None:
    proxy = Proxy()
    assert proxy.x == 1  # type: ignore[attr-defined]
    assert (repr(proxy), str(proxy)) == ("<Target>", "target-str")
    assert proxy.__class__ is Target and isinstance(proxy, Target) and type(proxy) is Proxy
    assert "x" in dir(proxy)
    assert proxy.__as_proxied__() is proxy


def test_lazy_proxy_of_a_proxy_and_failing_load() -> None:
    nested = ProxyOfProxy()
    assert type(nested.x) is Proxy  # type: ignore[attr-defined]  # any attribute: the inner proxy
    assert (repr(nested), str(nested), dir(nested)) == ("Target", "Target", [])
    assert nested.__class__ is Proxy
    failing = Failing()
    assert failing.__class__ is Failing
    with pytest.raises(ValueError, match="nope"):
        failing.x  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.anyio
async def test_asyncify_runs_in_a_worker_thread() -> None:
    def blocking(a: int, b: int = 2) -> typing.Tuple[int, int, bool]:
        return a, b, threading.current_thread() is threading.main_thread()

    assert await asyncify(blocking)(1, b=3) == (1, 3, False)
    assert get_async_library() == "asyncio"


@pytest.mark.anyio
async def test_consume_iterators() -> None:
    seen: List[int] = []

    def gen() -> typing.Iterator[int]:
        for i in range(3):
            seen.append(i)
            yield i

    async def agen() -> typing.AsyncIterator[int]:
        for i in range(3, 5):
            seen.append(i)
            yield i

    consume_sync_iterator(gen())
    await consume_async_iterator(agen())
    assert seen == [0, 1, 2, 3, 4]


def test_get_async_library_outside_a_loop() -> None:
    assert get_async_library() == "false"


def test_reflection() -> None:
    def source(a: int, b: str) -> None: ...

    def missing(a: int) -> None: ...

    def other_type(a: str, b: str) -> None: ...

    assert function_has_argument(source, "b") and not function_has_argument(source, "c")
    assert_signatures_in_sync(source, source)
    assert_signatures_in_sync(source, missing, exclude_params={"b"})
    with pytest.raises(AssertionError) as exc:
        assert_signatures_in_sync(source, missing)
    assert str(exc.value) == "1 errors encountered when comparing signatures:\n\nthe `b` param is missing"
    with pytest.raises(AssertionError) as exc:
        assert_signatures_in_sync(source, other_type)
    assert str(exc.value) == (
        "1 errors encountered when comparing signatures:\n\n"
        "types for the `a` param are do not match; source=<class 'int'> checking=<class 'str'>"
    )

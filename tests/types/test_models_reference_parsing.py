"""Lenient parsing gives what the 0.74.1 SDK gives (expected values probed from it).

Unions are validated laxly as a whole first (the variant that fits wins, ``"5"`` becomes ``5``
for ``Optional[int]``), then picked by tag, then built as their first member; datetimes
outside unions are read by the reference's own parser (``timezone.utc``, a date alone stays a
string), datetimes inside unions by pydantic. The fast path (validation from bytes) agrees.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any, Dict, List, Optional, Union

import pydantic
import pytest
from typing_extensions import Literal

from anthropic import BaseModel
from anthropic._models import (
    UnknownVariant,
    construct_type,
    construct_type_unchecked,
    validate_json,
    validate_type,
)
from anthropic._utils import PropertyInfo
from anthropic.pagination import SyncPage
from anthropic.types import ModelInfo
from anthropic.types.beta import BetaMessage, FileMetadata
from anthropic.types.messages import MessageBatch

UTC = timezone.utc


class Sub1(BaseModel):
    a: int


class Sub2(BaseModel):
    b: str


class Sub3(BaseModel):
    a: int
    c: Optional[str] = None


class Pair(BaseModel):
    u: Union[Sub1, Sub2]


class MaybePair(BaseModel):
    u: Optional[Union[Sub1, Sub2]] = None


class ModelOrList(BaseModel):
    u: Union[Sub1, List[Sub2]]


class ListOrModel(BaseModel):
    u: Union[List[int], Sub1]


class Overlapping(BaseModel):
    u: Union[Sub1, Sub3]


class Counts(BaseModel):
    n: Optional[int] = None
    m: int = 0


class Number(BaseModel):
    f: Union[float, str]


class Mapped(BaseModel):
    d: Union[Dict[str, int], Sub1]


class One(BaseModel):
    type: Literal["one"]
    x: int


class Two(BaseModel):
    type: Literal["two"]
    y: int


def state(model: BaseModel) -> Any:
    """Class, values, extras and set fields of a model, recursively."""

    def plain(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return state(value)
        if isinstance(value, list):
            return [plain(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
        return value

    return (
        type(model).__name__,
        {k: plain(v) for k, v in model.__dict__.items()},
        model.model_extra,
        model.model_fields_set,
    )


# --------------------------------------------------------------------------------------
# Item 10: construct() with unions that have no tag


@pytest.mark.parametrize(
    ("model", "data", "expected"),
    [
        # the variant that validates wins, even when it is not the first
        (Pair, {"u": {"b": "x"}}, Sub2(b="x")),
        (MaybePair, {"u": {"b": "x"}}, Sub2(b="x")),
        (Pair, {"u": {"a": "1"}}, Sub1(a=1)),  # lax: "1" -> 1
        (Overlapping, {"u": {"a": 1, "c": "z"}}, Sub3(a=1, c="z")),
        # nothing validates: the first variant, built leniently
        (Pair, {"u": {"b": 1}}, Sub1.construct(b=1)),
        (Pair, {"u": {"z": 1}}, Sub1.construct(z=1)),
        (ModelOrList, {"u": {"b": "x"}}, Sub1.construct(b="x")),
    ],
)
def test_construct_picks_the_variant_that_validates(model: Any, data: Dict[str, Any], expected: BaseModel) -> None:
    for build in (model.construct, model.model_construct):
        built = build(**data)
        assert state(built.u) == state(expected)
        assert built.model_fields_set == {"u"}


def test_construct_union_details() -> None:
    both = Pair.construct(u={"a": "x", "b": "y"}).u
    assert isinstance(both, Sub2) and both.b == "y" and both.model_extra == {"a": "x"}
    extra = Overlapping.construct(u={"a": 1, "c": 3}).u  # Sub3 refuses c=3: Sub1 with c as an extra
    assert isinstance(extra, Sub1) and extra.model_extra == {"c": 3}
    assert Pair.construct(u=5).u == 5
    assert Pair.construct(u="s").u == "s"
    assert Pair.construct(u=None).u is None
    listed = Pair.construct(u=[{"a": 1}]).u  # a list for a model: each object becomes the model
    assert isinstance(listed, list) and state(listed[0]) == state(Sub1(a=1))  # pyright: ignore[reportUnknownArgumentType]
    models = ModelOrList.construct(u=[{"b": "x"}]).u
    assert isinstance(models, list) and state(models[0]) == state(Sub2(b="x"))
    first = ModelOrList.construct(u=[{"b": 1}, 3]).u  # the list does not validate: first variant
    assert isinstance(first, list) and state(first[0]) == state(Sub1.construct(b=1)) and first[1] == 3  # pyright: ignore[reportUnknownArgumentType]
    assert ListOrModel.construct(u=[1, "2"]).u == [1, 2]
    assert ListOrModel.construct(u=[1, "x"]).u == [1, "x"]
    assert ListOrModel.construct(u={"a": "x"}).u == {"a": "x"}  # first variant is a list: kept as sent
    assert state(ListOrModel.construct(u={"a": "2"}).u) == state(Sub1(a=2))  # pyright: ignore[reportArgumentType]
    assert Mapped.construct(d={"a": "1"}).d == {"a": 1}
    assert Mapped.construct(d={"a": "x"}).d == {"a": "x"}
    assert construct_type([{"b": "x"}], Sub1) == [Sub1.construct(b="x")]
    assert state(construct_type({"b": "x"}, Union[Sub1, Sub2])) == state(Sub2(b="x"))


def test_tagged_unions_still_use_the_tag() -> None:
    tagged: Any = Union[One, Two]
    two = construct_type({"type": "two", "y": "x"}, tagged)  # does not validate: the tag decides
    assert isinstance(two, Two) and two.y == "x"
    unknown = construct_type({"type": "three", "y": "x"}, tagged)
    assert isinstance(unknown, UnknownVariant) and unknown.model_extra == {"type": "three", "y": "x"}
    valid = construct_type({"type": "two", "y": "3"}, tagged)
    assert isinstance(valid, Two) and valid.y == 3  # lax validation first
    untagged = construct_type({"y": "x"}, tagged)  # no tag at all: the first variant
    assert isinstance(untagged, One) and untagged.model_extra == {"y": "x"}


# --------------------------------------------------------------------------------------
# Item 11: unions are validated laxly first


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5), ("x", "x"), (5.0, 5), (5.5, 5.5), (True, 1), (None, None)],
)
def test_optional_int_is_validated_laxly(value: Any, expected: Any) -> None:
    counts = Counts.construct(n=value, m="7")
    assert counts.n == expected and type(counts.n) is type(expected)
    assert counts.m == "7"  # not a union: kept as sent


def test_lax_unions_at_every_depth() -> None:
    assert construct_type("5", Optional[int]) == 5
    assert construct_type("5", int) == "5"
    assert construct_type(["5"], List[Optional[int]]) == [5]
    assert construct_type({"k": "5"}, Dict[str, Optional[int]]) == {"k": 5}
    assert Number.construct(f=5).f == 5.0
    assert Number.construct(f="5").f == "5"


def test_the_fast_path_falls_back_to_lax_unions() -> None:
    raw = json.dumps({"n": "5", "m": "7"})
    with pytest.raises(pydantic.ValidationError):
        validate_json(Counts, raw, strict=True)
    counts = construct_type(json.loads(raw), Counts)
    assert (counts.n, counts.m) == (5, "7")


# --------------------------------------------------------------------------------------
# Item 12: datetimes

BATCH: Dict[str, Any] = {
    "id": "msgbatch_1",
    "type": "message_batch",
    "processing_status": "ended",
    "request_counts": {"canceled": 0, "errored": 0, "expired": 0, "processing": 0, "succeeded": 1},
    "created_at": "2024-08-20T18:37:24.100435Z",
    "expires_at": "2024-08-21T18:37:24+05:30",
    "archived_at": "2024-08-20T18:37:24.100435Z",
    "ended_at": "2024-08-20",
    "cancel_initiated_at": None,
    "results_url": None,
}
MODEL_INFO: Dict[str, Any] = {
    "id": "claude-x",
    "type": "model",
    "display_name": "X",
    "created_at": "2025-02-19T00:00:00Z",
}
FILE: Dict[str, Any] = {
    "id": "file_1",
    "type": "file",
    "filename": "a.txt",
    "mime_type": "text/plain",
    "size_bytes": 3,
    "created_at": "2025-04-01T12:00:00.5Z",
    "downloadable": False,
}


def is_pydantic_utc(value: Any) -> bool:
    return (
        isinstance(value, datetime)
        and value.tzinfo is not UTC
        and value.utcoffset() is not None
        and not value.utcoffset()
    )


def test_construct_reads_datetimes_like_the_reference() -> None:
    batch = construct_type(BATCH, MessageBatch)
    assert batch.created_at == datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=UTC)
    assert batch.created_at.tzinfo is UTC
    assert repr(batch.created_at) == "datetime.datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=datetime.timezone.utc)"
    assert batch.expires_at.utcoffset() is not None and batch.expires_at.utcoffset().total_seconds() == 19800  # type: ignore[union-attr]
    assert type(batch.expires_at.tzinfo) is timezone
    # Optional[datetime] is a union: pydantic reads it (its TzInfo; a date alone is midnight)
    assert is_pydantic_utc(batch.archived_at)
    assert batch.ended_at == datetime(2024, 8, 20) and batch.ended_at.tzinfo is None
    assert batch.cancel_initiated_at is None
    date_only = construct_type({**BATCH, "created_at": "2024-08-20", "expires_at": 1724179044123}, MessageBatch)
    assert date_only.created_at == "2024-08-20"  # type: ignore[comparison-overlap]
    assert date_only.expires_at == datetime(2024, 8, 20, 18, 37, 24, 123000, tzinfo=UTC)
    assert construct_type(MODEL_INFO, ModelInfo).created_at.tzinfo is UTC
    assert construct_type(FILE, FileMetadata).created_at.tzinfo is UTC
    assert construct_type("2024-08-20", date) == date(2024, 8, 20)
    assert construct_type("20 Aug", date) == "20 Aug"


def test_fast_path_reads_datetimes_like_the_reference() -> None:
    batch = validate_json(MessageBatch, json.dumps({**BATCH, "ended_at": None}), strict=True)
    assert batch.created_at.tzinfo is UTC
    assert repr(batch.created_at) == "datetime.datetime(2024, 8, 20, 18, 37, 24, 100435, tzinfo=datetime.timezone.utc)"
    assert type(batch.expires_at.tzinfo) is timezone
    assert is_pydantic_utc(batch.archived_at)
    assert batch.request_counts.succeeded == 1
    assert validate_json(ModelInfo, json.dumps(MODEL_INFO), strict=True).created_at.tzinfo is UTC
    assert validate_json(FileMetadata, json.dumps(FILE), strict=True).created_at.tzinfo is UTC
    page = validate_json(SyncPage[ModelInfo], json.dumps({"data": [MODEL_INFO], "has_more": False}), strict=True)
    assert page.data[0].created_at.tzinfo is UTC
    listed = validate_json(List[ModelInfo], json.dumps([MODEL_INFO]), strict=True)
    assert listed[0].created_at.tzinfo is UTC
    stamped = validate_json(ModelInfo, json.dumps({**MODEL_INFO, "created_at": 1724179044}), strict=True)
    assert stamped.created_at == datetime(2024, 8, 20, 18, 37, 24, tzinfo=UTC)
    # what the reference keeps as a string makes the fast path fail (then construct_type keeps it)
    for refused in ("2025-02-19", "2025-02-19t00:00:00Z", "2025-02-19T00:00:00z", None):
        with pytest.raises(pydantic.ValidationError):
            validate_json(ModelInfo, json.dumps({**MODEL_INFO, "created_at": refused}), strict=True)


def test_fast_path_keeps_everything_else_as_pydantic_validates_it() -> None:
    data = {**MODEL_INFO, "new_field": {"a": [1]}}
    fast = validate_json(ModelInfo, json.dumps(data), strict=True)
    plain = ModelInfo.model_validate(data)
    assert fast.model_extra == plain.model_extra == {"new_field": {"a": [1]}}
    assert fast.model_fields_set == plain.model_fields_set
    assert fast.model_dump() == plain.model_dump()
    assert fast.__pydantic_private__ == plain.__pydantic_private__
    assert fast.to_json() == plain.to_json()


def test_datetimes_inside_unions_are_pydantic_s() -> None:
    message: Dict[str, Any] = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 2},
        "container": {"id": "c", "expires_at": "2025-01-01T00:00:00Z", "skills": None},
        "context_management": None,
    }
    for parsed in (validate_json(BetaMessage, json.dumps(message), strict=True), construct_type(message, BetaMessage)):
        assert parsed.container is not None and is_pydantic_utc(parsed.container.expires_at)


class Node(BaseModel):
    at: datetime
    children: List[Node] = []
    maybe: Optional[Node] = None


class Tree(BaseModel):
    at: datetime
    a: Node
    b: Node
    c: Optional[Node] = None


def test_recursive_models_read_datetimes_by_position() -> None:
    """A model used both inside and outside unions: each place reads its datetimes its own way."""
    node = {
        "at": "2024-01-01T00:00:00Z",
        "children": [{"at": "2024-01-01T00:00:00Z", "children": [{"at": "2024-01-01T01:00:00+01:00"}]}],
        "maybe": {"at": "2024-01-01T00:00:00Z", "children": [{"at": "2024-01-01T00:00:00Z"}]},
    }
    data = {"at": "2024-01-01T00:00:00Z", "a": node, "b": node, "c": node}
    for tree in (validate_json(Tree, json.dumps(data), strict=True), construct_type(data, Tree)):
        for outside in (tree.at, tree.a.at, tree.a.children[0].at, tree.b.children[0].children[0].at):
            assert outside.tzinfo is UTC or type(outside.tzinfo) is timezone
        assert tree.c is not None and tree.a.maybe is not None
        for inside in (tree.a.maybe.at, tree.a.maybe.children[0].at, tree.c.at, tree.c.children[0].at):
            assert is_pydantic_utc(inside)


def test_strict_validation_is_plain_pydantic() -> None:
    batch = validate_json(MessageBatch, json.dumps(BATCH), strict=False)
    assert is_pydantic_utc(batch.created_at)
    assert batch.ended_at == datetime(2024, 8, 20)
    assert is_pydantic_utc(validate_type(type_=ModelInfo, value=MODEL_INFO).created_at)


# --------------------------------------------------------------------------------------
# construct_type / construct_type_unchecked / validate_type


def test_construct_type_keywords_and_metadata() -> None:
    assert construct_type(value="5", type_=Optional[int]) == 5
    tagged = construct_type(
        value={"type": "two", "y": "x"}, type_=Union[One, Two], metadata=[PropertyInfo(discriminator="type")]
    )
    assert isinstance(tagged, Two)
    built = construct_type_unchecked(value={"a": "1"}, type_=Sub1)
    assert isinstance(built, Sub1) and built.a == "1"  # type: ignore[comparison-overlap]
    with pytest.raises(TypeError):
        construct_type_unchecked({"a": 1}, Sub1)  # type: ignore[misc]


def test_validate_type() -> None:
    optional_int: Any = Optional[int]
    assert validate_type(type_=optional_int, value="5") == 5
    assert validate_type(type_=List[int], value=["1", 2]) == [1, 2]
    assert validate_type(type_=Sub1, value={"a": "2"}).a == 2
    with pytest.raises(pydantic.ValidationError):
        validate_type(type_=Sub1, value={"a": "x"})
    with pytest.raises(TypeError):
        validate_type(Sub1, {"a": 1})  # type: ignore[misc]

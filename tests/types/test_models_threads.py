"""Several threads parsing a model for the first time all get complete results (issue 9, item 14).

A construction plan used to be published before its fields were filled in: a thread that
found it early put every declared field into ``model_extra`` and left nested models as dicts.
Fresh classes are made for each round so that every round is a first use, and a tiny switch
interval makes the threads interleave inside the first use.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Type

import pydantic
import pytest

from anthropic import BaseModel
from anthropic._models import construct_type, validate_json

THREADS = 16
ROUNDS = 20


@pytest.fixture
def busy_switching() -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def fresh_models() -> Tuple[Type[BaseModel], Type[BaseModel]]:
    class Usage(BaseModel):
        input_tokens: int
        output_tokens: int

    # Many fields make the first use long enough for the threads to meet inside it.
    fields: Dict[str, Any] = {name: (Optional[int], None) for name in PADDING}
    reply = pydantic.create_model(
        "Reply",
        __base__=BaseModel,
        **fields,
        id=(str, ...),
        usage=(Usage, ...),
        tags=(Optional[List[str]], None),
    )
    return reply, Usage


PADDING = [f"field_{i}" for i in range(40)]
PAYLOAD: Any = {
    **{name: i for i, name in enumerate(PADDING)},
    "id": "msg_1",
    "usage": {"input_tokens": 1, "output_tokens": "2"},  # not an int: the lenient path
    "tags": ["a"],
}


def one_round(parse: Callable[[Type[BaseModel]], Any]) -> List[str]:
    reply_cls, usage_cls = fresh_models()
    barrier = threading.Barrier(THREADS)
    results: List[Any] = []

    def work() -> None:
        barrier.wait()
        results.append(parse(reply_cls))

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == THREADS
    problems: List[str] = []
    for reply in results:
        if not isinstance(reply, reply_cls):
            problems.append(f"not a model: {reply!r}")
        elif reply.model_extra:
            problems.append(f"declared fields in model_extra: {reply.model_extra}")
        elif not isinstance(reply.usage, usage_cls) or reply.usage.model_extra:  # type: ignore[attr-defined]
            problems.append(f"usage not built: {reply.usage!r}")  # type: ignore[attr-defined]
    return problems


def in_threads(parse: Callable[[Type[BaseModel]], Any]) -> List[str]:
    """Problems seen over ``ROUNDS`` rounds of ``THREADS`` threads parsing fresh classes at once."""
    return [problem for _ in range(ROUNDS) for problem in one_round(parse)]


@pytest.mark.usefixtures("busy_switching")
def test_first_lenient_parse_from_many_threads() -> None:
    assert in_threads(lambda cls: construct_type(PAYLOAD, cls)) == []


@pytest.mark.usefixtures("busy_switching")
def test_first_fast_parse_from_many_threads() -> None:
    raw = json.dumps({**PAYLOAD, "usage": {"input_tokens": 1, "output_tokens": 2}})
    assert in_threads(lambda cls: validate_json(cls, raw, strict=True)) == []

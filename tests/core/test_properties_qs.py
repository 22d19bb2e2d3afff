"""Property-based tests of query-string encoding (``anthropic._qs``; hypothesis, no I/O).

* Flat parameters round-trip through ``urllib.parse.parse_qsl``: every key comes back once, in
  order, with its value formatted by the reference's rules (``true`` / ``false``, ``str()`` for
  numbers, strings as they are), and ``None``, ``""`` and ``omit`` send nothing.
* Lists become one comma-joined value (``None`` items skipped; an empty list still sends
  ``key=``); nested mappings become ``key[sub]`` keys. ``expected_pairs`` below states those
  rules independently of the encoder (they were checked against the reference release's
  ``Querystring(array_format="comma")`` on generated parameters).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple
from urllib.parse import parse_qsl

from hypothesis import given, settings, strategies as st

from anthropic._qs import encode_query, flatten_query
from anthropic._types import omit

BOUNDED = settings(max_examples=200, deadline=None, database=None)


def formatted(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def expected_pairs(params: Mapping[str, Any], prefix: Optional[str] = None) -> List[Tuple[str, str]]:
    pairs: List[Tuple[str, str]] = []
    for key, value in params.items():
        name = key if prefix is None else f"{prefix}[{key}]"
        if isinstance(value, dict):
            pairs += expected_pairs(value, name)  # pyright: ignore[reportUnknownArgumentType]
        elif isinstance(value, list):
            pairs.append((name, ",".join(formatted(item) for item in value if item is not None)))  # pyright: ignore
        elif value is not omit and formatted(value):
            pairs.append((name, formatted(value)))
    return pairs


def round_trip(params: Mapping[str, Any]) -> List[Tuple[str, str]]:
    return parse_qsl(encode_query(params), keep_blank_values=True)


key = st.text(max_size=8)
scalar = st.one_of(
    st.text(max_size=12),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.just(omit),
)


@BOUNDED
@given(st.dictionaries(key, scalar, max_size=6))
def test_flat_params_round_trip(params: Dict[str, Any]) -> None:
    expected = expected_pairs(params)
    assert flatten_query(params) == expected
    assert round_trip(params) == expected
    assert [k for k, _ in expected] == [k for k, v in params.items() if v is not omit and formatted(v)]


@BOUNDED
@given(
    st.dictionaries(
        key, st.lists(st.one_of(st.text(max_size=5), st.integers(), st.booleans(), st.none()), max_size=5), max_size=4
    )
)
def test_lists_are_one_comma_joined_value(params: Dict[str, Any]) -> None:
    assert round_trip(params) == expected_pairs(params)
    assert len(round_trip(params)) == len(params)  # an empty list still sends `key=`


leaf = scalar | st.lists(st.one_of(st.text(max_size=4), st.integers(), st.none()), max_size=3)
nested = st.one_of(leaf, st.dictionaries(key, leaf | st.dictionaries(key, leaf, max_size=2), max_size=3))


@BOUNDED
@given(st.dictionaries(key, nested, max_size=3))
def test_nested_mappings_use_brackets(params: Dict[str, Any]) -> None:
    assert flatten_query(params) == expected_pairs(params)
    assert round_trip(params) == expected_pairs(params)

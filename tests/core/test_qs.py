from __future__ import annotations

from anthropic._qs import encode_query


def test_scalars_lists_and_nested_dicts() -> None:
    assert encode_query({"a": True, "b": False, "n": 3, "s": "x y/z"}) == "a=true&b=false&n=3&s=x+y%2Fz"
    assert encode_query({"lst": ["a", None, "b"]}) == "lst=a%2Cb"
    assert encode_query({"d": {"x": 1, "y": {"z": "w"}}}) == "d%5Bx%5D=1&d%5By%5D%5Bz%5D=w"


def test_none_and_empty_values_are_dropped() -> None:
    assert encode_query({"a": None, "b": "", "c": [], "d": "1"}) == "d=1"

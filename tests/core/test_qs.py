from __future__ import annotations

from anthropic._qs import encode_query


def test_scalars_lists_and_nested_dicts() -> None:
    assert encode_query({"a": True, "b": False, "n": 3, "s": "x y/z"}) == "a=true&b=false&n=3&s=x+y%2Fz"
    assert encode_query({"lst": ["a", None, "b"]}) == "lst=a%2Cb"
    assert encode_query({"d": {"x": 1, "y": {"z": "w"}}}) == "d%5Bx%5D=1&d%5By%5D%5Bz%5D=w"


def test_none_and_empty_scalars_are_dropped_but_lists_are_always_sent() -> None:
    # As the reference: an empty list still sends `key=`; list items that are empty strings
    # keep their place (only None items are skipped).
    assert encode_query({"a": None, "b": "", "d": "1"}) == "d=1"
    assert encode_query({"c": []}) == "c="
    assert encode_query({"c": ["", "x"]}) == "c=%2Cx"
    assert encode_query({"c": [None, "x", None]}) == "c=x"

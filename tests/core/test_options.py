"""``FinalRequestOptions`` and ``make_request_options``: the reference fields, defaults and helpers."""

from __future__ import annotations

import httpx

from anthropic import NOT_GIVEN, omit
from anthropic._base_client import make_request_options
from anthropic._constants import RAW_RESPONSE_HEADER
from anthropic._models import FinalRequestOptions
from anthropic._types import NotGiven


def test_fields_and_defaults() -> None:
    options = FinalRequestOptions(method="post", url="/v1/messages")
    assert list(FinalRequestOptions.model_fields) == [
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "follow_redirects",
        "json_data",
        "extra_json",
    ]
    assert options.params == {}
    assert isinstance(options.headers, NotGiven)
    assert isinstance(options.max_retries, NotGiven)
    assert isinstance(options.timeout, NotGiven)
    assert isinstance(options.post_parser, NotGiven)
    assert options.files is None and options.idempotency_key is None and options.follow_redirects is None
    assert options.json_data is None and options.extra_json is None


def test_construct_drops_not_given_values_also_inside_mappings() -> None:
    options = FinalRequestOptions.construct(
        method="get",
        url="/v1/models",
        headers={"a": "1", "b": NOT_GIVEN, "c": omit},
        timeout=NOT_GIVEN,
        json_data={"x": 1, "y": NOT_GIVEN},
    )
    assert options.headers == {"a": "1", "c": omit}  # only NOT_GIVEN is dropped, as in the reference
    assert isinstance(options.timeout, NotGiven)
    assert options.json_data == {"x": 1}
    assert options.model_fields_set == {"method", "url", "headers", "json_data"}
    assert options.model_dump(exclude_unset=True) == {
        "method": "get",
        "url": "/v1/models",
        "headers": {"a": "1", "c": omit},
        "json_data": {"x": 1},
    }
    assert FinalRequestOptions.model_construct(method="get", url="/x") == FinalRequestOptions(method="get", url="/x")


def test_construct_gives_each_instance_its_own_params() -> None:
    first = FinalRequestOptions.construct(method="get", url="/a")
    first.params["x"] = 1  # type: ignore[index]
    assert FinalRequestOptions.construct(method="get", url="/b").params == {}


def test_get_max_retries() -> None:
    assert FinalRequestOptions(method="get", url="/").get_max_retries(5) == 5
    assert FinalRequestOptions(method="get", url="/", max_retries=0).get_max_retries(5) == 0


def test_copies_are_independent() -> None:
    options = FinalRequestOptions.construct(method="post", url="/v1/x", headers={"a": "1"})
    copy = options.model_copy()
    copy.url = "/v1/y"
    assert options.url == "/v1/x" and copy.headers is options.headers  # shallow, like pydantic
    deep = options.model_copy(deep=True, update={"max_retries": 3})
    assert deep.headers == options.headers and deep.headers is not options.headers
    assert deep.max_retries == 3
    assert options.copy().url == "/v1/x"


def test_strip_raw_response_header() -> None:
    options = FinalRequestOptions.construct(method="get", url="/", headers={RAW_RESPONSE_HEADER: "true", "a": "b"})
    original = options.headers
    options._strip_raw_response_header()
    assert options.headers == {"a": "b"}
    assert original == {RAW_RESPONSE_HEADER: "true", "a": "b"}  # not mutated


def test_repr_names_every_field() -> None:
    text = repr(FinalRequestOptions(method="get", url="/v1/models"))
    assert text.startswith("FinalRequestOptions(method='get' url='/v1/models' params={}")


def test_make_request_options() -> None:
    assert make_request_options() == {}
    timeout = httpx.Timeout(3)
    options = make_request_options(
        query={"a": 1},
        extra_headers={"h": "v"},
        extra_query={"b": 2, "a": 3},
        extra_body={"x": True},
        idempotency_key="k",
        timeout=timeout,
    )
    assert options == {
        "headers": {"h": "v"},
        "extra_json": {"x": True},
        "params": {"a": 3, "b": 2},
        "timeout": timeout,
        "idempotency_key": "k",
    }
    assert make_request_options(timeout=None) == {"timeout": None}

    def parser(value: object) -> object:
        return value

    assert make_request_options(post_parser=parser) == {"post_parser": parser}

"""``/v1/messages?beta=true`` and ``/v1/messages/count_tokens?beta=true`` (``client.beta.messages``)."""

from __future__ import annotations

from functools import partial
from typing import Any, Dict, Iterable, Mapping, Optional, Union, cast

from .._core.config import ClientConfig
from .._types import NOT_GIVEN, NotGiven, Omit, RequestOptions
from ._common import beta_header, check_nonstreaming, warn_if_deprecated
from ._rest import Extras, rest_options

__all__ = [
    "STREAM_HELPER_HEADERS",
    "STRUCTURED_OUTPUTS_BETA",
    "TOKEN_COUNTING_BETA",
    "count_tokens_options",
    "create_options",
    "output_format_param",
    "parse_options",
    "runner_options",
]

Betas = Union[Iterable[object], Omit, None]

STREAM_HELPER_HEADERS = {"X-Stainless-Stream-Helper": "beta.messages"}
"""Sent by ``beta.messages.stream()`` (before the caller's ``extra_headers``)."""

TOKEN_COUNTING_BETA = "token-counting-2024-11-01"
"""The beta ``beta.messages.count_tokens`` always adds."""

STRUCTURED_OUTPUTS_BETA = "structured-outputs-2025-11-13"
"""The beta ``beta.messages.parse`` adds (unless already given)."""


def _check_output_format(value: object) -> None:
    import pydantic

    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
        raise TypeError(
            "You tried to pass a `BaseModel` class to `beta.messages.create()`; "
            "You must use `beta.messages.parse()` instead"
        )


def output_format_param(output_format: object) -> object:
    """The ``output_format`` body value of ``parse`` / ``stream`` / the tool runner, ``NOT_GIVEN`` for none.

    A type becomes ``{"schema": <its JSON schema, transformed for the API>, "type": "json_schema"}``
    (see ``anthropic.transform_schema``); the JSON schema form itself is sent as given.
    """
    if output_format is None or isinstance(output_format, (NotGiven, Omit)):
        return NOT_GIVEN
    if isinstance(output_format, Mapping):
        return cast(Mapping[str, object], output_format)
    return {"schema": _schema_of(output_format), "type": "json_schema"}


_schemas: Dict[Any, Dict[str, object]] = {}


def _schema_of(output_format: Any) -> Dict[str, object]:
    try:
        return _schemas[output_format]
    except (KeyError, TypeError):
        pass
    import pydantic

    from ..lib._parse._transform import transform_schema

    try:
        schema = pydantic.TypeAdapter(output_format).json_schema()
    except pydantic.errors.PydanticSchemaGenerationError as err:
        raise TypeError(
            "Could not generate JSON schema for the given `output_format` type. "
            "Use a type that works with `pydanitc.TypeAdapter`"
        ) from err
    transformed = transform_schema(schema)
    try:
        if len(_schemas) < 1024:
            _schemas[output_format] = transformed
    except TypeError:  # not hashable
        pass
    return transformed


def parse_options(
    cfg: ClientConfig,
    body: Dict[str, object],
    betas: Betas,
    extras: Extras,
    output_format: object,
    *,
    helper: str = "beta.messages.parse",
    stacklevel: int = 4,
) -> RequestOptions:
    """The options of ``beta.messages.parse``: the structured-outputs beta (appended unless already
    in ``betas``), the helper header, and a ``post_parser`` that parses each text block into
    ``output_format``."""
    from ..lib._parse._response import parse_response

    beta_list = [] if betas is None or isinstance(betas, Omit) else list(betas)
    if STRUCTURED_OUTPUTS_BETA not in beta_list:
        beta_list.append(STRUCTURED_OUTPUTS_BETA)
    options = create_options(
        cfg, body, beta_list, extras, headers={"X-Stainless-Helper": helper}, stacklevel=stacklevel + 1
    )
    target: Any = NOT_GIVEN if output_format is None or isinstance(output_format, Omit) else output_format
    options["post_parser"] = partial(_parse_message, parse_response, target)  # type: ignore[typeddict-unknown-key]
    return options


def _parse_message(parse_response: Any, output_format: Any, response: Any) -> Any:
    return parse_response(response=response, output_format=output_format)


def create_options(
    cfg: ClientConfig,
    body: Dict[str, object],
    betas: Betas,
    extras: Extras,
    *,
    headers: Optional[Dict[str, str]] = None,
    stacklevel: int = 4,
) -> RequestOptions:
    """The options of ``beta.messages.create`` (and ``stream``, which adds its helper header)."""
    warn_if_deprecated(body.get("model"), stacklevel=stacklevel)
    _check_output_format(body.get("output_format"))
    extra_headers, extra_query, extra_body, timeout = extras
    timeout = check_nonstreaming(cfg, body, timeout)
    return rest_options((extra_headers, extra_query, extra_body, timeout), betas=betas, headers=headers)


def count_tokens_options(betas: Betas, extras: Extras) -> RequestOptions:
    return rest_options(extras, betas=betas, implicit_beta=TOKEN_COUNTING_BETA)


def runner_options(betas: Betas, extras: Extras) -> Dict[str, Any]:
    """The per-request options of a tool runner's requests: the ``X-Stainless-Helper`` header and
    the caller's betas (which replace any beta the underlying method would add)."""
    extra_headers, extra_query, extra_body, timeout = extras
    headers: Dict[str, Any] = {"X-Stainless-Helper": "BetaToolRunner", **beta_header(betas), **(extra_headers or {})}
    return {"extra_headers": headers, "extra_query": extra_query, "extra_body": extra_body, "timeout": timeout}

"""Small helpers with no I/O, shared by every layer, plus the reference SDK's utility surface.

Two kinds of names live here:

* the handful the request path uses (``PropertyInfo``, ``is_given``, ``strip_omitted``,
  ``path_param``, ``merge_mappings``), defined in this file so that importing the package
  costs no more than a small module;
* the helpers that third-party code and test suites import from ``anthropic._utils`` in the
  reference release (``is_dict``, ``required_args``, ``transform``, ``LazyProxy``, ...). They
  are a compatibility layer: each lives in a submodule named as in the reference
  (``_utils._utils``, ``_utils._typing``, ``_utils._transform``, ``_utils._proxy``,
  ``_utils._sync``, ``_utils._streams``, ``_utils._reflection``) and is imported on first
  attribute access (PEP 562), never by the SDK itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Tuple, TypeVar, cast

from typing_extensions import Literal, TypeGuard

from .._lazy import lazy_attributes
from .._types import NotGiven, Omit

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

    from .._datetime_parse import parse_date as parse_date, parse_datetime as parse_datetime
    from ._proxy import LazyProxy as LazyProxy
    from ._reflection import (
        assert_signatures_in_sync as assert_signatures_in_sync,
        function_has_argument as function_has_argument,
    )
    from ._streams import (
        consume_async_iterator as consume_async_iterator,
        consume_sync_iterator as consume_sync_iterator,
    )
    from ._sync import asyncify as asyncify
    from ._transform import (
        async_maybe_transform as async_maybe_transform,
        async_transform as async_transform,
        maybe_transform as maybe_transform,
        transform as transform,
    )
    from ._typing import (
        extract_type_arg as extract_type_arg,
        extract_type_var_from_base as extract_type_var_from_base,
        get_args as get_args,
        get_origin as get_origin,
        is_annotated_type as is_annotated_type,
        is_iterable_type as is_iterable_type,
        is_list_type as is_list_type,
        is_literal_type as is_literal_type,
        is_required_type as is_required_type,
        is_sequence_type as is_sequence_type,
        is_type_alias_type as is_type_alias_type,
        is_typeddict as is_typeddict,
        is_union as is_union,
        is_union_type as is_union_type,
        strip_annotated_type as strip_annotated_type,
    )
    from ._utils import (
        coerce_boolean as coerce_boolean,
        coerce_float as coerce_float,
        coerce_integer as coerce_integer,
        deepcopy_minimal as deepcopy_minimal,
        extract_files as extract_files,
        file_from_path as file_from_path,
        flatten as flatten,
        get_async_library as get_async_library,
        get_required_header as get_required_header,
        is_dict as is_dict,
        is_iterable as is_iterable,
        is_list as is_list,
        is_mapping as is_mapping,
        is_mapping_t as is_mapping_t,
        is_sequence as is_sequence,
        is_sequence_t as is_sequence_t,
        is_tuple as is_tuple,
        is_tuple_t as is_tuple_t,
        json_safe as json_safe,
        lru_cache as lru_cache,
        maybe_coerce_boolean as maybe_coerce_boolean,
        maybe_coerce_float as maybe_coerce_float,
        maybe_coerce_integer as maybe_coerce_integer,
        removeprefix as removeprefix,
        removesuffix as removesuffix,
        required_args as required_args,
        strip_not_given as strip_not_given,
    )

_T = TypeVar("_T")

PropertyFormat = Literal["iso8601", "base64", "custom"]


class PropertyInfo:
    """Metadata carried in ``Annotated[...]`` on type fields.

    ``discriminator`` names the tag field of a union (pydantic then builds a tagged union,
    and the lenient parser picks the variant by tag). ``alias`` is the wire name of a
    params key; ``format`` a wire encoding (``"iso8601"`` for dates, ``"base64"`` for file
    inputs, ``"custom"`` with ``format_template`` as a ``strftime`` pattern).
    """

    __slots__ = ("alias", "discriminator", "format", "format_template")

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[PropertyFormat] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    def __repr__(self) -> str:
        # The reference quotes every field but `format`, even when it is None.
        name = type(self).__name__
        return (
            f"{name}(alias='{self.alias}', format={self.format}, "
            f"format_template='{self.format_template}', discriminator='{self.discriminator}')"
        )

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        if self.discriminator is None:
            return handler(source)
        from pydantic import Field
        from pydantic_core import core_schema
        from typing_extensions import Annotated

        from .._models import serialize_union_member

        schema = dict(handler.generate_schema(Annotated[source, Field(discriminator=self.discriminator)]))
        # An unknown variant parses into a generic model; serialise it without warnings.
        schema["serialization"] = core_schema.wrap_serializer_function_ser_schema(serialize_union_member, info_arg=True)
        return cast("CoreSchema", schema)


def is_given(value: _T | NotGiven | Omit) -> TypeGuard[_T]:
    return not isinstance(value, (NotGiven, Omit))


def strip_omitted(**values: object) -> dict[str, object]:
    """Keyword arguments minus the ones left at ``omit`` / ``NOT_GIVEN``, in call order."""
    return {k: v for k, v in values.items() if not isinstance(v, (NotGiven, Omit))}


def path_param(name: str, value: object) -> str:
    """Percent-encode one path segment; an empty value is a caller error."""
    if not value:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    from urllib.parse import quote

    text = quote(str(value), safe="")
    if text in (".", ".."):  # a dot segment would be removed by URL normalisation: keep it one segment
        return text.replace(".", "%2E")
    return text


def merge_mappings(*maps: Optional[Mapping[str, _T]]) -> dict[str, _T]:
    merged: dict[str, _T] = {}
    for m in maps:
        if m:
            merged.update(m)
    return merged


_CallableT = TypeVar("_CallableT", bound=Callable[..., Any])
_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE: the code object of an `async def`


def required_keywords(*variants: Tuple[str, ...]) -> Callable[[_CallableT], _CallableT]:
    """``required_args`` for the keyword-only resource methods, cheap enough for every call.

    The method's signature still marks its arguments required (for type checkers and
    ``help()``); when one is missing, the ``TypeError`` carries the reference SDK's message
    (``Missing required arguments; Expected either ('max_tokens', 'messages' and 'model')
    or ...``) instead of Python's. An ``async def`` stays a coroutine function.
    """

    def satisfied(kwargs: Mapping[str, object]) -> bool:
        for variant in variants:
            for name in variant:
                if name not in kwargs:
                    break
            else:
                return True
        return False

    def missing(kwargs: Mapping[str, object]) -> TypeError:
        from ._utils import _missing_message  # pyright: ignore[reportPrivateUsage]

        return TypeError(_missing_message(variants, set(kwargs)))

    def decorate(func: _CallableT) -> _CallableT:
        import functools

        if func.__code__.co_flags & _CO_COROUTINE:

            @functools.wraps(func)
            async def checked_async(*args: Any, **kwargs: Any) -> Any:
                if not satisfied(kwargs):
                    raise missing(kwargs)
                return await func(*args, **kwargs)

            return cast(_CallableT, checked_async)

        @functools.wraps(func)
        def checked(*args: Any, **kwargs: Any) -> Any:
            if not satisfied(kwargs):
                raise missing(kwargs)
            return func(*args, **kwargs)

        return cast(_CallableT, checked)

    return decorate


# --------------------------------------------------------------------------------------
# The compatibility surface, loaded on first use: name -> submodule.

_LAZY = {
    **dict.fromkeys(("LazyProxy",), "._proxy"),
    **dict.fromkeys(("parse_date", "parse_datetime"), "anthropic._datetime_parse"),
    **dict.fromkeys(("asyncify",), "._sync"),
    **dict.fromkeys(("consume_sync_iterator", "consume_async_iterator"), "._streams"),
    **dict.fromkeys(("function_has_argument", "assert_signatures_in_sync"), "._reflection"),
    **dict.fromkeys(("transform", "async_transform", "maybe_transform", "async_maybe_transform"), "._transform"),
    **dict.fromkeys(
        (
            "get_args",
            "get_origin",
            "is_union",
            "is_typeddict",
            "is_literal_type",
            "is_list_type",
            "is_union_type",
            "extract_type_arg",
            "is_iterable_type",
            "is_required_type",
            "is_sequence_type",
            "is_annotated_type",
            "is_type_alias_type",
            "strip_annotated_type",
            "extract_type_var_from_base",
        ),
        "._typing",
    ),
    **dict.fromkeys(
        (
            "flatten",
            "is_dict",
            "is_list",
            "is_tuple",
            "json_safe",
            "lru_cache",
            "is_mapping",
            "is_tuple_t",
            "is_iterable",
            "is_sequence",
            "coerce_float",
            "is_mapping_t",
            "removeprefix",
            "removesuffix",
            "extract_files",
            "is_sequence_t",
            "required_args",
            "coerce_boolean",
            "coerce_integer",
            "file_from_path",
            "strip_not_given",
            "deepcopy_minimal",
            "get_async_library",
            "maybe_coerce_float",
            "get_required_header",
            "maybe_coerce_boolean",
            "maybe_coerce_integer",
        ),
        "._utils",
    ),
}

__all__ = [
    "LazyProxy",
    "PropertyFormat",
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
    "merge_mappings",
    "parse_date",
    "parse_datetime",
    "path_param",
    "removeprefix",
    "removesuffix",
    "required_args",
    "required_keywords",
    "strip_annotated_type",
    "strip_not_given",
    "strip_omitted",
    "transform",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)

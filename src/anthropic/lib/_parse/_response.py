"""Turn a ``BetaMessage`` into the ``ParsedBetaMessage`` that ``beta.messages.parse()`` returns.

Each text block becomes a ``ParsedBetaTextBlock`` whose ``parsed_output`` is its text parsed
(as JSON, laxly validated) into the requested output type; the other blocks are kept as they
are. With an output type the classes are parametrised with it (``ParsedBetaMessage[MyModel]``),
so dumping the message knows the type of ``parsed_output``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type, Union

from ..._models import validate_json
from ..._types import NotGiven
from ...types.beta.beta_message import BetaMessage
from ...types.beta.parsed_beta_message import ParsedBetaMessage, ResponseFormatT

__all__ = ["ResponseFormatT", "parse_response", "parse_text"]

_object_setattr = object.__setattr__


def parse_text(text: str, output_format: Union[Type[ResponseFormatT], NotGiven, None]) -> Optional[ResponseFormatT]:
    """``text`` parsed as JSON into ``output_format`` (lax pydantic validation), or ``None`` without one.

    Invalid JSON, or JSON that does not fit the type, raises pydantic's ``ValidationError``.
    """
    if output_format is None or isinstance(output_format, NotGiven):
        return None
    return validate_json(output_format, text, strict=False)


def parse_response(
    *,
    output_format: Union[Type[ResponseFormatT], NotGiven, None],
    response: BetaMessage,
) -> ParsedBetaMessage[ResponseFormatT]:
    """``response`` as a ``ParsedBetaMessage``, every text block parsed with ``parse_text``.

    The result has the response's fields, set fields and extra fields; blocks other than text
    are the response's own objects.
    """
    from ..streaming._kinds import beta_kind

    target = None if isinstance(output_format, NotGiven) else output_format
    kind = beta_kind(target)
    text_block_cls: Any = kind.text_block
    content: List[Any] = []
    for block in response.content:
        if block.type == "text":
            parsed = parse_text(block.text, target)
            content.append(_rebuild(block, text_block_cls, {"parsed_output": parsed}))
        else:
            content.append(block)
    return _rebuild(response, kind.message, {"content": content})  # type: ignore[no-any-return]


def _rebuild(model: Any, cls: Any, changes: Dict[str, Any]) -> Any:
    """A shallow copy of ``model`` as an instance of ``cls`` with ``changes`` applied (and marked as set)."""
    values: Dict[str, Any] = {**model.__dict__, **changes}
    fields_set = set(model.__pydantic_fields_set__)
    fields_set.update(changes)
    obj = cls.__new__(cls)
    _object_setattr(obj, "__dict__", values)
    _object_setattr(obj, "__pydantic_fields_set__", fields_set)
    extra = model.__pydantic_extra__
    _object_setattr(obj, "__pydantic_extra__", None if extra is None else dict(extra))
    private = model.__pydantic_private__
    _object_setattr(obj, "__pydantic_private__", None if private is None else dict(private))
    return obj

"""The message a stream of events adds up to, written once for every front. Pure.

``MessageAccumulator`` takes the raw events of a ``messages`` (or ``beta.messages``)
stream one by one and keeps the message they describe up to date, in place:

* ``message_start`` copies the message (the snapshot); any other event before it raises
  ``RuntimeError('Unexpected event order, got <type> before "message_start"')``; a second
  ``message_start`` changes nothing;
* ``content_block_start`` appends a copy of the block (its ``index`` is not checked);
* ``content_block_delta`` updates ``content[index]`` when the delta fits the block type
  (text and citations on ``text``, thinking and signature on ``thinking``, tool input JSON
  on the tool-use blocks of ``StreamKind.tool_input_blocks``) and is ignored otherwise. An
  index with no block raises ``IndexError("Unexpected event order, got content_block_delta
  for content block <i>, but the message has <n> content block(s)")`` (the same for
  ``content_block_stop``);
* ``message_delta`` sets ``stop_reason``/``stop_sequence`` and the output token count, and
  the other usage counts when they are not null (beta streams also take ``container`` and
  ``context_management``).

Tool input arrives as JSON pieces: all the pieces of a block are parsed together with
jiter's partial mode (unfinished values left out, or kept as far as they go with
``partial_mode="trailing-strings"``); invalid JSON raises jiter's ``ValueError`` (beta
streams wrap it in a ``ValueError`` saying what to do).

Every change is made in place, as the event arrives, on the objects the snapshot already
holds: code that keeps the snapshot, one of its blocks or its ``usage`` sees each delta as
soon as it is applied (text and thinking grow, tool ``input`` is re-parsed from every byte
received so far, stored on the block under ``__json_buf`` as bytes, ``citations`` grows).
Text is appended to the block's own string so that CPython (3.11+) can extend it in place
when nothing else holds it: appending stays cheap without a lazily joined copy.

Two ways to feed it, which may be mixed:

* ``events(raw)`` for a consumer that wants the events: it returns the event to yield
  (``content_block_stop`` / ``message_stop`` replaced by versions carrying the finished
  block / message) and the helper event that follows a delta (``text``, ``citation``,
  ``thinking``, ``signature``, ``input_json``), built without validation;
* ``feed(raw)`` for a consumer that only wants the final message or the text: the same
  changes, no event built. It returns the text of a ``text_delta`` on a text block (what
  ``text_stream`` yields); ``text_event(raw)`` builds that delta's ``text`` event later.

``build(raw)`` gives the events for a raw event already applied (the reference's
``build_events``); an accumulator can also continue an existing snapshot (``snapshot=``).
``message`` is the snapshot.
"""

from __future__ import annotations

import copy
import sys
from typing import Any, Dict, FrozenSet, List, Optional, Tuple, Union, cast

import jiter
import pydantic
from typing_extensions import Literal

__all__ = ["JSON_BUF", "MessageAccumulator", "PartialMode", "StreamKind", "build_model"]

PartialMode = Union[bool, Literal["off", "on", "trailing-strings"]]

_object_setattr = object.__setattr__

_LET_GO = sys.version_info >= (3, 11)
"""Whether a block lets go of its text while a delta is appended, so that ``+=`` can extend the string
in place when nothing else holds it (no copy of the whole text per delta). From CPython 3.11 no other
thread can run between the two stores (no eval-breaker check among these instructions); before, a
thread reading the block right then could see "" instead, so the text is copied there (as the
reference always does)."""

JSON_BUF = "__json_buf"
"""The key, in a tool-use block's ``__dict__``, of the tool input JSON bytes received so far."""


def build_model(cls: Any, values: Dict[str, Any]) -> Any:
    """An instance of the model class ``cls`` holding ``values`` (all marked as set), unvalidated.

    ``values`` must name every field of ``cls``, in declaration order.
    """
    obj = cls.__new__(cls)
    _object_setattr(obj, "__dict__", values)
    _object_setattr(obj, "__pydantic_fields_set__", set(values))
    _object_setattr(obj, "__pydantic_extra__", {})
    _object_setattr(obj, "__pydantic_private__", None)
    return obj


class StreamKind:
    """What differs between the streams of ``messages`` and ``beta.messages``: the classes
    of the snapshot and of the helper events, and which blocks take tool input JSON."""

    __slots__ = (
        "beta",
        "block_stop",
        "citation",
        "input_json",
        "input_json_event_blocks",
        "message",
        "message_stop",
        "signature",
        "text",
        "text_block",
        "thinking",
        "tool_input_blocks",
    )

    def __init__(
        self,
        *,
        beta: bool,
        message: Optional[type],
        text_block: Optional[type],
        text: type,
        citation: type,
        thinking: type,
        signature: type,
        input_json: type,
        block_stop: type,
        message_stop: type,
        tool_input_blocks: FrozenSet[str],
        input_json_event_blocks: FrozenSet[str],
    ) -> None:
        self.beta = beta
        self.message = message
        """The snapshot's class (None: the class of ``message_start.message``)."""
        self.text_block = text_block
        """The class text blocks are copied into (None: their own)."""
        self.text = text
        self.citation = citation
        self.thinking = thinking
        self.signature = signature
        self.input_json = input_json
        self.block_stop = block_stop
        self.message_stop = message_stop
        self.tool_input_blocks = tool_input_blocks
        """Block types whose ``input`` is built from ``input_json_delta`` events."""
        self.input_json_event_blocks = input_json_event_blocks
        """Block types whose ``input_json_delta`` events are followed by an ``input_json`` event."""


_ATOMS = (str, int, float, bool, type(None))


def _clone(value: Any) -> Any:
    """A deep copy of decoded API data: models, lists, dicts and scalars (faster than ``copy.deepcopy``)."""
    if isinstance(value, _ATOMS):
        return value
    if isinstance(value, list):
        return [item if isinstance(item, _ATOMS) else _clone(item) for item in cast(List[Any], value)]
    if isinstance(value, dict):
        items = cast(Dict[Any, Any], value).items()
        return {key: item if isinstance(item, _ATOMS) else _clone(item) for key, item in items}
    if isinstance(value, pydantic.BaseModel):
        cls: Any = value.__class__
        obj = cls.__new__(cls)
        _object_setattr(obj, "__dict__", _clone(value.__dict__))
        _object_setattr(obj, "__pydantic_fields_set__", set(value.__pydantic_fields_set__))
        extra = value.__pydantic_extra__
        _object_setattr(obj, "__pydantic_extra__", None if extra is None else _clone(extra))
        private = value.__pydantic_private__
        _object_setattr(obj, "__pydantic_private__", None if private is None else dict(private))
        return obj
    return copy.deepcopy(value)


def _copy_model(model: Any, target: Any = None) -> Any:
    """A deep copy of ``model`` with every declared field marked as set (optionally as ``target``)."""
    values: Dict[str, Any] = _clone(model.__dict__)
    fields_set = set(values)
    cls: Any = model.__class__
    if target is not None and target is not cls:
        for name, info in target.model_fields.items():
            if name not in values:
                values[name] = info.get_default(call_default_factory=True)
        cls = target
    obj = cls.__new__(cls)
    _object_setattr(obj, "__dict__", values)
    _object_setattr(obj, "__pydantic_fields_set__", fields_set)
    _object_setattr(obj, "__pydantic_extra__", _clone(model.__pydantic_extra__))
    _object_setattr(obj, "__pydantic_private__", None)
    return obj


def _order_error(event_type: object) -> RuntimeError:
    return RuntimeError(f'Unexpected event order, got {event_type} before "message_start"')


class MessageAccumulator:
    """The message of one stream, kept up to date event by event (see the module docstring)."""

    __slots__ = ("_content", "_kind", "_message", "_output_format", "_partial_mode")

    def __init__(
        self,
        kind: StreamKind,
        *,
        partial_mode: PartialMode = True,
        output_format: Any = None,
        snapshot: Any = None,
    ) -> None:
        self._kind = kind
        self._partial_mode: PartialMode = partial_mode
        self._output_format = output_format
        self._message: Any = snapshot
        """The snapshot (None until ``message_start``); given, the accumulator continues it."""
        self._content: List[Any] = [] if snapshot is None else snapshot.content

    # ------------------------------------------------------------------------------ state

    @property
    def started(self) -> bool:
        return self._message is not None

    @property
    def message(self) -> Any:
        """The snapshot (``AssertionError`` before ``message_start``)."""
        message = self._message
        if message is None:
            raise AssertionError("No message yet: the stream has not sent its `message_start` event")
        return message

    # ----------------------------------------------------------------------------- events

    def feed(self, event: Any) -> Optional[str]:
        """Apply ``event``; return the text of a ``text_delta`` on a text block, else None."""
        if event.type == "content_block_delta":
            index: int = event.index
            try:
                if index < 0:
                    raise IndexError
                block = self._content[index]
            except (IndexError, TypeError):
                raise self._no_block(event) from None
            delta = event.delta
            if delta.type == "text_delta":
                if block.type != "text":
                    return None
                piece: str = delta.text
                values = block.__dict__
                try:
                    text: str = values["text"] or ""
                except KeyError:
                    text = ""
                if _LET_GO:
                    values["text"] = ""
                text += piece
                values["text"] = text
                return piece
            self._apply(block, delta)
            return None
        self._other(event)
        return None

    def events(self, event: Any) -> Tuple[Any, Any]:
        """Apply ``event``; return the event to yield for it and the helper event that follows (or None)."""
        event_type = event.type
        if event_type == "content_block_delta":
            index: int = event.index
            try:
                if index < 0:
                    raise IndexError
                block = self._content[index]
            except (IndexError, TypeError):
                raise self._no_block(event) from None
            delta = event.delta
            if delta.type == "text_delta" and block.type == "text":
                piece: str = delta.text
                values = block.__dict__
                try:
                    text: str = values["text"] or ""
                except KeyError:
                    text = ""
                if _LET_GO:
                    values["text"] = ""
                text += piece
                values["text"] = text
                return event, build_model(self._kind.text, {"type": "text", "text": piece, "snapshot": text})
            self._apply(block, delta)
            return event, self._helper(delta, block)
        if event_type == "content_block_stop":
            block = self._other(event)
            values = {"index": event.index, "type": "content_block_stop", "content_block": block}
            return build_model(self._kind.block_stop, values), None
        if event_type == "message_stop":
            self._other(event)
            return build_model(self._kind.message_stop, {"type": "message_stop", "message": self.message}), None
        self._other(event)
        return event, None

    def text_event(self, event: Any) -> Any:
        """The ``text`` helper event of a ``text_delta`` that ``feed`` applied (and nothing since)."""
        snapshot = self._content[event.index].text
        return build_model(self._kind.text, {"type": "text", "text": event.delta.text, "snapshot": snapshot})

    def build(self, event: Any) -> List[Any]:
        """The events a stream yields for ``event``, which has already been applied (nothing changes)."""
        kind = self._kind
        event_type = event.type
        if event_type == "content_block_delta":
            helper = self._helper(event.delta, self._content[event.index])
            return [event] if helper is None else [event, helper]
        if event_type == "content_block_stop":
            block = self._content[event.index]
            values = {"index": event.index, "type": "content_block_stop", "content_block": block}
            return [build_model(kind.block_stop, values)]
        if event_type == "message_stop":
            return [build_model(kind.message_stop, {"type": "message_stop", "message": self._message})]
        return [event]

    # ---------------------------------------------------------------------------- helpers

    def _block(self, event: Any) -> Any:
        """The block a ``content_block_delta`` / ``content_block_stop`` names."""
        index: int = event.index
        try:
            if index < 0:
                raise IndexError
            return self._content[index]
        except (IndexError, TypeError):
            raise self._no_block(event) from None

    def _apply(self, block: Any, delta: Any) -> None:
        """Apply a content delta to its block (ignored when the delta does not fit the block type)."""
        delta_type = delta.type
        block_type = block.type
        if delta_type == "text_delta":
            if block_type == "text":
                _grow(block, "text", delta.text)
        elif delta_type == "input_json_delta":
            if block_type in self._kind.tool_input_blocks:
                values = block.__dict__
                data: bytes = values.get(JSON_BUF, b"") + delta.partial_json.encode("utf-8")
                if data:
                    values["input"] = self._parse_json(data)
                values[JSON_BUF] = data
        elif delta_type == "thinking_delta":
            if block_type == "thinking":
                _grow(block, "thinking", delta.thinking)
        elif delta_type == "citations_delta":
            if block_type == "text":
                values = block.__dict__
                citations: Optional[List[Any]] = values.get("citations")
                if citations:
                    citations.append(delta.citation)
                else:
                    values["citations"] = [delta.citation]
        elif delta_type == "signature_delta":
            if block_type == "thinking":
                block.__dict__["signature"] = delta.signature

    def _helper(self, delta: Any, block: Any) -> Any:
        """The helper event that follows ``delta`` (already applied to ``block``), or None."""
        kind = self._kind
        delta_type = delta.type
        block_type = block.type
        if delta_type == "text_delta":
            if block_type == "text":
                return build_model(kind.text, {"type": "text", "text": delta.text, "snapshot": block.text})
        elif delta_type == "input_json_delta":
            if block_type in kind.input_json_event_blocks:
                values = {"type": "input_json", "partial_json": delta.partial_json, "snapshot": block.input}
                return build_model(kind.input_json, values)
        elif delta_type == "thinking_delta":
            if block_type == "thinking":
                values = {"type": "thinking", "thinking": delta.thinking, "snapshot": block.thinking}
                return build_model(kind.thinking, values)
        elif delta_type == "citations_delta":
            if block_type == "text":
                values = {"type": "citation", "citation": delta.citation, "snapshot": list(block.citations or ())}
                return build_model(kind.citation, values)
        elif delta_type == "signature_delta":
            if block_type == "thinking":
                return build_model(kind.signature, {"type": "signature", "signature": block.signature})
        return None

    def _other(self, event: Any) -> Any:
        """Every event but ``content_block_delta``; returns the block a ``content_block_stop`` ends."""
        event_type = event.type
        message = self._message
        if message is None:
            if event_type != "message_start":
                raise _order_error(event_type)
            self._start(event.message)
            return None
        if event_type == "content_block_start":
            self._add_block(event.content_block)
        elif event_type == "content_block_stop":
            block = self._block(event)
            output_format = self._output_format
            if output_format is not None and block.type == "text":
                from .._models import validate_json

                block.parsed_output = validate_json(output_format, block.text, strict=False)
            return block
        elif event_type == "message_delta":
            self._message_delta(event, message)
        return None

    def _start(self, message: Any) -> None:
        """The snapshot: a deep copy of ``message`` (as ``StreamKind.message``) keeping its set fields."""
        cls: Any = self._kind.message or type(message)
        values: Dict[str, Any] = {
            name: [] if name == "content" else _clone(value) for name, value in message.__dict__.items()
        }
        snapshot = cls.__new__(cls)
        _object_setattr(snapshot, "__dict__", values)
        _object_setattr(snapshot, "__pydantic_fields_set__", set(message.__pydantic_fields_set__))
        _object_setattr(snapshot, "__pydantic_extra__", _clone(message.__pydantic_extra__))
        _object_setattr(snapshot, "__pydantic_private__", None)
        self._message = snapshot
        self._content = values["content"]
        for block in message.content or ():
            self._add_block(block)

    def _add_block(self, block: Any) -> None:
        if hasattr(block, "__pydantic_fields_set__"):
            target = self._kind.text_block if block.type == "text" else None
            block = _copy_model(block, target)
        else:
            block = _clone(block)
        self._content.append(block)

    def _parse_json(self, data: bytes) -> Any:
        try:
            return jiter.from_json(data, partial_mode=self._partial_mode)
        except ValueError as err:
            if not self._kind.beta:
                raise
            text = data.decode("utf-8", "replace")
            raise ValueError(
                "Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. "
                f"Error: {err}. JSON: {text}"
            ) from err

    def _message_delta(self, event: Any, message: Any) -> None:
        delta = event.delta
        message.stop_reason = delta.stop_reason
        message.stop_sequence = delta.stop_sequence
        usage = message.usage
        new = event.usage
        usage.output_tokens = new.output_tokens
        for name in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "server_tool_use"):
            value = getattr(new, name, None)
            if value is not None:
                setattr(usage, name, value)
        if self._kind.beta:
            message.container = getattr(delta, "container", None)
            message.context_management = getattr(event, "context_management", None)

    def _no_block(self, event: Any) -> Exception:
        if self._message is None:
            return _order_error(event.type)
        return IndexError(
            f"Unexpected event order, got {event.type} for content block {event.index!r}, "
            f"but the message has {len(self._content)} content block(s)"
        )


def _grow(block: Any, attr: str, piece: str) -> None:
    """Append ``piece`` to the block's ``attr`` string, in place when CPython can."""
    values = block.__dict__
    text: str = values.get(attr) or ""
    if _LET_GO:
        values[attr] = ""
    text += piece
    values[attr] = text

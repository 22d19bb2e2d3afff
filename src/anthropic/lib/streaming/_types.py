"""Events of ``client.messages.stream()`` that are not raw API events.

A ``MessageStream`` yields every raw event, plus a *helper event* after each content
delta (``text``, ``citation``, ``thinking``, ``signature``, ``input_json``) carrying what
was accumulated so far; ``content_block_stop`` and ``message_stop`` are replaced by
versions that carry the finished block / message.
"""

from typing import List, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.citations_delta import Citation
from ...types.content_block import ContentBlock
from ...types.message import Message
from ...types.raw_content_block_delta_event import RawContentBlockDeltaEvent
from ...types.raw_content_block_start_event import RawContentBlockStartEvent
from ...types.raw_content_block_stop_event import RawContentBlockStopEvent
from ...types.raw_message_delta_event import RawMessageDeltaEvent
from ...types.raw_message_start_event import RawMessageStartEvent
from ...types.raw_message_stop_event import RawMessageStopEvent

__all__ = [
    "Citation",
    "CitationEvent",
    "ContentBlockStopEvent",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "SignatureEvent",
    "TextEvent",
    "ThinkingEvent",
]


class TextEvent(BaseModel):
    """Follows a ``text_delta``: the new piece and the block's whole text so far."""

    type: Literal["text"]

    text: str
    """The text this delta added."""

    snapshot: str
    """All the text of the block so far, this delta included."""


class CitationEvent(BaseModel):
    """Follows a ``citations_delta``: the new citation and every citation of the block so far."""

    type: Literal["citation"]

    citation: Citation
    """The citation this delta added."""

    snapshot: List[Citation]
    """The block's citations so far, this one included."""


class ThinkingEvent(BaseModel):
    """Follows a ``thinking_delta``: the new piece and the block's whole thinking so far."""

    type: Literal["thinking"]

    thinking: str
    """The thinking this delta added."""

    snapshot: str
    """All the thinking of the block so far, this delta included."""


class SignatureEvent(BaseModel):
    """Follows a ``signature_delta`` on a thinking block."""

    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class InputJsonEvent(BaseModel):
    """Follows an ``input_json_delta`` on a ``tool_use`` block: the raw JSON piece and the
    tool input parsed from everything received so far (incomplete values left out)."""

    type: Literal["input_json"]

    partial_json: str
    """The JSON text this delta added (not valid JSON by itself)."""

    snapshot: object
    """The tool input so far, parsed leniently from all the JSON received."""


class MessageStopEvent(RawMessageStopEvent):
    """Replaces the raw ``message_stop``: carries the finished message."""

    message: Message


class ContentBlockStopEvent(RawContentBlockStopEvent):
    """Replaces the raw ``content_block_stop``: carries the finished content block."""

    content_block: ContentBlock


MessageStreamEvent: TypeAlias = Annotated[
    Union[
        TextEvent,
        CitationEvent,
        ThinkingEvent,
        SignatureEvent,
        InputJsonEvent,
        RawMessageStartEvent,
        RawMessageDeltaEvent,
        MessageStopEvent,
        RawContentBlockStartEvent,
        RawContentBlockDeltaEvent,
        ContentBlockStopEvent,
    ],
    PropertyInfo(discriminator="type"),
]

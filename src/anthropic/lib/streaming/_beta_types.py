"""Helper events of ``client.beta.messages.stream()`` (see ``_types`` for the idea).

The finished blocks and messages are ``ParsedBetaTextBlock`` / ``ParsedBetaMessage``: with
an ``output_format`` the text of each text block is parsed into that type when the block
ends.
"""

from typing import TYPE_CHECKING, Any, Dict, Generic, List, Union

import jiter
from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.beta.beta_citations_delta import Citation
from ...types.beta.beta_raw_content_block_delta_event import BetaRawContentBlockDeltaEvent
from ...types.beta.beta_raw_content_block_start_event import BetaRawContentBlockStartEvent
from ...types.beta.beta_raw_content_block_stop_event import BetaRawContentBlockStopEvent
from ...types.beta.beta_raw_message_delta_event import BetaRawMessageDeltaEvent
from ...types.beta.beta_raw_message_start_event import BetaRawMessageStartEvent
from ...types.beta.beta_raw_message_stop_event import BetaRawMessageStopEvent
from ...types.beta.parsed_beta_message import ParsedBetaContentBlock, ParsedBetaMessage, ResponseFormatT

__all__ = [
    "BetaCitationEvent",
    "BetaContentBlockStopEvent",
    "BetaInputJsonEvent",
    "BetaMessageStopEvent",
    "BetaSignatureEvent",
    "BetaThinkingEvent",
    "Citation",
    "ParsedBetaContentBlockStopEvent",
    "ParsedBetaMessageStopEvent",
    "ParsedBetaMessageStreamEvent",
    "ParsedBetaTextEvent",
]


class ParsedBetaTextEvent(BaseModel):
    """Follows a ``text_delta``: the new piece and the block's whole text so far."""

    type: Literal["text"]

    text: str
    """The text this delta added."""

    snapshot: str
    """All the text of the block so far, this delta included."""

    def parsed_snapshot(self) -> Dict[str, Any]:
        """The text so far read as (incomplete) JSON; an unfinished string is kept as far as it goes."""
        return jiter.from_json(self.snapshot.encode("utf-8"), partial_mode="trailing-strings")


class BetaCitationEvent(BaseModel):
    """Follows a ``citations_delta``: the new citation and every citation of the block so far."""

    type: Literal["citation"]

    citation: Citation
    """The citation this delta added."""

    snapshot: List[Citation]
    """The block's citations so far, this one included."""


class BetaThinkingEvent(BaseModel):
    """Follows a ``thinking_delta``: the new piece and the block's whole thinking so far."""

    type: Literal["thinking"]

    thinking: str
    """The thinking this delta added."""

    snapshot: str
    """All the thinking of the block so far, this delta included."""


class BetaSignatureEvent(BaseModel):
    """Follows a ``signature_delta`` on a thinking block."""

    type: Literal["signature"]

    signature: str
    """The signature of the thinking block."""


class BetaInputJsonEvent(BaseModel):
    """Follows an ``input_json_delta`` on a ``tool_use`` or ``mcp_tool_use`` block: the raw JSON
    piece and the tool input parsed from everything received so far."""

    type: Literal["input_json"]

    partial_json: str
    """The JSON text this delta added (not valid JSON by itself)."""

    snapshot: object
    """The tool input so far, parsed leniently from all the JSON received."""


class ParsedBetaMessageStopEvent(BetaRawMessageStopEvent, Generic[ResponseFormatT]):
    """Replaces the raw ``message_stop``: carries the finished message."""

    message: ParsedBetaMessage[ResponseFormatT]


class ParsedBetaContentBlockStopEvent(BetaRawContentBlockStopEvent, Generic[ResponseFormatT]):
    """Replaces the raw ``content_block_stop``: carries the finished content block."""

    if TYPE_CHECKING:
        content_block: ParsedBetaContentBlock[ResponseFormatT]
    else:  # the runtime union has no free type variable (see ``ParsedBetaMessage.content``)
        content_block: ParsedBetaContentBlock


ParsedBetaMessageStreamEvent: TypeAlias = Annotated[
    Union[
        ParsedBetaTextEvent,
        BetaCitationEvent,
        BetaThinkingEvent,
        BetaSignatureEvent,
        BetaInputJsonEvent,
        BetaRawMessageStartEvent,
        BetaRawMessageDeltaEvent,
        ParsedBetaMessageStopEvent[ResponseFormatT],
        BetaRawContentBlockStartEvent,
        BetaRawContentBlockDeltaEvent,
        ParsedBetaContentBlockStopEvent[ResponseFormatT],
    ],
    PropertyInfo(discriminator="type"),
]


# The parametrisations exported as ``anthropic.lib.streaming.BetaMessageStopEvent`` etc.
# (pydantic also registers them here under the names ``"ParsedBetaMessageStopEvent[object]"``...).
BetaMessageStopEvent = ParsedBetaMessageStopEvent[object]
BetaContentBlockStopEvent = ParsedBetaContentBlockStopEvent[object]

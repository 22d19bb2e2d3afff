# File generated from src/anthropic/_async/resources/messages.py by tools/unasync.py. Do not edit.
# pyright: reportPrivateUsage=false
"""``client.messages``: create a message, stream it, count its tokens."""

from __future__ import annotations

from functools import cache, cached_property, partial
from typing import TYPE_CHECKING, Iterable, Optional, Union, overload

from typing_extensions import Literal

from ..._endpoints import messages as _messages
from ..._endpoints._rest import rest_options
from ..._types import not_given, omit
from ..._utils import required_keywords, strip_omitted
from ..resource import SyncAPIResource
from ..response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..streaming import Stream

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ...types.message import Message
    from ...types.message_count_tokens_tool_param import MessageCountTokensToolParam
    from ...types.message_param import MessageParam
    from ...types.message_tokens_count import MessageTokensCount
    from ...types.metadata_param import MetadataParam
    from ...types.model_param import ModelParam
    from ...types.raw_message_stream_event import RawMessageStreamEvent
    from ...types.text_block_param import TextBlockParam
    from ...types.thinking_config_param import ThinkingConfigParam
    from ...types.tool_choice_param import ToolChoiceParam
    from ...types.tool_union_param import ToolUnionParam
    from ..lib.streaming import MessageStreamManager
    from .batches import Batches, BatchesWithRawResponse, BatchesWithStreamingResponse


@cache
def _result_types() -> tuple[type[Message], type[Stream[RawMessageStreamEvent]]]:
    """``Message`` and ``Stream[RawMessageStreamEvent]``, imported and built once (on first use)."""
    from ...types.message import Message
    from ...types.raw_message_stream_event import RawMessageStreamEvent

    return Message, Stream[RawMessageStreamEvent]


__all__ = ["Messages", "MessagesWithRawResponse", "MessagesWithStreamingResponse"]


class Messages(SyncAPIResource):
    @cached_property
    def batches(self) -> Batches:
        from .batches import Batches

        return Batches(self._client)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return MessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return MessagesWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        metadata: MetadataParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        stream: Literal[True],
        metadata: MetadataParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[RawMessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        stream: bool,
        metadata: MetadataParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | Stream[RawMessageStreamEvent]: ...

    @required_keywords(("max_tokens", "messages", "model"), ("max_tokens", "messages", "model", "stream"))
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        metadata: MetadataParam | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Message | Stream[RawMessageStreamEvent]:
        """Send a conversation and get the model's next message.

        With ``stream=True`` the result is a stream of raw events (``message_start``,
        ``content_block_delta``, ...) instead of the finished ``Message``.

        Args:
          max_tokens: The most tokens the model may generate before stopping.
          messages: The conversation so far: alternating ``user`` and ``assistant`` turns.
          model: The model that completes the conversation.
          metadata: An object describing metadata about the request.
          service_tier: Whether priority capacity may be used (``auto``) or not (``standard_only``).
          stop_sequences: Custom strings that stop generation when produced.
          stream: Stream the response as server-sent events.
          system: A system prompt: context and instructions for the model.
          temperature: Amount of randomness, 0.0 to 1.0.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        body = strip_omitted(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            metadata=metadata,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
        )
        message_cls, stream_cls = _result_types()
        options = _messages.create_options(
            self._client._config, body, (extra_headers, extra_query, extra_body, timeout), stacklevel=5
        )
        return self._post(
            "/v1/messages",
            body=body,
            cast_to=message_cls,
            options=options,
            stream=stream or False,
            stream_cls=stream_cls,
        )

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: ModelParam,
        metadata: MetadataParam | Omit = omit,
        container: Optional[str] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[ToolUnionParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageStreamManager:
        """Stream the model's next message, with helpers that build it as it arrives.

        Nothing is sent until the returned manager is entered as a context manager; it
        gives a message stream (iterate it for events, or read ``text_stream``;
        ``get_final_message()`` returns the whole message) and closes the response on exit.

        Args:
          max_tokens: The most tokens the model may generate before stopping.
          messages: The conversation so far: alternating ``user`` and ``assistant`` turns.
          model: The model that completes the conversation.
          metadata: An object describing metadata about the request.
          container: The container to reuse (code execution).
          service_tier: Whether priority capacity may be used (``auto``) or not (``standard_only``).
          stop_sequences: Custom strings that stop generation when produced.
          system: A system prompt: context and instructions for the model.
          temperature: Amount of randomness, 0.0 to 1.0.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ..lib.streaming import MessageStreamManager

        body = strip_omitted(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            metadata=metadata,
            container=container,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            tools=tools,
            thinking=thinking,
            tool_choice=tool_choice,
            stream=True,
        )
        message_cls, stream_cls = _result_types()
        options = _messages.create_options(
            self._client._config,
            body,
            (extra_headers, extra_query, extra_body, timeout),
            headers=_messages.STREAM_HELPER_HEADERS,
        )
        request = partial(
            self._post,
            "/v1/messages",
            body=body,
            cast_to=message_cls,
            options=options,
            stream=True,
            stream_cls=stream_cls,
        )
        return MessageStreamManager(request)

    def count_tokens(
        self,
        *,
        messages: Iterable[MessageParam],
        model: ModelParam,
        system: Union[str, Iterable[TextBlockParam]] | Omit = omit,
        thinking: ThinkingConfigParam | Omit = omit,
        tool_choice: ToolChoiceParam | Omit = omit,
        tools: Iterable[MessageCountTokensToolParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> MessageTokensCount:
        """Count the input tokens of a conversation (with its system prompt and tools) without sending it.

        Args:
          messages: The conversation to count.
          model: The model whose tokenizer counts.
          system: A system prompt.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        body = strip_omitted(
            messages=messages,
            model=model,
            system=system,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
        )
        from ...types.message_tokens_count import MessageTokensCount

        options = rest_options((extra_headers, extra_query, extra_body, timeout))
        return self._post("/v1/messages/count_tokens", body=body, cast_to=MessageTokensCount, options=options)


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_raw_response_wrapper(messages.create)
        self.count_tokens = to_raw_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        return self._messages.batches.with_raw_response


class MessagesWithStreamingResponse:
    def __init__(self, messages: Messages) -> None:
        self._messages = messages
        self.create = to_streamed_response_wrapper(messages.create)
        self.count_tokens = to_streamed_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        return self._messages.batches.with_streaming_response

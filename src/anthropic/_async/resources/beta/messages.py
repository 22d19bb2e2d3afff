# pyright: reportPrivateUsage=false
"""``client.beta.messages``: messages with beta features (``betas`` -> ``anthropic-beta``)."""

from __future__ import annotations

from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Union, cast, overload

from typing_extensions import Literal, TypeVar

from ...._endpoints import beta_messages as _beta_messages
from ...._types import Omit, not_given, omit
from ...._utils import required_keywords, strip_omitted
from ...resource import AsyncAPIResource
from ...response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...streaming import AsyncStream

if TYPE_CHECKING:
    import httpx

    from ...._types import Body, Headers, NotGiven, Query, SequenceNotStr
    from ....lib.tools._beta_functions import BetaAsyncRunnableTool
    from ....types.anthropic_beta_param import AnthropicBetaParam
    from ....types.beta.beta_context_management_config_param import BetaContextManagementConfigParam
    from ....types.beta.beta_json_output_format_param import BetaJSONOutputFormatParam
    from ....types.beta.beta_message import BetaMessage
    from ....types.beta.beta_message_param import BetaMessageParam
    from ....types.beta.beta_message_tokens_count import BetaMessageTokensCount
    from ....types.beta.beta_metadata_param import BetaMetadataParam
    from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent
    from ....types.beta.beta_request_mcp_server_url_definition_param import BetaRequestMCPServerURLDefinitionParam
    from ....types.beta.beta_text_block_param import BetaTextBlockParam
    from ....types.beta.beta_thinking_config_param import BetaThinkingConfigParam
    from ....types.beta.beta_tool_choice_param import BetaToolChoiceParam
    from ....types.beta.beta_tool_union_param import BetaToolUnionParam
    from ....types.beta.message_count_tokens_params import Tool as CountTokensTool
    from ....types.beta.message_create_params import Container
    from ....types.beta.parsed_beta_message import ParsedBetaMessage
    from ....types.model_param import ModelParam
    from ...client import AsyncAnthropic
    from ...lib.streaming import BetaAsyncMessageStreamManager
    from ...lib.tool_runner import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner
    from .batches import AsyncBatches, AsyncBatchesWithRawResponse, AsyncBatchesWithStreamingResponse

ResponseFormatT = TypeVar("ResponseFormatT", default=None)

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "AsyncMessagesWithStreamingResponse"]


class AsyncMessages(AsyncAPIResource):
    @cached_property
    def batches(self) -> AsyncBatches:
        from .batches import AsyncBatches

        return AsyncBatches(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw HTTP response (``.parse()`` gives the result)."""
        return AsyncMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """The same methods, returning a context manager over the unread response."""
        return AsyncMessagesWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: Literal[True],
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[BetaRawMessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        stream: bool,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | AsyncStream[BetaRawMessageStreamEvent]: ...

    @required_keywords(("max_tokens", "messages", "model"), ("max_tokens", "messages", "model", "stream"))
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Literal[True] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessage | AsyncStream[BetaRawMessageStreamEvent]:
        """Send a conversation and get the model's next message, with beta features.

        With ``stream=True`` the result is a stream of raw events instead of the finished
        ``BetaMessage``.

        Args:
          max_tokens: The most tokens the model may generate before stopping.
          messages: The conversation so far: alternating ``user`` and ``assistant`` turns.
          model: The model that completes the conversation.
          container: The container to use (code execution, skills): an id or its parameters.
          context_management: How the context is managed (e.g. clearing old tool uses).
          mcp_servers: MCP servers the model may use.
          metadata: An object describing metadata about the request.
          output_format: A JSON schema the response must follow (``{"type": "json_schema", "schema": ...}``).
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
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        body = strip_omitted(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_format=output_format,
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
        from ....types.beta.beta_message import BetaMessage
        from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent

        options = _beta_messages.create_options(
            self._client._config, body, betas, (extra_headers, extra_query, extra_body, timeout), stacklevel=5
        )
        return await self._post(
            "/v1/messages?beta=true",
            body=body,
            cast_to=BetaMessage,
            options=options,
            stream=stream or False,
            stream_cls=AsyncStream[BetaRawMessageStreamEvent],
        )

    async def parse(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ParsedBetaMessage[ResponseFormatT]:
        """Create a message whose text follows ``output_format`` (structured outputs), parsed.

        ``output_format`` is a type (a pydantic model, ``list[int]``, ...): its JSON schema is sent
        (adapted for the API, see ``anthropic.transform_schema``) with the structured-outputs
        beta, and each text block of the result carries ``parsed_output``, its text validated as
        that type (a mismatch raises pydantic's ``ValidationError``). The other arguments are
        those of ``create``.

        Args:
          max_tokens: The most tokens the model may generate before stopping.
          messages: The conversation so far: alternating ``user`` and ``assistant`` turns.
          model: The model that completes the conversation.
          container: The container to use (code execution, skills): an id or its parameters.
          context_management: How the context is managed (e.g. clearing old tool uses).
          mcp_servers: MCP servers the model may use.
          metadata: An object describing metadata about the request.
          output_format: The type the text output must follow.
          service_tier: Whether priority capacity may be used (``auto``) or not (``standard_only``).
          stop_sequences: Custom strings that stop generation when produced.
          stream: Must be false (use ``stream()`` to stream with an ``output_format``).
          system: A system prompt: context and instructions for the model.
          temperature: Amount of randomness, 0.0 to 1.0.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ....types.beta.beta_message import BetaMessage

        body = strip_omitted(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            container=container,
            context_management=context_management,
            mcp_servers=mcp_servers,
            metadata=metadata,
            output_format=_beta_messages.output_format_param(output_format),
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
        options = _beta_messages.parse_options(
            self._client._config, body, betas, (extra_headers, extra_query, extra_body, timeout), output_format
        )
        cast_to = cast("type[ParsedBetaMessage[ResponseFormatT]]", BetaMessage)
        return await self._post("/v1/messages?beta=true", body=body, cast_to=cast_to, options=options, stream=False)

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[BetaToolUnionParam] | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncMessageStreamManager[ResponseFormatT]:
        """Stream the model's next message, with helpers that build it as it arrives (beta features).

        Nothing is sent until the returned manager is entered as a context manager; it
        gives a message stream (iterate it for events, or read ``text_stream``;
        ``get_final_message()`` returns the whole ``ParsedBetaMessage``) and closes the
        response on exit.

        Args:
          max_tokens: The most tokens the model may generate before stopping.
          messages: The conversation so far: alternating ``user`` and ``assistant`` turns.
          model: The model that completes the conversation.
          metadata: An object describing metadata about the request.
          output_format: A type the text output must follow (a pydantic model, ``list[int]``...): its JSON
            schema is sent, and each text block's ``parsed_output`` is the text parsed into it.
          container: The container to use (code execution, skills): an id or its parameters.
          context_management: How the context is managed (e.g. clearing old tool uses).
          mcp_servers: MCP servers the model may use.
          service_tier: Whether priority capacity may be used (``auto``) or not (``standard_only``).
          stop_sequences: Custom strings that stop generation when produced.
          system: A system prompt: context and instructions for the model.
          temperature: Amount of randomness, 0.0 to 1.0.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        from ...lib.streaming import BetaAsyncMessageStreamManager

        body = strip_omitted(
            max_tokens=max_tokens,
            messages=messages,
            model=model,
            metadata=metadata,
            output_format=_beta_messages.output_format_param(output_format),
            container=container,
            context_management=context_management,
            mcp_servers=mcp_servers,
            service_tier=service_tier,
            stop_sequences=stop_sequences,
            system=system,
            temperature=temperature,
            thinking=thinking,
            top_k=top_k,
            top_p=top_p,
            tools=tools,
            tool_choice=tool_choice,
            stream=True,
        )
        from ....types.beta.beta_message import BetaMessage
        from ....types.beta.beta_raw_message_stream_event import BetaRawMessageStreamEvent

        options = _beta_messages.create_options(
            self._client._config,
            body,
            betas,
            (extra_headers, extra_query, extra_body, timeout),
            headers=_beta_messages.STREAM_HELPER_HEADERS,
        )
        request = partial(
            self._post,
            "/v1/messages?beta=true",
            body=body,
            cast_to=BetaMessage,
            options=options,
            stream=True,
            stream_cls=AsyncStream[BetaRawMessageStreamEvent],
        )
        target: Any = None if isinstance(output_format, (Mapping, Omit)) else output_format
        return BetaAsyncMessageStreamManager[ResponseFormatT](request, output_format=target)

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[BetaAsyncRunnableTool],
        max_iterations: int | Omit = omit,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: Literal[False] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[BetaAsyncRunnableTool],
        stream: Literal[True],
        max_iterations: int | Omit = omit,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaAsyncStreamingToolRunner[ResponseFormatT]: ...

    @overload
    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[BetaAsyncRunnableTool],
        stream: bool,
        max_iterations: int | Omit = omit,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaAsyncToolRunner[ResponseFormatT], BetaAsyncStreamingToolRunner[ResponseFormatT]]: ...

    def tool_runner(
        self,
        *,
        max_tokens: int,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        tools: Iterable[BetaAsyncRunnableTool],
        max_iterations: int | Omit = omit,
        container: Optional[Container] | Omit = omit,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        metadata: BetaMetadataParam | Omit = omit,
        output_format: Optional[type[ResponseFormatT]] | Omit = omit,
        service_tier: Literal["auto", "standard_only"] | Omit = omit,
        stop_sequences: SequenceNotStr[str] | Omit = omit,
        stream: bool | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        temperature: float | Omit = omit,
        top_k: int | Omit = omit,
        top_p: float | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Union[BetaAsyncToolRunner[ResponseFormatT], BetaAsyncStreamingToolRunner[ResponseFormatT]]:
        """Run a conversation in which your tools are called whenever the model asks for them.

        Nothing is sent until the runner is iterated: each step yields the next message (with
        ``stream=True``, a stream of its events), then runs the tools it called and sends their
        results. It stops when the model calls no tool, or after ``max_iterations`` requests;
        ``until_done()`` runs it to the end. Tools are ``@beta_tool`` functions (or built-in tools
        such as a memory tool); a tool that raises gives the model an error result with the
        exception's ``repr``. With the asynchronous client, the tool calls of one message run
        concurrently (their results keep the order of the calls).

        Args:
          max_tokens: The most tokens the model may generate before stopping (per request).
          messages: The conversation so far (your list is not modified).
          model: The model that completes the conversation.
          tools: The tools the model may call, run by the runner.
          max_iterations: The most requests to send.
          container: The container to use (code execution, skills): an id or its parameters.
          context_management: How the context is managed (e.g. clearing old tool uses).
          mcp_servers: MCP servers the model may use.
          metadata: An object describing metadata about the request.
          output_format: A type the final text must follow (see ``parse``).
          service_tier: Whether priority capacity may be used (``auto``) or not (``standard_only``).
          stop_sequences: Custom strings that stop generation when produced.
          stream: Yield a stream of events per message instead of the messages.
          system: A system prompt: context and instructions for the model.
          temperature: Amount of randomness, 0.0 to 1.0.
          top_k: Sample only from the top K options for each token.
          top_p: Nucleus sampling threshold.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          betas: Beta versions to enable for every request (``anthropic-beta`` header).
          extra_headers: Additional headers for every request.
          extra_query: Additional query parameters for every request.
          extra_body: Additional JSON properties for every request.
          timeout: Override the client-level timeout for every request, in seconds.
        """
        from ...._endpoints._common import warn_if_deprecated
        from ...lib.tool_runner import BetaAsyncStreamingToolRunner, BetaAsyncToolRunner

        warn_if_deprecated(model, stacklevel=3)
        tools = list(tools)
        params: Dict[str, Any] = {
            "max_tokens": max_tokens,
            "messages": messages,
            "model": model,
            "container": container,
            "context_management": context_management,
            "mcp_servers": mcp_servers,
            "metadata": metadata,
            "output_format": output_format,
            "service_tier": service_tier,
            "stop_sequences": stop_sequences,
            "system": system,
            "temperature": temperature,
            "thinking": thinking,
            "tool_choice": tool_choice,
            "tools": [tool.to_dict() for tool in tools],
            "top_k": top_k,
            "top_p": top_p,
        }
        options: Any = _beta_messages.runner_options(betas, (extra_headers, extra_query, extra_body, timeout))
        iterations = None if isinstance(max_iterations, Omit) else max_iterations
        client = cast("AsyncAnthropic", self._client)
        if stream is True:
            return BetaAsyncStreamingToolRunner[ResponseFormatT](
                tools=tools, params=params, options=options, client=client, max_iterations=iterations
            )
        return BetaAsyncToolRunner[ResponseFormatT](
            tools=tools, params=params, options=options, client=client, max_iterations=iterations
        )

    async def count_tokens(
        self,
        *,
        messages: Iterable[BetaMessageParam],
        model: ModelParam,
        context_management: Optional[BetaContextManagementConfigParam] | Omit = omit,
        mcp_servers: Iterable[BetaRequestMCPServerURLDefinitionParam] | Omit = omit,
        output_format: Optional[BetaJSONOutputFormatParam] | Omit = omit,
        system: Union[str, Iterable[BetaTextBlockParam]] | Omit = omit,
        thinking: BetaThinkingConfigParam | Omit = omit,
        tool_choice: BetaToolChoiceParam | Omit = omit,
        tools: Iterable[CountTokensTool] | Omit = omit,
        betas: List[AnthropicBetaParam] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BetaMessageTokensCount:
        """Count the input tokens of a conversation (with its system prompt and tools) without sending it.

        Always sends the ``token-counting-2024-11-01`` beta (after any ``betas`` given).

        Args:
          messages: The conversation to count.
          model: The model whose tokenizer counts.
          context_management: How the context is managed (e.g. clearing old tool uses).
          mcp_servers: MCP servers the model may use.
          output_format: A JSON schema the response must follow.
          system: A system prompt.
          thinking: Configuration for extended thinking.
          tool_choice: How the model may use the provided tools.
          tools: Definitions of tools the model may use.
          betas: Beta versions to enable for this request (``anthropic-beta`` header).
          extra_headers: Additional headers for this request.
          extra_query: Additional query parameters for this request.
          extra_body: Additional JSON properties for this request.
          timeout: Override the client-level timeout for this request, in seconds.
        """
        body = strip_omitted(
            messages=messages,
            model=model,
            context_management=context_management,
            mcp_servers=mcp_servers,
            output_format=output_format,
            system=system,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
        )
        from ....types.beta.beta_message_tokens_count import BetaMessageTokensCount

        options = _beta_messages.count_tokens_options(betas, (extra_headers, extra_query, extra_body, timeout))
        return await self._post(
            "/v1/messages/count_tokens?beta=true", body=body, cast_to=BetaMessageTokensCount, options=options
        )


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_raw_response_wrapper(messages.create)
        self.parse = async_to_raw_response_wrapper(messages.parse)
        self.count_tokens = async_to_raw_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        return self._messages.batches.with_raw_response


class AsyncMessagesWithStreamingResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self._messages = messages
        self.create = async_to_streamed_response_wrapper(messages.create)
        self.parse = async_to_streamed_response_wrapper(messages.parse)
        self.count_tokens = async_to_streamed_response_wrapper(messages.count_tokens)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        return self._messages.batches.with_streaming_response

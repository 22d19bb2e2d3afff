"""The tool runner of ``client.beta.messages.tool_runner()``: a conversation loop that calls
your tools whenever the model asks for them.

Iterating a runner sends the first request and yields its message (a stream of events for the
streaming runner); each further step runs the tools the last message called, appends the
assistant turn and the tool results to the conversation, and sends the next request. The loop
ends when the model calls no tool, or after ``max_iterations`` requests.
"""

from __future__ import annotations

import logging
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterable,
    List,
    Optional,
    TypeVar,
    Union,
    cast,
)

from typing_extensions import TypedDict

from ..._drivers import async_map_in_order

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Query
    from ...types.beta.beta_message_param import BetaMessageParam
    from ...types.beta.beta_tool_result_block_param import BetaToolResultBlockParam
    from ...types.beta.parsed_beta_message import ParsedBetaMessage
    from ..client import AsyncAnthropic
    from .streaming import BetaAsyncMessageStream

__all__ = ["BetaAsyncStreamingToolRunner", "BetaAsyncToolRunner"]

log = logging.getLogger("anthropic.lib.tools._beta_runner")

ResponseFormatT = TypeVar("ResponseFormatT")
RunnerItemT = TypeVar("RunnerItemT")


class RequestOptions(TypedDict, total=False):
    """The per-request options every request of a runner is sent with."""

    extra_headers: Optional[Headers]
    extra_query: Optional[Query]
    extra_body: Optional[Body]
    timeout: Union[float, httpx.Timeout, None, NotGiven]


class _BaseAsyncToolRunner(Generic[RunnerItemT, ResponseFormatT]):
    """What both runners share: the conversation, the tools, and the loop."""

    def __init__(
        self,
        *,
        params: Dict[str, Any],
        options: RequestOptions,
        tools: Iterable[Any],
        client: AsyncAnthropic,
        max_iterations: Optional[int] = None,
    ) -> None:
        self._tools_by_name: Dict[str, Any] = {tool.name: tool for tool in tools}
        self._params: Dict[str, Any] = {**params, "messages": list(params["messages"])}  # never the caller's list
        self._options = options
        self._client = client
        self._max_iterations = max_iterations
        self._iteration_count = 0
        self._messages_modified = False
        self._cached_tool_call_response: Optional[BetaMessageParam] = None
        self._last_message: Union[
            ParsedBetaMessage[ResponseFormatT], Callable[[], Awaitable[ParsedBetaMessage[ResponseFormatT]]], None
        ] = None
        self._iterator = self.__run__()

    # The conversation

    def set_messages_params(self, params: Union[Dict[str, Any], Callable[[Dict[str, Any]], Dict[str, Any]]]) -> None:
        """Replace the parameters of the next request (or pass a function of the current ones).

        Tools already called for the last message are not called again.
        """
        if callable(params):
            params = params(self._params)
        self._params = params

    def append_messages(self, *messages: Union[BetaMessageParam, ParsedBetaMessage[ResponseFormatT]]) -> None:
        """Add messages to the conversation (message params, or messages the API returned).

        When called during an iteration, the runner does not append the assistant turn and the
        tool results itself for that iteration, and the cached tool results are dropped.
        """
        from ...types.beta.beta_message import BetaMessage

        added: List[Any] = [
            {"role": message.role, "content": message.content} if isinstance(message, BetaMessage) else message
            for message in messages
        ]
        self._messages_modified = True
        current = self._params
        self.set_messages_params(lambda params: {**params, "messages": [*current["messages"], *added]})
        self._cached_tool_call_response = None

    # The tools

    async def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """The user turn answering the tool calls of the last message (``None`` if it made none).

        Each ``tool_use`` block is answered by a ``tool_result`` (in block order): the tool's
        return value; ``is_error`` with ``repr(exception)`` if the tool raised; an error if no
        tool has that name. The result is cached: calling this again does not run the tools again.
        """
        if self._cached_tool_call_response is not None:
            log.debug("Returning cached tool call response.")
            return self._cached_tool_call_response
        response = await self._generate_tool_call_response()
        self._cached_tool_call_response = response
        return response

    async def _generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        message = await self._get_last_message()
        if message is None or message.role != "assistant" or not message.content:
            return None
        calls = [block for block in message.content if block.type == "tool_use"]
        if not calls:
            return None
        results = await async_map_in_order(self._run_tool, calls)
        return {"role": "user", "content": results}

    async def _run_tool(self, call: Any) -> BetaToolResultBlockParam:
        tool = self._tools_by_name.get(call.name)
        if tool is None:
            return {
                "type": "tool_result",
                "tool_use_id": call.id,
                "content": f"Error: Tool '{call.name}' not found",
                "is_error": True,
            }
        try:
            result = await tool.call(call.input)
        except Exception as exc:
            log.exception(f"Error occurred while calling tool: {tool.name}", exc_info=exc)
            return {"type": "tool_result", "tool_use_id": call.id, "content": repr(exc), "is_error": True}
        return {"type": "tool_result", "tool_use_id": call.id, "content": result}

    # The loop

    async def __anext__(self) -> RunnerItemT:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[RunnerItemT]:
        async for item in self._iterator:
            yield item

    async def __run__(self) -> AsyncIterator[RunnerItemT]:
        message: Optional[ParsedBetaMessage[ResponseFormatT]] = None
        while True:
            if message is not None:  # a reply came: answer its tool calls, if any
                if self._max_iterations is not None and self._iteration_count >= self._max_iterations:
                    return
                response = await self.generate_tool_call_response()
                if response is None:
                    log.debug("Tool call was not requested, exiting from tool runner loop.")
                    return
                if not self._messages_modified:
                    self.append_messages(message, response)
                self._messages_modified = False
                self._cached_tool_call_response = None
            item = await self._send()
            try:
                yield item
                message = await self._get_last_message()
            finally:
                await self._done(item)
            self._iteration_count += 1

    async def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the loop to its end and return the last message."""
        async for _ in self:
            pass
        message = await self._get_last_message()
        assert message is not None, "the runner sent no request"
        return message

    async def _get_last_message(self) -> Optional[ParsedBetaMessage[ResponseFormatT]]:
        last = self._last_message
        if callable(last):
            return await last()
        return last

    async def _send(self) -> RunnerItemT:
        raise NotImplementedError

    async def _done(self, item: RunnerItemT) -> None:
        return None


class BetaAsyncToolRunner(_BaseAsyncToolRunner["ParsedBetaMessage[ResponseFormatT]", ResponseFormatT]):
    """Iterate it for each message of the conversation (``ParsedBetaMessage``), tools run in between.

    Each request goes through ``beta.messages.parse`` (so an ``output_format`` type is parsed).
    With the asynchronous client, the tool calls of one message run concurrently (their results
    keep the order of the calls); with the synchronous client, one after the other.
    """

    async def _send(self) -> ParsedBetaMessage[ResponseFormatT]:
        message = await self._client.beta.messages.parse(**self._params, **self._options)
        self._last_message = message
        return message


class BetaAsyncStreamingToolRunner(_BaseAsyncToolRunner["BetaAsyncMessageStream[ResponseFormatT]", ResponseFormatT]):
    """Iterate it for a stream of events per message of the conversation, tools run in between.

    Each request goes through ``beta.messages.stream``; when the loop goes on, whatever the
    consumer did not read of a stream is read (``get_final_message()``) and the stream closed.
    With the asynchronous client, the tool calls of one message run concurrently.
    """

    async def _send(self) -> BetaAsyncMessageStream[ResponseFormatT]:
        manager = self._client.beta.messages.stream(**self._params, **self._options)
        stream = await manager.__aenter__()
        self._last_message = stream.get_final_message
        self._manager = manager
        return cast("BetaAsyncMessageStream[ResponseFormatT]", stream)

    async def _done(self, item: BetaAsyncMessageStream[ResponseFormatT]) -> None:
        await self._manager.__aexit__(None, None, None)

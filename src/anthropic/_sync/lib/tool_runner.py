# File generated from src/anthropic/_async/lib/tool_runner.py by tools/unasync.py. Do not edit.
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
    Callable,
    Dict,
    Generic,
    Iterable,
    Iterator,
    List,
    Optional,
    TypeVar,
    Union,
    cast,
)

from typing_extensions import TypedDict

from ..._drivers import sync_map_in_order

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Query
    from ...types.beta.beta_message_param import BetaMessageParam
    from ...types.beta.beta_tool_result_block_param import BetaToolResultBlockParam
    from ...types.beta.parsed_beta_message import ParsedBetaMessage
    from ..client import Anthropic
    from .streaming import BetaMessageStream

__all__ = ["BetaStreamingToolRunner", "BetaToolRunner"]

log = logging.getLogger("anthropic.lib.tools._beta_runner")

ResponseFormatT = TypeVar("ResponseFormatT")
RunnerItemT = TypeVar("RunnerItemT")


class RequestOptions(TypedDict, total=False):
    """The per-request options every request of a runner is sent with."""

    extra_headers: Optional[Headers]
    extra_query: Optional[Query]
    extra_body: Optional[Body]
    timeout: Union[float, httpx.Timeout, None, NotGiven]


class _BaseSyncToolRunner(Generic[RunnerItemT, ResponseFormatT]):
    """What both runners share: the conversation, the tools, and the loop."""

    def __init__(
        self,
        *,
        params: Dict[str, Any],
        options: RequestOptions,
        tools: Iterable[Any],
        client: Anthropic,
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
            ParsedBetaMessage[ResponseFormatT], Callable[[], ParsedBetaMessage[ResponseFormatT]], None
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

    def generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        """The user turn answering the tool calls of the last message (``None`` if it made none).

        Each ``tool_use`` block is answered by a ``tool_result`` (in block order): the tool's
        return value; ``is_error`` with ``repr(exception)`` if the tool raised; an error if no
        tool has that name. The result is cached: calling this again does not run the tools again.
        """
        if self._cached_tool_call_response is not None:
            log.debug("Returning cached tool call response.")
            return self._cached_tool_call_response
        response = self._generate_tool_call_response()
        self._cached_tool_call_response = response
        return response

    def _generate_tool_call_response(self) -> Optional[BetaMessageParam]:
        message = self._get_last_message()
        if message is None or message.role != "assistant" or not message.content:
            return None
        calls = [block for block in message.content if block.type == "tool_use"]
        if not calls:
            return None
        results = sync_map_in_order(self._run_tool, calls)
        return {"role": "user", "content": results}

    def _run_tool(self, call: Any) -> BetaToolResultBlockParam:
        tool = self._tools_by_name.get(call.name)
        if tool is None:
            return {
                "type": "tool_result",
                "tool_use_id": call.id,
                "content": f"Error: Tool '{call.name}' not found",
                "is_error": True,
            }
        try:
            result = tool.call(call.input)
        except Exception as exc:
            log.exception(f"Error occurred while calling tool: {tool.name}", exc_info=exc)
            return {"type": "tool_result", "tool_use_id": call.id, "content": repr(exc), "is_error": True}
        return {"type": "tool_result", "tool_use_id": call.id, "content": result}

    # The loop

    def __next__(self) -> RunnerItemT:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[RunnerItemT]:
        for item in self._iterator:
            yield item

    def __run__(self) -> Iterator[RunnerItemT]:
        message: Optional[ParsedBetaMessage[ResponseFormatT]] = None
        while True:
            if message is not None:  # a reply came: answer its tool calls, if any
                if self._max_iterations is not None and self._iteration_count >= self._max_iterations:
                    return
                response = self.generate_tool_call_response()
                if response is None:
                    log.debug("Tool call was not requested, exiting from tool runner loop.")
                    return
                if not self._messages_modified:
                    self.append_messages(message, response)
                self._messages_modified = False
                self._cached_tool_call_response = None
            item = self._send()
            try:
                yield item
                message = self._get_last_message()
            finally:
                self._done(item)
            self._iteration_count += 1

    def until_done(self) -> ParsedBetaMessage[ResponseFormatT]:
        """Run the loop to its end and return the last message."""
        for _ in self:
            pass
        message = self._get_last_message()
        assert message is not None, "the runner sent no request"
        return message

    def _get_last_message(self) -> Optional[ParsedBetaMessage[ResponseFormatT]]:
        last = self._last_message
        if callable(last):
            return last()
        return last

    def _send(self) -> RunnerItemT:
        raise NotImplementedError

    def _done(self, item: RunnerItemT) -> None:
        return None


class BetaToolRunner(_BaseSyncToolRunner["ParsedBetaMessage[ResponseFormatT]", ResponseFormatT]):
    """Iterate it for each message of the conversation (``ParsedBetaMessage``), tools run in between.

    Each request goes through ``beta.messages.parse`` (so an ``output_format`` type is parsed).
    With the asynchronous client, the tool calls of one message run concurrently (their results
    keep the order of the calls); with the synchronous client, one after the other.
    """

    def _send(self) -> ParsedBetaMessage[ResponseFormatT]:
        message = self._client.beta.messages.parse(**self._params, **self._options)
        self._last_message = message
        return message


class BetaStreamingToolRunner(_BaseSyncToolRunner["BetaMessageStream[ResponseFormatT]", ResponseFormatT]):
    """Iterate it for a stream of events per message of the conversation, tools run in between.

    Each request goes through ``beta.messages.stream``; when the loop goes on, whatever the
    consumer did not read of a stream is read (``get_final_message()``) and the stream closed.
    With the asynchronous client, the tool calls of one message run concurrently.
    """

    def _send(self) -> BetaMessageStream[ResponseFormatT]:
        manager = self._client.beta.messages.stream(**self._params, **self._options)
        stream = manager.__enter__()
        self._last_message = stream.get_final_message
        self._manager = manager
        return cast("BetaMessageStream[ResponseFormatT]", stream)

    def _done(self, item: BetaMessageStream[ResponseFormatT]) -> None:
        self._manager.__exit__(None, None, None)

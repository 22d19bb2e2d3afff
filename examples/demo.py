"""An example conversation: a streamed answer, then a tool call and its result.

python examples/demo.py            # offline, against the built-in fake API server
python examples/demo.py --live     # the real API (needs ANTHROPIC_API_KEY)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import Any, Dict, Iterator, List

import anthropic
from anthropic.types import MessageParam, ToolParam

MODEL = "claude-sonnet-4-5"

WEATHER_TOOL: ToolParam = {
    "name": "get_weather",
    "description": "Get the current weather in a city.",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string", "description": "The city, e.g. Paris"}},
        "required": ["location"],
    },
}


def get_weather(location: str) -> str:
    """The demo's tool: a canned forecast."""
    return json.dumps({"location": location, "forecast": "sunny", "temperature_c": 21})


@contextlib.contextmanager
def make_client(live: bool) -> Iterator[anthropic.Anthropic]:
    if live:
        if not os.environ.get("ANTHROPIC_API_KEY"):
            sys.exit("--live needs ANTHROPIC_API_KEY in the environment")
        with anthropic.Anthropic() as client:
            yield client
        return
    from anthropic.testing import FakeAnthropic

    with FakeAnthropic() as server:
        print(f"(offline: fake API server at {server.url}; use --live for the real API)\n")
        with anthropic.Anthropic(api_key="demo-key", base_url=server.url) as client:
            yield client


def stream_reply(client: anthropic.Anthropic, messages: List[MessageParam], **kwargs: Any) -> Any:
    """Print the answer as it streams in; return the final message."""
    print("assistant> ", end="", flush=True)
    with client.messages.stream(model=MODEL, max_tokens=512, messages=messages, **kwargs) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
        message = stream.get_final_message()
    print()
    return message


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--live", action="store_true", help="talk to the real API (needs ANTHROPIC_API_KEY)")
    args = parser.parse_args(argv)

    with make_client(args.live) as client:
        # 1. A plain streamed answer.
        question = "Hello! In one sentence, what can you help me with?"
        print(f"user> {question}")
        stream_reply(client, [{"role": "user", "content": question}])

        # 2. A tool call: the model asks for get_weather, we run it and send the result back.
        question = "What is the weather in Paris?"
        print(f"\nuser> {question}")
        messages: List[MessageParam] = [{"role": "user", "content": question}]
        message = stream_reply(client, messages, tools=[WEATHER_TOOL])
        while message.stop_reason == "tool_use":
            results: List[Dict[str, Any]] = []
            for block in message.content:
                if block.type == "tool_use":
                    output = get_weather(**block.input)  # type: ignore[arg-type]
                    print(f"tool> {block.name}({json.dumps(block.input)}) -> {output}")
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": output})
            messages.append({"role": "assistant", "content": message.content})
            messages.append({"role": "user", "content": results})  # type: ignore[typeddict-item]
            message = stream_reply(client, messages, tools=[WEATHER_TOOL])
        usage = message.usage
        print(
            f"\n(stop_reason={message.stop_reason}, input_tokens={usage.input_tokens}, "
            f"output_tokens={usage.output_tokens})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

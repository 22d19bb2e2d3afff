"""An example conversation: a streamed answer, a tool run, and a structured answer.

python examples/demo.py            # offline, against the built-in fake API server
python examples/demo.py --live     # the real API (needs ANTHROPIC_API_KEY)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import Iterator, List

import pydantic

import anthropic
from anthropic import beta_tool

MODEL = "claude-sonnet-4-5"


@beta_tool
def get_weather(location: str) -> str:
    """Get the current weather in a city.

    Args:
        location: The city, e.g. Paris.
    """
    return json.dumps({"location": location, "forecast": "sunny", "temperature_c": 21})


class Forecast(pydantic.BaseModel):
    """A short weather report."""

    city: str
    summary: str
    temperature_c: int


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


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--live", action="store_true", help="talk to the real API (needs ANTHROPIC_API_KEY)")
    args = parser.parse_args(argv)

    with make_client(args.live) as client:
        # 1. A plain streamed answer.
        question = "Hello! In one sentence, what can you help me with?"
        print(f"user> {question}\nassistant> ", end="", flush=True)
        with client.messages.stream(
            model=MODEL, max_tokens=512, messages=[{"role": "user", "content": question}]
        ) as stream:
            for text in stream.text_stream:
                print(text, end="", flush=True)
        print()

        # 2. A tool run: the runner calls get_weather when the model asks, and sends the result back.
        question = "What is the weather in Paris?"
        print(f"\nuser> {question}")
        runner = client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=512,
            messages=[{"role": "user", "content": question}],
            tools=[get_weather],
            stream=True,
        )
        for message_stream in runner:
            print("assistant> ", end="", flush=True)
            for event in message_stream:
                if event.type == "text":
                    print(event.text, end="", flush=True)
            message = message_stream.get_final_message()
            print()
            calls = [block for block in message.content if block.type == "tool_use"]
            response = runner.generate_tool_call_response()  # run by the runner (once), shown here
            if calls and response is not None:
                for call, result in zip(calls, response["content"]):
                    print(f"tool> {call.name}({json.dumps(call.input)}) -> {result['content']}")  # type: ignore[index]
        usage = message.usage
        print(f"(stop_reason={message.stop_reason}, output_tokens={usage.output_tokens})")

        # 3. A structured answer: the reply is parsed into a pydantic model.
        question = "Summarise the weather in Paris."
        print(f"\nuser> {question}")
        parsed = client.beta.messages.parse(
            model=MODEL, max_tokens=512, messages=[{"role": "user", "content": question}], output_format=Forecast
        )
        print(f"assistant (parsed)> {parsed.parsed_output!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

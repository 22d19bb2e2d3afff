"""`python -m anthropic.testing [--port N] [--host H] [--no-auth] [--bedrock-credentials KEY SECRET [TOKEN]]
[--reply PATH FILE]... [--record-to DIR --upstream URL | --replay-from DIR [--replay-timing X]]`: run the fake API
server in the foreground (it prints its URL, then serves until Ctrl-C).

`--record-to DIR --upstream URL` makes it a recording proxy (every exchange with URL written to DIR, credentials
redacted); `--replay-from DIR` answers from such recordings, and on exit prints the diff of every request that had
no recording to stderr and exits with status 1.

Besides the first-party API it serves Amazon Bedrock (`/model/{model}/invoke[-with-response-stream]`, SigV4
`Authorization` required), Google Vertex AI (`/projects/{p}/locations/{r}/publishers/anthropic/models/...`,
`Authorization: Bearer` required) and Microsoft Foundry (`/anthropic/...`). `--bedrock-credentials` makes it verify
Bedrock SigV4 signatures with botocore (`pip install anthropic[bedrock]`). `--reply` files that are SSE streams are
sent as AWS event streams on Bedrock streaming paths.

The default model echoes the user, calls tools (inputs synthesized from their schemas), quotes tool results and
answers `output_format` requests with schema-valid JSON; request headers steer it (see `--help`).
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import List, Optional

from ._reply import Reply
from ._server import FakeAnthropic

EPILOG = """\
The default model (POST /v1/messages, also on the platform routes):
  echoes the last user message ("Echo: <text>");
  with tools (tool_choice not "none"): calls the tool tool_choice names, else the tools the user text mentions,
    else the best-matching custom tool, with inputs synthesized from their input_schema (stop_reason "tool_use");
  after tool_result blocks: "The tool returned: <content>; error: <content of an is_error result>";
  with output_format {"type": "json_schema", "schema": ...}: one text block of JSON valid against the schema.

request headers:
  x-fake-tool-calls: N       answer with exactly N tool_use blocks (parallel tool calls; 0 = none)
  x-fake-invalid-output: 1   structured-output JSON that does NOT match the schema
  x-fake-text-deltas: N      (stream) one text block of exactly N text deltas
  x-fake-chunk-bytes: B      (stream) send the events in HTTP chunks of about B bytes
"""


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m anthropic.testing",
        description="Run a fake Anthropic API server.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: 0, any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument(
        "--no-auth", action="store_true", help="accept requests without credentials (on every platform's paths too)"
    )
    parser.add_argument(
        "--bedrock-credentials",
        nargs="+",
        metavar="VALUE",
        help="ACCESS_KEY SECRET_KEY [SESSION_TOKEN]: verify Bedrock SigV4 signatures made with these (needs botocore)",
    )
    parser.add_argument(
        "--reply",
        nargs=2,
        action="append",
        default=[],
        metavar=("PATH", "FILE"),
        help="answer every request to PATH with FILE (JSON, or an SSE stream if FILE ends in .sse/.txt); repeatable",
    )
    parser.add_argument(
        "--record-to",
        metavar="DIR",
        help="proxy every request to --upstream and write each exchange to DIR as JSON (credentials redacted)",
    )
    parser.add_argument("--upstream", metavar="URL", help="the API base URL to record from (with --record-to)")
    parser.add_argument(
        "--replay-from",
        metavar="DIR",
        help="answer from the recordings in DIR; on exit, report requests that had none (exit status 1)",
    )
    parser.add_argument(
        "--replay-timing",
        type=float,
        default=0.0,
        metavar="X",
        help="replay server-sent events at X times their recorded pace (default 0: at once; 1: as recorded)",
    )
    args = parser.parse_args(argv)
    credentials: Optional[List[str]] = args.bedrock_credentials
    if credentials is not None and len(credentials) not in (2, 3):
        parser.error("--bedrock-credentials takes ACCESS_KEY SECRET_KEY [SESSION_TOKEN]")
    if (args.record_to is None) != (args.upstream is None):
        parser.error("--record-to and --upstream go together")
    if args.record_to is not None and args.replay_from is not None:
        parser.error("--record-to and --replay-from exclude each other")
    if args.replay_timing < 0:
        parser.error("--replay-timing must be >= 0")
    try:
        server = FakeAnthropic(
            port=args.port,
            host=args.host,
            require_auth=not args.no_auth,
            bedrock_credentials=credentials,
            record_to=args.record_to,
            upstream=args.upstream,
            replay_from=args.replay_from,
            replay_timing=args.replay_timing,
        )
    except ValueError as exc:
        parser.error(str(exc))
    for path, file in args.reply:
        with open(file, "rb") as f:
            data = f.read()
        if file.endswith((".sse", ".txt")):
            reply = Reply(chunks=[data], content_type="text/event-stream; charset=utf-8", repeat=2**62)
        else:
            reply = Reply(body=data, content_type="application/json", repeat=2**62)
        server.enqueue(reply, path=path)
    server.start()
    status = 0
    try:
        print(server.url, flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        try:
            server.close()
        except AssertionError as exc:  # replay: requests without a recording
            print(exc, file=sys.stderr, flush=True)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())

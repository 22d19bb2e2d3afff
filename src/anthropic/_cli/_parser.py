"""The `argparse` tree of the command line. Handlers are named by `module:function` and imported when run."""

from __future__ import annotations

import argparse
from typing import Any, Optional

from .._version import __version__

__all__ = ["build_parser"]

DESCRIPTION = "Use the Anthropic API from the command line (messages, models, message batches, files)."

EPILOG = """\
environment:
  ANTHROPIC_API_KEY   the API key (or --api-key)
  ANTHROPIC_BASE_URL  the API's address (or --base-url)
  ANTHROPIC_MODEL     the model of `messages` commands when --model is not given

Errors print one line (`error: ...`, with the request id when there is one) and exit with status 1;
Ctrl-C exits with status 130. `pip install anthropic[cli]` adds colour, tables and progress bars."""


def _add_globals(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes. On the subcommands they default to SUPPRESS, so `anthropic --fake models
    list` and `anthropic models list --fake` mean the same (a subcommand never resets what was given before it)."""

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group = parser.add_argument_group("connection options")
    group.add_argument(
        "--api-key", metavar="KEY", default=default(None), help="the API key (default: $ANTHROPIC_API_KEY)"
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        default=default(None),
        help="the API's address (default: $ANTHROPIC_BASE_URL, else https://api.anthropic.com)",
    )
    group.add_argument(
        "--max-retries",
        type=int,
        metavar="N",
        default=default(None),
        help="retries of a failed request (default: 2)",
    )
    group.add_argument(
        "--timeout", type=float, metavar="SECONDS", default=default(None), help="request timeout (default: 600)"
    )
    group.add_argument(
        "--fake",
        action="store_true",
        default=default(False),
        help="start the built-in fake API server in this process and use it (no API key needed)",
    )


class _Builder:
    def __init__(self) -> None:
        self.common = argparse.ArgumentParser(add_help=False)
        _add_globals(self.common, top=False)

    def group(self, parent: Any, name: str, help: str) -> Any:
        parser = parent.add_parser(name, help=help, description=help)
        subparsers = parser.add_subparsers(title="commands", dest="subcommand", metavar="COMMAND")
        subparsers.required = True
        return subparsers

    def command(self, parent: Any, name: str, handler: str, help: str, description: Optional[str] = None) -> Any:
        parser: argparse.ArgumentParser = parent.add_parser(
            name,
            help=help,
            description=description or help,
            parents=[self.common],
        )
        parser.set_defaults(handler=handler)
        return parser


def _prompt_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-m", "--model", help="the model (default: $ANTHROPIC_MODEL)")
    parser.add_argument("-s", "--system", metavar="TEXT", help="a system prompt")
    parser.add_argument(
        "--thinking", type=int, metavar="N", help="turn extended thinking on with a budget of N tokens (>= 1024)"
    )
    parser.add_argument("prompt", nargs="?", help="the user message; `-` (or nothing, when piped) reads standard input")


def _limit_option(parser: argparse.ArgumentParser, default: Optional[int]) -> None:
    shown = "all" if default is None else str(default)
    parser.add_argument("--limit", type=int, metavar="N", default=default, help=f"show at most N (default: {shown})")
    parser.add_argument("--json", action="store_true", help="print one JSON object per line")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anthropic",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"anthropic {__version__}")
    _add_globals(parser, top=True)
    b = _Builder()
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True

    # ---- messages
    messages = b.group(commands, "messages", "send a message, count tokens")
    p = b.command(
        messages,
        "create",
        "_messages:create",
        "send a message and stream the answer",
        "Send one user message and print the answer as it arrives (thinking goes to standard error).",
    )
    _prompt_options(p)
    p.add_argument(
        "--max-tokens",
        type=int,
        metavar="N",
        help="the longest answer, in tokens (default: 1024, plus the --thinking budget)",
    )
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the final message as JSON instead of the text")
    output.add_argument("--raw-events", action="store_true", help="print each server-sent event as one JSON line")
    p = b.command(messages, "count-tokens", "_messages:count_tokens", "count the input tokens of a message")
    _prompt_options(p)
    p.add_argument("--json", action="store_true", help="print the API's answer as JSON")

    # ---- models
    models = b.group(commands, "models", "list the models")
    _limit_option(b.command(models, "list", "_resources:models_list", "list the available models"), None)
    p = b.command(models, "get", "_resources:models_get", "show one model (an id or an alias)")
    p.add_argument("model_id", metavar="MODEL")

    # ---- batches
    batches = b.group(commands, "batches", "message batches")
    p = b.command(
        batches,
        "create",
        "_resources:batches_create",
        "create a batch from a JSON Lines file",
        'Create a message batch. Each line of the input is one request: {"custom_id": "...", "params": {"model": '
        '..., "max_tokens": ..., "messages": [...]}}. Every line is checked first: a bad line is reported with its '
        "number and nothing is sent.",
    )
    p.add_argument("--input", "-i", required=True, metavar="FILE", help="the requests (JSON Lines; `-`: stdin)")
    for name, handler, help in (
        ("get", "batches_get", "show a batch"),
        ("cancel", "batches_cancel", "cancel a batch"),
    ):
        p = b.command(batches, name, f"_resources:{handler}", help)
        p.add_argument("batch_id", metavar="ID")
    _limit_option(b.command(batches, "list", "_resources:batches_list", "list batches, most recent first"), 20)
    p = b.command(
        batches,
        "watch",
        "_resources:batches_watch",
        "follow a batch until it ends",
        "Show a batch's progress (processing / succeeded / errored / canceled / expired) until it ends. Polls "
        "every --interval seconds, waiting longer (up to --max-interval) while nothing changes. Exits with status "
        "1 if any request errored or expired.",
    )
    p.add_argument("batch_id", metavar="ID")
    p.add_argument("--interval", type=float, default=1.0, metavar="SECONDS", help="first wait between polls (1)")
    p.add_argument("--max-interval", type=float, default=30.0, metavar="SECONDS", help="longest wait (30)")
    p = b.command(batches, "results", "_resources:batches_results", "save the results of an ended batch (JSON Lines)")
    p.add_argument("batch_id", metavar="ID")
    p.add_argument("-o", "--output", default="-", metavar="PATH", help="where to write them (default `-`: stdout)")

    # ---- files
    files = b.group(commands, "files", "files (beta Files API)")
    p = b.command(files, "upload", "_resources:files_upload", "upload a file")
    p.add_argument("path", metavar="PATH")
    _limit_option(b.command(files, "list", "_resources:files_list", "list files, most recent first"), 20)
    p = b.command(files, "download", "_resources:files_download", "download a file's content")
    p.add_argument("file_id", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write it (`-`: stdout)")
    p = b.command(files, "delete", "_resources:files_delete", "delete a file")
    p.add_argument("file_id", metavar="ID")
    return parser

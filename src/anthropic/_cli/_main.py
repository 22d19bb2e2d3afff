"""`main()`: parse the command line, run one command, turn failures into one line and an exit status."""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, cast

from ._context import CLIError, Context
from ._ui import UI

if TYPE_CHECKING:
    from .._exceptions import APIStatusError

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_ERROR", "EXIT_INTERRUPTED", "describe_error", "main"]

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a command killed by `| head` would report


def _object(value: object) -> Dict[str, object]:
    return cast("Dict[str, object]", value) if isinstance(value, dict) else {}


def _status_error(exc: APIStatusError) -> str:
    status = exc.status_code
    body = _object(exc.body)
    request_id = exc.request_id
    text = exc.message
    error = _object(body.get("error"))
    kind, message = error.get("type"), error.get("message")
    if isinstance(message, str) and message:
        text = f"{kind}: {message}" if isinstance(kind, str) and kind else message
    if request_id is None:
        found = body.get("request_id")
        request_id = found if isinstance(found, str) else None
    if status >= 400 and not text.startswith("Error code:"):
        text = f"{status} {text}"
    return f"{text} (request-id: {request_id})" if request_id else text


def describe_error(exc: BaseException) -> Optional[str]:
    """The one-line message of an error the command reports, or None for an unexpected one (a bug: re-raised)."""
    if isinstance(exc, CLIError):
        return str(exc)
    if "anthropic._exceptions" in sys.modules:
        from .._exceptions import AnthropicError, APIConnectionError, APIStatusError

        if isinstance(exc, APIStatusError):
            return _status_error(exc)
        if isinstance(exc, APIConnectionError):
            cause = exc.__cause__ or exc.__context__
            return f"{exc.message} ({cause})" if cause is not None and str(cause) else exc.message
        if isinstance(exc, AnthropicError):
            return str(exc)
    if "httpx" in sys.modules:
        import httpx

        if isinstance(exc, httpx.HTTPError):  # a body cut while it was being written to disk
            return f"connection error: {exc}" if str(exc) else f"connection error: {type(exc).__name__}"
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        if exc.filename is not None:
            return f"{exc.filename}: {exc.strerror or exc}"
        return str(exc)
    return None


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so flushing at exit does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _handler(name: str) -> Callable[[Context], int]:
    module, _, function = name.partition(":")
    handler: Callable[[Context], int] = getattr(import_module(f"{__package__}.{module}"), function)
    return handler


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run `anthropic ...` with `argv` (default: the process's arguments); returns the exit status."""
    ui = UI(sys.stdout, sys.stderr)
    context: Optional[Context] = None
    try:
        try:
            from ._parser import build_parser

            args_list: List[str] = list(sys.argv[1:] if argv is None else argv)
            args = build_parser().parse_args(args_list)
            context = Context(args, ui)
            return _handler(args.handler)(context)
        except (KeyboardInterrupt, BrokenPipeError, SystemExit):
            raise
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            ui.error(message)
            return EXIT_ERROR
        finally:
            if context is not None:
                context.close()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE

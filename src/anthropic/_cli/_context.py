"""What every command gets: the parsed arguments, the output, and the client (built on first use)."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any, Dict, Optional

from ._ui import UI

if TYPE_CHECKING:
    from .._sync.client import Anthropic
    from ..testing import FakeAnthropic

__all__ = ["CLIError", "Context"]

FAKE_API_KEY = "sk-ant-fake-key"


class CLIError(Exception):
    """A problem the command reports on one line (`error: <message>`) before exiting with status 1."""


class Context:
    def __init__(self, args: argparse.Namespace, ui: UI) -> None:
        self.args = args
        self.ui = ui
        self._client: Optional[Anthropic] = None
        self._server: Optional[FakeAnthropic] = None

    def client(self) -> Anthropic:
        """The client the global options describe (with `--fake`, bound to a fake server started here)."""
        if self._client is not None:
            return self._client
        from .. import Anthropic

        args = self.args
        kwargs: Dict[str, Any] = {}
        api_key: Optional[str] = args.api_key
        base_url: Optional[str] = args.base_url
        if args.fake:
            if base_url is not None:
                raise CLIError("--fake and --base-url cannot be used together")
            from ..testing import FakeAnthropic

            self._server = FakeAnthropic().start()
            base_url = self._server.url
            api_key = api_key or FAKE_API_KEY  # never send a real key from the environment, even to the fake
        elif api_key is None:
            api_key = os.environ.get("ANTHROPIC_API_KEY") or None
            if api_key is None and not os.environ.get("ANTHROPIC_AUTH_TOKEN"):
                raise CLIError("no API key: pass --api-key KEY or set ANTHROPIC_API_KEY")
        if api_key is not None:
            kwargs["api_key"] = api_key
        if base_url is not None:
            kwargs["base_url"] = base_url
        if args.max_retries is not None:
            if args.max_retries < 0:
                raise CLIError("--max-retries must be 0 or more")
            kwargs["max_retries"] = args.max_retries
        if args.timeout is not None:
            if args.timeout <= 0:
                raise CLIError("--timeout must be a positive number of seconds")
            kwargs["timeout"] = args.timeout
        self._client = Anthropic(**kwargs)
        return self._client

    def close(self) -> None:
        client, server = self._client, self._server
        self._client = self._server = None
        try:
            if client is not None:
                client.close()
        finally:
            if server is not None:
                server.close()

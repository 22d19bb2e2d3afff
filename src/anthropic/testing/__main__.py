"""`python -m anthropic.testing [--port N] [--host H] [--no-auth]`: run the fake API server in the foreground."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import List, Optional

from ._server import FakeAnthropic


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anthropic.testing", description="Run a fake Anthropic API server.")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: 0, any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without x-api-key/authorization")
    args = parser.parse_args(argv)
    server = FakeAnthropic(port=args.port, host=args.host, require_auth=not args.no_auth)
    server.start()
    try:
        print(server.url, flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

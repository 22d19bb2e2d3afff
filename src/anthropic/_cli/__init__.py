"""The `anthropic` command line (`python -m anthropic`), built on the public client API.

Only the console script and `python -m anthropic` import this package, so `import anthropic` never pays for it.
Standard library `argparse`; `rich` (the `cli` extra) adds colour, tables and progress bars on a terminal.
"""

from ._main import main

__all__ = ["main"]

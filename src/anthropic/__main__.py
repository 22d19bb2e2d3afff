"""`python -m anthropic`: the command line (see `anthropic --help`)."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())

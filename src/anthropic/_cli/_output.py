"""Writing a downloaded body to a file (or standard output) as it arrives."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from typing import IO, Generator, Iterable

__all__ = ["write_chunks"]


def _mode_for(path: str) -> int:
    """The permissions `open(path, "w")` would give: the existing file's, else 0o666 less the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def _destination(path: str) -> Generator[IO[bytes], None, None]:
    """`-` is standard output. A regular file (or a new one) is written next to its place and renamed into it at
    the end, so a failed download never leaves a half-written file under the requested name; anything else (a
    device, a pipe) is written in place."""
    if path == "-":
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "wb") as special:
            yield special
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, partial = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".part", dir=directory)
    try:
        os.chmod(partial, _mode_for(path))
        with os.fdopen(fd, "wb") as file:
            yield file
        os.replace(partial, path)
    except BaseException:
        try:
            os.unlink(partial)
        except OSError:
            pass
        raise


def write_chunks(path: str, chunks: Iterable[bytes]) -> int:
    """Write `chunks` to `path` one at a time (memory stays bounded); returns the number of bytes written."""
    written = 0
    with _destination(path) as out:
        for chunk in chunks:
            out.write(chunk)
            written += len(chunk)
    return written

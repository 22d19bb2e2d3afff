"""File inputs for multipart uploads.

A file is ``bytes``, an open binary file, an ``os.PathLike``, or a tuple
``(filename, content[, content_type[, headers]])`` whose content is one of those.
Paths are read when the request is built; open files are handed to httpx as they are.
"""

from __future__ import annotations

import io
import os
from typing import Any, Tuple, cast

__all__ = ["file_from_path", "is_file_content", "to_httpx_file"]

_ERROR = (
    "Expected entry at `{key}` to be bytes, an io.IOBase instance, PathLike or a tuple but received {type} "
    "instead. See https://github.com/anthropics/anthropic-sdk-python/tree/main#file-uploads"
)


def file_from_path(path: str) -> Tuple[str, bytes]:
    """``(basename, contents)`` of the file at ``path``."""
    with open(path, "rb") as f:
        return os.path.basename(path), f.read()


def is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike))


def _content(key: str, value: object) -> Any:
    if isinstance(value, os.PathLike):
        with open(cast("os.PathLike[str]", value), "rb") as f:
            return f.read()
    if isinstance(value, (bytes, bytearray, io.IOBase)):
        return value
    raise RuntimeError(_ERROR.format(key=key, type=type(value)))


def to_httpx_file(key: str, value: object) -> Any:
    """The httpx ``files=`` entry for one input (filename rules of the reference SDK)."""
    if isinstance(value, tuple):
        parts = cast(Tuple[Any, ...], value)
        if len(parts) < 2 or len(parts) > 4:
            raise RuntimeError(_ERROR.format(key=key, type=tuple))
        return (parts[0], _content(key, parts[1]), *parts[2:])
    if isinstance(value, os.PathLike):
        path = os.fspath(cast("os.PathLike[str]", value))
        return (os.path.basename(path), _content(key, path))
    if isinstance(value, (bytes, bytearray)):
        return ("upload", value)
    if isinstance(value, io.IOBase):
        return value
    raise RuntimeError(_ERROR.format(key=key, type=type(value)))

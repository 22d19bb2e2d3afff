"""File inputs for multipart uploads.

A file is ``bytes``, an open binary file, an ``os.PathLike``, or a tuple
``(filename, content[, content_type[, headers]])`` whose content is one of those.

Nothing is read ahead of time: ``open_files`` opens each path once per call (the
request pipeline closes them when the call ends, retries included) and httpx streams
every file object to the socket in 64 KiB pieces, so uploading a large file never holds
it in memory.
"""

from __future__ import annotations

import io
import os
from typing import IO, Any, List, Optional, Tuple, cast

__all__ = ["file_from_path", "is_file_content", "open_files", "to_httpx_file"]

_ERROR = (
    "Expected entry at `{key}` to be bytes, an io.IOBase instance, PathLike or a tuple but received {type} "
    "instead. See https://github.com/anthropics/anthropic-sdk-python/tree/main#file-uploads"
)

FileList = List[Tuple[str, Any]]


def file_from_path(path: str) -> Tuple[str, bytes]:
    """``(basename, contents)`` of the file at ``path``."""
    with open(path, "rb") as f:
        return os.path.basename(path), f.read()


file_from_path.__module__ = "anthropic"


def is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike))


def _check(key: str, value: object) -> None:
    if isinstance(value, tuple):
        if not 2 <= len(cast(Tuple[Any, ...], value)) <= 4:
            raise RuntimeError(_ERROR.format(key=key, type=tuple))
    elif not is_file_content(value):
        raise RuntimeError(_ERROR.format(key=key, type=type(value)))


def _path(value: object) -> Optional[str]:
    """The path of a path-like ``value``, else None."""
    if isinstance(value, os.PathLike):
        return os.fspath(cast("os.PathLike[str]", value))
    return None


def open_files(files: FileList) -> Tuple[FileList, List[IO[bytes]]]:
    """``files`` with every path replaced by the open file, and the files opened here.

    A path keeps only its base name as the part's filename (as httpx names a file
    object); a tuple keeps its filename verbatim (relative paths such as
    ``skill/SKILL.md`` included). Raises ``RuntimeError`` for an input of the wrong type,
    before anything is opened.
    """
    for key, value in files:
        _check(key, value)
    opened: List[IO[bytes]] = []
    result: FileList = []
    try:
        for key, value in files:
            path = _path(value)
            if path is not None:
                handle = open(path, "rb")
                opened.append(handle)
                result.append((key, (os.path.basename(path), handle)))
                continue
            if isinstance(value, tuple):
                parts = cast(Tuple[Any, ...], value)
                path = _path(parts[1])
                if path is not None:
                    handle = open(path, "rb")
                    opened.append(handle)
                    result.append((key, (parts[0], handle, *parts[2:])))
                    continue
            result.append((key, cast(Any, value)))
    except BaseException:
        for handle in opened:
            handle.close()
        raise
    return result, opened


def to_httpx_file(key: str, value: object) -> Any:
    """The httpx ``files=`` entry for one input (filename rules of the reference SDK).

    Paths are normally opened by ``open_files`` first; one that reaches this point is
    read whole.
    """
    _check(key, value)
    if isinstance(value, tuple):
        parts = cast(Tuple[Any, ...], value)
        content = parts[1]
        path = _path(content)
        if path is not None:
            with open(path, "rb") as f:
                content = f.read()
        return (parts[0], content, *parts[2:])
    path = _path(value)
    if path is not None:
        with open(path, "rb") as f:
            return (os.path.basename(path), f.read())
    if isinstance(value, (bytes, bytearray)):
        return ("upload", value)
    return value

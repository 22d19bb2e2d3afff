"""``files_from_dir`` / ``async_files_from_dir``: a directory's files as upload inputs.

For ``client.beta.skills.create(files=...)``: every file of ``directory`` (recursively,
hidden files included, in directory-listing order) as ``(relative_path, content)``, the
path starting with the directory's own name (``my-skill/SKILL.md``) and written with
``/`` separators.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import List, Union

from .._types import FileTypes

__all__ = ["async_files_from_dir", "files_from_dir"]


def files_from_dir(directory: Union[str, os.PathLike[str]]) -> List[FileTypes]:
    """Every file under ``directory`` as ``("<dir name>/<relative path>", bytes)``."""
    root = Path(directory)
    parent = root.parent
    found: List[FileTypes] = []

    def walk(folder: Path) -> None:
        for entry in folder.iterdir():
            if entry.is_dir():
                walk(entry)
            else:
                found.append((entry.relative_to(parent).as_posix(), entry.read_bytes()))

    walk(root)
    return found


async def async_files_from_dir(directory: Union[str, os.PathLike[str]]) -> List[FileTypes]:
    """``files_from_dir`` run in a worker thread, so the event loop never blocks on the disk."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(files_from_dir, directory)

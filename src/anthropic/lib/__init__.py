"""Helpers built on top of the API: ``anthropic.lib.streaming`` (``messages.stream()``)."""

from ._files import async_files_from_dir as async_files_from_dir, files_from_dir as files_from_dir

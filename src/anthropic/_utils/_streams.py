"""Drain an iterator (reference helpers). Compatibility layer: the SDK itself does not use them."""

from __future__ import annotations

from typing import Any, AsyncIterator, Iterator

__all__ = ["consume_async_iterator", "consume_sync_iterator"]


def consume_sync_iterator(iterator: Iterator[Any]) -> None:
    for _ in iterator:
        pass


async def consume_async_iterator(iterator: AsyncIterator[Any]) -> None:
    async for _ in iterator:
        pass

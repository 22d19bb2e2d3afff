"""``asyncify``: run a blocking function in a worker thread (reference helper).

Compatibility layer: the SDK itself does not use it. asyncio / anyio are imported only
when the returned coroutine function is awaited.
"""

from __future__ import annotations

import functools
from typing import Awaitable, Callable, TypeVar

from typing_extensions import ParamSpec

__all__ = ["asyncify", "to_thread"]

T_Retval = TypeVar("T_Retval")
T_ParamSpec = ParamSpec("T_ParamSpec")


async def to_thread(
    func: Callable[T_ParamSpec, T_Retval], /, *args: T_ParamSpec.args, **kwargs: T_ParamSpec.kwargs
) -> T_Retval:
    """``func(*args, **kwargs)`` in a worker thread of the running event loop (asyncio or trio)."""
    import sniffio

    if sniffio.current_async_library() == "asyncio":
        import asyncio

        return await asyncio.to_thread(func, *args, **kwargs)
    import anyio.to_thread

    return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs))


def asyncify(function: Callable[T_ParamSpec, T_Retval]) -> Callable[T_ParamSpec, Awaitable[T_Retval]]:
    """An async function taking the same arguments as ``function`` and running it in a thread."""

    async def wrapper(*args: T_ParamSpec.args, **kwargs: T_ParamSpec.kwargs) -> T_Retval:
        return await to_thread(function, *args, **kwargs)

    return wrapper

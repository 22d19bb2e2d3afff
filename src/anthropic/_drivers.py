"""The two drivers of the request pipeline: the only mode-specific plumbing.

They run the effects yielded by ``anthropic._core.pipeline.run_call`` (or any generator
of the same effects) with an ``httpx.Client`` or an ``httpx.AsyncClient``. Written by
hand, side by side, like httpx's ``sync_auth_flow`` / ``async_auth_flow``.
"""

from __future__ import annotations

import time
from typing import Any, Awaitable, Callable, Dict, Generator, List, Sequence, TypeVar, Union, cast

import httpx

from ._core.pipeline import Close, Invoke, Read, Send, Sleep

__all__ = [
    "async_map_in_order",
    "async_maybe_await",
    "async_run_blocking",
    "async_sleep",
    "drive_async",
    "drive_sync",
    "sync_map_in_order",
    "sync_maybe_await",
    "sync_run_blocking",
    "sync_sleep",
]

_R = TypeVar("_R")
_T = TypeVar("_T")


def _send_options(effect: Send) -> Dict[str, Any]:
    options: Dict[str, Any] = {}
    if effect.follow_redirects is not None:
        options["follow_redirects"] = effect.follow_redirects
    if effect.auth is not None:
        options["auth"] = effect.auth
    return options


def drive_sync(gen: Generator[Any, Any, _R], http: httpx.Client) -> _R:
    outcome: Any = None
    while True:
        try:
            effect = gen.send(outcome)
        except StopIteration as done:
            return done.value  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        outcome = None
        if isinstance(effect, Send):
            try:
                if effect.follow_redirects is None and effect.auth is None:
                    outcome = http.send(effect.request, stream=effect.stream)
                else:
                    outcome = http.send(effect.request, stream=effect.stream, **_send_options(effect))
            except Exception as exc:  # handed back: the retry policy lives in the pipeline
                outcome = exc
        elif isinstance(effect, Sleep):
            time.sleep(effect.seconds)
        elif isinstance(effect, Read):
            try:
                effect.response.read()
            except Exception:
                effect.response.close()
        elif isinstance(effect, Close):
            effect.response.close()
        elif isinstance(effect, Invoke):
            outcome = effect.fn(*effect.args)
        else:  # pragma: no cover - a programming error
            raise TypeError(f"unknown effect {effect!r}")


async def drive_async(gen: Generator[Any, Any, _R], http: httpx.AsyncClient) -> _R:
    import anyio  # here, so that the sync client never imports asyncio

    outcome: Any = None
    while True:
        try:
            effect = gen.send(outcome)
        except StopIteration as done:
            return done.value  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        outcome = None
        if isinstance(effect, Send):
            try:
                if effect.follow_redirects is None and effect.auth is None:
                    outcome = await http.send(effect.request, stream=effect.stream)
                else:
                    outcome = await http.send(effect.request, stream=effect.stream, **_send_options(effect))
            except Exception as exc:
                outcome = exc
        elif isinstance(effect, Sleep):
            await anyio.sleep(effect.seconds)
        elif isinstance(effect, Read):
            try:
                await effect.response.aread()
            except Exception:
                await effect.response.aclose()
        elif isinstance(effect, Close):
            await effect.response.aclose()
        elif isinstance(effect, Invoke):
            outcome = effect.fn(*effect.args)
            if hasattr(outcome, "__await__"):  # an async hook
                outcome = await outcome
        else:  # pragma: no cover
            raise TypeError(f"unknown effect {effect!r}")


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def sync_run_blocking(fn: Callable[..., _R], *args: Any) -> _R:
    return fn(*args)


async def async_run_blocking(fn: Callable[..., _R], *args: Any) -> _R:
    """Run ``fn(*args)`` in a worker thread (it may block: loading cloud credentials, signing)."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(fn, *args)


def sync_maybe_await(value: _R) -> _R:
    return value


async def async_maybe_await(value: Union[_R, Awaitable[_R]]) -> _R:
    """``value``, awaited first if it is awaitable (a callback that may be sync or async)."""
    if hasattr(value, "__await__"):
        return await cast(Awaitable[_R], value)
    return cast(_R, value)


def sync_map_in_order(fn: Callable[[_T], _R], items: Sequence[_T]) -> List[_R]:
    return [fn(item) for item in items]


async def async_map_in_order(fn: Callable[[_T], Awaitable[_R]], items: Sequence[_T]) -> List[_R]:
    """``[await fn(item) for item in items]``, but the calls run concurrently (results in order)."""
    if len(items) <= 1:
        return [await fn(item) for item in items]
    import anyio

    results: List[Any] = [None] * len(items)

    async def run(index: int, item: _T) -> None:
        results[index] = await fn(item)

    async with anyio.create_task_group() as group:
        for index, item in enumerate(items):
            group.start_soon(run, index, item)
    return results

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "unasync.py"


def _load() -> Any:
    loader = importlib.machinery.SourceFileLoader("_unasync_tool", str(TOOL))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


ua = _load()
needs_ruff = pytest.mark.skipif(ua._ruff() is None, reason="ruff is not installed")


# Rules the tests rely on besides the project's own (which keeps only the rules it uses).
EXTRA_RENAMES = {"_async": "_sync", "async_tests": "sync_tests", "drive_async": "drive_sync"}


def conv(source: str, **kwargs: Any) -> str:
    kwargs.setdefault("renames", {**ua.RENAMES, **EXTRA_RENAMES})
    return ua.unasync_source(textwrap.dedent(source), **kwargs)


def same(actual: str, expected: str) -> None:
    assert actual == textwrap.dedent(expected)


# --- await / async removal ---------------------------------------------------------------------------


def test_await_in_expressions_and_return() -> None:
    same(
        conv("""\
            async def f(a, b):
                await g()
                x = await h(await a, await  b)
                y = 1 + (await a)
                return await   a.b()
            """),
        """\
            def f(a, b):
                g()
                x = h(a, b)
                y = 1 + (a)
                return a.b()
            """,
    )


def test_async_def_with_for_and_comprehensions() -> None:
    same(
        conv("""\
            class C:
                async   def m(self):
                    async with a as x, b as y:
                        async for item in x:
                            pass
                    lst = [i async for i in y]
                    st = {i async for i in y if await i}
                    dct = {k: v async for k, v in y}
                    gen = (i async for i in y)
                    return [await z for z in lst]
            """),
        """\
            class C:
                def m(self):
                    with a as x, b as y:
                        for item in x:
                            pass
                    lst = [i for i in y]
                    st = {i for i in y if i}
                    dct = {k: v for k, v in y}
                    gen = (i for i in y)
                    return [z for z in lst]
            """,
    )


def test_await_at_end_of_line_inside_brackets() -> None:
    assert conv("x = f(await\n  y)\n") == "x = f(\n  y)\n"


# --- renames -------------------------------------------------------------------------------------------


def test_name_renames_and_imports() -> None:
    same(
        conv("""\
            from ._async.resources import AsyncMessages
            from .._async import AsyncAnthropic as AA
            import anthropic._async.client
            from tests.async_tests.utils import drive_async


            class AsyncModels(AsyncAPIResource):
                async def __aenter__(self) -> AsyncModels:
                    return self

                async def __aexit__(self, *args: object) -> None:
                    await self._client.aclose()

                def __aiter__(self) -> AsyncIterator[str]:
                    raise StopAsyncIteration

                async def __anext__(self) -> str:
                    return await self.response.aread()
            """),
        """\
            from ._sync.resources import Messages
            from .._sync import Anthropic as AA
            import anthropic._sync.client
            from tests.sync_tests.utils import drive_sync


            class Models(SyncAPIResource):
                def __enter__(self) -> Models:
                    return self

                def __exit__(self, *args: object) -> None:
                    self._client.close()

                def __iter__(self) -> Iterator[str]:
                    raise StopIteration

                def __next__(self) -> str:
                    return self.response.read()
            """,
    )


def test_renames_are_whole_tokens_only() -> None:
    source = "AsyncPageCursor, AsyncFooBar, my_async, AsyncAnthropicX, Awaitable, aclose_all\n"
    assert conv(source) == "SyncPageCursor, AsyncFooBar, my_async, AsyncAnthropicX, Awaitable, aclose_all\n"


def test_custom_renames_and_used_tracking() -> None:
    used: set[str] = set()
    out = conv('Foo(Bar)\n"Foo"\nBaz\n', renames={"Foo": "F", "Bar": "B", "Qux": "Q"}, used=used)
    assert out == 'F(B)\n"F"\nBaz\n'
    assert used == {"Foo", "Bar"}


def test_strings_rename_words_but_keep_keywords() -> None:
    same(
        conv('''\
            def f():
                """Return an AsyncAnthropic; use `async with` and `await client.aclose()`."""
                a = "AsyncStream[str] via aiter_lines, not AsyncStreamX"
                b = f"{async_client!r} -> {AsyncPage.__name__} {{AsyncPage}}"
                c = rb'async_tests/_async/x.py'
                return """
                    await AsyncMessages.create()
                """
            '''),
        '''\
            def f():
                """Return an Anthropic; use `with` and `client.close()`."""
                a = "Stream[str] via iter_lines, not AsyncStreamX"
                b = f"{client!r} -> {SyncPage.__name__} {{SyncPage}}"
                c = rb'sync_tests/_sync/x.py'
                return """
                    await Messages.create()
                """
            ''',
    )


# --- prose: docstrings and comments -------------------------------------------------------------------


def test_docstrings_and_comments_lose_async_wording() -> None:
    same(
        conv('''\
            """Async page classes: ``await page.get_next_page()``, ``async for item in page``."""


            class AsyncStream:  # an AsyncStream is iterated with `async for`
                """The events of an ``AsyncStream``; ``async with`` closes it. An async iterator.

                    async def main():
                        async for event in await client.get():
                            await event.aread()
                """

                size = 3
                """Used by an AsyncMessages call of the async client (processed asynchronously)."""

                def f(self) -> str:
                    # await the answer of an async_client, then aclose()
                    return "async for x in y; await z; an AsyncStream; x-stainless-async: async:asyncio"
            '''),
        '''\
            """Sync page classes: ``page.get_next_page()``, ``for item in page``."""


            class Stream:  # a Stream is iterated with `for`
                """The events of a ``Stream``; ``with`` closes it. A sync iterator.

                    def main():
                        for event in client.get():
                            event.read()
                """

                size = 3
                """Used by a Messages call of the sync client (processed asynchronously)."""

                def f(self) -> str:
                    # the answer of a client, then close()
                    return "async for x in y; await z; a Stream; x-stainless-async: async:asyncio"
            ''',
    )


def test_article_follows_the_new_word() -> None:
    renames = {"AsyncStream": "Stream", "AsyncAnthropic": "Anthropic", "Bstream": "Estream"}
    out = conv(
        '"""An AsyncStream, an AsyncAnthropic, a Bstream, an `AsyncStream`, Dan AsyncStream."""\n', renames=renames
    )
    assert out == '"""A Stream, an Anthropic, an Estream, a `Stream`, Dan Stream."""\n'


def test_keep_phrases_are_left_alone_and_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ua, "KEEP", ("use AsyncAnthropic with asyncio",))
    source = '"""For async code, use AsyncAnthropic with asyncio."""\n# await me\n'
    out = ua.unasync_source(source)
    assert out == '"""For sync code, use AsyncAnthropic with asyncio."""\n# me\n'
    assert ua.async_wording(out) == []
    monkeypatch.setattr(ua, "KEEP", ())
    assert ua.async_wording(out) == [(1, "AsyncAnthropic"), (1, "asyncio")]


def test_async_wording_finds_docstrings_and_comments_only() -> None:
    text = textwrap.dedent('''\
        # File generated from tests/async_tests/x.py by tools/unasync.py. Do not edit.
        """Module: call ``await f()``."""
        import anyio  # anyio here

        x = "await, async for, AsyncAnthropic: code strings are not prose"


        def f() -> None:
            """Line one.

            Then __aiter__, aclose(), a coroutine and an ``AsyncStream`` (processed asynchronously).
            """
            pytestmark = pytest.mark.anyio
        ''')
    assert ua.async_wording(text) == [
        (2, "await"),
        (3, "anyio"),
        (11, "__aiter__"),
        (11, "aclose"),
        (11, "coroutine"),
        (11, "AsyncStream"),
    ]


def test_generated_code_has_no_async_wording() -> None:
    root = TOOL.parents[1]
    found = [
        f"{path.relative_to(root)}:{line}: {word}"
        for _, dst in ua.PAIRS
        for path in sorted((root / dst).rglob("*.py"))
        for line, word in ua.async_wording(path.read_text(encoding="utf-8"))
    ]
    assert found == []


# --- AsyncPaginator ------------------------------------------------------------------------------------


def test_paginator_single_line() -> None:
    same(
        conv("""\
            def list(self) -> AsyncPaginator[ModelInfo, AsyncPage[ModelInfo]]:
                return self._get_api_list(page=AsyncPage[ModelInfo])
            """),
        """\
            def list(self) -> SyncPage[ModelInfo]:
                return self._get_api_list(page=SyncPage[ModelInfo])
            """,
    )


def test_paginator_nested_brackets_in_arguments() -> None:
    source = "x: AsyncPaginator[Dict[str, int], AsyncPageCursor[Dict[str, int]]] = y\n"
    assert conv(source) == "x: SyncPageCursor[Dict[str, int]] = y\n"


def test_paginator_multi_line() -> None:
    same(
        conv("""\
            def list(
                self,
            ) -> AsyncPaginator[
                ModelInfo,
                AsyncPage[ModelInfo],
            ]:
                pass

            def other(self) -> AsyncPaginator[BetaModelInfo,
                                              AsyncPage[BetaModelInfo]]:  # keep me
                pass
            """),
        """\
            def list(
                self,
            ) -> SyncPage[ModelInfo]:
                pass

            def other(self) -> SyncPage[BetaModelInfo]:  # keep me
                pass
            """,
    )


def test_paginator_import_is_dropped() -> None:
    # The sync twin has no paginator type: its import disappears with it.
    assert conv("from .pagination import AsyncPaginator\nx = 1\n") == "x = 1\n"
    assert conv("from a import b, AsyncPaginator\n") == "from a import b\n"
    assert conv("from a import AsyncPaginator, b\n") == "from a import b\n"
    assert conv("y = AsyncPaginator\n") == "y = AsyncPaginator\n"


def test_awaitable_is_unwrapped() -> None:
    assert conv("def f(g: Callable[[], Awaitable[R]]) -> Awaitable[Dict[str, int]]: ...\n") == (
        "def f(g: Callable[[], R]) -> Dict[str, int]: ...\n"
    )


def test_paginator_needs_two_arguments() -> None:
    with pytest.raises(SyntaxError, match="two type arguments"):
        conv("x: AsyncPaginator[int]\n")


# --- layout, header, validity --------------------------------------------------------------------------


def test_comments_and_blank_lines_preserved() -> None:
    source = textwrap.dedent("""\
        #!/usr/bin/env python
        # leading comment about AsyncAnthropic (renamed like prose)
        import asyncio  # trailing comment


        async def main() -> None:  # def comment
            # inside


            await asyncio.sleep(0)   # keep spacing of comment


        # tail
        """)
    expected = source.replace("async def", "def").replace("await ", "").replace("AsyncAnthropic", "Anthropic")
    assert ua.unasync_source(source) == expected


def test_unchanged_when_nothing_async() -> None:
    source = "x = {'a': [1, 2]}\n\n\ndef f(x):\n    return x  # hi\n"
    assert ua.unasync_source(source) == source


@needs_ruff
def test_generate_header_format_and_validity(tmp_path: Path) -> None:
    source = textwrap.dedent('''\
        """Docs for AsyncAnthropic."""
        from typing import AsyncIterator
        from x import AsyncModels, Bar


        async def stream(client: AsyncAnthropic) -> AsyncIterator[str]:
            return  await   client.aread()
        ''')
    out = ua.generate(source, "src/anthropic/_async/stream.py", tmp_path / "stream.py")
    lines = out.splitlines()
    assert lines[0] == "# File generated from src/anthropic/_async/stream.py by tools/unasync.py. Do not edit."
    assert lines[1] == '"""Docs for Anthropic."""'
    assert "from x import Bar, Models" in lines  # imports re-sorted after renaming
    assert "    return client.read()" in lines  # formatted
    tree = ast.parse(out)
    assert ast.get_docstring(tree) == "Docs for Anthropic."
    assert not any(isinstance(n, (ast.AsyncFunctionDef, ast.Await)) for n in ast.walk(tree))


@pytest.mark.parametrize(
    "source",
    ["def f(:\n", "async def f():\n    return f'{await x}'\n", "x: AsyncPaginator[int]\n", "x = (\n"],
)
def test_generate_rejects_invalid_output(tmp_path: Path, source: str) -> None:
    with pytest.raises(RuntimeError, match="bad.py: cannot generate valid Python"):
        ua.generate(source, "bad.py", tmp_path / "bad.py")


# --- end to end -----------------------------------------------------------------------------------------

CLIENT = '''\
"""The AsyncAnthropic client."""
from ._async.resources import AsyncModels  # models


class AsyncAnthropic:
    models: AsyncModels

    async def __aenter__(self) -> "AsyncAnthropic":
        return self
'''
RESOURCE = """\
class AsyncModels:
    async def list(self) -> AsyncPaginator[int, AsyncPage[int]]:
        return await self._get()
"""
TEST = """\
async def test_client(async_client: AsyncAnthropic) -> None:
    async with async_client:
        pass
"""
USED = {
    "AsyncAnthropic": "Anthropic",
    "AsyncModels": "Models",
    "AsyncPage": "SyncPage",
    "__aenter__": "__enter__",
    "_async": "_sync",
    "async_client": "client",
}


def make_repo(root: Path) -> None:
    for rel, text in {
        "src/anthropic/_async/__init__.py": "",
        "src/anthropic/_async/client.py": CLIENT,
        "src/anthropic/_async/resources/models.py": RESOURCE,
        "tests/async_tests/test_client.py": TEST,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(ua, "RENAMES", dict(USED))
    make_repo(tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


@needs_ruff
def test_write_then_check(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ua.main(["--check"], root=repo) == 1
    err = capsys.readouterr().err
    assert "missing: src/anthropic/_sync/client.py" in err
    assert "missing: tests/sync_tests/test_client.py" in err
    assert not (repo / "src/anthropic/_sync").exists()  # --check writes nothing

    assert ua.main([], root=repo) == 0
    client = (repo / "src/anthropic/_sync/client.py").read_text()
    assert client.startswith("# File generated from src/anthropic/_async/client.py by tools/unasync.py. Do not edit.\n")
    assert "from ._sync.resources import Models  # models" in client
    assert 'def __enter__(self) -> "Anthropic":' in client
    models = (repo / "src/anthropic/_sync/resources/models.py").read_text()
    assert "def list(self) -> SyncPage[int]:\n        return self._get()" in models
    test = (repo / "tests/sync_tests/test_client.py").read_text()
    assert "def test_client(client: Anthropic) -> None:\n    with client:" in test
    assert (repo / "src/anthropic/_sync/__init__.py").read_text().startswith("# File generated from")

    capsys.readouterr()
    before = snapshot(repo)
    assert ua.main(["--check"], root=repo) == 0
    assert capsys.readouterr().err == ""
    assert ua.main([], root=repo) == 0  # idempotent
    assert snapshot(repo) == before


@needs_ruff
def test_check_fails_on_drift(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ua.main([], root=repo) == 0
    target = repo / "src/anthropic/_sync/resources/models.py"
    target.write_text(target.read_text() + "# hand edit\n")
    (repo / "tests/sync_tests/test_client.py").unlink()
    capsys.readouterr()
    before = snapshot(repo)
    assert ua.main(["--check"], root=repo) == 1
    err = capsys.readouterr().err
    assert "out of date: src/anthropic/_sync/resources/models.py" in err
    assert "missing: tests/sync_tests/test_client.py" in err
    assert "run `python tools/unasync.py`" in err
    assert snapshot(repo) == before
    assert ua.main([], root=repo) == 0
    assert ua.main(["--check"], root=repo) == 0


@needs_ruff
def test_stale_files(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ua.main([], root=repo) == 0
    (repo / "src/anthropic/_async/resources/models.py").unlink()
    hand = repo / "tests/sync_tests/handwritten.py"
    hand.write_text("x = 1\n")
    capsys.readouterr()
    assert ua.main(["--check"], root=repo) == 1
    err = capsys.readouterr().err
    assert "stale: src/anthropic/_sync/resources/models.py\n" in err
    assert "stale: tests/sync_tests/handwritten.py (not generated: remove it by hand)" in err
    assert (repo / "src/anthropic/_sync/resources/models.py").exists()

    assert ua.main([], root=repo) == 0
    assert not (repo / "src/anthropic/_sync/resources/models.py").exists()  # generated: deleted
    assert hand.read_text() == "x = 1\n"  # hand-written: never deleted
    hand.unlink()
    assert ua.main(["--check", "--allow-unused"], root=repo) == 0


@needs_ruff
def test_check_fails_on_async_wording(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ua.main([], root=repo) == 0
    source = repo / "src/anthropic/_async/resources/models.py"
    source.write_text(source.read_text() + "# the awaitable page\n")
    capsys.readouterr()
    assert ua.main([], root=repo) == 0  # written, with the problem reported
    assert "async wording in a docstring or comment: src/anthropic/_sync/resources/models.py:7: 'awaitable'" in (
        capsys.readouterr().err
    )
    assert ua.main(["--check"], root=repo) == 1
    assert "src/anthropic/_sync/resources/models.py:7: 'awaitable'" in capsys.readouterr().err


@needs_ruff
def test_unused_rules(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ua, "RENAMES", {**USED, "AsyncNope": "Nope", "anope": "nope"})
    assert ua.main([], root=repo) == 0  # write mode ignores unused rules
    assert "unused" not in capsys.readouterr().err
    assert ua.main(["--check"], root=repo) == 1
    err = capsys.readouterr().err
    assert "unused rename rule: 'AsyncNope' -> 'Nope'" in err
    assert "unused rename rule: 'anope' -> 'nope'" in err
    assert "AsyncModels" not in err
    assert ua.main(["--check", "--allow-unused"], root=repo) == 0


def test_missing_source_dirs_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ua.main([], root=tmp_path) == 0
    assert ua.main(["--check", "--allow-unused"], root=tmp_path) == 0
    assert capsys.readouterr().err == ""
    assert list(tmp_path.iterdir()) == []
    assert ua.main(["--check"], root=tmp_path) == 1  # every rule is unused when there is no source
    assert "unused rename rule: 'AsyncAnthropic' -> 'Anthropic'" in capsys.readouterr().err


@needs_ruff
def test_cli_from_another_cwd(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    make_repo(repo)
    (repo / "tools").mkdir()
    shutil.copy(TOOL, repo / "tools" / "unasync.py")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, str(repo / "tools" / "unasync.py"), *args]
        return subprocess.run(cmd, cwd=elsewhere, capture_output=True, text=True, check=False, timeout=30)

    assert cli("--check", "--allow-unused").returncode == 1
    result = cli()
    assert result.returncode == 0, result.stderr
    assert "wrote src/anthropic/_sync/client.py" in result.stdout
    assert (repo / "tests/sync_tests/test_client.py").is_file()
    assert cli("--check", "--allow-unused").returncode == 0
    unused = cli("--check")
    assert unused.returncode == 1 and "unused rename rule: 'AsyncStream' -> 'Stream'" in unused.stderr
    assert list(elsewhere.iterdir()) == []

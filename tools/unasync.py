"""Generate the sync twin of the hand-written async source ("unasync"), editing tokens in place.

    python tools/unasync.py                          # (re)write the generated sync files
    python tools/unasync.py --check                  # write nothing; exit 1 on drift or unused rules
    python tools/unasync.py --check --allow-unused   # ... but tolerate unused rename rules

Async code is the single hand-written source. Each ``*.py`` under a source dir of ``PAIRS`` yields the
file at the same relative path under the target dir, with a "generated, do not edit" header. Edits are
token-based (``tokenize``), so comments and layout survive: ``await``/``async`` are dropped, NAME tokens
in ``RENAMES`` are renamed (whole words inside strings and comments too), ``AsyncPaginator[X, AsyncPage[X]]``
becomes ``SyncPage[X]`` and ``Awaitable[X]`` becomes ``X`` (comments inside the deleted part are lost).
Prose (docstrings and comments) is rewritten too: ``await `` and the ``async`` of ``async for/with/def``
are dropped, the word ``async``/``Async`` becomes ``sync``/``Sync``, and "an AsyncStream" becomes "a Stream".
Other strings keep their keywords (they may be code or wire values), so never put ``await`` inside an
f-string. Generated prose still naming async-only things (``ASYNC_ONLY``) is reported, and fails
``--check``; phrases in ``KEEP`` are left alone. The result must compile, and then gets its imports sorted
(``ruff check --select I --fix``: renames may unsort them) and is formatted (``ruff format``) with the
project config. ruff (a dev dependency) must be installed: without it the output is left unformatted,
with a warning, and ``--check`` will report drift.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path
from typing import Callable, Mapping, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [("src/anthropic/_async", "src/anthropic/_sync"), ("tests/async_tests", "tests/sync_tests")]
RENAMES: dict[str, str] = {
    "AsyncAnthropic": "Anthropic",
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncPaginating": "SyncPaginating",
    "OwnedAsyncHttpxClient": "OwnedHttpxClient",
    "drive_async": "drive_sync",
    "async_sleep": "sync_sleep",
    "async_run_blocking": "sync_run_blocking",
    "async_maybe_await": "sync_maybe_await",
    "async_map_in_order": "sync_map_in_order",
    "BetaAsyncToolRunner": "BetaToolRunner",
    "BetaAsyncStreamingToolRunner": "BetaStreamingToolRunner",
    "_BaseAsyncToolRunner": "_BaseSyncToolRunner",
    "BetaAsyncRunnableTool": "BetaRunnableTool",
    "beta_async_tool": "beta_tool",
    "BetaAsyncFunctionTool": "BetaFunctionTool",
    "BetaAsyncAbstractMemoryTool": "BetaAbstractMemoryTool",
    "AsyncAnthropicBedrock": "AnthropicBedrock",
    "AsyncAnthropicVertex": "AnthropicVertex",
    "AsyncAnthropicFoundry": "AnthropicFoundry",
    "AsyncAzureADTokenProvider": "AzureADTokenProvider",
    "AsyncMessagesFoundry": "MessagesFoundry",
    "AsyncBetaFoundry": "BetaFoundry",
    "AsyncBetaFoundryMessages": "BetaFoundryMessages",
    "AsyncBetaMessages": "BetaMessages",
    "AsyncBedrockBeta": "BedrockBeta",
    "AsyncBedrockBetaMessages": "BedrockBetaMessages",
    "AsyncBedrockBetaMessagesWithRawResponse": "BedrockBetaMessagesWithRawResponse",
    "AsyncBedrockBetaMessagesWithStreamingResponse": "BedrockBetaMessagesWithStreamingResponse",
    "AsyncBedrockBetaWithRawResponse": "BedrockBetaWithRawResponse",
    "AsyncBedrockBetaWithStreamingResponse": "BedrockBetaWithStreamingResponse",
    "AsyncVertexBeta": "VertexBeta",
    "AsyncVertexBetaMessages": "VertexBetaMessages",
    "AsyncVertexBetaMessagesWithRawResponse": "VertexBetaMessagesWithRawResponse",
    "AsyncVertexBetaMessagesWithStreamingResponse": "VertexBetaMessagesWithStreamingResponse",
    "AsyncVertexBetaWithRawResponse": "VertexBetaWithRawResponse",
    "AsyncVertexBetaWithStreamingResponse": "VertexBetaWithStreamingResponse",
    "_AsyncStreamT": "_StreamT",
    "AsyncStream": "Stream",
    "AsyncPage": "SyncPage",
    "AsyncPageCursor": "SyncPageCursor",
    "AsyncTokenPage": "SyncTokenPage",
    "AsyncAPIResponse": "APIResponse",
    "AsyncBinaryAPIResponse": "BinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse": "StreamedBinaryAPIResponse",
    "AsyncMessages": "Messages",
    "AsyncMessagesWithRawResponse": "MessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse": "MessagesWithStreamingResponse",
    "AsyncMessageStream": "MessageStream",
    "AsyncMessageStreamManager": "MessageStreamManager",
    "BetaAsyncMessageStream": "BetaMessageStream",
    "BetaAsyncMessageStreamManager": "BetaMessageStreamManager",
    "_AsyncMessageStreamBase": "_MessageStreamBase",
    "AsyncCompletions": "Completions",
    "AsyncCompletionsWithRawResponse": "CompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse": "CompletionsWithStreamingResponse",
    "async_client": "client",
    "AsyncModels": "Models",
    "AsyncModelsWithRawResponse": "ModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse": "ModelsWithStreamingResponse",
    "AsyncBatches": "Batches",
    "AsyncBatchesWithRawResponse": "BatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse": "BatchesWithStreamingResponse",
    "AsyncBeta": "Beta",
    "AsyncBetaWithRawResponse": "BetaWithRawResponse",
    "AsyncBetaWithStreamingResponse": "BetaWithStreamingResponse",
    "AsyncFiles": "Files",
    "AsyncFilesWithRawResponse": "FilesWithRawResponse",
    "AsyncFilesWithStreamingResponse": "FilesWithStreamingResponse",
    "AsyncSkills": "Skills",
    "AsyncSkillsWithRawResponse": "SkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse": "SkillsWithStreamingResponse",
    "AsyncVersions": "Versions",
    "AsyncVersionsWithRawResponse": "VersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse": "VersionsWithStreamingResponse",
    "AsyncJSONLDecoder": "JSONLDecoder",
    "async_files_from_dir": "files_from_dir",
    "async_to_custom_raw_response_wrapper": "to_custom_raw_response_wrapper",
    "async_to_custom_streamed_response_wrapper": "to_custom_streamed_response_wrapper",
    "AsyncAnthropicWithRawResponse": "AnthropicWithRawResponse",
    "AsyncAnthropicWithStreamedResponse": "AnthropicWithStreamedResponse",
    "BaseAsyncPage": "BaseSyncPage",
    "AsyncAPIResource": "SyncAPIResource",
    "AsyncClient": "Client",
    "DefaultAsyncHttpxClient": "DefaultHttpxClient",
    "AsyncIterator": "Iterator",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_text": "iter_text",
    "async_to_raw_response_wrapper": "to_raw_response_wrapper",
    "async_to_streamed_response_wrapper": "to_streamed_response_wrapper",
    "AsyncResponseContextManager": "ResponseContextManager",
    "AsyncMock": "Mock",
}
UNWRAP = {"AsyncPaginator": "last", "Awaitable": "only"}
"""Subscripts replaced by one of their arguments: ``AsyncPaginator[X, P]`` -> ``P``, ``Awaitable[X]`` -> ``X``."""
KEEP: tuple[str, ...] = ()
"""Phrases of the async source's docstrings/comments kept as written in the sync twin (legitimate mentions)."""
ASYNC_ONLY = re.compile(
    r"\b(?:await\w*|async|Async(?:[A-Z_]\w*)?|async_\w+|aiter\w*|anext|aclose|aread|asyncio|anyio|coroutines?)\b"
    r"|__a(?:enter|exit|iter|next)__"
)
"""Words that must not survive in the prose of a generated file (its docstrings and comments)."""
_DROP = re.compile(r"\b(?:await|async(?=\s+(?:for|with|def)\b))\s+")
_MODE = {"async": "sync", "Async": "Sync"}
HEADER = "# File generated from {} by tools/unasync.py. Do not edit.\n"
_GENERATED = HEADER.split("{}")[0]
_STR_START = {getattr(tokenize, n) for n in ("FSTRING_START", "TSTRING_START") if hasattr(tokenize, n)}
_STR_END = {getattr(tokenize, n) for n in ("FSTRING_END", "TSTRING_END") if hasattr(tokenize, n)}
_INSIGNIFICANT = {tokenize.NL, tokenize.COMMENT}
_VOWELS = frozenset("aeiouAEIOU")


def unasync_source(source: str, renames: Optional[Mapping[str, str]] = None, used: Optional[set[str]] = None) -> str:
    """Return ``source`` with the async constructs removed/renamed (default: ``RENAMES``); adds rules applied to ``used``."""
    renames, used = RENAMES if renames is None else renames, set() if used is None else used
    starts = [0]
    for line in io.StringIO(source).readlines():
        starts.append(starts[-1] + len(line))
    toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
    word, prose_word, keep = _words(renames), _words({**renames, **_MODE}), _keep()

    def off(pos: tuple[int, int]) -> int:
        return starts[pos[0] - 1] + pos[1]

    def rename(m: re.Match[str]) -> str:
        old = m["w"]
        new = renames[old] if old in renames else _MODE[old]
        used.update([old] if old in renames else [])
        article = m["art"]
        if article and (old[0] in _VOWELS) != (new[:1] in _VOWELS):  # "an AsyncStream" -> "a Stream"
            article = article[0] + ("n" if new[:1] in _VOWELS else "")
        return (article or "") + (m["gap"] or "") + new

    def prose(text: str) -> str:
        parts = keep.split(text) if keep else [text]  # odd parts: phrases of KEEP
        return "".join(p if k % 2 else prose_word.sub(rename, _DROP.sub("", p)) for k, p in enumerate(parts))

    def significant(j: int, step: int) -> int:
        while toks[j].type in _INSIGNIFICANT:
            j += step
        return j

    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        tok, nxt = toks[i], toks[min(i + 1, len(toks) - 1)]
        if tok.type == tokenize.STRING or tok.type in _STR_START:  # whole (f-)string, nested ones included
            end, depth = i, int(tok.type in _STR_START)
            while depth:
                end += 1
                depth += (toks[end].type in _STR_START) - (toks[end].type in _STR_END)
            text = source[off(tok.start) : off(toks[end].end)]
            if tok.type == tokenize.STRING and _is_docstring(toks, i):
                text = prose(text)
            elif renames:
                text = word.sub(rename, text)
            edits.append((off(tok.start), off(toks[end].end), text))
            i = end
        elif tok.type == tokenize.COMMENT:
            edits.append((off(tok.start), off(tok.end), prose(tok.string)))
        elif tok.type == tokenize.NAME and (
            tok.string == "await" or (tok.string == "async" and nxt.string in ("def", "with", "for"))
        ):
            stop = nxt.start if nxt.start[0] == tok.end[0] else tok.end
            edits.append((off(tok.start), off(stop), ""))
        elif tok.type == tokenize.NAME and tok.string in UNWRAP and nxt.string == "[":
            depth, comma, j = 0, None, i + 1
            while depth or j == i + 1:  # find the top-level comma and the matching "]"
                if toks[j].type == tokenize.OP:
                    depth += (toks[j].string in ("(", "[", "{")) - (toks[j].string in (")", "]", "}"))
                comma = j if comma is None and depth == 1 and toks[j].string == "," else comma
                j += 1
            close = j - 1
            if UNWRAP[tok.string] == "only":  # Awaitable[X] -> X
                comma = i + 1
            elif comma is None:
                raise SyntaxError(f"line {tok.start[0]}: AsyncPaginator[...] needs two type arguments")
            last = significant(close - 1, -1)
            last = significant(last - 1, -1) if toks[last].string == "," and last != comma else last
            edits.append((off(tok.start), off(toks[significant(comma + 1, 1)].start), ""))
            edits.append((off(toks[last].end), off(toks[close].end), ""))
            i = comma
        elif tok.type == tokenize.NAME and tok.string in UNWRAP and _in_import(toks, i):
            edits.append(_drop_import_name(toks, i, off))
        elif tok.type == tokenize.NAME and tok.string in renames:
            used.add(tok.string)
            edits.append((off(tok.start), off(tok.end), renames[tok.string]))
        i += 1
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return source


def _words(table: Mapping[str, str]) -> re.Pattern[str]:
    """Whole words of ``table`` (group ``w``), with the article before them if any (groups ``art``, ``gap``)."""
    alternatives = "|".join(sorted(map(re.escape, table), key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?:\b(?P<art>[Aa]n?)(?P<gap>\s+[`'\"*]*))?\b(?P<w>" + alternatives + r")\b")


def _keep() -> Optional[re.Pattern[str]]:
    return re.compile("(" + "|".join(map(re.escape, KEEP)) + ")") if KEEP else None


def _is_docstring(toks: list[tokenize.TokenInfo], i: int) -> bool:
    """Whether string token ``i`` is a statement of its own (a module, class, function or attribute docstring)."""
    before, after = i - 1, i + 1
    while before >= 0 and toks[before].type in _INSIGNIFICANT:
        before -= 1
    while toks[after].type == tokenize.COMMENT:
        after += 1
    starts = before < 0 or toks[before].type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
    return starts and toks[after].type in (tokenize.NEWLINE, tokenize.ENDMARKER)


def async_wording(text: str) -> list[tuple[int, str]]:
    """``(line, word)`` for each ``ASYNC_ONLY`` word in the docstrings and comments of the generated ``text``."""
    found: list[tuple[int, str]] = []
    keep = _keep()
    toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
    for i, tok in enumerate(toks):
        is_header = tok.start[0] == 1 and tok.string.startswith(_GENERATED)
        if (tok.type == tokenize.COMMENT and not is_header) or (tok.type == tokenize.STRING and _is_docstring(toks, i)):
            kept = [m.span() for m in keep.finditer(tok.string)] if keep else []
            for m in ASYNC_ONLY.finditer(tok.string):
                if not any(a <= m.start() < b for a, b in kept):
                    found.append((tok.start[0] + tok.string.count("\n", 0, m.start()), m[0]))
    return found


def _in_import(toks: list[tokenize.TokenInfo], i: int) -> bool:
    """Whether token ``i`` is a name in a ``from x import a, b`` list."""
    j = i - 1
    while j >= 0 and toks[j].type not in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
        if toks[j].type == tokenize.NAME and toks[j].string == "import":
            return toks[j - 2 if j >= 2 else 0].string != "as"
        j -= 1
    return False


def _drop_import_name(
    toks: list[tokenize.TokenInfo], i: int, off: Callable[[tuple[int, int]], int]
) -> tuple[int, int, str]:
    """Edit removing an unwrapped name (e.g. ``AsyncPaginator``) from an import list; the sync twin has no such name."""
    prev, nxt = toks[i - 1], toks[i + 1]
    if nxt.string == ",":
        after = toks[i + 2]
        return off(toks[i].start), off(after.start) if after.start[0] == nxt.end[0] else off(nxt.end), ""
    if prev.string == ",":
        return off(prev.start), off(toks[i].end), ""
    # The only name imported: drop the whole statement line.
    j = i
    while toks[j].string != "from":
        j -= 1
    end = i + 1
    while toks[end].type != tokenize.NEWLINE:
        end += 1
    return off((toks[j].start[0], 0)), off(toks[end].end), ""


def _ruff() -> Optional[str]:
    for where in (ROOT / ".venv" / "bin", ROOT / ".venv" / "Scripts", Path(sys.executable).parent):
        if found := shutil.which("ruff", path=str(where)):
            return found
    return shutil.which("ruff")


def generate(source: str, rel_source: str, target: Path, used: Optional[set[str]] = None) -> str:
    """Full content of the generated file: header + unasynced source, parsed, import-sorted and formatted."""
    try:
        text = HEADER.format(rel_source) + unasync_source(source, used=used)
        ast.parse(text, filename=str(target))  # must still be Python; compile() also rejects a stray
        compile(text, str(target), "exec", dont_inherit=True)  # `await` (e.g. inside an f-string) in a def
    except (SyntaxError, tokenize.TokenError) as e:
        raise RuntimeError(f"{rel_source}: cannot generate valid Python: {e}") from e
    ruff = _ruff()
    if ruff is None:
        print("warning: ruff not found, generated code left unformatted", file=sys.stderr)
        return text
    for cmd in (["check", "--select", "I", "--fix", "--exit-zero", "--quiet"], ["format"]):  # renames may unsort
        args = [ruff, *cmd, "--stdin-filename", str(target)]
        proc = subprocess.run(args, input=text, capture_output=True, text=True, encoding="utf-8", check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"ruff {cmd[0]} failed on {target}:\n{proc.stderr}")
        text = proc.stdout
    return text


def run(root: Path, check: bool, allow_unused: bool) -> int:
    problems: list[str] = []
    used: set[str] = set()
    for src_rel, dst_rel in PAIRS:
        src_dir, dst_dir = root / src_rel, root / dst_rel
        if not src_dir.is_dir():
            continue
        expected: dict[Path, str] = {}
        for path in sorted(src_dir.rglob("*.py")):
            rel = path.relative_to(src_dir)
            expected[rel] = generate(
                path.read_text(encoding="utf-8"), path.relative_to(root).as_posix(), dst_dir / rel, used
            )
        for rel, text in expected.items():
            target = dst_dir / rel
            for line, found in async_wording(text):
                where = f"{target.relative_to(root)}:{line}"
                problems.append(
                    f"async wording in a docstring or comment: {where}: {found!r} (reword the source or KEEP it)"
                )
            current = target.read_text(encoding="utf-8") if target.is_file() else None
            if current == text:
                continue
            if check:
                problems.append(f"{'missing' if current is None else 'out of date'}: {target.relative_to(root)}")
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
                print(f"wrote {target.relative_to(root)}")
        for target in sorted(dst_dir.rglob("*.py")) if dst_dir.is_dir() else []:
            if target.relative_to(dst_dir) in expected:
                continue
            generated = target.read_text(encoding="utf-8").startswith(_GENERATED)
            note = "" if generated else " (not generated: remove it by hand)"
            if check or not generated:
                problems.append(f"stale: {target.relative_to(root)}{note}")
            else:
                target.unlink()
                print(f"deleted {target.relative_to(root)}")
    if check and not allow_unused:
        problems += [f"unused rename rule: {k!r} -> {v!r}" for k, v in RENAMES.items() if k not in used]
    for problem in problems:
        print(problem, file=sys.stderr)
    if check and problems:
        print("run `python tools/unasync.py` to regenerate the sync code", file=sys.stderr)
    return 1 if check and problems else 0


def main(argv: Optional[Sequence[str]] = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on drift or unused rules")
    parser.add_argument("--allow-unused", action="store_true", help="do not fail --check on unused rename rules")
    args = parser.parse_args(argv)
    try:
        return run(root, check=args.check, allow_unused=args.allow_unused)
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Terminal output of the command line: plain text always works; `rich` (the `cli` extra) adds colour, tables and
progress bars when the output goes to a terminal.

Everything here writes to the streams it was given (the `sys.stdout` / `sys.stderr` of the moment, so tests can
swap them); `rich` is imported only when it is installed and one of those streams is a terminal.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

__all__ = ["COUNT_NAMES", "UI", "WatchDisplay", "rich_available"]

COUNT_NAMES = ("processing", "succeeded", "errored", "canceled", "expired")
"""The request counts of a message batch, in display order."""

_COUNT_STYLES = {"processing": "cyan", "succeeded": "green", "errored": "red", "canceled": "yellow", "expired": "red"}


def rich_available() -> bool:
    try:
        import rich  # noqa: F401  # pyright: ignore[reportUnusedImport]
    except ImportError:
        return False
    return True


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def one_line(text: str, limit: int = 500) -> str:
    """`text` on one line (newlines folded into spaces), cut to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


class UI:
    """Where and how the command writes: `out` for results, `err` for errors, warnings and thinking."""

    def __init__(self, out: IO[str], err: IO[str], *, use_rich: Optional[bool] = None) -> None:
        self.out = out
        self.err = err
        self.out_tty = _isatty(out)
        self.err_tty = _isatty(err)
        if use_rich is None:
            use_rich = (self.out_tty or self.err_tty) and rich_available()
        self.rich = use_rich
        self._out_console: Optional[Console] = None
        self._err_console: Optional[Console] = None
        self._text_open = False  # streamed text written without a final newline yet
        self._thinking_open = False

    # ------------------------------------------------------------------------------------------ consoles

    def _console(self, err: bool) -> Console:
        from rich.console import Console

        if err:
            if self._err_console is None:
                self._err_console = Console(file=self.err, highlight=False)
            return self._err_console
        if self._out_console is None:
            self._out_console = Console(file=self.out, highlight=False)
        return self._out_console

    # ------------------------------------------------------------------------------------------ messages

    def error(self, message: str) -> None:
        """`error: <message>` on one line of stderr."""
        self._end_streams()
        text = one_line(message)
        if self.rich and self.err_tty:
            from rich.text import Text

            self._console(err=True).print(Text.assemble(("error:", "bold red"), " ", text), soft_wrap=True)
        else:
            self.err.write(f"error: {text}\n")
            self.err.flush()

    def warn(self, message: str) -> None:
        self._end_streams()
        text = one_line(message)
        if self.rich and self.err_tty:
            from rich.text import Text

            self._console(err=True).print(Text.assemble(("warning:", "bold yellow"), " ", text), soft_wrap=True)
        else:
            self.err.write(f"warning: {text}\n")
            self.err.flush()

    # ------------------------------------------------------------------------------------------ streamed text

    def text(self, delta: str) -> None:
        """A piece of the answer, visible at once."""
        if self._thinking_open:
            self._end_thinking()
        if delta:
            self.out.write(delta)
            self.out.flush()
            self._text_open = not delta.endswith("\n")

    def thinking(self, delta: str) -> None:
        """A piece of the model's thinking, on stderr (dimmed on a terminal with rich)."""
        if not delta:
            return
        if self.rich and self.err_tty:
            from rich.text import Text

            self._console(err=True).print(Text(delta, style="dim italic"), end="", soft_wrap=True)
        else:
            self.err.write(delta)
            self.err.flush()
        self._thinking_open = True

    def _end_thinking(self) -> None:
        self._thinking_open = False
        self.err.write("\n\n")
        self.err.flush()

    def end_text(self) -> None:
        """End the streamed answer with a newline (if it did not end with one)."""
        if self._thinking_open:
            self._end_thinking()
        if self._text_open:
            self.out.write("\n")
            self.out.flush()
            self._text_open = False

    def _end_streams(self) -> None:
        if self._text_open:
            self.end_text()
        elif self._thinking_open:
            self._end_thinking()

    # ------------------------------------------------------------------------------------------ results

    def line(self, text: str) -> None:
        """One line of output, flushed (JSON Lines, raw events)."""
        self.out.write(text + "\n")
        self.out.flush()

    def json(self, text: str) -> None:
        """A JSON document (highlighted on a terminal with rich)."""
        if self.rich and self.out_tty:
            self._console(err=False).print_json(text)
        else:
            self.out.write(text.rstrip("\n") + "\n")
        self.out.flush()

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Rows under a header: a rich table on a terminal, aligned columns otherwise."""
        if self.rich and self.out_tty:
            from rich.table import Table

            table = Table(*headers, box=None, header_style="bold", pad_edge=False)
            for row in rows:
                table.add_row(*row)
            self._console(err=False).print(table)
            return
        widths = [len(h) for h in headers]
        for row in rows:
            widths = [max(w, len(cell)) for w, cell in zip(widths, row)]
        for row in [list(headers), *rows]:
            cells = [cell.ljust(width) for cell, width in zip(row, widths)]
            self.out.write("  ".join(cells).rstrip() + "\n")
        self.out.flush()

    def watch_display(self, batch_id: str) -> WatchDisplay:
        if self.rich and self.out_tty:
            return _RichWatch(self._console(err=False), batch_id)
        return _PlainWatch(self.out, batch_id, tty=self.out_tty)


def format_counts(counts: Dict[str, int]) -> str:
    return ", ".join(f"{name} {counts.get(name, 0)}" for name in COUNT_NAMES)


def _done_total(counts: Dict[str, int]) -> Tuple[int, int]:
    total = sum(counts.get(name, 0) for name in COUNT_NAMES)
    return total - counts.get("processing", 0), total


class WatchDisplay:
    """The live view of `batches watch`: `update()` on each change, then `close()`."""

    def update(self, status: str, counts: Dict[str, int]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> WatchDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _PlainWatch(WatchDisplay):
    """A status line rewritten in place (`\\r`) on a terminal; one line per change otherwise."""

    _BAR = 20

    def __init__(self, out: IO[str], batch_id: str, *, tty: bool) -> None:
        self._out = out
        self._batch_id = batch_id
        self._tty = tty
        self._width = 0
        self._open = False

    def update(self, status: str, counts: Dict[str, int]) -> None:
        done, total = _done_total(counts)
        filled = self._BAR * done // total if total else 0
        bar = "#" * filled + "-" * (self._BAR - filled)
        line = f"{self._batch_id} {status} [{bar}] {done}/{total} {format_counts(counts)}"
        if self._tty:
            self._out.write("\r" + line.ljust(self._width))
            self._width = len(line)
            self._open = True
        else:
            self._out.write(line + "\n")
        self._out.flush()

    def close(self) -> None:
        if self._open:
            self._out.write("\n")
            self._out.flush()
            self._open = False


class _RichWatch(WatchDisplay):
    """A rich progress bar, redrawn on each change (no background refresh thread)."""

    def __init__(self, console: Console, batch_id: str) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress: Progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=console,
            auto_refresh=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._batch_id = batch_id
        self._task: Optional[TaskID] = None
        self._progress.start()

    def update(self, status: str, counts: Dict[str, int]) -> None:
        done, total = _done_total(counts)
        parts: List[str] = []
        for name in COUNT_NAMES:
            value = counts.get(name, 0)
            style = _COUNT_STYLES[name] if value else "dim"
            parts.append(f"[{style}]{name} {value}[/]")
        fields: Dict[str, Any] = {"counts": " ".join(parts)}
        description = f"{self._batch_id} {status}"
        if self._task is None:
            self._task = self._progress.add_task(description, total=total or None, completed=done, **fields)
        else:
            self._progress.update(self._task, description=description, total=total or None, completed=done, **fields)
        self._progress.refresh()

    def close(self) -> None:
        self._progress.stop()

"""Benchmarks: every figure is a ratio against a baseline measured in the same run.

    python bench/run.py                 # every scenario
    python bench/run.py import sync     # scenarios whose name contains one of the words
    python bench/run.py --quick         # fewer rounds (a smoke test, noisier)

The fake API server runs in its own process (``python -m anthropic.testing``), so the
client being measured does not share a GIL with it. Baselines are raw httpx requests
with ``json.loads`` of the same payloads. Timings take the median of several rounds.
Scenarios live in ``bench/scenarios_*.py``; each module exposes ``SCENARIOS``, a list of
``(name, function(ctx) -> Result or list of Result)`` (several baselines give several lines).
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple, Union

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SCENARIO_MODULES = ["scenarios_core", "scenarios_types", "scenarios_streaming", "scenarios_soak"]


@dataclass
class Result:
    name: str
    ours: float
    baseline: float
    unit: str
    target: Optional[float] = None
    """Highest acceptable ratio (ours / baseline), if the scenario has one."""
    reference: Optional[str] = None
    """What the reference release measured, for context."""
    notes: List[str] = field(default_factory=lambda: [])

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")

    def line(self) -> str:
        target = f"target <= {self.target:.2f}x" if self.target is not None else ""
        verdict = "" if self.target is None else ("ok" if self.ratio <= self.target else "MISSED")
        ref = f"[reference: {self.reference}]" if self.reference else ""
        return (
            f"{self.name:<48} {self.ratio:6.2f}x  ours {self.ours:10.4g} {self.unit:<4} "
            f"base {self.baseline:10.4g} {self.unit:<4} {target:<16} {verdict:<6} {ref}"
        )


class Context:
    """Shared by the scenarios: a fake server process and the number of rounds."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.rounds = 3 if quick else 7
        self._server: Optional[subprocess.Popen[str]] = None
        self._url: Optional[str] = None
        self._extra: List[subprocess.Popen[str]] = []
        self._files: List[str] = []

    @property
    def url(self) -> str:
        if self._url is not None:
            return self._url
        self._server = subprocess.Popen(
            [sys.executable, "-m", "anthropic.testing", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._server.stdout is not None
        url = self._server.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        self._url = url
        return url

    def server_with(self, replies: Dict[str, Tuple[str, bytes]]) -> str:
        """A fake server process answering ``path`` with ``(suffix, body)`` (suffix ``.json`` or ``.sse``)."""
        import tempfile

        args = [sys.executable, "-m", "anthropic.testing", "--port", "0"]
        for path, (suffix, body) in replies.items():
            with tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False) as f:
                f.write(body)
            self._files.append(f.name)
            args += ["--reply", path, f.name]
        process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        self._extra.append(process)
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError(f"fake server did not start: {url!r}")
        return url

    def close(self) -> None:
        for process in [self._server, *self._extra]:
            if process is not None:
                process.terminate()
                process.wait(5)
                if process.stdout is not None:
                    process.stdout.close()
        for name in self._files:
            os.unlink(name)

    def median_of(self, fn: Callable[[], float], rounds: Optional[int] = None) -> float:
        return statistics.median(fn() for _ in range(rounds or self.rounds))

    def interleaved(self, ours: Callable[[], float], base: Callable[[], float]) -> Tuple[float, float]:
        """Median seconds of each, rounds alternating so drift hits both alike."""
        a: List[float] = []
        b: List[float] = []
        ours()  # warm-up (connections, caches, schema builds)
        base()
        for _ in range(self.rounds):
            a.append(ours())
            b.append(base())
        return statistics.median(a), statistics.median(b)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_python(code: str, env: Optional[Dict[str, str]] = None) -> str:
    """Run ``code`` in a fresh interpreter (same venv) and return its stdout."""
    merged = {**os.environ, **(env or {})}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=merged, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed:\n{out.stderr}")
    return out.stdout.strip()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("only", nargs="*", help="run scenarios whose name contains one of these words")
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    ctx = Context(args.quick)
    missed = 0
    print(f"python {sys.version.split()[0]} on {sys.platform}; ratios are ours / baseline (lower is better)\n")
    try:
        for module_name in SCENARIO_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    continue
                raise
            for name, scenario in module.SCENARIOS:
                if args.only and not any(word in name for word in args.only):
                    continue
                outcome: Union[Result, List[Result]] = scenario(ctx)
                for result in outcome if isinstance(outcome, list) else [outcome]:
                    print(result.line(), flush=True)
                    for note in result.notes:
                        print(f"    {note}")
                    if result.target is not None and result.ratio > result.target:
                        missed += 1
    finally:
        ctx.close()
    if missed:
        print(f"\n{missed} scenario(s) above target")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the `anthropic` command in a pseudo-terminal (its stdout is a terminal; stderr and stdin are pipes)."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
import tty
from typing import Dict, List, Optional, Sequence, Tuple

__all__ = ["PtyRun", "clean_env", "strip_ansi"]

# Starts the command the way `python -m anthropic` does, after two things a test needs: SIGINT handled by Python
# even when the test runner was started with SIGINT ignored (a background job), and optionally `rich` blocked.
BOOT = """\
import runpy, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
if sys.argv[1:2] == ["--block-rich"]:
    sys.modules["rich"] = None
    del sys.argv[1]
runpy.run_module("anthropic", run_name="__main__", alter_sys=True)
"""

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def clean_env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_") and k not in ("NO_COLOR", "COLUMNS")}
    env.update(TERM="xterm-256color", PYTHONWARNINGS="error", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


class PtyRun:
    """The command running; `read_until()` waits for output, `wait()` for the end."""

    def __init__(
        self,
        args: Sequence[str],
        *,
        stdin: Optional[bytes] = None,
        block_rich: bool = False,
        env: Optional[Dict[str, str]] = None,
    ) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 200, 0, 0))
        tty.setraw(slave)  # no "\n" -> "\r\n" translation: the bytes seen are the bytes written
        argv = [sys.executable, "-c", BOOT, *(["--block-rich"] if block_rich else []), *args]
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=slave,
            stderr=subprocess.PIPE,
            env=env if env is not None else clean_env(),
            close_fds=True,
        )
        os.close(slave)
        self._master: Optional[int] = master
        assert self.proc.stderr is not None
        self._stderr_fd: Optional[int] = self.proc.stderr.fileno()
        if stdin is not None:
            assert self.proc.stdin is not None
            self.proc.stdin.write(stdin)
            self.proc.stdin.close()
        self._out = bytearray()
        self._err = bytearray()
        self.chunks: List[Tuple[float, bytes]] = []  # (seconds since start, bytes) of each read of the terminal

    @property
    def output(self) -> str:
        return self._out.decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        return self._err.decode("utf-8", "replace")

    def _pump(self, timeout: float) -> bool:
        """Read what is available within `timeout`; False once both streams are closed."""
        fds = [fd for fd in (self._master, self._stderr_fd) if fd is not None]
        if not fds:
            return False
        ready, _, _ = select.select(fds, [], [], timeout)
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the terminal's other side is closed
                data = b""
            if fd == self._master:
                if data:
                    self._out += data
                    self.chunks.append((time.monotonic() - self.started, data))
                else:
                    os.close(fd)
                    self._master = None
            else:
                if data:
                    self._err += data
                else:
                    self._stderr_fd = None
        return True

    def read_until(self, text: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while text not in strip_ansi(self.output):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._pump(remaining):
                raise AssertionError(f"{text!r} not seen; output: {self.output!r}; stderr: {self.stderr!r}")
        return self.output

    def signal(self, signum: int = signal.SIGINT) -> None:
        self.proc.send_signal(signum)

    def wait(self, timeout: float = 15.0) -> int:
        deadline = time.monotonic() + timeout
        while self._pump(max(0.0, deadline - time.monotonic())):
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"the command did not end; output: {self.output!r}; stderr: {self.stderr!r}")
        code = self.proc.wait(max(0.1, deadline - time.monotonic()))
        self.close()
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.close()

    def close(self) -> None:
        if self._master is not None:
            os.close(self._master)
            self._master = None
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        self._stderr_fd = None

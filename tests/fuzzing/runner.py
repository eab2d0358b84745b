"""Running the validator on one corpus: in this process under a watchdog, or through the real
command line in a child process with a timeout and a memory cap."""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from vostochny import cli

CHILD_MEMORY = 2 << 30  # bytes of address space: /dev/zero read whole fails fast instead of swapping
TRACEBACK = "Traceback (most recent call last)"


@dataclass
class Result:
    """What one validation did: its exit status (None if it hung), the error codes it reported,
    and, for a crash, what went wrong."""

    exit: int | None
    codes: set[str] = field(default_factory=set)
    crash: str = ""


def _argv(root: Path, options: tuple[str, ...]) -> list[str]:
    return ["validate", "--format", "json", *options, str(root)]


def judge(status: int, stdout: bytes, stderr: bytes) -> Result:
    """A finished run's result: a crash if it exited outside 0-2, printed a traceback, or wrote
    anything but a UTF-8 JSON report; else its exit status and the error codes it reported."""
    errors = stderr.decode("utf-8", "replace")
    if TRACEBACK in errors or status not in (0, 1, 2):
        return Result(status, crash=errors[-2000:] or f"exit {status}")
    try:
        return Result(status, _error_codes(stdout.decode("utf-8")))
    except ValueError as error:
        return Result(3, crash=f"the report is not UTF-8 JSON: {error}")


def _error_codes(stdout: str) -> set[str]:
    """Codes of the errors of a `--format json` report (one JSON object, or JSON lines)."""
    if not stdout.strip():
        return set()
    try:
        records = json.loads(stdout)["problems"]
    except (ValueError, KeyError, TypeError):
        records = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    return {r["code"] for r in records if r.get("severity") == "error"}


class _Watchdog(BaseException):
    """Raised in the validator by the alarm: a BaseException, so no `except Exception` eats it."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _Watchdog


def run_inprocess(root: Path, options: tuple[str, ...], timeout: float) -> Result:
    """The command line's `main` in this process, its output captured as bytes, stopped by
    SIGALRM after `timeout` seconds (main thread only)."""
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            status = cli.main(_argv(root, options))
    except _Watchdog:
        return Result(None)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 2
    except Exception as error:
        return Result(3, crash=f"{type(error).__name__}: {error}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    out.flush()
    err.flush()
    return judge(status, out.buffer.getvalue(), err.buffer.getvalue())


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def run_cli(root: Path, options: tuple[str, ...], timeout: float) -> Result:
    """`python -m vostochny validate --format json ROOT` in a child process, of the package this process runs (a
    relative `PYTHONPATH=src` read from the corpus's folder found none, and the child ran the installed one)."""
    package = str(Path(cli.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([package, *filter(None, os.environ.get(
        "PYTHONPATH", "").split(os.pathsep))])}
    try:
        done = subprocess.run([sys.executable, "-m", "vostochny", *_argv(root, options)], cwd=root.parent, env=env,
                              capture_output=True, timeout=timeout, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        return Result(None)
    return judge(done.returncode, done.stdout, done.stderr)

"""One writer at a time in a corpus, and nothing half-swapped when it reads.

API::

    from vostochny.writing.corpus_lock import held
    with held(root):  # CorpusBusy (a usage error) if another writer keeps the lock past WAIT seconds
        ...read the corpus, then write it (staging.write_all)...

A verb that reads corpus files and writes them back (`new` reads `splits.json`, `import brat` the
documents) holds the corpus's lock from before it reads until its files are swapped in: two at once would
each write what it read, and one's change would be lost (two `vostochny new` at once each listed its
document in `splits.json`, and one entry was lost). The lock is an exclusive `flock` on the `annotations/`
folder itself: no file is made, and a writer that is killed lets go of it with its process, so no lock outlives
its writer. Where `flock` is missing (Windows) the lock is a file, `annotations/.vostochny-lock`, made with
`O_EXCL` and holding its writer's pid; one left by a killed writer is named in the message, to be removed.

Once the lock is held, what killed multi-file writes left (`staging.recover`) is settled in the corpus
root and in `annotations/`, and a killed `release-manifest`'s copy of `annotations/released/` put back or
removed (`outputs.clear_leftovers`), before the caller reads anything: a run that read a half-swapped set and then
settled it would write back what it read (a killed `new`'s id, listed in `splits.json`, with its files gone).
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vostochny.errors import UsageError
from vostochny.reading.corpus import RELEASE_FOLDER
from vostochny.writing import staging
from vostochny.writing.outputs import clear_leftovers

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: a file made with O_EXCL
    fcntl = None  # type: ignore[assignment]

#: the lock where `flock` is missing (Windows)
LOCK_FILE = ".vostochny-lock"
#: how long a writer waits for another to be done, in seconds, before it refuses
WAIT = 10.0
_POLL = 0.05


class CorpusBusy(UsageError):
    """Another writer holds the corpus's lock; nothing was read or written."""


@contextmanager
def held(root: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the lock of the corpus at `root` and settle what killed writes left in it (see the module
    docstring). `CorpusBusy` if another writer holds it for more than `wait` seconds (default: `WAIT`); a
    `UsageError` naming the folder if the lock or a settled file cannot be written (nothing changed then)."""
    folder = root / "annotations"
    fd = _acquire(folder, WAIT if wait is None else wait)
    try:
        try:
            for place in (root, folder):
                staging.recover(place)
            clear_leftovers(folder / RELEASE_FOLDER)  # a release-manifest's, killed while it swapped released/
        except OSError as error:
            raise UsageError(f"cannot put back what a killed write left in {root}: {error.strerror or error} "
                             f"({error.filename or root})") from error
        yield
    finally:
        _release(folder, fd)


def _acquire(folder: Path, wait: float) -> int:
    """An open descriptor holding the lock of `folder` (`annotations/`)."""
    deadline = time.monotonic() + wait
    while True:
        fd = _try(folder)
        if fd is not None:
            return fd
        if time.monotonic() >= deadline:
            raise CorpusBusy(_busy(folder))
        time.sleep(_POLL)


def _try(folder: Path) -> int | None:
    """The lock taken (its descriptor), or None where another writer holds it."""
    try:
        if fcntl is None:  # pragma: no cover - Windows
            fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            return fd
        fd = os.open(folder, os.O_RDONLY)
    except FileExistsError:  # pragma: no cover - Windows
        return None
    except OSError as error:
        raise UsageError(f"cannot lock {folder} for writing: {error.strerror or error}; nothing was changed") from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        os.close(fd)
        if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return None
        raise UsageError(f"cannot lock {folder} for writing: {error.strerror or error}; nothing was "
                         "changed") from error
    return fd


def _busy(folder: Path) -> str:
    """The refusal: what holds the lock, and what to do."""
    if fcntl is None:  # pragma: no cover - Windows: a file left by a killed writer is no lock, but looks like one
        try:
            pid = (folder / LOCK_FILE).read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            pid = ""
        return (f"process {pid or '?'} is writing this corpus ({folder / LOCK_FILE} exists); run the command again "
                "when it is done, or remove that file if no vostochny runs; nothing was changed")
    return (f"another process is writing this corpus (it holds the lock of {folder}); run the command again when "
            "it is done; nothing was changed")


def _release(folder: Path, fd: int) -> None:
    """Let go of the lock (without `flock`: remove its file)."""
    os.close(fd)
    if fcntl is None:  # pragma: no cover - Windows
        with suppress(OSError):
            (folder / LOCK_FILE).unlink()

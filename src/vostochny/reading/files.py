"""Bounded, regular-file-only reading: the one way any verb reads a file it was given or found.

`stat()` cannot be trusted for size (a symlink to `/dev/zero` or a FIFO reports 0 bytes), so a
file is opened without blocking, checked to be a regular file on the opened descriptor, and read
up to its cap plus one byte: one byte more than the cap proves it is too large.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vostochny.errors import FileRefused

#: default caps (bytes); each verb exposes them as options.
MAX_ANNOTATION_BYTES = 16 * 1024 * 1024
MAX_RAW_BYTES = 4 * 1024 * 1024


class TooLarge(FileRefused):
    """The file holds more bytes than its cap."""

    def __init__(self, path: Path, limit: int) -> None:
        self.limit = limit
        super().__init__(f"{path}: larger than the limit of {limit} bytes")


def present(path: Path) -> bool:
    """Something is at `path`, a dangling symbolic link included: an optional file is then read, and the
    reader says what is wrong with it (`Path.exists` would call a broken link no file at all)."""
    return os.path.lexists(path)


def read_capped(path: Path, limit: int, follow: bool = True) -> bytes:
    """The bytes of regular file `path`, at most `limit` of them; with `follow=False`, `path` itself must be that file,
    not a symbolic link to one (`Linked`).

    Raises `FileNotFoundError`/`PermissionError` (as `OSError`) when the file cannot be opened,
    `FileRefused` when it is not a regular file, `TooLarge` past the cap."""
    data, whole = read_head(path, limit, follow)
    if not whole:
        raise TooLarge(path, limit)
    return data


def read_head(path: Path, limit: int, follow: bool = True) -> tuple[bytes, bool]:
    """The first `limit` bytes of regular file `path`, and whether they are the whole file (one
    byte past them is read to tell, never more). Raises as `read_capped` does, except `TooLarge`."""
    with _regular(path, follow) as fd:
        data = _read_up_to(fd, limit + 1)
    return data[:limit], len(data) <= limit


def read_tail(path: Path, limit: int) -> tuple[bytes, bool]:
    """The last `limit` bytes of regular file `path` (as large as its size says), and whether they
    are the whole file. Raises as `read_head` does. For a file that its writer ends with a small part
    after an entry per document (`summary.json`): that part is read whatever the corpus's size."""
    with _regular(path) as fd:
        start = max(os.fstat(fd).st_size - limit, 0)  # a regular file's size is its size
        os.lseek(fd, start, os.SEEK_SET)
        data = _read_up_to(fd, limit + 1)  # one byte more if it grew meanwhile
    return data[-limit:] if limit else b"", start == 0 and len(data) <= limit


class Linked(FileRefused):
    """A symbolic link where a file of its own was wanted (`read_capped(..., follow=False)`)."""


#: the open flag that refuses a symbolic link (0 where the system has none: Windows)
_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)


@contextmanager
def _regular(path: Path, follow: bool = True) -> Iterator[int]:
    """A descriptor of `path`, opened without blocking (a FIFO) and checked to be a regular file; `follow=False`:
    refused (`Linked`) if `path` is a symbolic link, by the open itself where the system has `O_NOFOLLOW` (so that no
    link put there after a check is followed), else by a check just before it."""
    if not follow and not _NOFOLLOW and Path(path).is_symlink():
        raise Linked(f"{path}: a symbolic link")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow and Path(path).is_symlink():  # ELOOP: `O_NOFOLLOW` refused the link
            raise Linked(f"{path}: a symbolic link") from error
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileRefused(f"{path}: not a regular file")
        yield fd
    finally:
        os.close(fd)


def _read_up_to(fd: int, most: int) -> bytes:
    """At most `most` bytes from `fd`, read on until its end."""
    chunks: list[bytes] = []
    while most > 0:
        chunk = os.read(fd, min(most, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        most -= len(chunk)
    return b"".join(chunks)


def read_text_capped(path: Path, limit: int) -> str:
    """UTF-8 text of a regular file, exactly as stored (no newline translation); raises
    `UnicodeDecodeError` for bytes that are not UTF-8."""
    return read_capped(path, limit).decode("utf-8")

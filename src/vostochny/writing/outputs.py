"""Where a verb may write, and how a whole output folder is replaced at once.

Every verb that writes outside the corpus (build, export, render, diff) checks its `--out` here
first, so that a bad path is a usage error before any work, never a traceback halfway through.
An output folder is written in a staging folder beside it (same filesystem) and swapped in
whole: a crash or an error leaves the previous folder as it was, never a mix of old and new.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from vostochny.errors import FileRefused, UsageError
from vostochny.reading.files import MAX_ANNOTATION_BYTES, read_head
from vostochny.writing import staging
from vostochny.writing.leftovers import BESIDE, leftovers
from vostochny.writing.writer import mode_of


class Marker(NamedTuple):
    """A JSON file that a verb always writes into its output folder: a folder holding it is an
    earlier output of that verb, safe to replace (`is_ours`). `first`: the keys the verb always
    writes first, in this order (its writer says so); `keys`: every key it always has."""

    file: str
    first: tuple[str, ...]
    keys: frozenset[str]


def check_output_dir(path: Path, corpus_root: Path | Iterable[Path], marker: Marker | None = None) -> Path:
    """The resolved folder `path` if a verb may (re)write it; raises `UsageError` otherwise.

    Refused: an existing file; a place that cannot be written; the corpus root, its `annotations/`
    or `raw/` (or anything inside them), or a folder that contains the corpus; with a `marker`, a
    non-empty folder that is not an earlier output (it is replaced whole, so its files would go).
    `corpus_root` may be several corpora (each one a verb reads, as `diff A B` does)."""
    target = check_files_folder(path, corpus_root)
    here = _current_folder()
    if here is not None and (target == here or target in here.parents):
        raise UsageError(f"{path}: is the current folder or contains it; choose another folder for --out")
    if marker and target.is_dir() and _holds_files(target, path) and not is_ours(target, marker):
        raise UsageError(f"{path}: is a folder that holds other files (no {marker.file} as an earlier output writes "
                         "it); it would be replaced whole: choose an empty or new folder, or remove it first")
    return target


def check_files_folder(path: Path, corpus_root: Path | Iterable[Path]) -> Path:
    """The resolved folder `path` if a verb may write files into it (what else it holds stays); raises
    `UsageError` for a file, a place that cannot be written, or the data of a corpus (`check_output_dir`)."""
    target = _check_location(path, corpus_root, "folder")
    if target.exists() and not target.is_dir():
        raise UsageError(f"{path}: is a file, not a folder; choose a folder")
    return target


def _current_folder() -> Path | None:
    """The working folder, resolved; None where it was removed (then no output folder can be it)."""
    try:
        return Path.cwd().resolve()
    except OSError:
        return None


def _holds_files(folder: Path, path: Path) -> bool:
    """Whether `folder` holds anything; a folder that cannot be listed is refused (`UsageError`)."""
    try:
        return any(folder.iterdir())
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror or error}); choose a folder you can read") \
            from error


def check_output_file(path: Path, corpus_root: Path | Iterable[Path]) -> Path:
    """The resolved file `path` if a verb may (re)write it; raises `UsageError` otherwise (a
    folder, a place that cannot be written, a file in the corpus's data folders, or anything else
    that is there and is not a regular file: the report is renamed over the path, which would
    replace a device such as /dev/null or a FIFO by a regular file)."""
    target = _check_location(path, corpus_root, "file")
    if target.is_dir():
        raise UsageError(f"{path}: is a folder; --out needs a file name")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise UsageError(f"{path}: cannot be examined ({error.strerror or error}); choose another file") from error
    if not stat.S_ISREG(mode):
        raise UsageError(f"{path}: is not a regular file (a device, a FIFO or a socket); --out writes a new file "
                         "or replaces a regular one: choose another file name")
    return target


def _check_location(path: Path, corpus_root: Path | Iterable[Path], kind: str) -> Path:
    """Resolved `path` after the checks that files and folders share: outside the data of each
    corpus, and under a folder this process can write into."""
    try:
        target = Path(path).resolve()
        roots = [Path(r).resolve() for r in ([corpus_root] if isinstance(corpus_root, Path) else corpus_root)]
    except OSError as error:  # a relative path where the working folder was removed
        raise UsageError(f"{path}: cannot be resolved ({error.strerror or error}); give an absolute path") from error
    except RuntimeError as error:  # Python 3.11's link loop (3.13 raises OSError)
        raise UsageError(f"{path}: its links loop; choose another place") from error
    for root in roots:
        protected = (root / "annotations", root / "raw")
        if target == root or root.is_relative_to(target) or any(target.is_relative_to(p) for p in protected):
            raise UsageError(f"{path}: an output {kind} cannot be the corpus ({root}), contain it, or lie inside its "
                             "annotations/ or raw/ folder; choose a place outside them")
    existing = next(p for p in (target.parent, *target.parents) if p.exists())
    if not existing.is_dir():
        raise UsageError(f"{path}: {existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"{path}: not writable (permission denied in {existing})")
    return target


def is_ours(folder: Path, marker: Marker) -> bool:
    """Whether `folder` holds the marker file as its verb writes it; never raises.

    It must be a regular file (not a link) of UTF-8 JSON that begins with an object whose first
    members are `marker.first`, in that order. Only its first `MAX_ANNOTATION_BYTES` are read: a
    loss report or summary grows with the corpus, and its first keys are what its writer puts
    first whatever its size. A file no longer than that is read whole and must also be an object
    with every key of `marker.keys`."""
    path = folder / marker.file
    try:
        if path.is_symlink():
            return False
        data, whole = read_head(path, MAX_ANNOTATION_BYTES)
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=whole)  # a cut character may end it
        if not _begins_with(text, marker.first):
            return False
        if not whole:
            return True
        parsed = json.loads(text)
    except (OSError, ValueError, FileRefused, RecursionError):  # missing, not readable, not a regular file, not
        return False                                              # UTF-8, not JSON, nested past the parser
    return isinstance(parsed, dict) and marker.keys <= parsed.keys()


def _begins_with(text: str, keys: tuple[str, ...]) -> bool:
    """Whether JSON `text`, perhaps only its beginning, is an object whose first members are
    `keys`, in that order (the value of the last need not be in `text`); `ValueError` for text
    that is not JSON there."""
    decoder, pos = json.JSONDecoder(), 0
    for n, key in enumerate(keys):
        pos = _after(text, pos, "," if n else "{")
        name, pos = decoder.raw_decode(text, _after(text, pos, ""))
        if name != key:
            return False
        pos = _after(text, pos, ":")
        if n < len(keys) - 1:
            pos = decoder.raw_decode(text, _after(text, pos, ""))[1]
    return True


def _after(text: str, pos: int, token: str) -> int:
    """Where JSON `text` goes on after the white space at `pos` and then `token`; `ValueError` if
    `token` is not next."""
    while text[pos:pos + 1] in (" ", "\t", "\n", "\r"):
        pos += 1
    if not text.startswith(token, pos):
        raise ValueError(f"expected {token!r} at {pos}")
    return pos + len(token)


@contextmanager
def replaced_dir(target: Path, then: Callable[[], None] | None = None) -> Iterator[Path]:
    """A fresh staging folder beside `target`; when the block ends without error it replaces
    `target` whole, and on any error (or interrupt) it is removed and `target` is untouched.
    Leftovers of a run that was killed (staging and old folders) are cleared first; an `OSError`
    (disk full, permission) becomes a `UsageError` that says so. `then` is called once the new
    folder is in place, for what must change with it: if it raises, the swap is undone (the
    previous folder, or none, is back) before the error goes on."""
    with write_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        clear_leftovers(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.{BESIDE}new-{os.getpid()}-", dir=target.parent))
        try:
            yield staging
            os.chmod(staging, mode_of(target, 0o777))  # mkdtemp makes 0700; the output gets the usual mode
            old = _swap(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            if then is not None:
                then()
        except BaseException:
            _undo(old, target)
            raise
        _fsync_dir(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _undo(old: Path | None, target: Path) -> None:
    """Put the folder that `_swap` moved to `old` back at `target` (none: `target` is removed); what was
    swapped in is deleted."""
    if old is None:  # named as a staging folder: a run killed here leaves a leftover, never an old folder to restore
        new = target.with_name(f".{target.name}.{BESIDE}new-{os.getpid()}-{os.urandom(4).hex()}")
        os.rename(target, new)
    else:
        new = _swap(old, target) or old
    shutil.rmtree(new, ignore_errors=True)
    _fsync_dir(target.parent)


@contextmanager
def write_errors(target: Path, named: bool = False) -> Iterator[None]:
    """An `OSError` while writing `target` as a usage error saying that nothing there changed (for a
    writer that leaves nothing changed when it fails); `named`: the error names the file or folder
    that could not be written, as `staging.write_all`'s do, and the message names it too."""
    try:
        yield
    except OSError as error:
        where = error.filename if named and error.filename else target
        raise UsageError(f"cannot write {where}: {error.strerror or error}; nothing there was changed") from error


def write_together(root: Path, files: Mapping[str, bytes]) -> list[Path]:
    """`staging.write_all(root, files)`, every file or none, with an `OSError` (a read-only folder, a full
    disk, files on two filesystems) a `UsageError` that names the file or folder it could not write."""
    with write_errors(root, named=True):
        return staging.write_all(root, files)


def clear_leftovers(target: Path) -> None:
    """Remove what killed runs left beside `target`; if one was killed between the two renames
    of the fallback swap (no `target`, an old folder), the old folder is put back first."""
    prefix = f".{target.name}.{BESIDE}"
    dead = leftovers(target)
    olds = sorted((p for p in dead if p.name.startswith(f"{prefix}old-")), key=lambda p: p.stat().st_mtime)
    if olds and not target.exists():
        os.rename(olds[-1], target)
        dead.remove(olds[-1])
    for path in dead:
        shutil.rmtree(path, ignore_errors=True)


def _swap(staging: Path, target: Path) -> Path | None:
    """Put `staging` at `target`; returns where the previous `target` now is (to delete), if any.

    One atomic exchange where the system has it (Linux `renameat2`), else two renames."""
    if not target.exists():
        os.rename(staging, target)
        return None
    if _exchange(staging, target):
        return staging
    old = target.with_name(f".{target.name}.{BESIDE}old-{os.getpid()}-{os.urandom(4).hex()}")
    os.rename(target, old)
    os.rename(staging, target)
    return old


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux `renameat2(RENAME_EXCHANGE)`); False if unsupported."""
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this filesystem cannot exchange
        return False
    raise OSError(errno, os.strerror(errno), str(b))


def _fsync_dir(folder: Path) -> None:
    """Make the renames in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

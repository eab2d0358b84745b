"""All-or-nothing writing of several files under one folder, with recovery after a killed run.

API::

    from vostochny.writing import staging
    staging.write_all(root, {"a.json": b"...", "sub/b.txt": b"..."})  # every file, or none
    staging.recover(root)  # settle what a killed run left under `root` (write_all does it first)

`write_all` writes the new files into a staging folder inside `root` (`.vostochny-staging-*`, on
the same filesystem, so every rename is atomic) and fsyncs them, hard-links the current files
there as backups, and records the plan (`plan.json`). Only then is each file swapped in with
`os.replace`; a `done` marker ends the run before the staging folder is removed. An error on the
way puts the backups back at once. A killed run leaves its staging folder, and the next
`write_all` or `recover` on the same `root` settles it: without `done` the backups go back and
files that were new are removed (the folder is as before the run); with `done` the new files
stand. A staging folder whose writer is still running is locked (`flock`) and left alone. A
reader that must never see a half-swapped set calls `recover(root)` first.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from vostochny.writing.leftovers import PREFIX
from vostochny.writing.writer import write_bytes

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, so one writer at a time
    fcntl = None  # type: ignore[assignment]

_PLAN, _DONE, _NEW, _OLD = "plan.json", "done", "new", "old"


def write_all(root: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write `files` (paths relative to `root` -> bytes) all at once; returns the paths written.
    Raises `ValueError` for a name that leaves `root`, `OSError` if writing fails: nothing changed,
    nothing is left behind, and the error names the file it could not write, or `root` (never a
    staging path). Files on another filesystem than `root` are refused before anything is written
    (`EXDEV`: a rename cannot reach them, so neither could the swap or its undoing)."""
    names = [_relative(name) for name in files]
    made = not root.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
        recover(root)
        if names:
            _one_filesystem(root, names)
            _write(root, names, files)
    except OSError:
        if made:
            shutil.rmtree(root, ignore_errors=True)  # a folder made for files that were not written
        raise
    return [root / name for name in names]


def _write(root: Path, names: list[str], files: Mapping[str, bytes]) -> None:
    """Stage `files` under `root`, then swap each in (`write_all`); an `OSError` names where it happened."""
    where = root
    try:
        stage = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    except OSError as error:
        raise _at(error, root) from error
    lock = _lock(stage)
    try:
        _stage(stage, root, {name: files[name] for name in names})
        for name in names:
            where = _target(root, name)
            os.replace(stage / _NEW / name, where)
        where = root
        _fsync_dirs({(root / name).parent for name in names})
        write_bytes(stage / _DONE, b"")
    except OSError as error:
        raise _at(error, where) from error
    finally:
        _settle(stage, root)
        _unlock(lock)


def _at(error: OSError, path: Path) -> OSError:
    """`error` naming `path` (what the caller asked to write) instead of a staging file."""
    return error if error.errno is None else OSError(error.errno, error.strerror, str(path))


def _one_filesystem(root: Path, names: list[str]) -> None:
    """`OSError` (`EXDEV`) naming the first file that would lie on another filesystem than `root`."""
    device = root.stat().st_dev
    for name in names:
        target = root / name
        folder = next(p for p in target.parents if p.exists())
        if folder.stat().st_dev != device:
            raise OSError(errno.EXDEV, f"on another filesystem than {root}, where the files written with it are "
                          "staged; write it on its own", str(target))


def recover(root: Path) -> None:
    """Settle every staging folder a killed run left in `root` (see the module docstring)."""
    for stage in sorted(root.glob(PREFIX + "*")):
        if stage.is_symlink() or not stage.is_dir():
            continue
        try:
            lock = _lock(stage, wait=False)
        except BlockingIOError:
            continue  # its writer is still running
        try:
            _settle(stage, root)
        finally:
            _unlock(lock)


def _relative(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or ".." in path.parts or path.parts[0].startswith(PREFIX):
        raise ValueError(f"{name!r} is not a path inside the folder written")
    return path.as_posix()


def _target(root: Path, name: str) -> Path:
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _stage(stage: Path, root: Path, files: Mapping[str, bytes]) -> None:
    """New files and backups into `stage`, then the plan: no target is touched before it exists."""
    existed = []
    for name, data in files.items():
        new, target = stage / _NEW / name, root / name
        write_bytes(new, data)
        if target.is_file():
            os.chmod(new, target.stat().st_mode & 0o777)
            _backup(target, stage / _OLD / name)
            existed.append(name)
    write_bytes(stage / _PLAN, json.dumps({"files": list(files), "existed": existed}).encode("utf-8"))
    _fsync_dirs({stage})


def _backup(target: Path, backup: Path) -> None:
    """A hard link to the current file (its old contents stay reachable after the swap)."""
    backup.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(target, backup)
    except OSError:  # a filesystem without hard links
        shutil.copy2(target, backup)


def _settle(stage: Path, root: Path) -> None:
    """Finish with a staging folder: undo its swaps unless it is done, then remove it."""
    plan_file = stage / _PLAN
    if plan_file.is_file() and not (stage / _DONE).exists():
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        for name in plan["files"]:  # only what was swapped in is touched (a read-only folder refused the rest)
            backup, target = stage / _OLD / name, root / name
            if name not in plan["existed"]:
                if os.path.lexists(target):
                    target.unlink()
            elif backup.exists() and not _same_file(backup, target):
                os.replace(backup, target)
        _fsync_dirs({(root / name).parent for name in plan["files"]})
    shutil.rmtree(stage, ignore_errors=True)


def _same_file(backup: Path, target: Path) -> bool:
    """Whether `target` is still the file `backup` links to (its swap did not happen)."""
    try:
        return backup.samefile(target)
    except OSError:
        return False


def _lock(stage: Path, wait: bool = True) -> int | None:
    """An open descriptor of `stage` holding an exclusive lock (None without `fcntl`); raises
    `BlockingIOError` if another process holds it."""
    if fcntl is None:  # pragma: no cover
        return None
    fd = os.open(stage, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _fsync_dirs(folders: set[Path]) -> None:
    """Make renames in `folders` durable (a no-op where folders cannot be opened, as on Windows)."""
    for folder in folders:
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

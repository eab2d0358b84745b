"""Corpus versions named on the command line: a folder, or a git revision of this repository.

A name that exists on disk is a folder (never a revision); anything else is resolved by
`git rev-parse --end-of-options` to a tree hash, and only that hash reaches `git archive`, so a
name such as `--output=FILE` is data, never an option. The archive is unpacked into the scratch
folder only (tarfile's `data` filter refuses links and paths that leave it).
"""

from __future__ import annotations

import re
import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

from vostochny.errors import UsageError

_LAYERS = ("annotations", "raw")


class RevisionError(UsageError):
    """Neither a corpus folder nor a git revision with a corpus."""


def materialize(spec: str, scratch: Path) -> Path:
    """A folder holding the corpus `spec` names: the folder itself, or `raw/` and `annotations/`
    of git revision `spec` unpacked into `scratch` (a folder that does not exist yet)."""
    path = on_disk(spec)
    if path is not None:
        if not (path / "annotations").is_dir():
            raise RevisionError(f"{spec!r} is not a corpus folder (no annotations/ folder in it)")
        return path
    _extract(_git(["archive", "--format=tar", _tree(spec), *_LAYERS], spec), scratch, spec)
    return scratch


def on_disk(spec: str) -> Path | None:
    """The path `spec` names if something is there (then it is a folder, never a revision), else None."""
    path = Path(spec)
    try:
        return path if path.exists() else None
    except (OSError, ValueError):  # a name too long, or with a NUL byte, for the file system
        return None


def file_at(spec: str, path: Path) -> bytes | None:
    """The bytes of file `path` (a file of this repository's work tree) in git revision `spec`, None if that
    revision has no such file; a RevisionError if `spec` names no revision."""
    tree = _tree(spec)
    try:  # `TREE:./NAME` is NAME in the folder git runs in
        return subprocess.run(["git", "cat-file", "blob", f"{tree}:./{path.name}"], capture_output=True, check=True,
                              stdin=subprocess.DEVNULL, cwd=path.parent).stdout
    except subprocess.CalledProcessError:
        return None
    except (OSError, ValueError) as error:
        raise RevisionError(f"{spec!r}: git could not be run: {error}") from error


def _git(args: list[str], spec: str) -> bytes:
    """The output of `git ARGS`; a RevisionError naming `spec` when git fails or is missing."""
    try:
        return subprocess.run(["git", *args], capture_output=True, check=True, stdin=subprocess.DEVNULL).stdout
    except (subprocess.CalledProcessError, OSError, ValueError) as error:
        raise RevisionError(f"{spec!r} is neither a folder nor a git revision with annotations/ and raw/") from error


def _tree(spec: str) -> str:
    """The hash of the tree that revision `spec` names (a leading '-' is a revision name, not an option)."""
    tree = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{tree}}"], spec)
    found = tree.decode("ascii", "replace").strip()
    if not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", found):
        raise RevisionError(f"{spec!r}: git named no tree for it")
    return found


def _extract(archive: bytes, scratch: Path, spec: str) -> None:
    try:
        scratch.mkdir(parents=True)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
    except (tarfile.TarError, OSError) as error:
        raise RevisionError(f"{spec!r}: its corpus could not be unpacked: {error}") from error

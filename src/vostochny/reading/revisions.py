"""Corpus versions named on the command line: a folder, or a git revision of this repository.

A name that exists on disk is a folder (never a revision); anything else is resolved by
`git rev-parse --end-of-options` to a tree hash, and only that hash reaches `git archive`, so a
name such as `--output=FILE` is data, never an option. A revision's corpus is the one at the place the
corpus root (`base`) has in the repository, whatever folder the command runs in: git names that place from the
top level (`--show-prefix`), runs in the top level (`--show-toplevel`), and archives the revision's tree at that
place (`TREE:PREFIX`), so that `cd annotations && vostochny diff HEAD~1 HEAD` reads the revisions'
`annotations/`, not `annotations/annotations/`. Variables that point git at another repository (`GIT_DIR`,
`GIT_WORK_TREE`) are left out: the repository is the one the corpus lies in. The archive is unpacked into the
scratch folder only (tarfile's `data` filter refuses links and paths that leave it).
"""

from __future__ import annotations

import os
import re
import subprocess
import tarfile
from io import BytesIO
from pathlib import Path

from vostochny.errors import UsageError
from vostochny.reading.history import NO_GIT

_LAYERS = ("annotations", "raw")


#: what a revision needs where git cannot be run
NO_GIT_HERE = f"{NO_GIT}; a git revision needs it (name a corpus folder instead)"
#: the variables that would point git at another repository than the one the corpus lies in
_REPOSITORY_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
                         "GIT_NAMESPACE", "GIT_PREFIX")


class RevisionError(UsageError):
    """Neither a corpus folder nor a git revision with a corpus."""


def materialize(spec: str, scratch: Path, base: Path | None = None) -> Path:
    """A folder holding the corpus `spec` names: the folder itself, or `raw/` and `annotations/`
    of git revision `spec` unpacked into `scratch` (a folder that does not exist yet). A revision's corpus is
    the one at the place `base` (the corpus root; default: the working folder) has in its repository."""
    path = corpus_on_disk(spec)
    if path is not None:
        if not (path / "annotations").is_dir():
            raise RevisionError(f"{spec!r} is not a corpus folder (no annotations/ folder in it or above it)")
        return path
    base = Path.cwd() if base is None else base
    top, prefix = _place(spec, base)
    tree = _subtree(_tree(spec, top), prefix, spec, top)
    _extract(_git(["archive", "--format=tar", tree, *_LAYERS], spec, top), scratch, spec)
    return scratch


def on_disk(spec: str) -> Path | None:
    """The path `spec` names if something is there (then it is a folder, never a revision), else None."""
    path = Path(spec)
    try:
        return path if path.exists() else None
    except (OSError, ValueError):  # a name too long, or with a NUL byte, for the file system
        return None


def corpus_on_disk(spec: str) -> Path | None:
    """The corpus a path names (`on_disk`): the folder, or the corpus root it lies in (`.` in `annotations/`
    names the corpus, as `--corpus` does), None for no path."""
    from vostochny.reading.corpus import find_root

    path = on_disk(spec)
    if path is None or (path / "annotations").is_dir() or not path.is_dir():
        return path
    return find_root(path) or path


def file_at(spec: str, path: Path) -> bytes | None:
    """The bytes of file `path` (a file of this repository's work tree) in git revision `spec`, None if that
    revision has no such file; a RevisionError if `spec` names no revision."""
    tree = _tree(spec, path.parent)
    try:  # `TREE:./NAME` is NAME in the folder git runs in
        return subprocess.run(["git", "cat-file", "blob", f"{tree}:./{path.name}"], capture_output=True, check=True,
                              stdin=subprocess.DEVNULL, cwd=path.parent, env=_environment()).stdout
    except subprocess.CalledProcessError:
        return None
    except (OSError, ValueError) as error:
        raise RevisionError(f"{spec!r}: git could not be run: {error}") from error


def _environment() -> dict[str, str]:
    """The environment git runs in: this one without the variables that point it at another repository."""
    return {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES}


def _git(args: list[str], spec: str, cwd: Path, failed: str = "") -> bytes:
    """The output of `git ARGS` run in `cwd`; a RevisionError naming `spec` when git fails (`failed` says why,
    else the revision is said to be none) or is missing."""
    try:
        return subprocess.run(["git", *args], capture_output=True, check=True, stdin=subprocess.DEVNULL, cwd=cwd,
                              env=_environment()).stdout
    except subprocess.CalledProcessError:
        raise RevisionError(failed or f"{spec!r} is neither a folder nor a git revision with annotations/ and "
                            "raw/") from None
    except FileNotFoundError as error:
        if error.filename == "git":
            raise RevisionError(f"{spec!r} is no folder; {NO_GIT_HERE}") from None
        raise RevisionError(f"{spec!r}: git could not be run in {cwd}: {error.strerror}") from None
    except (OSError, ValueError) as error:
        raise RevisionError(f"{spec!r}: git could not be run: {error}") from error


def _tree(spec: str, cwd: Path) -> str:
    """The hash of the tree that revision `spec` names (a leading '-' is a revision name, not an option)."""
    tree = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{spec}^{{tree}}"], spec, cwd)
    found = tree.decode("ascii", "replace").strip()
    if not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", found):
        raise RevisionError(f"{spec!r}: git named no tree for it")
    return found


def _place(spec: str, base: Path) -> tuple[Path, str]:
    """The top level of the repository folder `base` lies in, and where `base` lies in it (`corpus/`; empty at
    the top); a RevisionError if it lies in none. git runs in the top level, where the paths it is given are
    read from the top of a tree (in a subfolder, `git archive` reads them from that subfolder)."""
    named = _git(["rev-parse", "--show-toplevel", "--show-prefix"], spec, base, f"{spec!r} is no folder, and "
                 f"{base} is not inside a git work tree, so it names no revision either")
    top, prefix, *_ = (*os.fsdecode(named).split("\n"), "", "")
    return Path(top), prefix


def _subtree(tree: str, prefix: str, spec: str, cwd: Path) -> str:
    """The hash of what is at `prefix` (a folder from the top level, as git named it) in tree `tree`
    (`git archive` refuses it unless it is a tree)."""
    if not prefix:
        return tree
    found = _git(["rev-parse", "--verify", "--quiet", f"{tree}:{prefix.rstrip('/')}"], spec,
                 cwd).decode("ascii", "replace").strip()
    if not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", found):
        raise RevisionError(f"{spec!r}: git named no tree for {prefix} in it")
    return found


def _extract(archive: bytes, scratch: Path, spec: str) -> None:
    try:
        scratch.mkdir(parents=True)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
    except (tarfile.TarError, OSError) as error:
        raise RevisionError(f"{spec!r}: its corpus could not be unpacked: {error}") from error

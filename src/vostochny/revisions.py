"""Corpus versions named on the command line: a folder, or a git revision of this repository."""

from __future__ import annotations

import subprocess
import tarfile
from io import BytesIO
from pathlib import Path


class RevisionError(ValueError):
    """Neither a corpus folder nor a git revision with a corpus."""


def materialize(spec: str, scratch: Path) -> Path:
    """A folder holding the corpus `spec` names: the folder itself, or `raw/` and `annotations/`
    of git revision `spec` unpacked into `scratch`."""
    path = Path(spec)
    if path.is_dir():
        return path
    try:
        archive = subprocess.run(["git", "archive", "--format=tar", spec, "annotations", "raw"],
                                 capture_output=True, check=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        raise RevisionError(f"{spec!r} is neither a folder nor a git revision with annotations/ and raw/") from error
    scratch.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(scratch, filter="data")
    return scratch

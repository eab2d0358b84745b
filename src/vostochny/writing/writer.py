"""The one writer: every file the package writes goes through here, atomically.

A temporary file in the target's own folder is written, flushed to disk, then renamed over
the target, so a crash or an error never leaves a half-written file and never loses the old one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` atomically (temp file in the same folder, then rename).

    `durable=False` skips the fsync: still atomic against errors, not against a power cut; for
    scratch data written in bulk (synthetic benchmark corpora)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, mode_of(path))  # mkstemp makes 0600; a written file gets the usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def mode_of(path: Path, new: int = 0o666) -> int:
    """The existing file's (or folder's) mode, or what the umask gives a new one (`new` before
    the umask: 0o666 for a file, 0o777 for a folder)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return new & ~umask


def model_bytes(model: BaseModel) -> bytes:
    """The canonical file bytes of a model, checked to read back as the same model: what is
    staged for writing is known to load."""
    from vostochny.model.serializer import to_json

    text = to_json(model)
    if type(model).model_validate_json(text) != model:
        raise ValueError(f"{type(model).__name__} does not survive its own serialization (a bug)")
    return text.encode("utf-8")


def write_text(path: Path, text: str, durable: bool = True) -> None:
    """Write UTF-8 `text` atomically, byte for byte (no newline translation)."""
    write_bytes(path, text.encode("utf-8"), durable)

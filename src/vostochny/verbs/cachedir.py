"""Under which key `load()` keeps the Parquet it builds in the cache folder (`user_cache`), and for how long.

The key is a SHA-256 over every byte the rows depend on: the corpus's `annotations/` and `raw/`
files (names and bytes) and folders (names; a symbolic link or a special file there leaves the corpus
without a key: it is validated at every load), the package's source and schemas, and the datasets and pyarrow versions
that write and read the Parquet. Equal keys mean equal rows, so an entry is never stale: an
edited file or another release is another key. Identical copies of a corpus share an entry.
Only the `KEEP` most recently used keys stay; older ones are removed when a new one is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from functools import cache
from pathlib import Path

from vostochny.patterns import compiled
from vostochny.reading import loader
from vostochny.reading.corpus import schema_dir

#: corpus keys kept (each holds one folder per config loaded).
KEEP = 8
_KEY = compiled(r"[0-9a-f]{64}")
_PACKAGE = Path(__file__).resolve().parents[1]


def corpus_key(root: Path) -> str:
    """The key of corpus `root` with this code. Raises `FileRefused` or `OSError` for an entry that
    the key cannot stand for (`loader.digest_tree`; the validator names what is wrong with it)."""
    from vostochny.writing.leftovers import PREFIX

    digest = hashlib.sha256(_code_key().encode())
    for folder in ("annotations", "raw"):
        loader.digest_tree(digest, root / folder)
    for staged in sorted(root.glob(PREFIX + "*")):  # a killed write's folder beside them (V009)
        digest.update(f"{staged.name}\0/\0".encode())
    return digest.hexdigest()


@cache
def _code_key() -> str:
    """What the rows depend on besides the corpus."""
    import datasets
    import pyarrow

    digest = hashlib.sha256(f"datasets {datasets.__version__} pyarrow {pyarrow.__version__}".encode())
    loader.digest_files(digest, _PACKAGE, "*.py")
    loader.digest_files(digest, schema_dir(), "*.json")
    return digest.hexdigest()


def used(key_dir: Path) -> None:
    """Mark a key as just used (its folder's time), so that pruning keeps it."""
    with contextlib.suppress(OSError):  # a read-only cache is still served
        os.utime(key_dir)


def prune(folder: Path) -> None:
    """Remove all but the `KEEP` most recently used key folders of cache `folder` (only folders
    named like a key: the cache may be shared with other files). Best effort: another process
    may be pruning too."""
    try:
        keys = [(p.stat().st_mtime, p) for p in folder.iterdir() if _KEY.fullmatch(p.name) and p.is_dir()]
    except OSError:
        return
    for _, old in sorted(keys, reverse=True)[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)

"""`load()`: the corpus as a `datasets.DatasetDict`, read from Parquet built once per content.

Validating a corpus and building its rows from JSON takes seconds (minutes at scale); reading
Parquet takes a fraction of that. The first `load()` of a corpus validates it, builds the rows
with the HF row builders (`hf.datasets_by_split`, the same as the `hf` export) and keeps them as
Parquet under a cache folder keyed by a SHA-256 over every byte the rows depend on: the corpus's
annotation and raw files, the package's source and schemas, the datasets and pyarrow versions.
An edited file, another corpus root or another release is another key, so a stale entry is
never served; only a corpus that validated has an entry.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path
from typing import Any

from .corpus import open_corpus, schema_dir
from .errors import FileRefused, UsageError
from .files import MAX_ANNOTATION_BYTES, read_capped

#: the environment variable that moves the cache (default: the user's cache folder).
CACHE_ENV = "VOSTOCHNY_CACHE"
#: in each cache entry, the split names in order, one a line (the Parquet files are `<split>.parquet`).
SPLITS_FILE = "splits.txt"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    """Where built Parquet is kept: `$VOSTOCHNY_CACHE`, else the platform's user cache folder."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    from platformdirs import user_cache_path

    return user_cache_path("vostochny", appauthor=False)


def load(config: str = "documents", root: str | Path | None = None):  # noqa: ANN201 - datasets.DatasetDict
    """The corpus (default: the packaged one) as a `DatasetDict` (train/validation/test) of one
    config, offline. Raises `CorpusError` for an invalid corpus, `UsageError` for an unknown config.

    A cache hit imports neither the models nor the row builders (a fifth of a second)."""
    from pyarrow import ArrowException

    root_path = open_corpus(Path(root) if root else None).root
    try:
        entry = cache_dir() / corpus_key(root_path) / config
    except (FileRefused, OSError):  # a file the validator will name; no key without its bytes
        return _build(config, root_path)
    if entry.is_dir():
        try:
            return _read(entry)
        except (OSError, ArrowException, ValueError):  # a damaged entry is rebuilt, not served
            pass
    built = _build(config, root_path)
    return _read(entry) if _store(built, entry) else built


def corpus_key(root: Path) -> str:
    """SHA-256 over the code and every file under `annotations/` and `raw/` of corpus `root`
    (names and bytes, in name order): equal keys mean equal rows."""
    digest = hashlib.sha256(_code_key().encode())
    for folder in ("annotations", "raw"):
        _add_files(digest, root / folder)
    return digest.hexdigest()


@cache
def _code_key() -> str:
    """What the rows depend on besides the corpus: the package's source and schemas, the
    versions of datasets and pyarrow that write and read them."""
    import datasets
    import pyarrow

    digest = hashlib.sha256(f"datasets {datasets.__version__} pyarrow {pyarrow.__version__}".encode())
    _add_files(digest, _PACKAGE, "*.py")
    _add_files(digest, schema_dir(), "*.json")
    return digest.hexdigest()


def _add_files(digest: Any, folder: Path, pattern: str = "*") -> None:
    """Feed each regular file of `folder` (recursively) to `digest`: its relative name, its size,
    its bytes, so that no two different trees give the same stream."""
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file()):
        data = read_capped(path, MAX_ANNOTATION_BYTES)
        digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)


def _build(config: str, root: Path):  # noqa: ANN202 - datasets.DatasetDict
    """Validate the corpus and build one config's rows in memory (the slow path)."""
    from datasets import DatasetDict

    from .documents import iter_documents, load_splits
    from .hf import CONFIGS, SPLIT_NAMES, datasets_by_split

    if config not in CONFIGS:
        raise UsageError(f"unknown config {config!r}; choose from {', '.join(CONFIGS)}")
    splits = load_splits(root)
    items = list(iter_documents(root))
    return DatasetDict(datasets_by_split(items, {s: getattr(splits, s) for s in SPLIT_NAMES}, config))


def _store(built: Any, entry: Path) -> bool:
    """Write one Parquet file per split into `entry`, whole or not at all; False if the cache
    cannot be written (read-only home, disk full): the caller serves the rows it built."""
    import pyarrow.parquet as pq

    from .outputs import replaced_dir
    from .writer import write_text

    try:
        with replaced_dir(entry) as staging:
            for split, dataset in built.items():
                pq.write_table(dataset.data.table, staging / f"{split}.parquet")
            write_text(staging / SPLITS_FILE, "".join(f"{split}\n" for split in built))
    except UsageError:
        return False
    return True


def _read(entry: Path):  # noqa: ANN202 - datasets.DatasetDict
    """The splits of a cache entry in their order; datasets reads the features (ClassLabel names
    too) from the Parquet schema's metadata. The fingerprint is the entry's key (datasets would otherwise hash every
    row). Raises `ValueError` for an entry without its list of splits."""
    import pyarrow.parquet as pq
    from datasets import Dataset, DatasetDict
    from datasets.table import InMemoryTable

    splits = read_capped(entry / SPLITS_FILE, MAX_ANNOTATION_BYTES).decode().split()
    if not splits:
        raise ValueError(f"{entry}: no splits listed")
    result = {}
    for split in splits:
        table = pq.read_table(entry / f"{split}.parquet")
        fingerprint = f"vostochny-{entry.parent.name[:32]}-{entry.name}-{split}"
        result[split] = Dataset(InMemoryTable(table), split=split, fingerprint=fingerprint)
    return DatasetDict(result)

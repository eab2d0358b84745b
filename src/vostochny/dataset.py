"""`load()`: the corpus as a `datasets.DatasetDict`, read from Parquet built once per content.

Validating a corpus and building its rows from JSON takes seconds (minutes at scale); reading
Parquet takes a fraction of that. The first `load()` of a corpus and config validates the corpus,
builds the rows with the HF row builders (`hf.datasets_by_split`, as the `hf` export does) and
writes them as Parquet into a cache entry (`cachedir`: keyed by the content, never stale); every
later `load()` reads the entry. Only a corpus that validated gets an entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .cachedir import cache_dir, corpus_key, prune, used
from .corpus import open_corpus
from .errors import FileRefused, UsageError
from .files import MAX_ANNOTATION_BYTES, read_capped

#: in each entry, the split names in order, one a line (the Parquet files are `<split>.parquet`).
SPLITS_FILE = "splits.txt"

if TYPE_CHECKING:
    from datasets import DatasetDict


def load(config: str = "documents", root: str | Path | None = None) -> DatasetDict:
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
            used(entry.parent)
            return _read(entry)
        except (OSError, ArrowException, ValueError):  # a damaged entry is rebuilt, not served
            pass
    built = _build(config, root_path)
    return _read(entry) if _store(built, entry) else built


def _build(config: str, root: Path) -> DatasetDict:
    """Validate the corpus and build one config's rows in memory (the slow path)."""
    from datasets import DatasetDict

    from .documents import iter_documents, load_splits
    from .hf import CONFIGS, SPLIT_NAMES, datasets_by_split

    if config not in CONFIGS:
        raise UsageError(f"unknown config {config!r}; choose from {', '.join(CONFIGS)}")
    splits = load_splits(root)
    items = list(iter_documents(root))
    return DatasetDict(datasets_by_split(items, {s: getattr(splits, s) for s in SPLIT_NAMES}, config))


def _store(built: DatasetDict, entry: Path) -> bool:
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
    prune(entry.parent.parent)
    return True


def _read(entry: Path) -> DatasetDict:
    """The splits of a cache entry in their order; datasets reads the features (ClassLabel names
    too) from the Parquet schema's metadata. The fingerprint is the entry's key (else datasets
    would hash every row). Raises `ValueError` for an entry without its list of splits."""
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

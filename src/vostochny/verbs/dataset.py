"""`load()`: the corpus as a `datasets.DatasetDict`, read from Parquet built once per content.

Validating a corpus and building its rows from JSON takes seconds (minutes at scale); reading
Parquet takes a fraction of that. The first `load()` of a corpus writes its `hf` export (every
config, streamed: memory does not grow with the corpus) into a cache entry keyed by the content
(`cachedir`: never stale), with a manifest of where each config's splits are; every later `load()`
of any config reads the entry, without importing the models or the row builders.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vostochny.errors import FileRefused, UsageError
from vostochny.reading.corpus import open_corpus
from vostochny.reading.files import MAX_ANNOTATION_BYTES, read_capped
from vostochny.user_cache import cache_dir
from vostochny.verbs.cachedir import corpus_key, prune, used

#: in each entry: {"configs": {config: {split: path of its Parquet, or null for a split without
#: rows (the export writes no file for it)}}}, each config's splits in order (`quote_links` has
#: `cross_split` after the document splits), paths relative to the entry.
MANIFEST = "load.json"

if TYPE_CHECKING:
    from datasets import DatasetDict


def load(config: str = "documents", root: str | Path | None = None) -> DatasetDict:
    """The corpus (default: the packaged one) as a `DatasetDict` (train/validation/test) of one
    config, offline; `quote_links` has a fourth split, `cross_split` (the links between documents of
    two splits), and its splits are empty where the corpus has no links file. Raises `CorpusError`
    for an invalid corpus, `UsageError` for an unknown config."""
    from pyarrow import ArrowException

    root_path = open_corpus(Path(root) if root else None).root
    entry = _entry(root_path)
    if entry is not None and (entry / MANIFEST).is_file():
        try:
            used(entry)
            return _read(entry, config)
        except (OSError, ArrowException, ValueError, KeyError, TypeError):  # a damaged entry is rebuilt, not served
            pass
    from vostochny.export.hf_rows import CONFIGS

    _check_config(config, CONFIGS)  # before the slow path
    if entry is None or not _store(entry, root_path):
        return _uncached(config, root_path)
    return _read(entry, config)


def _entry(root: Path) -> Path | None:
    """The cache entry of corpus `root`; None if one of its files cannot be read (the validator
    names it): there is no key without its bytes."""
    try:
        return cache_dir() / corpus_key(root)
    except (FileRefused, OSError):
        return None


class _Changed(Exception):
    """The corpus's files changed while its entry was built."""


def _store(entry: Path, root: Path) -> bool:
    """Build the entry of corpus `root`, whole or not at all; False if the cache cannot be written
    (read-only home, disk full), or if the corpus changed during the build (its rows are not those
    of the key taken before it, whose bytes may come back). Raises `CorpusError` for an invalid corpus."""
    from vostochny.writing.outputs import replaced_dir

    try:
        with replaced_dir(entry) as staging:
            _build(staging, root)
            if _entry(root) != entry:
                raise _Changed
    except (UsageError, _Changed):
        return False
    prune(entry.parent)
    return True


def _uncached(config: str, root: Path) -> DatasetDict:
    """The rows of a corpus without a cache entry: built in a scratch folder, read into memory."""
    with tempfile.TemporaryDirectory(prefix="vostochny-load-") as scratch:
        _build(Path(scratch), root)
        return _read(Path(scratch), config)


def _build(folder: Path, root: Path) -> None:
    """Validate corpus `root` and write its `hf` export and the manifest into `folder` (the slow path)."""
    from vostochny.export import MARKER, export
    from vostochny.export.hf_parquet import data_path
    from vostochny.export.hf_rows import CONFIGS, config_splits
    from vostochny.writing.writer import write_text

    export("hf", folder / "hf", root=root)
    (folder / "hf" / MARKER.file).unlink()  # the loss report (megabytes at scale) is not read here
    paths = {config: {split: f"hf/{data_path(config, split)}" for split in config_splits(config)}
             for config in CONFIGS}
    found = {config: {split: p if (folder / p).is_file() else None for split, p in splits.items()}
             for config, splits in paths.items()}
    write_text(folder / MANIFEST, json.dumps({"configs": found}, indent=1) + "\n")


def _read(entry: Path, config: str) -> DatasetDict:
    """One config's splits of an entry, in order; datasets reads the features (ClassLabel names
    too) from the Parquet schema's metadata. The fingerprint is the entry's key (else datasets
    would hash every row). Raises `UsageError` for an unknown config, `KeyError` or `ValueError`
    for a damaged manifest."""
    import pyarrow.parquet as pq
    from datasets import Dataset, DatasetDict
    from datasets.table import InMemoryTable

    manifest = json.loads(read_capped(entry / MANIFEST, MAX_ANNOTATION_BYTES))
    _check_config(config, manifest["configs"])
    files = manifest["configs"][config]
    tables = {split: pq.read_table(entry / path) if path else None for split, path in files.items()}
    present = [t.schema for t in tables.values() if t is not None]
    schema = present[0] if present else _schema(config)
    return DatasetDict({
        split: Dataset(InMemoryTable(schema.empty_table() if table is None else table), split=split,
                       fingerprint=f"vostochny-{entry.name[:32]}-{config}-{split}")
        for split, table in tables.items()})


def _check_config(config: str, configs: Iterable[str]) -> None:
    if config not in configs:
        raise UsageError(f"unknown config {config!r}; choose from {', '.join(configs)}")


def _schema(config: str) -> Any:
    """The Arrow schema of a config that has no rows in any split (a corpus without quotes)."""
    from vostochny.export.hf_rows import features

    return features(config).arrow_schema

"""Exporters: one module per format, each `write(source, out, options, losses) -> [(path, note)]`.

`export()` validates the corpus first and refuses an invalid one (writing nothing); each format
goes to its own folder with a `LOSSES.json` that lists, item by item, what it could not carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from .common import ExportOptions, Losses, Source, write_losses

#: format name -> module (imported only when that format is written).
FORMATS = {
    "jsonl": "jsonl",
    "conll2003": "conll2003",
    "conllu": "conllu",
    "conll2012": "conll2012",
    "hf": "hf_parquet",
    "croissant": "croissant",
    "brat": "brat",
}
#: formats that keep every zone by default because their point is to be lossless.
LOSSLESS = frozenset({"jsonl", "conllu", "brat"})


@dataclass
class ExportResult:
    format: str
    files: list[tuple[Path, str]]
    losses: Losses


def read_source(root: str | Path | None = None) -> Source:
    """Validate the corpus (raising `CorpusError` if it is invalid) and read it for export."""
    from ..documents import iter_documents, load_registry, load_splits

    root_path = Path(root) if root else None
    items = list(iter_documents(root_path))
    return Source(items, load_splits(root_path), load_registry(root_path))


def export(fmt: str, out: str | Path, root: str | Path | None = None, options: ExportOptions | None = None,
           source: Source | None = None) -> ExportResult:
    """Write one format into `out/`; validates the corpus first unless a `source` is given."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    options = options or (ExportOptions(drop_zones=frozenset()) if fmt in LOSSLESS else ExportOptions())
    source = source or read_source(root)
    out = Path(out)
    losses = Losses(fmt, options.describe())
    module = import_module(f".{FORMATS[fmt]}", __name__)
    files = module.write(source, out, options, losses)
    files.append((write_losses(out, losses), f"{len(losses.items)} items not carried"))
    return ExportResult(fmt, files, losses)


def report(result: ExportResult) -> None:
    """Print what an export wrote and what it could not carry."""
    for path, note in result.files:
        print(f"  wrote {path} ({note})")
    for what, count in result.losses.summary().items():
        print(f"  not carried: {count} × {what}")

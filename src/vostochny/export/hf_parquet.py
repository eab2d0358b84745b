"""Hugging Face: Parquet files per config and split, and the dataset card (`README.md`).

`datasets.load_dataset(OUT, CONFIG)` reads the folder offline through the card's `configs`,
with the same rows and features as `vostochny.load(CONFIG)`.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..writer import write_bytes, write_text
from .common import ExportOptions, Losses, Source, carries

CARRIES = carries(
    sentences=("carried", "documents config"), tokens=("carried", "documents config; ner config forms and tags"),
    zones=("carried", "documents config; ner rows name their zone"), entities=("carried", "documents and coref configs"),
    mentions=("carried", "documents and coref configs; ner tags for --kinds"), relations=("carried", "relations config"),
    quotes=("carried", "quotes config"),
)


def data_path(config: str, split: str) -> str:
    return f"data/{config}/{split}.parquet"


def write(source: Source, out: Path, options: ExportOptions, losses: Losses) -> list[tuple[Path, str]]:
    items = source.items
    from ..hf import CONFIGS, SPLIT_NAMES, datasets_by_split
    from .card import dataset_card

    import datasets

    datasets.disable_progress_bars()
    split_ids = {s: getattr(source.splits, s) for s in SPLIT_NAMES}
    written, tables = [], {}
    for config in CONFIGS:
        tables[config] = datasets_by_split(items, split_ids, config, options)
        for split, dataset in tables[config].items():
            buffer = io.BytesIO()
            dataset.to_parquet(buffer)
            path = out / data_path(config, split)
            write_bytes(path, buffer.getvalue())
            written.append((path, f"{dataset.num_rows} rows"))
    _report_losses(items, options, losses)
    card = out / "README.md"
    write_text(card, dataset_card(source, tables, options))
    written.append((card, "dataset card"))
    return written


def _report_losses(items: list, options: ExportOptions, losses: Losses) -> None:
    """The `documents` config is lossless; only the `ner` config flattens (its losses are listed)."""
    from .common import sentence_views

    for item in items:
        sentence_views(item, options, losses)
        for m in item.doc.mentions:
            if m.kind not in options.kinds:
                losses.add(f"ner-config-mention-kind-not-tagged ({m.kind})", item.doc.id, m.id, repr(m.text))

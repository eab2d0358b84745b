"""`vostochny build`: validate the corpus once, then write every export format and the summary.

Layout of the release folder: `jsonl/`, `conll2003/`, `conllu/`, `conll2012/`, `hf/` (Parquet,
dataset card, `croissant.json`), each with its `LOSSES.json`, and `summary.json` (counts per
document and layer, and what each format could not carry). Deterministic: two builds of the same
corpus are byte-identical.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from .documents import CorpusError
from .export import export, read_source, report
from .output import text as show
from .stats import COLUMNS, counts
from .writer import write_text

#: format -> folder of the release; the `croissant` format also writes the `hf` Parquet files.
LAYOUT = {"jsonl": "jsonl", "conll2003": "conll2003", "conllu": "conllu", "conll2012": "conll2012", "croissant": "hf"}


def _formats() -> tuple[dict[str, str], list[str]]:
    """The formats this installation can write, and why others are skipped."""
    if importlib.util.find_spec("mlcroissant") is None:
        return {**{k: v for k, v in LAYOUT.items() if k != "croissant"}, "hf": "hf"}, [
            "croissant: mlcroissant is not installed (pip install 'vostochny[export]'); wrote hf/ without croissant.json"]
    return LAYOUT, []


def build(out: Path, root: Path | None = None) -> int:
    """Validate, then write the release into `out`; returns the exit status."""
    print("validating the corpus ...", file=sys.stderr)
    try:
        source = read_source(root)
    except CorpusError as error:
        for p in error.report.problems:
            print(show(p), file=sys.stderr)
        print(f"build refused: {len(error.report.errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    formats, skipped = _formats()
    losses = {}
    for n, (fmt, folder) in enumerate(formats.items(), 1):
        print(f"[{n}/{len(formats)}] {fmt} -> {out / folder}")
        result = export(fmt, out / folder, source=source)
        report(result)
        losses[fmt] = result.losses.summary()
    docs = {item.doc.id: counts(item.doc) for item in source.items}
    summary = {"documents": docs, "total": {c: sum(d[c] for d in docs.values()) for c in COLUMNS},
               "not_carried": losses, "skipped": skipped}
    write_text(out / "summary.json", json.dumps(summary, indent=2) + "\n")
    totals = ", ".join(f"{v} {k}" for k, v in summary["total"].items())
    print(f"wrote {out / 'summary.json'}: {len(docs)} documents, {totals}")
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    return 0

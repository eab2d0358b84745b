"""`vostochny build`: validate the corpus, then write the release folder.

The release holds `documents.jsonl` (one document per line, the annotation file's own shape
plus the raw text) and `summary.json` (counts per document and layer). Output is deterministic:
two builds of the same corpus are byte-identical.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .corpus import open_corpus
from .documents import iter_documents
from .output import text as show
from .serializer import _compact
from .stats import COLUMNS, counts
from .validator import validate_corpus
from .writer import write_text


def build(out: Path, root: Path | None = None) -> int:
    """Validate, then write every release file into `out`; returns the exit status."""
    corpus = open_corpus(root)
    print(f"validating {len(corpus.files)} documents in {corpus.root}", file=sys.stderr)
    report = validate_corpus(corpus)
    if not report.ok:
        for p in report.problems:
            print(show(p), file=sys.stderr)
        print(f"build refused: {len(report.errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    lines, summary = [], {}
    for item in iter_documents(corpus.root, validate=False):
        data = item.doc.model_dump(mode="json", by_alias=True, exclude={"schema_"})
        lines.append(_compact({**data, "text": item.text}))
        summary[item.doc.id] = counts(item.doc)
    summary_data = {"documents": summary, "total": {c: sum(d[c] for d in summary.values()) for c in COLUMNS}}
    written = {
        out / "documents.jsonl": "\n".join(lines) + "\n",
        out / "summary.json": json.dumps(summary_data, indent=2) + "\n",
    }
    for path, content in written.items():
        write_text(path, content)
        print(f"wrote {path} ({len(content.encode())} bytes)")
    totals = ", ".join(f"{v} {k}" for k, v in summary_data["total"].items())
    print(f"{len(summary)} documents: {totals}")
    return 0

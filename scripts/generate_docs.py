"""Regenerate what is generated: `docs/rules.md`, `schema/v1/*`, the README's corpus table and its
results table, also in `baselines/README.md` (from `results/*.json`).

    python scripts/generate_docs.py
"""

from __future__ import annotations

from pathlib import Path

from vostochny.checking.catalogue import markdown
from vostochny.model.schema import write_all
from vostochny.reading.documents import load_documents
from vostochny.verbs.results import load_results, results_table
from vostochny.verbs.stats import markdown_table
from vostochny.writing.writer import write_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    write_text(ROOT / "docs" / "rules.md", markdown())
    print("wrote docs/rules.md")
    for path in write_all(ROOT):
        print(f"wrote {path.relative_to(ROOT)}")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = between(readme, "corpus-table", markdown_table(load_documents(ROOT)))
    table = results_table(load_results(ROOT))
    write_text(ROOT / "README.md", between(readme, "results-table", table))
    print("wrote README.md corpus and results tables")
    baselines = ROOT / "baselines" / "README.md"
    write_text(baselines, between(baselines.read_text(encoding="utf-8"), "results-table", table))
    print("wrote baselines/README.md results table")


def between(text: str, marker: str, table: str) -> str:
    """`text` with the lines between `<!-- marker:start -->` and `<!-- marker:end -->` replaced by `table`."""
    start, end = f"<!-- {marker}:start -->\n", f"<!-- {marker}:end -->"
    head, rest = text.split(start, 1)
    return f"{head}{start}{table}\n{end}{rest.split(end, 1)[1]}"


if __name__ == "__main__":
    main()

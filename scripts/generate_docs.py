"""Regenerate what is generated: `docs/rules.md`, `schema/v1/*`, and the README's tables: the corpus,
the rights of each text (the dataset card's, from each document's `meta.rights`) and the stored
results (from `results/*.json`, also in `baselines/README.md`).

    python scripts/generate_docs.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from vostochny.checking.catalogue import markdown
from vostochny.export.card import document_facts, rights_table
from vostochny.model.schema import write_all
from vostochny.reading.documents import iter_documents
from vostochny.verbs.results import load_results, results_table
from vostochny.verbs.stats import markdown_table
from vostochny.writing.writer import write_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    write_text(ROOT / "docs" / "rules.md", markdown())
    print("wrote docs/rules.md")
    for path in write_all(ROOT):
        print(f"wrote {path.relative_to(ROOT)}")
    views = list(iter_documents(ROOT))
    facts = [document_facts(view) for view in views]
    results = results_table(load_results(ROOT))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = between(readme, "corpus-table", markdown_table([view.doc for view in views]))
    readme = between(readme, "rights-table", rights_table(facts, Counter(f.meta.rights.statement for f in facts)))
    write_text(ROOT / "README.md", between(readme, "results-table", results))
    print("wrote README.md corpus, rights and results tables")
    baselines = ROOT / "baselines" / "README.md"
    write_text(baselines, between(baselines.read_text(encoding="utf-8"), "results-table", results))
    print("wrote baselines/README.md results table")


def between(text: str, marker: str, table: str) -> str:
    """`text` with the lines between `<!-- marker:start -->` and `<!-- marker:end -->` replaced by `table`."""
    start, end = f"<!-- {marker}:start -->\n", f"<!-- {marker}:end -->"
    head, rest = text.split(start, 1)
    return f"{head}{start}{table}\n{end}{rest.split(end, 1)[1]}"


if __name__ == "__main__":
    main()

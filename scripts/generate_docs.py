"""Regenerate what is generated: `docs/rules.md`, `schema/v1/*`, and the README's corpus table and
rights table (the dataset card's, from each document's `meta.rights`).

    python scripts/generate_docs.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from vostochny.checking.catalogue import markdown
from vostochny.model.schema import write_all
from vostochny.export.card import document_facts, rights_table
from vostochny.reading.documents import iter_documents
from vostochny.verbs.stats import markdown_table
from vostochny.writing.writer import write_text

ROOT = Path(__file__).resolve().parents[1]
TABLES = {name: (f"<!-- {name}-table:start -->\n", f"<!-- {name}-table:end -->") for name in ("corpus", "rights")}


def _replaced(text: str, name: str, table: str) -> str:
    """`text` with the table between the markers of `name` replaced by `table`."""
    start, end = TABLES[name]
    head, rest = text.split(start, 1)
    return f"{head}{start}{table}\n{end}{rest.split(end, 1)[1]}"


def main() -> None:
    write_text(ROOT / "docs" / "rules.md", markdown())
    print("wrote docs/rules.md")
    for path in write_all(ROOT):
        print(f"wrote {path.relative_to(ROOT)}")
    views = list(iter_documents(ROOT))
    facts = [document_facts(view) for view in views]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = _replaced(readme, "corpus", markdown_table([view.doc for view in views]))
    readme = _replaced(readme, "rights", rights_table(facts, Counter(f.rights.statement for f in facts)))
    write_text(ROOT / "README.md", readme)
    print("wrote README.md corpus table and rights table")


if __name__ == "__main__":
    main()

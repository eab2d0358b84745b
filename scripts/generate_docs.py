"""Regenerate what is generated: `docs/rules.md`, `schema/v1/*` and the README's corpus table.

    python scripts/generate_docs.py
"""

from __future__ import annotations

from pathlib import Path

from vostochny.checking.catalogue import markdown
from vostochny.model.schema import write_all
from vostochny.reading.documents import load_documents
from vostochny.verbs.stats import markdown_table
from vostochny.writing.writer import write_text

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- corpus-table:start -->\n", "<!-- corpus-table:end -->"


def main() -> None:
    write_text(ROOT / "docs" / "rules.md", markdown())
    print("wrote docs/rules.md")
    for path in write_all(ROOT):
        print(f"wrote {path.relative_to(ROOT)}")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    table = markdown_table(load_documents(ROOT))
    write_text(ROOT / "README.md", f"{head}{START}{table}\n{END}{rest.split(END, 1)[1]}")
    print("wrote README.md corpus table")


if __name__ == "__main__":
    main()

"""Regenerate the files that are generated from the code: `docs/rules.md` and `schema/v1/*`.

    python scripts/generate_docs.py
"""

from __future__ import annotations

from pathlib import Path

from vostochny.catalogue import markdown
from vostochny.schema import write_all
from vostochny.writer import write_text

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    write_text(ROOT / "docs" / "rules.md", markdown())
    print("wrote docs/rules.md")
    for path in write_all(ROOT):
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""docs/architecture.md names every module of the package: the house's map of where each thing lives is only worth
reading while it is whole (thirteen rule modules were missing from it before the twenty-eighth session)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vostochny"


def _modules() -> list[str]:
    """Every module file's name but the package markers (a name two packages share, `history.py`, is read once)."""
    return sorted(p.stem for p in PACKAGE.rglob("*.py") if p.stem not in ("__init__", "__main__"))


def test_every_module_is_named_in_the_architecture() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b(\w+)\.py\b", text))
    assert [m for m in _modules() if m not in named] == []

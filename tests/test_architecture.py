"""docs/architecture.md names every module of the package: the house's map of where each thing lives is only worth
reading while it is whole (thirteen rule modules were missing from it before the twenty-eighth session)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vostochny"


def _modules() -> list[Path]:
    """Every module file of the package but the package markers, relative to the package."""
    return sorted(p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if p.stem not in ("__init__", "__main__"))


def _sections(text: str) -> dict[str, str]:
    """The map's text about each top folder of the package (`- **`reading/`**: ...` up to the next such item or
    heading), and under "" the text before the first: where a module named by its file name alone is looked for,
    so that of two modules that share a name (`export/brat.py`, `importers/brat.py`) each must be named where its
    folder is described, not one for both."""
    sections: dict[str, list[str]] = {"": []}
    folders: tuple[str, ...] = ("",)
    for line in text.splitlines():
        item = re.match(r"- \*\*(.*?)\*\*", line)
        if item:
            folders = tuple(re.findall(r"`(\w+)/`", item.group(1))) or ("",)
        elif line.startswith("## "):
            folders = ("#",)
        for folder in folders:
            sections.setdefault(folder, []).append(line)
    return {folder: "\n".join(lines) for folder, lines in sections.items()}


def _named(module: Path, text: str, sections: dict[str, str]) -> bool:
    """Named by its path in the package anywhere (`hydration/links.py`), or by its file name in its folder's item."""
    if re.search(r"(?<![\w/])" + re.escape(module.as_posix()) + r"\b", text):
        return True
    folder = module.parts[0] if len(module.parts) > 1 else ""
    return re.search(r"(?<![\w/])" + re.escape(module.name) + r"\b", sections.get(folder, "")) is not None


def test_every_module_is_named_in_the_architecture() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    sections = _sections(text)
    assert [m.as_posix() for m in _modules() if not _named(m, text, sections)] == []


def test_a_module_that_shares_its_name_is_named_in_its_own_folder() -> None:
    """The check the test above makes: naming `brat.py` in the exporters' item does not name the importer's."""
    text = "- **`export/`**: `brat.py` writes brat.\n- **`importers/`**: reads it back.\n## Next\n"
    sections = _sections(text)
    assert _named(Path("export/brat.py"), text, sections)
    assert not _named(Path("importers/brat.py"), text, sections)
    assert _named(Path("importers/brat.py"), text + "see `importers/brat.py`\n", _sections(text))

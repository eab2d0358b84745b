"""Where a corpus is: the packaged one, the repository's, or one a user points at.

A corpus is a folder with `annotations/` (documents, `entities.json`, `splits.json`) and
`raw/` (`<id>.txt`). The wheel carries the release corpus inside the package
(`vostochny/corpus/`); an editable install finds it at the repository root instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

REGISTRY_FILE = "entities.json"
SPLITS_FILE = "splits.json"
AGREEMENT_FILE = "agreement.json"  # the annotation report's figures, read by the dataset card
CORPUS_FILES = frozenset({REGISTRY_FILE, SPLITS_FILE, AGREEMENT_FILE})


@dataclass
class Corpus:
    """A corpus root and the document files selected in it (all of them unless narrowed)."""

    root: Path
    files: list[Path] = field(default_factory=list)
    whole: bool = True

    @property
    def annotations(self) -> Path:
        return self.root / "annotations"

    def raw_path(self, doc_id: str) -> Path:
        return self.root / "raw" / f"{doc_id}.txt"


def packaged_root() -> Path:
    """The corpus shipped with the package (wheel), or the repository's (editable install)."""
    inside = Path(__file__).resolve().parent / "corpus"
    if (inside / "annotations").is_dir():
        return inside
    return Path(__file__).resolve().parents[2]


def schema_dir() -> Path:
    """The published JSON Schemas that belong to this release."""
    return packaged_root() / "schema"


def document_files(annotations: Path) -> list[Path]:
    """Annotation documents of a folder: every `*.json` but the corpus-level files."""
    return sorted(p for p in annotations.glob("*.json") if p.name not in CORPUS_FILES)


def is_corpus_root(path: Path) -> bool:
    return (path / "annotations").is_dir()


def open_corpus(path: Path | None = None) -> Corpus:
    """A whole corpus: `path`, or the current directory if it is one, or the packaged corpus."""
    if path is None:
        path = Path.cwd() if is_corpus_root(Path.cwd()) else packaged_root()
    root = path.parent if path.name == "annotations" else path
    return Corpus(root, document_files(root / "annotations"))


def resolve(paths: list[Path]) -> list[Corpus]:
    """Group PATH arguments (corpus roots, `annotations/` folders, files) by corpus."""
    groups: dict[Path, Corpus] = {}
    for path in paths:
        if path.is_dir():
            corpus = open_corpus(path)
            groups[corpus.root.resolve()] = corpus
            continue
        root = path.resolve().parent.parent
        corpus = groups.setdefault(root, Corpus(root, [], whole=False))
        if not corpus.whole and path.name not in CORPUS_FILES:
            corpus.files.append(path)
    return list(groups.values())

"""The valid corpora that cases damage: the small sample of tests/sample.py and a copy of the
repository's real corpus. Each case gets its own fresh copy, written from bytes kept in memory."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from vostochny.reading.corpus import CORPUS_FILES, QUOTE_LINKS_FILE, REGISTRY_FILE, SPLITS_FILE

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # run as `python -m tests.fuzzing`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import REPO, write_linked_corpus, write_sample_corpus

#: the one-document sample, the repository's corpus, and the sample with two more reports of its text whose
#: quotes are linked (`annotations/quote_links.json`, every pair; the real corpus links some of its quotes too)
BASES = ("sample", "real", "linked")
LINKED_IDS = ("sample-doc-2", "sample-doc-3")


@cache
def _files(base: str) -> dict[str, bytes]:
    """Relative path -> bytes of a base corpus (annotations/ and raw/ only)."""
    if base in ("sample", "linked"):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="vostochny-fuzz-base-") as scratch:
            root = write_sample_corpus(Path(scratch)) if base == "sample" else write_linked_corpus(
                Path(scratch), *LINKED_IDS)
            return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    return {str(p.relative_to(REPO)): p.read_bytes() for folder in ("annotations", "raw")  # with annotations/released/
            for p in sorted((REPO / folder).rglob("*")) if p.is_file()}


@dataclass
class Corpus:
    """A corpus folder that one case may damage as it likes."""

    root: Path
    base: str

    @property
    def annotations(self) -> Path:
        return self.root / "annotations"

    @property
    def registry(self) -> Path:
        return self.annotations / REGISTRY_FILE

    @property
    def splits(self) -> Path:
        return self.annotations / SPLITS_FILE

    @property
    def quote_links(self) -> Path:
        return self.annotations / QUOTE_LINKS_FILE

    def documents(self) -> list[Path]:
        return sorted(p for p in self.annotations.glob("*.json") if p.name not in CORPUS_FILES)

    def document(self, rng: random.Random) -> Path:
        return rng.choice(self.documents())

    def raw(self, document: Path) -> Path:
        return self.root / "raw" / f"{document.stem}.txt"

    def text(self, document: Path) -> str:
        return self.raw(document).read_bytes().decode("utf-8")

    def doc_ids(self) -> list[str]:
        return [json.loads(p.read_bytes())["id"] for p in self.documents()]


@cache
def _raw_texts() -> dict[str, str]:
    """The raw texts of every base by their SHA-256 (the key every document records)."""
    from vostochny.model.scaffold import sha256_text

    texts = (data.decode("utf-8") for base in BASES for rel, data in _files(base).items() if rel.startswith("raw"))
    return {sha256_text(text): text for text in texts}


def unlinked(doc: dict, quotes: list) -> list:
    """Those of `quotes` (of `doc`, the document being edited) that no quote link of its corpus records: a linked
    quote's words are recorded in the links file too, so an edit of them is also V340's (or V333's)."""
    from .jsonedit import EDITING

    links = EDITING[0].parent / QUOTE_LINKS_FILE if EDITING else None
    if links is None or not links.exists():
        return quotes
    ends = {(link[side]["document"], link[side]["quote"]) for link in json.loads(links.read_bytes())["links"]
            for side in ("a", "b")}
    return [q for q in quotes if (doc["id"], q["id"]) not in ends]


def raw_text(doc: dict) -> str:
    """The raw text that a (base) document annotates."""
    return _raw_texts()[doc["sha256"]]


def materialize(base: str, root: Path) -> Corpus:
    """Write a fresh copy of base corpus `base` into the empty folder `root`."""
    for rel, data in _files(base).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return Corpus(root, base)

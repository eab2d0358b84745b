"""Where a corpus is: the packaged one, the repository's, or one a user points at.

A corpus is a folder with `annotations/` (documents, `entities.json`, `splits.json`, optionally
`quote_links.json`) and `raw/` (`<id>.txt`). The wheel carries the release corpus inside the package
(`vostochny/corpus/`); an editable install finds it at the repository root instead.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from vostochny.errors import CorpusNotFound

REGISTRY_FILE = "entities.json"
SPLITS_FILE = "splits.json"
#: quotes of different documents that report one utterance (schema 1.4.0); a corpus may have none
QUOTE_LINKS_FILE = "quote_links.json"
AGREEMENT_FILE = "agreement.json"  # the annotation report's figures, read by the dataset card
#: the record of the last release (`vostochny release-manifest`): upper case, so no document id can take it
RELEASE_FILE = "RELEASED.json"
#: the folder of the last release's records of each document (`released/ID.json`, release manifest format 2),
#: beside the manifest that holds the SHA-256 of each file: one file a document, so that no reader holds them all
RELEASE_FOLDER = "released"
#: the dataset version and the changelog that `vostochny check-version` holds to the data, relative to the
#: corpus root (the repository's layout; here so that the command line names them without importing the check)
VERSION_FILE = "src/vostochny/DATASET_VERSION"
CHANGELOG = "CHANGELOG.md"
CORPUS_FILES = frozenset({REGISTRY_FILE, SPLITS_FILE, QUOTE_LINKS_FILE, AGREEMENT_FILE, RELEASE_FILE})
#: the corpus files that hold an entry per document, and the bytes each document may add to the cap on an
#: annotation file (`file_limit`): `splits.json` lists every id (at most 64 characters, with its quotes, comma,
#: line end and indentation); `RELEASED.json` two file hashes and the hash of its records file (~300 bytes), or in
#: the manifest's first format a hash per record of each document (some 35 bytes a record: ~50 KB for a document
#: of 1 000 tokens, so 1 MiB is ~20 000 records a document, on average)
PER_DOCUMENT_BYTES = {SPLITS_FILE: 128, RELEASE_FILE: 1024 * 1024}


class Corpus:
    """A corpus root and the document files selected in it (all of them unless narrowed). `history`: whether its
    raw texts are held to git history where it lies in a git work tree (`reading/history.py`): not for the packaged
    corpus, whose files are an installed release's (git is not even asked)."""

    __slots__ = ("files", "history", "root", "whole")

    def __init__(self, root: Path, files: list[Path] | None = None, whole: bool = True, history: bool = True) -> None:
        self.root = root
        self.files: list[Path] = [] if files is None else files
        self.whole = whole
        self.history = history

    @property
    def annotations(self) -> Path:
        return self.root / "annotations"

    def raw_path(self, doc_id: str) -> Path:
        return self.root / "raw" / f"{doc_id}.txt"


def packaged_root() -> Path:
    """The corpus shipped with the package (wheel), or the repository's (editable install)."""
    package = Path(__file__).resolve().parents[1]
    inside = package / "corpus"
    if (inside / "annotations").is_dir():
        return inside
    return package.parents[1]


def schema_dir() -> Path:
    """The published JSON Schemas that belong to this release."""
    return packaged_root() / "schema"


def raw_ids(root: Path) -> list[str]:
    """The document ids that `raw/` holds a text for (`raw/<id>.txt`)."""
    return sorted(p.stem for p in (root / "raw").glob("*.txt"))


#: the folders (from the root) and name patterns of every file the corpus reads: the files git must keep byte for
#: byte (V331, V341, V342)
_CORPUS_FILE_PATTERNS = (("raw", "*.txt"), ("annotations", "*.json"), (f"annotations/{RELEASE_FOLDER}", "*.json"))


def corpus_file_names(root: Path) -> list[str]:
    """Every file the corpus at `root` reads, named from the root: `raw/*.txt`, `annotations/*.json` and the
    release's records (`annotations/released/*.json`)."""
    return sorted(str(p.relative_to(root)) for folder, pattern in _CORPUS_FILE_PATTERNS
                  for p in (root / folder).glob(pattern))


def is_corpus_file_name(name: str) -> bool:
    """Whether a name from the root (`/`-separated, as git lists it) is one that `corpus_file_names` lists."""
    folder, _, base = name.rpartition("/")
    return any(folder == where and fnmatch.fnmatchcase(base, pattern) for where, pattern in _CORPUS_FILE_PATTERNS)


def unread_entries(root: Path) -> list[Path]:
    """What `annotations/` and `raw/` hold besides what a corpus reads (the `*.json` files of
    `annotations/`, the `*.txt` files of `raw/`): a document put in a subfolder, a text saved as
    `.md`. Hidden entries are left out (`.DS_Store`, `.gitkeep`; a staging folder is V009's), and so is the
    release's folder of records (`annotations/released/`, V335's)."""
    found = []
    for folder, suffix in (("annotations", ".json"), ("raw", ".txt")):
        try:
            entries = sorted((root / folder).iterdir())
        except OSError:  # a folder that cannot be listed is the validator's V006
            continue
        found += [p for p in entries if not p.name.startswith(".") and not p.name.endswith(suffix)
                  and not (folder == "annotations" and p.name == RELEASE_FOLDER and p.is_dir())]
    return found


def document_files(annotations: Path) -> list[Path]:
    """Annotation documents of a folder: every `*.json` but the corpus-level files."""
    return sorted(p for p in annotations.glob("*.json") if p.name not in CORPUS_FILES)


def file_limit(path: Path, limit: int) -> int:
    """The cap on the corpus file `path` where an annotation file's is `limit`: that, and for a file that holds an
    entry per document (`PER_DOCUMENT_BYTES`), as many bytes more for each document beside it (counted then
    only). A fixed cap would refuse such a file of a large corpus: `splits.json` reaches 16 MiB at some 400 000
    documents, `RELEASED.json` at some 350 of the packaged corpus's size."""
    per_document = PER_DOCUMENT_BYTES.get(path.name, 0)
    return limit + per_document * _count_documents(path.parent) if per_document else limit


def _count_documents(annotations: Path) -> int:
    """`len(document_files(annotations))` without a `Path` a file (the list was the peak of validating 20 000
    documents: 6 MB, made for each corpus file read)."""
    try:
        with os.scandir(annotations) as entries:
            return sum(1 for e in entries if e.name.endswith(".json") and e.name not in CORPUS_FILES)
    except OSError:  # no folder to list (the file's own reading then says what is wrong): none, as `glob` finds
        return 0


def is_corpus_root(path: Path) -> bool:
    """The marker of a corpus root: an `annotations/` folder (documented in the README)."""
    return (path / "annotations").is_dir()


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that is a corpus root, as git finds a repository."""
    from vostochny.writing.leftovers import PREFIX

    here = start.resolve()
    found = [folder for folder in (here, *here.parents)  # a killed write's staging copy is no corpus
             if is_corpus_root(folder) and not any(part.startswith(PREFIX) for part in folder.parts)]
    for folder in found:  # a stray annotations/ inside another corpus's data folders is not one either
        if not any(folder.is_relative_to(outer / data) for outer in found for data in ("annotations", "raw")):
            return folder
    return None


def discover(start: Path | None = None) -> Path:
    """The corpus root at or above `start` (default: the working directory), or `CorpusNotFound`."""
    start = Path.cwd() if start is None else start
    root = find_root(start)
    if root is None:
        raise CorpusNotFound(f"no corpus at or above {start.resolve()} (a corpus root has an annotations/ "
                             "folder); name one, or use --packaged for the corpus shipped with vostochny")
    return root


def open_corpus(path: Path | None = None) -> Corpus:
    """A whole corpus: the one at or above `path`, or the packaged corpus when `path` is None."""
    if path is None:
        root = packaged_root()
    elif not path.exists():
        raise CorpusNotFound(f"{path}: no such folder")
    else:
        root = discover(path if path.is_dir() else path.parent)
    return Corpus(root, document_files(root / "annotations"), history=path is not None)


def _scope_of(root: Path, path: Path) -> str | None:
    """What a file inside corpus `root` asks to check: a document id, or None for the whole corpus."""
    rel = (path.parent.resolve() / path.name).relative_to(root)  # the link itself, not its target
    if len(rel.parts) == 2 and rel.parts[0] == "raw" and rel.suffix == ".txt":
        return rel.stem if (root / "annotations" / f"{rel.stem}.json").is_file() else None
    if len(rel.parts) == 2 and rel.parts[0] == "annotations" and rel.suffix == ".json" and rel.name not in CORPUS_FILES:
        return rel.stem
    return None


def resolve(paths: list[Path]) -> list[Corpus]:
    """Group PATH arguments (folders, files) by corpus, each file with what it can break.

    A raw file selects its document; a document file selects itself (the corpus-level rules
    about it run too); the registry, the splits, the quote links, a schema file or a folder select the whole
    corpus."""
    groups: dict[Path, Corpus] = {}
    for path in paths:
        root = discover(path if path.is_dir() else path.parent)
        corpus = groups.setdefault(root, Corpus(root, [], whole=False))
        doc_id = None if path.is_dir() else _scope_of(root, path)
        if doc_id is None:
            corpus.whole = True
        elif (root / "annotations" / f"{doc_id}.json") not in corpus.files:
            corpus.files.append(root / "annotations" / f"{doc_id}.json")
    for corpus in groups.values():
        if corpus.whole:
            corpus.files = document_files(corpus.annotations)
    return list(groups.values())

"""`vostochny migrate`: rewrite annotation files of an older schema version in the current one.

All or nothing: every file is loaded and migrated in memory first; if any has a problem other
than its old version, nothing is written, else the migrated files are written together
(`outputs.write_together`: a write error is a usage error, and nothing changed)."""

from __future__ import annotations

import os
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from vostochny.checking.problems import Problem
from vostochny.checking.validator import label_of
from vostochny.model.models import Document, QuoteLinks, Registry, Splits
from vostochny.reading import loader
from vostochny.reading.corpus import CORPUS_FILES, QUOTE_LINKS_FILE, REGISTRY_FILE, SPLITS_FILE, find_root
from vostochny.writing import staging
from vostochny.writing.corpus_lock import held
from vostochny.writing.outputs import write_errors, write_together
from vostochny.writing.writer import model_bytes

_MODELS: dict[str, type[Document | Registry | Splits | QuoteLinks]] = {
    REGISTRY_FILE: Registry, SPLITS_FILE: Splits, QUOTE_LINKS_FILE: QuoteLinks}
#: corpus files that tools write without a schema version (the release manifest, the agreement figures)
_UNVERSIONED = CORPUS_FILES - set(_MODELS)


@dataclass
class Migration:
    """Labels of the files migrated, of those already current and of those without a schema version
    (left alone); `problems` block the whole migration (then nothing was written and `migrated` is empty)."""

    migrated: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    unversioned: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def migrate_files(paths: list[Path]) -> Migration:
    """Migrate the files in place, all of them or (if any has another problem) none. Files of one corpus are
    read and written holding its lock (`corpus_lock.held`), and what a killed write left in their folder is put
    back before they are read (read first, it would be written back)."""
    folders = [p.resolve().parent for p in paths if p.parent.is_dir()]
    common = Path(os.path.commonpath(folders)) if folders else None
    corpus = find_root(common) if common is not None else None
    with held(corpus) if corpus is not None else nullcontext():
        if common is not None:
            with write_errors(common, named=True):
                staging.recover(common)
        return _migrate(paths)


def _migrate(paths: list[Path]) -> Migration:
    """`migrate_files` once what killed writes left is settled."""
    result, staged = Migration(), {}
    for path in paths:
        if path.name in _UNVERSIONED:
            result.unversioned.append(label_of(path))
            continue
        loaded = loader.load_model(path, _MODELS.get(path.name, Document), label_of(path))
        blocking = [p for p in loaded.problems if p.code != "V111"]
        if loaded.model is None or blocking:
            result.problems += blocking or loaded.problems
        elif loaded.problems:  # only V111: an older schema version
            staged[path] = model_bytes(loaded.model)
            result.migrated.append(label_of(path))
        else:
            result.current.append(label_of(path))
    if result.problems:
        return Migration(current=result.current, unversioned=result.unversioned, problems=result.problems)
    if staged:
        root = Path(os.path.commonpath([p.resolve().parent for p in staged]))
        write_together(root, {str(p.resolve().relative_to(root)): data for p, data in staged.items()})
    return result

"""`vostochny migrate`: rewrite annotation files of an older schema version in the current one."""

from __future__ import annotations

import sys
from pathlib import Path

from . import loader
from .corpus import REGISTRY_FILE, SPLITS_FILE
from .models import Document, Registry, Splits
from .serializer import to_json
from .validator import label_of
from .writer import write_text

_MODELS = {REGISTRY_FILE: Registry, SPLITS_FILE: Splits}


def migrate_files(paths: list[Path]) -> int:
    """Migrate each file in place (atomically); a file with other problems is left untouched."""
    status = 0
    for path in paths:
        loaded = loader.load_model(path, _MODELS.get(path.name, Document), label_of(path))
        blocking = [p for p in loaded.problems if p.code != "V111"]
        if loaded.model is None or blocking:
            for p in blocking or loaded.problems:
                print(f"{p.file}:{p.line}: {p.code} {p.message}", file=sys.stderr)
            status = 1
            continue
        if any(p.code == "V111" for p in loaded.problems):
            write_text(path, to_json(loaded.model))
            print(f"migrated {label_of(path)}")
        else:
            print(f"up to date {label_of(path)}")
    return status

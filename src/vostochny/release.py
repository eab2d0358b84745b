"""`vostochny build`: validate the corpus once, then write every export format and the summary.

Layout of the release folder: `jsonl/`, `conll2003/`, `conllu/`, `conll2012/`, `hf/` (Parquet,
dataset card, `croissant.json`), each with its `LOSSES.json`, and `summary.json` (counts per
document and layer, and what each format could not carry). Deterministic: two builds of the same
corpus are byte-identical.

The release is written in a staging folder beside `out` and swapped in whole, so `out` holds
exactly what this build wrote, and a build that fails or is killed leaves the previous release
as it was. `out` may be new, empty, or an earlier release (it holds our `summary.json`); any
other folder is refused, since replacing it would delete its files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .corpus import open_corpus
from .export import ExportResult, default_options, missing_modules, read_source, relocated, write_format
from .outputs import Marker, check_output_dir, replaced_dir
from .stats import COLUMNS, counts
from .writer import write_text

#: format -> folder of the release; the `croissant` format also writes the `hf` Parquet files.
LAYOUT = {"jsonl": "jsonl", "conll2003": "conll2003", "conllu": "conllu", "conll2012": "conll2012", "croissant": "hf"}
#: what every `summary.json` holds: a folder with one is an earlier release, safe to replace.
MARKER = Marker("summary.json", frozenset({"documents", "total", "not_carried", "skipped"}))

#: called before each format is written: (number, how many, format, its folder in the release).
Progress = Callable[[int, int, str, Path], None]


@dataclass
class BuildResult:
    """What a build wrote (paths in the final release folder) and what it skipped."""

    out: Path
    exports: list[ExportResult]
    summary: dict[str, object]
    skipped: list[str]


def _formats() -> tuple[dict[str, str], list[str]]:
    """The formats this installation can write, and why others are skipped."""
    formats, skipped = {}, []
    for fmt, folder in LAYOUT.items():
        missing = missing_modules(fmt)
        if not missing:
            formats[fmt] = folder
        elif fmt == "croissant" and not missing_modules("hf"):
            formats["hf"] = folder
            skipped.append(f"croissant: {', '.join(missing)} not installed (pip install 'vostochny[export]'); "
                           f"wrote {folder}/ without croissant.json")
        else:
            skipped.append(f"{fmt}: {', '.join(missing)} not installed (pip install 'vostochny[export]')")
    return formats, skipped


def build(out: Path, root: Path | None = None, progress: Progress | None = None) -> BuildResult:
    """Validate, then write the release into `out`, replacing it whole.

    Raises `UsageError` for an output path that cannot be used (before any work), `CorpusError`
    if the corpus does not validate (nothing written), `OSError` if writing fails (the previous
    release is kept)."""
    target = check_output_dir(Path(out), open_corpus(root).root, MARKER)
    source = read_source(root)
    formats, skipped = _formats()
    results = []
    with replaced_dir(target) as staging:
        for n, (fmt, folder) in enumerate(formats.items(), 1):
            if progress:
                progress(n, len(formats), fmt, target / folder)
            results.append(write_format(fmt, staging / folder, default_options(fmt), source))
        docs = {item.doc.id: counts(item.doc) for item in source.items}
        summary = {"documents": docs, "total": {c: sum(d[c] for d in docs.values()) for c in COLUMNS},
                   "not_carried": {r.format: r.losses.summary() for r in results}, "skipped": skipped}
        write_text(staging / MARKER.file, json.dumps(summary, indent=2) + "\n")
    return BuildResult(target, [relocated(r, staging, target) for r in results], summary, skipped)

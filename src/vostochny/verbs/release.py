"""`vostochny build`: validate the corpus, then write every export format and the summary.

Layout of the release folder: `jsonl/`, `conll2003/`, `conllu/`, `conll2012/`, `hf/` (Parquet,
dataset card, `croissant.json`), `brat/`, each with its `LOSSES.json`, and `summary.json`
(counts per document and layer, and what each format could not carry). Deterministic: two
builds of the same corpus are byte-identical, whatever `jobs`.

One streaming pass, so that memory does not grow with the corpus and no file is parsed twice
(`export.stream.validated`): each document file and its raw text are read once and checked as
`validate` checks them; while no error has been found, the validator's view of the document (its
`msgspec` mirror on the fast path) goes to every format's renderer and writer in turn (`export.Exports`),
which writes it at once into the staging folder; the corpus rules run at the end on the small
per-document summaries, as `validate`'s do. If any error is found, the staging folder is discarded
(nothing is swapped in) and the build raises the `CorpusError` that `validate` reports. `jobs` processes
share the per-document work, and the writers take the documents in corpus order.

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
from typing import TYPE_CHECKING

from vostochny.errors import FileRefused
from vostochny.export import ExportResult, Exports, Target, corpus_source, default_options, missing_modules, relocated
from vostochny.export.common import close_stream, open_stream
from vostochny.export.stream import Rendered, written
from vostochny.reading.corpus import open_corpus
from vostochny.reading.files import read_tail
from vostochny.reading.view import DocumentView
from vostochny.verbs.stats import COLUMNS, counts
from vostochny.writing.outputs import Marker, check_output_dir, is_ours, replaced_dir

if TYPE_CHECKING:
    from vostochny.checking.validator import Limits

#: format -> folder of the release; the `croissant` format also writes the `hf` Parquet files.
LAYOUT = {"jsonl": "jsonl", "conll2003": "conll2003", "conllu": "conllu", "conll2012": "conll2012", "croissant": "hf",
          "brat": "brat"}
#: what every `summary.json` holds, `documents` first (`SummaryFile`): a folder with one is an earlier
#: release, safe to replace.
MARKER = Marker("summary.json", ("documents",), frozenset({"documents", "total", "not_carried", "skipped"}))

#: told what the build is doing: a line for the user.
Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """What a build wrote (paths in the final release folder) and what it skipped; `summary` is
    `summary.json` without its per-document counts (written as they came, not held)."""

    out: Path
    exports: list[ExportResult]
    summary: dict[str, object]
    skipped: list[str]
    documents: int = 0


#: the bytes of the end of `summary.json` that `summary_end` reads: the members after the counts per
#: document take a few kilobytes whatever the corpus's size (totals, a count per kind of loss per format)
SUMMARY_END = 1 << 20


class SummaryFile:
    """`summary.json`, written as the documents come: each document's counts are written at once
    and added to the totals, so that no count per document is held (the text is what
    `json.dumps(summary, indent=2)` makes of the whole). `documents` is its first key, whatever
    the size: `outputs.is_ours` knows an earlier release by it (`MARKER`) past the size it reads.
    The members after it (`close`: `total` first, then what the build says of the whole, such as
    `without_text`) are small and at its end, where `summary_end` reads them whatever the size."""

    def __init__(self, path: Path) -> None:
        self.path, self.documents = path, 0
        self.total = dict.fromkeys(COLUMNS, 0)
        self._file = open_stream(path)
        self._file.write('{\n  "documents": {')

    def add(self, doc_id: str, figures: dict[str, int]) -> None:
        entry = json.dumps({doc_id: figures}, indent=2)[2:-2].replace("\n", "\n  ")
        self._file.write(("," if self.documents else "") + "\n  " + entry)
        self.documents += 1
        for column in COLUMNS:
            self.total[column] += figures[column]

    def abandon(self) -> None:
        """Close the file unfinished (the staging folder that holds it is being discarded)."""
        self._file.close()

    def close(self, **rest: object) -> dict[str, object]:
        """Write the totals and `rest` after the documents; the summary without them."""
        summary = {"total": self.total, **rest}
        self._file.write(("\n  }" if self.documents else "}") + "," + json.dumps(summary, indent=2)[1:] + "\n")
        close_stream(self._file)
        return summary


def summary_end(folder: Path) -> dict[str, object] | None:
    """The members of the release `summary.json` in `folder` after its counts per document (`total` and
    what follows it), None where the folder holds no summary that `build` writes (`MARKER`: its first
    key is `documents`) or its end is not one. Never raises.

    Only its last `SUMMARY_END` bytes are read, so that a release of any number of documents is
    known by them (the whole file was once read through the 16 MiB cap on an annotation file, and a
    release of some 80 000 documents was not one). Every build has written the summary as
    `json.dumps(..., indent=2)` writes it, `documents` then `total` (`SummaryFile`): the only line
    that begins with two spaces and `"total": ` is the member's (a document's counts are indented
    further, and a line break is never inside a JSON string), so the end read from that line on,
    after an opening brace, is a JSON object of those members. A summary no larger than that is read
    whole, and is held to be an object as it stands."""
    if not is_ours(folder, MARKER):
        return None
    try:
        data, whole = read_tail(folder / MARKER.file, SUMMARY_END)
        summary = json.loads(data if whole else b"{" + data[data.rindex(b'\n  "total": '):])
    except (OSError, FileRefused, ValueError, RecursionError):  # changed since, not UTF-8, not JSON, no `total`
        return None                                               # line in the end, nested past the parser
    if not isinstance(summary, dict) or not MARKER.keys - {"documents"} <= summary.keys():
        return None  # the end of a summary holds every member after the counts (read past the cap: not checked)
    summary.pop("documents", None)
    return summary


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


def summary_counts(view: DocumentView, number: int) -> Rendered:
    """The summary's figures of one document (a renderer beside the formats')."""
    return (view.doc.id, counts(view.doc)), []


def build(out: Path, root: Path | None = None, progress: Progress | None = None, jobs: int = 1,
          without_text: bool = False, limits: Limits | None = None) -> BuildResult:
    """Validate the corpus and write the release into `out` in one pass, replacing it whole
    (`without_text`: the annotations-only release of `verbs.annotations_only` instead), reading files up to
    `limits` (the validator's defaults if None).

    Raises `UsageError` for an output path that cannot be used (before any work), `CorpusError`
    if the corpus does not validate (with the problems `validate` reports; `out` is left as it
    was), `OSError` if writing fails (the previous release is kept)."""
    if without_text:
        from vostochny.verbs.annotations_only import build_without_text

        return build_without_text(out, root, progress, jobs, limits)
    tell = progress or (lambda line: None)
    corpus = open_corpus(root)
    target = check_output_dir(Path(out), corpus.root, MARKER)
    formats, skipped = _formats()
    source = corpus_source(corpus, jobs)
    tell(f"validating and writing {len(corpus.files)} documents: "
         f"{', '.join(f'{fmt} -> {target / d}' for fmt, d in formats.items())}")
    with replaced_dir(target) as staging:
        exports = Exports([Target(fmt, default_options(fmt), staging / d) for fmt, d in formats.items()], source)
        summary_file = SummaryFile(staging / MARKER.file)

        def write(parts: list[Rendered]) -> None:
            exports.add(parts[:-1])
            summary_file.add(*parts[-1][0])

        def abandon() -> None:
            exports.abandon()
            summary_file.abandon()

        written(corpus, [*exports.renderers, summary_counts], write, abandon, jobs, limits)
        results = exports.finish()
        summary = summary_file.close(not_carried={r.format: r.losses.summary() for r in results}, skipped=skipped)
    return BuildResult(target, [relocated(r, staging, target) for r in results], summary, skipped,
                       summary_file.documents)

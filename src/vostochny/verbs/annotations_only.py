"""`vostochny build --without-text`: the annotations-only release, which can be published where
the articles cannot (`hydration.textless` says what a file holds; docs/annotations-only.md).

Layout: `textless/` (one annotation file per document without its text, `entities.json`,
`splits.json`, the agreement figures, `LOSSES.json`), `README.md` (what the release holds, how to
hydrate it, the formats left out and why) and `summary.json` (as a full release's, with
`without_text: true` and `not_written`). Built as `build` builds: the corpus is validated, then
streamed, and the folder is staged and swapped in whole.
"""

from __future__ import annotations

import json
from pathlib import Path

from vostochny.export import relocated, stream_source
from vostochny.export.stream import rendered
from vostochny.hydration import textless
from vostochny.reading.corpus import open_corpus
from vostochny.verbs.release import MARKER, BuildResult, Progress, summary_counts
from vostochny.verbs.stats import COLUMNS
from vostochny.writing.outputs import check_output_dir, replaced_dir
from vostochny.writing.writer import write_text


def build_without_text(out: Path, root: Path | None = None, progress: Progress | None = None,
                       jobs: int = 1) -> BuildResult:
    """Validate, then write the annotations-only release into `out`, replacing it whole. Raises
    as `release.build` does, and `textless.LeakError` if a file would hold raw text."""
    tell = progress or (lambda line: None)
    target = check_output_dir(Path(out), open_corpus(root).root, MARKER)
    tell("validating the corpus ...")
    source = stream_source(root, jobs)
    tell(f"writing {source.size} documents without their text -> {target / textless.FOLDER}")
    docs: dict[str, dict[str, int]] = {}
    with replaced_dir(target) as staging:
        writer = textless.Writer(staging / textless.FOLDER, source)
        for (part, _), (figures, _) in rendered(source, [textless.render, summary_counts], jobs):
            writer.add(part)
            docs[figures[0]] = figures[1]
        result = writer.finish()
        summary = {"documents": docs, "total": {c: sum(d[c] for d in docs.values()) for c in COLUMNS},
                   "not_carried": {result.format: result.losses.summary()}, "skipped": [],
                   "without_text": True, "not_written": textless.NOT_WRITTEN,
                   "files_left_out": textless.FILES_LEFT_OUT}
        write_text(staging / "README.md", textless.readme(len(docs)))
        write_text(staging / MARKER.file, json.dumps(summary, indent=2) + "\n")
    return BuildResult(target, [relocated(result, staging, target)], summary, [], documents=len(docs))

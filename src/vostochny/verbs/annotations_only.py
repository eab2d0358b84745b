"""`vostochny build --without-text`: the annotations-only release, which can be published where
the articles cannot (`hydration.textless` says what a file holds; docs/annotations-only.md).

Layout: `textless/` (one annotation file per document without its text, `entities.json`,
`splits.json`, the agreement figures, `LOSSES.json`), `README.md` (what the release holds, how to
hydrate it, the formats left out and why) and `summary.json` (as a full release's, with
`without_text: true` and `not_written`). Built as `build` builds: the corpus is validated and
written in one pass, and the folder is staged and swapped in whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vostochny.export import corpus_source, relocated
from vostochny.export.stream import Rendered, written
from vostochny.hydration import textless
from vostochny.reading.corpus import open_corpus
from vostochny.verbs.release import MARKER, BuildResult, Progress, SummaryFile, summary_counts
from vostochny.writing.outputs import check_output_dir, replaced_dir
from vostochny.writing.writer import write_text

if TYPE_CHECKING:
    from vostochny.checking.validator import Limits


def build_without_text(out: Path, root: Path | None = None, progress: Progress | None = None,
                       jobs: int = 1, limits: Limits | None = None) -> BuildResult:
    """Validate the corpus and write the annotations-only release into `out` in one pass, as
    `release.build` does, replacing it whole. Raises as `release.build` does, and
    `textless.LeakError` if a file would hold raw text."""
    tell = progress or (lambda line: None)
    corpus = open_corpus(root)
    target = check_output_dir(Path(out), corpus.root, MARKER)
    source = corpus_source(corpus, jobs)
    tell(f"validating and writing {source.size} documents without their text -> {target / textless.FOLDER}")
    with replaced_dir(target) as staging:
        writer = textless.Writer(staging / textless.FOLDER, source)
        summary_file = SummaryFile(staging / MARKER.file)

        def write(parts: list[Rendered]) -> None:
            writer.add(parts[0][0])
            summary_file.add(*parts[1][0])

        written(corpus, [textless.render, summary_counts], write, summary_file.abandon, jobs, limits)
        result = writer.finish()
        summary = summary_file.close(not_carried={result.format: result.losses.summary()}, skipped=[],
                                     without_text=True, not_written=textless.NOT_WRITTEN,
                                     files_left_out=textless.FILES_LEFT_OUT)
        write_text(staging / "README.md", textless.readme(summary_file.documents))
    return BuildResult(target, [relocated(result, staging, target)], summary, [], documents=summary_file.documents)

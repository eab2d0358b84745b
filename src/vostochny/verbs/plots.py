"""PNG charts of the corpus statistics (matplotlib, no display needed)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vostochny.writing.outputs import check_files_folder, check_output_file, write_together

if TYPE_CHECKING:
    from vostochny.verbs.stats import CorpusStats, CorpusTotals


def _bar(title: str, data: dict[str, int], horizontal: bool = False) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    labels, values = list(data), list(data.values())
    (ax.barh if horizontal else ax.bar)(labels, values, color="#4c72b0")
    if horizontal:
        ax.invert_yaxis()
    ax.set_title(title)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


#: each chart's file: its title, the corpus figure it shows, and whether its bars lie
CHARTS: dict[str, tuple[str, Callable[[CorpusTotals], dict[str, int]], bool]] = {
    "mentions-by-type.png": ("Mentions by entity type", lambda c: c["mentions_by_type"], False),
    "quotes-per-speaker.png": ("Quotes per speaker (top 10)", lambda c: c["most_quoted_speakers"], True),
    "mentions-per-entity.png": ("Mentions per entity (top 15)", lambda c: c["mentions_per_entity"], True),
    "relations-by-type.png": ("Relations by type", lambda c: c["relations_by_type"], True),
}


def plots_folder(out: Path, corpus_root: Path) -> Path:
    """The resolved folder `out` if the charts may be written into it; `UsageError` (before any work) for a
    file, a place that cannot be written, the corpus's data, or a chart's name taken by a folder or a device."""
    folder = check_files_folder(out, corpus_root)
    for name in CHARTS:
        check_output_file(folder / name, corpus_root)
    return folder


def write_plots(stats: CorpusStats, out: Path) -> list[Path]:
    """Label distribution, quotes per speaker, mentions per entity and relations by type, as PNG files in
    `out`, all together or none (`outputs.write_together`; what else `out` holds stays)."""
    corpus = stats["corpus"]
    charts = {name: _bar(title, figure(corpus), horizontal) for name, (title, figure, horizontal) in CHARTS.items()}
    return write_together(out, charts)

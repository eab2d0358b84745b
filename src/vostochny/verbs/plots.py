"""PNG charts of the corpus statistics (matplotlib, no display needed)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from vostochny.writing.writer import write_bytes

if TYPE_CHECKING:
    from vostochny.verbs.stats import CorpusStats


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


def write_plots(stats: CorpusStats, out: Path) -> list[Path]:
    """Label distribution, quotes per speaker and mentions per entity, as PNG files in `out`."""
    corpus = stats["corpus"]
    charts = {
        "mentions-by-type.png": _bar("Mentions by entity type", corpus["mentions_by_type"]),
        "quotes-per-speaker.png": _bar("Quotes per speaker (top 10)", corpus["most_quoted_speakers"], True),
        "mentions-per-entity.png": _bar("Mentions per entity (top 15)", corpus["mentions_per_entity"], True),
        "relations-by-type.png": _bar("Relations by type", corpus["relations_by_type"], True),
    }
    paths: list[Path] = []
    for name, data in charts.items():
        write_bytes(out / name, data)
        paths.append(out / name)
    return paths

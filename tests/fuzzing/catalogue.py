"""Every mutation kind, registered by importing the modules that define them."""

from . import k_benign, k_corpus, k_file, k_layers, k_links, k_moves, k_rights, k_schema, k_values, k_words  # noqa: F401 - they register kinds
from .kinds import KINDS, Kind

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}

__all__ = ["BY_NAME", "KINDS", "kinds_markdown"]


def kinds_markdown() -> str:
    """The "Mutation kinds" section of docs/robustness.md: every kind, by family, with what it does and
    the outcome it must get (`python -m tests.fuzzing --kinds-table` prints it; a test holds the page to it)."""
    rows = [f"{len(KINDS)} kinds in {len({k.family for k in KINDS})} families.", "",
            "| kind | family | what it does | expected |", "| --- | --- | --- | --- |"]
    for k in sorted(KINDS, key=lambda k: (k.family, k.name)):
        run = f" Run with `{' '.join(k.options)}`." if k.options else " (child process only)" if k.cli_only else ""
        rows.append(f"| `{k.name}` | {k.family} | {k.summary}{run} | {k.expect.describe().replace('|', ' or ')} |")
    return "\n".join(rows) + "\n"

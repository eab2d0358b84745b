"""Exporters: one module per format, each `write(source, out, options, losses) -> [(path, note)]`.

`export()` validates the corpus first and refuses an invalid one (writing nothing); each format
goes to its own folder with a `LOSSES.json` that lists, item by item, what it could not carry.
The folder is written beside its place and swapped in whole (`outputs.replaced_dir`), so it
holds exactly what this export wrote; it replaces only an empty folder or an earlier export.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, fields, replace
from importlib import import_module
from pathlib import Path

from ..errors import UsageError
from ..outputs import Marker, check_output_dir, replaced_dir
from .common import ExportOptions, Losses, Source, write_losses

#: format name -> module (imported only when that format is written).
FORMATS = {
    "jsonl": "jsonl",
    "conll2003": "conll2003",
    "conllu": "conllu",
    "conll2012": "conll2012",
    "hf": "hf_parquet",
    "croissant": "croissant",
    "brat": "brat",
}
#: formats that keep every zone by default because their point is to be lossless.
LOSSLESS = frozenset({"jsonl", "conllu", "brat"})
_TAGS = frozenset({"scheme", "kinds", "nested", "drop_zones"})
#: the options (fields of `ExportOptions`) each format honours; a value other than the format's
#: default for any other option is refused rather than silently ignored. conllu keeps every zone
#: (it is lossless); conll2012 carries every mention, nested ones too, and has no NER tags.
HONOURS: dict[str, frozenset[str]] = {
    "jsonl": frozenset(),
    "conll2003": _TAGS,
    "conllu": frozenset({"scheme", "kinds", "nested"}),
    "conll2012": frozenset({"drop_zones"}),
    "hf": _TAGS,
    "croissant": _TAGS,
    "brat": frozenset(),
}
#: modules a format needs beyond the base install (all come with the `export` extra).
REQUIRES = {"hf": ("datasets",), "croissant": ("datasets", "mlcroissant")}
#: an export folder always holds its loss report: a folder with one is an earlier export.
MARKER = Marker("LOSSES.json", frozenset({"format", "options", "summary", "items"}))


@dataclass
class ExportResult:
    format: str
    files: list[tuple[Path, str]]
    losses: Losses


def read_source(root: str | Path | None = None) -> Source:
    """Validate the corpus (raising `CorpusError` if it is invalid) and read it for export."""
    from ..documents import iter_documents, load_registry, load_splits

    root_path = Path(root) if root else None
    items = list(iter_documents(root_path))
    return Source(items, load_splits(root_path), load_registry(root_path))


def default_options(fmt: str) -> ExportOptions:
    """The options a format uses when none are given."""
    return ExportOptions(drop_zones=frozenset()) if fmt in LOSSLESS else ExportOptions()


def options_for(fmt: str, **given: str | None) -> ExportOptions:
    """Options from command-line strings (`scheme`, `kinds`, `nested`, `drop_zones`; None where
    not given) on top of the format's defaults; any given option the format does not honour,
    or a bad value, raises `UsageError`. Values are case-insensitive."""
    _check_format(fmt)
    refused = [name for name, value in given.items() if value is not None and name not in HONOURS[fmt]]
    if refused:
        raise _not_honoured(fmt, refused)
    parsed: dict[str, object] = {}
    for name, value in given.items():
        if value is not None:
            parsed[name] = value.upper() if name == "scheme" else (
                value.lower() if name == "nested" else frozenset(v for v in value.lower().split(",") if v))
    try:
        return replace(default_options(fmt), **parsed)
    except ValueError as error:
        raise UsageError(f"export options: {error}") from error


def export(fmt: str, out: str | Path, root: str | Path | None = None, options: ExportOptions | None = None,
           source: Source | None = None) -> ExportResult:
    """Write one format into the folder `out`, replacing it whole; validates the corpus first
    unless a `source` is given. Raises `UsageError` for an unknown format, an option the format
    does not honour, a missing optional dependency or an output path that cannot be used."""
    from ..corpus import open_corpus

    options = options or default_options(fmt)
    check_export(fmt, options)
    target = check_output_dir(Path(out), open_corpus(Path(root) if root else None).root, MARKER)
    source = source or read_source(root)
    with replaced_dir(target) as staging:
        result = write_format(fmt, staging, options, source)
    return relocated(result, staging, target)


def check_export(fmt: str, options: ExportOptions) -> None:
    """Refuse (`UsageError`) an unknown format, an option it does not honour, or one whose modules
    are not installed, before any work is done."""
    _check_format(fmt)
    default = default_options(fmt)
    ignored = [f.name for f in fields(ExportOptions)
               if f.name not in HONOURS[fmt] and getattr(options, f.name) != getattr(default, f.name)]
    if ignored:
        raise _not_honoured(fmt, ignored)
    missing = missing_modules(fmt)
    if missing:
        raise UsageError(f"format {fmt} needs {', '.join(missing)}, which is not installed: "
                         "pip install 'vostochny[export]'")


def write_format(fmt: str, out: Path, options: ExportOptions, source: Source) -> ExportResult:
    """Write one format into the folder `out` as it is (the callers stage it)."""
    module = import_module(f".{FORMATS[fmt]}", __name__)
    losses = Losses(fmt, options.describe(), layers=module.CARRIES)
    files = module.write(source, out, options, losses)
    files.append((write_losses(out, losses), f"{len(losses.items)} items not carried"))
    return ExportResult(fmt, files, losses)


def relocated(result: ExportResult, staging: Path, target: Path) -> ExportResult:
    """`result` with the paths it wrote under `staging` given where they are after the swap."""
    files = [(target / path.relative_to(staging), note) for path, note in result.files]
    return ExportResult(result.format, files, result.losses)


def missing_modules(fmt: str) -> list[str]:
    """The modules format `fmt` needs that this installation lacks."""
    return [m for m in REQUIRES.get(fmt, ()) if importlib.util.find_spec(m) is None]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _not_honoured(fmt: str, names: list[str]) -> UsageError:
    flags = ", ".join(f"--{n.replace('_', '-')}" for n in names)
    honoured = ", ".join(f"--{n.replace('_', '-')}" for n in sorted(HONOURS[fmt])) or "none"
    return UsageError(f"{flags} does not apply to format {fmt} (it honours: {honoured}); leave it out")


def report_lines(result: ExportResult) -> list[str]:
    """What an export wrote and what it could not carry, one line each (the CLI prints them)."""
    lines = [f"  wrote {path} ({note})" for path, note in result.files]
    return lines + [f"  not carried: {count} × {what}" for what, count in result.losses.summary().items()]

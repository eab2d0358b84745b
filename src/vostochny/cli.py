"""The `vostochny` command line. Imports stay cheap: each verb imports what it needs when it runs."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vostochny.errors import CorpusError, PredictionError, UsageError
from vostochny.model.labels import SPLIT_NAMES
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES

if TYPE_CHECKING:
    from vostochny.checking.problems import Problem

# pydantic looks up plugins through every installed distribution's entry points on first use,
# which costs more than validating the corpus; the command line uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_STATUS = ("exit status: 0 clean, 1 annotation errors, 2 usage error (bad option, path or file), "
               "3 internal error (a bug)")
ISSUES_URL = "https://github.com/vostochny/vostochny/issues"
#: the export formats, in `vostochny.export.FORMATS` order (a test keeps the two equal): the parser lists
#: them without importing the export package, which imports the models (`validate` on a valid corpus
#: imports no pydantic)
EXPORT_FORMATS = ("jsonl", "conll2003", "conllu", "conll2012", "hf", "croissant", "brat")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose epilog may be worked out when its help is shown (`epilog_of`), for
    an epilog that needs a costly import."""

    def __init__(self, *args: Any, epilog_of: Callable[[], str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.epilog_of = epilog_of

    def format_help(self) -> str:
        if self.epilog_of is not None:
            self.epilog = self.epilog_of()
        return super().format_help()


if TYPE_CHECKING:  # the subparsers action of the top parser, a type argparse does not make public
    _Verbs = argparse._SubParsersAction[_Parser]


def _export_epilog() -> str:
    from vostochny.export import HONOURS

    return ("example:\n  vostochny export --format conll2003 --out out/conll --scheme IOBES\n"
            "  vostochny export --format conllu --out out/conllu --kinds name,nominal,pronoun"
            "\n\noptions each format honours (any other is refused):\n" + "\n".join(
                f"  {fmt}: {' '.join('--' + o.replace('_', '-') for o in sorted(opts)) or 'none'}"
                for fmt, opts in HONOURS.items()) + "\n\n" + EXIT_STATUS)


def _validate(args: argparse.Namespace) -> int:
    from vostochny.reading.collector import collector_paused

    with collector_paused():
        from vostochny.checking import output
        from vostochny.checking.validator import Limits, validate
        from vostochny.reading.corpus import discover

    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.paths and args.packaged:
        raise UsageError(f"--packaged is the corpus shipped with the package; a path is named too: {args.paths[0]!r} "
                         "(give one)")
    paths = args.paths or ([] if args.packaged else [discover()])
    limits = Limits(args.max_bytes, args.max_raw_bytes)
    report = validate(*paths, limits=limits, jobs=args.jobs, staged=args.staged).only(args.select, args.ignore)
    if args.quiet:
        report = report.only(ignore=[p.code for p in report.warnings])
    if args.format == "json":
        print(output.json_report(report))
    else:
        show = output.github if args.format == "github" else output.text
        if args.format == "text" and not args.quiet:
            print(output.safe("corpus: " + ", ".join(str(root) for root in report.corpora)))
        for p in report.problems:
            print(show(p))
        for note in [] if args.quiet else report.notes:
            print(output.one_line(f"::notice::{note}" if args.format == "github" else f"note: {note}"))
        if not args.quiet:
            print(output.summary(report), file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_INVALID


def _settle_corpus(args: argparse.Namespace) -> None:
    """Give a verb with `--corpus` the root it works on: the named folder's corpus, the packaged
    corpus with `--packaged`, else the corpus at or above the working directory, as git finds a
    repository (raises `CorpusNotFound`, a usage error, outside any)."""
    from vostochny.reading.corpus import discover, packaged_root

    if not hasattr(args, "corpus") or getattr(args, "diff", None):  # render --diff names its corpora
        return
    if args.corpus and getattr(args, "packaged", False):
        raise UsageError(f"--packaged is the corpus shipped with the package; another corpus is named too: "
                         f"{args.corpus!r} (give one)")
    if args.corpus:
        args.corpus = str(discover(Path(args.corpus)))
    else:
        args.corpus = str(packaged_root() if getattr(args, "packaged", False) else discover())


def _explain(args: argparse.Namespace) -> int:
    from vostochny.checking.catalogue import explain

    print(explain(args.code.upper()))
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from vostochny.checking.validator import Limits
    from vostochny.export import report_lines
    from vostochny.verbs.release import build

    result = build(Path(args.out), Path(args.corpus) if args.corpus else None,
                   lambda line: print(line, file=sys.stderr, flush=True), args.jobs, args.without_text,
                   Limits(args.max_bytes, args.max_raw_bytes))
    for exported in result.exports:
        print("\n".join(report_lines(exported)))
    total = result.summary["total"]
    assert isinstance(total, dict)  # release.BuildResult.summary is dict[str, object]
    totals = ", ".join(f"{v} {k}" for k, v in total.items())
    print(f"wrote {result.out / 'summary.json'}: {result.documents} documents, {totals}")
    for line in result.skipped:
        print(f"skipped {line}", file=sys.stderr)
    return EXIT_OK


def _hydrate(args: argparse.Namespace) -> int:
    from vostochny.checking.output import safe
    from vostochny.verbs.hydrate import hydrate

    result = hydrate(Path(args.release), Path(args.texts), Path(args.out))
    for d in result.documents:
        how = "text as released" if d.verbatim else "text differs"
        print(f"{d.id}: {how}: {d.unchanged} spans unchanged, {d.moved} moved, {len(d.unplaced)} not placed")
        print("".join(f"  not placed: {safe(line)}\n" for line in d.unplaced), end="")
        print("".join(f"  left out: {safe(line)}\n" for line in d.dropped), end="")
    for entity in result.registry_left_out:
        print(f"entities.json: left out {safe(entity)}")
    for line in result.links_left_out:
        print(f"quote_links.json: {safe(line)}")
    print(f"wrote {result.out}: {len(result.documents)} documents, validated: {len(result.validation.warnings)} "
          f"warnings; report in {result.out / 'hydration.json'}")
    return EXIT_OK if result.complete else EXIT_INVALID


def _export(args: argparse.Namespace) -> int:
    from vostochny.checking.validator import Limits
    from vostochny.export import export, options_for, report_lines

    options = options_for(args.format, scheme=args.scheme, kinds=args.kinds, nested=args.nested,
                          drop_zones=args.drop_zones)
    result = export(args.format, args.out, args.corpus, options, jobs=args.jobs,
                    limits=Limits(args.max_bytes, args.max_raw_bytes))
    print(f"{args.format} -> {args.out}")
    print("\n".join(report_lines(result)))
    return EXIT_OK


def _missing(*modules: str) -> list[str]:
    import importlib.util

    return [m for m in modules if importlib.util.find_spec(m) is None]


def _diff(args: argparse.Namespace) -> int:
    import json
    import tempfile

    if _missing("scorch", "nervaluate"):
        raise UsageError("the agreement metrics need pip install 'vostochny[review]'")

    from vostochny.reading.revisions import materialize
    from vostochny.verbs.compare import diff, markdown, to_json
    from vostochny.writing.outputs import check_output_file
    from vostochny.writing.writer import write_text

    out = check_output_file(Path(args.out), _guarded(None, args.a, args.b)) if args.out else None
    base = _here(None)
    with tempfile.TemporaryDirectory(prefix="vostochny-diff-") as scratch:
        result = diff(materialize(args.a, Path(scratch) / "a", base), materialize(args.b, Path(scratch) / "b", base),
                      names=(args.a, args.b))
    text = markdown(result, f"Annotation diff: {args.a} -> {args.b}") if args.format == "markdown" else (
        json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n")
    if out is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_text(out, text)
    except OSError as error:
        raise UsageError(f"cannot write {args.out}: {error.strerror or error}") from error
    print(f"wrote {args.out}: {len(result.changes)} changes")
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from vostochny.evaluation.scoring import evaluate

    report = evaluate(args.predictions, gold=Path(args.corpus), split=args.split, input_format=args.input_format,
                      kinds=args.kinds, nested=args.nested)
    sys.stdout.write(report.render(args.format))
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from vostochny.checking.output import text as show
    from vostochny.checking.validator import Limits, validate
    from vostochny.verbs.new_document import add_document, document_meta

    root = Path(args.corpus)
    meta = document_meta(outlet=args.outlet, title=args.title, date=args.date, language=args.language,
                         url=args.url, received=args.received, source_file=Path(args.raw_file).name)
    added = add_document(Path(args.raw_file), args.id, root, meta, args.split, args.max_bytes, args.max_raw_bytes)
    doc = added.doc
    print(f"added {doc.id}: {doc.length} characters, {len(doc.tokens)} tokens, {len(doc.sentences)} sentences, "
          f"split {args.split}", file=sys.stderr)
    for path in added.files:
        print(f"wrote {path}")
    report = validate(root, limits=Limits(args.max_bytes, args.max_raw_bytes))
    for p in report.problems:
        print(show(p), file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_INVALID


def _import(args: argparse.Namespace) -> int:
    from vostochny.errors import UsageError
    from vostochny.importers.brat import ImportRefused, import_brat

    try:
        result = import_brat(Path(args.folder), Path(args.corpus))
    except (UsageError, OSError) as error:
        print(f"vostochny import: {error}; nothing written", file=sys.stderr)
        return EXIT_USAGE
    except ImportRefused as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"import refused: {error}", file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    for path in result.written:
        print(f"changed {path}")
    for path in result.unchanged:
        print(f"unchanged {path}")
    print(f"{len(result.written)} changed, {len(result.unchanged)} unchanged", file=sys.stderr)
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from vostochny.reading.documents import corpus_quote_links, iter_documents
    from vostochny.verbs.stats import corpus_stats, format_stats

    plots = None
    if args.plots:  # checked before any work, as every output is
        if _missing("matplotlib"):
            raise UsageError("--plots needs pip install 'vostochny[plots]'")
        from vostochny.verbs.plots import plots_folder, write_plots

        plots = plots_folder(Path(args.plots), Path(args.corpus))
    stats = corpus_stats(list(iter_documents(Path(args.corpus))), corpus_quote_links(Path(args.corpus)))
    sys.stdout.write(format_stats(stats, args.format))
    if plots is not None:
        for path in write_plots(stats, plots):
            print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    from vostochny.reading.documents import corpus_quote_links, iter_documents
    from vostochny.reading.revisions import materialize
    from vostochny.verbs.render import MARKER, render_diff, render_site
    from vostochny.writing.outputs import check_output_dir, replaced_dir

    out = check_output_dir(Path(args.out), _guarded(args.corpus, *(args.diff or ())), MARKER)
    if args.diff:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="vostochny-render-") as scratch, replaced_dir(out) as staging:
            a, b = (materialize(spec, Path(scratch) / n, _here(args.corpus))
                    for spec, n in zip(args.diff, "ab", strict=False))
            written = render_diff(a, b, staging, (args.diff[0], args.diff[1]), args.docs)
    else:
        items = list(iter_documents(Path(args.corpus)))
        unknown = set(args.docs) - {i.doc.id for i in items}
        if unknown:
            raise UsageError(f"no such document: {', '.join(sorted(unknown))}")
        with replaced_dir(out) as staging:
            written = render_site(items, staging, args.docs, corpus_quote_links(Path(args.corpus)))
    for n, path in enumerate(written, 1):
        print(f"[{n}/{len(written)}] wrote {out / path.relative_to(staging)}")
    return EXIT_OK


def _guarded(corpus: str | None, *versions: str) -> list[Path]:
    """The corpora a verb's output must stay out of: `corpus` (else the one at or above the working folder, else
    the working folder) and each corpus version named that is a folder (`diff A B`, `render --diff A B`); a git
    revision is unpacked into a scratch folder, which needs no guard."""
    from vostochny.reading.revisions import corpus_on_disk

    named = [path for path in map(corpus_on_disk, versions) if path is not None]
    return [_here(corpus), *named]


def _here(corpus: str | None) -> Path:
    """The corpus a verb works in: `corpus` if named, else the one at or above the working folder, else the
    working folder (where a git revision's corpus is read from: the same place in the revision's tree)."""
    from vostochny.reading.corpus import find_root

    return Path(corpus) if corpus else find_root(Path.cwd()) or Path.cwd()


def _migrate(args: argparse.Namespace) -> int:
    from vostochny.checking.output import text as show
    from vostochny.verbs.migrate_files import migrate_files

    missing = [p for p in args.files if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file: {', '.join(missing)}")
    folders = [p for p in args.files if Path(p).is_dir()]
    if folders:
        raise UsageError(f"{folders[0]} is a folder: name its files (vostochny migrate "
                         f"{folders[0].rstrip('/')}/*.json)")
    result = migrate_files([Path(p) for p in args.files])
    for p in result.problems:
        print(show(p), file=sys.stderr)
    if result.problems:
        print(f"migrate refused: {len(result.problems)} problem(s); nothing written", file=sys.stderr)
        return EXIT_INVALID
    for label in result.migrated:
        print(f"migrated {label}")
    for label in result.current:
        print(f"up to date {label}")
    for label in result.unversioned:
        print(f"skipped {label} (no schema version)")
    return EXIT_OK


def _check_version(args: argparse.Namespace) -> int:
    import json
    import tempfile

    from vostochny.checking.output import safe
    from vostochny.verbs.versioning import check_version, revision_snapshot

    root = Path(args.corpus)
    with tempfile.TemporaryDirectory(prefix="vostochny-version-") as scratch:
        released = revision_snapshot(args.against, root, Path(scratch) / "a", args.version_file) if args.against \
            else None
        result = check_version(root, released, args.version_file, args.changelog)
    change = result.change
    if args.format == "json":
        print(json.dumps({"ok": result.ok, "released": result.released, "current": result.current,
                          "level": change.level, "required": result.required, "problems": result.problems,
                          "changes": [c.__dict__ for c in change.changes], "reserialised": change.reserialised},
                         indent=2, ensure_ascii=False))
        return EXIT_OK if result.ok else EXIT_INVALID
    against = f"revision {args.against}" if args.against else "annotations/RELEASED.json"
    print(safe(f"corpus: {root}; last release {result.released} ({against}); dataset version {result.current}"))
    print(f"change: {change.level} ({change.counts()}); the version must be at least {result.required}")
    for item in change.changes:
        print(safe("  " + item.line()))
    for name in change.reserialised:
        print(safe(f"  patch  {name}  re-serialised (the same records)"))
    for message in result.problems:
        print(safe(f"error: {message}"), file=sys.stderr)
    if result.ok:
        print("ok: the dataset version and CHANGELOG.md reflect the change", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_INVALID


def _release_manifest(args: argparse.Namespace) -> int:
    from vostochny.checking.output import safe
    from vostochny.verbs.versioning import convert_manifest, write_manifest

    root = Path(args.corpus)
    recorded = convert_manifest(root) if args.convert else write_manifest(root, args.version_file)
    print(safe(f"wrote {recorded.path}: dataset {recorded.version}, {recorded.documents} documents, "
               f"{recorded.records} records, {recorded.files} files"))
    return EXIT_OK


_RAW = argparse.RawDescriptionHelpFormatter


def parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The argument parser, with an example in every verb's help; given a `verb`, with that verb's parser only,
    which is all that parses its command line (building the other thirteen took 6 % of `validate --packaged`)."""

    from vostochny import __version__

    top = argparse.ArgumentParser(prog="vostochny", description="The vostochny news corpus and its tools. Run "
                                  "`vostochny VERB --help` for a verb's options and an example.", epilog=EXIT_STATUS)
    top.add_argument("--version", action="version", version=f"vostochny {__version__}")
    top.add_argument("--debug", action="store_true", help="on an internal error, show the full traceback")
    verbs = top.add_subparsers(dest="verb", required=True, metavar="VERB", parser_class=_Parser)
    for name, add in _VERB_PARSERS.items():
        if verb in (None, name):
            add(verbs)
    return top


def _add_validate(verbs: _Verbs) -> None:
    """Add the parser of `vostochny validate`."""
    v = verbs.add_parser("validate", help="check annotation files against the schema and the corpus rules",
                         formatter_class=_RAW,
                         epilog="example:\n  vostochny validate            # the corpus at or above this folder\n"
                         "  vostochny validate annotations/reuters-kim-putin-summit.json "
                         "raw/reuters-kim-putin-summit.txt\n"
                         "  vostochny validate --format github --ignore V302 .\n\n"
                         "A file is checked with what it can break: a raw text with its document, a document with\n"
                         "the split and registry rules and against the other documents (V317-V319, V321, V324,\n"
                         "V332, V333, V340), entities.json, splits.json or a schema file with the whole corpus.\n\n"
                         + EXIT_STATUS)
    v.add_argument("paths", nargs="*", metavar="PATH", help="corpus folders or files (default: the corpus at or "
                   "above the working directory, found like git finds a repository)")
    v.add_argument("--packaged", action="store_true", help="check the corpus shipped with the package")
    v.add_argument("--format", choices=("text", "json", "github"), default="text", help="output format (default: text)")
    v.add_argument("--select", type=_codes, default=[], metavar="CODES",
                   help="report only these codes or code prefixes, comma-separated (e.g. V2,V303)")
    v.add_argument("--ignore", type=_codes, default=[], metavar="CODES", help="leave out these codes or prefixes")
    v.add_argument("-q", "--quiet", action="store_true", help="print errors only: no warnings, notes or summary")
    _add_limits(v)
    v.add_argument("--jobs", type=_positive, default=1, help="processes to check documents in, at most the CPUs and "
                   "half the documents (output is identical)")
    v.add_argument("--staged", action="store_true", help="check the corpus as the commit being made records it (the "
                   "pre-commit hook's): a corpus file that git's index does not hold is an error, V331")
    v.set_defaults(run=_validate)


def _add_limits(parser: argparse.ArgumentParser) -> None:
    """Add the caps on what a verb that validates reads (the same for `validate`, `build` and `export`, so that a
    corpus that validates with a raised cap also builds)."""
    parser.add_argument("--max-bytes", type=_positive, default=MAX_ANNOTATION_BYTES,
                        help=f"largest annotation file read, in bytes (default: {MAX_ANNOTATION_BYTES})")
    parser.add_argument("--max-raw-bytes", type=_positive, default=MAX_RAW_BYTES,
                        help=f"largest raw text read, in bytes (default: {MAX_RAW_BYTES})")


def _add_build(verbs: _Verbs) -> None:
    """Add the parser of `vostochny build`."""
    b = verbs.add_parser("build", help="validate the corpus and write the release files", formatter_class=_RAW,
                         epilog="example:\n  vostochny build --out release\n"
                         "  vostochny build --without-text --out release-textless   # then `vostochny hydrate`\n\n"
                         + EXIT_STATUS)
    b.add_argument("--out", required=True, help="folder to write the release into: new, empty, or an earlier "
                   "release (holds summary.json); it is replaced whole")
    b.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    b.add_argument("--jobs", type=_positive, default=1, help="processes to validate and render documents in, at "
                   "most the CPUs and half the documents (the release is byte-identical)")
    b.add_argument("--without-text", action="store_true", help="write the annotations-only release instead "
                   "(textless/: offsets and selectors, no text; see docs/annotations-only.md)")
    _add_limits(b)
    b.set_defaults(run=_build)
    b.add_argument("--packaged", action="store_true", help="use the corpus shipped with the package")


def _add_hydrate(verbs: _Verbs) -> None:
    """Add the parser of `vostochny hydrate`."""
    h = verbs.add_parser("hydrate", help="rebuild the corpus from an annotations-only release and your texts",
                         formatter_class=_RAW,
                         epilog="example:\n  vostochny build --without-text --out release-textless\n"
                         "  vostochny hydrate release-textless --texts my-articles/ --out corpus\n\n"
                         "Each article must be my-articles/<document id>.txt. A text whose SHA-256 is the released\n"
                         "one gives the original files byte for byte; in a text that differs (quotes, spaces, line\n"
                         "ends, a fixed typo, an extra paragraph) each span is found again by its selector, and the\n"
                         "spans that cannot be found are listed and left out, with what depends on them.\n\n"
                         "exit status: 0 every span placed, 1 written but some spans left out (listed), 2 usage\n"
                         "error (a missing or misnamed text, a damaged release, an output folder that is not new\n"
                         "or empty; nothing written), 3 internal error (a bug)")
    h.add_argument("release", help="folder written by `vostochny build --without-text`")
    h.add_argument("--texts", required=True, help="folder of your copies of the articles, <document id>.txt")
    h.add_argument("--out", required=True, help="new or empty folder to write the corpus into")
    h.set_defaults(run=_hydrate)


def _add_export(verbs: _Verbs) -> None:
    """Add the parser of `vostochny export`."""
    e = verbs.add_parser("export", help="write one export format", formatter_class=_RAW, epilog_of=_export_epilog)
    e.add_argument("--format", required=True, choices=list(EXPORT_FORMATS), help="the format to write")
    e.add_argument("--out", required=True, help="folder to write into: new, empty, or an earlier export of ours "
                   "(it is replaced whole)")
    e.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    e.add_argument("--scheme", help="tag scheme: BIO (default) or IOBES, any case")
    e.add_argument("--kinds", help="mention kinds that become NER tags, comma-separated (default: name)")
    e.add_argument("--nested", help="which of nested mentions keep their tag: outermost "
                   "(default) or innermost; the others are listed in LOSSES.json")
    e.add_argument("--jobs", type=_positive, default=1, help="processes to validate and render documents in, at "
                   "most the CPUs and half the documents (the output is identical)")
    e.add_argument("--drop-zones", help="zone kinds to leave out, comma-separated "
                   "(default: boilerplate for the token-tag formats, none for the lossless ones; '' keeps all)")
    _add_limits(e)
    e.set_defaults(run=_export)
    e.add_argument("--packaged", action="store_true", help="use the corpus shipped with the package")


def _add_diff(verbs: _Verbs) -> None:
    """Add the parser of `vostochny diff`."""
    d = verbs.add_parser("diff", help="compare two corpus versions: changes and agreement", formatter_class=_RAW,
                         epilog="example:\n"
                         "  vostochny diff main . --out diff.md      # a git revision against this folder\n"
                         "  vostochny diff old-corpus/ new-corpus/ --format json\n\n"
                         "A document of A or B that does not load is an annotation error (exit 1), listed with its\n"
                         "problems; it is never read as added or deleted.\n\n" + EXIT_STATUS)
    d.add_argument("a", metavar="A", help="reference: a corpus folder or a git revision of this repository")
    d.add_argument("b", metavar="B", help="compared: a corpus folder or a git revision")
    d.add_argument("--format", choices=("markdown", "json"), default="markdown")
    d.add_argument("--out", help="write the report to this file instead of standard output: a new or regular file, "
                   "outside the annotations/ and raw/ folders of both corpora")
    d.set_defaults(run=_diff)


def _add_evaluate(verbs: _Verbs) -> None:
    """Add the parser of `vostochny evaluate`."""
    from vostochny.evaluation import FORMATS as PREDICTION_FORMATS

    ev = verbs.add_parser("evaluate", help="score predictions against a split of the corpus (every layer)",
                          formatter_class=_RAW,
                          epilog="example:\n  vostochny evaluate predictions/    # the test split of this corpus\n"
                          "  vostochny evaluate pred.conll --split validation --format json\n"
                          "  vostochny evaluate pred.conllu --gold other-corpus/ --format markdown\n\n"
                          "Metrics are defined in docs/evaluation.md. Predictions that cannot be scored are\n"
                          "refused with located problems (exit 1).\n\n" + EXIT_STATUS)
    ev.add_argument("predictions", metavar="PREDICTIONS", help="a prediction file, or a folder of them")
    ev.add_argument("--gold", dest="corpus", metavar="DIR", help="the gold corpus (default: the corpus at or above "
                    "this folder)")
    ev.add_argument("--packaged", action="store_true", help="score against the corpus shipped with the package")
    ev.add_argument("--split", choices=(*SPLIT_NAMES, "all"), default="test",
                    help="the documents to score (default: test)")
    ev.add_argument("--input-format", choices=("auto", *PREDICTION_FORMATS), default="auto",
                    help="the predictions' format (default: from the file suffixes)")
    ev.add_argument("--format", choices=("table", "json", "markdown"), default="table", help="report format")
    ev.add_argument("--kinds", help="CoNLL-2003 predictions: the mention kinds their tags stand for (default: name)")
    ev.add_argument("--nested", help="CoNLL-2003 predictions: which of nested gold mentions the tags keep "
                    "(outermost, the default, or innermost)")
    ev.set_defaults(run=_evaluate)


def _add_new(verbs: _Verbs) -> None:
    """Add the parser of `vostochny new`."""
    n = verbs.add_parser("new", help="add a new article: raw text, checksum, tokens, empty layers",
                         formatter_class=_RAW,
                         epilog="example:\n"
                         "  vostochny new ~/Downloads/article.txt --id bbc-kim-leaves-russia --outlet BBC\n"
                         "  # then record meta.rights (V221 warns until you do) and annotate, zones first (V229)\n\n"
                         + EXIT_STATUS)
    n.add_argument("raw_file", metavar="RAW_FILE", help="the article as received (UTF-8); copied byte for byte")
    n.add_argument("--id", required=True, help="document id: lowercase letters, digits and hyphens")
    n.add_argument("--outlet", help="the outlet, only if the text itself shows it")
    n.add_argument("--title", help="the headline, if the text has one")
    n.add_argument("--date", help="publication date YYYY-MM-DD, if the text gives it")
    n.add_argument("--language", default="en")
    n.add_argument("--url", help="the article's original URL, only if the text itself shows it")
    n.add_argument("--received", help="the date YYYY-MM-DD the text was received (default: today, UTC)")
    n.add_argument("--split", choices=SPLIT_NAMES, default="train")
    n.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    n.add_argument("--max-bytes", type=_positive, default=MAX_ANNOTATION_BYTES,
                   help=f"largest annotation file to write (default: {MAX_ANNOTATION_BYTES})")
    n.add_argument("--max-raw-bytes", type=_positive, default=MAX_RAW_BYTES,
                   help=f"largest article accepted (default: {MAX_RAW_BYTES})")
    n.set_defaults(run=_new)


def _add_import(verbs: _Verbs) -> None:
    """Add the parser of `vostochny import`."""
    i = verbs.add_parser("import", help="read annotations back from an annotation tool's format", formatter_class=_RAW,
                         epilog="example:\n  vostochny export --format brat --out brat/\n"
                         "  # ... edit in brat or INCEpTION ...\n  vostochny import brat brat/\n\n" + EXIT_STATUS)
    i.add_argument("tool", choices=("brat",), help="the format to read")
    i.add_argument("folder", help="folder with <id>.ann (and <id>.txt) files")
    i.add_argument("--corpus", help="corpus root whose annotation files are updated "
                   "(default: the corpus at or above this folder)")
    i.set_defaults(run=_import)


def _add_stats(verbs: _Verbs) -> None:
    """Add the parser of `vostochny stats`."""
    st = verbs.add_parser("stats", help="corpus statistics per document and in total", formatter_class=_RAW,
                          epilog="example:\n  vostochny stats\n  vostochny stats --format markdown --plots plots/\n\n"
                          + EXIT_STATUS)
    st.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    st.add_argument("--plots", metavar="DIR", help="also write PNG charts into DIR (needs matplotlib), all together "
                    "or none; what else DIR holds stays; not inside the corpus's annotations/ or raw/")
    st.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    st.set_defaults(run=_stats)
    st.add_argument("--packaged", action="store_true", help="use the corpus shipped with the package")


def _add_render(verbs: _Verbs) -> None:
    """Add the parser of `vostochny render`."""
    r = verbs.add_parser("render", help="write a static HTML viewer of the corpus, or of a diff", formatter_class=_RAW,
                         epilog="example:\n  vostochny render --out site/   # then open site/index.html\n"
                         "  vostochny render --diff main . --out review/\n\n" + EXIT_STATUS)
    r.add_argument("docs", nargs="*", metavar="DOC", help="document ids to render (default: all)")
    r.add_argument("--out", required=True, help="folder to write the pages into")
    r.add_argument("--diff", nargs=2, metavar=("A", "B"), help="show corpus B against A (folders or git revisions)")
    r.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    r.set_defaults(run=_render)
    r.add_argument("--packaged", action="store_true", help="use the corpus shipped with the package")


def _add_migrate(verbs: _Verbs) -> None:
    """Add the parser of `vostochny migrate`."""
    m = verbs.add_parser("migrate", help="rewrite annotation files in the current schema version", formatter_class=_RAW,
                         epilog="example:\n  vostochny migrate annotations/*.json     # every file of the corpus\n"
                         "  vostochny migrate annotations/entities.json annotations/splits.json\n\n"
                         "Each file of an older schema version is read against its own version's schema and\n"
                         "rewritten in the current one; a current file is left as it is (`up to date`), and so are\n"
                         "the files without a schema version (RELEASED.json, agreement.json). All or nothing: if\n"
                         "any file has another problem, every problem is listed, located, and nothing is written.\n\n"
                         "exit status: 0 migrated or up to date, 1 a file has another problem (nothing written),\n"
                         "2 usage error (a path that is missing or is a folder), 3 internal error (a bug)")
    m.add_argument("files", nargs="+", metavar="FILE", help="an annotation file: a document (annotations/ID.json), "
                   "entities.json, splits.json or quote_links.json")
    m.set_defaults(run=_migrate)


def _add_check_version(verbs: _Verbs) -> None:
    """Add the parser of `vostochny check-version`."""
    from vostochny.reading.corpus import CHANGELOG, VERSION_FILE

    cv = verbs.add_parser("check-version", formatter_class=_RAW,
                          help="classify the data change since the last release; check the dataset version and "
                          "CHANGELOG.md", epilog="example:\n  vostochny check-version            # against "
                          "annotations/RELEASED.json\n  vostochny check-version --against v1.0.0   # against a git "
                          "revision\n\nA change is patch (the same records re-serialised), minor (records added) or "
                          "major (records edited\nor removed, or a document moved to another split). The dataset "
                          "version must be raised at least\nto the next version of that level, and CHANGELOG.md must "
                          "have a '### Dataset X.Y.Z' section for it\nnaming each document with edited or removed "
                          "records.\n\nexit status: 0 the version and changelog reflect the change, 1 they do not "
                          "(or the corpus does\nnot validate), 2 usage error (no release manifest, a bad revision or "
                          "version file), 3 internal error")
    cv.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    cv.add_argument("--against", metavar="REV", help="compare with a git revision (or a corpus folder) instead of "
                    "annotations/RELEASED.json; its dataset version is its own version file")
    cv.add_argument("--version-file", default=VERSION_FILE, help=f"the dataset version, relative to the corpus root "
                    f"(default: {VERSION_FILE})")
    cv.add_argument("--changelog", default=CHANGELOG, help=f"the changelog, relative to the corpus root "
                    f"(default: {CHANGELOG})")
    cv.add_argument("--format", choices=("text", "json"), default="text")
    cv.set_defaults(run=_check_version)


def _add_release_manifest(verbs: _Verbs) -> None:
    """Add the parser of `vostochny release-manifest`."""
    from vostochny.reading.corpus import VERSION_FILE

    rm = verbs.add_parser("release-manifest", formatter_class=_RAW,
                          help="record the corpus as released in its dataset version (annotations/RELEASED.json and "
                          "annotations/released/)",
                          epilog="example:\n  vostochny release-manifest     # after raising the dataset version, "
                          "in the release commit\n\nThe corpus is validated first: in a git work tree, a raw text "
                          "must be the version first\ncommitted (V325) and a committed manifest must be there and "
                          "agree with history (V326).\nEach document's records go to "
                          "annotations/released/ID.json, the manifest lists them\nwith their SHA-256 (V335); an older "
                          "manifest (format 1) is rewritten;\n--convert rewrites one in format 2 as it stands, "
                          "without recording the corpus.\n\nexit status: 0 written, 1 the corpus does not validate "
                          "(every problem is listed, located;\nnothing is written), 2 usage error (a version lower "
                          "than the release's, the released\nversion with other data, or a file that cannot be "
                          "written: then neither file changed),\n3 internal error")
    rm.add_argument("--corpus", help="corpus root (default: the corpus at or above this folder)")
    rm.add_argument("--convert", action="store_true", help="rewrite a manifest of format 1 in format 2, with "
                    "the release it records (the data is not read)")
    rm.add_argument("--version-file", default=VERSION_FILE, help=f"the dataset version, relative to the corpus root "
                    f"(default: {VERSION_FILE})")
    rm.set_defaults(run=_release_manifest)


def _add_explain(verbs: _Verbs) -> None:
    """Add the parser of `vostochny explain`."""
    x = verbs.add_parser("explain", help="what a rule code means: why it exists, a failing and a passing example",
                         formatter_class=_RAW, epilog="example:\n  vostochny explain V203\n\n" + EXIT_STATUS)
    x.add_argument("code", metavar="CODE", type=_known_code, help="a rule code, e.g. V203 (see docs/rules.md)")
    x.set_defaults(run=_explain)


#: each verb's parser, in the order `vostochny --help` lists them
_VERB_PARSERS: dict[str, Callable[[_Verbs], None]] = {
    "validate": _add_validate,
    "build": _add_build,
    "hydrate": _add_hydrate,
    "export": _add_export,
    "diff": _add_diff,
    "evaluate": _add_evaluate,
    "new": _add_new,
    "import": _add_import,
    "stats": _add_stats,
    "render": _add_render,
    "migrate": _add_migrate,
    "check-version": _add_check_version,
    "release-manifest": _add_release_manifest,
    "explain": _add_explain,
}


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1 (0 and negatives are usage errors)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return number


def _codes(value: str) -> list[str]:
    """An argparse type: comma-separated rule codes or prefixes, each matching a catalogued code."""
    from vostochny.checking.catalogue import CATALOGUE

    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if not any(known.startswith(c) for known in CATALOGUE)]
    if unknown or not codes:
        raise argparse.ArgumentTypeError(f"unknown rule code(s) {', '.join(unknown) or repr(value)}; see docs/rules.md")
    return codes


def _known_code(value: str) -> str:
    from vostochny.checking.catalogue import CATALOGUE

    if value.upper() not in CATALOGUE:
        raise argparse.ArgumentTypeError(f"no rule {value!r}; the codes are listed in docs/rules.md")
    return value.upper()


#: what a refusal's last line says was not done, for the verbs that write no file whatever their options
_NOT_DONE = {"check-version": "the version was not checked"}


def _working_directory() -> None:
    """Refuse to run in a working directory that was removed (another shell's `rm -r`, a synthesizer run again):
    relative paths and the labels of every report are read against it, and each would fail in its own way."""
    try:
        Path.cwd()
    except FileNotFoundError:
        raise UsageError("the working directory no longer exists: change to a folder that does "
                         "(`cd` into the corpus) and run the command again") from None


#: the options whose empty value means something (`--drop-zones ''`: leave no zone kind out)
_MAY_BE_EMPTY = frozenset({"drop_zones"})


def _no_empty_values(top: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse a path, folder, id or revision given as an empty string (`--out ""`, a variable that was never set):
    read as unset, it fell back to the default (the corpus here, standard output), and as a path it named the
    working folder."""
    verbs = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    for action in verbs.choices[args.verb]._actions:
        value = getattr(args, action.dest, None)
        if action.dest not in _MAY_BE_EMPTY and "" in (value if isinstance(value, list) else [value]):
            metavar = action.metavar if isinstance(action.metavar, str) else action.dest.upper()
            named = "/".join(action.option_strings)
            raise UsageError(f"{named or metavar}: the value is empty, which names nothing; give one"
                             + ", or leave the option out for its default" * bool(named))


def _fix_for(problem: Problem, args: argparse.Namespace) -> Problem:
    """`problem` with a fix this verb can follow: V004's says to raise the limit with `--max-bytes`, which only
    `validate`, `build`, `export` and `new` take; the other verbs read files up to the default limits."""
    if problem.code != "V004" or hasattr(args, "max_bytes"):
        return problem
    return problem.replaced(fix=f"split the document: `vostochny {args.verb}` reads an annotation file "
                            f"of at most {MAX_ANNOTATION_BYTES} bytes and a raw text of at most {MAX_RAW_BYTES} "
                            "(only `vostochny validate`, `build`, `export` and `new` take --max-bytes and "
                            "--max-raw-bytes)")


def _verb_named(argv: list[str]) -> str | None:
    """The verb the command line names, or None when it names none or an unknown one (then every verb's parser is
    built, for the choices that `--help` and the errors list). The verb is the first word, after `--debug` only:
    the top parser's `--help` lists every verb, whatever follows it."""
    word = next((a for a in argv if a != "--debug"), None)
    return word if word in _VERB_PARSERS else None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script: runs a verb, turns errors into messages and exit codes."""
    code = _main(sys.argv[1:] if argv is None else argv)
    if argv is None:  # the command line's own process, which ends now: the collector's passes at its exit would
        gc.freeze()  # trace every object of the heap, which the exit frees anyway (33 M instructions of `validate`)
    return code


def _main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):  # a value the report quotes must never crash it
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    top = parser(_verb_named(argv))
    args = top.parse_args(argv)
    try:
        _no_empty_values(top, args)
        _working_directory()
        _settle_corpus(args)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except CorpusError as error:  # a verb that needs a valid corpus: every problem, then one line
        from vostochny.checking.output import text as show

        for p in error.report.problems:
            print(show(_fix_for(p, args)), file=sys.stderr)
        print(f"vostochny {args.verb} refused: {error}; {_NOT_DONE.get(args.verb, 'nothing written')}",
              file=sys.stderr)
        return EXIT_INVALID
    except PredictionError as error:
        from vostochny.checking.output import one_line

        for line in error.problems:
            print(line, file=sys.stderr)
        print(one_line(f"vostochny {args.verb} refused: {error}; nothing scored"), file=sys.stderr)
        return EXIT_INVALID
    except UsageError as error:
        print(f"vostochny {args.verb}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:  # pragma: no cover - e.g. `vostochny validate | head`
        return EXIT_OK
    except Exception as error:  # the one place that turns a bug into a report
        if args.debug:
            raise
        print(f"vostochny {args.verb}: internal error ({type(error).__name__}: {error}). This is a bug: please "
              f"report it at {ISSUES_URL} with the output of the same command run with --debug.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())

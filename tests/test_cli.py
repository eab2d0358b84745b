"""The command line: exit status, output formats, help, and cheap imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID

from vostochny.cli import _VERB_PARSERS, _verb_named, main, parser


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vostochny", *args], cwd=cwd, capture_output=True, text=True)


def test_validate_clean_corpus_exits_0(sample_corpus: Path) -> None:
    result = run("validate", cwd=sample_corpus)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stderr


def _break(root: Path) -> None:
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"entity": "e2"', '"entity": "e42"', 1), encoding="utf-8")


def test_validate_errors_exit_1_with_location_and_fix(sample_corpus: Path) -> None:
    _break(sample_corpus)
    result = run("validate", cwd=sample_corpus)
    assert result.returncode == 1
    assert f"annotations/{SAMPLE_ID}.json:" in result.stdout
    assert "V207 dangling-entity at /mentions/1/entity" in result.stdout
    assert "fix:" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("verb", [("validate",), ("stats",), ("export", "--format", "jsonl", "--out", "out")])
def test_a_link_loop_in_the_corpus_is_a_located_error_not_a_crash(sample_corpus: Path, verb: tuple[str, ...]) -> None:
    """A raw text that is a link to itself made `Path.resolve` raise RuntimeError (Python 3.11): every verb that reads
    the corpus, the pre-commit hook's validate first, stopped with an internal error (exit 3). It is V008 now."""
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    raw.unlink()
    raw.symlink_to(raw.name)
    result = run(*verb, cwd=sample_corpus)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert f"raw/{SAMPLE_ID}.txt: error V008 not-a-regular-file" in result.stdout + result.stderr
    assert "its links loop" in result.stdout + result.stderr


def test_an_output_in_a_link_loop_is_a_usage_error(sample_corpus: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop.name)
    result = run("export", "--format", "jsonl", "--out", str(loop / "out"), cwd=sample_corpus)
    assert result.returncode == 2 and "its links loop" in result.stderr and "Traceback" not in result.stderr


def test_validate_json_report(sample_corpus: Path) -> None:
    _break(sample_corpus)
    result = run("validate", "--format", "json", cwd=sample_corpus)
    report = json.loads(result.stdout)
    assert report["corpora"] == [str(sample_corpus.resolve())] and report["errors"] == 1
    records = report["problems"]
    assert records[0]["code"] == "V207" and records[0]["pointer"] == "/mentions/1/entity"
    assert records[0]["line"] > 1 and records[0]["value"] == "e42"


def test_validate_github_annotations(sample_corpus: Path) -> None:
    _break(sample_corpus)
    result = run("validate", "--format", "github", cwd=sample_corpus)
    assert result.stdout.startswith(f"::error file=annotations/{SAMPLE_ID}.json,line=")
    assert "title=V207 dangling-entity::" in result.stdout


def test_github_annotations_escape_every_control_character() -> None:
    """GitHub decodes `%25`, `%0D`, `%0A` (and in a property `%3A`, `%2C`); any other control character of a
    file name or a value went into the log raw (an escape sequence a terminal acts on)."""
    import vostochny.checking.catalogue  # noqa: F401 - fills the catalogue
    from vostochny.checking.output import github
    from vostochny.checking.problems import problem

    found = problem("V207", "annotations/a\x1b[31m,b:c.json", "/x", "bad \x07\t100% \r\n::error::forged \u2028\x9b")
    line = github(found)
    assert line == ("::error file=annotations/a\\x1b[31m%2Cb%3Ac.json,line=1,title=V207 dangling-entity::/x: a mention "
                    "points to an entity that does not exist: bad \\x07\\x09100%25 %0D%0A::error::forged "
                    "\\u2028\\x9b. Fix: set `entity` to the id of an entity in `entities`")
    assert line.isprintable()


def test_validate_single_file_and_annotations_folder(sample_corpus: Path, tmp_path: Path) -> None:
    _break(sample_corpus)
    for target in (sample_corpus / "annotations" / f"{SAMPLE_ID}.json", sample_corpus / "annotations"):
        assert run("validate", str(target), cwd=REPO).returncode == 1


def test_usage_errors_exit_2(sample_corpus: Path) -> None:
    assert run("validate", "no/such/file.json", cwd=sample_corpus).returncode == 2
    assert run("frobnicate", cwd=sample_corpus).returncode == 2
    assert run("validate", "--format", "xml", cwd=sample_corpus).returncode == 2


@pytest.mark.parametrize("verb", ["validate", "build", "export", "import", "new", "diff", "render", "stats", "migrate",
                                  "check-version", "release-manifest",
                                  "evaluate", "hydrate", "explain"])
def test_every_verb_has_help_with_an_example(verb: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([verb, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "example:\n  vostochny " in out
    words = " ".join(out.split())
    assert "exit status: 0 " in words and ", 2 usage error (" in words and ", 3 internal error" in words


def test_verbs() -> None:
    choices = parser()._subparsers._group_actions[0].choices
    assert set(choices) == {"validate", "build", "export", "import", "new", "diff", "render", "stats", "migrate",
                            "explain", "check-version", "release-manifest", "evaluate", "hydrate"}


@pytest.mark.parametrize("verb", sorted(_VERB_PARSERS))
def test_a_verb_s_own_parser_is_the_full_parser_s(verb: str) -> None:
    """`main` builds only the named verb's parser: its help and what it parses must be the full parser's."""
    full = parser()._subparsers._group_actions[0].choices
    alone = parser(verb)._subparsers._group_actions[0].choices
    assert list(alone) == [verb]
    assert alone[verb].format_help() == full[verb].format_help()
    assert [a.dest for a in alone[verb]._actions] == [a.dest for a in full[verb]._actions]


@pytest.mark.parametrize(("argv", "built"), [(["explain", "V201"], ["explain"]),
                                              (["--debug", "explain", "V201"], ["explain"]),
                                              (["--help"], list(_VERB_PARSERS))])
def test_main_builds_the_parser_of_the_verb_it_runs_alone(monkeypatch: pytest.MonkeyPatch, capsys,
                                                           argv: list[str], built: list[str]) -> None:
    """Building every verb's parser took 6 % of `validate --packaged`; `main` builds the named verb's alone (every
    one for a command line that names none). A spy on each `_add_<verb>` counts the calls."""
    calls: list[str] = []
    for name, add in list(_VERB_PARSERS.items()):
        def spy(verbs: object, name: str = name, add=add) -> None:
            calls.append(name)
            add(verbs)
        monkeypatch.setitem(_VERB_PARSERS, name, spy)
    try:
        assert main(argv) == 0
    except SystemExit as stop:  # --help
        assert stop.code == 0
    assert calls == built and capsys.readouterr().out


@pytest.mark.parametrize(("argv", "verb"), [
    (["validate", "--packaged"], "validate"), (["--debug", "stats"], "stats"), (["--debug", "--debug", "new"], "new"),
    (["--help", "validate"], None), (["-h"], None), (["--deb", "validate"], None), (["--version"], None),
    (["valid"], None), ([], None), (["--debug"], None)])
def test_the_verb_a_command_line_names(argv: list[str], verb: str | None) -> None:
    """Anything but a known verb after `--debug` gets every verb's parser: `--help` before the verb lists them all,
    and an unknown or abbreviated verb is refused with the choices."""
    assert _verb_named(argv) == verb


def test_top_level_help_before_a_verb_lists_every_verb(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help", "validate"])
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("    ")]
    assert [verb for verb in listed if verb in _VERB_PARSERS] == list(_VERB_PARSERS)


def test_export_formats_listed_by_the_parser_are_the_export_packages() -> None:
    """The parser lists the export formats without importing the export package (which imports the models)."""
    from vostochny.cli import EXPORT_FORMATS
    from vostochny.export import FORMATS

    assert tuple(FORMATS) == EXPORT_FORMATS


def test_validate_imports_neither_datasets_nor_pyarrow() -> None:
    """Nor, on a valid corpus, pydantic or the export package (tests/test_fastpath.py has the invalid case)."""
    code = (
        "import sys; from vostochny.cli import main; status = main(['validate']);"
        "heavy = [m for m in ('datasets', 'pyarrow', 'pandas', 'jinja2', 'huggingface_hub', 'pydantic',"
        " 'vostochny.export') if m in sys.modules];"
        "print(status, heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stdout + result.stderr


def test_build_refuses_invalid_corpus_and_writes_nothing(sample_corpus: Path, tmp_path: Path) -> None:
    _break(sample_corpus)
    out = tmp_path / "release"
    result = run("build", "--out", str(out), "--corpus", str(sample_corpus), cwd=tmp_path)
    assert result.returncode == 1 and "V207" in result.stderr
    assert not out.exists()


def test_atomic_writer_keeps_the_old_file_on_failure_and_uses_normal_modes(tmp_path: Path, monkeypatch) -> None:

    from vostochny.writing import writer

    target = tmp_path / "data.json"
    writer.write_text(target, "old")
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        writer.write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


def _umask() -> int:

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_version_prints_the_installed_version(sample_corpus: Path) -> None:
    from importlib.metadata import version

    result = run("--version", cwd=sample_corpus)
    assert result.returncode == 0 and result.stdout.split() == ["vostochny", version("vostochny")]


@pytest.mark.parametrize("jobs", [["--jobs", "0"], ["--jobs", "-3"], ["--jobs=-3"]])
def test_jobs_below_one_is_a_usage_error(sample_corpus: Path, jobs: list[str]) -> None:
    result = run("validate", *jobs, cwd=sample_corpus)
    assert result.returncode == 2 and "--jobs" in result.stderr, result.stderr


@pytest.mark.parametrize("verb", [["validate", "--packaged", "."], ["stats", "--packaged", "--corpus", "."],
                                  ["export", "--format", "jsonl", "--out", "out", "--packaged", "--corpus", "."],
                                  ["build", "--out", "out", "--packaged", "--corpus", "."],
                                  ["evaluate", "pred.conllu", "--packaged", "--gold", "."]])
def test_the_packaged_corpus_and_another_named_are_a_usage_error(sample_corpus: Path, verb: list[str]) -> None:
    """`--packaged` beside a corpus named (`--corpus`, `--gold`, a path) was ignored in silence: the other corpus was
    read and exported (a review found it). Refused, nothing written."""
    result = run(*verb, cwd=sample_corpus)
    assert result.returncode == 2 and "--packaged is the corpus shipped with the package" in result.stderr, result
    assert not (sample_corpus / "out").exists()


def _break_raw_and_leave_a_record_unused(root: Path) -> None:
    """An error (V203, with its V202 consequences) and a warning (V302)."""
    raw = root / "raw" / f"{SAMPLE_ID}.txt"
    raw.write_bytes(raw.read_bytes().replace(b"Putin", b"Putun", 1))
    registry = root / "annotations" / "entities.json"
    data = json.loads(registry.read_text(encoding="utf-8"))
    data["entities"].append({"id": "sergei-shoigu", "type": "PER", "name": "Sergei Shoigu", "aliases": [],
                             "wikidata": {"status": "unverified"}})
    registry.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _codes(root: Path, *options: str) -> set[str]:
    result = run("validate", "--format", "json", *options, cwd=root)
    return {p["code"] for p in json.loads(result.stdout)["problems"]}


def test_select_and_ignore_filter_codes(sample_corpus: Path) -> None:
    _break_raw_and_leave_a_record_unused(sample_corpus)
    assert {"V203", "V302"} <= _codes(sample_corpus)
    assert _codes(sample_corpus, "--select", "V203") == {"V203"}
    ignored = _codes(sample_corpus, "--ignore", "V302")
    assert "V203" in ignored and "V302" not in ignored


def test_quiet_prints_only_errors(sample_corpus: Path) -> None:
    _break_raw_and_leave_a_record_unused(sample_corpus)
    result = run("validate", "-q", cwd=sample_corpus)
    assert result.returncode == 1 and ": error V203 " in result.stdout
    assert " warning " not in result.stdout and "V302" not in result.stdout
    assert "error(s)" not in result.stdout + result.stderr


def test_explain_prints_name_doc_and_examples() -> None:
    from vostochny.checking import rules  # noqa: F401 - registers the corpus rules in the catalogue
    from vostochny.checking.problems import CATALOGUE
    from vostochny.checking.rule_examples import EXAMPLES

    result = run("explain", "V203", cwd=REPO)
    assert result.returncode == 0, result.stderr
    info, (fails, passes) = CATALOGUE["V203"], EXAMPLES["V203"]
    for text in ("V203", info.name, " ".join(info.doc.split()), fails, passes):
        assert text in " ".join(result.stdout.split()), text


def test_explain_unknown_code_is_a_usage_error() -> None:
    result = run("explain", "V999", cwd=REPO)
    assert result.returncode == 2 and "V999" in result.stderr


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("planted bug")


def test_internal_error_has_its_own_exit_code(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import vostochny.checking.validator

    monkeypatch.setattr(vostochny.checking.validator, "validate", _boom)
    assert main(["validate", str(sample_corpus)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: planted bug)" in err and "report it" in err
    with pytest.raises(RuntimeError):
        main(["--debug", "validate", str(sample_corpus)])


def test_corpus_found_walking_up_or_refused(sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    inside = run("validate", cwd=sample_corpus / "raw")
    assert inside.returncode == 0 and inside.stdout.splitlines()[0] == f"corpus: {sample_corpus.resolve()}"
    outside = tmp_path_factory.mktemp("nowhere")
    for verb in (["validate"], ["stats"]):
        result = run(*verb, cwd=outside)
        assert result.returncode == 2 and "no corpus at or above" in result.stderr and "Traceback" not in result.stderr
    packaged = run("validate", "--packaged", cwd=outside)
    assert packaged.returncode == 0 and "corpus: " in packaged.stdout


def test_lone_surrogate_values_print_in_every_format(sample_corpus: Path) -> None:
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"entity": "e2"', '"entity": "\\ud800"', 1),
                    encoding="utf-8")
    for fmt in ("text", "json", "github"):
        result = run("validate", "--format", fmt, cwd=sample_corpus)
        assert result.returncode == 1 and "V007" in result.stdout and "Traceback" not in result.stderr, fmt


def _report_codes(result: subprocess.CompletedProcess) -> list[str]:
    return [p["code"] for p in json.loads(result.stdout)["problems"]]


def test_filters_never_turn_not_checked_into_clean(sample_corpus: Path) -> None:
    (sample_corpus / "annotations" / f"{SAMPLE_ID}.json").write_text('{"broken": ', encoding="utf-8")
    for options in (["--select", "V2"], ["--ignore", "V0"], ["-q", "--select", "V3"]):
        result = run("validate", "--format", "json", *options, cwd=sample_corpus)
        assert result.returncode == 1 and _report_codes(result) == ["V001"], options


def _edit_document(root: Path, change: object) -> None:
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)  # type: ignore[operator]
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


def test_a_wrong_recorded_checksum_folds_nothing(sample_corpus: Path) -> None:
    def change(doc: dict) -> None:
        doc["sha256"] = "0" * 64
        doc["mentions"][1]["text"] += "X"

    _edit_document(sample_corpus, change)
    result = run("validate", "--format", "json", cwd=sample_corpus)
    assert result.returncode == 1 and sorted(_report_codes(result)) == ["V202", "V203"]
    assert "every token still matches" in json.loads(result.stdout)["problems"][0]["message"]
    ignored = run("validate", "--format", "json", "--ignore", "V203", cwd=sample_corpus)
    assert ignored.returncode == 1 and _report_codes(ignored) == ["V202"]


def test_a_cause_filtered_out_gives_back_its_consequences(sample_corpus: Path) -> None:
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    raw.write_bytes(b"  " + raw.read_bytes())  # every offset moves: V203 with its span errors folded
    folded = run("validate", "--format", "json", cwd=sample_corpus)
    assert _report_codes(folded) == ["V203"] and "follow from it" in json.loads(folded.stdout)["problems"][0]["message"]
    selected = run("validate", "--format", "json", "--select", "V202", cwd=sample_corpus)
    assert selected.returncode == 1 and set(_report_codes(selected)) == {"V202"}


def test_a_stray_annotations_folder_inside_raw_is_not_a_corpus(sample_corpus: Path) -> None:
    stray = sample_corpus / "raw" / "annotations"
    stray.mkdir()
    (stray / "splits.json").write_text('{"schema_version": "1.1.0", "train": [], "validation": [], "test": []}',
                                       encoding="utf-8")
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    raw.write_bytes(raw.read_bytes() + b"tampered")
    for cwd, args in ((sample_corpus / "raw", ()), (sample_corpus, (str(raw),))):
        result = run("validate", *args, cwd=cwd)
        assert result.returncode == 1 and result.stdout.startswith(f"corpus: {sample_corpus.resolve()}\n"), args


def test_folders_and_files_that_cannot_be_read_are_said_so(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from vostochny.reading import loader

    real_read = loader.read_capped

    def denied(path: Path, limit: int) -> bytes:
        if path.suffix == ".txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path, limit)

    monkeypatch.setattr(loader, "read_capped", denied)
    assert main(["validate", "--format", "json", str(sample_corpus)]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]  # the raw text's own problem, not V204 missing
    assert [(p["code"], Path(p["file"]).name) for p in problems] == [("V006", f"{SAMPLE_ID}.txt")], problems
    assert "Permission denied" in problems[0]["message"]
    monkeypatch.undo()
    real_iterdir = Path.iterdir

    def unlisted(path: Path):
        if path.name == "annotations":
            raise PermissionError(13, "Permission denied", str(path))
        return real_iterdir(path)

    monkeypatch.setattr(Path, "iterdir", unlisted)
    assert main(["validate", "--format", "json", str(sample_corpus)]) == 1
    assert [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]] == ["V006"]


def test_a_file_name_cannot_forge_a_report_line(sample_corpus: Path) -> None:
    forged = sample_corpus / "annotations" / "x\n0 document file(s), 0 error(s), 0 warning(s)\ny.json"
    forged.write_text("{", encoding="utf-8")
    result = run("validate", cwd=sample_corpus)
    assert result.returncode == 1
    assert not any(line.startswith("0 document file(s)") for line in result.stdout.splitlines())
    quiet = run("validate", "-q", cwd=sample_corpus)
    assert "note:" not in quiet.stdout and quiet.stderr == ""


def test_the_parser_imports_no_verb_it_does_not_run() -> None:
    """Building the parser for `validate` leaves the version check and the scorer's readers unimported."""
    code = ("import sys; from vostochny.cli import parser; parser().parse_args(['validate']);"
            "print([m for m in ('vostochny.verbs.versioning', 'vostochny.verbs.records', "
            "'vostochny.evaluation.scoring')"
            " if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_validating_one_file_finds_the_document_whose_text_it_copies(sample_corpus: Path) -> None:
    """The help says a file is checked with what it can break: a document that records the raw text of
    another breaks V324 with it, but `validate annotations/<twin>.json` said '0 errors' (the whole
    corpus: exit 1)."""
    twin = "sample-doc-copy"
    doc = json.loads((sample_corpus / "annotations" / f"{SAMPLE_ID}.json").read_text(encoding="utf-8"))
    (sample_corpus / "annotations" / f"{twin}.json").write_text(json.dumps({**doc, "id": twin}), encoding="utf-8")
    (sample_corpus / "raw" / f"{twin}.txt").write_bytes((sample_corpus / "raw" / f"{SAMPLE_ID}.txt").read_bytes())
    splits = sample_corpus / "annotations" / "splits.json"
    splits.write_text(json.dumps({**json.loads(splits.read_text(encoding="utf-8")), "test": [twin]}), encoding="utf-8")
    assert "V324" in run("validate", "--format", "json", cwd=sample_corpus).stdout  # the whole corpus finds it
    result = run("validate", "--format", "json", f"annotations/{twin}.json", cwd=sample_corpus)
    assert result.returncode == 1 and "V324" in result.stdout


@pytest.mark.parametrize("verb", [["validate", "--packaged"], ["stats", "--packaged"], ["validate"]])
def test_a_removed_working_directory_is_a_usage_error(verb: list[str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture) -> None:
    """Run in a folder another shell removed, a verb said "internal error (FileNotFoundError)": every report's labels
    are read against the working directory. Now one line says so, exit 2."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert main(verb) == 2
    err = capsys.readouterr().err
    assert "the working directory no longer exists" in err and "internal error" not in err


def test_v004_s_fix_names_an_option_only_the_verbs_that_take_it(sample_corpus: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """V004 told `build` and `export` to raise the limit with --max-bytes, which they lacked (a corpus that validated
    with a raised cap could not be built); `new` took --max-bytes for the file it writes, then validated the corpus
    with the default limit. The verbs that read up to the default limits name the verbs that take the options."""
    from vostochny.reading.files import MAX_RAW_BYTES

    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    text = raw.read_bytes()
    raw.write_bytes(text + b" " * MAX_RAW_BYTES)
    monkeypatch.chdir(sample_corpus)
    verbs = (["validate", "-q"], ["build", "--out", str(tmp_path / "release")],
             ["export", "--format", "jsonl", "--out", str(tmp_path / "jsonl")])
    for verb in verbs:
        assert main(verb) == 1
        out, err = capsys.readouterr()
        assert "raise the limit with --max-bytes (annotations)" in out + err, verb
    assert main(["stats"]) == 1
    assert (f"    fix: split the document: `vostochny stats` reads an annotation file of at most 16777216 bytes and a "
            f"raw text of at most {MAX_RAW_BYTES} (only `vostochny validate`, `build`, `export` and `new` take "
            "--max-bytes and --max-raw-bytes)\n") in capsys.readouterr().err
    raw.write_bytes(text)
    for verb in verbs:  # the caps they are given, not the defaults
        assert main([*verb, "--max-raw-bytes", str(len(text) - 1)]) == 1
        assert "V004" in "".join(capsys.readouterr()), verb
        assert main([*verb, "--max-raw-bytes", str(len(text))]) == 0, verb
    assert (tmp_path / "release" / "summary.json").is_file() and (tmp_path / "jsonl").is_dir()
    from vostochny.checking import validator

    real, asked = validator.validate, []
    monkeypatch.setattr(validator, "validate", lambda *a, **k: asked.append(k["limits"]) or real(*a, **k))
    article = tmp_path / "article.txt"
    article.write_text("Kim met Putin in Moscow.\n", encoding="utf-8")
    assert main(["new", str(article), "--id", "new-one", "--max-raw-bytes", "5000", "--max-bytes", "70000"]) == 0
    assert [(limits.max_bytes, limits.max_raw_bytes) for limits in asked] == [(70000, 5000)]


@pytest.mark.parametrize(("argv", "named"), [
    (["build", "--out", ""], "--out"), (["stats", "--corpus", ""], "--corpus"), (["diff", "", "."], "A"),
    (["diff", ".", ".", "--out", ""], "--out"), (["render", "--out", ""], "--out"),
    (["render", "--diff", ".", "", "--out", "x"], "--diff"), (["validate", ""], "PATH"),
    (["new", "a.txt", "--id", ""], "--id"), (["stats", "--plots", ""], "--plots"),
    (["hydrate", "r", "--texts", "", "--out", "o"], "--texts"), (["check-version", "--against", ""], "--against")])
def test_an_empty_value_is_a_usage_error_never_the_default(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str], argv: list[str],
                                                          named: str) -> None:
    """`--out ""` (a variable never set) read as unset: the report went to standard output, `--corpus ""` found
    the corpus here, and an empty path named the working folder (`diff "" HEAD`)."""
    monkeypatch.chdir(sample_corpus)
    before = sorted(p.relative_to(sample_corpus) for p in sample_corpus.rglob("*"))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == (f"vostochny {argv[0]}: {named}: the value is empty, which names nothing; give one"
                   + ", or leave the option out for its default" * named.startswith("--") + "\n")
    assert sorted(p.relative_to(sample_corpus) for p in sample_corpus.rglob("*")) == before


def test_an_empty_drop_zones_keeps_every_zone(sample_corpus: Path, tmp_path: Path) -> None:
    assert main(["export", "--format", "conll2003", "--out", str(tmp_path / "out"), "--corpus", str(sample_corpus),
                 "--drop-zones", ""]) == 0


def test_a_verb_that_needs_git_says_when_there_is_none(sample_corpus: Path, tmp_path: Path) -> None:
    """Without git on PATH, `validate --staged` blamed a work tree ('not inside a git work tree, or git failed:
    FileNotFoundError') and the notes said git's attributes 'could not be read'."""
    env = {**os.environ, "PATH": str(tmp_path / "no-bin")}
    staged = subprocess.run([sys.executable, "-m", "vostochny", "validate", "--staged"], cwd=sample_corpus, env=env,
                            capture_output=True, text=True)
    assert staged.returncode == 2
    assert staged.stderr == ("vostochny validate: --staged: git is not installed or not on PATH; it reads the files "
                             "of git's index\n")
    plain = subprocess.run([sys.executable, "-m", "vostochny", "validate"], cwd=sample_corpus, env=env,
                           capture_output=True, text=True)
    assert plain.returncode == 0 and ("note: git's attributes of the corpus files could not be read (git is not "
                                      "installed or not on PATH): V341 and V342 were not run") in plain.stdout
    assert "git history could not be read (git is not installed or not on PATH)" in plain.stdout


def test_collector_paused_turns_the_collector_back_on_even_when_the_body_raises() -> None:
    """`collector_paused` (the imports of `validate`) turns the collector off for its body and back on after it, also
    when the body raises (the error passes through), and leaves a collector that was off before off."""
    import gc

    from vostochny.reading.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ImportError, match="no such module"), collector_paused():
        raise ImportError("no such module")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("own", [True, False])
def test_only_the_command_line_s_own_process_freezes_the_heap_at_its_end(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str],
                                                                         own: bool) -> None:
    """`main()` reading `sys.argv` (the console script, whose process ends now) freezes the heap (`gc.freeze`: the
    collector's passes at the exit would trace it all); a caller passing `argv` keeps a heap the collector reads,
    and `validate` leaves the collector on either way (its imports pause it)."""
    import gc

    monkeypatch.setattr(sys, "argv", ["vostochny", "validate", "--packaged"])
    gc.unfreeze()
    try:
        assert (main() if own else main(["validate", "--packaged"])) == 0
        assert (gc.get_freeze_count() > 0) is own and gc.isenabled()
    finally:
        gc.unfreeze()
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().err

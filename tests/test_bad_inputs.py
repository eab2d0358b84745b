"""The bad-input catalogue, one case or more per rule of the validator: every broken corpus gets its
exact, located error first and exactly the codes its one planted mistake explains (no follow-on
noise), exit 1 (0 for a warning), never a traceback; the exporters refuse it and write nothing.

A case folder holds files laid over the sample corpus: `NAME.delete` removes NAME, `NAME.symlink`
makes NAME a link to the path it holds, `NAME.fifo` makes NAME a FIFO. The files under its `committed/`
folder are laid first and committed to a git repository made in the corpus (one is if there is none): the
history that V325 and V326 hold the raw texts and the release manifest to."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from json_source_map import calculate
from sample import commit_all, write_sample_corpus

from vostochny.checking import rules  # noqa: F401 - registers the corpus rules in the catalogue
from vostochny.checking.problems import CATALOGUE

#: every folder of tests/bad_inputs is a case (one without its expected.json fails), but Python's and tools' own
#: (`__pycache__`, made by compiling generate.py; a dot folder)
CASES = sorted(p for p in (Path(__file__).parent / "bad_inputs").iterdir()
               if p.is_dir() and not p.name.startswith(("__", ".")))


def _expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def test_catalogue_is_large_enough_and_triggers_every_rule() -> None:
    assert len(CASES) >= 30
    assert {_expected(c)["code"] for c in CASES} == set(CATALOGUE)


def test_every_rule_is_documented() -> None:
    for info in CATALOGUE.values():
        assert info.doc and info.message and info.fix and info.name, info.code


_SPECIAL = (".delete", ".symlink", ".fifo")


def planted(rel: Path) -> Path:
    """The corpus file that a case's file `rel` stands for (`x.json.fifo` stands for `x.json`)."""
    return rel.parent / rel.stem if rel.suffix in _SPECIAL else rel


COMMITTED = "committed"


def overlay(case: Path, root: Path) -> dict:
    """A sample corpus in `root` with the case's files laid over it (those of `committed/` first, committed)."""
    write_sample_corpus(root)
    if (case / COMMITTED).is_dir():
        _lay(case / COMMITTED, root)
        commit_all(root)
    _lay(case, root)
    return _expected(case)


def _lay(case: Path, root: Path) -> None:
    """Lay the files of `case` over the corpus at `root` (not those of a `committed/` folder in it)."""
    for path in case.rglob("*"):
        rel = path.relative_to(case)
        if path.is_dir() or rel.name == "expected.json" or rel.parts[0] == COMMITTED:
            continue
        target = root / planted(rel)
        if rel.suffix in _SPECIAL:
            target.unlink()
        if rel.suffix == ".symlink":
            target.symlink_to(path.read_text(encoding="utf-8").strip())
        elif rel.suffix == ".fifo":
            os.mkfifo(target)
        elif rel.suffix != ".delete":
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(path.read_bytes())


def expected_line(root: Path, expected: dict) -> int:
    """The line the error must name, worked out here without the validator's code."""
    if expected["line"] is not None or expected["code"] == "V008":
        return expected["line"] or 0
    data = (root / expected["file"]).read_bytes()
    if expected["code"] == "V003":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            return data[: error.start].count(b"\n") + 1
    text = data.decode("utf-8")
    if expected["code"] == "V001":
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            return error.lineno
    if expected["code"] == "V005":
        return text[: re.search(r"NaN|Infinity", text).start()].count("\n") + 1
    entry = calculate(text)[expected["pointer"]]
    return (entry.key_start or entry.value_start).line + 1


def _validate(root: Path, expected: dict, *extra: str) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "vostochny", "validate", *extra]
    for option, value in expected["options"].items():
        flag = f"--{option.replace('_', '-')}"
        args += [flag] if value is True else [flag, str(value)]  # True: a flag without a value (--staged)
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_reported_exactly(case: Path, tmp_path: Path) -> None:
    expected = overlay(case, tmp_path)
    result = _validate(tmp_path, expected, "--format", "json")
    warning = CATALOGUE[expected["code"]].severity == "warning"
    assert result.returncode == (0 if warning else 1), result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    records = json.loads(result.stdout)["problems"]
    assert sorted({r["code"] for r in records}) == sorted(expected["codes"]), records  # nothing it does not explain
    record = records[0]  # the cause comes first
    assert (record["code"], record["file"], record["pointer"]) == (expected["code"], expected["file"],
                                                                   expected["pointer"])
    assert record["line"] == expected_line(tmp_path, expected)
    assert record["message"] and record["fix"]
    assert expected.get("says", "") in record["message"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text_report_names_the_cause_first(case: Path, tmp_path: Path) -> None:
    expected = overlay(case, tmp_path)
    result = _validate(tmp_path, expected)
    assert "Traceback" not in result.stderr and result.returncode in (0, 1)
    lines = result.stdout.splitlines()
    assert lines[0] == f"corpus: {tmp_path.resolve()}"
    assert f" {expected['code']} " in lines[1] and lines[1].startswith(expected["file"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_exporters_refuse_and_write_nothing(case: Path, tmp_path: Path) -> None:
    from vostochny.export import export
    from vostochny.reading.documents import CorpusError

    expected = overlay(case, tmp_path / "corpus")
    if expected["options"] or CATALOGUE[expected["code"]].severity == "warning":
        # not an invalid corpus with the exporters' default options (a warning, or an error only an option such as
        # --staged or --max-bytes raises): the export is written, not refused (23 cases were skipped here)
        export("jsonl", tmp_path / "out", root=tmp_path / "corpus")
        assert (tmp_path / "out" / "documents.jsonl").stat().st_size > 0
        return
    with pytest.raises(CorpusError) as error:
        export("jsonl", tmp_path / "out", root=tmp_path / "corpus")
    assert any(p.code == expected["code"] for p in error.value.report.problems)
    assert not (tmp_path / "out").exists()


def test_build_command_refuses_with_the_report(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "dangling-kb-id")
    overlay(case, tmp_path / "corpus")
    result = subprocess.run([sys.executable, "-m", "vostochny", "build", "--out", str(tmp_path / "release"),
                             "--corpus", str(tmp_path / "corpus")], capture_output=True, text=True)
    assert result.returncode == 1 and "V208" in result.stderr and "nothing written" in result.stderr
    assert not (tmp_path / "release").exists()

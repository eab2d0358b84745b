"""brat standoff: lossless round trip, a configuration covering every label, located import errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO
from vostochny.export import export, read_source
from vostochny.export.brat import annotation_conf
from vostochny.importers.brat import import_brat
from vostochny.labels import ENTITY_TYPES, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS


@pytest.fixture
def exported(repo_corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "brat"
    export("brat", out, source=read_source(repo_corpus))
    return out


def test_round_trip_gives_back_the_same_files(repo_corpus: Path, exported: Path) -> None:
    before = {p.name: p.read_bytes() for p in (repo_corpus / "annotations").glob("*.json")}
    written, errors = import_brat(exported, repo_corpus)
    assert errors == [] and len(written) == len(list(exported.glob("*.ann")))
    after = {p.name: p.read_bytes() for p in (repo_corpus / "annotations").glob("*.json")}
    assert after == before


def test_texts_are_the_raw_files(exported: Path) -> None:
    for txt in exported.glob("*.txt"):
        assert txt.read_bytes() == (REPO / "raw" / txt.name).read_bytes()


def test_annotation_conf_covers_every_label() -> None:
    conf = annotation_conf()
    for label in [*ENTITY_TYPES, *RELATION_TYPES]:
        assert f"\n{label}" in conf
    for value in [*QUOTE_KINDS, *ZONE_KINDS]:
        assert value in conf


def test_losses_say_what_brat_cannot_carry(exported: Path) -> None:
    import json

    losses = json.loads((exported / "LOSSES.json").read_text(encoding="utf-8"))
    assert {"entity-name-and-kb-id", "token-and-sentence-layers"} <= set(losses["summary"])


def _edit(ann: Path, old: str, new: str) -> int:
    lines = ann.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if old in line:
            lines[n] = line.replace(old, new, 1)
            ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return n + 1
    raise AssertionError(old)


def _first_mention_line(ann: Path) -> str:
    return next(line for line in ann.read_text(encoding="utf-8").splitlines() if line.startswith("T"))


@pytest.mark.parametrize("breakage, message", [
    ("unknown-type", "unknown type 'PERSON'"),
    ("off-text", "outside the text"),
    ("shifted", "differs from the .txt"),
    ("discontinuous", "cannot be discontinuous"),
    ("dangling", "is not a text-bound annotation"),
    ("garbage", "cannot read this line"),
])
def test_broken_ann_gives_located_errors_and_writes_nothing(repo_corpus: Path, exported: Path, breakage: str,
                                                            message: str) -> None:
    ann = sorted(exported.glob("*.ann"))[0]
    first = _first_mention_line(ann)
    tid, rest, shown = first.split("\t")
    etype, start, end = rest.split()
    edits = {
        "unknown-type": (f"\t{etype} ", "\tPERSON "),
        "off-text": (f"{etype} {start} {end}", f"{etype} {start} 999999"),
        "shifted": (f"{etype} {start} {end}", f"{etype} {int(start) + 1} {int(end) + 1}"),
        "discontinuous": (f"{etype} {start} {end}", f"{etype} {start} {end};{start} {end}"),
        "dangling": ("Arg2:T", "Arg2:T9999 X"),
        "garbage": (first, first + "\nE1\tMeeting:T1"),
    }
    old, new = edits[breakage]
    if breakage == "dangling":
        lines = ann.read_text(encoding="utf-8").splitlines()
        n = next(i for i, line in enumerate(lines) if line.startswith("R"))
        lines[n] = lines[n].rsplit(" ", 1)[0] + " Arg2:T9999"
        ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
        line_no = n + 1
    else:
        line_no = _edit(ann, old, new) + (1 if breakage == "garbage" else 0)
    before = {p.name: p.read_bytes() for p in (repo_corpus / "annotations").glob("*.json")}
    written, errors = import_brat(exported, repo_corpus)
    assert written == [] and errors
    assert any(e.file == str(ann) and e.line == line_no and message in e.message for e in errors), errors
    assert {p.name: p.read_bytes() for p in (repo_corpus / "annotations").glob("*.json")} == before


def test_edited_text_is_refused(repo_corpus: Path, exported: Path) -> None:
    txt = sorted(exported.glob("*.txt"))[0]
    txt.write_text(txt.read_text(encoding="utf-8") + " ", encoding="utf-8")
    written, errors = import_brat(exported, repo_corpus)
    assert not written and "never edit the text" in errors[0].message


def test_cli_import_reports_errors_without_traceback(repo_corpus: Path, exported: Path, capsys) -> None:  # noqa: ANN001
    from vostochny.cli import main

    ann = sorted(exported.glob("*.ann"))[0]
    ann.write_text(ann.read_text(encoding="utf-8") + "T99999\tPERSON 0 3\tfoo\n", encoding="utf-8")
    assert main(["import", "brat", str(exported), "--corpus", str(repo_corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{ann}:" in err and "unknown type 'PERSON'" in err and "Traceback" not in err
    shutil.rmtree(exported)

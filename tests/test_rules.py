"""Every rule of the catalogue, triggered by a broken sample corpus: code, file, line and pointer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from json_source_map import calculate

from conftest import SAMPLE_ID, SAMPLE_TEXT
from vostochny.problems import CATALOGUE
from vostochny.validator import validate

DOC = f"annotations/{SAMPLE_ID}.json"


def edit(root: Path, change: Callable[[dict], None], name: str = DOC) -> None:
    path = root / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def replace_text(root: Path, old: str, new: str, name: str = DOC) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def setitem(path: tuple, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value
    return change


@dataclass
class Case:
    code: str
    breaks: Callable[[Path], None]
    pointer: str
    file: str = DOC
    line: int | None = None  # None: the line of the pointer in the broken file
    options: dict = field(default_factory=dict)


def _crossing(data: dict) -> None:
    kim = next(m for m in data["mentions"] if m["text"] == "Kim Jong Un")
    start = kim["start"] + 4
    end = start + len("Jong Un met")
    data["mentions"].append({"id": "m9", "start": start, "end": end, "text": SAMPLE_TEXT[start:end],
                             "entity": "e2", "kind": "name", "metonymy": False})


def _mid_token(data: dict) -> None:
    m = data["mentions"][1]
    m["start"] += 1
    m["text"] = SAMPLE_TEXT[m["start"]:m["end"]]


def _raw_changed(root: Path) -> None:
    raw = root / "raw" / f"{SAMPLE_ID}.txt"
    raw.write_bytes(raw.read_bytes().replace(b"win", b"won"))


def _rename(root: Path) -> None:
    (root / DOC).rename(root / "annotations" / "other-name.json")
    edit(root, lambda d: d["train"].__setitem__(0, SAMPLE_ID), "annotations/splits.json")


def _old_version(data: dict) -> None:
    data["schema_version"] = "1.0.0"
    del data["zones"]


CASES = [
    Case("V001", lambda r: (r / DOC).write_text('{"id": "x",\n', encoding="utf-8"), "", line=2),
    Case("V002", lambda r: replace_text(r, '"id": "sample-doc",', '"id": "sample-doc", "id": "sample-doc",'), "/id"),
    Case("V003", lambda r: (r / DOC).write_bytes(b"\xef\xbb\xbf" + (r / DOC).read_bytes()), "", line=1),
    Case("V004", lambda r: None, "", line=1, options={"max_bytes": 100}),
    Case("V005", lambda r: replace_text(r, '"length": 127', '"length": NaN'), "", line=6),  # line 1 is "{"
    Case("V006", lambda r: (r / "annotations/entities.json").unlink(), "", file="annotations/entities.json", line=0),
    Case("V101", lambda r: edit(r, lambda d: d.pop("sha256")), "/sha256", line=1),
    Case("V102", lambda r: edit(r, setitem(("mentions", 0, "start"), "0")), "/mentions/0/start"),
    Case("V103", lambda r: edit(r, setitem(("mentions", 0, "entitiy"), "e1")), "/mentions/0/entitiy"),
    Case("V104", lambda r: edit(r, setitem(("entities", 0, "type"), "PERSON")), "/entities/0/type"),
    Case("V105", lambda r: edit(r, setitem(("id",), "../x")), "/id"),
    Case("V110", lambda r: edit(r, setitem(("schema_version",), "9.0.0")), "/schema_version"),
    Case("V111", lambda r: edit(r, _old_version), "/schema_version"),
    Case("V201", lambda r: edit(r, setitem(("mentions", 0, "end"), 10**6)), "/mentions/0"),
    Case("V202", lambda r: edit(r, setitem(("mentions", 1, "text"), "Kim Jong Ün")), "/mentions/1/text"),
    Case("V203", _raw_changed, "/sha256"),
    Case("V204", lambda r: (r / "raw" / f"{SAMPLE_ID}.txt").unlink(), "/id"),
    Case("V205", _rename, "/id", file="annotations/other-name.json"),
    Case("V206", lambda r: edit(r, setitem(("mentions", 1, "id"), "m1")), "/mentions/1/id"),
    Case("V207", lambda r: edit(r, setitem(("mentions", 0, "entity"), "e99")), "/mentions/0/entity"),
    Case("V208", lambda r: edit(r, setitem(("entities", 0, "kb_id"), "nobody")), "/entities/0/kb_id"),
    Case("V209", lambda r: edit(r, setitem(("relations", 0, "head"), "m99")), "/relations/0/head"),
    Case("V210", lambda r: edit(r, setitem(("relations", 0, "type"), "SUPPLIES")), "/relations/0/tail"),
    Case("V211", lambda r: edit(r, _crossing), "/mentions/6"),
    Case("V212", lambda r: edit(r, _mid_token), "/mentions/1"),
    Case("V213", lambda r: edit(r, lambda d: d["tokens"].pop(3)), "/tokens/3"),
    Case("V214", lambda r: edit(r, lambda d: d["sentences"].pop()), "/sentences"),
    Case("V215", lambda r: edit(r, setitem(("quotes", 0, "content"), [])), "/quotes/0/content"),
    Case("V216", lambda r: edit(r, setitem(("entities", 1, "type"), "ORG")), "/entities/1/type"),
    Case("V217", lambda r: edit(r, setitem(("relations", 1, "tail"), "m5")), "/relations/1"),
    Case("V218", lambda r: edit(r, setitem(("quotes", 0, "speaker"), "m6")), "/quotes/0/speaker"),
    Case("V219", lambda r: edit(r, lambda d: d["entities"].append({"id": "e9", "type": "PER", "name": "x"})),
         "/entities/5/id"),
    Case("V220", lambda r: edit(r, setitem(("zones", 1, "start"), 0)), "/zones/1"),
    Case("V301", lambda r: edit(r, lambda d: d["entities"].append(d["entities"][0]), "annotations/entities.json"),
         "/entities/3/id", file="annotations/entities.json"),
    Case("V302", lambda r: edit(r, lambda d: d["entities"].append({"id": "nobody", "type": "PER", "name": "N"}),
                                "annotations/entities.json"), "/entities/3/id", file="annotations/entities.json"),
    Case("V303", lambda r: edit(r, setitem(("test",), ["no-such-doc"]), "annotations/splits.json"), "/test/0",
         file="annotations/splits.json"),
    Case("V304", lambda r: edit(r, setitem(("train",), []), "annotations/splits.json"), "",
         file="annotations/splits.json"),
]


def test_every_rule_has_a_case() -> None:
    assert sorted(c.code for c in CASES) == sorted(CATALOGUE)


def test_every_rule_is_documented() -> None:
    for info in CATALOGUE.values():
        assert info.doc and info.message and info.fix and info.name, info.code


def _expected_line(root: Path, case: Case) -> int:
    if case.line is not None:
        return case.line
    entry = calculate((root / case.file).read_text(encoding="utf-8"))[case.pointer]
    return (entry.key_start or entry.value_start).line + 1


@pytest.mark.parametrize("case", CASES, ids=[c.code for c in CASES])
def test_rule_is_reported_where_it_breaks(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    monkeypatch.chdir(sample_corpus)
    assert validate(".").problems == []
    case.breaks(sample_corpus)
    found = [p for p in validate(".", **case.options).problems if p.code == case.code]
    assert found, f"{case.code} not reported"
    problem = found[0]
    assert (problem.file, problem.pointer) == (case.file, case.pointer)
    assert problem.line == _expected_line(sample_corpus, case)
    assert CATALOGUE[case.code].message in problem.message


def test_all_errors_in_one_run(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_corpus)
    edit(sample_corpus, setitem(("mentions", 0, "entity"), "e99"))
    edit(sample_corpus, setitem(("mentions", 1, "text"), "Kim"))
    edit(sample_corpus, setitem(("relations", 0, "type"), "SUPPLIES"))
    edit(sample_corpus, setitem(("test",), ["no-such-doc"]), "annotations/splits.json")
    codes = {p.code for p in validate(".").problems}
    assert {"V207", "V202", "V210", "V303"} <= codes

"""Schema 1.0.0 files (before the zones layer) are read, reported, and rewritten by `vostochny migrate`."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLE_ID

from vostochny.checking.validator import validate
from vostochny.cli import main
from vostochny.model.migrations import KNOWN_VERSIONS, migrate
from vostochny.model.models import SCHEMA_VERSION, Document


def _make_old(root: Path) -> Path:
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["zones"]
    data["schema_version"] = "1.0.0"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_step_1_0_0_to_1_1_0_adds_an_empty_zone_layer(sample_corpus: Path) -> None:
    data = json.loads(_make_old(sample_corpus).read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION == KNOWN_VERSIONS[-1]
    assert migrated["zones"] == []
    Document.model_validate(migrated)


def test_old_file_is_reported_and_still_checked(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    text = path.read_text(encoding="utf-8").replace('"entity": "e2"', '"entity": "e42"', 1)
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    codes = [p.code for p in validate(".").problems]
    assert "V111" in codes and "V207" in codes  # migrated in memory, so the rules still ran


def test_old_file_structure_is_checked_against_its_own_schema(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["zones"] = []  # not part of 1.0.0
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    problems = validate(".").problems
    assert any(p.code == "V103" and "zones" in p.message for p in problems)


def test_migrate_command_rewrites_the_file(sample_corpus: Path, monkeypatch, capsys) -> None:
    path = _make_old(sample_corpus)
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert validate(".").problems == []
    assert main(["migrate", str(path)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_migrate_leaves_a_broken_file_alone(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    path.write_text(path.read_text(encoding="utf-8") + "}", encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", str(path)]) == 1
    assert path.read_bytes() == before


def test_migrate_is_all_or_nothing_and_the_library_prints_nothing(sample_corpus: Path, monkeypatch, capsys) -> None:
    from vostochny.verbs.migrate_files import migrate_files

    monkeypatch.chdir(sample_corpus)  # labels are relative to the working directory

    path = _make_old(sample_corpus)
    broken = path.with_name("other-doc.json")
    broken.write_text(path.read_text(encoding="utf-8") + "}", encoding="utf-8")
    before = path.read_bytes()
    result = migrate_files([path, broken])
    assert capsys.readouterr() == ("", "")
    assert result.migrated == [] and [p.code for p in result.problems] == ["V001"]
    assert path.read_bytes() == before
    broken.unlink()
    result = migrate_files([path])
    assert result.migrated == [f"annotations/{SAMPLE_ID}.json"] and result.problems == []
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION

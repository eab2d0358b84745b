"""Rules beyond their single cases (those are the bad-input catalogue, `test_bad_inputs.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLE_ID

from vostochny.checking.validator import validate


def _edit(path: Path, change) -> None:  # noqa: ANN001
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_all_errors_in_one_run(sample_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_corpus)
    doc = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    _edit(doc, lambda d: d["mentions"][3].update(entity="e99"))
    _edit(doc, lambda d: d["mentions"][1].update(text="Kim"))
    _edit(doc, lambda d: d["relations"][0].update(type="SUPPLIES"))
    _edit(sample_corpus / "annotations" / "splits.json", lambda d: d.update(test=["no-such-doc"]))
    codes = [p.code for p in validate(".").problems]
    assert {"V207", "V202", "V210", "V303"} <= set(codes)


def test_a_broken_reference_is_reported_once_without_cascades(sample_corpus: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A dangling entity reference must not also make its relation look ill-typed."""
    monkeypatch.chdir(sample_corpus)
    doc = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    _edit(doc, lambda d: d["relations"][1].update(head="m99"))
    _edit(doc, lambda d: d["mentions"][0].update(entity="e99"))
    found = [(p.code, p.pointer) for p in validate(".").problems]
    assert found == [("V207", "/mentions/0/entity"), ("V209", "/relations/1/head"), ("V219", "/entities/0/id")]


@pytest.mark.parametrize(("name", "expected"), [
    ("Kim Jong Un", "kim-jong-un"),
    ("Korean People's Army", "korean-peoples-army"),  # apostrophes are deleted, not separators
    ("Workers’ Party of Korea", "workers-party-of-korea"),
    ("U.S. State Department", "us-state-department"),  # so are full stops
    ("Kim–Putin summit 2023", "kim-putin-summit-2023"),  # an en dash is a separator
    ("Komsomolsk-on-Amur", "komsomolsk-on-amur"),
    ("Ñandú  Straße (Berlin)", "nandu-strasse-berlin"),  # diacritics folded, runs are one hyphen, no ends
    ("Москва", ""),  # no ASCII form: a name is written in Latin script
])
def test_slug(name: str, expected: str) -> None:
    from vostochny.model.slugs import slug

    assert slug(name) == expected


def test_every_registry_id_of_the_corpus_is_the_slug_of_its_name() -> None:
    from vostochny.model.slugs import slug
    from vostochny.reading.documents import corpus_registry

    root = Path(__file__).resolve().parents[1]
    assert [r.id for r in corpus_registry(root).entities if r.id != slug(r.name)] == []


def test_a_renamed_name_is_reported_at_the_id_with_the_slug(sample_corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_corpus)
    _edit(sample_corpus / "annotations" / "entities.json", lambda d: d["entities"][2].update(name="Vladimir V. Putin"))
    found = [(p.code, p.pointer, p.message) for p in validate(".").problems if p.code == "V320"]
    assert found == [("V320", "/entities/2/id", "a registry id is not the slug of its record's name: "
                      "'vladimir-putin', name 'Vladimir V. Putin' (slug 'vladimir-v-putin')")]


@pytest.mark.parametrize(("text", "words"), [
    ("the country's ruling party", "ruling party"),  # possessor and determiner go
    ("a ruling party", "ruling party"),
    ("South Korea’s military", "military"),  # a typographic apostrophe too
    ("The Military", "military"),  # case-folded
    ("his personal train", "personal train"),
    ("military", "military"),
])
def test_nominal_key(text: str, words: str) -> None:
    from vostochny.checking.linking import nominal_key

    assert nominal_key(text) == words


LINKED_ELSEWHERE = Path(__file__).resolve().parent / "bad_inputs" / "nominal-linked-elsewhere-left-unlinked"


def _linked_elsewhere(root: Path) -> Path:
    """The sample corpus and a second document whose "the shells" links to artillery-shells; returns the
    sample document's file, whose "the shells" (e5, a WEA, kb null) has the same words."""
    from test_bad_inputs import overlay

    overlay(LINKED_ELSEWHERE, root)
    return root / "annotations" / f"{SAMPLE_ID}.json"


def test_a_nominal_linked_elsewhere_is_reported_in_its_own_file_at_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _linked_elsewhere(tmp_path)
    monkeypatch.chdir(tmp_path)
    [found] = [p for p in validate(".").problems if p.code == "V321"]
    assert (found.file, found.pointer, found.severity) == (f"annotations/{SAMPLE_ID}.json", "/mentions/5", "warning")
    assert "m6 'the shells' of e5 (kb_id null): 'shells' is linked to artillery-shells (as in other-doc)" in found.message
    lines = doc.read_text(encoding="utf-8").splitlines()
    assert '"the shells"' in lines[found.line - 1]  # located in the file read again, not in a kept document


def test_a_recorded_decision_silences_the_warning_and_other_types_never_raise_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _linked_elsewhere(tmp_path)
    monkeypatch.chdir(tmp_path)
    _edit(doc, lambda d: d["entities"][4].update(distinct_from=["artillery-shells"]))
    assert [p.code for p in validate(".").problems] == []
    _edit(doc, lambda d: d["entities"][4].update(distinct_from=[], type="VEH"))  # another type: another referent
    assert [p.code for p in validate(".").problems] == []


def test_only_the_selected_files_are_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file validated alone is compared with itself only: the rule reads what was checked."""
    _linked_elsewhere(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [p.code for p in validate(f"annotations/{SAMPLE_ID}.json").problems] == []
    assert [p.code for p in validate(".").problems] == ["V321"]

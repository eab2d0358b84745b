"""Two chains merged into one (twenty-fifth session's attack): a group's chain into a person's, a singular nominal's
into a plural one's (V405), a war's into a summit's, a city's into a country's (V406), each planted into a copy of a
corpus document (entities found by a mention's text), and the corpus itself, free of them."""

from __future__ import annotations

import json

import pytest
from sample import REPO, corpus_document

from vostochny.checking.validator import validate_document_bytes
from vostochny.model.models import Registry

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
REUTERS, TIME = "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"
CORPUS = (AP, ARMS, "kim-arrives-russia-top-officials", REUTERS, TIME)
OURS = {"V405", "V406"}


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a corpus document, with the corpus's registry."""
    known = Registry.model_validate(json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8")))
    return [(p.code, p.pointer) for p in
            validate_document_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), text, known, doc["id"])
            if p.severity == "error"]


def _entity(doc: dict, mention: str) -> str:
    """The entity of the first mention whose text is `mention`."""
    return next(m["entity"] for m in doc["mentions"] if m["text"] == mention)


def _merged(doc_id: str, gone: str, into: str) -> tuple[dict, str, str]:
    """A corpus document with the entity of mention `gone` merged into that of mention `into` (its mentions moved,
    the entity dropped), and the new entity's id."""
    doc, raw = corpus_document(doc_id)
    old, new = _entity(doc, gone), _entity(doc, into)
    for m in doc["mentions"]:
        if m["entity"] == old:
            m["entity"] = new
    doc["entities"] = [e for e in doc["entities"] if e["id"] != old]
    for e in doc["entities"]:
        e["distinct_from"] = [x for x in e["distinct_from"] if x != old]
    return doc, raw, new


def _index(doc: dict, text: str) -> int:
    return next(i for i, m in enumerate(doc["mentions"]) if m["text"] == text)


@pytest.mark.parametrize("doc_id", CORPUS)
def test_the_corpus_has_none_of_these_mistakes(doc_id: str) -> None:
    doc, raw = corpus_document(doc_id)
    assert not [p for p in _errors(doc, raw) if p[0] in OURS]


@pytest.mark.parametrize(("doc_id", "gone", "into", "plural"), [
    (REUTERS, "analysts", "Jo Chun Ryong", "analysts"),  # a group into a person linked to a record
    (REUTERS, "a North Korean cosmonaut", "their ministers", "their ministers"),  # one person into a group
    (REUTERS, "their ministers", "a North Korean cosmonaut", "their ministers"),  # and the other way round
    (AP, "two other cities", "Vladivostok", "two other cities"),  # a group of cities into one city
    (TIME, "Analysts", "Putin", "Analysts"),
])
def test_a_group_and_one_of_its_kind_merged(doc_id: str, gone: str, into: str, plural: str) -> None:
    """A person is one referent, analysts several: the chain names both, whichever the plural one joined."""
    doc, raw, _ = _merged(doc_id, gone, into)
    assert _errors(doc, raw) == [("V405", f"/mentions/{_index(doc, plural)}/entity")]


@pytest.mark.parametrize(("doc_id", "gone", "into", "second"), [
    (REUTERS, "the war", "a rare summit", "the war"),  # a war into a summit
    (REUTERS, "Russian media", "the heroic Russian army", "Russian media"),  # the press into an army
])
def test_two_kinds_of_one_type_merged(doc_id: str, gone: str, into: str, second: str) -> None:
    doc, raw, _ = _merged(doc_id, gone, into)
    found = _errors(doc, raw)
    assert [code for code, _ in found] == ["V406"]
    assert found[0][1] in {f"/mentions/{i}/entity" for i, m in enumerate(doc["mentions"]) if m["text"] == second
                           or m["entity"] == doc["mentions"][_index(doc, second)]["entity"]}


@pytest.mark.parametrize(("text", "into"), [
    ("the war", "a rare summit"),  # a war's nominal into the summit's chain (one type: no V403)
    ("the Russian city", "the secretive communist state"),  # a city's into North Korea's (a merged city's name
    # would be V255's: another record's)
])
def test_a_nominal_moved_to_a_chain_of_another_kind(text: str, into: str) -> None:
    """One mention moved, not a chain."""
    doc, raw = corpus_document(REUTERS)
    i = _index(doc, text)
    doc["mentions"][i]["entity"] = _entity(doc, into)
    assert _errors(doc, raw) == [("V406", f"/mentions/{i}/entity")]


@pytest.mark.parametrize(("doc_id", "gone", "into"), [
    (REUTERS, "reconnaissance satellites", "weapons"),  # weapons are classes: `missiles` and `a missile` alike
    (REUTERS, "Kim's delegation", "their ministers"),  # a delegation is a body or its people: not counted
])
def test_what_is_not_judged(doc_id: str, gone: str, into: str) -> None:
    doc, raw, _ = _merged(doc_id, gone, into)
    assert not {code for code, _ in _errors(doc, raw)} & OURS


def test_a_coordination_of_records_merged_into_one_of_them_is_v256_s() -> None:
    """`Kim and Putin` linked to Kim: V256 says the merge by the records the coordination names; V405 follows."""
    doc, raw, _ = _merged(REUTERS, "North Korean leader Kim Jong Un and Russian president Vladimir Putin",
                          "Kim Jong Un")
    codes = {code for code, _ in _errors(doc, raw)}
    assert "V256" in codes and not codes & OURS

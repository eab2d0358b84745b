"""Mentions moved to another entity of their type that nothing refused: a direct quote's `I` (V428) and a capital
standing for another state than it does elsewhere in the corpus (V429)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample import corpus_document, corpus_report, reword

from vostochny.checking.rules.metonyms import Metonym, _outvoted
from vostochny.checking.validator import validate

ARMS = "kim-arrives-russia-arms-sale-warning"
AP = "ap-kim-whereabouts-after-summit"
REUTERS = "reuters-kim-putin-summit"


def _errors(doc: dict, text: str) -> set[str]:
    return {p.code for p in corpus_report(doc, text) if p.severity == "error"}


def _mention(doc: dict, text: str, nth: int = 0) -> dict:
    return [m for m in doc["mentions"] if m["text"] == text][nth]


def _entity(doc: dict, kb_id: str) -> str:
    (found,) = [e["id"] for e in doc["entities"] if e.get("kb_id") == kb_id]
    return found


def _quote_holding(doc: dict, mention: dict) -> dict:
    (found,) = [q for q in doc["quotes"] if any(c["start"] <= mention["start"] < c["end"] for c in q["content"])]
    return found


# V428 first-person-not-the-speaker


def test_a_direct_quotes_i_moved_to_another_person_is_refused() -> None:
    doc, text = corpus_document(ARMS)
    i = _mention(doc, "I")
    quote = _quote_holding(doc, i)
    assert quote["kind"] == "direct" and "I would characterise it" in quote["content"][0]["text"]
    assert _errors(doc, text) == set()
    i["entity"] = _entity(doc, "vladimir-putin")
    problems = [p for p in corpus_report(doc, text) if p.severity == "error"]
    assert [(p.code, p.pointer) for p in problems] == [("V428", f"/mentions/{doc['mentions'].index(i)}/entity")]
    assert "its speaker's ('Matthew Miller'" in problems[0].message


def test_the_speaker_moved_away_from_the_i_is_refused_too() -> None:
    """The rule cannot tell which of the two is wrong: the quote's speaker re-pointed at another person's mention
    draws it as well (beside what the speaker's own rules say of the move)."""
    doc, text = corpus_document(ARMS)
    quote = _quote_holding(doc, _mention(doc, "I"))
    speaker = next(m for m in doc["mentions"] if m["id"] == quote["speaker"])
    other = next(m for m in doc["mentions"] if m["kind"] == "name" and m["entity"] == _entity(doc, "vladimir-putin"))
    quote["speaker"] = other["id"]
    assert speaker["entity"] != other["entity"] and "V428" in _errors(doc, text)


def test_an_i_of_an_indirect_quote_and_a_we_are_not_judged() -> None:
    """An indirect quote may hold the reporter's own `I` (`he told me that I was wrong`), and `we` a group that holds
    the speaker: neither is judged, even when wrong."""
    doc, text = corpus_document(ARMS)
    second = _mention(doc, "I", 1)
    assert _quote_holding(doc, second)["kind"] == "indirect"
    second["entity"] = _entity(doc, "vladimir-putin")
    assert "V428" not in _errors(doc, text)
    doc, text = corpus_document("reuters-kim-putin-summit")
    we = _mention(doc, "we")
    assert _quote_holding(doc, we)["kind"] == "direct"
    we["entity"] = _entity(doc, "north-korea")
    assert "V428" not in _errors(doc, text)


def test_an_i_in_a_quote_without_a_speaker_is_not_judged() -> None:
    doc, text = corpus_document(ARMS)
    i = _mention(doc, "I")
    _quote_holding(doc, i)["speaker"] = None
    i["entity"] = _entity(doc, "vladimir-putin")
    assert "V428" not in _errors(doc, text)


def test_a_direct_quotes_my_moved_to_another_person_is_refused() -> None:
    """`I`, `me`, `my`, `mine` and `myself` are the speaker: `According to Matthew Miller, ..., “[My] team would
    characterise it ...”` with `My` in Putin's entity is refused as its `I` is (the twenty-eighth session's mutation
    check: no test held a form of the first person but `I`)."""
    doc, text = corpus_document(ARMS)
    doc, text = reword(doc, text, "I", "My", "\u201cI would characterise")
    doc, text = reword(doc, text, "would", "team would", "\u201cMy would characterise")
    assert _errors(doc, text) == set()
    my = _mention(doc, "My")
    my["entity"] = _entity(doc, "vladimir-putin")
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [
        ("V428", f"/mentions/{doc['mentions'].index(my)}/entity")]


# V429 metonym-stands-for-two-states


def _move(root: Path, doc_id: str, name: str, kb_id: str, nth: int = 0) -> int:
    """Move the `nth` metonymic mention `name` of a document of the corpus at `root` into the entity linked to
    `kb_id`; its index."""
    path = root / "annotations" / f"{doc_id}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    mention = [m for m in doc["mentions"] if m["text"] == name and m["metonymy"]][nth]
    mention["entity"] = _entity(doc, kb_id)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return doc["mentions"].index(mention)


@pytest.mark.parametrize(("name", "kb_id"), [("Moscow", "north-korea"), ("Washington", "russia")])
def test_a_capital_moved_to_another_state_is_refused(repo_corpus: Path, name: str, kb_id: str) -> None:
    """`Moscow` has a record; `Washington` has none (a metonymic name is no alias): both are read as places."""
    at = _move(repo_corpus, AP, name, kb_id)
    report = validate(repo_corpus)
    assert [(p.code, Path(p.file).stem, p.pointer) for p in report.problems] == [("V429", AP, f"/mentions/{at}")]
    assert f"'{name}' stands for {kb_id} here, for " in report.problems[0].message
    alone = validate(repo_corpus / "annotations" / f"{AP}.json")  # compared with the documents not checked
    assert [(p.code, p.pointer) for p in alone.problems] == [("V429", f"/mentions/{at}")]


def test_a_tie_reports_both_sides() -> None:
    """Of the states one place stands for, those fewer documents (then fewer mentions) give it are reported; where two
    lead together, which is wrong the corpus cannot tell, and each is."""
    def uses(*docs: str) -> list[tuple[str, Metonym]]:
        return [(doc, Metonym("Seoul", "x", 0)) for doc in docs]

    assert _outvoted({"south-korea": uses("a", "b"), "north-korea": uses("c")}) == ["north-korea"]
    assert _outvoted({"south-korea": uses("a", "a"), "north-korea": uses("c")}) == ["north-korea"]
    assert _outvoted({"south-korea": uses("a"), "north-korea": uses("c")}) == ["north-korea", "south-korea"]
    assert _outvoted({"south-korea": uses("a")}) == []
    # documents count before mentions: three uses in one document lose to two in two (the twenty-eighth session's
    # mutation check: no case held the order)
    assert _outvoted({"south-korea": uses("a", "a", "a"), "north-korea": uses("b", "c")}) == ["south-korea"]


def test_a_state_the_registry_does_not_class_is_not_compared(repo_corpus: Path) -> None:
    """A capital stood for another state in its history (`Moscow` for the Soviet Union): only states whose records the
    registry classes a country or a sovereign state are compared. Release 1's Soviet Union has no class: a Moscow in
    its entity is not judged."""
    _move(repo_corpus, REUTERS, "Moscow", "soviet-union")
    assert "V429" not in {p.code for p in validate(repo_corpus).problems}


def test_a_kiev_moved_to_russia_is_refused(repo_corpus: Path) -> None:
    """Ukraine's record is classed a country (its evidence's third source, a country map): one of ARMS's two `Kiev`s
    moved into Russia's entity is judged (the twenty-seventh session's note: it was not, Ukraine had no class). One
    document each way, one mention each: a tie, both sides reported."""
    moved = _move(repo_corpus, ARMS, "Kiev", "russia", 1)
    kept = _move(repo_corpus, ARMS, "Kiev", "ukraine", 0)  # where it is already: its index
    problems = validate(repo_corpus).problems
    assert sorted((p.code, Path(p.file).stem, p.pointer) for p in problems) == sorted(
        [("V429", ARMS, f"/mentions/{moved}"), ("V429", ARMS, f"/mentions/{kept}")])
    assert "'Kiev' stands for russia here, for ukraine elsewhere" in " ".join(p.message for p in problems)


def test_a_dangling_link_is_v208s_alone(repo_corpus: Path) -> None:
    """Russia's entity linked to no record: each of its metonymic `Moscow`s is no second problem (a review found seven
    V429 beside the V208)."""
    path = repo_corpus / "annotations" / f"{AP}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    next(e for e in doc["entities"] if e.get("kb_id") == "russia")["kb_id"] = "no-such-record"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    assert {p.code for p in validate(repo_corpus).problems} == {"V208"}


def test_a_narrowed_run_reports_no_other_documents_old_disagreement(repo_corpus: Path) -> None:
    """A disagreement between two other documents is theirs: validating a third file alone reports none of it (the
    hit's detail names no document, so the narrowed run drops the hits the others hold alone)."""
    _move(repo_corpus, REUTERS, "Moscow", "north-korea")
    assert [p.code for p in validate(repo_corpus / "annotations" / f"{AP}.json").problems] == []
    assert [(p.code, Path(p.file).stem) for p in validate(repo_corpus).problems] == [("V429", REUTERS)]


# V455 metonym-in-two-entities


@pytest.mark.parametrize("kb_id", ["vladivostok", "soviet-union"])
def test_a_capital_moved_to_another_entity_of_its_document_is_refused(kb_id: str) -> None:
    """AP writes `Moscow` for Russia four times: one moved into a city's entity or an unclassed state's (which V429
    does not compare, neither being a state the registry classes) is the one that disagrees with the rest of the
    document, and the only error, validated alone (one moved into another classed state's is V429's alone, above)."""
    doc, text = corpus_document(AP)
    assert _errors(doc, text) == set()
    moscows = [m for m in doc["mentions"] if m["text"] == "Moscow" and m["metonymy"]]
    assert len(moscows) == 4
    moscows[1]["entity"] = _entity(doc, kb_id)
    at = doc["mentions"].index(moscows[1])
    found = [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]
    assert found == [("V455", f"/mentions/{at}/entity")]


def test_a_tie_in_a_document_reports_both() -> None:
    """The report writes `Washington` for the United States twice: one moved into the city Pyongyang's entity leaves
    one against one, and which is wrong the document cannot tell: both are reported."""
    doc, text = corpus_document(ARMS)
    washingtons = [m for m in doc["mentions"] if m["text"] == "Washington" and m["metonymy"]]
    assert len(washingtons) == 2
    washingtons[0]["entity"] = _entity(doc, "pyongyang")
    found = {(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"}
    assert found == {("V455", f"/mentions/{doc['mentions'].index(m)}/entity") for m in washingtons}

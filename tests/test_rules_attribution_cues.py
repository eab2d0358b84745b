"""V261 reads the verbs of speaking beyond say and tell: a quote cued `vowed`, `urged`, `denied` ... is an utterance,
never a `thought` nor `evidence` (an attack that changed each quote's attribution passed 61 of release 1's 249
changes, 24 of them such a cue typed `thought` or `evidence`)."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
TOP, REUTERS = "kim-arrives-russia-top-officials", "reuters-kim-putin-summit"
TIME = "time-kim-russia-trip-putin-weakness"
#: release 1's quotes whose cue is such a verb, by document and cue
UTTERED = [(AP, "vowed"), (AP, "described"), (ARMS, "characterised"), (ARMS, "continued"), (TOP, "reminding"),
           (REUTERS, "raised a toast"), (REUTERS, "gave numerous hints"), (REUTERS, "denied"), (REUTERS, "called"),
           (REUTERS, "reminded"), (REUTERS, "urged"), (REUTERS, "signed the visitor book"), (TIME, "warnings"),
           (TIME, "denied"), (TIME, "reported")]


def _typed(doc_id: str, cue: str, attribution: str) -> tuple[list[tuple[str, str]], int]:
    """The errors of a corpus document whose first quote cued `cue` is typed `attribution`, and the quote's index."""
    doc, text = corpus_document(doc_id)
    i = next(i for i, q in enumerate(doc["quotes"]) if q["cue"] and q["cue"]["text"] == cue)
    doc["quotes"][i]["attribution"] = attribution
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"], i


@pytest.mark.parametrize(("doc_id", "cue"), UTTERED)
@pytest.mark.parametrize("attribution", ["thought", "evidence"])
def test_a_verb_of_speaking_typed_a_thought_or_evidence_is_refused(doc_id: str, cue: str, attribution: str) -> None:
    errors, i = _typed(doc_id, cue, attribution)
    assert errors == [("V261", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize(("doc_id", "cue"), [(ARMS, "suggested"), (TOP, "assessed"),
                                            (TOP, "released intelligence")])
@pytest.mark.parametrize("attribution", ["thought", "evidence"])
def test_a_suggestion_or_an_assessment_of_its_subject_is_an_utterance(doc_id: str, cue: str, attribution: str) -> None:
    """`He recently suggested that ...`, `South Korea's military assessed ...`: a person's, body's or state's proposal
    or assessment, its mention the cue's subject, is made known (`speech` or `writing`), never a `thought` nor
    `evidence`; `U.S. officials released intelligence last week that ...` is a text (hard case 53)."""
    errors, i = _typed(doc_id, cue, attribution)
    assert errors == [("V261", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize("lead", ["Images released by ", "Photos of "])
def test_a_thing_that_suggests_is_not_judged(lead: str) -> None:
    """`Images released by [He] recently suggested ...` (constructed): the images suggest, what they show may be
    `evidence`; the speaker after `by` or `of` is no subject of the cue."""
    doc, text = reword(*corpus_document(ARMS), "", lead, "He recently suggested")
    i = next(i for i, q in enumerate(doc["quotes"]) if q["cue"] and q["cue"]["text"] == "suggested")
    doc["quotes"][i]["attribution"] = "evidence"
    assert "V261" not in {code for code, _ in _errors(doc, text)}


def test_a_person_s_hints_typed_writing_are_refused() -> None:
    """`Putin gave numerous hints that military cooperation was discussed`: a person's hints are spoken unless a text
    is named (V401), as a person's `said`; `in a letter` after the cue makes them `writing`."""
    doc, text = corpus_document(REUTERS)
    i = next(i for i, q in enumerate(doc["quotes"]) if q["cue"] and q["cue"]["text"] == "gave numerous hints")
    doc["quotes"][i]["attribution"] = "writing"
    assert _errors(doc, text) == [("V401", f"/quotes/{i}/attribution")]
    doc, text = reword(doc, text, "", "in a letter ", "that military cooperation was discussed")
    assert "gave numerous hints in a letter that" in text
    assert _errors(doc, text) == []


def _quote(doc: dict, quote_id: str) -> int:
    (found,) = [i for i, q in enumerate(doc["quotes"]) if q["id"] == quote_id]
    return found


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


#: release 1's quotes of a news agency, written: `North Korea's official Korean Central News Agency said ...`,
#: `According to the official Korean Central News Agency (KCNA)`, `The Russian state news agency Ria Novosti published
#: images ..., claiming that ...`, `according to Russia's TASS news agency`
DISPATCHES = [(AP, "q12"), (ARMS, "q6"), (ARMS, "q9"), (TOP, "q1"), (TOP, "q5")]


@pytest.mark.parametrize(("doc_id", "quote_id"), DISPATCHES)
def test_a_news_agency_s_said_typed_speech_is_refused(doc_id: str, quote_id: str) -> None:
    """A news agency's said, claiming or according to is its dispatch, `writing` (V438)."""
    doc, text = corpus_document(doc_id)
    i = _quote(doc, quote_id)
    assert doc["quotes"][i]["attribution"] == "writing"
    doc["quotes"][i]["attribution"] = "speech"
    assert _errors(doc, text) == [("V438", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize(("medium", "refused"), [("", True), (" in an interview", False), (" on television", False)])
def test_a_news_agency_heard_is_speech(medium: str, refused: bool) -> None:
    """`Korean Central News Agency said in an interview` or `on television`: the words after the cue show it spoken,
    and `speech` stands (V438 reads the medium as V261 does)."""
    doc, text = corpus_document(TOP)
    i = _quote(doc, "q1")
    doc, text = reword(doc, text, " ", medium + " ", "said Kim boarded")
    doc["quotes"][i]["attribution"] = "speech"
    assert _errors(doc, text) == ([("V438", f"/quotes/{i}/attribution")] if refused else [])


@pytest.mark.parametrize(("cue", "refused"), [("said", True), ("asked", False)])
def test_a_news_agency_that_asks_is_not_judged(cue: str, refused: bool) -> None:
    """`asked by the Yonhap news agency`: an agency's question is its journalist's, spoken or written (V438 leaves
    it); its said is its dispatch."""
    doc, text = corpus_document(TOP)
    i = _quote(doc, "q1")
    doc, text = reword(doc, text, "said", cue, "News Agency said Kim")
    doc["quotes"][i]["attribution"] = "speech"
    assert ("V438" in {code for code, _ in _errors(doc, text)}) is refused


#: release 1's quotes of an office of government, spoken: `The White House warned last week that ...`, `The Kremlin
#: said ...`, `South Korea's Unification Ministry said`, `South Korea's military assessed ...`
OFFICES = [(ARMS, "q5"), (REUTERS, "q8"), (REUTERS, "q12"), (TIME, "q4"), (TIME, "q7"), (TOP, "q3")]


@pytest.mark.parametrize(("doc_id", "quote_id"), OFFICES)
def test_an_office_of_government_s_said_typed_writing_is_refused(doc_id: str, quote_id: str) -> None:
    """A government's office that said something with neither a spokesperson nor a statement shown is `speech`, the
    default of news reporting (V401, which read a person's and a state's only)."""
    doc, text = corpus_document(doc_id)
    i = _quote(doc, quote_id)
    doc["quotes"][i]["attribution"] = "writing"
    assert _errors(doc, text) == [("V401", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize(("after", "refused"), [("", True), (" in a statement", False), (" in court filings", False),
                                                (" in a fact sheet", False)])
def test_an_office_s_said_is_read_with_its_text(after: str, refused: bool) -> None:
    """`The Kremlin said in a statement` is written (V261 reads the medium, and V401 leaves it); `in court filings`,
    `in a fact sheet` name a text too (V401 reads them in the sentence)."""
    doc, text = corpus_document(REUTERS)
    i = _quote(doc, "q8")
    doc, text = reword(doc, text, " ", after + " ", "said sensitive")
    doc["quotes"][i]["attribution"] = "writing"
    assert _errors(doc, text) == ([("V401", f"/quotes/{i}/attribution")] if refused else [])


def test_an_office_s_news_agency_is_not_v401_s() -> None:
    """`The Kremlin news agency said`: a body that a title beside its mention calls a news agency publishes, its said
    typed `writing` stands, whatever office of government its name shows (V401 leaves a news outlet to V438)."""
    doc, text = reword(*corpus_document(REUTERS), " ", " news agency ", "Kremlin said sensitive")
    i = _quote(doc, "q8")
    doc["quotes"][i]["attribution"] = "writing"
    assert _errors(doc, text) == []


def test_a_news_agency_s_cue_of_saying_and_thinking_is_not_judged() -> None:
    """`Korean Central News Agency said it believed`: a cue of both an utterance and a thought is not judged, by V261
    nor V438."""
    doc, text = corpus_document(TOP)
    i = _quote(doc, "q1")
    doc, text = reword(doc, text, "said", "said it believed", "News Agency said Kim")
    assert doc["quotes"][i]["cue"]["text"] == "said it believed"
    doc["quotes"][i]["attribution"] = "speech"
    assert _errors(doc, text) == []


@pytest.mark.parametrize("cue", ["observed", "agreed", "recalled"])
@pytest.mark.parametrize("attribution", ["thought", "evidence"])
def test_a_verb_of_observing_agreeing_or_remembering_is_not_judged(cue: str, attribution: str) -> None:
    """`Lim also observed that ...` (what images may do too), `agreed`, `recalled` (an agreement or a memory may be
    a thought): V401 reads them as verbs of speaking, V261 leaves their type open; `warned` it judges."""
    doc, text = reword(*corpus_document(AP), "noted", cue, "Lim also noted")
    i = next(i for i, q in enumerate(doc["quotes"]) if q["cue"] and q["cue"]["text"] == cue)
    doc["quotes"][i]["attribution"] = attribution
    assert corpus_report(doc, text) == []
    doc, text = reword(doc, text, cue, "warned", f"Lim also {cue}")
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [("V261", f"/quotes/{i}/attribution")]

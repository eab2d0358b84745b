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


@pytest.mark.parametrize(("doc_id", "cue"), [(ARMS, "suggested"), (TOP, "assessed")])
def test_a_verb_a_finding_may_take_is_not_judged(doc_id: str, cue: str) -> None:
    """`suggested`, `assessed`: what images or an assessment show may be `evidence` or a `thought`."""
    errors, _ = _typed(doc_id, cue, "thought")
    assert "V261" not in {code for code, _ in errors}


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

"""`according to X` names its source right after it: the speaker is that mention's entity (V402), and a person's,
body's or state's words are an utterance, `speech` or `writing`, never a `thought` nor `evidence` (V261). An attack
that re-pointed each speaker to another mention of its cue's sentence passed 5 times on such quotes (`Dmitry Peskov`
to the `Kremlin` of his apposition, `Andrei Lankov` to `Kookmin University`), and one that changed each attribution
passed 12 times (`According to Lankov, ...` typed `thought`)."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword

ARMS, TOP = "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials"


def _quote(doc: dict, quote_id: str) -> int:
    (found,) = [i for i, q in enumerate(doc["quotes"]) if q["id"] == quote_id]
    return found


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


@pytest.mark.parametrize(("doc_id", "quote_id", "words"), [
    (ARMS, "q3", "Kremlin"),  # `according to Dmitry Peskov, a spokesman for the Kremlin`
    (ARMS, "q18", "North Korea"), (ARMS, "q18", "Kookmin University"), (ARMS, "q18", "Seoul"), (ARMS, "q18", "AFP"),
    (TOP, "q5", "Russia"),  # `according to Russia's TASS news agency`: the possessive names whose agency
])
def test_a_speaker_other_than_the_source_according_to_names_is_refused(doc_id: str, quote_id: str,
                                                                       words: str) -> None:
    doc, text = corpus_document(doc_id)
    i = _quote(doc, quote_id)
    cue = doc["quotes"][i]["cue"]
    doc["quotes"][i]["speaker"] = next(m["id"] for m in doc["mentions"] if m["text"] == words
                                       and m["start"] > cue["end"])
    assert _errors(doc, text) == [("V402", f"/quotes/{i}/speaker")]


@pytest.mark.parametrize(("doc_id", "quote_id"), [(ARMS, "q3"), (ARMS, "q15"), (ARMS, "q18"), (ARMS, "q19"),
                                                  (ARMS, "q6"), (TOP, "q5")])
@pytest.mark.parametrize("attribution", ["thought", "evidence"])
def test_according_to_a_speaker_typed_a_thought_or_evidence_is_refused(doc_id: str, quote_id: str,
                                                                       attribution: str) -> None:
    """`According to Lankov, ...`, `according to Russia's TASS news agency`, `According to the official Korean Central
    News Agency (KCNA)`: the source's words, never a thought nor what an image shows."""
    doc, text = corpus_document(doc_id)
    i = _quote(doc, quote_id)
    doc["quotes"][i]["attribution"] = attribution
    assert _errors(doc, text) == [("V261", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize(("after", "judged"), [
    (",", True), (" news agency,", True),  # the source ends its noun phrase, or a noun naming the same source follows
    (" on Monday,", False),  # a word after the source: not read
    ("'s notes,", False), ("'s photos,", False), (" pictures,", False),  # the source's thing: the head noun's type
])
def test_according_to_reads_the_mention_that_ends_its_noun_phrase(after: str, judged: bool) -> None:
    """`According to [Lankov], ...` names Lankov as the source; `According to Lankov's notes` or `photos` names a text
    or an image of his, whose type the head noun gives, and `Lankov on Monday` is not read (V261 leaves them)."""
    doc, text = corpus_document(ARMS)
    i = _quote(doc, "q19")
    doc, text = reword(doc, text, ",", after, "According to Lankov,")
    doc["quotes"][i]["attribution"] = "thought"
    assert ("V261" in {code for code, _ in _errors(doc, text)}) is judged


def test_according_to_photos_is_v379_s_alone() -> None:
    """`According to photos released by North Korean official media`: the source is the photos, `evidence`; typed
    `speech` it is V379's, and the media are no source V261 reads as speaking."""
    doc, text = corpus_document(ARMS)
    i = _quote(doc, "q2")
    doc["quotes"][i]["attribution"] = "speech"
    assert _errors(doc, text) == [("V379", f"/quotes/{i}/attribution")]


@pytest.mark.parametrize(("attribution", "judged"), [("thought", True), ("speech", False)])
def test_according_to_reads_a_source_whose_mention_holds_its_article(attribution: str, judged: bool) -> None:
    """`according to [the Dmitry Peskov]`, its mention widened over the article, is read as `according to the
    [Kremlin]` is: the mention that starts right after the cue is the source."""
    doc, text = corpus_document(ARMS)
    i = _quote(doc, "q3")
    doc, text = reword(doc, text, "Dmitry", "the Dmitry", "according to Dmitry Peskov")
    doc["quotes"][i]["attribution"] = attribution
    assert ("V261" in {code for code, _ in _errors(doc, text)}) is judged

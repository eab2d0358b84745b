"""Reported speech left out (V404): a quote deleted whole from a corpus document, the uses of a verb of saying that
report no speech, and the corpus itself, free of it (twenty-fourth session's attack: 72 of 83 quote deletions
passed)."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")
AP = CORPUS[0]


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def _quote_cued(doc: dict, text: str, context: str, cue: str) -> int:
    """The index of the quote whose cue is `cue` inside the first `context` of the text."""
    at = text.index(context) + context.index(cue)
    (i,) = [i for i, q in enumerate(doc["quotes"]) if q["cue"] and q["cue"]["start"] == at]
    return i


@pytest.mark.parametrize("doc_id", CORPUS)
def test_every_verb_of_saying_of_the_corpus_has_its_quote(doc_id: str) -> None:
    doc, text = corpus_document(doc_id)
    assert "V404" not in {code for code, _ in _errors(doc, text)}


@pytest.mark.parametrize(("context", "cue"), [
    ("Putin told reporters that Russia", "told"),  # indirect
    ("Putin told Russian state television after the summit", "told"),
])
def test_an_indirect_quote_deleted_whole(context: str, cue: str) -> None:
    doc, text = corpus_document(AP)
    del doc["quotes"][_quote_cued(doc, text, context, cue)]
    assert _errors(doc, text) == [("V404", "/quotes")]


def test_a_quote_whose_cue_is_dropped_is_the_cue_rules() -> None:
    """The quote is still there, its cue wrong: V348 says so, not that the speech is left out."""
    doc, text = corpus_document(AP)
    doc["quotes"][_quote_cued(doc, text, "Putin told reporters that Russia", "told")]["cue"] = None
    assert "V404" not in {code for code, _ in _errors(doc, text)}


@pytest.mark.parametrize(("old", "new", "context"), [
    ("remained silent", "was said to be silent", "the Russian media remained silent"),  # a passive: no speaker
    ("remained silent", "remained, that said, silent", "the Russian media remained silent"),
    ("remained silent", "remained, having said that, silent", "the Russian media remained silent"),
])
def test_a_verb_of_saying_that_reports_no_speaker_s_words_is_not_judged(old: str, new: str, context: str) -> None:
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, old, new, context)
    assert "V404" not in {code for code, _ in _errors(doc, text)}


def test_the_same_sentence_with_a_speaker_s_said_is_judged() -> None:
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, "remained silent", "remained silent, officials said,",
                       "the Russian media remained silent")
    assert _errors(doc, text) == [("V404", "/quotes")]

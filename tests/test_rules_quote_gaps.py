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
    # twenty-seventh session: a noun, an adjective, an act not done, a passive without its `is`
    ("remained silent", "remained silent, as an old saying has it", "the Russian media remained silent"),
    ("remained silent", "remained silent, in a telling sign", "the Russian media remained silent"),
    ("remained silent", "remained, most telling of all, silent", "the Russian media remained silent"),
    ("remained silent", "remained silent, it goes without saying", "the Russian media remained silent"),
    ("remained silent", "remained silent, its editors said to be cautious", "the Russian media remained silent"),
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


def test_the_speech_verb_pattern_finds_what_a_plain_one_does() -> None:
    """`_SPEECH_VERB` puts a class of initials first for speed; it must find what the plain whole-word,
    case-insensitive pattern finds: on every code point as an initial, on the corpus's texts, and on edge cases."""
    import re
    import sys

    from vostochny.checking.rules.quote_gaps import _INITIALS, _SPEECH_VERB, SPEECH_VERBS

    plain = re.compile(rf"(?<![\w'\u2019-])(?:{'|'.join(sorted(SPEECH_VERBS))})(?![\w'\u2019-])", re.IGNORECASE)
    initials = re.compile(f"[{''.join(sorted({v[0] for v in SPEECH_VERBS}))}]", re.IGNORECASE)
    assert {chr(c) for c in range(sys.maxunicode + 1) if initials.fullmatch(chr(c))} == set(_INITIALS)
    texts = [corpus_document(d)[1] for d in CORPUS] + [
        "\u017faid SAID Said unsaid said- \u2019said -said 'said xsaid saidx TOLD tELLs Telling sayings saying",
        "said", "s", "", "t said", "a\u00e9said \u00e9told"]
    for text in texts:
        assert [(m.span(), m.group()) for m in _SPEECH_VERB.finditer(text)] == [
            (m.span(), m.group()) for m in plain.finditer(text)]

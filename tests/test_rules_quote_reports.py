"""Reported speech left out whose cue is no verb of V404 (V407): every quote of the corpus deleted whole, the uses of
a word of reporting that report no speech, and the corpus itself, free of it (twenty-sixth session's attack: 53 of 83
quote deletions passed, 18 did; 17 since V410, merged after it, refuses one)."""

from __future__ import annotations

import copy

import pytest
from sample import corpus_document, corpus_report, reword

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")
AP = CORPUS[0]
#: the deletions that still pass, by document and quote id: a report in a sentence that another quote touches (the
#: cue rules' to miss: `confirmed that ... and said`, `vowed “...” for what he described as a “...”`), and three whose
#: words no rule reads (`released intelligence ... that`, `amid warnings from the U.S. that`)
STILL_PASSING = {
    (AP, "q13"), (AP, "q14"), (AP, "q16"), (AP, "q17"),
    (CORPUS[2], "q2"), (CORPUS[2], "q3"), (CORPUS[2], "q6"), (CORPUS[2], "q7"), (CORPUS[2], "q8"),
    (CORPUS[3], "q1"), (CORPUS[3], "q2"), (CORPUS[3], "q9"), (CORPUS[3], "q13"), (CORPUS[3], "q14"),
    (CORPUS[3], "q15"), (CORPUS[3], "q16"),
    (CORPUS[4], "q1"),
}
#: the deletions another rule refuses: a direct quote after `signed the visitor book in Korean:` (which V382 reads only
#: after a word of `labels.UTTERANCE_CUES`) held a `reported` relation, left in no quote (V410, merged after this test)
OTHER_RULE = {(CORPUS[3], "q19"): [("V410", "/relations/35/factuality")]}


def _codes(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


@pytest.mark.parametrize("doc_id", CORPUS)
def test_every_report_of_the_corpus_has_its_quote(doc_id: str) -> None:
    doc, text = corpus_document(doc_id)
    assert "V407" not in {code for code, _ in _codes(doc, text)}


@pytest.mark.parametrize("doc_id", CORPUS)
def test_each_quote_deleted_whole_is_refused_by_one_rule(doc_id: str) -> None:
    """Each deletion (a child's `parent` set to null) gives exactly one problem of V382 (a direct quote's marks), V404
    (said, told ...) or V407 (warned, according to, experts say ...), or draws `OTHER_RULE`'s, or passes as
    `STILL_PASSING` says."""
    doc, text = corpus_document(doc_id)
    for i, quote in enumerate(doc["quotes"]):
        edited = copy.deepcopy(doc)
        del edited["quotes"][i]
        for other in edited["quotes"]:
            if other.get("parent") == quote["id"]:
                other["parent"] = None
        key = (doc_id, quote["id"])
        expected = OTHER_RULE.get(key, [] if key in STILL_PASSING else [("V407", "/quotes")])
        found = _codes(edited, text)
        if found in ([("V382", "/quotes")], [("V404", "/quotes")]):
            continue
        assert found == expected, (quote["id"], text[quote["cue"]["start"]:quote["cue"]["end"]])


#: AP's sentence that no quote touches (`A day after intensive coverage of the summit, the Russian media remained silent
#: about Kim as of Thursday afternoon.`), and the words each edit writes again
SILENT = "the Russian media remained silent"
REMAINED = "remained silent"


@pytest.mark.parametrize(("old", "new", "use"), [
    (REMAINED, "remained silent, officials warned,", "active"),
    (REMAINED, "remained silent, according to officials,", "according to"),
    (REMAINED, "remained silent, and officials noted that it did", "a clause after that"),
    (REMAINED, "remained silent, and analysts wonder whether it will speak", "a clause after whether"),
    (REMAINED, "remained silent, and officials expressed concern that it did", "a word between"),
    (REMAINED, "remained silent, and experts say it will", "say after a plural subject"),
    ("afternoon.", "afternoon, the agency reported.", "closing the sentence"),
])
def test_a_report_without_its_quote_is_refused(old: str, new: str, use: str) -> None:
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, old, new, SILENT + " about Kim as of Thursday afternoon.")
    assert _codes(doc, text) == [("V407", "/quotes")], use


@pytest.mark.parametrize(("new", "use"), [
    ("was warned to be silent", "a passive"),
    ("remained silent according to plan", "according to plan"),
    ("remained silent amid warnings", "a noun"),
    ("had its say and remained silent", "have a say"),
    ("remained silent, a silence that suggested that talks went on", "a thing suggests"),
    ("remained silent, claims aside,", "claims the noun"),
    ("remained silent, as the agency continued to report", "continued, not closing"),
    ("remained silent, a silence characterised by caution", "a passive before by"),
    ("remained silent, which reminded analysts of 2019", "a thing reminds"),
    ("remained silent, and the court denied the appeal", "denied what one asks for"),
    ("remained silent, and the embassy denied them visas", "denied someone a thing"),
    ("remained silent, and he dismissed his defence minister", "dismissed someone"),
    ("remained silent despite warning signs that the talks would fail", "warning a noun before a noun"),
])
def test_a_word_of_reporting_in_another_use_is_not_judged(new: str, use: str) -> None:
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, REMAINED, new, SILENT)
    assert "V407" not in {code for code, _ in _codes(doc, text)}, use


def test_a_sentence_with_said_and_warned_is_v404_s() -> None:
    """One omission, one problem: V407 leaves a sentence that V404's verb of saying reports (no fold: a V404
    elsewhere in the document hides no V407 of another sentence)."""
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, REMAINED, "remained silent, officials said and warned,", SILENT)
    (problem,) = [p for p in corpus_report(doc, text) if p.severity == "error"]
    assert (problem.code, [p.code for p in problem.folded]) == ("V404", [])


def test_a_sentence_layer_out_of_order_folds_the_reports_it_misplaces() -> None:
    """Two sentences swapped (V214): which sentence a quote touches is read by bisecting their starts, so the
    sentence of `according to Dmitry Peskov` read as quoted no more; V407's hit there follows from V214 (the noise
    hunt's `sentence-swap` 1 1)."""
    doc, text = corpus_document(CORPUS[1])
    sentences = doc["sentences"]
    sentences[5], sentences[6] = sentences[6], sentences[5]
    errors = [p for p in corpus_report(doc, text) if p.severity == "error"]
    assert [p.code for p in errors] == ["V214"]
    assert "V407" in {p.code for p in errors[0].folded}


@pytest.mark.parametrize(("sentence", "reports"), [
    ("The Asan Institute, a Seoul-based think tank that studies North Korea, published a report.", False),
    ("The shelling, however, continued.", False),
    ("The newly announced sanctions that target shipping took effect.", False),
    ("There were no confirmed reports that troops had crossed.", False),
    ("It is widely believed that Pyongyang has shipped shells.", False),
    ("It is no wonder that Seoul is worried.", False),
    ("The ban holds according to international law.", False),
    ("The visit went ahead according to the plan.", False),
    ("Washington has issued a warning that Pyongyang will pay.", True),
    ("The talks will go on, he continued.", True),
    ("According to a senior official, Kim left.", True),
    ("It is widely reported that officials have noted that Kim left.", True),
    # twenty-seventh session: `denied` what one withholds, `dismissed` whom one fires, `warning` a noun's modifier
    ("The court denied the appeal.", False),
    ("The embassy denied them visas.", False),
    ("Moscow denied entry to the inspectors.", False),
    ("The regime denied its citizens food that winter.", False),
    ("He dismissed his defence minister.", False),
    ("She dismissed the aide after the summit.", False),
    ("Despite warning signs that the talks would fail, the delegations met.", False),
    ("The early warning system that Russia built failed.", False),
    ("Moscow and Pyongyang have denied such intentions.", True),
    ("The Kremlin denied it.", True),
    ("The Kremlin denied them, saying they were false.", True),
    ("The Kremlin denied sending troops.", True),
    ("He dismissed concerns that the deal would fail.", True),
    ("He dismissed the claims as lies.", True),
    ("Washington has issued a warning that Pyongyang will pay.", True),
    ("Despite warning Washington that the deal would hold, Kim left.", True),
])
def test_words_of_reporting_in_other_uses(sentence: str, reports: bool) -> None:
    """Uses a review found refused (an article or `no` before a noun or an adjective, an adverb before a passive, a
    closing verb with no speaker after its comma, `according to` a rule), beside reports that stay refused."""
    from vostochny.checking.rules.quote_reports import _WORD, _reporting

    words = list(_WORD.finditer(sentence))
    assert (_reporting(sentence, words, len(sentence)) is not None) == reports


def test_a_report_and_a_verb_of_saying_in_two_sentences_are_two_problems() -> None:
    """V407 leaves only the sentences V404 reports: a verb of saying left out in one sentence hides no report left out
    in another (a review: V404 folded every V407 of its document)."""
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, REMAINED, "remained silent, officials warned,", SILENT)
    doc, text = reword(doc, text, "has repeatedly failed", "has repeatedly failed, officials said,",
                       "North Korea has repeatedly failed to put spy satellites into orbit.")
    assert sorted(code for code, _ in _codes(doc, text)) == ["V404", "V407"]

"""A nominal cut back off its head noun (V416, V417, V418): the twenty-seventh session's brat redraw
(`/tmp/s27/redraw.py`: each relation argument narrowed by a word) and its attack on every nominal (a word cut or
added at one end, or the span shifted by one) found these edits passing with 0 errors before these rules. Each edit
below is planted in a corpus document with its `text` read again and gets exactly one problem."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword
from test_rules_mention_words import AP, ARMS, REUTERS, TIME, TOP, _moved


@pytest.mark.parametrize(("document", "mention", "words", "code"), [
    # V416: a nationality adjective (its own NORP name mention inside the nominal) before the noun it modifies
    (REUTERS, "m66", "U.S. and South Korean", "V416"),
    (REUTERS, "m52", "the heroic Russian", "V416"),
    (TOP, "m51", "the eastern Russian", "V416"),
    (TIME, "m66", "toured North Korean", "V416"),  # shifted left by a word: no determiner for V414 to read
    # V417: the next word is its own chain's last word, or the next word of its record's name
    (REUTERS, "m127", "artillery", "V417"),
    (AP, "m8", "fighter", "V417"),
    (AP, "m159", "The Komsomolsk-on-Amur aircraft", "V417"),
    (TOP, "m17", "his personal", "V417"),
    (AP, "m197", "fired two ballistic", "V417"),
    (TIME, "m106", "the COVID-19", "V417"),
    # V418: a word the document's other mentions hold only before a noun, and end on never
    (REUTERS, "m162", "the first space", "V418"),
    (ARMS, "m35", "the Far Eastern", "V418"),
    (REUTERS, "m152", "Russia's new 42.7-metre space launch", "V418"),
])
def test_a_nominal_cut_off_its_head_is_refused(document: str, mention: str, words: str, code: str) -> None:
    doc, text, k = _moved(document, mention, words)
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [(code, f"/mentions/{k}")]


@pytest.mark.parametrize(("document", "mention", "words"), [
    (REUTERS, "m172", "its east"),  # `coast` ends no mention of its entity, `east` is in no other mention
    (REUTERS, "m100", "military and civilian aviation"),  # `aviation` is in no other mention
    (ARMS, "m66", "the two"),  # a number at the end: `[the two]` is a nominal as a pronoun is
    (ARMS, "m27", "an unknown"),  # an adjective the document's mentions never show before a noun
])
def test_what_the_words_do_not_decide_is_not_judged(document: str, mention: str, words: str) -> None:
    """The rules' `Not judged`: where neither the chain, the record nor the document's other mentions show the last
    word as a premodifier, no part of speech tells an adjective from a noun."""
    doc, text, _ = _moved(document, mention, words)
    assert corpus_report(doc, text) == [], words


@pytest.mark.parametrize(("noun", "verb"), [("artillery", "needs"), ("artillery", "remains"), ("military", "wants")])
def test_a_verb_in_s_after_the_nominal_is_not_read_as_its_noun(noun: str, verb: str) -> None:
    """`[Kim's artillery] needs the way`: a word in -s that ends no mention, a word after it, may be the nominal's
    verb; the nominal's last word is not read as a premodifier before it (the twenty-seventh session's review)."""
    doc, text = corpus_document(REUTERS)
    doc, text = reword(doc, text, "visit", noun, "Kim's visit paves")
    doc, text = reword(doc, text, "paves", verb, f"Kim's {noun} paves")
    assert "V418" not in {p.code for p in corpus_report(doc, text)}


def test_a_premodifier_inside_a_longer_mention_passes() -> None:
    """`[[ruling party] official]`: a nominal whose next word ends a mention that holds it is that mention's
    premodifier; the next word is read only where it may go on with a noun phrase."""
    from vostochny.checking.rules.mention_heads import _goes_on

    doc, text, _ = _moved(AP, "m59", "ruling party")
    assert corpus_report(doc, text) == []
    assert _goes_on("official", "media") and _goes_on("19", "pandemic")
    assert not _goes_on("official", "of") and not _goes_on("the", "summit") and not _goes_on("space", "Rocket")


@pytest.mark.parametrize("after", ["working", "may work", "will work", "can work"])
def test_a_participle_or_a_modal_after_the_nominal_is_not_read_as_its_noun(after: str) -> None:
    """`[a ruling party official] working` beside `[North Korean official media]`: `official` is held before another
    word and ends no other mention, but a participle or a modal after the nominal is its verb, not its head noun
    (V418 is not read; the twenty-eighth session's mutation check found no test that held either exception)."""
    doc, text = corpus_document(AP)
    doc, text = reword(doc, text, "state", "official", "North Korean state media")
    doc, text = reword(doc, text, "working", after, "party official working")
    assert corpus_report(doc, text) == []


def test_a_quantifier_at_the_end_is_not_a_premodifier() -> None:
    """`[the first] capital`: `first` is held before another word (`the first space conquerors`) and ends no other
    mention, but a number or a quantifier ends a nominal as a pronoun does (`[the two]`): V418 is not read."""
    doc, text = corpus_document(REUTERS)
    doc, text = reword(doc, text, "the capital", "the first capital")
    m = next(m for m in doc["mentions"] if m["id"] == "m170")
    m.update(end=m["start"] + len("the first"), text="the first")
    assert corpus_report(doc, text) == []


def test_a_nationality_of_the_nominals_own_entity_is_v245s() -> None:
    """`[the heroic [Russian]]` with the nominal moved into the nationality's entity: a mention inside another of its
    own entity (V245, and the relation the nominal held now joins one entity, V222, V230), not a nominal cut off its
    head (V416 reads a nationality of another entity)."""
    doc, text, k = _moved(REUTERS, "m52", "the heroic Russian")
    inner = next(i for i, m in enumerate(doc["mentions"]) if m["id"] == "m53")
    doc["mentions"][k]["entity"] = doc["mentions"][inner]["entity"]
    assert sorted((p.code, p.pointer) for p in corpus_report(doc, text)) == [
        ("V222", "/relations/19"), ("V230", "/relations/19/head"), ("V245", f"/mentions/{inner}")]

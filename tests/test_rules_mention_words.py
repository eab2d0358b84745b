"""A nominal's or a name's span moved by a word (V413, V414, V415): the twenty-sixth session's attack moved every
nominal's and name's edge by one word of its sentence (`/tmp/s26/mentions26/attack.py`), and these edits passed with
0 errors before these rules. Each edit below is one of the attack's, planted in a corpus document with its `text`
read again, and gets exactly one problem."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report

AP, REUTERS = "ap-kim-whereabouts-after-summit", "reuters-kim-putin-summit"
ARMS, TOP = "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials"
TIME = "time-kim-russia-trip-putin-weakness"


def _moved(document: str, mention: str, words: str) -> tuple[dict, str, int]:
    """A corpus document whose mention `mention` spans `words` instead, the occurrence of them that overlaps its
    span (its text read again), and the mention's index."""
    doc, text = corpus_document(document)
    k, m = next((k, m) for k, m in enumerate(doc["mentions"]) if m["id"] == mention)
    start = text.find(words, max(0, m["start"] - len(words)))
    assert 0 <= start < m["end"] and start + len(words) > m["start"], (words, m)
    m.update(start=start, end=start + len(words), text=words)
    return doc, text, k


@pytest.mark.parametrize(("document", "mention", "words", "code"), [
    # V413: a word no noun phrase begins or ends with, in any case; a quantifier cut off its noun; a name's edge
    (AP, "m139", "At their meeting", "V413"),
    (REUTERS, "m189", "And our", "V413"),
    (TIME, "m18", "Though these", "V413"),
    (ARMS, "m141", "a war that", "V413"),
    (ARMS, "m182", "the ongoing hostilities due", "V413"),
    (AP, "m45", "missile technologies, violates", "V413"),
    (AP, "m128", "two other", "V413"),
    (TOP, "m45", "acquire such", "V413"),
    (ARMS, "m123", "while Moscow", "V413"),  # a name that begins with a word in lower case
    (ARMS, "m93", "Moscow, visited", "V413"),  # a name that ends with a word in lower case after a comma
    # V414: a word before the nominal's own determiner, taken in from outside its noun phrase
    (AP, "m6", "tour a Russian factory", "V414"),
    (AP, "m9", "visit the country", "V414"),
    (AP, "m52", "includes several people", "V414"),
    # V415: a possessor cut off at its `’s`, a compound or a quoted phrase cut in two, a name cut inside its record's
    (AP, "m49", "’s delegation", "V415"),
    (TOP, "m11", "'s war", "V415"),
    (ARMS, "m44", "tank missiles", "V415"),
    (TOP, "m42", "capable ballistic missile submarines", "V415"),
    (REUTERS, "m3", "Russia's 'Sacred", "V415"),
    (AP, "m20", "Putin", "V415"),  # `Vladimir [Putin]`, inside a coordination's nominal
    (AP, "m46", "Security Council", "V415"),  # `UN [Security Council]`
    (AP, "m21", "North", "V415"),  # `[North] Korea`: `North` is an alias of its record, `North Korea` its name
    (TIME, "m143", "Shogu", "V415"),  # `Sergei [Shogu]`: a misspelling the registry records
])
def test_a_span_moved_by_a_word_is_refused(document: str, mention: str, words: str, code: str) -> None:
    doc, text, k = _moved(document, mention, words)
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [(code, f"/mentions/{k}")]


@pytest.mark.parametrize(("document", "mention", "words"), [
    (AP, "m20", "Vladimir Putin"),  # the corpus's own spans, read again: nothing to say
    (AP, "m49", "Kim’s delegation"),
    (REUTERS, "m3", "Russia's 'Sacred' Invasion"),
])
def test_the_corpus_spans_pass(document: str, mention: str, words: str) -> None:
    doc, text, _ = _moved(document, mention, words)
    assert corpus_report(doc, text) == []


def test_what_the_words_do_not_decide_is_not_judged() -> None:
    """A verb or an adjective at a nominal's edge needs a part of speech the tokens do not give (the rules' `Not
    judged`): `supply [ammunition]` widened over its verb still passes, and `[fighter] jets` cut back to its modifier
    is V417's, whose chain and record end on `jets` (tests/test_rules_mention_heads.py), not V413's."""
    doc, text, _ = _moved(AP, "m22", "supply ammunition")
    assert corpus_report(doc, text) == []
    doc, text, _ = _moved(AP, "m8", "fighter")
    assert {p.code for p in corpus_report(doc, text)} == {"V417"}


def test_a_multiplier_before_the_determiner_keeps_it_in_the_phrase() -> None:
    """`[three times the number]` as `[twice the size]`: a predeterminer (a review), where a verb or preposition before
    the determiner is taken in from outside, and a comma only where no conjunction closes the list."""
    from vostochny.checking.rules.mention_words import _outside

    the_number = ["number", "of", "shells"]
    assert [_outside(word, the_number) for word in ("times", "twice", "all", "half")] == [False] * 4
    assert [_outside(word, the_number) for word in ("tour", "visit", "following")] == [True] * 3
    assert _outside(",", ["summit"]) and not _outside(",", ["ammunition", "and", "the", "fuel"])


@pytest.mark.parametrize(("words", "refused"), [
    ("long-range missiles", False), ("high-level talks", False), ("a long-run plan", False),  # a noun after them
    ("a dry-run", False), ("the firing-range", False), ("sea-level", False), ("a re-run", False),  # nouns themselves
    ("the long-range", True), ("the high-level", True), ("a long-run", True), ("the Soviet-run", True),
])
def test_a_hyphenated_noun_ends_a_nominal(words: str, refused: bool) -> None:
    """`run`, `range`, `level` end a hyphenated adjective cut off its noun (`[the long-range]` of `long-range
    missiles`), but a few hyphenated nouns too (`COMPOUND_NOUNS`: `[a dry-run]`), which V413 leaves (twenty-seventh
    session)."""
    from vostochny.checking.rules.mention_words import _odd_edge
    from vostochny.model.tokenize import tokens

    spans = tokens(words)
    texts = [words[a:b] for a, b in spans]
    said = _odd_edge(texts, [a for a, _ in spans[1:]], [b for _, b in spans[:-1]])
    assert bool(said) == refused, said

"""Readings that a rule does directly while that is cheaper and by an index past that give one answer (thirtieth
session: each was made cheaper without changing a verdict, and each test compares the two ways on the corpus's texts
and on random strings)."""

from __future__ import annotations

import random

from sample import corpus_document

from vostochny.checking.rules.relation_words import _TYPE_WORDS, _TextWords

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")


def _texts(pieces: list[str], count: int) -> list[str]:
    """The corpus's texts and `count` random strings of the pieces."""
    rng = random.Random(30)
    return [corpus_document(d)[1] for d in CORPUS] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_text_words_read_directly_are_those_of_the_index() -> None:
    """V361's `_TextWords.count` and `.beside` read a stretch directly while the stretches read are no longer than the
    text, and by the index of the whole text past that: both ways count the same runs of letters and find the same
    words of each type, whatever the stretch (words cut by its ends, cases, `İ`, `Σ`, marks and line breaks)."""
    rng = random.Random(30)
    words = [w for lexicon, _ in _TYPE_WORDS.values() for w in sorted(lexicon)]
    pieces = [*" \n\t\u00a0.,-'\u2019", "\u0130", "\u03a3", "e\u0301", "Met", "MEETS", *rng.sample(words, 40)]
    for text in _texts(pieces, 3000):
        direct, indexed = _TextWords(text), _TextWords(text)
        indexed.unread = -1
        for _ in range(20):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            kind = rng.choice(list(_TYPE_WORDS))
            direct.unread = len(text)
            assert direct.count(start, end) == indexed.count(start, end), (text, start, end)
            direct.unread = len(text)
            assert direct.beside(start, end, kind) == indexed.beside(start, end, kind), (text, start, end, kind)

"""Searches of the rules made cheaper find what the patterns' own searches find (thirty-sixth session): the word before
an offset that `base.last_word` finds (a match at the stretch's start, or a search from where a word opens; ~15 us a
search of 40 characters, tried at every letter of every word, were the costliest searches of the rules), and V467's
patterns, searched for only where the stretch ends in their last word, and V476's, only where it holds a noun of war."""

from __future__ import annotations

import random
import re

from sample import corpus_document

from vostochny.checking.rules.base import last_word
from vostochny.checking.rules.quote_gaps import _WORD_BEFORE, _WORD_OPENS_BEFORE
from vostochny.checking.rules.relation_words import _WORD_BEFORE as _TITLE_WORD_BEFORE
from vostochny.checking.rules.relation_words import word_before
from vostochny.checking.rules.transfer_sides import _FULFILLED, _NOUN_OF, _WAR_OBJECT, in_a_war

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")


def _stretches() -> list[tuple[str, int, int]]:
    """Every stretch of up to 40 characters ending at each offset of the corpus's texts, and stretches of random strings
    of letters, digits, marks, spaces and line breaks (a word cut by the stretch's start, a period, `_`, `’`)."""
    rng = random.Random(36)
    texts = [corpus_document(d)[1] for d in CORPUS] + [
        "Putin was prepared to go in fulfilling any North Korean wish lists for technology, a big supplier of shells",
        "Seoul GRANTS ITS REQUESTS FOR  arms; Kim is the main Buyer Of\u00a0shells, satisfied demands\tfor \u00a0x",
        "for Moscow's war in Ukraine, its WAR EFFORTS ON the far eastern Donbas, the invaſion of Crimea, Russia's "
        "military  operation in Ukraine and the \u201cfighting\u201d with the West, attacks against Kyiv"]
    found = [(text, max(end - 40, 0), end) for text in texts for end in range(len(text) + 1)]
    pieces = [*"abZé1²_.'\u2019 \t\n\r\u00a0-,", "said", "Adm. ", "  ", " \n", " a supplier ", "being ", " OF ", "of",
              " for", "granted ", " wish lists", "For ", " the "]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start, end = rng.randint(0, len(text)), rng.randint(0, len(text))
        found.append((text, start, end))
    return found


def _same(first: re.Match[str] | None, second: re.Match[str] | None) -> bool:
    return (first and (first.span(), first.group(1))) == (second and (second.span(), second.group(1)))


def test_the_word_before_found_from_where_words_open_is_the_search() -> None:
    for text, start, end in _stretches():
        assert _same(word_before(text, start, end), _TITLE_WORD_BEFORE.search(text, start, end)), (text, start, end)
        assert _same(last_word(_WORD_BEFORE, _WORD_OPENS_BEFORE, text, start, end),
                     _WORD_BEFORE.search(text, start, end)), (text, start, end)


def test_v467_searches_only_stretches_that_end_in_the_patterns_last_word() -> None:
    for text, start, end in _stretches():
        before = text[start:end].rstrip().lower()
        if _NOUN_OF.search(text, start, end):
            assert before.endswith("of"), (text, start, end)
        if _FULFILLED.search(text, start, end):
            assert before.endswith("for"), (text, start, end)


def test_v476_searches_each_stretch_that_holds_a_noun_of_war() -> None:
    for text, _, end in _stretches():
        if _WAR_OBJECT.search(text, max(end - 60, 0), end):
            assert in_a_war(text, end, end), (text, end)

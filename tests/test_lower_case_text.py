"""The words that V404, V407 and V421 find by `str.find` in the text in lower case (`base.text_in_lower_case`) are
those their patterns, which ignore case, find in the text: the characters that would part them are `base.FOLDED`
(twenty-ninth session: the searches replaced scans of the whole text by a pattern ignoring case)."""

from __future__ import annotations

import random
import re
import sys

from sample import corpus_document

from vostochny.checking.rules.base import FOLDED
from vostochny.checking.rules.quote_gaps import _SPEECH_VERB, _verbs_found
from vostochny.checking.rules.relation_places import _ACCORDING, _according_ends

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")


def test_folded_holds_every_character_that_parts_a_search_in_lower_case_from_one_ignoring_case() -> None:
    """A character other than ASCII whose lower case is not one character, or holds an ASCII letter, or that a pattern
    ignoring case matches to an ASCII letter, is one of `FOLDED`; and each of `FOLDED` is such a character."""
    letters = {letter: re.compile(letter, re.IGNORECASE) for letter in "abcdefghijklmnopqrstuvwxyz"}
    parting = set()
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1 or (lower.isascii() and lower.isalpha()) or (
                char.isalpha() and any(p.fullmatch(char) for p in letters.values())):
            parting.add(char)
    assert parting == set(FOLDED)


def _texts() -> list[str]:
    """The corpus's texts and random strings of the searched words' letters, cases, marks and spaces."""
    rng = random.Random(29)
    pieces = [*"saidtoldTELLSacording ACORDINGyY-'\u2019\n\u00a0\u00e9.,_", "said", "Says", "TOLD", "telling",
              "saying", "according to", "ACCORDING  TO", "According\u00a0to", "accordingto"]
    return [corpus_document(d)[1] for d in CORPUS] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]


def test_verbs_of_saying_found_in_lower_case_are_the_patterns_matches() -> None:
    rng = random.Random(29)
    for text in _texts():
        low = text.lower()
        for start, end in ((0, len(text)), (rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3))):
            assert [(m.span(), m.group(), m.endpos) for m in _verbs_found(text, low, start, end)] == [
                (m.span(), m.group(), m.endpos) for m in _SPEECH_VERB.finditer(text, start, end)], (text, start, end)


def test_according_to_found_in_lower_case_is_the_patterns_matches() -> None:
    for text in _texts():
        assert _according_ends(text, text.lower()) == [m.end() for m in _ACCORDING.finditer(text)], text

"""Readings that a rule does directly while that is cheaper and by an index past that give one answer (thirtieth
session: each was made cheaper without changing a verdict, and each test compares the two ways on the corpus's texts
and on random strings); and searches a rule makes only where they may match, or from where a word opens (thirty-sixth
session)."""

from __future__ import annotations

import random
import re
from typing import Any

from sample import corpus_document

from vostochny.checking.rules.base import last_word
from vostochny.checking.rules.quote_gaps import _WORD_BEFORE, _WORD_OPENS_BEFORE
from vostochny.checking.rules.relation_places import (
    _PLACE_ADJECTIVES_BEFORE,
    _SAID_LAST,
    place_adjectives_before,
    said_last,
)
from vostochny.checking.rules.relation_words import _TYPE_WORDS, _TextWords, word_before
from vostochny.checking.rules.relation_words import _WORD_BEFORE as _TITLE_WORD_BEFORE
from vostochny.checking.rules.tokenizer import _ABBREVIATION_AT_END, _MONTHS, _TITLES, no_end_before
from vostochny.checking.rules.transfer_sides import _FULFILLED, _NOUN_OF, _WAR_OBJECT, in_a_war

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


def test_abbreviations_found_are_the_pattern_matches() -> None:
    """V267's `_abbreviations` (a `str.find` loop a word, thirty-first session) finds the places of the pattern of the
    abbreviations that it replaced, `(?:Adm|Mr|...)\\.`, on the corpus's texts and random strings of the words, their
    parts, periods, letters and spaces (`Mrs.` against `Mr.`, `St.` inside `Sgt.`, a period shared by none)."""
    from vostochny.checking.rules.tokenizer import _abbreviations
    from vostochny.model import tokenize

    pattern = re.compile("(?:" + "|".join(tokenize.ABBREVIATIONS) + r")\.")
    pieces = [*tokenize.ABBREVIATIONS, *(a[1:] for a in tokenize.ABBREVIATIONS), ".", "..", "s", "S", "t", " ", "x"]
    for text in _texts(pieces, 3000):
        assert sorted(_abbreviations(text)) == [m.span() for m in pattern.finditer(text)], text


def test_texts_holding_are_those_a_class_matches() -> None:
    """`mention_edges.texts_holding` (V415's marks, thirty-first session) tells the texts that the class of its
    characters matches in (`texts_matching`), on the corpus's mention texts and random lists of texts (empty texts,
    NULs, the marks at their edges)."""
    from vostochny.checking.rules.mention_edges import texts_holding, texts_matching
    from vostochny.checking.rules.mention_words import _MAY_CUT

    pattern = re.compile("[" + re.escape(_MAY_CUT) + "]")
    rng = random.Random(31)
    lists = [[m["text"] for m in corpus_document(d)[0]["mentions"]] for d in CORPUS]
    lists += [[t[:rng.randint(0, 8)] for t in _texts([*_MAY_CUT, "a", " ", "\x00", "’s"], 40)] for _ in range(300)]
    for texts in lists:
        assert texts_holding(texts, _MAY_CUT) == texts_matching(texts, pattern), texts


def _trie_pattern(words: list[str]) -> str:
    """`words_pattern` as the thirty-first session wrote it: a tree of the words' letters, a node a character."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        alternatives = [re.escape(char) + branches(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return branches(tree)


def test_words_pattern_is_the_tree_of_letters() -> None:
    """`mention_edges.words_pattern` writes the run of letters every word below a node shares at once (thirty-second
    session): the same pattern as a node a character, for the rules' word lists and 20 000 random lists of words of
    letters, marks `re` escapes, an empty word, words written twice and words that are prefixes of others."""
    from vostochny.checking.rules import mention_words
    from vostochny.checking.rules.mention_edges import ARTICLES, ARTICLES_LAST, NOT_FIRST, NOT_LAST, words_pattern

    rng = random.Random(32)
    lists = [sorted(NOT_FIRST), sorted(w[::-1] for w in NOT_LAST | ARTICLES_LAST | {"The"}), sorted(ARTICLES),
             sorted(mention_words._cases(mention_words.NOMINAL_NOT_FIRST)), sorted(mention_words._DETERMINERS)]
    pieces = [*"aab.-\\*é(", "", "ab", "\x00"]
    lists += [["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 12))]
              for _ in range(20000)]
    for words in lists:
        assert words_pattern(iter(words)) == _trie_pattern(words), words


def test_typed_pairs_built_once_are_those_read_per_relation() -> None:
    """`relation_words._typed_pairs` (once per view) holds, for each relation type, the entity pairs that
    `_listed_with_title` gathered again for each relation it judged, on every corpus document and on one whose
    relations all point at one entity pair of each type and a mention that does not exist."""
    from vostochny.checking.rules.relation_words import _typed_pairs
    from vostochny.checking.rules.relations import relation_entities
    from vostochny.model.models import Document
    from vostochny.reading.view import DocumentView

    for doc_id in CORPUS:
        raw, text = corpus_document(doc_id)
        view = DocumentView(Document.model_validate(raw), text)
        pairs = _typed_pairs(view)
        assert _typed_pairs(view) is pairs  # built once
        types = view.column("relations", "type")
        assert set(pairs) <= set(types)
        for kind in set(types):
            assert pairs.get(kind, frozenset()) == {pair for t, pair in zip(types, relation_entities(view), strict=True)
                                                    if t == kind and pair is not None}


def test_a_state_adjective_pattern_is_compiled_once_per_names() -> None:
    """`transfer_sides._adjective_pattern` is kept per set of names (`_adjectives_of` asked for it per relation) and
    finds the adjectives made of each name as whole words only."""
    from vostochny.checking.rules.transfer_sides import _adjective_pattern

    pattern = _adjective_pattern(frozenset({"North Korea", "the country"}))
    assert _adjective_pattern(frozenset({"the country", "North Korea"})) is pattern
    text = "North Korean efforts, North Koreans, the North Koreanist, Iranian bids"
    assert [m.group() for m in pattern.finditer(text)] == ["North Korean"]
    assert [m.group() for m in _adjective_pattern(frozenset({"Iran"})).finditer(text)] == ["Iranian"]


def _stretches() -> list[tuple[str, int, int]]:
    """Every stretch of up to 40 characters ending at each offset of the corpus's texts, and stretches of random strings
    of letters, digits, marks, spaces and line breaks (a word cut by the stretch's start, a period, `_`, `’`)."""
    rng = random.Random(36)
    texts = [corpus_document(d)[1] for d in CORPUS] + [
        "Putin was prepared to go in fulfilling any North Korean wish lists for technology, a big supplier of shells",
        "Seoul GRANTS ITS REQUESTS FOR  arms; Kim is the main Buyer Of\u00a0shells, satisfied demands\tfor \u00a0x",
        "for Moscow's war in Ukraine, its WAR EFFORTS ON the far eastern Donbas, the invaſion of Crimea, Russia's "
        "military  operation in Ukraine and the \u201cfighting\u201d with the West, attacks against Kyiv",
        "to the far eastern Vladivostok area, in remote, coastal Primorye, in southern and eastern Ukraine, war-torn "
        "Donbas, the mid-western, north-Korean city, embattled-Kyiv, Kim, a spokesman, the Kremlin said.\u201d  \n"]
    found = [(text, max(end - 40, 0), end) for text in texts for end in range(len(text) + 1)]
    pieces = [*"abZé1²_.'\u2019 \t\n\r\u00a0-,", "said", "Adm. ", "  ", " \n", " a supplier ", "being ", " OF ", "of",
              " for", "granted ", " wish lists", "For ", " the ",
              "eastern", "far", " and ", " or ", "war-torn", ", ", "said", "reported", "Said", ".", "!", "\u201d", '"',
              "Mr", "Sept", "Adm", "13"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start, end = rng.randint(0, len(text)), rng.randint(0, len(text))
        found.append((text, start, end))
    return found


def _same(first: re.Match[str] | None, second: re.Match[str] | None) -> bool:
    return (first and (first.span(), first.group(1))) == (second and (second.span(), second.group(1)))


def test_the_word_before_found_from_where_words_open_is_the_search() -> None:
    """The word before an offset that `base.last_word` finds (a match at the stretch's start, or a search from where a
    word opens; thirty-sixth session: ~15 us a search of 40 characters, tried at every letter of every word, were the
    costliest searches of the rules) is the one the pattern's own search finds."""
    for text, start, end in _stretches():
        assert _same(word_before(text, start, end), _TITLE_WORD_BEFORE.search(text, start, end)), (text, start, end)
        assert _same(last_word(_WORD_BEFORE, _WORD_OPENS_BEFORE, text, start, end),
                     _WORD_BEFORE.search(text, start, end)), (text, start, end)


def test_v467_searches_only_stretches_that_end_in_the_patterns_last_word() -> None:
    """V467 searches `_NOUN_OF` and `_FULFILLED` only where the stretch ends in their last word (thirty-sixth session):
    every stretch either matches ends so."""
    for text, start, end in _stretches():
        before = text[start:end].rstrip().lower()
        if _NOUN_OF.search(text, start, end):
            assert before.endswith("of"), (text, start, end)
        if _FULFILLED.search(text, start, end):
            assert before.endswith("for"), (text, start, end)


def test_v476_searches_each_stretch_that_holds_a_noun_of_war() -> None:
    """V476's `in_a_war` searches `_WAR_OBJECT` only where the stretch holds a noun of war (thirty-sixth session): a
    mention after every stretch it matches is in a war."""
    for text, _, end in _stretches():
        if _WAR_OBJECT.search(text, max(end - 60, 0), end):
            assert in_a_war(text, end, end), (text, end)


def test_v472_searches_only_stretches_that_end_as_place_adjectives_do() -> None:
    """V472's `place_adjectives_before` searches `_PLACE_ADJECTIVES_BEFORE` only where the 40 characters before the
    mention end in an adjective's last letters, `and` or `or`, then a `-` or a comma and spaces (thirty-seventh
    session): its result is the search's at every offset."""
    for text, _, end in _stretches():
        found = place_adjectives_before(text, end)
        searched = _PLACE_ADJECTIVES_BEFORE.search(text, max(end - 40, 0), end)
        assert (found and found.span()) == (searched and searched.span()), (text, end)


def test_v421_matches_only_stretches_that_hold_a_verb_of_saying() -> None:
    """V421's `said_last` matches `_SAID_LAST` only where the stretch after the comma holds one of its verbs of saying
    (thirty-seventh session): its result is the match's, from any start and from the last comma before the end (where
    V421 reads it)."""
    stretches = _stretches()
    commas = [(text, text.rfind(",", 0, end), end) for text, _, end in stretches if "," in text[:end]]
    for text, start, end in stretches + commas:
        assert _same(said_last(text, start, end), _SAID_LAST.match(text, start, end)), (text, start, end)


def test_the_word_before_an_end_is_searched_only_after_a_letter_and_a_period() -> None:
    """`tokenizer.no_end_before` searches `_ABBREVIATION_AT_END` only where the stretch ends in a lower-case letter
    and a period, spaces after (thirty-seventh session): its result is what the search's match gives at every offset."""
    for text, _, at in _stretches():
        found = _ABBREVIATION_AT_END.search(text, max(0, at - 12), at)
        word = found and found.group(1)
        assert no_end_before(text, at) == (f"{word}." if word and (word in _TITLES or (
            word in _MONTHS and text[at:at + 1].isdigit())) else None), (text, at)

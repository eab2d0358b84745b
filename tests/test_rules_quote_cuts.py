"""A quote's content cut short by a word (V386, V387): every content fragment of the corpus cut at either edge where
the rules can see it, and the near misses that must pass."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from sample import corpus_document, corpus_report, reword

from vostochny.checking.rules.quote_clauses import CLOSES_NO_CLAUSE, OPENS_NO_CLAUSE

CORPUS = ("ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
          "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness")
AP, REUTERS = CORPUS[0], CORPUS[3]


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def _words(doc: dict, span: dict) -> list[list]:
    """The tokens of words (not marks or stops) inside a span."""
    return [t for t in doc["tokens"] if span["start"] <= t[0] and t[1] <= span["end"] and t[2][:1].isalnum()]


def _inside_a_mention(doc: dict, at: int) -> bool:
    return any(m["start"] < at < m["end"] for m in doc["mentions"])


def _cut(doc: dict, text: str, i: int, j: int, start: int, end: int) -> dict:
    """The document with quote `i`'s fragment `j` moved to [start, end)."""
    changed = copy.deepcopy(doc)
    changed["quotes"][i]["content"][j].update(start=start, end=end, text=text[start:end])
    return changed


def _clause_cuts() -> Iterator[tuple[str, int, int, str, int, int]]:
    """Each reported clause of the corpus cut by one word where the word left at the edge opens (first fragment) or
    closes no clause, the new edge lies inside no mention (V349's) and no quotation mark is cut off (V386's)."""
    for doc_id in CORPUS:
        doc, text = corpus_document(doc_id)
        for i, q in enumerate(doc["quotes"]):
            if q["kind"] == "direct":
                continue
            for j, span in enumerate(q["content"]):
                words = _words(doc, span)
                if len(words) < 3:
                    continue
                if words[-2][2] in CLOSES_NO_CLAUSE and not _inside_a_mention(doc, words[-2][1]) \
                        and not _marked(text[words[-2][1]:span["end"]]):
                    yield doc_id, i, j, "end", span["start"], words[-2][1]
                if j == 0 and words[1][2] in OPENS_NO_CLAUSE and not _inside_a_mention(doc, words[1][0]) \
                        and not _marked(text[span["start"]:words[1][0]]):
                    yield doc_id, i, j, "start", words[1][0], span["end"]


def _marked(cut: str) -> bool:
    return any(mark in cut for mark in "\u201c\u201d\"")


@pytest.mark.parametrize(("doc_id", "i", "j", "edge", "start", "end"), list(_clause_cuts()))
def test_a_reported_clause_cut_by_a_word_is_refused(doc_id: str, i: int, j: int, edge: str, start: int,
                                                    end: int) -> None:
    """A content cut short passed (`... the war in` without `Ukraine`; `would supply ...` without its subject): the
    exports scored half a clause as what was said."""
    doc, text = corpus_document(doc_id)
    assert _errors(_cut(doc, text, i, j, start, end), text) == [("V387", f"/quotes/{i}/content/{j}")]


def test_the_corpus_holds_cuts_of_both_kinds() -> None:
    assert {edge for *_, edge, _, _ in _clause_cuts()} == {"start", "end"}


def _direct_cuts() -> Iterator[tuple[str, int, int, int, int]]:
    """Each inner edge of a direct quote of several fragments cut by one word."""
    for doc_id in CORPUS:
        doc, _ = corpus_document(doc_id)
        for i, q in enumerate(doc["quotes"]):
            last = len(q["content"]) - 1
            if q["kind"] != "direct" or not last:
                continue
            for j, span in enumerate(q["content"]):
                words = _words(doc, span)
                if j < last and not _inside_a_mention(doc, words[-2][1]):
                    yield doc_id, i, j, span["start"], words[-2][1]
                if j > 0 and not _inside_a_mention(doc, words[1][0]):
                    yield doc_id, i, j, words[1][0], span["end"]


@pytest.mark.parametrize(("doc_id", "i", "j", "start", "end"), list(_direct_cuts()))
def test_a_direct_fragment_cut_short_of_its_mark_is_refused(doc_id: str, i: int, j: int, start: int,
                                                            end: int) -> None:
    """V252 read a direct utterance's two ends only: its first fragment cut before `ones,"` passed."""
    doc, text = corpus_document(doc_id)
    assert _errors(_cut(doc, text, i, j, start, end), text) == [("V386", f"/quotes/{i}/content/{j}")]


def test_the_corpus_has_direct_quotes_of_several_fragments() -> None:
    assert len(list(_direct_cuts())) >= 6


def _mixed_cuts() -> Iterator[tuple[str, int, int, int, int]]:
    """Each mixed quote whose last (first) fragment ends (starts) with its quoted passage's mark, cut by one word and
    the mark."""
    for doc_id in CORPUS:
        doc, text = corpus_document(doc_id)
        for i, q in enumerate(doc["quotes"]):
            if q["kind"] != "mixed":
                continue
            first, last = q["content"][0], q["content"][-1]
            if text[last["end"] - 1] in "\u201d\"" and not _inside_a_mention(doc, _words(doc, last)[-2][1]):
                yield doc_id, i, len(q["content"]) - 1, last["start"], _words(doc, last)[-2][1]
            if text[first["start"]] in "\u201c\"" and not _inside_a_mention(doc, _words(doc, first)[1][0]):
                yield doc_id, i, 0, _words(doc, first)[1][0], first["end"]


@pytest.mark.parametrize(("doc_id", "i", "j", "start", "end"), list(_mixed_cuts()))
def test_a_mixed_quote_cut_inside_its_quoted_passage_is_refused(doc_id: str, i: int, j: int, start: int,
                                                               end: int) -> None:
    """`and “handle it [appropriately,”]` cut before its last word passed: a quoted passage opened and not closed."""
    doc, text = corpus_document(doc_id)
    found = _errors(_cut(doc, text, i, j, start, end), text)
    assert found == [("V386", f"/quotes/{i}/content")], found


def test_the_corpus_has_mixed_quotes_ending_in_their_marks() -> None:
    assert len(list(_mixed_cuts())) >= 3


@pytest.mark.parametrize(("old", "new"), [
    ("regional threats", "Plan A"),  # a capitalised `A` is a name's
    ("regional threats", "what it was looking for"),  # a preposition left at a clause's end is not judged
])
def test_a_clause_may_end_so(old: str, new: str) -> None:
    doc, text = corpus_document(AP)
    changed, new_text = reword(doc, text, old, new)
    assert not [p for p in corpus_report(changed, new_text) if p.code in ("V386", "V387")]


def test_a_later_fragment_goes_on_after_an_interruption() -> None:
    """`North Korea, he said, [is providing ...]`: a fragment after the first may open on a verb (the clause cut
    there alone, its subject left out, is refused)."""
    doc_id, i, j, _, start, end = next(cut for cut in _clause_cuts() if cut[3] == "start")
    doc, text = corpus_document(doc_id)
    span = doc["quotes"][i]["content"][j]
    subject = {**span, "end": _words(doc, span)[0][1], "text": text[span["start"]:_words(doc, span)[0][1]]}
    changed = _cut(doc, text, i, j, start, end)
    changed["quotes"][i]["content"].insert(j, subject)
    assert not [p for p in corpus_report(changed, text) if p.code in ("V386", "V387")]


def test_a_direct_quote_over_two_paragraphs() -> None:
    """A paragraph of a quotation ends without its closing mark where the next paragraph's opening mark goes on; the
    mark left out inside a line is refused."""
    doc, text = corpus_document(REUTERS)
    q = next(q for q in doc["quotes"] if q["kind"] == "direct" and len(q["content"]) == 2)
    span = q["content"][0]
    assert text[span["end"]:span["end"] + 1] in ",\u201d\""
    mark = span["end"] + (1 if text[span["end"]] == "," else 0)
    around = text[span["end"] - 5:span["end"] + 2]
    found = {}
    for gap in ("\n", " "):
        changed, new_text = reword(doc, text, text[mark:mark + 1], gap, context=around)
        found[gap] = [p.code for p in corpus_report(changed, new_text) if p.code == "V386"]
    assert found == {"\n": [], " ": ["V386"]}

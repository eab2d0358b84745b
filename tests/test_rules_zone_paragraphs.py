"""Two paragraphs in one body zone of a text whose lines are its paragraphs (V433): an attack merged each zone with the
next, and 42 of 102 merges passed (every body paragraph of the three texts with no blank line between paragraphs)."""

from __future__ import annotations

import copy
import itertools

from sample import corpus_document, corpus_report

AP = "ap-kim-whereabouts-after-summit"
REUTERS = "reuters-kim-putin-summit"


def _merged(doc: dict, text: str, i: int) -> dict:
    """`doc` with its zone `i` run on over zone `i + 1`."""
    edited = copy.deepcopy(doc)
    first, second = edited["zones"][i], edited["zones"].pop(i + 1)
    first.update(end=second["end"], text=text[first["start"]:second["end"]])
    return edited


def test_two_body_paragraphs_a_line_apart_in_one_zone_are_refused() -> None:
    """AP's second and third paragraphs (one line each, a line break between them) in one body zone."""
    doc, text = corpus_document(AP)
    assert [z["kind"] for z in doc["zones"][1:3]] == ["body", "body"]
    assert [(p.code, p.pointer) for p in corpus_report(_merged(doc, text, 1), text)] == [("V433", "/zones/1")]


def test_every_merge_of_two_body_lines_is_refused() -> None:
    """In the three texts that put no blank line between paragraphs, each pair of body zones merged is refused."""
    for name in (AP, "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials"):
        doc, text = corpus_document(name)
        for i, (a, b) in enumerate(itertools.pairwise(doc["zones"])):
            if a["kind"] == b["kind"] == "body" and "\n\n" not in text[a["end"]:b["start"]]:
                assert {p.code for p in corpus_report(_merged(doc, text, i), text)} == {"V433"}, (name, i)


def test_paragraphs_over_a_blank_line_are_v250_s_alone() -> None:
    """Reuters' paragraphs are a blank line apart: a merge is V250's, which folds this rule's hit."""
    doc, text = corpus_document(REUTERS)
    i = next(i for i, (a, b) in enumerate(itertools.pairwise(doc["zones"])) if a["kind"] == b["kind"] == "body")
    assert [(p.code, p.pointer) for p in corpus_report(_merged(doc, text, i), text)] == [("V250", f"/zones/{i}")]


def test_a_wrapped_text_is_not_judged() -> None:
    """A text wrapped inside its paragraphs (a line of a body zone ends no sentence) may hold a paragraph of two lines:
    AP's second paragraph with its line break moved inside its first sentence, and the zone taken over both lines."""
    doc, text = corpus_document(AP)
    first, second = doc["zones"][1], doc["zones"][2]
    wrapped = text[:first["end"]] + " " + text[first["end"] + 1:]
    cut = wrapped.index(" ", first["start"] + 20)
    wrapped = wrapped[:cut] + "\n" + wrapped[cut + 1:]
    edited = _merged(doc, wrapped, 1)
    codes = {p.code for p in corpus_report(edited, wrapped)}
    assert "V433" not in codes and second["end"] == edited["zones"][1]["end"]

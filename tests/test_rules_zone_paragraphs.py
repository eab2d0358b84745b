"""Two paragraphs in one body zone of a text whose lines are its paragraphs (V433): an attack merged each zone with the
next, and 42 of 102 merges passed (every body paragraph of the three texts with no blank line between paragraphs)."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

import pytest
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


def _past_the_text(doc: dict, text: str) -> dict:
    """AP's last two body paragraphs in one zone that runs on past the text's end."""
    last = max(i for i, z in enumerate(doc["zones"]) if z["kind"] == "body")
    edited = _merged(doc, text, last - 1)
    edited["zones"][last - 1]["end"] = len(text) + 5
    return edited


def _text_of_two_lines(doc: dict, text: str) -> dict:
    """AP's second paragraph's zone with the text of its line and the next one, its span kept."""
    edited = copy.deepcopy(doc)
    edited["zones"][1]["text"] = text[edited["zones"][1]["start"]:edited["zones"][2]["end"]]
    return edited


def _off_a_token(doc: dict, text: str) -> dict:
    """AP's fifth and sixth paragraphs in one zone that starts inside the fifth's first word (`“A|ny scientific`)."""
    edited = _merged(doc, text, 4)
    edited["zones"][4]["start"] += 2
    edited["zones"][4]["text"] = text[edited["zones"][4]["start"]:edited["zones"][4]["end"]]
    return edited


def _over_the_next(doc: dict, text: str) -> dict:
    """AP's second paragraph's zone run on over the third's, which stays."""
    edited = copy.deepcopy(doc)
    edited["zones"][1].update(end=doc["zones"][2]["end"], text=text[doc["zones"][1]["start"]:doc["zones"][2]["end"]])
    return edited


@pytest.mark.parametrize(("edit", "code", "at"), [
    (_past_the_text, "V201", "next to last"), (_text_of_two_lines, "V202", 1), (_off_a_token, "V212", 4),
    (_over_the_next, "V220", 2)])
def test_a_zone_s_own_fault_folds_its_two_lines(edit: Callable[[dict, str], dict], code: str, at: int | str) -> None:
    """A zone past the text, whose text is not its span's, off a token or over the next zone holds two of AP's lines:
    that its lines are two paragraphs is the same edges misplaced (V201, V202, V212, V220 fold V433)."""
    doc, text = corpus_document(AP)
    edited = edit(doc, text)
    index = max(i for i, z in enumerate(doc["zones"]) if z["kind"] == "body") - 1 if at == "next to last" else at
    assert [(p.code, p.pointer) for p in corpus_report(edited, text)] \
        == [(code, f"/zones/{index}" + ("/text" if code == "V202" else ""))]


def test_a_text_whose_every_body_zone_holds_two_lines_is_not_judged() -> None:
    """AP's body zones merged two by two (three at the end if their number is odd): no zone of one line shows that a
    line is a paragraph, and the text may be wrapped (the twenty-ninth session's mutation check: no test held it)."""
    doc, text = corpus_document(AP)
    body = [i for i, z in enumerate(doc["zones"]) if z["kind"] == "body"]
    assert body == list(range(body[0], body[-1] + 1)) and len(body) > 3
    merged = doc
    for i in reversed(body[:-1][::2] if len(body) % 2 == 0 else [*body[:-3][::2], body[-3], body[-3]]):
        merged = _merged(merged, text, i)
    assert all("\n" in z["text"] for z in merged["zones"] if z["kind"] == "body")
    assert "V433" not in {p.code for p in corpus_report(merged, text)}


def test_a_paragraph_merged_with_the_subheading_after_it_is_refused() -> None:
    """The thirty-first session's sweep: the arms-sale report's body paragraphs run on over the subheading after them
    (`Kim Jong Un to meet Putin`, a line that ends no sentence) passed, the text read with the merged zone's last line;
    read without the zone judged, every other body line ends a sentence (V433)."""
    doc, text = corpus_document("kim-arrives-russia-arms-sale-warning")
    merged = [i for i, (a, b) in enumerate(itertools.pairwise(doc["zones"]))
              if (a["kind"], b["kind"]) == ("body", "subheading") and "\n\n" not in text[a["end"]:b["start"]]]
    assert len(merged) == 3
    for i in merged:
        assert [(p.code, p.pointer) for p in corpus_report(_merged(doc, text, i), text)
                if p.severity == "error"] == [("V433", f"/zones/{i}")]

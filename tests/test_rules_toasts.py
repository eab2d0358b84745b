"""A relation read from a toast (V370, hard case 18): the toast is a speech act without a clause, the writer's account
of a meeting; its content claims nothing."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report

REUTERS = "reuters-kim-putin-summit"
TOAST = "Kim raised a toast with a glass of Russian wine to Putin's health"


def _with_relation(kind: str, head: str, tail: str, factuality: str) -> list[tuple[str, str]]:
    """The errors of the Reuters document with a relation added between the mentions `head` and `tail` of the toast's
    sentence (by their words, the first after the toast's start)."""
    doc, text = corpus_document(REUTERS)
    at = text.index(TOAST)

    def mention(words: str) -> str:  # `great Russia`: the mention `Russia` inside it
        start = text.index(words, at) + words.rfind(" ") + 1
        (found,) = [m["id"] for m in doc["mentions"] if m["start"] == start and m["text"] == words.split(" ")[-1]]
        return found

    (quote,) = [q for q in doc["quotes"] if q["cue"] and q["cue"]["text"] == "raised a toast"]
    assert quote["speaker"] == mention("Kim") and "Putin's health" in quote["content"][0]["text"]
    doc["relations"].append({"id": "r99", "type": kind, "head": mention(head), "tail": mention(tail),
                             "factuality": factuality})
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def test_a_meeting_told_by_a_toast_is_the_writers_asserted() -> None:
    """`Kim raised a toast ... to Putin's health`: MEETS(Kim, Putin) asserted was refused as Kim's claim (V370 asked
    `reported`), though the toast claims nothing and is the writer's account of the lunch (a word of meeting)."""
    assert _with_relation("MEETS", "Kim", "Putin", "asserted") == []


@pytest.mark.parametrize(("head", "tail"), [("Kim", "great Russia")])
def test_another_relation_of_the_toasts_content_is_still_judged(head: str, tail: str) -> None:
    """Only the meeting the toast itself is: a relation of another type between the speaker and the toast's content
    (AFFILIATED_WITH read from `to the victory of "great Russia"`) is still the speaker's words, V370's."""
    relations = len(corpus_document(REUTERS)[0]["relations"])
    assert _with_relation("AFFILIATED_WITH", head, tail, "asserted") == [
        ("V370", f"/relations/{relations}/factuality")]

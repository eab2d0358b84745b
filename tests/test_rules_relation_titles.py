"""A spokesperson's relation typed as another post (V430): the title names the post."""

from __future__ import annotations

import copy

import pytest
from sample import corpus_document, corpus_report, related

from vostochny.checking.rules.relation_titles import _spokesperson_of

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
TOP = "kim-arrives-russia-top-officials"
#: every SPOKESPERSON_OF of release 1, by its document and the text from its first argument to its last
SPOKESPEOPLE = [
    (AP, "Foreign Ministry spokesman Lim Soo-suk"),
    (AP, "National Security Council spokesman John Kirby"),
    (AP, "Kremlin spokesman Dmitry Peskov"),
    (ARMS, "Dmitry Peskov, a spokesman for the Kremlin"),
    (ARMS, "Matthew Miller, a spokeswoman for the State Department"),
    (TOP, "Jeon Ha Gyu, spokesperson of South Korea's Defense Ministry"),
    (TOP, "State Department spokesman Matthew Miller"),
]


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


@pytest.mark.parametrize(("doc_id", "reads"), SPOKESPEOPLE)
@pytest.mark.parametrize("kind", ["OFFICIAL_OF", "AFFILIATED_WITH", "LEADER_OF"])
def test_a_spokesperson_typed_as_another_post_is_refused(doc_id: str, reads: str, kind: str) -> None:
    doc, text = corpus_document(doc_id)
    i = related(doc, text, "SPOKESPERSON_OF", reads)
    edited = copy.deepcopy(doc)
    edited["relations"][i]["type"] = kind
    assert _errors(doc, text) == []
    assert _errors(edited, text) == [("V430", f"/relations/{i}/type")]  # LEADER_OF's missing word (V361) folded


def test_only_the_titles_two_places_are_read() -> None:
    """The title between the tail and the head, or an apposition of it with `for`, `of`, `at` after the head; not a
    title farther off, nor another word between."""
    class Span:
        def __init__(self, text: str, needle: str) -> None:
            self.start = text.index(needle)
            self.end = self.start + len(needle)

    for text, head, tail, said in [
        ("Kremlin spokesman Dmitry Peskov left.", "Dmitry Peskov", "Kremlin", True),
        ("Kremlin press secretary Dmitry Peskov left.", "Dmitry Peskov", "Kremlin", True),
        ("Peskov, the spokesman at the Kremlin, left.", "Peskov", "Kremlin", True),
        ("Kremlin aide and spokesman Dmitry Peskov left.", "Dmitry Peskov", "Kremlin", False),
        ("Peskov, who was a spokesman for the Kremlin, left.", "Peskov", "Kremlin", False),
        ("Kremlin mouthpiece Dmitry Peskov left.", "Dmitry Peskov", "Kremlin", False),
    ]:
        assert _spokesperson_of(text, Span(text, head), Span(text, tail)) is said, text  # type: ignore[arg-type]

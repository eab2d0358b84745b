"""Single edits that passed the thirty-first session's sweeps (scripts/attack.py): `they` moved into an unlinked
person's chain that is `he` elsewhere (`chain-merge`; V256, widened from linked people to every chain), and a
misspelt name its record lists marked nominal (`mention-kind`; V253, widened to misspellings)."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, written_errors

TEXT = "A North Korean cosmonaut arrived. He waved, and they smiled at the crowd."


def test_they_in_an_unlinked_chain_that_is_he_is_refused() -> None:
    """An entity that is `he` is one person, linked or not: `they` in it is another referent's (constructed)."""
    assert written_errors(TEXT, [("A North Korean cosmonaut", "e1", "nominal"), ("He", "e1", "pronoun"),
                                 ("they", "e1", "pronoun")]) == [("V256", "/mentions/2/entity")]
    assert written_errors(TEXT, [("A North Korean cosmonaut", "e1", "nominal"), ("He", "e1", "pronoun"),
                                 ("they", "e2", "pronoun")]) == []


@pytest.mark.parametrize(("document", "name"), [("ap-kim-whereabouts-after-summit", "Jo Chun Yong"),
                                                ("time-kim-russia-trip-putin-weakness", "Shogu")])
def test_a_misspelt_name_marked_nominal_is_refused(document: str, name: str) -> None:
    """A misspelling its record lists (hard case 21) is a name written wrong, still a name (V253)."""
    doc, text = corpus_document(document)
    i = next(k for k, m in enumerate(doc["mentions"]) if m["text"] == name and m["kind"] == "name")
    doc["mentions"][i]["kind"] = "nominal"
    assert [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"] == [
        ("V253", f"/mentions/{i}/kind")]

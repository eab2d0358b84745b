"""A plural pronoun in the chain of one person that passed the thirty-first session's sweep (`chain-merge`): `they`
moved into an unlinked person's chain that is `he` elsewhere (V256, widened from linked people to every chain)."""

from __future__ import annotations

from sample import written_errors

TEXT = "A North Korean cosmonaut arrived. He waved, and they smiled at the crowd."


def test_they_in_an_unlinked_chain_that_is_he_is_refused() -> None:
    """An entity that is `he` is one person, linked or not: `they` in it is another referent's (constructed)."""
    assert written_errors(TEXT, [("A North Korean cosmonaut", "e1", "nominal"), ("He", "e1", "pronoun"),
                                 ("they", "e1", "pronoun")]) == [("V256", "/mentions/2/entity")]
    assert written_errors(TEXT, [("A North Korean cosmonaut", "e1", "nominal"), ("He", "e1", "pronoun"),
                                 ("they", "e2", "pronoun")]) == []

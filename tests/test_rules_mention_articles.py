"""A nominal's span cut back to its article (V345): the twenty-third session's attack on the corpus found 46 of the 215
one-token cuts of the real corpus's nominals at their end passed with 0 errors (`[the] country`, `[a] summit`)."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report

AP = "ap-kim-whereabouts-after-summit"


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a corpus document over `text`."""
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


@pytest.mark.parametrize(("reads", "article"), [("the country", "the"), ("a summit", "a")])
def test_a_nominal_cut_back_to_its_article_is_refused(reads: str, article: str) -> None:
    """`[the] country`, `[a] summit`: a mention of one article refers to nothing, and each export tags the article
    alone as the entity; V345 read a function word at the end of a span of two tokens or more only."""
    doc, text = corpus_document(AP)
    assert _errors(doc, text) == []
    i = next(i for i, m in enumerate(doc["mentions"]) if m["text"] == reads and m["kind"] == "nominal")
    m = doc["mentions"][i]
    m.update(end=m["start"] + len(article), text=article)
    assert text[m["start"]:m["end"]] == article
    assert _errors(doc, text) == [("V345", f"/mentions/{i}")]


def test_a_name_of_one_capital_article_like_word_is_not_judged() -> None:
    """`An` alone may be a name (the Korean surname) and `A` a letter of one (`Group A`): V345 refuses the articles
    in lower case, and `The` alone, only; every mention of the corpus stays valid."""
    from vostochny.checking.rules.mention_edges import _article_last

    assert [_article_last(words) for words in (["An"], ["Group", "A"], ["The", "Hague"], ["The"], ["a"])] == [
        "", "", "", "is the article 'The' alone", "is the article 'a' alone"]

"""Pronouns the text holds and the annotation leaves out: a personal pronoun of a person, a people or a body that is
no mention (V384), and a `they` that is none (V385)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, annotates_nothing, rule
from vostochny.checking.rules.mentions import InsideName, MentionSpans
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

#: the pronouns of the first person and of `he` and `she`, in lower case: each refers to a speaker, a person, a ship
#: or a state (V256), always an entity the guidelines annotate (not `mine`: a weapon as often); the second person
#: may address anything and `it` is pleonastic as often as not (`it was unclear`): neither is judged
_PERSONAL = ("he", "him", "his", "himself", "she", "her", "hers", "herself",
             "me", "my", "myself", "we", "us", "our", "ours", "ourselves")
#: the third person plural, in lower case: a group of people or states, or things of an entity type (`them`, of
#: weapons), but also things of no type (`the talks ... they`): a warning (V385)
_PLURAL = ("they", "them", "their", "theirs", "themselves")
#: a pronoun as it stands in running text: in lower case or capitalised at a sentence's start (`We`, `Us`: not the
#: name `US` nor a headline's capitals); `I` is written so alone (a lower-case `i` is a list's numbering)
_FORMS = {word: frozenset({*map(str.lower, words), *map(str.capitalize, words)})
          for word, words in (("personal", _PERSONAL), ("plural", _PLURAL))}
_PERSONAL_FORMS = _FORMS["personal"] | {"I"}
_ALL_FORMS = _PERSONAL_FORMS | _FORMS["plural"]
#: `their` written for `there` (docs/guidelines.md, Mentions, not mentions: `despite their being no indication`):
#: before a verb, or before `being` and a quantifier (`their being sanctioned` is a possessive of a gerund)
_THERE_TYPO = compiled(r"\s+(?:(?:is|are|was|were|'s|\u2019s)\b|being\s+(?:no|any|a|an|little|much|many|some|"
                       r"several|more|enough|nothing|plenty)\b)", re.IGNORECASE)


@rule("V384", "pronoun-not-annotated", "a personal pronoun of a person or body (he, she, I, we and their other "
      "forms) is no mention", "annotate it as a pronoun mention of the entity it refers to (docs/guidelines.md, "
      "Mentions): every mention of a referent is annotated, in every zone", predictions="gold only")
def pronoun_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of a referent form its entity, pronouns included, in every zone (docs/guidelines.md, Mentions and
    Clustering): a pronoun mention deleted (`his` of Kim Jong Un, with the relation and the quote that read it) passed
    every rule, the coreference chains of every export one link short, and a system's correct `his` there was scored
    a false positive. `he`, `she`, the first person and their other forms refer to a person, a speaker, a ship or a
    state (V256), every one an entity the guidelines annotate: each token that is one, in lower case or capitalised
    (`I` alone), and that is no mention's span nor inside a name mention (a pronoun in a title, `Our Lady`), is
    reported. Not judged: `it` (pleonastic as often as not), the second person, `I` as a numeral (after a
    capitalised word that does not open its clause, `World War I`; a heading's `I.`), and a document that annotates
    nothing yet (a scaffold of `vostochny
    new`: no zone, mention or quote; one whose mentions were wiped and its zones kept is read). `they` and its forms
    are V385's."""
    yield from map(_hit, _bare_pronouns(ctx, _PERSONAL_FORMS))


@rule("V385", "plural-pronoun-not-annotated", "a `they`, `them` or `their` is no mention",
      "annotate it as a pronoun mention of the entity it refers to (a group of people or states, or things of an "
      "entity type: docs/guidelines.md, Mentions); leave it where it refers to things no entity type covers",
      severity="warning", predictions="gold only")
def plural_pronoun_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """V384 for the third person plural: a `they` refers to a group of people or states, or to weapons, vehicles or
    places, all annotated (docs/guidelines.md, Mentions), so one left bare is usually a mention deleted; but it may
    also refer to things no entity type covers (`the talks ... they`), which are not annotated: a warning. `their`
    written for `there` (`despite their being no indication`, `their is`) is no pronoun (Mentions, not mentions)."""
    text = ctx.text or ""
    for word, k, start, end in _bare_pronouns(ctx, _FORMS["plural"]):
        if not (word.lower() == "their" and _THERE_TYPO.match(text, end)):
            yield _hit((word, k, start, end))


def _bare_pronouns(ctx: DocContext, forms: frozenset[str]) -> Iterator[tuple[str, int, int, int]]:
    """The tokens of the forms (word, index, start, end) that are no mention's span and lie inside no name mention;
    not `I` as a numeral (`_numeral`)."""
    view, text = ctx.view, ctx.text
    if text is None or not view.tokens_tile or annotates_nothing(ctx):
        return
    words, starts, ends = view.token_texts, view.token_starts, view.token_ends
    for k in _bare(view, text):
        if words[k] in forms and not (words[k] == "I" and _numeral(view, k)):
            yield words[k], k, starts[k], ends[k]


def _numeral(view: DocumentView, k: int) -> bool:
    """Whether the token `I` at `k` is a Roman numeral: after a capitalised word that does not open its clause
    (`World War I`, `King Charles I`; but `Yesterday I`, `"But I`, `said: Now I` are pronouns, the word before them
    first in its sentence or after a punctuation mark), or opening its sentence before `.` or `)` (`I. Background`).
    A clause's first word read as part of a name would pass every `But I` of a quotation."""
    words, sentence = view.token_texts, view.sentence_of_token

    def word_before(j: int) -> int | None:  # the token before `j` in its sentence, if a word
        return j - 1 if j > 0 and sentence[j - 1] == sentence[k] and words[j - 1][:1].isalnum() else None

    before = word_before(k)
    if before is None:
        return (k == 0 or sentence[k - 1] != sentence[k]) and k + 1 < len(words) and words[k + 1] in (".", ")")
    return words[before][:1].isupper() and words[before].isalpha() and word_before(before) is not None


def _bare(view: DocumentView, text: str) -> list[int]:
    """The tokens of a pronoun V384 or V385 judges that are no mention's span and lie inside no name mention, found
    once for both rules: every such token of a valid document is a mention, found by one bisection each. Not a token
    that a letter or digit joins to the text before or after it: a word split by hand (`t|he`, V267), no pronoun."""
    key = ("bare pronouns",)
    if key not in view.derived:
        words, starts, ends, is_mention = view.token_texts, view.token_starts, view.token_ends, MentionSpans(view)
        found = [k for k in compress(range(len(words)), map(_ALL_FORMS.__contains__, words))
                 if not is_mention(starts[k], ends[k])]
        found = [k for k in found
                 if not (text[starts[k] - 1:starts[k]].isalnum() or text[ends[k]:ends[k] + 1].isalnum())]
        if found:  # the name mentions are sorted only when a pronoun is left bare
            inside = InsideName(view)
            found = [k for k in found if not inside(starts[k], ends[k])]
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]


def _hit(token: tuple[str, int, int, int]) -> Hit:
    word, k, start, end = token
    return Hit(pointer("tokens", k), [start, end], f"{word!r} at [{start}, {end}) is no mention")

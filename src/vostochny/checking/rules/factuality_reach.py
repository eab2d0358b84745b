"""Factuality against the reach of its words: a `possible` journey, meeting or transfer whose sentence's hedges all
follow the words that state it (V422), and a `denied` one whose negation follows them or governs a hedge (V423)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.factuality_words import (
    _HEDGE_WORDS,
    TRIGGERS,
    planned_or_named,
    sentence_words,
    stating_word,
)
from vostochny.model.labels import NEGATION_WORDS, THOUGHT_CUES

if TYPE_CHECKING:
    from vostochny.model.models import Relation

#: the words that hedge or ask wherever they stand (`Kim met Putin, apparently`, `Did Kim meet Putin?`): a sentence
#: that holds one is not judged
_ANYWHERE = frozenset({"?", "apparently", "reportedly", "allegedly", "presumably", "supposedly", "purportedly",
                       "perhaps", "maybe", "possibly", "probably", "likely", "unlikely", "seemingly", "whether"})
#: the hedges that may follow what they hedge, closing its sentence or a parenthesis (`[North Korea] sold [shells],
#: officials fear.`, `..., though that is unclear.`): a thought or a warning written after what it reports
_AFTERTHOUGHTS = THOUGHT_CUES | frozenset({
    "warn", "warns", "warned", "predict", "predicts", "predicted", "suspect", "suspects", "suspected", "speculated",
    "unclear", "uncertain", "unconfirmed", "rumoured", "rumored", "alleged"})
#: the marks that close a sentence or a parenthesis
_CLOSING = frozenset({",", ".", ";", ":", "!", "\u201d", '"', ")", "\u2014", "\u2013", "--"})
#: the words that deny what they take, before or after it (`[Moscow] denied it would supply [weapons]`, `no evidence
#: that`): a sentence that holds one is not judged by V423
_DENIALS = frozenset({"deny", "denies", "denied", "denying", "denial", "denials", "reject", "rejects", "rejected",
                      "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
                      "rebuff", "rebuffed", "dispute", "disputes", "disputed", "false", "untrue", "baseless",
                      "groundless", "unfounded", "evidence", "proof", "sign", "signs", "indication"})

#: the negations that open a noun phrase (`no weapons would be sent`): what follows them is not a clause they negate
_DETERMINERS = frozenset({"no", "none", "nothing", "nobody", "nowhere", "neither"})


def _negation(word: str) -> bool:
    """Whether a word in lower case denies or negates (`labels.NEGATION_WORDS`, or n't)."""
    return word in NEGATION_WORDS or word.endswith(("n't", "n\u2019t"))


def _hedge(word: str) -> bool:
    """Whether a word in lower case presents what it governs as possible (V410's words, negation among them)."""
    return word in _HEDGE_WORDS or word.endswith(("n't", "n\u2019t"))


def _clause(ctx: DocContext, i: int, plans: bool) -> tuple[Relation, list[str], int, int] | None:
    """Relation `i` if its arguments lie in one sentence and it is neither a headline's plan nor a noun phrase of an
    event (V410's `planned_or_named`), with its sentence's words in lower case, the index among them of the first word
    after its last argument and that of its trigger (`TRIGGERS`); None if it has none."""
    view, r = ctx.view, ctx.doc.relations[i]
    head, tail = view.mentions.get(r.head), view.mentions.get(r.tail)
    at = view.mention_sentence.get(r.head, -1)
    if head is None or tail is None or view.mention_sentence.get(r.tail) != at or at < 0 \
            or planned_or_named(view, r.type, head, tail, plans):
        return None
    trigger = stating_word(view, at, r.type, head, tail)
    if trigger is None:
        return None
    words, first = sentence_words(view, at), view.token_ranges("sentences")[at][0]
    after = bisect.bisect_left(view.token_starts, max(head.end, tail.end), first, first + len(words)) - first
    return r, words, after, trigger - first


def _labelled(ctx: DocContext, label: str) -> Iterator[tuple[int, Relation, list[str], int, int]]:
    """Each event relation labelled `label` that `_clause` reads, with its index."""
    facts, types = ctx.view.column("relations", "factuality"), ctx.view.column("relations", "type")
    if label not in facts or ctx.text is None:
        return
    for i, (fact, kind) in enumerate(zip(facts, types, strict=True)):
        if fact == label and kind in TRIGGERS:
            found = _clause(ctx, i, label == "possible")
            if found is not None:
                yield (i, *found)


@rule("V422", "hedge-after-its-clause", "a journey, meeting or transfer is `possible` but every hedge of its sentence "
      "follows its arguments and the word that states it", "set the factuality its own clause gives (`asserted` for "
      "`[Kim] arrived in [Russia] on Tuesday ahead of his meeting`; docs/guidelines.md, Factuality)")
def hedge_after_its_clause(ctx: DocContext) -> Iterator[Hit]:
    """The label belongs to the predicate that carries the relation, not to the sentence (docs/guidelines.md,
    Factuality), and a hedge presents as possible what it governs, which follows it. V410 asks only that a `possible`
    relation's sentence hold a hedge, anywhere: `North Korean leader [Kim Jong Un] arrived in [Russia] on Tuesday ahead
    of his meeting with President Vladimir Putin` marked `possible` passed on `ahead`, which governs the meeting (an
    attack on release 1: 39 of 133 `asserted` relations relabelled `possible` passed, 8 of 15 `reported` ones). A
    meeting, journey or transfer labelled `possible` is refused where its trigger (the word of its type nearest its
    arguments: `arrived`, `held talks`, `sold`; `factuality_words.TRIGGERS`) comes before every hedge of its sentence
    and every hedge follows both arguments. `[Kim] and [Putin] could meet` has `could` before `meet`, `[Kim] traveled
    to Russia to meet [Putin]` has `to` before its trigger (a purpose), and a hedge before or between the arguments
    spares a relation. Not judged: a sentence with a hedge that stands anywhere (`apparently`, `likely`, `whether`, a
    question mark: `_ANYWHERE`) or with a thought or a warning that closes it or a parenthesis (`[North Korea] sold
    [shells], officials fear.`: `_AFTERTHOUGHTS`), a hedge before the trigger that governs another verb (`Britain
    urged [North Korea] to end arms talks with [Russia]`) or in a clause of its own (`[Kim], who could not stay, met
    [Putin]`), a relation whose sentence holds no word of its type (`Putin showed [Kim] around [the site]`), a
    headline's plan and a noun phrase of an event (V410's `planned_or_named`), and a sentence with no hedge (V410's)."""
    for i, r, words, after, trigger in _labelled(ctx, "possible"):
        hedges = [k for k, word in enumerate(words) if _hedge(word)]
        if not hedges or hedges[0] < after or trigger > hedges[0] or (trigger and words[trigger - 1] == "to") \
                or not _ANYWHERE.isdisjoint(words) or any(_closes(words, k) for k in hedges):
            continue
        yield Hit(pointer("relations", i, "factuality"), "possible", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                  f"{words[hedges[0]]!r} follows {words[trigger]!r} and its arguments")


def _closes(words: Sequence[str], k: int) -> bool:
    """Whether the hedge at `k` is a thought or a warning that ends its sentence or stands before a closing mark (a
    report written after what it hedges)."""
    return words[k] in _AFTERTHOUGHTS and (k + 1 == len(words) or words[k + 1] in _CLOSING)


@rule("V423", "negation-out-of-reach", "a journey, meeting or transfer is `denied` but every negation of its "
      "sentence follows its arguments and the word that states it, or negates a hedge before that word",
      "set the factuality its own clause gives (`asserted` for `[Seoul] ... having given [tanks] to Poland, ... is not "
      "allowed to contribute weaponry`, `possible` for `it's not clear if [Russia] would share [technologies]`)")
def negation_out_of_reach(ctx: DocContext) -> Iterator[Hit]:
    """Negation of the relation itself makes it `denied`, negation elsewhere in the sentence does not, and a relation
    that sources decline to confirm is `possible` (docs/guidelines.md, Factuality). V260 asks only that a `denied`
    relation's sentence hold a negation: `... having given [tanks] to [Poland], ... Seoul is not allowed to contribute
    weaponry` and `it's not clear if [Russia] would share [such sensitive technologies]` marked `denied` passed (an
    attack on release 1: 13 of 226 relabellings to `denied` passed). A meeting, journey or transfer labelled `denied`
    is refused where every negation of its sentence follows its trigger (`factuality_words.TRIGGERS`) and both its
    arguments, or where the last negation before its trigger, not a determiner (`no weapons would be sent`), is
    followed before the trigger by a hedge: the negation governs the hedge (`not clear if ... would`, `did not want
    ... to give`, `neither ... have recognized that ... will provide`), and the relation is `possible`. Not judged: a
    sentence with a word that denies what stands before or after it (`denied`, `rejected`, `no evidence`:
    `_DENIALS`) or a question mark, a negation before the trigger in another clause (`Although talks did not
    progress, [Kim] sold [shells]`), a relation whose sentence holds no word of its type, a headline's plan and a noun
    phrase of an event, and a sentence with no negation (V260's)."""
    for i, r, words, after, trigger in _labelled(ctx, "denied"):
        negations = [k for k, word in enumerate(words) if _negation(word)]
        if not negations or not _DENIALS.isdisjoint(words) or "?" in words:
            continue
        before = [k for k in negations if k < trigger]
        if before and words[before[-1]] not in _DETERMINERS:
            hedged = next((word for word in words[before[-1] + 1:trigger] if _hedge(word)), None)
            if hedged is not None:
                yield Hit(pointer("relations", i, "factuality"), "denied", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                          f"{words[before[-1]]!r} negates {hedged!r}, not {words[trigger]!r}")
        elif not before and negations[0] >= after:
            yield Hit(pointer("relations", i, "factuality"), "denied", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                      f"{words[negations[0]]!r} follows {words[trigger]!r} and its arguments")

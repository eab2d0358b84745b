"""Factuality against the reach of its words: a `possible` journey, meeting or transfer whose sentence's hedges all
follow the words that state it (V422), and a `denied` one whose negation follows them or governs a hedge (V423)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from itertools import compress, takewhile
from operator import methodcaller, or_
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.factuality import TRIGGERS, sentence_words, stating_word
from vostochny.checking.rules.factuality_words import HEDGE_WORDS, planned_or_named
from vostochny.model.labels import NEGATION_WORDS, THOUGHT_CUES

if TYPE_CHECKING:
    from vostochny.model.models import Relation
    from vostochny.reading.view import DocumentView

#: the words that hedge or ask wherever they stand (`Kim met Putin, apparently`, `Did Kim meet Putin?`), a condition
#: among them (`..., if Seoul's intelligence is right`): a sentence that holds one is not judged
_ANYWHERE = frozenset({"?", "apparently", "reportedly", "allegedly", "presumably", "supposedly", "purportedly",
                       "perhaps", "maybe", "possibly", "probably", "likely", "unlikely", "seemingly", "whether",
                       "if", "unless"})
#: the hedges that may follow what they hedge, closing its sentence or a parenthesis (`[North Korea] sold [shells],
#: officials fear.`, `..., though that is unclear.`): a thought or a warning written after what it reports
_AFTERTHOUGHTS = THOUGHT_CUES | frozenset({
    "warn", "warns", "warned", "predict", "predicts", "predicted", "suspect", "suspects", "suspected", "speculated",
    "unclear", "uncertain", "unconfirmed", "rumoured", "rumored", "alleged"})
#: the marks that close a sentence or a parenthesis
_CLOSING = frozenset({",", ".", ";", ":", "!", "\u201d", '"', ")", "\u2014", "\u2013", "--"})
#: the words that deny what they take, before or after it (`[Moscow] denied it would supply [weapons]`, `no evidence
#: that`, `..., a report the ministry said was not true`): a sentence that holds one is not judged by V423
_DENIALS = frozenset({"deny", "denies", "denied", "denying", "denial", "denials", "reject", "rejects", "rejected",
                      "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
                      "rebuff", "rebuffed", "dispute", "disputes", "disputed", "false", "untrue", "baseless",
                      "groundless", "unfounded", "evidence", "proof", "sign", "signs", "indication",
                      "true", "accurate", "correct", "happened"})

#: the words that state an event relation of any type (`factuality.TRIGGERS`)
_STATING = frozenset().union(*TRIGGERS.values())
#: the negations that open a noun phrase (`no weapons would be sent`): what follows them is not a clause they negate
_DETERMINERS = frozenset({"no", "none", "nothing", "nobody", "nowhere", "neither"})


#: the ends of a word that negates (`didn't`, `won’t`): a negation and a hedge
_NOT = ("n't", "n\u2019t")


def _hedge(word: str) -> bool:
    """Whether a word in lower case presents what it governs as possible (V410's words, negation among them)."""
    return word in HEDGE_WORDS or word.endswith(_NOT)


#: the indices among a sentence's words in lower case of the hedges V422 reads (none where a hedge that stands
#: anywhere or an afterthought spares every relation of the sentence, or no word of an event precedes them) and of
#: the negations V423 reads (none where a word that denies or a question mark spares them)
Marked = tuple[list[int], list[int]]


def _marked(view: DocumentView, at: int) -> Marked:
    """The hedges and negations of sentence `at` that V422 and V423 read (`Marked`), once per view."""
    key = ("sentence_marked", at)
    if key not in view.derived:
        words = sentence_words(view, at)
        present = frozenset(words)
        nots = list(map(methodcaller("endswith", _NOT), words))  # the words read by maps, not a call a word
        hedges = list(compress(range(len(words)), map(or_, map(HEDGE_WORDS.__contains__, words), nots)))
        negations = list(compress(range(len(words)), map(or_, map(NEGATION_WORDS.__contains__, words), nots)))
        spared = not hedges or not _ANYWHERE.isdisjoint(present) or any(_closes(words, k) for k in hedges) \
            or _STATING.isdisjoint(words[:hedges[0]])  # no word of an event before the first hedge: none to judge
        view.derived[key] = (
            [] if spared else hedges,
            [] if not _DENIALS.isdisjoint(present) or "?" in present else negations)
    return view.derived[key]  # type: ignore[no-any-return]


def _labelled(ctx: DocContext, label: str, read: int) -> Iterator[tuple[int, Relation, int, int]]:
    """Each event relation labelled `label` whose arguments lie in one sentence whose `_marked` list at `read` is not
    empty, with its index, its sentence and the index among its sentence's words of the first after its last
    argument; for V422 (`read` 0), only those whose first hedge comes after it."""
    view = ctx.view
    facts, types = view.column("relations", "factuality"), view.column("relations", "type")
    if label not in facts or ctx.text is None:
        return
    ranges, sentence, mentions = view.token_ranges("sentences"), view.mention_sentence, view.mentions
    heads, tails, starts = view.column("relations", "head"), view.column("relations", "tail"), view.token_starts
    for i in [i for i, fact in enumerate(facts) if fact == label and types[i] in TRIGGERS]:
        at = sentence.get(heads[i], -1)
        marked = _marked(view, at)[read] if 0 <= at < len(ranges) else None
        if not marked or sentence.get(tails[i]) != at:
            continue
        head, tail = mentions.get(heads[i]), mentions.get(tails[i])
        first, end = ranges[at]
        if head is None or tail is None or (read == 0 and starts[first + marked[0]] < max(head.end, tail.end)):
            continue  # V422's: a hedge before the last argument spares the relation
        yield i, ctx.doc.relations[i], at, bisect.bisect_left(starts, max(head.end, tail.end), first, end) - first


def _trigger(ctx: DocContext, r: Relation, at: int, plans: bool) -> int | None:
    """The index among its sentence's words of the word that states relation `r` (`factuality_words.stating_word`);
    None where it has none, or where it is a headline's plan (with `plans`) or a noun phrase of an event (V410's
    `planned_or_named`)."""
    view = ctx.view
    head, tail = view.mentions[r.head], view.mentions[r.tail]
    if planned_or_named(view, r.type, head, tail, plans):
        return None
    trigger = stating_word(view, at, r.type, head, tail)
    return None if trigger is None else trigger - view.token_ranges("sentences")[at][0]


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
    arguments: `arrived`, `held talks`, `sold`; `factuality.TRIGGERS`) comes before every hedge of its sentence
    and every hedge follows both arguments. `[Kim] and [Putin] could meet` has `could` before `meet`, `[Kim] traveled
    to Russia to meet [Putin]` has `to` before its trigger (a purpose), and a hedge before or between the arguments
    spares a relation. Not judged: a sentence with a hedge that stands anywhere (`apparently`, `likely`, `whether`, a
    question mark: `_ANYWHERE`) or with a thought or a warning that closes it or a parenthesis (`[North Korea] sold
    [shells], officials fear.`: `_AFTERTHOUGHTS`), a hedge before the trigger that governs another verb (`Britain
    urged [North Korea] to end arms talks with [Russia]`) or in a clause of its own (`[Kim], who could not stay, met
    [Putin]`), a relation whose sentence holds no word of its type (`Putin showed [Kim] around [the site]`), a
    headline's plan and a noun phrase of an event (V410's `planned_or_named`), and a sentence with no hedge (V410's)."""
    for i, r, at, _ in _labelled(ctx, "possible", 0):
        words, hedges = sentence_words(ctx.view, at), _marked(ctx.view, at)[0]
        trigger = _trigger(ctx, r, at, True)
        if trigger is None or trigger > hedges[0] or (trigger and words[trigger - 1] == "to"):
            continue
        yield Hit(pointer("relations", i, "factuality"), "possible", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                  f"{words[hedges[0]]!r} follows {words[trigger]!r} and its arguments")


#: the marks that end a negation's clause before a verb of another (`... without external help, although [Russia]
#: would share no ...`: `without` negates no `would`)
_CLAUSE_ENDS = frozenset({",", ";", ":", "\u2014", "\u2013", "--"})


def _in_clause(word: str) -> bool:
    """Whether a word after a negation is still of its clause (no mark of `_CLAUSE_ENDS` yet)."""
    return word not in _CLAUSE_ENDS


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
    relation's sentence hold a negation: `... having given [tanks] to [Poland], ... Seoul is not allowed to
    contribute weaponry` and `it's not clear if [Russia] would share [such sensitive technologies]` marked `denied`
    passed (an attack on release 1: 13 of 226 relabellings to `denied` passed). A meeting, journey or transfer
    labelled `denied` is refused where every negation of its sentence follows its trigger (`factuality.TRIGGERS`) and
    both its arguments, or where the last negation before its trigger, not a determiner (`no weapons would be sent`),
    is followed before the trigger by a hedge: the negation governs the hedge (`not clear if ... would`, `did not
    want ... to give`, `neither ... have recognized that ... will provide`), and the relation is `possible`. Not
    judged: a sentence with a word that denies what stands before or after it (`denied`, `rejected`, `no evidence`:
    `_DENIALS`) or a question mark, a negation before the trigger in another clause (`Although talks did not
    progress, [Kim] sold [shells]`; a hedge after a comma, a semicolon or a dash is of another clause than the
    negation before it: `... without external help, although [Russia] would share no ...`), a relation whose sentence
    holds no word of its type, a headline's plan and a noun phrase of an event, and a sentence with no negation
    (V260's)."""
    for i, r, at, after in _labelled(ctx, "denied", 1):
        words, negations = sentence_words(ctx.view, at), _marked(ctx.view, at)[1]
        trigger = _trigger(ctx, r, at, False)
        if trigger is None:
            continue
        before = [k for k in negations if k < trigger]
        if before and words[before[-1]] not in _DETERMINERS:
            hedged = next((word for word in takewhile(_in_clause, words[before[-1] + 1:trigger]) if _hedge(word)),
                          None)
            if hedged is not None:
                yield Hit(pointer("relations", i, "factuality"), "denied", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                          f"{words[before[-1]]!r} negates {hedged!r}, not {words[trigger]!r}")
        elif not before and negations[0] >= after:
            yield Hit(pointer("relations", i, "factuality"), "denied", f"{r.id} {r.type} {r.head} -> {r.tail}: "
                      f"{words[negations[0]]!r} follows {words[trigger]!r} and its arguments")

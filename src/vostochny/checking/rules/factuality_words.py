"""Factuality against the words of its sentence: a `possible` relation whose sentence holds no word that hedges and a
`reported` one whose sentence holds no word of saying and that no quote holds (V410), and a place modifier's
LOCATED_IN that is not `asserted` (V412)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import LETTER_RUNS, SPACE, DocContext, Hit, in_quote_content, rule
from vostochny.checking.rules.factuality import (
    MODAL_WORDS,
    PLANS_AFTER_BE,
    PLANS_BEFORE_TO,
    stating_word,
)
from vostochny.checking.rules.mention_edges import DETERMINERS
from vostochny.checking.rules.quote_words import of_saying_cached
from vostochny.checking.rules.quoted_relations import EVENT_REACH, event_noun
from vostochny.checking.rules.relation_places import opens_within, reported_clauses
from vostochny.checking.rules.relations import POSSESSIVE, negated
from vostochny.model.labels import (
    EVENT_RELATIONS,
    NEGATION_WORDS,
    THOUGHT_CUES,
)
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView

#: the words, in lower case, that present a relation as possible (docs/guidelines.md, Factuality: planned, invited,
#: expected, feared, warned of, conditional, sought, needed, attempted or hedged), besides the modals of V368
#: (`factuality.MODAL_WORDS`), its plans made with `to`, the words of a thought (`labels.THOUGHT_CUES`: fear, hope,
#: expect, wonder) and of negation (`labels.NEGATION_WORDS`: a claim sources decline to confirm is `possible`).
#: Generous on purpose: a word here only spares a relation.
HEDGE_WORDS = MODAL_WORDS | PLANS_AFTER_BE | PLANS_BEFORE_TO | THOUGHT_CUES | NEGATION_WORDS | frozenset({
    "?", "warn", "warns", "warned", "warning", "warnings", "predict", "predicts", "predicted", "prediction",
    "concern", "concerns", "worry", "worries", "possible", "possibly", "possibility", "potential", "prospect",
    "prospects", "plan", "invite", "invites", "inviting", "invitation", "offer", "offers", "offered", "propose",
    "proposes", "proposed", "proposal", "consider", "considers", "considered", "considering", "seek", "need", "needs",
    "needed", "want", "bid", "effort", "efforts", "attempt", "attempts", "attempted", "try", "tries", "tried",
    "trying", "turn", "turns", "turned", "turning", "appear", "appears", "appeared", "seem", "seems", "seemed",
    "unlikely", "reportedly", "allegedly", "speculation", "speculated", "suspected", "unclear", "uncertain",
    "unconfirmed", "ask", "asks", "asked", "request", "requested", "demand", "demands", "demanded", "urge", "urged",
    "wish", "wishes", "intend", "intent", "intention", "aim", "goal", "ambition", "ambitions", "ahead", "upcoming",
    "forthcoming", "apparently", "presumably", "supposedly", "purportedly", "maybe", "perhaps", "probable",
    "probably", "likely", "rumour", "rumours", "rumoured", "rumor", "rumors", "rumored", "suspect", "suspects",
    "alleged", "mull", "mulls", "mulling", "weigh", "weighs", "weighing", "contemplate", "contemplates",
    "contemplating", "eyeing", "prepare", "prepares", "preparing", "preparation", "preparations", "imminent",
})

#: the words besides those of saying (`quote_words.of_saying`) that give a relation a source in its sentence
#: (`according to`, `KCNA reported`, `state media`): a `reported` relation is a source's claim
_SOURCE_WORDS = frozenset({"according", "reported", "reports", "reportedly", "media", "claim", "claims", "claimed",
                           "allegedly", "alleged", "allegation", "allegations", "citing", "cited", "quoted", "found",
                           "learned", "learnt", "source", "sources", "intelligence"})


def _hedged(words: frozenset[str]) -> bool:
    """Whether a sentence's words (in lower case) hold a word that presents a relation as possible."""
    return not words.isdisjoint(HEDGE_WORDS) or any(w.endswith(("n't", "n\u2019t")) for w in words)


def _sourced(words: frozenset[str]) -> bool:
    """Whether a sentence's words (in lower case) hold a word of saying or reporting."""
    return not words.isdisjoint(_SOURCE_WORDS) or any(map(of_saying_cached, words))


#: `state` and `states` as a noun or an adjective, no word of saying: after a determiner, `of` or a word that names a
#: state (`Secretary of State`, `a state visit`, `the communist state`), before a noun it modifies (`state media`,
#: `State Department`) or a possessive (`the communist state's satellite program`), or, in lower case, before any
#: word in lower case but `that` (`pariah states to turn to`); the verb before `that`, a name or a mark (`officials
#: state that`, `the report states Kim`). `the United States`, `State Department` since the thirty-sixth session (`Amid
#: [the Ukraine war] ..., the United States ... are watching` marked `reported` passed on `States`); the rest since
#: the thirty-seventh session (read36's leftovers and its second read:
#: `[Kim] travelled to [Russia] on a state visit` and `Secretary of State Antony Blinken met [Kim]` marked `reported`
#: passed on `state`)
_STATE_WORDS = frozenset({"state", "states"})
_STATE_BEFORE = frozenset({"a", "an", "the", "of", "its", "his", "her", "their", "our", "every", "each", "any",
                           "united", "member", "rogue", "nuclear", "sovereign", "client", "buffer", "secretary"})
_STATE_AFTER = frozenset({"department", "media", "visit", "visits", "television", "tv", "news", "agency", "duma",
                          "broadcaster", "radio", "newspaper", "newspapers", "dinner", "banquet", "reception",
                          "funeral", "councillor", "council", "secretary", "security", "affairs", "official",
                          "officials", "leader", "leaders", "banquets", "guesthouse"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _a_noun_of_state(before: str, word: str, after: str) -> bool:
    """Whether `word` (as written; `before` in lower case, `after` as written) is `state` or `states` written as no
    verb (`_STATE_BEFORE`, `_STATE_AFTER`, `_POSSESSIVES`)."""
    lower = word.lower()
    return lower in _STATE_WORDS and (before in _STATE_BEFORE or after.lower() in _STATE_AFTER
                                      or after in _POSSESSIVES or (word == lower and after.isalpha()
                                                                   and after.islower() and after != "that"))


def _sentence_words(view: DocumentView, at: int) -> list[int] | None:
    """The token indices of sentence `at` but `state` or `states` written as no verb (`_a_noun_of_state`: `the United
    States`, `State Department` too); None where there is no such sentence (V214's)."""
    ranges = view.token_ranges("sentences")
    if not 0 <= at < len(ranges):
        return None
    first, end = ranges[at]
    words = view.token_texts[first:end]
    around = zip(["", *view.token_lower[first:end]], words, [*words[1:], ""], strict=False)
    return [first + k for k, (before, w, after) in enumerate(around) if not _a_noun_of_state(before, w, after)]


def _sentence_is(view: DocumentView, at: int, test: Callable[[frozenset[str]], bool]) -> bool:
    """Whether the words of sentence `at` (`_sentence_words`), in lower case (`’` as written: the word lists hold both
    apostrophes), pass `test`; True where there is no such sentence (V214's: nothing is judged). Read once per
    sentence, test and view (most relations share their sentence with others)."""
    key = ("sentence_is", test, at)
    if key not in view.derived:
        kept = _sentence_words(view, at)
        view.derived[key] = kept is None or test(frozenset(map(view.token_lower.__getitem__, kept)))
    return view.derived[key]  # type: ignore[no-any-return]


#: what may follow the last comma between a relation and a later word of saying, the source then opening a phrase or
#: clause of its own (`..., amid warnings from the U.S. that`), not the attribution of what went before (`..., state
#: media said Kim would`)
_JOINS = frozenset({"amid", "despite", "after", "before", "following", "as", "while", "since", "because", "and",
                    "but", "with"})


def _sourced_later(view: DocumentView, text: str, head: Mention, tail: Mention) -> bool:
    """Whether every word that gives a `reported` relation's sentence its source (`_sourced`'s) lies after both
    arguments and opens a reported clause there (V421's reading, `relation_places.reported_clauses` and
    `opens_within`: `[U.S. officials] released intelligence last week that North Korea ...`, `[Kim] arrived in
    [Russia] ..., amid warnings from the U.S. that Pyongyang ...`), in a sentence with no attribution and no comma
    between the relation and the first such word but one a preposition or a conjunction follows (`_JOINS`): the
    source reports that clause, the relation before it is the writer's."""
    at = view.mention_sentence.get(head.id, -1)
    kept = _sentence_words(view, at)
    if not kept:
        return False
    low, high = view.token_starts[kept[0]], view.token_ends[kept[-1]]
    openings, spans = reported_clauses(view, text)
    if any(start < high and low < end for start, end in spans):
        return False
    last, first_source = max(head.end, tail.end), None
    for k in kept:
        if not _sourced(frozenset({view.token_lower[k]})):
            continue
        start = view.token_starts[k]
        opens = bisect_left(openings, start)
        if start < last or opens == len(openings) or not opens_within(text, start, openings[opens]):
            return False
        first_source = start if first_source is None else first_source
    if first_source is None:
        return False
    comma = text.rfind(",", last, first_source)
    return comma < 0 or (text[comma + 1:first_source].split() or [""])[0] in _JOINS


def _labelled(ctx: DocContext, label: str, test: Callable[[frozenset[str]], bool]) -> Iterator[int]:
    """The index of each relation labelled `label` whose head and tail are mentions of one sentence whose words fail
    `test` (arguments in two sentences are V217's)."""
    view = ctx.view
    facts = view.column("relations", "factuality")
    if label not in facts:
        return
    where = view.mention_sentence.get
    labelled = [i for i, fact in enumerate(facts) if fact == label]
    heads = map(where, map(view.column("relations", "head").__getitem__, labelled))
    tails = map(where, map(view.column("relations", "tail").__getitem__, labelled))
    for i, at, other in zip(labelled, heads, tails, strict=True):
        if at is not None and other == at and not _sentence_is(view, at, test):
            yield i


@rule("V410", "factuality-without-its-words", "a relation is `possible` but its sentence holds no word of a modal, a "
      "plan, a condition, a fear or a hedge, or `reported` but its sentence holds no word of saying or reporting and "
      "no quote holds it", "set the factuality the sentence gives (`asserted` for what the text states as fact in its "
      "own voice; docs/guidelines.md, Factuality), or annotate the quote that reports it")
def factuality_without_its_words(ctx: DocContext) -> Iterator[Hit]:
    """Two labels are each written in a word of the relation's sentence. A relation is `possible` where the text
    presents it as possible, planned, invited, expected, feared, warned of, conditional, sought or hedged
    (docs/guidelines.md, Factuality): *could, would, will, if, whether, is expected to, invited, plans, fears, turned
    to ... for, needs, appears, likely, ahead of*, a question mark, or `to` right after its head (a headline's plan,
    `[Kim Jong Un] to meet [Putin]`). A relation is `reported` where it holds in a claim the text attributes to a
    source (`According to ... KCNA, [Kim] departed ... for [Russia]`, `the White House told Reuters that [North Korea]
    also sold ...`): a word of saying or reporting in its sentence (`labels`' words of an utterance, a thought or
    reporting, inflected: `quote_words.of_saying`, and `_SOURCE_WORDS`: `according`, `media`, `citing`), or a quote's
    content around it. A relation relabelled `possible` or `reported` without such a word (`[Sergei Shoigu], the
    defence minister for Moscow, visited [Pyongyang]`) passed every rule: V368 refuses `asserted` beside a modal, V260
    `denied` without a negation, nothing these two (an attack on release 1: 79 of 133 `asserted` relations relabelled
    `possible` passed, 79 relabelled `reported`, 40 of 78 `possible` ones relabelled `reported`, all 15 `reported`
    ones relabelled `possible`). A name's word that is also a verb of saying is none (`United States`, `State
    Department`: `Amid [the Ukraine war] ..., the United States ... are watching` marked `reported` passed until the
    thirty-sixth session), and so is `state` or `states` as a noun or an adjective (`the state news agency`, `on a
    state visit`, `Secretary of State`, `the communist state's satellite program`, until the thirty-seventh session).
    The words are read in the relation's
    sentence, generously (`HEDGE_WORDS`: any word of a thought, of negation, of asking or of a plan), as V260 reads a
    `denied` relation's: a word here only spares a relation. Not judged: whether the word found hedges or reports this
    relation (`[Kim] arrived in [Russia], where he could meet Putin` marked `possible` passes on `could`), a `possible`
    meeting, journey or transfer with a noun of an event beside its arguments (as V383 reads one: `arrived ... for [a
    meeting] with President [Vladimir Putin]` is `possible` in a text written before it, hard case 48: the time of
    writing decides, which no word says), and a relation whose arguments lie in two sentences (V217's)."""
    if ctx.text is None:
        return  # no text to read the words in (V003's, V004's): the tokens are not checked against it
    relations, mentions = ctx.doc.relations, ctx.view.mentions
    found = [(i, "no word of a modal, a plan or a hedge in its sentence") for i in _labelled(ctx, "possible", _hedged)]
    found += [(i, "no word of saying in its sentence, in no quote") for i in _labelled(ctx, "reported", _sourced)]
    found += [(i, "its sentence's words of saying each open a reported clause after it, in no quote")
              for i in _reported_before_its_source(ctx)]
    for i, why in sorted(found):
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None:
            continue
        first, last = min(head.start, tail.start), max(head.end, tail.end)
        if r.factuality == "reported" and in_quote_content(ctx.view, first, last):
            continue  # a quote's claim
        if r.factuality == "possible" and planned_or_named(ctx.view, r.type, head, tail):
            continue
        yield Hit(pointer("relations", i, "factuality"), r.factuality, f"{r.id} {r.type} {r.head} -> {r.tail}: {why}")


def _reported_before_its_source(ctx: DocContext) -> Iterator[int]:
    """The index of each `reported` relation whose head and tail are mentions of one sentence that holds a word of
    saying (else `_labelled`'s), each such word after both and opening a reported clause (`_sourced_later`)."""
    view, text = ctx.view, ctx.text or ""
    mentions = view.mentions
    for i, r in enumerate(ctx.doc.relations):
        if r.factuality != "reported":
            continue
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or view.mention_sentence.get(head.id) != view.mention_sentence.get(tail.id):
            continue
        if _sentence_is(view, view.mention_sentence.get(head.id, -1), _sourced) and _sourced_later(view, text, head,
                                                                                                  tail):
            yield i


def planned_or_named(view: DocumentView, kind: str, head: Mention, tail: Mention, plans: bool = True) -> bool:
    """Whether `to` and a verb follow the head (a headline's plan, `[Kim Jong Un] to meet [Putin]`; with `plans`) or a
    noun of an event of the arguments' sentence lies beside the arguments of an event relation of type `kind` (a noun
    phrase, whose label is the time of writing's, hard case 48) and is what states it: the sentence holds no word of
    its type (`[Kim]'s delegation to [Russia]`) or the one nearest the arguments is that noun (`arrived ... for [a
    meeting] with [Putin]`), not a verb (`[Sergei Shogu] visited [Pyongyang] as part of a Russian delegation`): a
    `possible` label that no word of the clause need give."""
    text, at = view.text or "", view.mention_sentence.get(head.id, -1)
    after = text[head.end:head.end + 20].split()[:2]
    if plans and after[:1] == ["to"] and after[1:] and after[1].isalpha() and after[1].islower() \
            and after[1] not in DETERMINERS:
        return True
    ranges = view.token_ranges("sentences")
    if kind not in EVENT_RELATIONS or not 0 <= at < len(ranges):
        return False
    first, end = ranges[at]
    start, stop = view.token_starts[first] if end > first else 0, view.token_ends[end - 1] if end > first else 0
    if not event_noun(LETTER_RUNS.findall(text[max(min(head.start, tail.start) - EVENT_REACH, start):min(
            max(head.end, tail.end) + EVENT_REACH, stop)].lower())):
        return False
    trigger = stating_word(view, at, kind, head, tail)
    return trigger is None or event_noun(LETTER_RUNS.findall(
        text[view.token_starts[max(trigger - 2, first)]:view.token_ends[trigger]].lower()))


#: what lies between a place and the place that holds it in a place modifier (`[the plant] in [Komsomolsk-on-Amur]`,
#: `[an unknown location] in the [Far East]`, `[Tallinn], [Estonia]`, `[factories] in the Russian city of
#: [Komsomolsk-on-Amur]`, `[cities] in Russia’s [Far East]`): a comma, or a preposition of place, an optional article,
#: at most three capitalised words (a possessive on the last) and a noun of a settlement and `of`, on one line
_PLACE_MODIFIER = compiled(
    rf",{SPACE}+|{SPACE}+(?:in|at|near|outside|inside|of){SPACE}+(?:the{SPACE}+)?"
    rf"(?:[A-Z][\w.-]*(?:['\u2019]s)?{SPACE}+){{0,3}}(?:(?:city|town|region|province|port|village){SPACE}+of"
    rf"{SPACE}+)?")


@rule("V412", "place-modifier-not-asserted", "a LOCATED_IN relation carried by a place modifier, an address or a "
      "possessive is not `asserted` (`[the plant] in [Komsomolsk-on-Amur]`, `[Seoul], [South Korea]`)",
      "set factuality `asserted`: a place modifier is the writer's description, also inside a reported plan or a "
      "source's words (docs/guidelines.md, Factuality, hard case 51)")
def place_modifier_not_asserted(ctx: DocContext) -> Iterator[Hit]:
    """The place of a thing given by a place modifier is the writer's description, `asserted` also inside a reported
    plan or a quote's content (docs/guidelines.md, Factuality; hard case 51: `fly to Komsomolsk-on-Amur, where he
    would tour [an aircraft factory]` has the tour `possible` and LOCATED_IN(factory, Komsomolsk-on-Amur)
    `asserted`). V362 reads titles, appositions and possessives of the other named relations, not LOCATED_IN: one
    relabelled `possible` or `reported` passed every rule (an attack on release 1: all 64 relabellings of its 32
    LOCATED_IN, 46 beside a modal or a word of saying that spares them V410; 19 pass now, each an event's place or a
    place a clause gives). Three ways of writing a place's place say it is a
    modifier: the tail right after the head, joined by a comma (an address) or by a preposition of place, an
    optional article, at most three capitalised words and `city of` (`_PLACE_MODIFIER`: `[factories] in the Russian
    city of [Komsomolsk-on-Amur]`); the tail's possessive right before the head (`[Russia]'s [Far East]`); the tail
    inside the head (`[The [Komsomolsk-on-Amur] aircraft plant]`). Not judged: the place of an event (an EVENT head,
    whose label is the event's: `[the summit] at [the cosmodrome]` in a text written before it, hard case 48), a
    place a clause gives (`[Putin's first meeting] with Kim was held in 2019 in [the city]`, `where he would tour`),
    and a `denied` one with no negation word in its sentence (V260's alone)."""
    view, text = ctx.view, ctx.text or ""
    sentence = view.mention_sentence
    for i, r in enumerate(ctx.doc.relations):
        if r.type != "LOCATED_IN" or r.factuality in ("asserted", None):
            continue
        head, tail = view.mentions.get(r.head), view.mentions.get(r.tail)
        if head is None or tail is None or view.mention_type.get(head.id) in (None, "EVENT") \
                or not _placed_by_modifier(text, head, tail):
            continue
        if r.factuality == "denied" and not negated(view, {sentence.get(head.id, -1), sentence.get(tail.id, -1)}):
            continue  # V260's
        yield Hit(pointer("relations", i, "factuality"), r.factuality, f"{r.id} LOCATED_IN({head.text!r}, "
                  f"{tail.text!r}): the text reads {text[min(head.start, tail.start):max(head.end, tail.end)]!r}")


def _placed_by_modifier(text: str, head: Mention, tail: Mention) -> bool:
    """Whether a place modifier, an address or a possessive joins `head` to `tail`, the place that holds it."""
    if head.start <= tail.start and tail.end <= head.end and (head.start, head.end) != (tail.start, tail.end):
        return True  # the tail inside the head
    if 0 < tail.start - head.end <= 60:
        return _PLACE_MODIFIER.fullmatch(text, head.end, tail.start) is not None
    return 0 < head.start - tail.end <= 4 and POSSESSIVE.fullmatch(text, tail.end, head.start) is not None

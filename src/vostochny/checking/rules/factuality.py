"""Factuality against the words that carry it (V368): an event stated under a modal, a condition or a plan is
`possible`, whatever the text's voice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.mention_edges import DETERMINERS
from vostochny.model.labels import (
    ENCOUNTER_WORDS,
    EVENT_RELATIONS,
    MEETING_WORDS,
    RECEIVE_WORDS,
    SUPPLY_WORDS,
    TRAVEL_WORDS,
)

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView

#: the words that put what follows under a modal, a condition, a plan or a hedge (docs/guidelines.md, Factuality),
#: compared in lower case (`Kim Could Meet Putin`), but `May`, the month
MODAL_WORDS = frozenset({
    "could", "may", "might", "would", "will", "should", "can", "must", "'ll", "\u2019ll", "if", "unless", "whether",
    "expected", "scheduled", "slated", "poised", "plans", "planned", "planning", "intends", "intended", "aims",
    "aimed", "want", "wants", "wanted", "hopes", "hoped", "hoping", "seeks", "seeking", "sought", "invited", "likely",
    "probably", "perhaps", "potentially", "possibly", "wo", "ca",  # `wo` and `ca` of `won't`, `can't`, as tokenized
})
#: the words that make a plan or a future of what follows only before `to`: after a form of be (`is set to`, `is due
#: to`, `is going to`), or whatever stands before them (`agreed to supply`, `prepared to`, `willing to`)
PLANS_AFTER_BE = frozenset({"set", "due", "going"})
PLANS_BEFORE_TO = frozenset({"agreed", "agree", "agrees", "prepared", "willing", "ready"})
#: the finite forms of be that make a plan of `to` and a verb (`[Lavrov] is to visit [North Korea]`), and the others
_FINITE_BE = frozenset({"is", "are", "was", "were", "'s", "\u2019s", "'re", "\u2019re"})
_BE = _FINITE_BE | {"be", "been", "being"}
#: the words that open a question that is answered yes or no (`Will Kim meet Putin?`, `Did Russia buy shells?`): a
#: relation in one is asked, not stated (a question that asks `why` or `when` takes the event as given)
_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                          "could", "can", "should", "may", "might", "must", "shall"})
#: the words that open a clause of its own that a comma closes (`, which could ...,`, `, whose train can ...,`,
#: `, on a trip that could last a week,`, `despite warnings that it would ...,`): its modal is not the relation's
_CLAUSES = frozenset({"who", "which", "whose", "that", "despite"})
#: the marks that close such a clause
_CLOSERS = frozenset({",", "\u2014", "\u2013", "--"})
#: the modal words that are nouns after a determiner or a possessive (`his hopes`, `whose plans`)
_NOUNS = frozenset({"plans", "hopes", "aims"})
#: the words of a plan that `as` or `than` before them make a comparison (`as (widely) expected`, `than planned`); a
#: modal after them stays one (`such as Kim could supply`, `as well as would`)
_COMPARED = frozenset({"expected", "planned", "scheduled", "anticipated", "intended", "hoped"})
#: the words that open a noun phrase (`mention_edges.DETERMINERS`), with `her` and `whose`, which that list leaves out
#: as they may also end one (`showed her`) or open a clause: before a modal noun or after `is to`, they open it
_DETERMINERS = DETERMINERS | {"her", "whose"}
#: the words of a transfer's own verb: a modal after it is another verb's (`[North Korea] sold and wants [weapons]`)
_OWN_VERBS = {"SUPPLIES": SUPPLY_WORDS, "RECEIVES": RECEIVE_WORDS}
#: the most tokens between two arguments that are read (a relation across a sentence of thousands of words is
#: another problem: each would read it all)
_MOST_READ = 60


@rule("V368", "modal-relation-not-possible", "an event relation is `asserted` or `reported` though a modal, "
      "condition or plan stands between its arguments or right before the word that states it", "mark it `possible` "
      "(docs/guidelines.md, Factuality: modals, futures, conditionals, plans and hedges come before a source's report)")
def modal_relation_not_possible(ctx: DocContext) -> Iterator[Hit]:
    """Factuality is that of the predicate that carries the relation, and the first label that applies is taken:
    `possible` (planned, expected, conditional, hedged: *could, would, will, if, is expected to, invited*) comes
    before `reported` and `asserted` (docs/guidelines.md, Factuality). A meeting, a journey or a transfer (MEETS,
    TRAVELS_TO, SUPPLIES, RECEIVES) with such a word between its two arguments (`[Kim] could provide [weapons]`,
    `[North Korea] would face consequences if it supplies ... [weapons]`; `is set to`, `is due to`, `is going to`,
    `is to`, `won't`, `agreed to`, `prepared to`), or in a question answered yes or no (`Will [Kim] meet [Putin]?`),
    is that word's: marked `asserted` or `reported` it is a plan stated as done. A word inside a relative clause
    between them (`, which could ...,`), or after a transfer's own verb (`[North Korea] sold and wants [weapons]`:
    the sale is done), is not the relation's; a modal outside the arguments (`officials fear [Kim] sold [shells]`)
    is not read (not caught: those are left to the annotator), but the words after a transfer's head that follows
    its item, up to its verb in its sentence (`[the shells] that [North Korea] could supply`), and the words of its
    clause right before the word that states it where that word lies outside its arguments (`TRIGGERS`, the one
    nearest them; at most four words, after the last mark: `[Kim] and [Putin] will meet this week ..., according to
    Dmitry Peskov`, `concern that Kim could provide weapons and [ammunition] to [Russia]`, `would be willing to share
    [them]`: `_before_its_word`; of the relabellings of release 1's `possible` relations to `asserted` or `reported`
    that passed every rule, 9 of 50 were so: twenty-seventh session). What is only sought is `possible` too (hard
    case 49): a noun of trying before `to` and a verb between the arguments (`[Putin]'s efforts to meet with [Kim]`,
    `[the country]'s bid to acquire [spy satellites]`), and a transfer sought by `turn to` a party `for` its item
    (`[Russia] has previously turned to [North Korea] for [weapons]`, both sides: `_turned_to`; the thirty-first
    session's sweep passed 9 such relabellings). A modal right before the first argument that `to` follows governs
    the infinitive whose subject the argument is (`Russia did not want [South Korea] to give [Kiev] any weapons`:
    `_wanted_to`), and a transfer sought by a verb of asking for (`_ASKING_FOR`: `Moscow would demand [anti-tank
    missiles] ... from [North Korea]`) is stated by that verb, which a modal before it governs (the thirty-first
    session's sweep passed both). Titles and other named relations are V362's, arguments in two sentences V217's."""
    view = ctx.view
    types, facts = view.column("relations", "type"), view.column("relations", "factuality")
    mentions, sentence = view.mentions, view.mention_sentence
    asked = not view.tokens_tile or "?" in (ctx.text or "")  # no `?` token (the text's, where they tile it): no
    # sentence is a question (`_question`)
    events = list(compress(range(len(types)), map(EVENT_RELATIONS.__contains__, types)))  # the few to read
    for i in compress(events, map(_STATED.__contains__, map(facts.__getitem__, events))):
        kind, fact, r = types[i], facts[i], ctx.doc.relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or sentence.get(r.head) != sentence.get(r.tail):
            continue  # two sentences: V217's
        gap = (min(head.end, tail.end), max(head.start, tail.start))
        if gap[0] >= gap[1]:
            continue
        own = _OWN_VERBS.get(kind, frozenset())
        first, last = view.token_range(*gap)
        word = _modal(view.token_texts[first:last], own)
        if word is None and own and tail.start < head.start:  # `the shells that [North Korea] could supply`: the
            at = sentence[r.head]  # head's verb follows it, in its sentence
            after, last = view.token_range(head.end, ctx.doc.sentences[at].end if at >= 0 else head.end)
            word = _modal(view.token_texts[after:min(last, after + 4)], own)
        if word is None and asked:
            word = _question(view, sentence[r.head])
        if word is None:
            word = _before_its_word(view, kind, head, tail, own)
        if word is None and own:
            word = _turned_to(view, sentence[r.head], head, tail)
        if word is None:
            word = _wanted_to(view, min(head, tail, key=lambda m: m.start))
        if word is not None:
            yield Hit(pointer("relations", i, "factuality"), fact,
                      f"{r.id} {kind} {head.text!r} -> {tail.text!r}: {word!r} governs the words that state it")


#: the factualities of a relation stated as done (V368 reads no other)
_STATED = frozenset({"asserted", "reported"})


def _modal(words: Sequence[str], own: frozenset[str] = frozenset()) -> str | None:
    """The first modal, conditional or planning word of a stretch between two arguments, outside a clause of its own
    that a comma or a dash closes within the stretch (`, which could ...,`) and before the relation's `own` verb; not
    `as` or `than (widely) expected`, a noun after a determiner (`his hopes`), `invited` but before `to`; None if
    there is none. A stretch with no word of `_MAYBE_MODAL` in lower case has none (most have none): one set of its
    words lowered at C speed rather than a word at a time."""
    words = words[:_MOST_READ]
    if _MAYBE_MODAL.isdisjoint(map(str.lower, words)):
        return None
    closing = [k for k, word in enumerate(words) if word in _CLOSERS]
    skip_to = -1
    for k, word in enumerate(words):
        lower = word if word == "May" else word.lower()
        if lower in own:
            return None
        if k <= skip_to:
            continue
        if lower in _CLAUSES:
            skip_to = next((c for c in closing if c > k), -1)  # a clause left open holds the relation's argument
            continue
        if lower in MODAL_WORDS and not _not_modal(words, k, lower):
            return word
        planned = _planned(words, k, lower)
        if planned is not None:
            return planned
    return None


#: the words in lower case without one of which a stretch holds no modal word (`May` lowered, taken to be one) nor a
#: plan made with `to` (`_planned`: `to` is one of its words)
_MAYBE_MODAL = MODAL_WORDS | {"to"}


def _planned(words: Sequence[str], k: int, lower: str) -> str | None:
    """The words of a plan or a future made with `to` at `k` (`is set to`, `is due to`, `is going to`, `is to` before
    a verb in lower case, `agreed to`, `prepared to`), or None."""
    before = words[k - 1].lower() if k else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    if lower == "to" and before in _FINITE_BE and after.isalpha() and after.islower() and after not in _DETERMINERS:
        return f"{words[k - 1]} to"  # `is to visit`; not `is to the east`
    if after != "to":
        return None
    if lower in PLANS_BEFORE_TO or (lower in PLANS_AFTER_BE and before in _BE):
        return f"{words[k]} to"
    verb = words[k + 2] if k + 2 < len(words) else ""
    if lower in _EFFORTS and verb.isalpha() and verb.islower() and verb not in _DETERMINERS:
        return f"{words[k]} to"  # `efforts to acquire`, `bid to meet`: sought, not done (hard case 49)
    return None


#: nouns of trying, which make what their `to` and a verb state sought, not done (`[Putin]'s efforts to meet with
#: [Kim]`, `the country's bid to acquire [spy satellites]`; docs/guidelines.md, Factuality, hard case 49); not `drive`
#: nor `push`, which also travel (`[Kim]'s drive to [Vladivostok]`)
_EFFORTS = frozenset({"effort", "efforts", "bid", "bids", "attempt", "attempts", "quest", "campaign", "campaigns"})
#: the forms of `turn` that, before `to` a party and `for` an item, seek the item (`[Russia] has turned to North Korea
#: for [weapons]`)
_TURNS = frozenset({"turn", "turns", "turned", "turning"})
#: how many tokens before a transfer's first argument `_turned_to` reads for `turned to`
_TURN_REACH = 6


def _turned_to(view: DocumentView, at: int, head: Mention, tail: Mention) -> str | None:
    """`turn to` and `for` of a transfer sought from a party (`[Russia] has previously turned to North Korea for
    [weapons]`, `forced to turn to [pariah states] for [military equipment]`: hard case 49): `turn`, `to` and later
    `for` between the two arguments, the first two either between them or among the `_TURN_REACH` tokens of its
    sentence before the first; None otherwise."""
    ranges = view.token_ranges("sentences")
    if not 0 <= at < len(ranges):
        return None
    low, _ = view.token_range(min(head.start, tail.start), min(head.end, tail.end))
    gap_first, gap_last = view.token_range(min(head.end, tail.end), max(head.start, tail.start))
    start = max(ranges[at][0], low - _TURN_REACH)
    words = view.token_lower[start:gap_last]
    turned = next((k for k in range(len(words) - 1) if words[k] in _TURNS and words[k + 1] == "to"), None)
    if turned is None or start + turned + 2 > gap_last:
        return None
    if any(w == "for" for w in words[max(turned + 2, gap_first - start):]):
        return f"{view.token_texts[start + turned]} to ... for"
    return None


def _wanted_to(view: DocumentView, first: Mention) -> str | None:
    """The modal word right before a relation's first argument that `to` follows (`Russia did not want [South Korea]
    to give [Kiev] any weapons`, `expected [Kim] to visit [Russia]`): the argument is the subject of the infinitive
    that the modal governs (`to` and a verb in lower case, no determiner); None otherwise."""
    before, _ = view.token_range(first.start, first.end)
    after, _ = view.token_range(first.end, first.end + 1)
    verb = view.token_texts[after + 1] if after + 1 < len(view.token_texts) else ""
    if before < 1 or view.token_texts[after:after + 1] != ("to",) or not (
            verb.isalpha() and verb.islower() and verb not in _DETERMINERS):
        return None  # no infinitive after the argument (`wants [weapons] to the group`: a preposition)
    word = view.token_texts[before - 1]
    return word if word.lower() in MODAL_WORDS and word.isalpha() and word.islower() else None


#: the words that state each event relation (`[Kim] arrived in [Russia]`, `[Putin], 70, and [Kim], 39, held talks`,
#: `[North Korea] sold [shells]`): the one of them nearest its arguments is the relation's trigger
#: the verbs of asking for an item, which state a transfer sought from its supplier (`Moscow would demand [anti-tank
#: missiles] ... from [North Korea]`): no word of receiving (`labels.RECEIVE_WORDS`), but the word a modal before it
#: governs
_ASKING_FOR = frozenset({"demand", "demands", "demanded", "demanding", "request", "requests", "requested",
                         "requesting"})
TRIGGERS = {"TRAVELS_TO": TRAVEL_WORDS, "MEETS": MEETING_WORDS | ENCOUNTER_WORDS,
            "SUPPLIES": SUPPLY_WORDS | RECEIVE_WORDS | _ASKING_FOR,
            "RECEIVES": SUPPLY_WORDS | RECEIVE_WORDS | _ASKING_FOR}


def sentence_words(view: DocumentView, at: int) -> list[str]:
    """The words of sentence `at` in lower case (none where there is no such sentence), read once per view."""
    key = ("sentence_words", at)
    if key not in view.derived:
        ranges = view.token_ranges("sentences")
        first, end = ranges[at] if 0 <= at < len(ranges) else (0, 0)
        view.derived[key] = list(view.token_lower[first:end])
    return view.derived[key]  # type: ignore[no-any-return]


def stating_word(view: DocumentView, at: int, kind: str, head: Mention, tail: Mention) -> int | None:
    """The token index of the word of sentence `at` that states a relation of event type `kind` (`TRIGGERS`) between
    `head` and `tail`: the first between them, else the nearest before or after them; None if there is none. The
    words of each type are found once per sentence and view."""
    key = ("stating_words", at, kind)
    if key not in view.derived:
        first, stating = view.token_ranges("sentences")[at][0], TRIGGERS.get(kind, frozenset())
        view.derived[key] = [first + k for k, word in enumerate(sentence_words(view, at)) if word in stating]
    found: list[int] = view.derived[key]
    if not found:
        return None
    low, high = view.token_range(min(head.start, tail.start), max(head.end, tail.end))
    return min(found, key=lambda k: (max(low - k, k - high + 1, 0), k))


def _before_its_word(view: DocumentView, kind: str, head: Mention, tail: Mention, own: frozenset[str]) -> str | None:
    """The modal among the (at most four) words of its clause right before the word that states a relation outside
    its arguments (`[Kim] and [Putin] will meet`, `that Kim could provide weapons and [ammunition] to [Russia]`), or
    None: the words after the last mark before it (a comma closes the clause of another verb)."""
    at = view.mention_sentence.get(head.id, -1)
    if not 0 <= at < len(view.doc.sentences) or not _modal_sentence(view, at):
        return None  # most sentences hold no modal
    trigger = stating_word(view, at, kind, head, tail)
    if trigger is None or min(head.start, tail.start) <= view.token_starts[trigger] < max(head.end, tail.end):
        return None
    words = view.token_texts[max(trigger - 4, view.token_ranges("sentences")[at][0]):trigger]
    cut = max((k for k, word in enumerate(words) if not word.isalpha()), default=-1)
    return _modal(words[cut + 1:], own)


def _modal_sentence(view: DocumentView, at: int) -> bool:
    """Whether sentence `at` holds a modal word in lower case (`MODAL_WORDS`), read once per view."""
    key = ("modal_sentence", at)
    if key not in view.derived:
        view.derived[key] = not MODAL_WORDS.isdisjoint(sentence_words(view, at))
    return view.derived[key]  # type: ignore[no-any-return]


def _question(view: DocumentView, at: int) -> str | None:
    """`?` where sentence `at` is a question answered yes or no: it opens with an auxiliary (`_AUXILIARIES`) and ends
    with a question mark, quotation marks aside (`Will Kim meet Putin?`); None otherwise."""
    sentence = view.doc.sentences[at] if at >= 0 else None
    if sentence is None:
        return None
    first, last = view.token_range(sentence.start, sentence.end)
    texts, end = view.token_texts, last
    while end > first and texts[end - 1] in _QUOTE_MARKS:  # the last word but quotation marks is read first: most
        end -= 1  # sentences end in no question mark, and their words are not copied
    if end == first or texts[end - 1] != "?":
        return None
    words = [w for w in texts[first:end] if w not in _QUOTE_MARKS]
    return "?" if len(words) > 2 and words[0].lower() in _AUXILIARIES else None


#: the quotation marks a question may stand in (`“Will Kim meet Putin?”`)
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _not_modal(words: Sequence[str], k: int, lower: str) -> bool:
    """Whether a modal word at `k` is none here: `as`/`than` before a word of a plan (`as expected`), a determiner
    before a noun of its (`his hopes`), `invited` not followed by `to` (`invited by the Kremlin`)."""
    before = words[k - 1].lower() if k else ""
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    compared = lower in _COMPARED and bool({w.lower() for w in words[max(k - 2, 0):k]} & {"as", "than"})
    return compared or (lower in _NOUNS and before in _DETERMINERS) or (lower == "invited" and after != "to")

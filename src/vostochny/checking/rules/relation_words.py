"""Rules that read a relation against the words that state it, in the raw text: a transfer's direction against its
verb (V360), a type without a word of its own in its sentence (V361), a relation a title carries that is not
`asserted` (V362), an office's or a nationality's relation whose arguments a verb of travel joins (V398) and an event's
relation whose arguments a title, a possessive or a modifier joins (V399)."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from itertools import accumulate, compress, pairwise
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import (
    LETTER_RUNS,
    NON_SPACE_RUNS,
    SPACE,
    DocContext,
    Hit,
    find_all,
    last_word,
    mentions_starting,
    rule,
)
from vostochny.checking.rules.relations import (
    LY_NOT_ADVERBS,
    POSSESSIVE,
    TRANSFER,
    fits,
    negated,
    relation_entities,
    transfers_coordinated,
)
from vostochny.model.labels import (
    ENCOUNTER_WORDS,
    EVENT_RELATIONS,
    JOURNEY_WORDS,
    LEADER_WORDS,
    MEETING_WORDS,
    PERSON_TITLE_WORDS,
    PRONOUNS,
    RECEIVE_WORDS,
    RELATION_TYPES,
    SPOKESPERSON_WORDS,
    SUPPLY_WORDS,
    TITLE_WORDS,
    TRAVEL_WORDS,
)
from vostochny.model.tokenize import LINE_BREAK_SET, LINE_BREAKS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation, Span
    from vostochny.reading.view import DocumentView


#: the words that may lie between a transfer's party and its verb (`North Korea [to] supply`, `Kim [could] provide`,
#: `North Korea [has or will] provide`, `Russia [would be willing to] share`, `Seoul [is not allowed to] contribute`),
#: besides adverbs in -ly: auxiliaries, `to`, negation and words of intending, being about to, being let or made to,
#: and, since the thirty-seventh session, a belief's passive before `to be` (`[Russia] is also believed to be seeking`:
#: its subject is still the verb's); any other word is another predicate, its own subject
_BEFORE_VERB = frozenset({
    "to", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "has", "have", "had", "having",
    "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "not", "never", "also", "still",
    "already", "then", "now", "soon", "later", "again", "even", "just", "only", "once", "first", "and", "or", "either",
    "both", "willing", "able", "ready", "set", "going", "about", "likely", "unlikely", "expected", "planning", "plans",
    "plan", "planned", "agreed", "agrees", "offered", "offers", "promised", "promises", "pledged", "pledges", "vowed",
    "wants", "want", "wanted", "seeks", "seek", "sought", "hopes", "hoped", "tried", "tries", "try", "trying",
    "continues", "continued", "continue", "began", "begins", "started", "starts", "refused", "refuses", "allowed",
    "permitted", "prepared", "eager", "keen", "reluctant", "unable", "unwilling", "forced", "poised", "believed",
    "thought", "reported", "reportedly", "alleged", "suspected", "understood", "known", "rumored", "rumoured"})
#: how many words may lie between a transfer's party and its verb (five since the thirty-seventh session: `is also
#: believed to be seeking`)
_BEFORE_VERB_REACH = 5
#: the words before a verb that make it passive, its subject the one it is done to (`Russia [was] supplied`, `[got]
#: sold`), unless the verb is in -ing (`is supplying`)
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten",
                      "getting"})
#: the words that may lie between a transfer's verb and its item, besides mentions (of the recipient after a verb
#: of supplying, `supplies [Russia] with [weapons]`, `give [Kiev] any weapons`; of other items after either,
#: `provide [weapons] and [ammunition]`): a determiner, a coordinator or `with`
_BEFORE_ITEM = frozenset({"with", "and", "or", "the", "a", "an", "any", "more", "some", "its", "their", "his", "her",
                          "our", "such", "these", "those", "this", "other", "new", "additional", "further", "both",
                          "all", "several", "many", "much"})
#: how many words may lie between a transfer's verb and its item
_BEFORE_ITEM_REACH = 6
#: a pronoun that may be a transfer's subject besides its head (`if [it] supplies Russia with weapons`), between
#: spaces (group 1)
_PRONOUN_WORD = compiled(r"\s([Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|I)\s")


@rule("V360", "transfer-against-verb", "a RECEIVES head is the subject of a word of supplying (supply, sell, provide, "
      "give, send, ...) or a SUPPLIES head of one of receiving (receive, buy, get, import, ...), the item its object",
      "swap the type: the subject of supply, sell, give ... is SUPPLIES' head, of receive, buy, get ... RECEIVES' "
      "(docs/guidelines.md, Relations)")
def transfer_against_verb(ctx: DocContext) -> Iterator[Hit]:
    """A transfer is SUPPLIES(supplier, item) and RECEIVES(recipient, item) (docs/guidelines.md, Relations), and the
    two types accept the same arguments, so one changed for the other (`[North Korea] to supply [ammunition]` as
    RECEIVES) reverses the flow of arms unseen by V210 and V259. Where the head, or a subject pronoun of its entity
    between head and item (`if [it] supplies`), is followed within `_BEFORE_VERB_REACH` words by a word of the other
    side (`labels.SUPPLY_WORDS`, `labels.RECEIVE_WORDS`) whose object is the item, the type is the wrong one: between
    the party and the verb only auxiliaries, `to`, negation, adverbs and words of intending (`_BEFORE_VERB`: `would
    be willing to share`), and between verb and item only mentions, determiners, `and`, `or` and `with` (`supplies
    [Russia] with [weapons]`; after a word of receiving, mentions of weapons only), separated by spaces (a comma also
    after the verb). A party followed by `to` is its infinitive's subject only where it opens its clause or follows a
    word of `_INFINITIVE_SUBJECT` (`for`, `an agreement with`, `relies on`, `asked`, `wants`): after any other word it
    is an object, and the infinitive a purpose clause of the sentence's subject (`Russia turned to [North Korea] to
    buy [weapons]`: Russia buys, SUPPLIES(North Korea, weapons) stands). Not judged: a passive (`Russia [was
    supplied] weapons`), a verb whose object is another
    (`sent officials to buy weapons`, `get food in return for shells`), a clause between (`Russia, which North Korea
    supplies`), a party after its item, and an entity both supplier and recipient of the item in the sentence (by two
    relations, V259's, or two coordinated verbs, `North Korea bought [weapons] and sold [them]`); words are read in
    the raw text."""
    view = ctx.view
    types, text = view.column("relations", "type"), ctx.text
    if TRANSFER.isdisjoint(types) or text is None:
        return
    mentions, relations = view.mentions, ctx.doc.relations
    for i in compress(range(len(types)), map(TRANSFER.__contains__, types)):
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or head.end >= tail.start or tail.start - head.end > 400:
            continue  # a party after its item, or far from it (V217's): not judged
        own, other = (SUPPLY_WORDS, RECEIVE_WORDS) if r.type == "SUPPLIES" else (RECEIVE_WORDS, SUPPLY_WORDS)
        start, verb = head.start, transfer_verb(text, head.end, tail.start, own, other)
        found = None if verb is not None else _PRONOUN_WORD.search(text, head.end, tail.start)
        while found is not None:  # a subject pronoun of the head's entity between head and item (`if [it] supplies`)
            if _mention_of(view, head.entity, found.start(1), found.end(1)):
                start, verb = found.start(1), transfer_verb(text, found.end(1), tail.start, own, other)
                if verb is not None:
                    break
            found = _PRONOUN_WORD.search(text, found.end(1), tail.start)
        if verb is not None and start == head.start and not _infinitive_of(text, head.start, head.end, verb.start(1)):
            verb = None  # `turned to [North Korea] to buy`: a purpose clause, whose subject is the sentence's
        if verb is not None and item_of(view, text, verb.end(), tail.start, r.type == "RECEIVES") \
                and not both_sides(view, head, tail):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[start:tail.end]!r}, {verb.group(1)!r} a word of "
                      f"{'supplying' if r.type == 'RECEIVES' else 'receiving'}")


#: the words before a party that make it the subject of an infinitive right after it (`[North Korea] to supply`): a
#: word that opens a clause, `for` (`for [North Korea] to supply`), `with` or `on` after a noun or verb of agreeing or
#: relying (`an agreement with [North Korea] to supply`, `relies on [Pyongyang] to supply`), and the verbs whose object
#: is their infinitive's subject (`asked [North Korea] to supply`, `wants [Kim] to sell`); after any other word the
#: party is an object and the infinitive a purpose clause of the sentence's subject (`Russia turned to [North Korea]
#: to buy`, `visited [Pyongyang] to buy`), not the party's
_INFINITIVE_SUBJECT = frozenset({
    "and", "or", "but", "that", "if", "while", "as", "because", "when", "whether", "though", "although", "since",
    "unless", "where", "so", "for", "with", "on", "upon", "ask", "asks", "asked", "asking", "urge", "urges", "urged",
    "urging", "want", "wants", "wanted", "wanting", "expect", "expects", "expected", "expecting", "allow", "allows",
    "allowed", "allowing", "press", "presses", "pressed", "pressing", "push", "pushes", "pushed", "pushing",
    "persuade", "persuades", "persuaded", "persuading", "encourage", "encourages", "encouraged", "encouraging", "tell",
    "tells", "told", "telling", "need", "needs", "needed", "needing", "get", "gets", "got", "getting", "prompt",
    "prompts", "prompted", "convince", "convinces", "convinced", "invite", "invites", "invited", "inviting", "call",
    "calls", "called", "permit", "permits", "permitted", "enable", "enables", "enabled", "help", "helps", "helped",
    "force", "forces", "forced", "require", "requires", "required", "like", "prefer", "prefers", "preferred", "wish",
    "wishes", "wished"})
#: the word before a party, after spaces on its line (group 1), or nothing but punctuation, a line's start or the
#: text's (the party opens its clause)
_WORD_BEFORE_PARTY = compiled(rf"([^\W\d_]+){SPACE}+$")


def _infinitive_of(text: str, start: int, end: int, verb: int) -> bool:
    """Whether the party at [start, end) is the subject of the verb at `verb`: always where a finite word follows it
    (`[Kim] would be willing to share`); where `to` does, an infinitive's, only where the party
    opens its clause or follows a word of `_INFINITIVE_SUBJECT` (`[North Korea] to supply`, `asked [North Korea] to
    supply`), not a purpose clause after an object (`Russia turned to [North Korea] to buy weapons`: Russia buys)."""
    if text[end:verb].split()[:1] != ["to"]:
        return True
    before = _WORD_BEFORE_PARTY.search(text, max(start - 40, 0), start)
    return before is None or before.group(1).lower() in _INFINITIVE_SUBJECT


def both_sides(view: DocumentView, head: Mention, tail: Mention) -> bool:
    """Whether the head's entity is both supplier and recipient of the item in the head's sentence, by two relations
    (V259's to judge) or by two coordinated verbs (`North Korea bought [weapons] and sold [them]`)."""
    sentence, at = view.mention_sentence, view.mention_sentence.get(head.id)
    found = {kind for kind, pair, h in zip(view.column("relations", "type"), relation_entities(view),
                                           view.column("relations", "head"), strict=True)
             if kind in TRANSFER and pair == (head.entity, tail.entity) and sentence.get(h) == at}
    return found == TRANSFER or transfers_coordinated(view, at, tail.entity)


def _mention_of(view: DocumentView, entity: str, start: int, end: int) -> bool:
    """Whether a mention of `entity` has the offsets [start, end): looked up by the column's own search (`index`),
    which costs a tenth of a comparison per mention."""
    starts, ends, entities = (view.column("mentions", name) for name in ("start", "end", "entity"))
    k = -1
    while True:
        try:
            k = starts.index(start, k + 1)
        except ValueError:
            return False
        if ends[k] == end and entities[k] == entity:
            return True


#: a word after spaces on one line, as V360 reads from a party to its verb (` would`, ` be`, ` willing`, ` to`)
_NEXT_WORD = compiled(f"{SPACE}+([^\\W\\d_]+)")
#: a word after spaces, or a comma and spaces, as V360 reads from a verb to its item; and what may lie just before it
_NEXT_ITEM_WORD = compiled(f",?{SPACE}+([^\\W\\d_]+)")
_BEFORE_THE_ITEM = compiled(f",?{SPACE}+")


def transfer_verb(text: str, start: int, end: int, own: frozenset[str],
                   other: frozenset[str]) -> re.Match[str] | None:
    """The word of `other` (its match, group 1) that the party ending at `start` is the active subject of, before the
    item at `end`: the first word of a transfer after the party, within `_BEFORE_VERB_REACH` words of `_BEFORE_VERB`
    or adverbs in -ly, spaces only between them. None where the first such word is one of `own`, or passive."""
    for written in text[start:min(start + 80, end)].split(None, _BEFORE_VERB_REACH + 1)[:_BEFORE_VERB_REACH + 1]:
        word = written.lower()  # words split at spaces first: most parties are followed by another verb at once
        if word in other:
            break
        if word in own or not (word in _BEFORE_VERB or _adverb(written)):
            return None
    else:
        return None
    before = ""
    for _ in range(_BEFORE_VERB_REACH + 1):
        match = _NEXT_WORD.match(text, start, end)
        if match is None:
            return None
        written = match.group(1)
        word = written.lower()
        if word in other:
            return match if before not in _PASSIVE or word.endswith("ing") else None
        adverb = _adverb(written)
        if word in own or not (adverb or word in _BEFORE_VERB):
            return None
        before, start = before if adverb else word, match.end()
    return None


def _adverb(word: str) -> bool:
    """Whether a word is read as an adverb: in lower case, in -ly, and no noun or verb in -ly (`LY_NOT_ADVERBS`)."""
    return word.endswith("ly") and word.islower() and word not in LY_NOT_ADVERBS


def item_of(view: DocumentView, text: str, start: int, end: int, supplying: bool) -> bool:
    """Whether the words from `start` (a verb's end) to `end` (the item's start) make the item the verb's object: at
    most `_BEFORE_ITEM_REACH` words, each of `_BEFORE_ITEM` or in a mention (any after a verb of `supplying`, else a
    weapon's), spaces or a comma and spaces between them."""
    inside: list[tuple[int, int]] | None = None
    for _ in range(_BEFORE_ITEM_REACH):
        if _BEFORE_THE_ITEM.fullmatch(text, start, end):
            return True
        match = _NEXT_ITEM_WORD.match(text, start, end)
        if match is None:
            return False
        if match.group(1).lower() not in _BEFORE_ITEM:
            if inside is None:
                mentions, types = view.doc.mentions, view.mention_type
                inside = [(m.start, m.end) for m in map(mentions.__getitem__, mentions_starting(view, start, end))
                          if m.end <= end and (supplying or types.get(m.id) == "WEA")]
            if not any(a <= match.start(1) and match.end(1) <= b for a, b in inside):
                return False
        start = match.end()
    return bool(_BEFORE_THE_ITEM.fullmatch(text, start, end))


#: the types that V361 reads a word of their own for, with the words (`labels`) and what they are, for the message
_TYPE_WORDS: dict[str, tuple[frozenset[str], str]] = {
    "LEADER_OF": (LEADER_WORDS, "word of leading (leader, president, chairman, head, chief, rules, director, ...)"),
    "SPOKESPERSON_OF": (SPOKESPERSON_WORDS, "word of speaking for a body (spokes..., speaks for, press secretary)"),
    "MEETS": (MEETING_WORDS, "word of meeting (meet, met, summit, talks, ...; visited, welcomed ... before a person)"),
    "TRAVELS_TO": (JOURNEY_WORDS, "word of a journey (arrive, travel, visit, went, returned, trip, delegation, ...)"),
}
#: the verbs of speaking that say `speaks for` before `for` or `on` (`on behalf of`), and the offices after `press`
_SPEAKING = frozenset({"speak", "speaks", "spoke", "spoken", "speaking"})
_PRESS_OFFICES = frozenset({"secretary", "secretaries", "officer", "officers", "aide", "aides", "attache", "attaché"})
#: how many words may lie between a verb of `labels.ENCOUNTER_WORDS` and the person it meets (`visited [President]
#: Putin`, `welcomed North Korea's leader [Kim Jong Un]`, `was greeted at the cosmodrome by Russian President
#: [Vladimir Putin]`: a review found 3 refused these)
_ENCOUNTER_REACH = 6
#: how many characters beside a relation's arguments V361 reads first, split at spaces (a tenth of the time of
#: reading its whole sentence's words), before the sentence
_NEAR = 24
#: how many characters beside a relation's arguments are split at spaces; a longer stretch (arguments far apart in one
#: sentence) is read by bisection (`_TextWords.beside`), and for a word of leading, after the sentence
_NEAR_SPLIT = 200


@rule("V361", "relation-without-its-word", "a LEADER_OF, SPOKESPERSON_OF, MEETS or TRAVELS_TO relation's sentence has "
      "no word of its type (leader, president, chairman, ...; spokes..., speaks for; meet, summit, talks, visited a "
      "person, ...; arrive, travel, visit, went, trip, delegation, ...)",
      "choose the type that the sentence's words state (OFFICIAL_OF for an office, AFFILIATED_WITH for a post "
      "without one, TRAVELS_TO for a visit to a place, LOCATED_IN for being somewhere), or drop the relation "
      "(docs/guidelines.md, Relations)")
def relation_without_its_word(ctx: DocContext) -> Iterator[Hit]:
    """Four relation types are stated by words of their own (docs/guidelines.md, Relations): LEADER_OF by a word of
    leading (`[North Korean] leader [Kim Jong Un]`, `Director [Jo Chun Ryong] of the [Munitions Industry Department]`,
    `labels.LEADER_WORDS`), SPOKESPERSON_OF by one of speaking for a body (`[Kremlin] spokesman [Dmitry Peskov]`,
    `labels.SPOKESPERSON_WORDS`, any word in spokes-, `speaks for`, `spoke on behalf of`, `press secretary`) and MEETS
    by one of meeting (`met`, `summit`, `held talks`, `labels.MEETING_WORDS`), TRAVELS_TO by one of a journey
    (`arrived`, `went`, `returned`, `trip`, `delegation`, `labels.JOURNEY_WORDS`: being somewhere is none, hard case
    17; the twenty-ninth session's attack passed an address, `[Tallinn], [Estonia]`, and a meeting, `[North Korea]
    and [Russia] discussed`, as journeys). Their arguments' types allow other
    types too, so a type changed for another (Kirby SPOKESPERSON_OF the National Security Council as LEADER_OF, an
    AP journalist AFFILIATED_WITH the agency as its leader) breaks no argument rule: a sentence (of head and tail, read
    in the raw text: first the words beside the two arguments, `_NEAR` characters either side split at spaces, then
    the whole sentence) without a word of the type does not state it. A verb of receiving or seeing a person (`visited`,
    `received`, `welcomed`, `joined`, `labels.ENCOUNTER_WORDS`) states a meeting only with a PER argument of the
    relation at most `_ENCOUNTER_REACH` words after it (`welcomed [Kim]`, `visited President [Vladimir Putin]`): `Kim
    had invited Putin to visit [North Korea]` is a visit to a place (TRAVELS_TO, not MEETS). The lists are generous
    (a word in them spares a relation; a title of office counts for LEADER_OF, `secretary`, `marshal`): the words
    are not checked to state this relation, only to be there. A word of leading that is plainly not the head's does not
    count (`_leads`): a verb of leading before `to` (`could lead to an agreement`: a cause), one inside a nominal of a
    third entity (`met [the chairman] of`), the title of another person's name (`Russian President [Vladimir Putin]`)
    and the object of a meeting after the head (`[Kim] met the chairman of [the party]`)."""
    view = ctx.view
    types, text = view.column("relations", "type"), ctx.text
    if text is None or _TYPE_WORDS.keys().isdisjoint(types):
        return
    sentence, doc_sentences, relations = view.mention_sentence, view.doc.sentences, ctx.doc.relations
    mentions, words_of, read = view.mentions, dict[int, set[str]](), dict[tuple[int, int], _Sentences]()
    indexed = _TextWords(text)
    for i in compress(range(len(types)), map(_TYPE_WORDS.__contains__, types)):
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None:
            continue  # V209's
        near_start, near_end = max(min(head.start, tail.start) - _NEAR, 0), max(head.end, tail.end) + _NEAR
        if r.type == "LEADER_OF" and _titled(text, head):
            continue  # the head's own title right before it, as most are (`[North Korean] leader [Kim Jong Un]`)
        short = near_end - near_start <= _NEAR_SPLIT
        beside = not _TYPE_WORDS[r.type][0].isdisjoint(text[near_start:near_end].lower().split()) if short \
            else indexed.beside(near_start, near_end, r.type)
        if beside and (r.type != "LEADER_OF" or (short and _leads(view, text, _leading_words(text, near_start,
                                                                                               near_end), head, tail))):
            continue  # the word beside the arguments between spaces, as most are (`Kremlin spokesman Peskov`), a word
            # of leading the head's own (`[North Korean] leader [Kim]`); beside far arguments, read after the sentence
        first, last = sorted((sentence[head.id], sentence[tail.id]))
        if first < 0 or last >= len(doc_sentences):
            continue  # V214's
        if (first, last) not in read:
            read[first, last] = _Sentences(view, text, doc_sentences[first:last + 1], range(first, last + 1),
                                           words_of)
        if _worded(view, r.type, head, tail, read[first, last], indexed) or (beside and not short and _leads(
                view, text, _outside(text, read[first, last].spans, near_start, near_end), head, tail)):
            continue  # (the words of leading its sentences hold, `_worded` has read)
        if fits(view, r, head, tail):  # else V210's alone
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): its "
                      f"sentence has no {_TYPE_WORDS[r.type][1]}")


class _Sentences:
    """What V361 reads of the sentences of a relation (their offsets, `spans`), once for every relation they hold:
    their words (in lower case; each sentence's read once, `words_of`), and at the first relation that asks, their
    words of leading, whether they speak for a body, and where their verbs of receiving or seeing a person end. Read
    again for each relation, a sentence of 20 000 tokens with 2 000 relations took seconds."""

    def __init__(self, view: DocumentView, text: str, sentences: Sequence[Span], numbers: range,
                 words_of: dict[int, set[str]]) -> None:
        self.view, self.text, self.spans = view, text, [(sentence.start, sentence.end) for sentence in sentences]
        for s, (start, end) in zip(numbers, self.spans, strict=True):
            if s not in words_of:
                words_of[s] = set(LETTER_RUNS.findall(text[start:end].lower()))
        self.words = words_of[numbers[0]] if len(numbers) == 1 else set().union(*map(words_of.__getitem__, numbers))
        self.asked = 0  # the relations that asked whether a word of leading may be their head's (`leads`)

    @cached_property
    def leading(self) -> list[tuple[str, int, int]]:
        """The words of leading (`_leading_words`) of each sentence."""
        return [found for start, end in self.spans for found in _leading_words(self.text, start, end)]

    @cached_property
    def _sorted(self) -> _Leading:
        """`leading`, sorted for the second relation that asks and the others."""
        return _Leading(self.view, self.text, self.leading)

    def leads(self, head: Mention, tail: Mention) -> bool:
        """`_leads` of the sentences' words of leading: read one by one for the first relation that asks (most
        sentences hold one), sorted by what may keep them from a head (`_Leading`) for the others."""
        self.asked += 1
        if self.asked == 1:
            return _leads(self.view, self.text, self.leading, head, tail)
        return self._sorted.leads(head, tail)

    @cached_property
    def speak_for(self) -> bool:
        """Whether the sentences hold a word of speaking for a body: of `labels.SPOKESPERSON_WORDS`, any in spokes-,
        a verb of speaking before `for` or `on` (`speaks for`, `spoke on behalf of`), or `press` before an office."""
        words, text = self.words, self.text
        if not words.isdisjoint(SPOKESPERSON_WORDS) or any(w.startswith("spokes") for w in words):
            return True
        if (words.isdisjoint(_SPEAKING) or not words & {"for", "on"}) and "press" not in words:
            return False
        listed = [w.lower() for start, end in self.spans for w in LETTER_RUNS.findall(text, start, end)]
        return any((w in _SPEAKING and n in ("for", "on")) or (w == "press" and n in _PRESS_OFFICES)
                   for w, n in pairwise(listed))

    @cached_property
    def encounters(self) -> list[int]:
        """Where each verb of receiving or seeing a person (`labels.ENCOUNTER_WORDS`) ends, in text order."""
        return sorted(match.end() for start, end in self.spans for match in LETTER_RUNS.finditer(self.text, start, end)
                      if match.group().lower() in ENCOUNTER_WORDS)


#: the longest word of a type's words (`_TYPE_WORDS`): a longer piece of a word is none of them
_LONGEST = max(len(word) for words, _ in _TYPE_WORDS.values() for word in words)


class _TextWords:
    """A document's words, found at the first relation that asks once the stretches read directly are as long as its
    text (`_direct`): its runs of letters (`LETTER_RUNS`), and its words between spaces (`str.split`'s) of each type's
    words (`_TYPE_WORDS`), so that V361 counts the words between two offsets and finds a word of a type between two
    far ones by bisection (reading the text between for each relation of one sentence of 20 000 tokens took
    seconds)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.unread = len(text)  # how much more of the text may be read directly before it is indexed (`_direct`)

    def _direct(self, start: int, end: int) -> bool:
        """Whether to read the text between two offsets directly (the answer is the index's): while the stretches read
        so far, this one with it, are no longer than the text (a document's few far arguments read a few thousand
        characters, and indexing its whole text cost ~650 us; 2 000 relations across one sentence of 20 000 tokens
        index it)."""
        if end - start > self.unread:
            return False
        self.unread -= end - start
        return True

    @cached_property
    def runs(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the runs of letters."""
        runs = [match.span() for match in LETTER_RUNS.finditer(self.text)]
        return [start for start, _ in runs], [end for _, end in runs]

    def count(self, start: int, end: int) -> int:
        """`len(LETTER_RUNS.findall(text, start, end))`: the runs that end after `start` and start before `end`."""
        if start < end and self._direct(start, end):  # (an empty stretch inside a run is in one run)
            return len(LETTER_RUNS.findall(self.text, start, end))
        starts, ends = self.runs
        return bisect.bisect_left(starts, end) - bisect.bisect_right(ends, start)

    @cached_property
    def spaced(self) -> tuple[list[int], list[int], dict[str, list[int]]]:
        """The starts and the ends of the words between spaces, and for each type, which of them (their indices) are
        of its words in lower case."""
        spans = [match.span() for match in NON_SPACE_RUNS.finditer(self.text)]
        lowered = [self.text[start:end].lower() for start, end in spans]
        return [start for start, _ in spans], [end for _, end in spans], {
            kind: [k for k, word in enumerate(lowered) if word in words] for kind, (words, _) in _TYPE_WORDS.items()}

    def beside(self, start: int, end: int, kind: str) -> bool:
        """`not _TYPE_WORDS[kind][0].isdisjoint(text[start:end].lower().split())`: a word of the type among the words
        wholly inside, found by bisection, or among the two that the ends cut, read."""
        text, lexicon = self.text, _TYPE_WORDS[kind][0]
        if self._direct(start, end):
            return not lexicon.isdisjoint(text[start:end].lower().split())
        starts, ends, typed = self.spaced
        first, stop = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)  # the words that reach inside
        if first >= stop:
            return False
        cut = {k for k in (first, stop - 1) if starts[k] < start or ends[k] > end}
        if any(min(ends[k], end) - max(starts[k], start) <= _LONGEST
               and text[max(starts[k], start):min(ends[k], end)].lower() in lexicon for k in cut):
            return True
        low, high = first + (first in cut), stop - (stop - 1 in cut)
        k = bisect.bisect_left(typed[kind], low)
        return k < len(typed[kind]) and typed[kind][k] < high


def _worded(view: DocumentView, kind: str, head: Mention, tail: Mention, read: _Sentences, indexed: _TextWords) -> bool:
    """Whether the words of a relation's sentences (`read`) state its type `kind` (V361)."""
    words, lexicon = read.words, _TYPE_WORDS[kind][0]
    if kind == "LEADER_OF":
        return not words.isdisjoint(lexicon) and read.leads(head, tail)
    if kind == "SPOKESPERSON_OF":
        return read.speak_for
    if not words.isdisjoint(lexicon):
        return True
    if kind != "MEETS" or words.isdisjoint(ENCOUNTER_WORDS):
        return False
    ends = read.encounters  # a person at most `_ENCOUNTER_REACH` words after the nearest before it (the farther have
    # as many words between or more)
    for m in (head, tail):
        k = bisect.bisect_left(ends, m.start) - 1
        if view.mention_type.get(m.id) == "PER" and k >= 0 and indexed.count(ends[k], m.start) <= _ENCOUNTER_REACH:
            return True
    return False


#: the verbs of leading that say `cause` before `to` (`the summit could lead to an agreement`)
_LEAD_VERBS = frozenset({"lead", "leads", "led", "leading"})
#: the words before a determiner and a word of leading that make the leader an object, another person than a subject
#: before it (`[Kim] met the chairman of [the party]`, `talks with the leader of`)
_LEADER_OBJECT = MEETING_WORDS | ENCOUNTER_WORDS | {"with", "and"}
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "another", "other"})
#: a title's words between a word of leading and the name it is the title of (`President Vladimir Putin`, `leader Kim`,
#: `Director Jo`): spaces and capitalised words
_TITLE_TO_NAME = compiled(rf"(?:{SPACE}+[A-Z][\w.\-]*){{0,3}}{SPACE}+")


_LINE_BREAK = compiled(f"[{LINE_BREAKS}]")


def _titled(text: str, head: Mention) -> bool:
    """Whether a word of leading stands right before the head, at most `_TITLE_REACH` capitalised words between, on
    its line (`leader [Kim Jong Un]`, `Director [Jo Chun Ryong]`, `President Vladimir [Putin]`): the head's title."""
    before = text[max(head.start - 60, 0):head.start]
    if not before[-1:].isspace() or before[-1] in LINE_BREAKS:
        return False
    for k, word in enumerate(reversed(_LINE_BREAK.split(before)[-1].split()[-_TITLE_REACH - 1:])):
        if word.lower() in LEADER_WORDS:
            return True
        if not word[:1].isupper() or k == _TITLE_REACH:
            return False
    return False


def _leading_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of leading (`labels.LEADER_WORDS`) of the text from `start` to `end`, each with its offsets: not
    inside a longer word."""
    low = text[start:end].lower()
    found = []
    for word in LEADER_WORDS.intersection(LETTER_RUNS.findall(low)):
        for at in find_all(low, word):
            word_start, word_end = start + at, start + at + len(word)
            if not (text[word_start - 1:word_start].isalpha() or text[word_end:word_end + 1].isalpha()):
                found.append((word, word_start, word_end))
    return found


def _outside(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of leading from `start` to `end` (`_leading_words`) but those that one of the sentences `spans` holds
    whole: those before, between and after them, each stretch read `_LONGEST_LEADER` characters into the sentences
    beside it (a word across a sentence's edge is no sentence's)."""
    if any(b > c for (_, b), (c, _) in pairwise(spans)):
        return _leading_words(text, start, end)  # sentences out of order or overlapping (V214's): all the words
    edges = [start, *(at for span in spans for at in span), end]
    return [found for a, b in zip(edges[::2], edges[1::2], strict=True) if a - _LONGEST_LEADER < end
            and b + _LONGEST_LEADER > start for found in _leading_words(
                text, max(a - _LONGEST_LEADER, start), min(b + _LONGEST_LEADER, end))]


_LONGEST_LEADER = max(map(len, LEADER_WORDS))


class _Leading:
    """The words of leading of a relation's sentences (`_leading_words`), sorted by what may keep one from being a
    head's (`_heads_word`), so that `leads` reads, for each relation, only the words that may be its head's: checked
    word by word for each LEADER_OF, a sentence of 2 000 relations and as many excluded words took seconds. A verb of
    leading before `to` is none; a word in no nominal and after no title of a name (`plain`) is any head's but the
    object of a meeting after it (`_object_of_meeting`); any other (`bound`) may be only that of a head whose entity
    or mention is among those of the nominals holding it or of the names it is the title of."""

    def __init__(self, view: DocumentView, text: str, found: list[tuple[str, int, int]]) -> None:
        self.view, self.text = view, text
        mentions = view.doc.mentions
        plain: list[tuple[int, int, bool, tuple[str, int, int]]] = []  # (word start, cut, object of a meeting, word)
        self.by_entity: dict[str, list[tuple[str, int, int]]] = {}
        self.by_mention: dict[int, list[tuple[str, int, int]]] = {}
        for word in found:
            if leads_to(text, word):
                continue
            bound = [*_holders(view, word[1], word[2]), *named_after(view, text, word[2])]
            for i in bound:
                self.by_mention.setdefault(i, []).append(word)
                self.by_entity.setdefault(mentions[i].entity, []).append(word)
            if not bound:
                low = max(word[1] - _OBJECT_REACH, 0)
                before = text[low:word[1]].rstrip()
                last = len(before) - len(before.split()[-1]) if before else 0  # where the last two words start
                cut = len(before[:last].rstrip()) - len(before[:last].split()[-1]) if before[:last].strip() else 0
                plain.append((word[1], low + cut, _object_of_meeting(text, low, word[1]), word))
        plain.sort()
        self.starts, self.cuts, self.objects = [p[0] for p in plain], [p[1] for p in plain], [p[2] for p in plain]
        self.plain = [p[3] for p in plain]
        #: whether a plain word from each on is no object of a meeting (read after a head that ends before its cut)
        self.free_from = [*reversed([*accumulate((not p[2] for p in reversed(plain)), operator.or_)]), False]
        held = sorted((mentions[i].start, mentions[i].end, i) for i in self.by_mention)
        self.held, self.held_starts = held, [m[0] for m in held]
        self.held_reach = list(accumulate((m[1] for m in held), max))

    def leads(self, head: Mention, tail: Mention) -> bool:
        """`_leads` of every word: whether one may be the head's."""
        k = bisect.bisect_left(self.starts, head.end)
        if k:
            return True  # a plain word before the head's end: no object after it
        own = (head.entity, tail.entity)
        while k < len(self.starts) and self.starts[k] <= head.end + _OBJECT_REACH:  # the words the head may end
            if self.cuts[k] < head.end:  # among the two words before (each read as the head cuts them), or none
                if _heads_word(self.view, self.text, self.plain[k], head, own):
                    return True
            elif not self.objects[k]:
                return True
            k += 1
        if self.free_from[k]:
            return True
        candidates = {*self.by_entity.get(head.entity, ()), *self.by_entity.get(tail.entity, ())}
        n = bisect.bisect_right(self.held_starts, head.start) - 1
        while n >= 0 and self.held_reach[n] >= head.end:  # the nominals and names that hold the head
            if self.held[n][1] >= head.end:
                candidates.update(self.by_mention[self.held[n][2]])
            n -= 1
        return any(_heads_word(self.view, self.text, word, head, own) for word in candidates)


#: how many characters before a word of leading are read for the object of a meeting (`[Kim] met the chairman`)
_OBJECT_REACH = 40


def _leads(view: DocumentView, text: str, found: list[tuple[str, int, int]], head: Mention, tail: Mention) -> bool:
    """Whether a word of leading of `found` (`_leading_words`) may be the head's (V361): not a verb of leading before
    `to` (`could lead to`), not one inside a nominal of a third entity (`[the chairman]` of another), not the title of
    another person's name (`Russian President [Vladimir Putin]`), and not the object of a meeting after the head
    (`[Kim] met the chairman of [the party]`)."""
    own = (head.entity, tail.entity)
    return any(_heads_word(view, text, word, head, own) for word in found)


def _heads_word(view: DocumentView, text: str, found: tuple[str, int, int], head: Mention,
                own: tuple[str, str]) -> bool:
    """Whether the word of leading `found` (word, start, end) may be the head's (`_leads`); `own`: the entities of the
    relation's head and tail."""
    _, word_start, word_end = found
    if leads_to(text, found):
        return False
    mentions = view.doc.mentions
    if any(mentions[i].entity not in own and not _holds(mentions[i], head)
           for i in _holders(view, word_start, word_end)):
        return False  # a third entity's nominal, no group that holds the head (`[[Kim] and Russian president]`)
    named = named_after(view, text, word_end)
    if named and all(mentions[i].entity != head.entity and not _holds(mentions[i], head) for i in named):
        return False  # another person's title
    return not (head.end <= word_start and _object_of_meeting(text, max(head.end, word_start - _OBJECT_REACH),
                                                               word_start))


def leads_to(text: str, found: tuple[str, int, int]) -> bool:
    """Whether a word of leading is a verb of leading before `to` (`could lead to an agreement`: a cause)."""
    return found[0] in _LEAD_VERBS and text[found[2]:found[2] + 4].split()[:1] == ["to"]


def _holders(view: DocumentView, start: int, end: int) -> list[int]:
    """The nominal mentions (indices) that hold the word at [start, end), among the few nested mentions that start
    before it (eight at most)."""
    order, starts, reach = view.mentions_in_order
    mentions, found = view.doc.mentions, []
    k = bisect.bisect_right(starts, start) - 1
    stop = max(k - 8, -1)  # a word lies in a few nested mentions at most
    while k > stop and reach[k] >= end:  # the mentions that start before the word and may hold it
        m = mentions[order[k]]
        if m.end >= end and m.kind == "nominal":
            found.append(order[k])
        k -= 1
    return found


def named_after(view: DocumentView, text: str, end: int) -> list[int]:
    """The mentions (indices) of the name that the word of leading ending at `end` is the title of (`President
    [Vladimir Putin]`: `_TITLE_TO_NAME` between, a person among them), or none."""
    order, starts, _ = view.mentions_in_order
    after = bisect.bisect_left(starts, end)
    if after >= len(starts) or not _TITLE_TO_NAME.fullmatch(text, end, starts[after]):
        return []
    named = [order[j] for j in range(after, bisect.bisect_right(starts, starts[after]))]
    types, mentions = view.mention_type, view.doc.mentions
    return named if any(types.get(mentions[i].id) == "PER" for i in named) else []


def _holds(m: Mention, head: Mention) -> bool:
    """Whether mention `m` holds the head."""
    return m.start <= head.start < head.end <= m.end


def _object_of_meeting(text: str, start: int, end: int) -> bool:
    """Whether the last two words from `start` to a word of leading at `end` make it the object of a meeting
    (`met the chairman`, `talks with the leader`: `_LEADER_OBJECT` and a determiner)."""
    before = text[start:end].lower().split()[-2:]
    return len(before) == 2 and before[1] in _DETERMINERS and before[0] in _LEADER_OBJECT


#: the relation types a title, an apposition, a nationality adjective or a possessive carries (docs/guidelines.md,
#: Factuality)
_TITLE_RELATIONS = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY",
                              "PART_OF"})
#: the types whose title names an office, a word between body and person (`[Kremlin] spokesman [Peskov]`);
#: NATIONALITY and PART_OF are also carried by an adjective or a possessor alone (`[South Korean] [Foreign Ministry]`,
#: `[North Korea's] space committee`)
OFFICE_RELATIONS = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH"})
#: the words in lower case a title may hold: of leading (the nouns of `labels.LEADER_WORDS`), of speaking for a
#: body and of other offices and bodies (`labels.TITLE_WORDS`)
TITLE_LEXICON = (LEADER_WORDS - {"lead", "leads", "led", "leading", "rule", "rules", "ruled", "reign", "reigns",
                                  "reigned", "chairs", "chaired", "heads", "headed", "heading", "directs", "directed",
                                  "presides", "presided", "presiding", "run", "runs", "ran", "running"}) \
    | SPOKESPERSON_WORDS | TITLE_WORDS
#: the words that are no part of a title, also capitalised (a headline's `Russia May Name ...`): articles,
#: prepositions, conjunctions, auxiliaries, negation and pronouns
_CLAUSE_WORDS = PRONOUNS | {
    "a", "an", "the", "and", "or", "but", "nor", "to", "of", "by", "for", "from", "with", "without", "under", "in",
    "at", "on", "into", "onto", "between", "as", "than", "after", "before", "during", "over", "about", "which", "who",
    "whom", "whose", "if", "whether", "when", "while", "not", "no", "never", "is", "are", "was", "were", "be", "been",
    "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must"}
#: the possessive that may open a title after its body (`[Russia]'s defense minister [Sergei Shoigu]`, `Reuters'`)
_TITLE_POSSESSIVE = compiled("['\u2019\u02bc]s?")
#: a word of a title: letters, hyphens between them (`state-run`), an abbreviation's periods (`Adm.`, `U.S.`)
_TITLE_PIECE = compiled(r"[^\W\d_]+(?:[.\-][^\W\d_]+)*\.?")
_TITLE_REACH = 4  # words
#: an apposition after the head that names its office in the tail (`[Dmitry Peskov], a spokesman for the [Kremlin]`,
#: `[Jeon Ha Gyu], spokesperson of [South Korea's Defense Ministry]`), the tail's place or state as its possessor
#: before it (`[Leif-Eric Easley], a professor at Seoul’s [Ewha University]`, `spokesperson of South Korea's [Defense
#: Ministry]`: at most three capitalised words): its title words are the group
_APPOSITION = compiled(f",{SPACE}+(?:(?:a|an|the){SPACE}+)?((?:\\S+{SPACE}+){{1,{_TITLE_REACH}}})"
                       f"(?:of|for|at){SPACE}+(?:the{SPACE}+)?"
                       f"(?:(?:[A-Z][\\w.-]*{SPACE}+){{0,2}}[A-Z][\\w.-]*['\u2019]s{SPACE}+)?")
#: `of` between a titled head and its tail (`Director [Jo Chun Ryong] of the [Munitions Industry Department]`,
#: `President [Vladimir Putin] of [Russia]`), and the title's last word before the head
_OF = compiled(f"{SPACE}+of{SPACE}+(?:the{SPACE}+)?")
#: the word before an offset (group 1), a period and spaces between (`word_before`)
_WORD_BEFORE = compiled(f"([^\\W\\d_]+)\\.?{SPACE}+$")
_WORD_OPENS_BEFORE = compiled(f"(?<![^\\W\\d_])([^\\W\\d_]+)\\.?{SPACE}+$")


def word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last word of [start, end) (group 1) that only spaces, after a period, part from `end`: `_WORD_BEFORE`'s
    search (`base.last_word`)."""
    return last_word(_WORD_BEFORE, _WORD_OPENS_BEFORE, text, start, end)


@rule("V362", "title-relation-not-asserted", "a relation carried by a title, an apposition or an adjective is not "
      "`asserted` (title words leader, president, spokesman, minister, ... or capitalised: `North Korean leader Kim "
      "Jong Un`, `Peskov, a spokesman for the Kremlin`)",
      "set factuality `asserted`: a title, an apposition, a nationality adjective or a possessive is the writer's "
      "naming, also inside a source's words (docs/guidelines.md, Factuality)")
def title_relation_not_asserted(ctx: DocContext) -> Iterator[Hit]:
    """A relation carried by a title, an apposition, a nationality adjective or a possessive (LEADER_OF,
    SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH, NATIONALITY, PART_OF) is `asserted`, even inside a quote's content
    or a hedged clause (docs/guidelines.md, Factuality; hard cases 50 and 51: `a former director` holds the office
    asserted): the writer names people and bodies in its own voice. Read in the raw text, on one line with spaces
    between words, four ways of writing it: a title before a name or nominal head, the tail, an optional possessive
    (`[Russia]’s`), then at most `_TITLE_REACH` title words (`[North Korean] leader [Kim Jong Un]`); an apposition
    after the head, a comma, an optional article, title words and `of`, `for` or `at` before the tail (`[Dmitry
    Peskov], a spokesman for the [Kremlin]`); a title word before the head and `of` after it (`Director [Jo Chun
    Ryong] of the [Munitions Industry Department]`), or a nominal head whose last word is one and `of` after it
    (`[unspecified members] of [the country's ruling party]`); and, for NATIONALITY and PART_OF, a tail inside the head
    (`[[North Korean] state media]`, `[[North Korea's] space science and technology committee]`). A title carries its
    relation to every conjunct of a list (`_listed_with_title`): a head after a first conjunct that a title carries
    (`Associated Press journalists Hyung-jin Kim in Seoul, South Korea; [Mari Yamaguchi] in Tokyo`, `Marshals Ri
    Pyong Chol and [Pak Jong Chon]`) or a tail after one that `of` carries (`members of the party, government and
    [military]`), each conjunct before it linked by the same type to the other argument (the thirty-first session's
    sweep passed 7 such relabellings). A title word is one in lower
    case of `TITLE_LEXICON` (leader, president, spokesman, minister, former, state news agency, think tank, ...), or
    a capitalised word that is no article, preposition, conjunction, auxiliary or pronoun (`Foreign Minister`,
    `Adm.`), except on a line in title case (a headline's, whose verbs are capitalised too: `[Russia] Considers
    [Shoigu]`), where the title's last word is one of `TITLE_LEXICON` (`Defense Minister`); an office (LEADER_OF,
    SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH) needs at least one, NATIONALITY and
    PART_OF none (`[South Korean] [Foreign Ministry]`, `[North Korea]’s [Korean Central News Agency]`). A relation
    whose factuality is missing is V235's, one `denied` without a negation word in its sentence V260's alone. Not
    caught: titles with a word outside the lists, which are not judged (`[Russia]-backed`, `would-be`, `professor of
    international studies at`), and an office inside its head (`[U.S. officials]`). An apposition's tail may follow its
    possessor (`[Leif-Eric Easley], a professor at Seoul’s [Ewha University]` marked `possible` passed on a modal of
    its sentence: twenty-seventh session), and an apposition may open on the tail and end on its title words
    (`[Jo Chun Yong], a [ruling party] official working for`: since the thirty-seventh session,
    `_titled_after_tail`)."""
    view = ctx.view
    factualities, text = view.column("relations", "factuality"), ctx.text
    if text is None or set(factualities) <= {"asserted", None}:
        return
    mentions, relations, sentence = view.mentions, ctx.doc.relations, view.mention_sentence
    for i, r in enumerate(relations):
        if r.type not in _TITLE_RELATIONS or factualities[i] in ("asserted", None):
            continue
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or head.kind == "pronoun":
            continue
        if r.factuality == "denied" and head.id in sentence and tail.id in sentence and not negated(
                view, range(min(sentence[head.id], sentence[tail.id]), max(sentence[head.id], sentence[tail.id]) + 1)):
            continue  # V260's: no negation word, whatever the text
        office = r.type in OFFICE_RELATIONS
        if carried_by_title(text, head, tail, office, True) or _titled_after_tail(text, head, tail, office) \
                or _listed_with_title(view, text, r.type, head, tail, office):
            first, last = min(head.start, tail.start), max(head.end, tail.end)
            yield Hit(pointer("relations", i, "factuality"), r.factuality,
                      f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the text reads {text[first:last]!r}, a title")


def carried_by_title(text: str, head: Mention, tail: Mention, office: bool, noun_of: bool = False) -> bool:
    """Whether the text carries a relation between `head` and `tail` by a title, an apposition or (not for an
    `office`) a modifier inside the head (V362); with `noun_of`, also by a nominal head whose last word is a title's
    and `of` (`[unspecified members] of [the country's ruling party]`: V362's, which V419 does not read)."""
    if 0 < head.start - tail.end <= 80:  # the tail, a title, the head
        gap = text[tail.end:head.start]
        possessive = _TITLE_POSSESSIVE.match(gap)
        rest = gap[possessive.end():] if possessive else gap
        pieces = rest.split()
        return rest[:1].isspace() and rest[-1:].isspace() and LINE_BREAK_SET.isdisjoint(gap) \
            and _title_words(pieces, office) and _cased_title(text, tail.start, rest, pieces)
    if 0 < tail.start - head.end <= 80:  # the head, an apposition or `of`, the tail
        gap = text[head.end:tail.start]
        apposition = _APPOSITION.fullmatch(gap)
        if apposition:
            words = apposition.group(1)
            pieces = words.split()
            return _title_words(pieces, True) and _cased_title(text, head.start, words, pieces)
        if not _OF.fullmatch(gap):  # the word before the head read only where `of` follows it (a search, costly)
            return False
        before = word_before(text, max(head.start - 40, 0), head.start)
        return (before is not None and before.group(1).lower() in TITLE_LEXICON) or (
            noun_of and head.kind == "nominal" and head.text.rsplit(None, 1)[-1] in TITLE_LEXICON  # `[members] of`
            and not _TITLE_POSSESSIVE.match(text, tail.end))  # not the possessor inside: `members of [the country]'s`
    return not office and head.start <= tail.start and tail.end <= head.end and (head.start, head.end) != (
        tail.start, tail.end)


#: a comma and an optional article between a head and the tail that opens its apposition (`[Jo Chun Yong], a [ruling
#: party] official`), and a mark that ends the apposition's words after the tail
_APPOSITION_OPENS = compiled(f",{SPACE}+(?:(?:a|an|the){SPACE}+)?")
_APPOSITION_MARK = compiled(r"[,.;:()\n\u2014\u2013]")


def _titled_after_tail(text: str, head: Mention, tail: Mention, office: bool) -> bool:
    """Whether the head's apposition opens on the tail and goes on with its title (`[Jo Chun Yong], a [ruling party]
    official working for ...`, `[Shoigu], [Russia]'s defense minister.`): a comma and an optional article between the
    two, after the tail an optional possessive and one to `_TITLE_REACH` title words, the last of `TITLE_LEXICON`, then
    a mark or a word in lower case (a participle, a preposition, `who`). Since the thirty-seventh session (read36's
    factuality sweep passed `[Jo Chun Yong], a [ruling party] official` OFFICIAL_OF relabelled `reported`)."""
    if not (0 < tail.start - head.end <= 12 and _APPOSITION_OPENS.fullmatch(text, head.end, tail.start)):
        return False
    words = _APPOSITION_MARK.split(text[tail.end:tail.end + 80], maxsplit=1)[0]
    possessive = _TITLE_POSSESSIVE.match(words)
    words = words[possessive.end():] if possessive else words
    pieces = words.split()  # (the last word is of TITLE_LEXICON: its capitals count whatever the line's case)
    return words[:1].isspace() and any(
        pieces[n - 1].rstrip(".").lower() in TITLE_LEXICON and (n == len(pieces) or pieces[n].islower())
        and _title_words(pieces[:n], office) for n in range(min(len(pieces), _TITLE_REACH), 0, -1))


#: the words that open the stretch between two conjuncts of a list (`Hyung-jin Kim in Seoul, South Korea; [Mari
#: Yamaguchi]`, `Marshals Ri Pyong Chol and [Pak Jong Chon]`, `members of [the party], government and [military]`)
_LIST_OPENERS = frozenset({";", ",", "and", "in"})
#: a word or a list's mark in such a stretch
_LIST_PIECE = compiled(r"[^\W\d_]+|[;,]|[^\s\w.'\u2019-]")
#: the most conjuncts read back from an argument, and the longest stretch between two
_LIST_REACH, _LIST_GAP = 6, 60


def _listed_with_title(view: DocumentView, text: str, kind: str, head: Mention, tail: Mention, office: bool) -> bool:
    """Whether the head is a later conjunct of a list whose first conjunct a title carries to the tail (`Associated
    Press journalists Hyung-jin Kim in Seoul, South Korea; [Mari Yamaguchi] in Tokyo`, `[Korean People's Army]
    Marshals Ri Pyong Chol and [Pak Jong Chon]`), or the tail a later conjunct of the list after `of` that carries it
    (`[unspecified members] of the country's ruling party, government and [military]`): the conjuncts before it
    mentions of its entity type, each of whose entities the relation's type links to the other argument's entity in
    the document, with a list's stretch between them (`_list_stretch`); the title read as V362 reads it."""
    pairs = _typed_pairs(view).get(kind, frozenset())
    types = view.entity_type
    for moving, fixed in ((head, tail), (tail, head)):
        current = moving
        for _ in range(_LIST_REACH):
            before = [m for m in map(view.doc.mentions.__getitem__,
                                     mentions_starting(view, current.start - 2 * _LIST_GAP, current.start))
                      if m.end <= current.start and m.entity not in (fixed.entity, current.entity)
                      and types.get(m.entity) == types.get(moving.entity)
                      and ((m.entity, fixed.entity) if moving is head else (fixed.entity, m.entity)) in pairs
                      and _list_stretch(text[m.end:current.start])]
            if not before:
                break
            current = max(before, key=lambda m: m.end)
            if carried_by_title(text, current, tail, office, True) if moving is head \
                    else carried_by_title(text, head, current, office, True):
                return True
    return False


def _typed_pairs(view: DocumentView) -> dict[str, frozenset[tuple[str, str]]]:
    """The (head, tail) entities of the relations of each type (`relation_entities`: of two entities), built once per
    view (`_listed_with_title` reads them for each relation it judges)."""
    key = ("typed_pairs",)
    found = view.derived.get(key)
    if found is None:
        gathered: dict[str, set[tuple[str, str]]] = {}
        for t, pair in zip(view.column("relations", "type"), relation_entities(view), strict=True):
            if pair is not None:
                gathered.setdefault(t, set()).add(pair)
        found = view.derived[key] = {t: frozenset(pairs) for t, pairs in gathered.items()}
    return found


def _list_stretch(gap: str) -> bool:
    """Whether `gap` lies between two conjuncts of a list: on one line, opened by a list's mark, `and` or `in` (a
    place after the conjunct), closed by a mark or `and`, no word of a clause between (`_CLAUSE_WORDS` but `and`, `in`
    and `the`)."""
    if len(gap) > _LIST_GAP or not LINE_BREAK_SET.isdisjoint(gap):
        return False
    pieces = _LIST_PIECE.findall(gap)
    return bool(pieces) and pieces[0].lower() in _LIST_OPENERS and pieces[-1].lower() in (";", ",", "and") \
        and all((p.isalpha() and p.lower() not in _CLAUSE_WORDS - {"and", "in", "the"}) or p in ";,"
                for p in pieces)


#: how many words of four letters or more a line needs, every one capitalised, to be in title case (a headline's
#: `Kim Jong Un Meets With Putin, Celebrates Russia's 'Sacred' Invasion of Ukraine`)
_TITLE_CASE_WORDS = 3
_LONG_WORD = compiled(r"[^\W\d_]{4,}")
#: four lower-case letters that begin a word: one of `_LONG_WORD` that is not capitalised (a letter before one that a
#: search starts at still counts: `_LONG_WORD` starts a word there too)
_LOWER_WORD = compiled(r"\b[a-z]{4}")


def _cased_title(text: str, at: int, words: str, pieces: list[str]) -> bool:
    """Whether the capitals of a title's `words` (`pieces`, as `_title_words` reads them) say it is one: they are in
    lower case, or the last is one of `TITLE_LEXICON` whatever its case (`[Russia]'s Defense Minister [Shoigu]`), or
    the line around `at` is not in title case (`_title_cased`: a line whose verbs are capitalised, `[Russia] Considers
    [Shoigu]`, where a capital says nothing). The line is read last, and only for words `_title_words` takes (two
    searches of up to 400 characters, which most gaps between two mentions never needed: thirty-seventh session)."""
    return words.islower() or not pieces or pieces[-1].rstrip(".").lower().rsplit("-", 1)[-1] in TITLE_LEXICON \
        or not _title_cased(text, at)


def _title_cased(text: str, at: int) -> bool:
    """Whether the line of the text around `at` is in title case: at least `_TITLE_CASE_WORDS` words of four letters
    or more, each capitalised (its verbs are then capitalised too, and no sign of a title)."""
    low = max(at - 200, 0)  # a line break further back leaves the same start: each search reads 200 characters
    newline = text.rfind("\n", low, at)
    start = newline + 1 if newline >= 0 else low  # the line's start, where no other line break (each unprintable)
    if not text[start:at].isprintable():  # follows: most lines
        start = max(max(text.rfind(c, low, at) for c in LINE_BREAKS) + 1, low)
    end = _LINE_BREAK.search(text, at, at + 200)
    stop = end.start() if end else at + 200
    if _LOWER_WORD.search(text, start, stop):  # a word of four letters or more in lower case (most lines: a quick
        return False  # search where the list of the words, a match each, is slow)
    words = _LONG_WORD.findall(text, start, stop)
    return len(words) >= _TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _title_words(pieces: list[str], office: bool) -> bool:
    """Whether `pieces` (words apart by spaces) are a title's words: at most `_TITLE_REACH`, at least one for an
    `office`, each of `TITLE_LEXICON` in lower case or capitalised and none of `_CLAUSE_WORDS` (`_cased_title` says
    whether their capitals count)."""
    if len(pieces) > _TITLE_REACH or (office and not pieces):
        return False
    for piece in pieces:
        if not _TITLE_PIECE.fullmatch(piece):
            return False
        for part in filter(None, re.split(r"[.\-]", piece)):
            if not (part in TITLE_LEXICON if part.islower() else part[0].isupper()
                    and part.lower() not in _CLAUSE_WORDS):
                return False
    return True


#: the titles of whoever heads a state, a people or a body (docs/guidelines.md, hard case 23): a narrower list than
#: `labels.LEADER_WORDS`, which V361 reads generously (`marshal`, `secretary` and `commander` are offices too)
_HEAD_TITLES = "leader|president|chairman|chairwoman|chairperson|premier|ruler|dictator|king|queen|monarch|emperor|" \
               "director|head|chief"
#: a tail, then its head's title right before the head, capitalised words between (`[North Korean] leader [Kim Jong
#: Un]`, `[Russian] President Vladimir [Putin]`, `[Munitions Industry Department] Director [Jo Chun Ryong]`)
_TITLE_BETWEEN = compiled(rf"{SPACE}+(?:{_HEAD_TITLES})(?:{SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}{SPACE}+",
                          re.IGNORECASE)
#: a head, then an apposition of its title and `of` before the tail (`[Pak Thae Song], chairman of [North Korea’s
#: space science and technology committee]`), an article and a word of time before the title (`a former director`),
#: and up to four words that describe the tail between (`a former director of the South Korean think tank [Institute
#: for National Security Strategy]`), none a word of grammar; not `deputy`, `vice` (who head nothing)
_TITLE_OF_AFTER = compiled(rf",{SPACE}+(?:(?:the|a|an){SPACE}+)?(?:(?:former|acting|interim|then|current|longtime|"
                           rf"founding){SPACE}+)?(?:{_HEAD_TITLES}){SPACE}+of{SPACE}+(?:the{SPACE}+)?"
                           rf"(?:(?!(?:and|or|of|the|a|an|to|in|at|on|for|with|from|by|who|which|that){SPACE})"
                           rf"[^\W\d_][\w.\u2019'-]*{SPACE}+){{0,4}}", re.IGNORECASE)
#: the end of a head whose own last word is its title of heading, after a mention of the tail's entity inside it
#: (`[[their] leaders]`, `[[North Korea]'s leader]`): an optional possessive, then up to three words of a title, none
#: of grammar nor a deputy's (`[[North Korea]'s deputy leader]` heads nothing)
_TITLE_ENDS = compiled(rf"(?:['\u2019]s)?{SPACE}+(?:(?!(?:and|or|of|the|a|an|to|in|at|on|for|with|from|by|who|which|"
                       rf"that|deputy|vice|assistant){SPACE})[^\W\d_][\w.\u2019'-]*{SPACE}+){{0,3}}"
                       rf"(?:{_HEAD_TITLES})s?", re.IGNORECASE)
#: `of` between a titled head and its tail (`Director [Jo Chun Ryong] of the [Munitions Industry Department]`), and
#: the title before the head, capitalised words between
OF_BETWEEN = compiled(rf"{SPACE}+of{SPACE}+(?:the{SPACE}+)?", re.IGNORECASE)
_TITLE_BEFORE = compiled(rf"(?<![\w'\u2019-])(?:{_HEAD_TITLES})(?:{SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}{SPACE}+\Z",
                         re.IGNORECASE)
#: the types that a head's title of leading its tail excludes (V259's pairs of LEADER_OF)
_NOT_LEADING = frozenset({"OFFICIAL_OF", "NATIONALITY", "AFFILIATED_WITH"})


@rule("V396", "leader-typed-otherwise", "an OFFICIAL_OF, NATIONALITY or AFFILIATED_WITH relation joins a person to "
      "the state, people or body that a title of leading names them the head of (`[North Korean] leader [Kim Jong "
      "Un]`)", "type it LEADER_OF: whoever heads a state or body is LEADER_OF it, and the title excludes the other "
      "types (docs/guidelines.md, Relations, hard case 23)")
def leader_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """A title of leading between a tail and its head states LEADER_OF (hard case 23: `North Korean leader [Kim Jong
    Un]` is LEADER_OF alone), and the arguments of OFFICIAL_OF, NATIONALITY and AFFILIATED_WITH accept the same
    person and state: the relation typed as one of them (Kim as a North Korean, as an official of his state) passed
    every rule, V259 seeing one type and V361 reading words of LEADER_OF only. Three ways of writing a title say for
    certain that the head heads the tail: the title right between them, the tail its modifier (`[North Korean] leader
    [Kim Jong Un]`, `[Russian] President Vladimir [Putin]`), an apposition of the title and `of` after the head
    (`[Pak Thae Song], chairman of [the committee]`), and the title before the head with `of` after it (`Director [Jo
    Chun Ryong] of the [Munitions Industry Department]`); since the twenty-ninth session's attack (5 retypings passed),
    an article, a word of time and the tail's own description in the apposition (`[Nam Sung-wook], a former director
    of the South Korean think tank [Institute for National Security Strategy]`), and a title the head ends on after a
    mention of the tail's entity inside it (`[[their] leaders]`, `[[Russia]'s leaders]`; not a deputy's). The titles
    are those of heading (`_HEAD_TITLES`: leader,
    president, chairman, premier, director, head, chief, ...), not ranks or offices (`marshal`, `minister`:
    OFFICIAL_OF). A past title is a held relation too (`a former director of`). A type its arguments do not fit is
    V210's alone, and one beside the LEADER_OF of the same two entities in the sentence V259's. Every relation of
    release 1 and of the synthetic corpora so written is LEADER_OF."""
    view, text = ctx.view, ctx.text or ""
    led: set[tuple[tuple[str, str] | None, int | None]] | None = None  # built for the first titled relation only
    for i, r, head, tail in typed_relations(ctx, _NOT_LEADING):
        if not (_titled_head_of(view, text, head, tail) and fits(view, r, head, tail)):
            continue  # a type its arguments do not fit: V210's
        sentence = view.mention_sentence
        if led is None:
            led = {(pair, sentence.get(h)) for kind, pair, h in zip(
                view.column("relations", "type"), relation_entities(view), view.column("relations", "head"),
                strict=True) if kind == "LEADER_OF"}
        if ((head.entity, tail.entity), sentence.get(head.id)) not in led:  # else V259's alone
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[min(head.start, tail.start):max(head.end, tail.end)]!r}, a title of leading")


def typed_relations(ctx: DocContext, kinds: frozenset[str]) -> list[tuple[int, Relation, Mention, Mention]]:
    """Each relation of one of `kinds` whose head and tail are mentions inside the text, with its index, in a document
    with a text (a mention past it is V201's: an offset of 2**64 crashed a search of the text, a fuzz case)."""
    types = ctx.view.column("relations", "type")
    if kinds.isdisjoint(types):
        return []
    return [found for found in compress(_argued(ctx.view), map(kinds.__contains__, types)) if found is not None]


def _argued(view: DocumentView) -> list[tuple[int, Relation, Mention, Mention] | None]:
    """Each relation, with its index, head and tail, whose head and tail are mentions inside the text (None for
    another, and for every relation of a document without a text): `typed_relations`'s, read once per view (23 rules
    read it, each looking up the arguments of every relation of its kinds again)."""
    key = ("argued_relations",)
    if key not in view.derived:
        mentions, relations = view.mentions, view.doc.relations
        found: list[tuple[int, Relation, Mention, Mention] | None] = [None] * len(relations)
        if view.text is not None:
            size = len(view.text)
            for i, r in enumerate(relations):
                head, tail = mentions.get(r.head), mentions.get(r.tail)
                if head is not None and tail is not None and max(head.start, head.end, tail.start, tail.end) <= size:
                    found[i] = i, r, head, tail  # (V201)
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]


def _titled_head_of(view: DocumentView, text: str, head: Mention, tail: Mention) -> bool:
    """Whether a title of heading (`_HEAD_TITLES`) names `head` the head of `tail` (`leader_typed_otherwise`)."""
    if tail.end <= head.start and _TITLE_BETWEEN.fullmatch(text, tail.end, head.start):
        return True
    if head.end <= tail.start and (_TITLE_OF_AFTER.fullmatch(text, head.end, tail.start) or (
            OF_BETWEEN.fullmatch(text, head.end, tail.start)
            and _TITLE_BEFORE.search(text, max(head.start - 60, 0), head.start) is not None)):
        return True
    order, starts, _ = view.mentions_in_order  # a title the head ends on, a mention of the tail's entity inside it
    mentions = view.doc.mentions
    return any(m.entity == tail.entity and m.end < head.end and _TITLE_ENDS.fullmatch(text, m.end, head.end)
               for m in map(mentions.__getitem__, map(order.__getitem__, range(
                   bisect.bisect_left(starts, head.start), bisect.bisect_left(starts, head.end)))))


#: the preposition right before a transfer's party that follows its item (group 1), `the` between: `[weapons] from
#: [North Korea]` names the supplier, `[weapons] to [Russia]` the recipient; not a preposition of a phrase that names
#: neither (`according to`, `due to`, `apart from`, `far from`)
_PARTY_PREPOSITION = compiled(rf"(?<!according{SPACE})(?<!due{SPACE})(?<!thanks{SPACE})(?<!next{SPACE})"
                              rf"(?<!close{SPACE})(?<!apart{SPACE})(?<!aside{SPACE})(?<!away{SPACE})"
                              rf"(?<!far{SPACE})(?<![\w'\u2019-])(from|to){SPACE}+(?:the{SPACE}+)?\Z",
                              re.IGNORECASE)
#: the type that each preposition before a party after its item states
_PREPOSITION_TYPE = {"from": "SUPPLIES", "to": "RECEIVES"}


@rule("V397", "transfer-against-preposition", "a transfer's party after its item is introduced by `from` (the "
      "supplier) but typed RECEIVES, or by `to` (the recipient) but typed SUPPLIES",
      "swap the type: `[weapons] from [North Korea]` is SUPPLIES(North Korea, weapons), `[weapons] to [Russia]` "
      "RECEIVES(Russia, weapons) (docs/guidelines.md, Relations)")
def transfer_against_preposition(ctx: DocContext) -> Iterator[Hit]:
    """SUPPLIES and RECEIVES accept the same arguments, and V360 reads a transfer's verb after its party only: a party
    after its item (`North Korea would receive [advanced weapons technologies] from [Russia]`, `Kim could provide
    [weapons] to [Russia]`) was not judged, and the type swapped (Russia the recipient of what it gives) passed,
    reversing the flow of arms. The preposition right before such a party says its side: what comes `from` a party it
    supplies, what goes `to` one it receives (`the` may lie between). Not judged: a party before its item (V360's), a
    preposition of a phrase that names neither side (`according to`, `due to`, `apart from`). Every transfer of
    release 1 and of the synthetic corpora so written has the type its preposition states."""
    text = ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, TRANSFER):
        if head.start < tail.end:
            continue  # a party before its item: V360's
        found = _PARTY_PREPOSITION.search(text, max(tail.end, head.start - 16), head.start)
        if found is not None and _PREPOSITION_TYPE[found.group(1).lower()] != r.type:
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[tail.start:head.end]!r}: {found.group(1)!r} names the "
                      f"{'supplier' if found.group(1).lower() == 'from' else 'recipient'}")


#: a verb of travel (group 1, one of `labels.TRAVEL_WORDS`) right before a relation's tail, a preposition of
#: direction and an article between (`[Kim] arrived in [Russia]`, `[Lavrov] was expected to visit [North Korea]`)
_TRAVELLED_TO = compiled(rf"(?<![\w'\u2019-])([^\W\d_]+){SPACE}+(?:(in|to|into|for|across|around|through|at)"
                         rf"{SPACE}+)?(?:(?:the|a|an){SPACE}+)?\Z", re.IGNORECASE)
#: how many characters a verb of travel may lie after a relation's head (`[Sergei Shoigu], the defence minister for
#: Moscow, visited [Pyongyang]`)
_TRAVEL_REACH = 80
#: a preposition of direction or of the way right before a relation's tail, an article between (`[Kim] would travel on
#: his own to [two other cities]`, `[Kim] departed North Korea for [Russia]`, `[Ana] flew across [Peru]`): the
#: journey's end or its way when a verb of travel stands before it after the head, or the head is a journey's noun
_DIRECTION_BEFORE = compiled(rf"(?<![\w'\u2019-])(?:to|into|for|through|across|around|along|throughout){SPACE}+"
                             rf"(?:(?:the|a|an){SPACE}+)?\Z", re.IGNORECASE)
#: a stretch of the way, the tail its owner after `of`, right after a preposition of the way (group 1) or a verb of
#: travel (group 2): `[he] had to travel the length of [his own nation]`, `[Kim] was making his way through the
#: forests of [Russia]`
_STRETCH_OF = compiled(rf"(?<![\w'\u2019-])(?:(through|across|around|along|throughout)|([^\W\d_]+)){SPACE}+"
                       rf"(?:(?:the|a|an|his|her|its|their){SPACE}+)?[^\W\d_]+{SPACE}+of{SPACE}+(?:the{SPACE}+)?\Z",
                       re.IGNORECASE)
#: making one's way, a journey (`[Kim] was making his way through the forests of [Russia]`)
_MAKING_WAY = compiled(rf"(?<![\w'\u2019-])(?:make|makes|made|making){SPACE}+(?:his|her|its|their|our|my|your)"
                       rf"{SPACE}+way(?![\w'\u2019-])", re.IGNORECASE)
#: a verb of going with someone in the passive right before a place, the companion after `by` (`Kim was [joined] in
#: [Russia] by [Jo Chun Ryong]`): the companion travels there too (hard case 26)
_JOINED_IN = compiled(rf"(?<![\w'\u2019-])(joined|accompanied|escorted){SPACE}+(?:in|to|into|at){SPACE}+"
                      rf"(?:(?:the|a|an){SPACE}+)?\Z", re.IGNORECASE)
_BY_COMPANION = compiled(rf"{SPACE}+by{SPACE}+(?:(?:the|a|an|his|her|its|their){SPACE}+)?", re.IGNORECASE)
#: what opens an aside or a clause of its own between a head and a preposition of direction (`[Sergei Shoigu], who
#: flew in on Monday as the defence minister for [Moscow]`): its verb of travel is not the head's journey to the tail
_ASIDE = compiled(r",|;|\(|(?<![\w'\u2019-])(?:who|which|that|as|when|while|after|before)(?![\w'\u2019-])",
                  re.IGNORECASE)
#: the nouns of a journey or of those who make it, a head that ends with one going to the tail (`[Kim’s delegation]
#: to [Russia]`)
_JOURNEY_NOUNS = frozenset({"delegation", "delegations", "trip", "trips", "journey", "journeys", "visit", "visits",
                            "tour", "tours"})


@rule("V398", "travel-typed-otherwise", "a LEADER_OF, SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH, NATIONALITY, "
      "PART_OF or MEETS relation joins its head to a tail that a verb of travel or a journey's noun makes a journey's "
      "destination (`[Kim] arrived in [Russia]`, `[Vladivostok], where [Putin] arrived`, `[Kim]’s [Russia] trip`)",
      "type it TRAVELS_TO: a verb of travel states a journey, not an office, a nationality, a part or a meeting "
      "(docs/guidelines.md, Relations)")
def travel_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """A journey's arguments (a person and a state) fit OFFICIAL_OF, AFFILIATED_WITH, NATIONALITY, LEADER_OF and MEETS
    too, and a TRAVELS_TO typed as one of them (`[Putin] to visit [North Korea]` as Putin an official of North Korea,
    `[Kim Jong Un] arrived in [Russia]` as a Russian) passed every rule: V361 asks LEADER_OF and MEETS for a word of
    their own anywhere in the sentence (`ahead of his meeting with Putin`), and the other types for none. The title
    types are a title's, an apposition's or a modifier's (`_TITLE_RELATIONS`), never a clause's verb of travel, and a
    visit to a place is TRAVELS_TO, not MEETS (docs/guidelines.md, Relations). Read two ways. A head that comes first,
    its tail at most `_TRAVEL_REACH` characters on in its sentence, right after a verb of `labels.TRAVEL_WORDS` (arrive,
    travel, visit, tour, fly, cross, depart, ...), a preposition of direction and an article between; or a preposition
    of direction (`to`, `into`, `for`) right before the tail with a verb of travel after the head (`[Kim] would travel
    on his own to [two other cities]`, `[Kim] departed North Korea for [Russia]`) or a head that is a journey's noun
    (`[Kim’s delegation] to [Russia]`), unless a comma or a clause's opener lies between (`[Sergei Shoigu], who flew in
    as the defence minister for [Moscow]`); or a stretch of the way the tail owns after `of`, right after a verb of
    travel (`[he] had to travel the length of [his own nation]`) or after a preposition of the way (`through`, `across`,
    `around`, `along`) with a verb of travel or `making his way` between (`[Kim] was making his way through the forests
    of [Russia]`), which the preposition of direction may also be (`[Ana] flew across [Peru]`): the thirtieth session's
    attack passed 7 such retypings. And wherever the head stands in the sentence, a tail that is a place (a type
    TRAVELS_TO takes as tail) and a journey's destination: right after a verb of travel (or `head to`, `headed for`),
    right before a journey's noun (`[Kim Jong Un]’s [Russia] Trip`), before `where` and the head, which travels
    (`[Vladivostok], where [Putin] arrived`), or after a verb of going with someone in the passive, the head its agent
    after `by` (`Kim was joined in [Russia] by [Jo Chun Ryong]`: who joins a traveller in a place goes there, hard case
    26; 3 retypings passed the thirtieth session's attack); the twenty-ninth session's attack found 31 such retypings of
    release 1 passed (`[Kim] would travel ..., fly to ..., and then head to [Vladivostok]`, `travelling to [Russia] with
    [his top military officials]`). There a word of the relation's own type between the two spares it (`_OWN_WORDS`:
    `Kim flew to [Russia], where [Putin] is president`), as does a title that joins them or a possessive after the tail
    (`Kim visited [Russia]'s [defense minister]`: an owner). Not judged: another preposition before the tail (`visit
    factories in [Vladivostok]`), `left`, which also takes sides, `head` without a preposition of direction, a place
    that is a meeting's head, and a meeting with a person or body visited (`Kim Jong Un to visit [Putin]` is MEETS: the
    thirtieth session's mutation check found it refused). A type its arguments do not fit is V210's alone. No relation
    of release 1 or of the synthetic corpora is so written."""
    view, text = ctx.view, ctx.text or ""
    sentence = view.mention_sentence
    for i, r, head, tail in typed_relations(ctx, _NOT_JOURNEYS):
        if sentence.get(head.id) != sentence.get(tail.id) or not fits(view, r, head, tail):
            continue  # V217's, V210's
        word = journey_word(view, text, r.type, head, tail)
        if word is not None:
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[min(head.start, tail.start):max(head.end, tail.end)]!r}: {word!r} states a "
                      f"journey")


def journey_word(view: DocumentView, text: str, kind: str, head: Mention, tail: Mention) -> str | None:
    """The verb of travel or the journey's noun that makes the tail of a relation of `kind` (one of `_NOT_JOURNEYS`)
    its head's destination (V398), or None."""
    near = 0 <= tail.start - head.end <= _TRAVEL_REACH and LINE_BREAK_SET.isdisjoint(text[head.end:tail.start]) \
        and (kind != "MEETS" or view.mention_type.get(tail.id) in RELATION_TYPES["TRAVELS_TO"]["tail"])  # a person
    # visited is met
    return (_journey(text, head, tail) if near else None) or _destination(view, text, kind, head, tail)


#: the verbs of heading somewhere, a journey's only before a preposition of direction (`head to [Vladivostok]`; not
#: `[Kim], who heads [the party]`)
_HEADING = frozenset({"head", "heads", "headed", "heading"})
#: the nouns of a journey right after its destination (`Kim Jong Un’s [Russia] Trip`)
_JOURNEY_AFTER = compiled(rf"{SPACE}+(trips?|journeys?|visits?|tours?)(?![\w'\u2019-])", re.IGNORECASE)
#: a place that a relative clause makes the journey's destination, its traveller next (`[Vladivostok], where [Putin]
#: arrived`)
_WHERE = compiled(rf",?{SPACE}+where{SPACE}+", re.IGNORECASE)
#: the words that state a title relation's own type: a head and a destination that such a word lies between may be
#: joined by it (`Kim flew to [Russia], where [Putin] is president`)
_OWN_WORDS: dict[str, frozenset[str]] = {
    "LEADER_OF": LEADER_WORDS, "SPOKESPERSON_OF": SPOKESPERSON_WORDS, "OFFICIAL_OF": PERSON_TITLE_WORDS,
    "AFFILIATED_WITH": PERSON_TITLE_WORDS, "NATIONALITY": frozenset({
        "citizen", "citizens", "citizenship", "national", "nationals", "nationality", "native", "natives", "born",
        "passport", "passports", "compatriot", "compatriots", "countryman", "countrymen"}),
    "PART_OF": frozenset(), "MEETS": MEETING_WORDS}
#: the types a journey typed otherwise takes (V398): the title relations, and a meeting with the place visited
_NOT_JOURNEYS = _TITLE_RELATIONS | {"MEETS"}


def _destination(view: DocumentView, text: str, kind: str, head: Mention, tail: Mention) -> str | None:
    """The word that makes `tail`, a place, a journey's destination wherever the head stands in the sentence (a verb of
    travel right before it, a journey's noun right after it, or `where` the head travels), where no title joins the
    two and no word of `kind`'s own type lies between them; None where there is none."""
    if view.mention_type.get(tail.id) not in RELATION_TYPES["TRAVELS_TO"]["tail"] \
            or carried_by_title(text, head, tail, kind in OFFICE_RELATIONS) or POSSESSIVE.match(text, tail.end):
        return None
    found = _TRAVELLED_TO.search(text, max(tail.start - 40, 0), tail.start)
    verb = found.group(1).lower() if found is not None else ""
    at = found.span(1) if found is not None and (verb in TRAVEL_WORDS or (
        verb in _HEADING and (found.group(2) or "").lower() in ("to", "into", "for"))) else None
    after = _JOURNEY_AFTER.match(text, tail.end)
    joined = _JOINED_IN.search(text, max(tail.start - 40, 0), tail.start)
    if after is not None:
        at = after.span(1)
    elif joined is not None and tail.end <= head.start and _BY_COMPANION.fullmatch(text, tail.end, head.start):
        at = joined.span(1)
    elif at is None and tail.end <= head.start and _WHERE.fullmatch(text, tail.end, head.start):
        at = _travelled(text, head.end)
    if at is None:
        return None
    low, high = sorted((min(head.end, tail.end), max(head.start, tail.start)))
    words = text[low:max(low, min(at[0], high))] + " " + text[min(max(at[1], low), high):high]
    return None if _OWN_WORDS[kind].intersection(LETTER_RUNS.findall(words.lower())) else text[at[0]:at[1]]


def _travelled(text: str, start: int) -> tuple[int, int] | None:
    """Where the verb of travel lies whose subject ends at `start` (`where [Putin] arrived`, `where [he] would then
    fly`): the first word of `labels.TRAVEL_WORDS` within `_BEFORE_VERB_REACH` words of `_BEFORE_VERB` or adverbs in
    -ly, spaces only between them; None where there is none."""
    for _ in range(_BEFORE_VERB_REACH + 1):
        match = _NEXT_WORD.match(text, start)
        if match is None:
            return None
        word = match.group(1)
        if word.lower() in TRAVEL_WORDS:
            return match.span(1)
        if not (word.lower() in _BEFORE_VERB or _adverb(word)):
            return None
        start = match.end()
    return None


def _journey(text: str, head: Mention, tail: Mention) -> str | None:
    """The word that makes `tail` the place `head` goes to or through (`travel_typed_otherwise`), the head first: a
    verb of travel right before the tail or before a stretch of the way it owns (`travel the length of`); or a
    preposition of direction or of the way right before it or before such a stretch (`through the forests of`), and a
    verb of travel or `making his way` between, or a head that is a journey's noun; None where there is none."""
    found = _TRAVELLED_TO.search(text, head.end, tail.start)
    if found is not None and found.group(1).lower() in TRAVEL_WORDS:
        return found.group(1)
    stretch = _STRETCH_OF.search(text, head.end, tail.start)
    if stretch is not None and (stretch.group(2) or "").lower() in TRAVEL_WORDS:
        return stretch.group(2)
    if (_DIRECTION_BEFORE.search(text, head.end, tail.start) is None and (stretch is None or not stretch.group(1))) \
            or _ASIDE.search(text, head.end, tail.start):
        return None
    words = text[head.end:tail.start].lower().split()
    last = head.text.lower().split()[-1:]
    way = _MAKING_WAY.search(text, head.end, tail.start)
    return next((w for w in words if w in TRAVEL_WORDS), None) or next(iter(set(last) & _JOURNEY_NOUNS), None) \
        or (way.group(0) if way is not None else None)


@rule("V399", "event-typed-on-a-title", "a TRAVELS_TO, MEETS, SUPPLIES or RECEIVES relation joins two mentions that "
      "a title, a possessive or a modifier joins (`[North Korea]’s [Korean Central News Agency]`, `[Russian] Defense "
      "Minister [Sergei Shoigu]`)", "type it by the title (PART_OF, NATIONALITY, OFFICIAL_OF, LEADER_OF, ...): a "
      "journey, a meeting or a transfer is a clause's verb's, never a title's (docs/guidelines.md, Relations)")
def event_typed_on_a_title(ctx: DocContext) -> Iterator[Hit]:
    """The relations of an event (`labels.EVENT_RELATIONS`: TRAVELS_TO, MEETS, SUPPLIES, RECEIVES) are stated by a
    clause's verb, never by a title or a modifier (docs/guidelines.md, Relations), and their arguments' types fit
    those of a title's relations: a PART_OF, NATIONALITY or OFFICIAL_OF retyped TRAVELS_TO or MEETS (`[North
    Korea]’s [Korean Central News Agency]` as the agency's journey to North Korea) passed every rule. A relation of an
    event whose arguments the text joins as V362 reads a title (`carried_by_title`: the tail, an optional possessive
    and at most `_TITLE_REACH` title words before the head; an apposition or a title and `of` after the head; the
    tail inside the head) states no event. Not judged: arguments that other words join (a clause, however short:
    `[Kim] met [Putin]`). A type its arguments do not fit is V210's alone. No relation of an event of release 1 or of
    the synthetic corpora is so written."""
    text = ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, EVENT_RELATIONS):
        if carried_by_title(text, head, tail, False) and fits(ctx.view, r, head, tail):  # else V210's alone
            first, last = min(head.start, tail.start), max(head.end, tail.end)
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[first:last]!r}, a title or a modifier")

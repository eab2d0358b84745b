"""A transfer's two sides: an item whose relations in a sentence are all of one type, from parties that no
coordination joins (V411), a party whose effort to supply or receive the item is the other side's (V424), a party named
a supplier or a buyer of the item typed as the other side (V467), and a party that is where a war is fought or whom
it is fought against (V476)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, pairwise
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import FOLDED, SPACE, DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.quote_words import PREPOSITIONS
from vostochny.checking.rules.relation_words import both_sides, item_of, transfer_verb, word_before
from vostochny.checking.rules.relations import PLACE_ADJECTIVES, TRANSFER, fits
from vostochny.model.labels import RECEIVE_WORDS, SUPPLY_WORDS
from vostochny.model.tokenize import LINE_BREAK_SET
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation
    from vostochny.reading.view import DocumentView

#: what lies between two parties that one verb takes together (`[North Korea] and [Iran] supply`, `[Russia], [China]
#: or [Iran]`, `[Iran], along with [North Korea],`, `[Russia] and its ally [Belarus]`): a comma, `and`, `or`, `nor`,
#: `as well as`, `along with`, `together with`, an adverb after them (`and possibly`, `and also`), an article or
#: `its ally` after them, on one line
_COORDINATED = compiled(
    rf",?{SPACE}*(?:(?:and|or|nor|as{SPACE}+well{SPACE}+as|along{SPACE}+with|together{SPACE}+with|&)"
    rf"{SPACE}+(?:(?:also|possibly|perhaps|probably|reportedly){SPACE}+)?)?"
    rf"(?:(?:the|its{SPACE}+ally|their{SPACE}+ally){SPACE}+)?", re.IGNORECASE)


@rule("V411", "transfer-one-sided", "an item's transfer relations in a sentence are all SUPPLIES, or all RECEIVES, "
      "from two parties that no coordination joins", "type each party by its side: the one that gives the item is "
      "SUPPLIES' head, the one that gets it RECEIVES' (docs/guidelines.md, Relations)")
def transfer_one_sided(ctx: DocContext) -> Iterator[Hit]:
    """A transfer is two relations on the same item mention, SUPPLIES(supplier, item) and RECEIVES(recipient, item)
    (docs/guidelines.md, Relations), and the two types accept the same arguments: one of them retyped as the other
    (`[Moscow] would demand [anti-tank missiles] ... from [North Korea]` with Moscow a supplier) leaves the item two
    suppliers and no recipient, which V360 and V397 see only where a verb right after the party or a preposition right
    before it says the side (an attack on release 1 found 42 of 66 such retypings passed). Two parties of one side are
    coordinated, taken together by one verb (`[North Korea] and [Iran] supply [drones]`): an item whose relations in
    the sentence of its mention are all of one type, from two or more entities, is refused where two of those parties
    that follow each other in the text are joined by other words than a comma, `and`, `or`, `nor` or `as well as`
    (`_COORDINATED`). The later relation of the group is reported, with the first. Not judged: a party inside another
    or crossing it, a relation whose arguments do not fit its type (V210's) or that links an entity to itself
    (V222's), and which of the two is the wrong one (the words are V360's and V397's to read). Every transfer of
    release 1 and of the synthetic corpora has both sides or coordinated parties."""
    view, text = ctx.view, ctx.text or ""
    for group in _one_sided(view):
        found = [(i, r, head) for i, r, head, tail in (_arguments(ctx, i) for i in group)
                 if head is not None and tail is not None and fits(view, r, head, tail)
                 and view.mention_sentence.get(head.id) == view.mention_sentence.get(tail.id)]
        if len(found) < 2 or len({h.entity for _, _, h in found}) < 2:
            continue
        heads = sorted({h.id: h for _, _, h in found}.values(), key=lambda m: (m.start, m.end))
        if any(a.end > b.start for a, b in pairwise(heads)) \
                or all(_COORDINATED.fullmatch(text, a.end, b.start) for a, b in pairwise(heads)):
            continue  # a party inside another, or crossing it; or parties one verb takes together
        (_, first, _), (i, r, head) = found[0], found[-1]
        yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} and {first.id} are both {r.type} of {r.tail} "
                  f"({head.text!r} and {view.mentions[first.head].text!r}): no party of the other side")


def _one_sided(view: DocumentView) -> list[list[int]]:
    """The indices of the transfers of each item mention that has two or more, all of one type (read on the columns:
    most items have both sides, or one relation)."""
    groups: dict[str, list[int]] = {}
    types = view.column("relations", "type")
    for i, tail in zip(compress(range(len(types)), map(TRANSFER.__contains__, types)),
                       compress(view.column("relations", "tail"), map(TRANSFER.__contains__, types)), strict=True):
        groups.setdefault(tail, []).append(i)
    return [group for group in groups.values() if len(group) > 1 and len({types[i] for i in group}) == 1]


def _arguments(ctx: DocContext, i: int) -> tuple[int, Relation, Mention | None, Mention | None]:
    """Relation `i` and its head's and tail's mentions (None where one is no mention inside the text: V209, V201)."""
    r, mentions, size = ctx.doc.relations[i], ctx.view.mentions, len(ctx.text or "")
    head, tail = mentions.get(r.head), mentions.get(r.tail)
    inside = head is not None and tail is not None and max(head.end, tail.end) <= size
    return i, r, head if inside else None, tail if inside else None


@rule("V424", "transfer-against-effort", "a transfer's party makes an effort, a bid or an attempt to supply (or to "
      "receive) its item, or seeks (or supplies) more in addition to it, but the relation is of the other side",
      "swap the type: the one whose effort is to acquire the item, or who seeks more besides it, is RECEIVES' head, "
      "to supply it SUPPLIES' (docs/guidelines.md, Relations)")
def transfer_against_effort(ctx: DocContext) -> Iterator[Hit]:
    """The subject of a verb of supplying is the supplier and that of a verb of receiving the recipient
    (docs/guidelines.md, Relations), and a noun of trying gives its infinitive the subject it has as its own: in
    `[North Korean] efforts to acquire [spy satellites]` and `[the country]'s bid to acquire [spy satellites]` North
    Korea acquires. V360 reads only a party followed by auxiliaries and `to` (`[North Korea] to supply`), and takes a
    subject pronoun between the head and the item; the relation on the name of the party that an adjective or a
    possessive repeats before `efforts to` or `bid to` retyped as the other side passed every rule (an attack on
    release 1: 4 of the 7 retypings of SUPPLIES and RECEIVES that passed). A transfer whose head's entity has a mention
    in the head's sentence, before the item, followed by a possessive or nothing and a noun of trying (`_EFFORT_WORDS`:
    efforts, bid, attempt, quest, drive, push, ambition, desire, campaign, plan) and `to`, then a verb of the other
    side (`labels.SUPPLY_WORDS`, `labels.RECEIVE_WORDS`) whose object is the item, as V360 reads them, is refused.
    A state's adjective made of its name (`North Korean` of `North Korea`, `Iranian` of `Iran`: `_adjectives_of`),
    marked as a NORP mention or not, stands for the state before a noun of trying as its possessive does: `[North
    Korea]'s committee ... linked with North Korean efforts to acquire [spy satellites]` as SUPPLIES passed (the
    thirty-first session's sweep); after a possessive or at its sentence's start too (`Pyongyang’s North Korean
    efforts`, `... in Vladivostok. North Korean efforts` passed until the thirty-third session: a capitalised word
    before it was taken for a longer name's, `South Korean` of `Korea`). A phrase of adding says the side too
    (`_added_to`): in `Analysts say that in addition to [advanced weaponry] for North Korea's ... program, [Kim] is
    also seeking food`, Kim seeks the weaponry as well as the food, and RECEIVES retyped SUPPLIES passed every rule
    (the thirty-third session's sweep): a transfer whose item follows `in addition to` or `besides` (or, since the
    thirty-fourth session, `as well as`, `apart from`, `on top of`, `along with`) opening its clause, whose head
    follows the phrase's one comma as the main clause's subject, with a verb of the other side (a verb of seeking,
    not before `to`, on the receiving side) as V360 reads it, is refused; so, since the thirty-fifth session, is
    one whose phrase of adding is an aside between commas right after its head, the clause's subject (`[Russia], in
    addition to [artillery shells], is also seeking drones`, `_added_after_subject`; since the thirty-seventh session
    past a belief's passive too, `is also believed to be seeking`). Not judged: a noun of trying
    with words between it and its party (`[North Korea]'s long-running efforts`), an adjective not made of the name
    (`Dutch`), a party after its item but for the main clause after a phrase of adding, a party before its item but
    for a subject before an aside of adding (not a preposition's object: `sold oil to [Russia], in addition to ...`),
    a phrase of adding that holds a verb of transfer (`In addition to [the shells] it received from Iran, [Russia]
    has sold oil`: refused until the thirty-fourth session), and an entity that is both sides of the item in its
    sentence (V259's)."""
    view, text = ctx.view, ctx.text or ""
    types = view.column("relations", "type")
    if TRANSFER.isdisjoint(types):
        return
    tails = view.column("relations", "tail")
    for i in compress(range(len(types)), map(TRANSFER.__contains__, types)):
        at = view.mention_sentence.get(tails[i], -1)
        tries, adds = _holds(view, at, _EFFORT_WRITTEN), _holds(view, at, _ADDING_WRITTEN)
        if not (tries or adds):
            continue  # most sentences have no noun of trying and no `in addition to`
        _, r, head, tail = _arguments(ctx, i)
        if head is None or tail is None or view.mention_sentence.get(head.id) != view.mention_sentence.get(tail.id):
            continue
        supplies = r.type == "SUPPLIES"
        own, other = (SUPPLY_WORDS, RECEIVE_WORDS) if supplies else (RECEIVE_WORDS, SUPPLY_WORDS)
        party = _effort_of(view, text, head, tail, own, other) if tries else None
        reads = (party, tail.end) if party is not None else _added_to(view, text, head, tail, supplies) if adds \
            else None
        if reads is not None and not both_sides(view, head, tail):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[reads[0]:reads[1]]!r}")


#: the nouns of trying or seeking whose infinitive's subject is their possessor (`[the country]'s bid to acquire`), as
#: written in lower case or capitalised
_EFFORT_WORDS = frozenset({"effort", "efforts", "bid", "bids", "attempt", "attempts", "quest", "drive", "push",
                           "ambition", "ambitions", "desire", "campaign", "plan", "plans"})
_EFFORT_WRITTEN = _EFFORT_WORDS | {word.capitalize() for word in _EFFORT_WORDS}
#: a possessive and a noun of trying right after a party (`[North Korean] efforts`, `[the country]'s bid`), up to the
#: space before the infinitive that V360 reads (`to acquire`)
_EFFORT = compiled(rf"(?:['\u2019]s)?{SPACE}+(?:{'|'.join(sorted(_EFFORT_WORDS))})(?={SPACE}+to{SPACE})",
                   re.IGNORECASE)


def _holds(view: DocumentView, at: int, words: frozenset[str]) -> bool:
    """Whether sentence `at` holds one of `words` (a noun of trying, `_EFFORT_WRITTEN`, or a word of adding,
    `_ADDING_WRITTEN`) as a token, read once per view."""
    key = ("holds", at, words)
    if key not in view.derived:
        ranges = view.token_ranges("sentences")
        first, end = ranges[at] if 0 <= at < len(ranges) else (0, 0)
        view.derived[key] = not words.isdisjoint(view.token_texts[first:end])
    return view.derived[key]  # type: ignore[no-any-return]


#: the verbs of seeking, which make their subject the recipient of what they take, as the verbs of receiving do
#: (`[Kim] is also seeking food`); before `to`, another verb is the one that says the side (`seeks to sell`)
_SEEK_WORDS = frozenset({"seek", "seeks", "seeking", "sought"})
_SEEKING = RECEIVE_WORDS | _SEEK_WORDS
#: the words that open a phrase adding an item to what a clause's verb takes (`in addition to`, `besides`), as
#: tokens, in lower case or capitalised
_ADDING_WRITTEN = frozenset({"addition", "Addition", "besides", "Besides", "well", "apart", "Apart", "top", "along",
                             "Along"})
#: `in addition to`, `besides`, `as well as`, `apart from`, `on top of` or `along with` (the last four since the
#: thirty-fourth session) and at most a determiner right before an item (group `phrase`: the words of adding)
_ADDED = compiled(rf"(?<![\w'\u2019-])(?P<phrase>in{SPACE}+addition{SPACE}+to|besides|as{SPACE}+well{SPACE}+as"
                  rf"|apart{SPACE}+from|on{SPACE}+top{SPACE}+of|along{SPACE}+with)"
                  rf"{SPACE}+(?:(?:the|a|an|its|their|his|her|more|some){SPACE}+)?\Z", re.IGNORECASE)
#: a comma or `that` and spaces right before a phrase of adding that opens its clause (`Analysts say that in addition
#: to`); at the start of its sentence, nothing
_CLAUSE_START = compiled(rf"(?:,|(?<![\w'\u2019-])that){SPACE}*\Z", re.IGNORECASE)


def _added_to(view: DocumentView, text: str, head: Mention, tail: Mention, supplies: bool) -> tuple[int, int] | None:
    """The span from `in addition to` before the item to the verb of the other side than `supplies` says whose subject
    is the head, the main clause's subject after the phrase's comma (`in addition to [advanced weaponry] for North
    Korea's ... program, [Kim] is also seeking food`: Kim seeks the weaponry too), or None. The phrase opens its
    clause (`_CLAUSE_START`), one comma lies between the item and the head, right before the head, on one line, and
    the head's verb is read as V360 reads it (`transfer_verb`), a verb of seeking on the receiving side, not before
    `to` (`seeks to sell`), and no verb of transfer between the item and the head (`in addition to [the shells] it
    received from Iran, [Russia] has sold oil`: the relative clause says the shells' side; V424 refused it until the
    thirty-fourth session)."""
    at = view.mention_sentence.get(head.id, -1)
    if not 0 <= at < len(view.doc.sentences):
        return None
    if head.end <= tail.start:
        return _added_after_subject(view, text, head, tail, supplies, at)
    if tail.end > head.start:
        return None
    sentence, between = view.doc.sentences[at], text[tail.end:head.start]
    added = _ADDED.search(text, max(sentence.start, tail.start - 40), tail.start)
    opens = added is not None and (not text[sentence.start:added.start()].strip() or bool(
        _CLAUSE_START.search(text, max(sentence.start, added.start() - 12), added.start())))
    if added is None or not opens or between.count(",") != 1 or not LINE_BREAK_SET.isdisjoint(between) \
            or not _CLAUSE_OPENS.search(text, max(head.start - 8, 0), head.start) \
            or not _TRANSFER_WORDS.isdisjoint(w.lower() for w in _WORDS.findall(between)):
        return None  # (a verb of transfer inside the phrase, `the shells it received from Iran`, says the side)
    own, other = (SUPPLY_WORDS, _SEEKING) if supplies else (_SEEKING, SUPPLY_WORDS)
    verb = transfer_verb(text, head.end, sentence.end, own, other)
    if verb is None or (verb.group(1).lower() in _SEEK_WORDS and _TO.match(text, verb.end())):
        return None
    return added.start("phrase"), verb.end()


def _added_after_subject(view: DocumentView, text: str, head: Mention, tail: Mention, supplies: bool,
                         at: int) -> tuple[int, int] | None:
    """The span from the head to the verb of the other side than `supplies` says whose subject is the head, where a
    phrase of adding set off by commas right after the head holds the item (`[Russia], in addition to [artillery
    shells], is also seeking drones`: Russia seeks the shells too), or None. The head is no preposition's object (`to
    [Russia], in addition to [the shells], ...`), one comma lies between it and the phrase and one after the item,
    the aside is on one line and holds no verb of transfer (`... [the shells] it received from Iran, ...`), and the
    verb right after the aside's comma is read as `_added_to` reads it."""
    sentence = view.doc.sentences[at]
    added = _ADDED.search(text, max(head.end, tail.start - 40), tail.start)
    comma = text.find(",", tail.end, sentence.end)
    before = word_before(text, max(head.start - 40, sentence.start), head.start)
    if added is None or comma < 0 or not _ASIDE_OPENS.fullmatch(text, head.end, added.start()) \
            or (before is not None and before.group(1).lower() in PREPOSITIONS) \
            or not LINE_BREAK_SET.isdisjoint(text[head.end:comma]) \
            or not _TRANSFER_WORDS.isdisjoint(w.lower() for w in _WORDS.findall(text, tail.end, comma)):
        return None
    own, other = (SUPPLY_WORDS, _SEEKING) if supplies else (_SEEKING, SUPPLY_WORDS)
    verb = transfer_verb(text, comma + 1, sentence.end, own, other)
    if verb is None or (verb.group(1).lower() in _SEEK_WORDS and _TO.match(text, verb.end())):
        return None
    return head.start, verb.end()


#: the comma and spaces between a clause's subject and a phrase of adding set off after it (`[Russia], in addition
#: to`)
_ASIDE_OPENS = compiled(rf",{SPACE}*")
#: the words of either side of a transfer: one in a relative clause inside the phrase of adding (`in addition to [the
#: shells] it received from Iran, [Russia] has sold ...`) says the item's side, not the main clause's verb
_TRANSFER_WORDS = SUPPLY_WORDS | _SEEKING
_WORDS = compiled(r"[^\W\d_]+")
#: `to` right after a verb (`seeks to sell`: the infinitive says the side)
_TO = compiled(rf"{SPACE}+to{SPACE}")


def _effort_of(view: DocumentView, text: str, head: Mention, tail: Mention, own: frozenset[str],
               other: frozenset[str]) -> int | None:
    """The start of a mention of the head's entity before the item whose effort is a verb of `other` taking the item
    (`[North Korean] efforts to acquire [spy satellites]`), or None."""
    at = view.mention_sentence.get(head.id, -1)
    if not 0 <= at < len(view.doc.sentences):
        return None
    start = view.doc.sentences[at].start
    parties = [(m.start, m.end) for m in map(view.doc.mentions.__getitem__, mentions_starting(view, start, tail.start))
               if m.entity == head.entity and m.end <= tail.start and view.mention_sentence.get(m.id) == at]
    for begin, end in parties + _adjectives_of(view, text, head, start, tail.start):
        effort = _EFFORT.match(text, end, tail.start)
        verb = None if effort is None else transfer_verb(text, effort.end(), tail.start, own, other)
        if verb is not None and item_of(view, text, verb.end(), tail.start, other is SUPPLY_WORDS):
            return begin
    return None


#: the endings that make a state's adjective of its name (`North Korea` -> `North Korean`, `Iran` -> `Iranian`,
#: `China` -> `Chinese`, `Ukraine` -> `Ukrainian`, `Israel` -> `Israeli`), after the name or the name less its last
#: vowel
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i")
#: a capitalised word and spaces right before an adjective: the adjective is the end of a longer name (`South Korean`
#: of `Korea`); not a possessive (`Pyongyang’s North Korean efforts`) nor a word that ends a sentence (read inside the
#: adjective's sentence only: `... in Vladivostok. North Korean efforts`)
_CAPITALISED_BEFORE = compiled(rf"[A-Z][\w'\u2019.-]*(?<!['\u2019]s){SPACE}+\Z")


def _adjectives_of(view: DocumentView, text: str, head: Mention, start: int, end: int) -> list[tuple[int, int]]:
    """The spans from `start` to `end` of the adjective of the head's state (a GPE) made of its name
    (`_ADJECTIVE_ENDINGS`: `North Korean` of `North Korea`) before a noun of trying (`_EFFORT`): an adjective of a
    state stands for it before `efforts` as its name's possessive does (`North Korean efforts to acquire`, `North
    Korea's efforts to acquire`), marked as a NORP mention or not; not one that ends a longer capitalised name
    (`South Korean` of `Korea`; the word before read inside the sentence from `start`, and not a possessive) or lies
    inside a mention longer than itself."""
    entity = view.entities.get(head.entity)
    if entity is None or entity.type != "GPE":
        return []
    names = {entity.name, head.text} if head.kind == "name" else {entity.name}
    found = []
    for match in _adjective_pattern(frozenset(names)).finditer(text, start, end):
        if _CAPITALISED_BEFORE.search(text, max(match.start() - 40, start), match.start()) or any(
                m.start <= match.start() and match.end() <= m.end and (m.start, m.end) != match.span()
                for m in map(view.doc.mentions.__getitem__, mentions_starting(view, start, match.start()))):
            continue  # the end of a longer name, or inside a longer mention
        found.append(match.span())
    return found


@lru_cache(maxsize=1024)
def _adjective_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """The adjectives of a state made of its `names` (`_ADJECTIVE_ENDINGS`, on each name and on it less its last
    vowel), longest first, as whole words: compiled once per set of names (`_adjectives_of` reads it for each transfer
    whose sentence holds a noun of trying)."""
    stems = {stem for name in names for stem in (name, name[:-1] if name[-1:] in "aeiouy" else name) if stem}
    forms = sorted({stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'\u2019-])(?:{'|'.join(map(re.escape, forms))})(?=\W)")  # of this state only


#: the nouns that name the one who supplies (or receives) what `of` introduces after them (`a big supplier of
#: [weapons]`, `the main buyer of [shells]`), in lower case
_SUPPLIER_NOUNS = frozenset({"supplier", "suppliers", "provider", "providers", "exporter", "exporters", "seller",
                             "sellers", "vendor", "vendors", "producer", "producers"})
_RECEIVER_NOUNS = frozenset({"buyer", "buyers", "importer", "importers", "purchaser", "purchasers", "recipient",
                             "recipients", "customer", "customers"})
#: a noun of supplying or receiving and `of` right before an item, an article and at most three words before it
#: (group 1: the article or the verb of being before it, group 2: the noun)
_NOUN_OF = compiled(rf"(?<![\w'\u2019-])(a|an|the|is|are|was|were|been|be|being|remains|became|becomes)"
                    rf"(?:{SPACE}+[^\W\d_][\w-]*){{0,3}}?{SPACE}+([^\W\d_]+){SPACE}+of{SPACE}+\Z", re.IGNORECASE)
#: what lies between a party and the article of its apposition or the verb of being (`[Seoul], a big supplier of`,
#: `[Seoul] is a big supplier of`, `[Seoul] has long been a supplier of`)
_PREDICATED = compiled(rf"(?:,{SPACE}+|{SPACE}+(?:(?:is|are|was|were|has|have|had|also|long|still|now|been|become|"
                       rf"became|remains|remained)(?:{SPACE}+|\Z))*)\Z", re.IGNORECASE)
#: the words that open a participle clause before its subject (`Despite being a big supplier of [weapons], [Seoul]`)
_PARTICIPLE = compiled(rf"(?<![\w'\u2019-])being{SPACE}+\Z", re.IGNORECASE)
#: a comma right before a mention: the main clause's subject after a participle clause (`..., [Seoul] is not allowed`)
_CLAUSE_OPENS = compiled(rf",{SPACE}+\Z")


#: a verb of fulfilling a wish, at most four words, and a noun of wishing with `for` right before an item
#: (`fulfilling any North Korean wish lists for [technology]`; group 1: the verb)
_FULFILLED = compiled(rf"(?<![\w'\u2019-])(fulfil|fulfils|fulfill|fulfills|fulfilled|fulfilling|grant|grants|granted|"
                      rf"granting|satisfy|satisfies|satisfied|satisfying)(?:{SPACE}+[^\W\d_][\w'\u2019-]*){{0,4}}?"
                      rf"{SPACE}+(?:wish{SPACE}+lists?|wishlists?|shopping{SPACE}+lists?|requests?|demands?)"
                      rf"{SPACE}+for{SPACE}+\Z", re.IGNORECASE)
#: the types of a mention that may act: another one between a party and its verb may be the verb's subject
_AGENTS = frozenset({"PER", "ORG", "GPE", "NORP"})


@rule("V467", "transfer-against-noun", "a transfer's party is named a supplier (or a buyer) of its item, or fulfils "
      "a wish list for it, but the relation is of the other side", "swap the type: a supplier, provider or exporter "
      "of the item, or the one who fulfils a wish list for it, is SUPPLIES' head, a buyer, importer or recipient "
      "RECEIVES' (docs/guidelines.md, Relations)")
def transfer_against_noun(ctx: DocContext) -> Iterator[Hit]:
    """A noun of supplying names the supplier as a verb's subject does (docs/guidelines.md, Relations): `[Seoul], a big
    supplier of [weapons]`, `[Seoul] is a supplier of [weapons]` and `Despite being a big supplier of [weapons] ...,
    [Seoul] is not allowed to contribute` make Seoul SUPPLIES' head, and a buyer, importer or recipient of the item
    RECEIVES'. V360 reads verbs only: the last, retyped RECEIVES, passed every rule (the thirty-first session's sweep).
    A transfer whose item follows a noun of one side and `of` (`_SUPPLIER_NOUNS`, `_RECEIVER_NOUNS`; an article and
    at most three words before the noun) is refused as the other side where its head is the one the noun is said of:
    right before it, the article after a comma (an apposition) or a form of be between (`_PREDICATED`); or, where
    `being` opens its clause (`despite being`), a head after the item right after a comma (the main clause's subject,
    taken to be the party). So does fulfilling a wish: the one who fulfils, grants or satisfies a wish list, a request
    or a demand for an item supplies it (`[Putin] was prepared to go in fulfilling any North Korean wish lists for
    [technology]`, retyped RECEIVES, passed too), its head before the verb with no comma and no other mention of a
    person, body, state or people between (`_subject_of`). Not judged: a party that a preposition introduces (`a
    supplier of [arms] to [Kiev]`: Kiev receives), the noun with more words before the item (`a supplier of spare
    parts for [tanks]`), and an entity both sides of the item in its sentence (V259's). Each pattern is searched for
    only where the item follows its last word (`of`, `for`): a search tries it at each offset of 80 or 100 characters,
    and few items follow either (thirty-sixth session)."""
    view, text = ctx.view, ctx.text or ""
    types = view.column("relations", "type")
    if TRANSFER.isdisjoint(types) or " of " not in text:
        return
    for i in compress(range(len(types)), map(TRANSFER.__contains__, types)):
        _, r, head, tail = _arguments(ctx, i)
        if head is None or tail is None or view.mention_sentence.get(head.id) != view.mention_sentence.get(tail.id):
            continue
        before = text[max(tail.start - 100, 0):tail.start].rstrip().lower()
        noun = _NOUN_OF.search(text, max(tail.start - 80, 0), tail.start) if before.endswith("of") else None
        if noun is None:
            wish = _FULFILLED.search(text, max(tail.start - 100, 0), tail.start) \
                if r.type == "RECEIVES" and before.endswith("for") else None
            if wish is not None and _subject_of(view, text, head, wish.start(1)) and not both_sides(view, head, tail):
                yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} RECEIVES({head.text!r}, {tail.text!r}): "
                          f"{head.text!r} fulfils the wish ({text[wish.start():tail.end]!r})")
            continue
        word = noun.group(2).lower()
        if word not in (_RECEIVER_NOUNS if r.type == "SUPPLIES" else _SUPPLIER_NOUNS):
            continue  # most items follow no such noun, or one of their own side
        opened = noun.group(1).lower() == "being" or bool(_PARTICIPLE.search(text, max(noun.start(1) - 12, 0),
                                                                              noun.start(1)))
        if _said_of(text, head, noun.start(1), opened) and not both_sides(view, head, tail):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): "
                      f"{head.text!r} is the {word} of the item ({text[noun.start():tail.end]!r})")


def _said_of(text: str, head: Mention, at: int, opened: bool) -> bool:
    """Whether the noun phrase (or the verb of being) at `at` is said of the head: the head before it with a comma or a
    form of be between (`_PREDICATED`), or, where `being` `opened` its clause, the head after it right after a comma
    (the main clause's subject)."""
    if head.end <= at:
        return bool(_PREDICATED.fullmatch(text, head.end, at))
    return opened and bool(_CLAUSE_OPENS.search(text, max(head.start - 8, 0), head.start))


def _subject_of(view: DocumentView, text: str, head: Mention, verb: int) -> bool:
    """Whether the head is taken to be the subject of the verb at `verb`: before it in its sentence, on one line, no
    mention of an entity that may act (`_AGENTS`) and no comma between."""
    if head.end > verb or "," in text[head.end:verb] or not LINE_BREAK_SET.isdisjoint(text[head.end:verb]):
        return False
    types = view.entity_type
    return not any(types.get(m.entity) in _AGENTS and m.entity != head.entity
                   for m in map(view.doc.mentions.__getitem__, mentions_starting(view, head.end, verb)))


#: the nouns of a war or a fight, whose object after `in`, `against`, `on`, `of` or `with` is where it is fought or
#: whom it is fought against (`the war in [Ukraine]`, `Putin's war against [Ukraine]`, `Moscow's invasion of
#: [Ukraine]`, `its "sacred fight" with [the West]`), `efforts` after them (`Russia's war efforts in [Ukraine]`); a
#: participle of fighting between (`the war being fought in [Ukraine]`, `the war now raging in`), and a battle's object
#: after `for` too (`the battle for [Ukraine]`: the place fought over), both since the thirty-sixth session (`the
#: fight for [Ukraine]` may be on its side); a relative clause whose subject is a name and whose verb wages or starts
#: the war (`the war Russia is waging in [Ukraine]`, `the war that Moscow launched against`: since the thirty-seventh)
_WAR_NOUNS = ("war|wars|conflict|conflicts|invasion|fighting|fight|aggression|offensive|attack|attacks|struggle|"
              f"occupation|military{SPACE}+operation|battles?")
#: since the thirty-seventh session also `of attrition` and the war's age (`its grinding war of attrition in
#: [Ukraine]`, `the war now in its second year in [Ukraine]`), a weapon's `use against` (`for use against
#: [Ukraine]`: whom it is used against), `launched` and a battle's `over`, and the relative clause above
_FOUGHT = (rf"(?:{SPACE}+of{SPACE}+attrition)?(?:{SPACE}+(?:(?:now|still|currently){SPACE}+)?(?:(?:being{SPACE}+)?"
           rf"(?:fought|waged|launched|raging|unfolding|continuing|ongoing)|in{SPACE}+its{SPACE}+[^\W_]+{SPACE}+"
           r"(?:year|month|week|day))"
           rf"|(?:{SPACE}+(?:that|which))?(?:{SPACE}+(?-i:[A-Z][\w.\u2019'-]*)){{1,3}}"
           rf"(?:{SPACE}+(?:is|was|has|had|have|are|were)(?:{SPACE}+been)?)?"
           rf"{SPACE}+(?:waging|waged|wages|fighting|fought|fights|launched|started|began|begun|unleashed))?")
_WAR_OBJECT = compiled(rf"(?<![\w'\u2019-])(?:(?:{_WAR_NOUNS})[\"\u201d]?(?:{SPACE}+efforts?)?{_FOUGHT}{SPACE}+"
                       rf"(?:in|against|on|of|with)|battles?{SPACE}+(?:for|over)|use{SPACE}+against)"
                       rf"(?:{SPACE}+the)?{SPACE}+"
                       rf"(?-i:{PLACE_ADJECTIVES}{{0,2}})\Z", re.IGNORECASE)
#: a place or side named right before `war` or `conflict`, after `the` (`Amid the [Ukraine] war`), not before `war
#: effort` (`the Russia war effort` may be its recipient's)
_WAR_MODIFIER_AFTER = compiled(rf"{SPACE}+(?:war|conflict)(?![\w'\u2019-])(?!{SPACE}+efforts?)", re.IGNORECASE)


@rule("V476", "transfer-party-in-a-war", "a transfer's party is the place or the opponent of a war its sentence names "
      "(`the war in [Ukraine]`, `the [Ukraine] war`), no side of the transfer", "point the party at the one that "
      "supplies or receives: the verb's subject, the object after `to` or `from` (docs/guidelines.md, Relations)")
def transfer_party_in_a_war(ctx: DocContext) -> Iterator[Hit]:
    """A transfer's parties are who supplies and who receives the item (docs/guidelines.md, Relations); a mention that
    is the object of a preposition after a noun of war (`for Moscow's war in [Ukraine]`, `Moscow's invasion of
    [Ukraine]`, `Putin's war against [Ukraine]`) or the place before `war` (`Amid the [Ukraine] war`) names where the
    war is fought or whom it is fought against, which is none of them. The thirty-third session's relation-argument
    sweep moved a SUPPLIES or RECEIVES head of release 1 onto such a `Ukraine` 17 times and every edit passed: V360 and
    V411 read the verb of supplying, not which party is its subject. Read: the words right before the head (a noun of
    war, `efforts`, a preposition, `the` and, since the thirty-fifth session, up to two adjectives of a place and
    Moscow's `special military operation`: `_WAR_OBJECT`; `the war in eastern [Ukraine]`, `war against neighbouring
    [Ukraine]`; since the thirty-sixth session a participle of fighting between, `the war being fought in [Ukraine]`,
    and a battle's place after `for`, `the battle for [Ukraine]`; since the thirty-seventh the war's age and `of
    attrition` between, `the war now in its second year in [Ukraine]`, `its grinding war of attrition in [Ukraine]`,
    a weapon's target, `for use against [Ukraine]`, `launched`, a battle's `over`, and a relative clause whose subject
    is a name, `the war Russia is waging in [Ukraine]`) or around it (`the [X] war`). Not judged: a `fight
    for` a party (fought on its side, maybe its recipient's), a head whose entity
    the sentence names elsewhere too, but in such a phrase or as a possessor (`Kyiv's other allies`): the entity may be
    a party, its mention the wrong one (`[Ukraine] receives arms for the war in Ukraine`), a war's possessor (`Moscow's
    war`: often the recipient), a type the arguments do not fit (V210's)."""
    view, text = ctx.view, ctx.text or ""
    types = view.column("relations", "type")
    if TRANSFER.isdisjoint(types):
        return
    for i in compress(range(len(types)), map(TRANSFER.__contains__, types)):
        _, r, head, _tail = _arguments(ctx, i)
        if head is None or _tail is None or not fits(view, r, head, _tail):
            continue
        if not in_a_war(text, head.start, head.end):
            continue
        sentence = view.sentence_of(head.start)
        starts = view.sentence_starts
        first = starts[sentence] if sentence >= 0 else 0
        last = starts[sentence + 1] - 1 if sentence + 1 < len(starts) else len(text)
        mentions = view.doc.mentions
        if any(m.entity == head.entity and m.id != head.id and not in_a_war(text, m.start, m.end)
               and not _POSSESSIVE.match(text, m.end) for m in map(mentions.__getitem__,
                                                                     mentions_starting(view, first, last))):
            continue
        yield Hit(pointer("relations", i, "head"), r.head, f"{r.id} {r.type}({head.text!r}, {_tail.text!r}): "
                  f"{head.text!r} is where a war is fought or whom it is fought against")


#: a possessive right after a mention (`[Kyiv]'s other allies`): a possessor, no party of the sentence's transfer
_POSSESSIVE = compiled("['\u2019\u02bc]")


#: each noun of `_WAR_NOUNS` (but `military operation`'s last word), in lower case, its forms in `-s` and `-ing` left
#: out, and `use against`'s `against`: `_WAR_OBJECT` is searched for only before a mention whose 60 characters before
#: hold one
_WAR_PIECES = ("war", "conflict", "invasion", "fight", "aggression", "offensive", "attack", "struggle", "occupation",
               "operation", "battle", "against")


def in_a_war(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is the object of a preposition after a noun of war (`_WAR_OBJECT`) or the
    place before `war` after `the` (`the [Ukraine] war`). `_WAR_OBJECT`, tried at each of the 60 offsets before the
    mention, is searched for only where they hold a noun of war in lower case (`_WAR_PIECES`), or a character of
    `base.FOLDED`, which a search ignoring case matches otherwise (thirty-sixth session)."""
    before = text[max(start - 60, 0):max(start, 0)]
    war = any(map(before.lower().__contains__, _WAR_PIECES)) or any(map(before.__contains__, FOLDED))
    return bool((war and _WAR_OBJECT.search(text, max(start - 60, 0), start)) or (
        _WAR_MODIFIER_AFTER.match(text, end) and text[max(start - 5, 0):start].lower().split()[-1:] == ["the"]))

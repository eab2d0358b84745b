"""Where a relation's arguments lie against each other and the words that state it: a title relation whose head or
tail a title joins to a third mention (V419), arguments in two parts of a sentence that state nothing together or one
inside the other (V420), a head that is the speaker of the clause that states the relation (V421), a party of a
journey or a meeting after a preposition of place (V472), and a traveller that is the party met (V473)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import (
    SPACE,
    DocContext,
    Hit,
    find_all,
    mentions_starting,
    names_entity,
    rule,
    text_in_lower_case,
)
from vostochny.checking.rules.quote_words import of_saying_cached
from vostochny.checking.rules.relation_words import (
    OFFICE_RELATIONS,
    carried_by_title,
    journey_word,
    leads_to,
    named_after,
    typed_relations,
    word_before,
)
from vostochny.checking.rules.relations import PLACE_ADJECTIVES, fits
from vostochny.model.labels import (
    EVENT_RELATIONS,
    LEADER_WORDS,
    PERSON_TITLE_WORDS,
    RELATION_TYPES,
    SPOKESPERSON_WORDS,
)
from vostochny.patterns import compiled

if TYPE_CHECKING:
    import re

    from vostochny.model.models import Mention, Relation
    from vostochny.reading.view import DocumentView


#: the relations a title states (`[North Korean] leader [Kim Jong Un]`); a title before a list gives each item of it
#: (`Associated Press journalists [Hyung-jin Kim] in Seoul, South Korea; [Mari Yamaguchi] in Tokyo`)
_TITLE_TYPES = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY"})
#: the types of an owner a title joins a person or body to, whichever title relation takes it (`[Russian] President
#: [Vladimir Putin]`, a NORP, is no tail of AFFILIATED_WITH but is Putin's owner all the same)
_OWNER_TYPES = frozenset(t for kind in _TITLE_TYPES for t in RELATION_TYPES[kind]["tail"])
#: the end of what lies between two items of a list, whose first item's title the next shares (`Korean People's Army
#: Marshals Ri Pyong Chol and [Pak Jong Chon]`, `Associated Press journalists Hyung-jin Kim in Seoul, South Korea;
#: [Mari Yamaguchi] in Tokyo`)
_LIST_ITEM = compiled(rf"(?:[,;]|{SPACE}and|{SPACE}or){SPACE}+(?:and{SPACE}+)?\Z")
#: how many characters before or after an argument a mention a title joins to it may start (`carried_by_title` reads
#: 80 between them), and how many spaces may lie between them (four title words, an apposition's comma, article and
#: preposition)
_OWNER_REACH = 120
_TITLE_GAP = 8
#: the words, in lower case, that state an office of their own: of leading, of speaking for a body, and the persons of
#: `labels.TITLE_WORDS` (`labels.PERSON_TITLE_WORDS`: minister, official, envoy, professor, ...)
_OFFICE_WORDS = LEADER_WORDS | SPOKESPERSON_WORDS | PERSON_TITLE_WORDS
_WORD = compiled(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _judged(view: DocumentView, r: Relation, head: Mention, tail: Mention) -> bool:
    """Whether a relation's arguments are mentions of one sentence whose types fit it, of two entities (others are
    V217's, V210's and V222's: what their words say of them is moot)."""
    return fits(view, r, head, tail) and view.mention_sentence.get(head.id) == view.mention_sentence.get(tail.id)


def _inside(a: Mention, b: Mention) -> bool:
    """Whether `a` lies inside `b` (or on it)."""
    return b.start <= a.start and a.end <= b.end


@rule("V419", "title-joins-a-third-mention", "a title relation's head or tail is joined by a title, an apposition or "
      "a modifier to a mention of a third entity, and by none to the other", "point the argument at the mention the "
      "title joins: its owner (`[Russian] president [Vladimir Putin]`) or the person it names (docs/guidelines.md, "
      "Relations)")
def title_joins_a_third_mention(ctx: DocContext) -> Iterator[Hit]:
    """LEADER_OF, SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH and NATIONALITY are stated by a title, an apposition or
    a modifier (docs/guidelines.md, Relations and Factuality; V362 reads the same ways of writing them, `relation_words.
    carried_by_title`), which joins a person or body to its owner: `[North Korean] leader [Kim Jong Un]`,
    `[Russia]'s defense minister [Sergei Shoigu]`, `[Pak Thae Song], chairman of [North Korea's space science and
    technology committee]`, `[[North Korean] state media]`. A relation of that type whose head is so joined to a
    mention of a third entity (its owner, of a type the relation takes as tail), or whose tail is so joined to one (the
    person or body it names, of a type the relation takes as head), while no such writing joins a mention of the
    head's entity to one of the tail's (`North Korean leader [Kim Jong Un] and Russian president Vladimir Putin met
    ... the war in [Ukraine]` as LEADER_OF; `Kremlin spokesman Dmitry Peskov confirmed that [Putin] had accepted` as
    SPOKESPERSON_OF(Putin, Kremlin)), has an argument the words do not name. An attack that re-pointed each argument
    of release 1 at another entity's mention of its sentence found 110 such edits passed (and 42 that V370 reported
    as a wrong label). Not refused: a tail after the head with a word of leading, speaking for a body or an office
    between (`North Korean leader [Kim], who heads the [Workers' Party]`: a second office stated by its own words),
    nor a head that follows the person or body a title names as the next item of a list, which shares its title
    (`Korean People's Army Marshals Ri Pyong Chol and [Pak Jong Chon]`). The owner may be of any type a title
    relation takes as tail, whether or not the relation's type takes it (`[Russian] President [Vladimir Putin] ...
    in [Ukraine]` as AFFILIATED_WITH, `[State Department] spokesman [Matthew Miller] ... [both countries]` as
    NATIONALITY: the twenty-ninth session's mutation check found both accepted), and a verb of leading before `to` is
    a cause, no office between (`could lead to`), nor is a title of another person's name (`North Korean leader
    [Kim Jong Un] and Russian president Vladimir Putin met ... in [Ukraine]`: the thirty-third session's
    relation-argument sweep passed 14 such moves, LEADER_OF(Kim Jong Un, Ukraine) among them). The owner may also
    lie inside the head's own title, a nominal of its entity that ends on a word of office, the head itself or its
    apposition (`Korean People's Army Marshal Ri Pyong Chol and [Jo Chun Yong], a [ruling party] official` as
    OFFICIAL_OF(Jo Chun Yong, Korean People's Army): the list's title is Ri's, Jo holds his own; the thirty-sixth
    session's sweep passed both moves). Not judged:
    arguments that no title joins to anything (a pronoun, `[unspecified members] of the country's ruling party`),
    arguments of one entity (V222's) or whose types do not fit the relation (V210's)."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, _TITLE_TYPES):
        found = _titled_elsewhere(view, text, r.type, head, tail)
        if found is not None and _judged(view, r, head, tail) \
                and not carried_by_title(text, head, tail, r.type in OFFICE_RELATIONS) \
                and not _worded_between(view, text, head, tail, found):
            third, to_head = found
            joined, other = (head, tail) if to_head else (tail, head)
            yield Hit(pointer("relations", i, "tail" if to_head else "head"), other.id,
                      f"{r.id} {r.type}: a title joins {joined.text!r} to {third.text!r}, not to {other.text!r}")


def _titled_elsewhere(view: DocumentView, text: str, kind: str, head: Mention,
                      tail: Mention) -> tuple[Mention, bool] | None:
    """A mention of a third entity in the arguments' sentence that a title, an apposition or a modifier joins to `head`
    (of a type a `kind` relation takes as tail; True) or to `tail` (of a type it takes as head; False); None where
    there is none, or where such writing joins a mention of the head's entity to one of the tail's."""
    types, office = RELATION_TYPES[kind], kind in OFFICE_RELATIONS
    owners = _joined(view, text, head, office, True) + _owners_inside_a_title(view, text, head)
    if any(m.entity == tail.entity for m in owners):
        return None  # most title relations: the title joins head and tail
    holders = [m for m in _joined(view, text, tail, office, False) if m.entity != tail.entity
               and not (m.end <= head.start and _LIST_ITEM.search(text, m.end, head.start))]
    if any(m.entity == head.entity for m in holders):
        return None
    owners = [m for m in owners if m.entity != head.entity]
    mention_type = view.mention_type.get
    third = [(m, True) for m in owners if mention_type(m.id) in _OWNER_TYPES] \
        + [(m, False) for m in holders if mention_type(m.id) in types["head"]]
    return third[0] if third else None


#: the words of office whose premodifier inside a nominal names the office's owner (`a [ruling party] official`, `[U.S.]
#: officials`): not a field of study, which the premodifier names instead (`a [North Korea] expert`, `analyst`)
_OWNED_TITLES = _OFFICE_WORDS - {"expert", "experts", "analyst", "analysts", "scholar", "scholars", "researcher",
                                 "researchers", "scientist", "scientists", "fellow", "lecturer", "columnist", "writer"}
#: the comma and spaces between a name and the nominal in apposition after it (`Jo Chun Yong, [a ruling party
#: official]`)
_APPOSED = compiled(rf",{SPACE}+\Z")


def _owners_inside_a_title(view: DocumentView, text: str, m: Mention) -> list[Mention]:
    """The owners a nominal of `m`'s entity names inside itself before its last word, a word of office: `m` itself or
    the nominal in apposition right after it (`[Jo Chun Yong], a [ruling party] official`, `[a [ruling party]
    official]`): the title is the person's own, whatever a title before a list it closes says (thirty-sixth
    session). A possessive pronoun (`[their] leaders`) names its owner through its chain, which the chain rules
    judge: a group split from its chain (V436's) left `[their] leaders` LEADER_OF the split group refused too."""
    order, starts, _ = view.mentions_in_order
    mentions = view.doc.mentions
    nominals = [m] + [n for n in map(mentions.__getitem__, map(order.__getitem__, range(
        bisect.bisect_left(starts, m.end), bisect.bisect_left(starts, m.end + 4)))) if _APPOSED.match(text, m.end,
                                                                                                       n.start)]
    found = []
    for n in nominals:
        words = n.text.split()
        if n.entity != m.entity or n.kind != "nominal" or not words or words[-1].lower() not in _OWNED_TITLES:
            continue
        found += [o for o in map(mentions.__getitem__, map(order.__getitem__, range(
            bisect.bisect_left(starts, n.start), bisect.bisect_left(starts, n.end))))
            if o.end < n.end and o.entity != m.entity and o.kind != "pronoun"
            and view.mention_type.get(o.id) in _OWNER_TYPES]
    return found


def _joined(view: DocumentView, text: str, m: Mention, office: bool, owners: bool) -> list[Mention]:
    """The mentions of `m`'s sentence that a title, an apposition or a modifier (`carried_by_title`, an `office`'s or
    not) joins to `m` as its owners (`owners`) or as the persons and bodies it names; read once per mention (a mention
    is the argument of several relations), on the mentions near enough for a title (`_TITLE_GAP` spaces between)."""
    key = ("title_joins", m.id, m.start, office, owners)
    if key not in view.derived:
        order, starts, _ = view.mentions_in_order
        mentions, sentence = view.doc.mentions, view.mention_sentence
        at = sentence.get(m.id)
        found = []
        for k in range(bisect.bisect_left(starts, m.start - _OWNER_REACH),
                       bisect.bisect_left(starts, m.end + _OWNER_REACH)):
            other = mentions[order[k]]
            low, high = (other.end, m.start) if other.end <= m.start else (m.end, other.start)
            if other is m or sentence.get(other.id) != at or (low < high and text.count(" ", low, high) > _TITLE_GAP):
                continue
            if carried_by_title(text, m, other, office) if owners else carried_by_title(text, other, m, office):
                found.append(other)
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]


#: what parts the items of a list of titled people (`Pak Thae Song, chairman of ..., and Navy Adm. Kim Myong Sik`)
_PARTS_ITEMS = compiled(rf"[,;]|{SPACE}and{SPACE}")


def _worded_between(view: DocumentView, text: str, head: Mention, tail: Mention, found: tuple[Mention, bool]) -> bool:
    """Whether a word of leading, speaking for a body or an office lies between `head` and a `tail` after it, before
    the third mention `found` where a title joins it to the tail between them (`[Kim] and Putin will meet ...,
    according to Dmitry Peskov, a spokesman for the [Kremlin]`: the title is Peskov's); a verb of leading before `to`
    is a cause, no office (`[Putin] could lead to an agreement ... in [Ukraine]`), and the title of another person's
    name is that person's (`North Korean leader [Kim Jong Un] and Russian president Vladimir Putin met ... in
    [Ukraine]`: the thirty-third session's relation-argument sweep passed LEADER_OF(Kim Jong Un, Ukraine) so). Where
    the third mention is the head's own owner between the two, the words are read after it: the title that joins the
    head to it is the head's own office, not a second one (`[Pak Thae Song], chairman of North Korea's space science
    and technology committee, and [Navy] Adm. Kim Myong Sik` as OFFICIAL_OF: the thirty-fifth session's sweep passed
    it), where a comma, a semicolon or `and` parts the owner from the tail (`[Nam Sung-wook], a former director of
    the South Korean think tank [Institute for National Security Strategy]`: one phrase holds both)."""
    third, to_head = found
    end = third.start if not to_head and head.end <= third.start < tail.start else tail.start
    start = third.end if to_head and head.end <= third.start and third.end <= tail.start \
        and _PARTS_ITEMS.search(text, third.end, tail.start) else head.end
    return start <= end and any(
        w.group().lower() in _OFFICE_WORDS and not leads_to(text, (w.group().lower(), w.start(), w.end()))
        and not _titles_another(view, text, w.end(), head) for w in _WORD.finditer(text, start, end))


def _titles_another(view: DocumentView, text: str, end: int, head: Mention) -> bool:
    """Whether the word ending at `end` is the title of a person's name (`president [Vladimir Putin]`) of no mention of
    the head's entity."""
    mentions = view.doc.mentions
    named = named_after(view, text, end)
    return bool(named) and all(mentions[i].entity != head.entity for i in named)


#: a semicolon, which parts a sentence into clauses or the items of a list (`Hyung-jin Kim in Seoul, South Korea; Mari
#: Yamaguchi in Tokyo`)
_SEMICOLON = ";"
_ALL_TYPES = frozenset(RELATION_TYPES)


@rule("V420", "arguments-in-parts", "a relation's head and tail lie in two zones, or on two sides of a semicolon "
      "with no mention of either's entity on the other's side, or a meeting's, journey's or transfer's one inside the "
      "other", "point the argument at a mention in the part of the sentence that states the relation, the party, "
      "place or item itself (docs/guidelines.md, Relations)")
def arguments_in_parts(ctx: DocContext) -> Iterator[Hit]:
    """A relation is stated by the words of one sentence (docs/guidelines.md, Relations), and a sentence that runs over
    two zones (`SEOUL, South Korea (AP) — North Korean leader Kim Jong Un was scheduled to tour a Russian factory`:
    a dateline, then the body) states nothing between a word of one and a word of the other: the address is
    LOCATED_IN(SEOUL, South Korea) and no journey of SEOUL. A semicolon parts a sentence likewise, into clauses or the
    items of a list (`Hyung-jin Kim in [Seoul], [South Korea]; Mari Yamaguchi in [Tokyo]`: Tokyo does not lie in South
    Korea). An argument's entity may be named across it, as the most informative mention of the sentence (`[Kim]
    arrived on Tuesday; he met [Putin]`), so a semicolon parts head and tail only where neither entity has a mention
    on the other's side. An attack that re-pointed each argument of release 1 at another entity's mention of its
    sentence found 17 such edits across a zone's edge and 4 across a semicolon passed. A meeting, a journey and a
    transfer (TRAVELS_TO, MEETS, SUPPLIES, RECEIVES) are a clause's relations between two parties, or a party and a
    place or an item: a phrase that holds a mention names a whole that the mention is part of, and no party meets the
    pair it belongs to (`[[Kim] and Putin] will meet` as MEETS(Kim, Kim and Putin)) nor travels to the site it owns
    (`[Russia]` of `[Russia's most advanced space rocket launch site]`): 7 such nestings passed the attack. The title
    relations and LOCATED_IN nest (`[[North Korean] state media]`, `[The [Komsomolsk-on-Amur] aircraft plant]`: V362,
    V271). A title before a list gives each item of it its owner across a semicolon (`Associated Press journalists
    Hyung-jin Kim in Seoul, South Korea; [Mari Yamaguchi] in Tokyo`), so a title's relation is parted only where its
    head comes first: no item's place after a semicolon is an earlier head's owner (`[Hyung-jin Kim] in Seoul, South
    Korea; Mari Yamaguchi in [Tokyo]` as NATIONALITY, which the twenty-ninth session's mutation check found
    accepted). Not judged: a colon, a dash
    or a parenthesis (`[Kim], who arrived by train from [North Korea]`, an aside that states its own relations);
    arguments in two sentences (V217's) or whose types do not fit the relation (V210's)."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, EVENT_RELATIONS):
        if (_inside(head, tail) or _inside(tail, head)) and _judged(view, r, head, tail):
            inner, outer = (head, tail) if _inside(head, tail) else (tail, head)
            yield Hit(pointer("relations", i, "head" if inner is head else "tail"), inner.id,
                      f"{r.id} {r.type}: {inner.text!r} lies inside {outer.text!r}")
    parted = _parted_sentences(view, text)
    if not parted:
        return
    where = view.mention_sentence.get
    for i, r, head, tail in typed_relations(ctx, _ALL_TYPES):
        if where(head.id) not in parted or not _judged(view, r, head, tail) \
                or (r.type in EVENT_RELATIONS and (_inside(head, tail) or _inside(tail, head))):
            continue
        first, second = (head, tail) if head.start <= tail.start else (tail, head)
        how = _parted(view, text, r, first, second)
        if how:
            yield Hit(pointer("relations", i, "tail"), r.tail, f"{r.id} {r.type}: {first.text!r} and {second.text!r} "
                      f"lie {how}")


def _parted_sentences(view: DocumentView, text: str) -> frozenset[int]:
    """The sentences that hold a semicolon or run over a zone's edge, once per view (most hold neither)."""
    key = ("parted_sentences",)
    if key not in view.derived:
        sentences = view.doc.sentences
        inside = [view.sentence_of(at) for at in find_all(text, _SEMICOLON)]
        edges = [(view.sentence_of(at), at) for z in view.doc.zones for at in (z.start, z.end)]
        inside += [k for k, at in edges if 0 <= k < len(sentences) and sentences[k].start < at < sentences[k].end]
        view.derived[key] = frozenset(inside)
    return view.derived[key]  # type: ignore[no-any-return]


def _parted(view: DocumentView, text: str, r: Relation, first: Mention, second: Mention) -> str:
    """What parts two arguments of `r`, `first` before `second`, in a sentence: "in two zones of the document", "on
    two sides of a semicolon" (not for a title's relation whose tail comes first, the owner a title before a list
    gives each item, nor where an entity of theirs is named across it), or ""."""
    kind, head_id = r.type, r.head
    zones = _zone(view, first.start), _zone(view, second.start)
    if None not in zones and zones[0] != zones[1]:
        return "in two zones of the document"
    if (kind not in _TITLE_TYPES or first.id == head_id) and _SEMICOLON in text[first.end:second.start] \
            and not _named_across(view, text, first, second):
        return "on two sides of a semicolon"
    return ""


def _zone(view: DocumentView, at: int) -> int | None:
    """The index, in text order, of the zone that holds offset `at` (None outside every zone)."""
    key = ("zone_bounds",)
    if key not in view.derived:
        view.derived[key] = sorted((z.start, z.end) for z in view.doc.zones)
    bounds: list[tuple[int, int]] = view.derived[key]
    k = bisect.bisect_right(bounds, (at, float("inf"))) - 1
    return k if k >= 0 and bounds[k][0] <= at < bounds[k][1] else None


def _named_across(view: DocumentView, text: str, first: Mention, second: Mention) -> bool:
    """Whether the entity of `first` has a mention in the part of the sentence (between semicolons) of `second`, or
    that of `second` one in the part of `first`."""
    low, high = _sentence_bounds(view, text, first.start)
    before = text.rfind(_SEMICOLON, low, first.start)
    after = text.find(_SEMICOLON, second.end, high)
    first_part = (max(before + 1, low), text.find(_SEMICOLON, first.end, second.start))
    second_part = (text.rfind(_SEMICOLON, first.end, second.start) + 1, high if after < 0 else after)
    return names_entity(view, second.entity, *first_part) or names_entity(view, first.entity, *second_part)


def _sentence_bounds(view: DocumentView, text: str, at: int) -> tuple[int, int]:
    """The start of the sentence that holds offset `at` and that of the next (the text's ends past the first and
    last)."""
    sentence, starts = view.sentence_of(at), view.sentence_starts
    return (starts[sentence] if 0 <= sentence < len(starts) else 0,
            starts[sentence + 1] if 0 <= sentence + 1 < len(starts) else len(text))


#: what opens a reported clause right before its subject: `that` or `whether` (`Experts predict that [Moscow] would
#: demand`), or a verb of saying or thinking without `that` (`said [Lavrov] was expected`); `the` or up to three
#: capitalised words of a title between (`said Russian Foreign Minister [Sergei Lavrov]`)
_OPENING = "that|whether|said|says|say|claims|claimed|believes|believed|thinks|thought|assessed|predicts|predicted"
_OPENS_CLAUSE = compiled(rf"(?<![\w'\u2019-])((?i:{_OPENING}))(?:{SPACE}+the)?(?:{SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}"
                         rf"{SPACE}+\Z")
#: an opening word of a reported clause (`_OPENS_CLAUSE`'s), where a scan of the text looks for the clauses' subjects
_OPENER = compiled(rf"(?<![\w'\u2019-])(?i:{_OPENING})(?![\w'\u2019-])")
#: `according to`, where a scan of the text looks for the attributions after it (`attributions`)
_ACCORDING = compiled(rf"(?i:according){SPACE}+to(?![\w'\u2019-])")
#: how many characters before a reported clause's subject its opening word is read in
_OPENS_REACH = 48
#: the word before a reported clause's opening that the rule reads as a word of saying or thinking besides
#: `quote_words.of_saying`'s (`expressed concern that`, `issued a warning that`, `have recognized that`)
_REPORT_NOUNS = frozenset({"concern", "concerns", "fear", "fears", "warning", "warnings", "recognized",
                           "recognised", "hope", "hopes", "belief", "view", "assessment", "suggested"})
#: how many words before a reported clause's `that` or `whether` its word of saying or thinking is read in
_SAID_REACH = 3
#: the verbs whose object is the one a report is addressed to (`Putin told [Russian state television] that ...`)
_TOLD = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "reminded", "remind", "reminds",
                   "urged", "urge", "urges", "warned", "warn", "warns", "assured", "assure", "assures", "informed",
                   "inform", "informs"})
#: the verbs of `_TOLD` that take a reported clause with no `that` right after their addressee (`[Kim] told
#: reporters Putin would travel`: since the thirty-sixth session; `warns`, `assures`, `informs` and their bare forms
#: since the thirty-seventh), and the auxiliary or modal right after the clause's subject that makes the mention before
#: it one (`Putin would`, not `told the Russian leader [Putin]`), or a verb in the past tense there (`[Kim] told
#: reporters Putin travelled to [Vladivostok]`, `Peskov told reporters [Kim] arrived`, `... Kim flew`: the
#: thirty-seventh session's read36 leftovers and second read found V421 reading auxiliaries only)
_TELLS = frozenset({"told", "tell", "tells", "telling", "reminded", "remind", "reminds", "warned", "warn", "warns",
                    "assured", "assure", "assures", "informed", "inform", "informs"})
_FINITE_AFTER = compiled(rf"{SPACE}+(?:would|will|could|can|may|might|should|must|had|has|have|was|were|is|are|did|"
                         rf"does|do|planned|plans|intended|intends|wanted|wants|hoped|hopes|[a-z]+ed|flew|went|met|left|held|"
                         rf"made|sent|came|took|gave|sold|bought|got)(?![\w'\u2019-])")
#: the word right after a mention
_NEXT_WORD = compiled(rf"{SPACE}+([^\W\d_]+)")
#: how many words may lie between a head's verb of saying and the `that` or `whether` of its reported clause (an
#: addressee and an adverbial: `told Russian state television after the summit that`), and what ends a clause there
_SAYS_REACH = 8
_CLAUSE_MARK = compiled(r"[,;:()\u2014\u2013]")
#: a noun of inviting, calling or asking that `to` addresses (`an invitation to Putin`, `a request to Putin`: the
#: thirty-sixth session's second read found V421 without the last two)
_INVITATION_NOUNS = "invitations?|calls?|appeals?|offers?|requests?|pleas?"
#: a verb of inviting or asking right after a journey's head, an auxiliary or adverb before it, the article or up to
#: three capitalised words of a title after it (or a title's noun in lower case, `_TITLE_NOUNS`), up to the mention of
#: its object (`[Kim] had invited Putin`, `asked Russian President Vladimir Putin`): the object is the infinitive's
#: subject, who travels (`to visit`)
_INVITING = ("invited|invites|invite|inviting|asked|asks|ask|urged|urges|urge|encouraged|encourages|encourage|"
             "pressed|pressured|persuaded|allowed|permitted|welcomed")
#: a title's noun in lower case before the invited object's name (`invited Russian leader [Vladimir Putin] to visit`:
#: the thirty-sixth session's second read found V421 reading capitalised words only)
_TITLE_NOUNS = r"(?:leader|president|premier|counterpart|minister|chairman|chief|envoy|secretary|general)(?![\w'-])"
#: a noun of inviting that the head extends to the object (`[Kim] has extended an invitation to Putin`), and the
#: object's name in an apposition after a title (`invited the Russian leader, Vladimir Putin, to visit`): both since
#: the thirty-fifth session
_EXTENDS = (rf"(?:extended|extends|issued|made|passed|renewed|sent|delivered|repeated)(?:{SPACE}+(?:an?|the|his|"
            rf"her|its|their))?(?:{SPACE}+[a-z]+)?{SPACE}+(?:{_INVITATION_NOUNS}){SPACE}+to")
_INVITES = compiled(rf"{SPACE}+(?:(?:had|has|have|will|would|did|also|then|formally|personally){SPACE}+)?"
                    rf"(?:{_INVITING}|{_EXTENDS})(?:{SPACE}+the)?(?:{SPACE}+(?:[A-Z][\w.\u2019'-]*|{_TITLE_NOUNS})){{0,3}}"
                    rf"(?:{SPACE}+the(?:{SPACE}+[\w.\u2019'-]+){{1,3}},)?{SPACE}+\Z")
#: the infinitive after the invited object, past the apposition's closing comma or an adverbial of time or place
#: (`invited Putin on Wednesday to visit`; up to five words since the thirty-sixth session's second read: `invited
#: Putin at the end of the talks to visit`), a verb in lower case (`invited Putin to [Pyongyang]` names a place, no
#: infinitive: a false refusal the same read found)
_INVITED_TO = compiled(rf",?(?:{SPACE}+(?:on|last|this|next|during|at|in)(?:{SPACE}+[\w-]+){{1,5}})?,?{SPACE}+to"
                       rf"{SPACE}+[a-z]")
#: how many characters after a journey's head the object of its verb of inviting may start
_INVITE_REACH = 80
#: what goes on an `according to` phrase past a comma: an apposition on its source or a relative clause (`according to
#: Dmitry Peskov, a spokesman for the Kremlin`, `according to Andrei Lankov, a North Korea expert at Kookmin University
#: in Seoul, who spoke to AFP`); any other word after the comma is the clause the phrase opens (`According to the
#: official Korean Central News Agency (KCNA), Kim departed`)
_GOES_ON = compiled(rf",{SPACE}+(?:a|an|the|who|which|whose)(?![\w'\u2019-])")
#: a coordinator or a conjunction and a word in lower case (no article) that ends an `according to` phrase before its
#: comma: the clause goes on past the source (`Kim met Putin according to state media and then travelled to
#: [Komsomolsk-on-Amur]`: refused until the thirty-seventh session's read)
_PHRASE_ENDS = compiled(rf"{SPACE}+(?:and|but|before|after|while|then){SPACE}+(?!(?:the|a|an)(?![\w'\u2019-]))[a-z]")
#: the source's name before an apposition that the closing verb of saying follows (`..., [Dmitry Peskov], the Kremlin
#: spokesman, said.`, `..., [Putin], 70, said.`: its capitalised words alone)
_NAMED_BEFORE = compiled(rf",{SPACE}+((?:[A-Z][\w.'\u2019-]*{SPACE}+){{0,3}}[A-Z][\w.'\u2019-]*)\Z")
#: a report's source after the sentence's last comma, its verb of saying closing the sentence (`..., the [Kremlin]
#: said.`, `..., South Korea's Unification Ministry said.`): the attribution of what the sentence states before it
#: an adverbial of time or place of up to four words may follow the verb (`..., the Kremlin said on Friday in a
#: statement.`), the source follow it (`..., said Kremlin spokesman Dmitry Peskov.`), or the verb follow the comma
#: after an apposition on the source (`..., Dmitry Peskov, the Kremlin spokesman, said.`, `_NAMED_BEFORE`): each since
#: the thirty-seventh session's read, which found them accepted
_SAID_VERBS = ("said", "says", "added", "reported", "confirmed", "announced")
_SAYING = "|".join(_SAID_VERBS)
_SAID_WHEN = rf"(?:{SPACE}+(?:on|in|at|late|earlier|later|during)(?:{SPACE}+[\w'\u2019-]+){{1,4}})?"
_SAID_LAST = compiled(rf",{SPACE}+(?:([^,;:()\u201c\u201d\"]{{1,80}}?){SPACE}+(?:{_SAYING}){_SAID_WHEN}|(?:{_SAYING})"
                      rf"(?:{_SAID_WHEN}|{SPACE}+([^,;:()\u201c\u201d\"]{{1,80}}?)))[.!]?[\u201d\u2019\"']?\s*\Z")


@rule("V421", "argument-reports-it", "a meeting's, journey's or transfer's argument is the source or addressee of the "
      "report that states it, before a reported clause that opens on another party or in its attribution (`according "
      "to ...`, `..., X said.`), or who invites the traveller",
      "point the argument at the party that meets, travels, supplies or receives: the reported clause's subject "
      "(docs/guidelines.md, Relations)")
def argument_reports_it(ctx: DocContext) -> Iterator[Hit]:
    """A meeting, a journey or a transfer is a clause's: its head is the party the clause says meets, travels,
    supplies or receives (docs/guidelines.md, Relations), never who reports it. Read two ways. A head before a word of
    saying or thinking (`said`, `claims`, `predict`, `believe`, `expressed concern`: `quote_words.of_saying`), or
    right after a verb whose object a report is addressed to (`told`, `asked`, `reminded`), with the tail after the
    `that`, `whether` or verb of saying that opens the reported clause, whose first words are a mention of another
    entity of a type the relation takes as head (`[Experts] predict that Moscow would demand [anti-tank missiles]`,
    `Putin told [Russian state television] after the summit that Kim would travel ... to [two other cities]`): the
    head is the speaker or the addressee, and the reported clause's subject the party. A reported clause whose subject
    is the head's entity or the tail's (`[Kim] said that he would visit [Russia]`, `[Kim] said that [Putin] would meet
    him`) is not refused, nor one that names the head's entity (`neither [Moscow] nor Pyongyang have recognized that
    North Korea will provide it with [weapons]`: the head is the most informative mention of *it*). And an argument
    right after `according to` (`[Kim] and Putin will meet this week ..., according to [Dmitry Peskov]`) is the
    report's source (not a possessor there: `according to [Russia]'s TASS`). An attack that re-pointed each argument
    of release 1 at another entity's mention of its sentence found 70 such arguments passed (67 reporters, 3
    sources). The verb of saying may also be the word right after the head, its `that` up to eight words on past its
    addressee and no comma nor mention of the head's entity (`[Putin] told Russian state television after the summit
    that Kim would travel`), and a journey's head may be the subject of a verb of inviting or asking whose object is
    an infinitive's subject, another party (`[Kim] had invited Putin to visit [North Korea]`: Putin travels; not where
    the sentence names the head's entity after the object, `invited Putin to travel with him`): the thirty-third
    session's relation-argument sweep passed both. Since the thirty-fifth session the head may also extend a noun of
    inviting (`[Kim] has extended an invitation to Putin to visit`), the object's name stand in an apposition
    (`invited the Russian leader, Vladimir Putin, to visit`) and an adverbial lie before the infinitive (`invited
    Putin on Wednesday to visit`); since the thirty-sixth session's second read a title's noun in lower case may stand
    before the object (`invited Russian leader Vladimir Putin to visit`), the adverbial run to five words (`at the
    end of the talks`) and the noun be one of asking (`made a request to Putin to visit`), each passed, while `to`
    before a capital names a place, no infinitive (`invited Putin to Pyongyang and later flew home to [Vladivostok]`:
    refused). Since the thirty-sixth session too a verb of telling right after the head may open a
    reported clause with no `that` past its addressee, whose subject is the first mention an auxiliary or a modal
    follows (`[Kim] told reporters Putin would travel to [North Korea]`; since the thirty-seventh a past tense of a
    journey too, `told reporters Putin travelled to [Vladivostok]`; not past a comma, nor where the sentence
    names the head's entity after that subject: `told the envoys Putin had sent he would travel`, a relative clause
    on the addressee); and the whole attribution is read, not only the mention
    right after `according to`: the phrase up to the first comma that no apposition or relative clause follows
    (`according to Dmitry Peskov, [a spokesman] for the [Kremlin]`, `According to the official Korean Central News
    Agency ([KCNA]), Kim departed`, `according to Andrei Lankov, ..., who spoke to [AFP]`, `according to [Russia]'s
    TASS`), and the source after a sentence's last comma whose verb of saying closes it (`Sergei Lavrov will visit
    Pyongyang ..., the [Kremlin] said.`): the thirty-sixth session's sweep passed such moves. An argument of the
    attribution is judged where the other lies outside it and the sentence names its entity nowhere outside it
    (`Putin met Kim, Putin's office said.`). The thirty-seventh session's read found accepted, and V421 refuses since:
    a clause with no `that` whose subject a verb in the past follows (`[Peskov] told reporters Kim arrived in
    [Vladivostok]`), a closing verb of saying with an adverbial after it (`..., the [Kremlin] said on Friday in a
    statement.`), before its source (`..., said Kremlin spokesman [Dmitry Peskov].`) or after an apposition on it
    (`..., [Dmitry Peskov], the Kremlin spokesman, said.`, `..., [Putin], 70, said.`); and it ends an `according to`
    phrase with no comma at a coordinator before the clause's next verb (`Kim arrived in Vladivostok according to KCNA
    and later met [Putin]` was refused). Not judged: a reported clause in an aside on the head, commas
    before its opening and after its subject (`[Putin], 70, who has said that Ukraine will lose the war, and [Kim]
    held talks`), a clause whose subject comes after another clause (`claims that while Moscow has ..., North Korea
    has`), a head after its tail, the title relations and LOCATED_IN (carried by a title or a place modifier in any
    clause); arguments of one entity (V222's) or whose types do not fit the relation (V210's)."""
    view, text = ctx.view, ctx.text or ""
    subjects, sources = _clause_subjects(view, text)
    for i, r, head, tail in typed_relations(ctx, EVENT_RELATIONS):
        source = _attributed(view, text, sources, head, tail) or _attributed(view, text, sources, tail, head)
        subject = _reported_subject(view, text, subjects, r.type, head, tail) \
            if source is None and head.end <= tail.start else None
        invited = _invited(view, text, head, tail) \
            if source is None and subject is None and r.type == "TRAVELS_TO" and head.end <= tail.start else None
        if (source is None and subject is None and invited is None) or not _judged(view, r, head, tail):
            continue
        if invited is not None:
            yield Hit(pointer("relations", i, "head"), r.head, f"{r.id} {r.type}: {head.text!r} invites or asks "
                      f"{invited.text!r} to it")
            continue
        if source is not None:
            yield Hit(pointer("relations", i, "head" if source is head else "tail"), source.id,
                      f"{r.id} {r.type}: {source.text!r} lies in the report's attribution (`according to`, `..., X "
                      f"said.`)")
        elif subject is not None:
            yield Hit(pointer("relations", i, "head"), r.head, f"{r.id} {r.type}: {head.text!r} reports the clause "
                      f"whose subject is {subject.text!r}")


def _attributed(view: DocumentView, text: str, sources: dict[str, tuple[int, int]], m: Mention,
                other: Mention) -> Mention | None:
    """`m` where it lies in a report's attribution (`sources`) and the other argument does not, and the sentence names
    `m`'s entity nowhere outside the attribution (`Kim met Putin, Putin's office said.` holds the party named before
    it); None otherwise."""
    phrase = sources.get(m.id)
    if phrase is None or phrase[0] <= other.start < phrase[1]:
        return None
    low, high = _sentence_bounds(view, text, m.start)
    named = names_entity(view, m.entity, low, phrase[0]) or names_entity(view, m.entity, phrase[1], high)
    return None if named else m


_Subjects = tuple[list[int], list[tuple["Mention", int, str]]]


def _clause_subjects(view: DocumentView, text: str) -> tuple[_Subjects, dict[str, tuple[int, int]]]:
    """The mentions that open a reported clause (`_OPENS_CLAUSE`), by start, each with its opening word's offset and
    the word in lower case; and the mentions of a report's attribution (`attributions`), by id, each with the
    attribution's span. Read once per view, from the opening words found in one scan of the text."""
    key = ("clause_subjects",)
    if key not in view.derived:
        order, starts, _ = view.mentions_in_order
        mentions = view.doc.mentions
        found: list[tuple[int, Mention, int, str]] = []
        low = text_in_lower_case(view)
        for at, word in _openers(text, low):
            end = at + len(word)
            for k in range(bisect.bisect_left(starts, end), bisect.bisect_left(starts, end + _OPENS_REACH)):
                m = mentions[order[k]]
                if _OPENS_CLAUSE.match(text, at, m.start):
                    found.append((m.start, m, at, word))
        found.sort(key=lambda f: f[0])
        sources: dict[str, tuple[int, int]] = {}
        for phrase in attributions(text, view.sentence_starts, low):
            for k in range(bisect.bisect_left(starts, phrase[0]), bisect.bisect_left(starts, phrase[1])):
                sources.setdefault(mentions[order[k]].id, phrase)
        view.derived[key] = ([f[0] for f in found], [f[1:] for f in found]), sources
    return view.derived[key]  # type: ignore[no-any-return]


def reported_clauses(view: DocumentView, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The offsets, in order, of the words that open the text's reported clauses on their subjects (`_OPENS_CLAUSE`:
    `that`, `whether` or a verb of saying right before a mention, `_clause_subjects`), and the spans, in order, of its
    attributions (`attributions`): V421's reading of where a report's clause and its source lie, which V410 reads
    too. Read once per view."""
    key = ("reported_clauses",)
    if key not in view.derived:
        (_, found), _ = _clause_subjects(view, text)
        view.derived[key] = (sorted({opens for _, opens, _ in found}),
                             sorted(attributions(text, view.sentence_starts, text_in_lower_case(view))))
    return view.derived[key]  # type: ignore[no-any-return]


def opens_within(text: str, start: int, opens: int) -> bool:
    """Whether a word of saying at `start` governs the reported clause that opens at `opens` (`start` itself or after
    it): no more than `_SAYS_REACH` words and no mark of a clause's end between (`expressed concern that`, `warnings
    from the U.S. that`), as `_says` reads a teller's."""
    return start <= opens and not _CLAUSE_MARK.search(text, start, opens) \
        and len(text[start:opens].split()) <= _SAYS_REACH


def attributions(text: str, sentence_starts: list[int], low: str | None) -> Iterator[tuple[int, int]]:
    """The spans of the report's attributions in the text (its sentences starting at `sentence_starts`, in order): an
    `according to` phrase, from its source to the first comma that no apposition or relative clause follows
    (`_GOES_ON`; the first comma of a phrase that opens its sentence, `According to Lankov, the Russian government
    ...`), a coordinator before a clause's word (`_PHRASE_ENDS`) or the sentence's end (`according to Dmitry Peskov,
    a spokesman for the Kremlin.`), and the source after a sentence's last comma whose verb of saying closes it or
    opens it (`_SAID_LAST`: `..., the Kremlin said.`, `..., said Dmitry Peskov.`), or the name before an apposition
    the verb follows (`_NAMED_BEFORE`: `..., Dmitry Peskov, the Kremlin spokesman, said.`)."""
    ends = [*sentence_starts[1:], len(text)] if sentence_starts else []  # (no sentence layer: V214's)
    for at in _according_ends(text, low):
        k = bisect.bisect_right(sentence_starts, at) - 1
        start, end = (sentence_starts[k], ends[k]) if k >= 0 else (0, len(text))
        comma = text.find(",", at, end)
        leads = not _WORD.search(text, start, at - len("according to"))  # (`According to Lankov, the Russian ...`)
        while comma >= 0 and not leads and _GOES_ON.match(text, comma):
            comma = text.find(",", comma + 1, end)
        closes = _PHRASE_ENDS.search(text, at, end if comma < 0 else comma)
        yield at, closes.start() if closes is not None else end if comma < 0 else comma
    for start, end in zip(sentence_starts, ends, strict=True):
        comma = text.rfind(",", start, end)
        said = said_last(text, comma, end) if comma >= 0 else None
        if said is not None and said.group(1) is None and said.group(2) is None:  # (`..., X, the spokesman, said.`)
            apposed = text.rfind(",", start, comma)
            name = _NAMED_BEFORE.search(text, start, apposed) if apposed >= 0 else None
            if name is not None:
                yield name.start(1), comma
        elif said is not None:
            group = 1 if said.group(1) is not None else 2
            yield said.start(group), said.end(group)


def said_last(text: str, comma: int, end: int) -> re.Match[str] | None:
    """`_SAID_LAST` matched from a sentence's last comma to its `end`, only where the stretch holds one of its verbs of
    saying (a match tries the verbs after each of up to 80 characters, at every sentence: thirty-seventh session; the
    verb need not close the sentence since its second read, `..., the Kremlin said on Friday.`)."""
    stretch = text[comma:end]
    return _SAID_LAST.match(text, comma, end) if any(verb in stretch for verb in _SAID_VERBS) else None


#: a character of a word, either side of `_OPENER`'s word
_WORDISH = compiled(r"[\w'\u2019-]")


def _openers(text: str, low: str | None) -> list[tuple[int, str]]:
    """Where `_OPENER` matches in the text, in order, and the word in lower case: each word found by `str.find` in the
    text in lower case (`low`: `base.text_in_lower_case`; None, then `_OPENER` scans), with no character of a word
    either side (a word of `_OPENING` is no other's prefix followed by such a character, so one word at most matches at
    an offset and no two overlap). A scan by `_OPENER`, which tries its words at every offset, is several times
    slower."""
    if low is None:
        return [(m.start(), m.group(0).lower()) for m in _OPENER.finditer(text)]
    found = []
    for word in _OPENING.split("|"):
        at = low.find(word)
        while at >= 0:
            if not (at and _WORDISH.match(low, at - 1)) and not _WORDISH.match(low, at + len(word)):
                found.append((at, word))
            at = low.find(word, at + 1)
    found.sort()
    return found


def _according_ends(text: str, low: str | None) -> list[int]:
    """Where each match of `_ACCORDING` in the text ends, in order: `_ACCORDING` tried only where `according` stands in
    the text in lower case (`low`, as `_openers` reads it; a match holds no second `according`, so none overlap),
    not at every offset of the text as a scan ignoring case does (~70 us a document)."""
    if low is None:
        return [m.end() for m in _ACCORDING.finditer(text)]
    return [m.end() for m in map(_ACCORDING.match, repeat(text), find_all(low, "according")) if m is not None]


def _reported_subject(view: DocumentView, text: str, subjects: _Subjects, kind: str, head: Mention,
                      tail: Mention) -> Mention | None:
    """The mention that opens a reported clause between `head` and `tail` after a word of saying or thinking, of
    another entity than theirs and of a type a `kind` relation takes as head, where the sentence names the head's
    entity no more after it; None where there is none."""
    starts, found = subjects
    types = RELATION_TYPES[kind]["head"]
    for m, opens, word in found[bisect.bisect_left(starts, head.end):bisect.bisect_left(starts, tail.start)]:
        if m.entity in (head.entity, tail.entity) or view.mention_type.get(m.id) not in types or m.end > tail.start \
                or opens < head.end or _aside(text, head.end, opens, m.end, tail.start):
            continue
        if (word not in ("that", "whether") or _addressed(text, head)
                or _said_before(text, max(head.start - _OPENS_REACH, 0), opens) or _says(view, text, head, opens)) \
                and not names_entity(view, head.entity, m.start, _sentence_bounds(view, text, m.start)[1]):
            return m
    return _told_subject(view, text, types, head, tail)


def _told_subject(view: DocumentView, text: str, types: tuple[str, ...], head: Mention,
                  tail: Mention) -> Mention | None:
    """The subject of a reported clause with no `that` after a verb of telling right after `head` and its addressee
    (`[Kim] told reporters Putin would travel to [North Korea]`): the first mention before `tail`, past at least one
    word of the addressee, no more than `_SAYS_REACH` words and no comma or other mark of a clause's end, that an
    auxiliary or a modal follows, of another entity than theirs and of a type in `types`, where the sentence names the
    head's entity no more after it (`told the envoys Putin had sent that he would travel`); None where there is
    none."""
    verb = _NEXT_WORD.match(text, head.end)
    if verb is None or verb.group(1).lower() not in _TELLS:
        return None
    mentions = view.doc.mentions
    for m in map(mentions.__getitem__, mentions_starting(view, verb.end(), tail.start - 1)):
        if not opens_within(text, verb.end(), m.start):
            return None
        if text[verb.end():m.start].strip() and m.end <= tail.start and _FINITE_AFTER.match(text, m.end):
            if m.entity not in (head.entity, tail.entity) and view.mention_type.get(m.id) in types \
                    and not names_entity(view, head.entity, m.end, _sentence_bounds(view, text, m.start)[1]):
                return m
            return None
    return None


def _aside(text: str, head_end: int, opens: int, subject_end: int, tail_start: int) -> bool:
    """Whether the reported clause stands in an aside on the head, a comma before its opening and one after its subject
    before the tail (`[Putin], 70, who has said that Ukraine will lose the war, and [Kim]`): the clause ends before the
    relation's."""
    return "," in text[head_end:opens] and "," in text[subject_end:tail_start]


def _says(view: DocumentView, text: str, head: Mention, opens: int) -> bool:
    """Whether `head` is the subject of a verb of saying or of one whose object a report is addressed to, the word
    right after it, whose reported clause opens at `opens` past no comma, no more than `_SAYS_REACH` words and no
    mention of the head's entity (`[Putin] told Russian state television after the summit that`; not `[Kim] told
    reporters he would visit the port that`, whose `that` opens a relative clause of his own)."""
    verb = _NEXT_WORD.match(text, head.end)
    if verb is None or not (verb.group(1).lower() in _TOLD or of_saying_cached(verb.group(1).lower())):
        return False
    return opens_within(text, verb.end(), opens) and not names_entity(view, head.entity, head.end, opens)


def _invited(view: DocumentView, text: str, head: Mention, tail: Mention) -> Mention | None:
    """The mention of another entity than the head's and the tail's, of a person, state or body, that is the object of
    a verb of inviting or asking right after the head and the subject of an infinitive after it, before the tail, where
    the sentence names the head's entity no more after it: `[Kim] had invited Putin to visit [North Korea]` makes Putin
    the traveller; None where there is none (`[Kim] invited Putin to travel with him to [Pyongyang]`: he goes too)."""
    order, starts, _ = view.mentions_in_order
    mentions = view.doc.mentions
    types = RELATION_TYPES["TRAVELS_TO"]["head"]
    for k in range(bisect.bisect_left(starts, head.end), bisect.bisect_left(starts, min(head.end + _INVITE_REACH,
                                                                                        tail.start))):
        m = mentions[order[k]]
        if _INVITES.match(text, head.end, m.start) and m.end <= tail.start and _INVITED_TO.match(text, m.end):
            if m.entity not in (head.entity, tail.entity) and view.mention_type.get(m.id) in types \
                    and not names_entity(view, head.entity, m.end, _sentence_bounds(view, text, m.start)[1]):
                return m
            return None
    return None


def _addressed(text: str, head: Mention) -> bool:
    """Whether the word right before `head` is a verb whose object a report is addressed to (`told [Putin]`)."""
    before = word_before(text, max(head.start - 40, 0), head.start)
    return before is not None and before.group(1).lower() in _TOLD


def _said_before(text: str, start: int, end: int) -> bool:
    """Whether a word of saying or thinking is one of the last `_SAID_REACH` words of [start, end) (`said on Thursday
    that`; not `request help in a war that`, a relative clause)."""
    words = [w.lower() for w in _WORD.findall(text, start, end)[-_SAID_REACH:]]
    return any(w in _REPORT_NOUNS or of_saying_cached(w) for w in words)


#: the prepositions that put a mention where a journey goes or a meeting takes place (`travel to`, `arrived in`,
#: `at`): the object of one is a place, never the party that travels; `to`, `for` and `on` also name a meeting's party
#: (`talked to [Putin]`, `a summit for`) and `with` always does, so they judge the traveller alone; `from` names the
#: state a party comes from, which stands for it (`Delegations from [Russia] went to North Korea`), and is not read
_MEETING_PLACE_WORDS = frozenset({"in", "into", "at", "toward", "towards", "near", "across", "through", "via",
                                  "inside", "within", "onto", "around", "throughout", "outside", "beyond"})
_JOURNEY_PLACE_WORDS = _MEETING_PLACE_WORDS | {"to", "for", "on"}
#: an infinitive right after a mention: `for [Kim] to travel`, `pressure on [Kim] to visit` make the mention the
#: infinitive's subject, the traveller, not a place
_INFINITIVE_AFTER = compiled(rf"{SPACE}+to{SPACE}+[^\W\d_]")
_SUBJECT_WORDS = frozenset({"for", "on"})
#: the nouns of a journey or a meeting that a party's possessive opens (`for [Kim]'s visit to Russia`)
_EVENT_NOUNS = ("visit", "visits", "trip", "trips", "journey", "tour", "arrival", "travel", "travels", "voyage",
                "stay", "meeting", "meetings", "talks", "summit", "encounter")
#: what makes a mention right after a preposition of place the possessor or subject of the phrase the preposition
#: takes, not a place: a possessive before a journey's or a meeting's noun, past one modifier (`for [Kim]'s first
#: visit to`, `at [Kim]'s talks with`); for a person also the relative `who` (`a welcome to [Kim], who travelled
#: to`) and a gerund in lower case (`interest in [Kim] meeting Putin`)
_EVENT_POSSESSIVE = compiled(rf"['\u2019]s{SPACE}+(?:[a-z][\w-]*{SPACE}+)?(?:{'|'.join(_EVENT_NOUNS)})\b")
_PERSON_OPENS = compiled(rf",?{SPACE}+who\b|{SPACE}+[a-z]+ing\b")
#: the prepositions of V435's `[A] in [B]`, where the type, not the argument, is wrong
_PLACED_WORDS = frozenset({"in", "at", "inside"})
#: the words a noun phrase may open with between such a preposition and the argument (`to the [city]`, `on his own`)
_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


#: up to two adjectives of a place right before a mention (`relations.PLACE_ADJECTIVES`: `to the eastern
#: [Vladivostok] area`, `in the far eastern [Russia] region`, `in remote, coastal [Primorye]`): the preposition
#: before them still takes the place
_PLACE_ADJECTIVES_BEFORE = compiled(rf"(?<![\w'\u2019-]){PLACE_ADJECTIVES}{{1,2}}\Z")
#: how a match of `_PLACE_ADJECTIVES_BEFORE` may end before its `-` or its comma and spaces: the last letters of each
#: adjective of `relations.PLACE_ADJECTIVES` (`ern` those of `northern`, `south-eastern`, `mid-western`, ...), or `and`,
#: `or`
_PLACE_ADJECTIVE_ENDS = ("far", "remote", "coastal", "central", "border", "outer", "inner", "rural", "occupied",
                         "neighbouring", "neighboring", "ern", "war-torn", "war-ravaged", "embattled", "besieged",
                         "and", "or")
#: a noun of inviting or calling right before `to` and a mention: the one it is addressed to is the infinitive's
#: subject after the mention, the traveller (`an invitation to [Kim] to visit Russia`, `its call to [Kim] to come`)
_INVITATION_TO = compiled(rf"(?<![\w'\u2019-])(?:{_INVITATION_NOUNS}){SPACE}+to"
                          rf"{SPACE}+(?:the{SPACE}+)?\Z")


#: `of` after a noun of a place or a direction, right before a mention: the mention names the place (`the eastern
#: Russian city of [Vladivostok]`, `about 425 miles north of [Pyongyang]`), never a party (thirty-sixth session); or
#: after a noun of a part of a place (`on the outskirts of [Vladivostok]`, `in the heart of`: thirty-seventh session)
_PLACE_OF = compiled(rf"(?<![\w'\u2019-])(?i:city|town|village|port|region|province|capital|north|south|east|west|"
                     rf"northeast|northwest|southeast|southwest|outskirts|suburbs?|heart|cent(?:er|re)|streets|"
                     rf"downtown|district){SPACE}+of{SPACE}+\Z")


def place_adjectives_before(text: str, end: int) -> re.Match[str] | None:
    """`_PLACE_ADJECTIVES_BEFORE` searched in the 40 characters before `end`, only where they end as a match does: in
    the last letters of an adjective or in `and`, `or`, then a `-` or a comma and spaces (a search tries the pattern at
    each of the 40 offsets, and few mentions follow an adjective: thirty-seventh session)."""
    stretch = text[max(end - 40, 0):end]
    ends = stretch[:-1] if stretch.endswith("-") else stretch.rstrip().removesuffix(",")
    return _PLACE_ADJECTIVES_BEFORE.search(text, max(end - 40, 0), end) if ends.endswith(_PLACE_ADJECTIVE_ENDS) \
        else None


def _preposition_before(text: str, m: Mention) -> str | None:
    """The word right before mention `m`, past up to two adjectives of a place (`_PLACE_ADJECTIVES_BEFORE`) and one
    opener (`_OPENERS`), in lower case, or None."""
    adjectives = place_adjectives_before(text, m.start)
    end = m.start if adjectives is None else adjectives.start()
    before = word_before(text, max(end - 40, 0), end)
    if before is not None and before.group(1).lower() in _OPENERS:
        before = word_before(text, max(before.start() - 40, 0), before.start())
    return before.group(1).lower() if before is not None else None


def _placed_beside(view: DocumentView, text: str, head: Mention, tail: Mention) -> bool:
    """Whether the head, no person, stands right before the tail with `in`, `at` or `inside` alone between (an article
    too): `[Kookmin University] in [Seoul]` says where the head lies, whatever the type says (V435's)."""
    between = text[head.end:tail.start].split() if head.end <= tail.start else []
    return view.mention_type.get(head.id) != "PER" and between[:1] != [] and between[0] in _PLACED_WORDS \
        and len(between) <= 2


@rule("V472", "party-after-a-word-of-place", "a TRAVELS_TO head, or a MEETS argument, is the object of a preposition "
      "that names a place (`to`, `in`, `at`, ...)", "point the argument at the party that travels or meets: "
      "the verb's subject, `with`'s object; the place after `to` or `in` is a journey's tail (docs/guidelines.md, "
      "Relations)")
def party_after_a_word_of_place(ctx: DocContext) -> Iterator[Hit]:
    """The parties of a journey and of a meeting are its subject (`[Kim] travelled to Vladivostok`) or, for a meeting,
    `with`'s object (`met with [Putin]`); a mention right after a preposition of place is where they go or meet
    (`would travel ... to two other cities in [Russia]'s Far East`, `arrived in [Russia] ... for a meeting with
    Putin`), never the party itself (docs/guidelines.md, Relations). The thirty-third session's relation-argument sweep
    (a relation's head or tail moved to another mention of its sentence) passed 42 such moves: a TRAVELS_TO head on
    `[Komsomolsk-on-Amur]` after `fly to`, a MEETS argument on `[Russia]` after `arrived in`. Read: the word right
    before the argument, past one article or possessive (`to the [city]`) and, since the thirty-fifth session, up to
    two adjectives of a place (`to the eastern [Vladivostok] area`, `in the far eastern [Russia] region`), judged
    against `in`, `into`, `at`,
    `toward(s)`, `near`, `across`, `through`, `via`, `inside`, `within`, `onto` (`around`, `throughout`, `outside`,
    `beyond` since the thirty-fourth session) for both (`_MEETING_PLACE_WORDS`) and
    `to`, `for`, `on` too for a traveller (`talked to [Putin]` names a meeting's party). Not judged: a transfer's
    parties (`turned to [North Korea] for weapons`: the supplier after `to`), two arguments side by side with `in`
    or `at` between (`[Kookmin University] in [Seoul]` as MEETS: V435's), a journey typed MEETS (`[Kim Jong Un]
    arrived in [Russia]`: V398's), an argument after `by`, `of` (but after a noun of a place or a
    direction, `the Russian city of [Komsomolsk-on-Amur]`, `425 miles north of [Pyongyang]`: read since the
    thirty-sixth session, whose sweep passed four such moves; or of a part of a place, `on the outskirts of
    [Vladivostok]`, `in the heart of`: since the thirty-seventh, whose fuzz kind passed them) or `from`
    (`joined in Russia by [Jo Chun Ryong]`, `the visit of [Kim]`, `Delegations from [Russia] went to North Korea`:
    the state stands for its delegation), an infinitive's subject after `for` or `on` (`it was time for [Kim] to
    travel`) or after a noun of inviting and `to` (`an invitation to [Kim] to visit Russia`: refused until the
    thirty-fifth session), a possessor of the journey or meeting the preposition takes, a relative clause's or a
    gerund's subject (`preparations for [Kim]'s visit to Russia`, `a welcome to [Kim], who travelled`, `interest in
    [Kim] meeting Putin`: refused until the thirty-fourth session), a mention of a report's attribution (`According to
    [KCNA], Kim travelled`: V421's), a type the arguments do not fit (V210's)."""
    text = ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, frozenset({"TRAVELS_TO", "MEETS"})):
        if not fits(ctx.view, r, head, tail) or _placed_beside(ctx.view, text, head, tail) or (
                r.type == "MEETS" and journey_word(ctx.view, text, r.type, head, tail) is not None):
            continue  # (V210's; V435's; V398's: a journey typed MEETS)
        words = _JOURNEY_PLACE_WORDS if r.type == "TRAVELS_TO" else _MEETING_PLACE_WORDS
        for field, m in (("head", head), ("tail", tail)) if r.type == "MEETS" else (("head", head),):
            word = _preposition_before(text, m)
            placed = (word in words or (word == "of" and _PLACE_OF.search(text, max(m.start - 40, 0), m.start))) \
                and m.id not in _clause_subjects(ctx.view, text)[1]  # (`according to [KCNA]`: V421's)
            if placed and not ((word in _SUBJECT_WORDS or (word == "to" and _INVITATION_TO.search(
                    text, max(m.start - 40, 0), m.start))) and _INFINITIVE_AFTER.match(text, m.end)) \
                    and not _opens_a_phrase(ctx.view, text, m):
                yield Hit(pointer("relations", i, field), m.id, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): "
                          f"its {field} is the object of {word!r}, a place")
                break


def _opens_a_phrase(view: DocumentView, text: str, m: Mention) -> bool:
    """Whether `m`, right after a preposition of place, opens the phrase the preposition takes as its possessor or
    subject (`_EVENT_POSSESSIVE`; a person's `_PERSON_OPENS`): `preparations for [Kim]'s visit to Russia`, `a welcome
    to [Kim], who travelled`, `interest in [Kim] meeting Putin` (V472 refused each until the thirty-fourth session)."""
    return _EVENT_POSSESSIVE.match(text, m.end) is not None or (
        view.mention_type.get(m.id) == "PER" and _PERSON_OPENS.match(text, m.end) is not None)


#: a verb of meeting and its object, or a noun of meeting and `with` (past an adverbial of time or place, `talks on
#: Wednesday with`), then up to three words of a title or an article, no mark and no conjunction, right before a
#: mention: the mention is the party met (`ahead of his meeting with President [Vladimir Putin]`, `To meet with [a
#: global outcast]`, `talks with [Putin]`, `arrived in Russia on Tuesday to meet President [Vladimir Putin]`); `with`
#: after any other word names a companion (`travelling to Russia with [his top military officials]`), who travels too
_MET_WORDS = (rf"(?<![\w'\u2019-])(?:(?i:meet|meets|met)(?:{SPACE}+with)?|(?i:meeting|meetings|talks|summit|"
              rf"summits|encounter)(?:{SPACE}+(?:on|in|at|this|next|later|during)(?:{SPACE}+[\w-]+){{1,2}})?"
              rf"{SPACE}+with)")
_TITLE_WORD_MET = rf"{SPACE}+(?!(?:and|or|but|then|before|after|as|while|when|where)\b)[^\W\d_][\w.'\u2019-]*"
_MET_WITH = compiled(rf"{_MET_WORDS}(?:{_TITLE_WORD_MET}){{0,3}}{SPACE}+\Z")
#: the same words of meeting before a title and its comma (`ahead of talks with the Russian leader, [Vladimir
#: Putin].`): the mention after the comma is the title's apposition where it closes its sentence (a clause's subject
#: after a phrase has its verb after it: `After talks with the Russian leader, [Kim] flew home`)
_MET_WITH_TITLED = compiled(rf"{_MET_WORDS}(?:{_TITLE_WORD_MET}){{1,4}},{SPACE}+\Z")
#: how far before a mention `_MET_WITH` is read (a word of meeting, an adverbial, `with`, three title words)
_MET_REACH = 80
#: what after the party met opens a clause of its own, in which it may travel: a relative clause (`met with [Kim], who
#: travelled`) or a participle (`held talks with [Kim], visiting Russia for the first time`), and after a party that
#: is no person `that` or `which` (`met with [a North Korean delegation] that flew to Moscow`; after a person's name
#: it opens the meeting's clause: `a meeting with President [Vladimir Putin] that has sparked concerns`)
_MET_OPENS = compiled(rf",?{SPACE}+(?:who|[a-z]+ing)\b")
_MET_OPENS_NOT_A_PERSON = compiled(rf",?{SPACE}+(?:that|which)\b")


@rule("V473", "traveller-is-the-party-met", "a TRAVELS_TO head is the party met: the object of a verb of meeting or "
      "of `with` after a word of meeting (`to meet [Putin]`, `a meeting with [Putin]`)", "point the head at the party "
      "that travels, the clause's subject or a companion after `with` or `accompanied by` (docs/guidelines.md, "
      "Relations)")
def traveller_is_the_party_met(ctx: DocContext) -> Iterator[Hit]:
    """A journey's party is its subject (`[Kim Jong Un] arrived in Russia`) or a companion the sentence sends along
    (`Kim is travelling to Russia with his top military officials, including Director [Jo Chun Ryong]`, `He was
    accompanied by [senior military personnel]`: they travel too). The object of `with` after a word of meeting is
    the party the traveller meets, who receives him, not one who travels (`Kim Jong Un arrived in [Russia] on
    Tuesday ahead of his meeting with President [Vladimir Putin]` holds no TRAVELS_TO(Vladimir Putin, Russia);
    docs/guidelines.md, Relations). The thirty-fifth session's relation-argument sweep passed three such moves (two
    `meeting with [Vladimir Putin]`, `To meet with [a global outcast] ..., he had to travel the length of his own
    nation`). Read: a word of meeting (`meet`, `met`, `meeting`, `talks`, `summit`, `encounter`), `with`, up to three
    words of a title or an article and no mark, right before the head in its sentence (`_MET_WITH`; the words before
    a sentence's end were read until the thirty-seventh session's read: `Shoigu met Kim in July. [Kim] flew to
    Vladivostok` refused); since the thirty-sixth session's
    second read also a verb of meeting's own object (`arrived in Russia on Tuesday to meet President [Vladimir
    Putin]`) and an adverbial between a noun of meeting and `with` (`for talks on Wednesday with [Putin]`), both
    passed, and no conjunction among the title's words (`met reporters and [Kim] flew ...`). Not judged: a head whose
    entity the sentence names again (`met with [Kim] after he arrived in Vladivostok`: the party met may travel too,
    in a clause of its own), a head followed by a relative clause or a participle (`met with [Kim], who travelled`,
    `with [a North Korean delegation] that flew to Moscow`, `talks with [Kim], visiting Russia for the first time`:
    the last two refused until the thirty-sixth session), the head of an apposition after a title that does not close
    its sentence (`talks with the Russian leader, [Vladimir Putin], on Wednesday`: the words do not tell it from a
    clause's subject after a phrase, `After talks with the Russian leader, [Kim], tired, flew home`; one that closes
    it, `ahead of talks with the Russian leader, [Vladimir Putin].`, is read since the thirty-seventh session), a type
    the arguments do not fit (V210's)."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, frozenset({"TRAVELS_TO"})):
        if not fits(view, r, head, tail):
            continue
        start, end = _sentence_bounds(view, text, head.start)  # (`Shoigu met Kim in July. [Kim] flew`: no party met)
        named = head.start  # where the sentence's other mentions of the head's entity end
        if not _MET_WITH.search(text, max(head.start - _MET_REACH, start), head.start):
            titled = _MET_WITH_TITLED.search(text, max(head.start - _MET_REACH, start), head.start)
            if titled is None or text[head.end:end].strip().rstrip("\"'\u201d\u2019") not in (".", "!", "?"):
                continue
            named = titled.start()  # an apposition that closes its sentence: its title may be the head's mention
        if _MET_OPENS.match(text, head.end) is not None or (
                view.mention_type.get(head.id) != "PER" and _MET_OPENS_NOT_A_PERSON.match(text, head.end) is not None):
            continue
        if names_entity(view, head.entity, start, named) or names_entity(view, head.entity, head.end, end):
            continue
        yield Hit(pointer("relations", i, "head"), head.id,
                  f"{r.id} TRAVELS_TO({head.text!r}, {tail.text!r}): its head is the party met")

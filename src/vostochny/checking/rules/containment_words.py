"""A containment against the words between its arguments: a place written first with `in` or `of` after it (V434:
`[two other cities] in Russia’s [Far East]` lies in the other), a state's possessive (V440: `[South Korea]’s [Defense
Ministry]` says whose a body is, not where it lies, docs/guidelines.md, hard cases 24 and 38), a coordination that
lists the two side by side (V441: `[North Korea] and [Russia]`), `in` alone, which says where the first lies
(V435: `[Kookmin University] in [Seoul]` is no organ, nation, meeting or journey), and a state's possessive of a
national body that is no organ (V448: `Russia's [TASS] news agency` is NATIONALITY, not PART_OF); and what the
registry's classes say of a place: a nationality is a state's (V463: not a city's, `Seoul’s [Ewha University]`), no
state lies in another (V464: `urged [North Korea] to end arms talks with [Russia]`), and a city holds no state, no other
city and nothing its words place in another city (V475)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, rule
from vostochny.checking.rules.relation_words import typed_relations
from vostochny.checking.rules.relations import PLACE_ADJECTIVES, POSSESSIVE, STATE_CLASSES, fits, written_inside
from vostochny.model.labels import RELATION_TYPES
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation

#: what a state owns rather than holds: a body and a facility (a region of it, a LOC, lies in it: `[Russia]'s [Far
#: East]`; a city, a GPE, too)
_OWNED = frozenset({"ORG", "FAC"})
#: a possessive pronoun that names its owner as a state's name does (`[its] aging [air force]`)
_OWNERS = frozenset({"its", "their"})
#: up to three words that modify what a possessive owns (`North Korea’s official [Korean Central News Agency]`), none
#: a word of grammar, so that the possessive is the head's own
_OWNED_MODIFIERS = rf"(?:(?!(?:and|or|but|of|the|a|an|to|in|at|on|for|with|from|by|as|that|who|which|is|was|are|were|" \
                   rf"has|have|had|will|would|could|may|might|said|says){SPACE})[^\W\d_][\w.\u2019'-]*{SPACE}+){{0,3}}"
#: the possessive after a state's name or nominal, then the words before what it owns
_AFTER_NAME = compiled(rf"['\u2019\u02bc]s{SPACE}+{_OWNED_MODIFIERS}", re.IGNORECASE)
#: the words between a possessive pronoun and what it owns
_AFTER_PRONOUN = compiled(rf"{SPACE}+{_OWNED_MODIFIERS}", re.IGNORECASE)
#: an earlier item of a list that a possessive owns with its last (`[the country]'s ruling party, government and
#: [military]`): up to four words, none of grammar (`_OWNED_MODIFIERS`'), then a comma, `and` or `or`
_ITEM = rf"(?:{_OWNED_MODIFIERS}[^\W\d_][\w.\u2019'-]*(?:,{SPACE}+(?:(?:and|or){SPACE}+)?|{SPACE}+(?:and|or){SPACE}+))"
_LIST_AFTER_NAME = compiled(rf"['\u2019\u02bc]s{SPACE}+{_ITEM}{{1,4}}{_OWNED_MODIFIERS}", re.IGNORECASE)
_LIST_AFTER_PRONOUN = compiled(rf"{SPACE}+{_ITEM}{{1,4}}{_OWNED_MODIFIERS}", re.IGNORECASE)
#: the words a list's last item opens with where it is a clause's subject, not an item that the possessive owns
#: (`[Russia]'s war continues, and [the fleet] ...`)
_DETERMINED = compiled(r"(?:the|a|an|its|their|his|her|this|that|these|those)(?![\w'\u2019-])", re.IGNORECASE)
#: how far before what it owns a possessive's owner may start (`North Korea’s official ...`: three modifiers; a list of
#: four items before it)
_REACH = 80
#: all that lies between two mentions a coordination lists side by side (`[North Korea] and [Russia]`, `[Seoul], or
#: the [Far East]`)
_COORDINATION = compiled(rf",?{SPACE}+(?:and|or|nor|as{SPACE}+well{SPACE}+as|and/or|&){SPACE}+"
                         rf"(?:(?:the|both){SPACE}+)?", re.IGNORECASE)
_CONTAINMENT = frozenset({"LOCATED_IN", "PART_OF"})
#: the nouns of a state's organs that end a body's words (hard case 24: a ministry, the armed forces), as a body's
#: last words in any case (`[Defense Ministry]`, `[its aging air force]`, `[South Korea's military]`), or before
#: `of` (`[Ministry of National Defense]`)
_ORGAN = compiled(r"(?<![\w-])(?:ministry|ministries|military|army|navy|fleet|air\s+force|armed\s+forces|government|"
                  rf"cabinet|parliament|committee|council|department|command|guard|police)(?:\Z|{SPACE}+of{SPACE})",
                  re.IGNORECASE)
#: an agency, an organ of the state where it is called official or state (`_STATE_BODY`)
_AGENCY = compiled(r"(?<![\w-])agency\Z", re.IGNORECASE)
_STATE_BODY = compiled(r"(?<![\w-])(?:official|state)(?![\w-])", re.IGNORECASE)


@rule("V434", "containment-reversed-against-in", "a LOCATED_IN relation's tail is written before its head, `in` or "
      "`of` right after it: the words put the tail inside the head", "swap head and tail: in `[A] in [B]` and "
      "`[A] of [B]` A lies in B, LOCATED_IN(A, B) (docs/guidelines.md, Relations)")
def containment_reversed_against_in(ctx: DocContext) -> Iterator[Hit]:
    """LOCATED_IN(head, tail) puts the head inside the tail (docs/guidelines.md, Relations). Where the tail is
    written first and the word right after it is `in`, `of`, `inside` or `within`, with at most four more words
    before the head, none of them punctuation but a possessive nor a word that opens a relative clause (`the
    [peninsula] of which [North Korea] is part`) (`[an unknown location] in the [Far East]`, `the [Far East] of
    [Russia]`, `[aviation factories] in the Russian city of [Komsomolsk-on-Amur]`), the words put the tail inside the
    head: the relation is reversed, whatever the registry says of the two (an enclave written `[Vatican City] in
    [Rome]` lies in Rome, hard case 57). V271 reads this only before a state's name the registry classes; an attack
    that swapped every directed relation's head and tail found six LOCATED_IN of the eight swaps that passed written
    so. Not judged: PART_OF (a body is named after what holds it or what it holds: `the parent company of
    [Reuters]`), words of another shape, and a relation V271 already refuses (folded into it)."""
    for i, r, head, tail, between in written_inside(ctx):
        yield Hit(pointer("relations", i), r.id, f"{r.id}: {tail.text!r} {' '.join(between)} {head.text!r}")


@rule("V440", "owned-typed-located", "a LOCATED_IN relation puts an organisation or facility in the state whose "
      "possessive names its owner (`[South Korea]’s [Defense Ministry]`)", "a state's possessive says whose it is: "
      "PART_OF for an organ of the state, NATIONALITY for another body, no relation for a facility "
      "(docs/guidelines.md, hard cases 24 and 38)")
def owned_typed_located(ctx: DocContext) -> Iterator[Hit]:
    """A country's possessive of an organisation or a facility means ownership, not location (hard case 38): `X's
    ORG` is PART_OF(ORG, X) for an organ of the state (`[South Korea]'s [Defense Ministry]`, `North Korea’s official
    [Korean Central News Agency]`) and NATIONALITY(ORG, X) for another body (`[Russia]'s [TASS] news agency`, hard
    case 24). LOCATED_IN takes an ORG head and a GPE tail too, so an attack on release 1 that retyped each relation
    to every other type passed 12 of its 13 PART_OF as LOCATED_IN. Read where the registry classes the tail's record a
    country or sovereign state (a city's possessive is a place: `[Seoul]’s [Ewha University]` lies in Seoul) and the
    head is an ORG or FAC mention that the tail owns by a possessive: right before it with up to three modifiers
    (`North Korea’s official`), at the start of the head's own span (`[[South Korea]'s military]`), or a possessive
    pronoun (`[its] [air force]`); and the last item of a list the possessive opens, none with an article (`[the
    country]'s ruling party, government and [military]`: the twenty-ninth session's attack passed it as LOCATED_IN and
    NATIONALITY). Not judged: an owner farther off (`[the country]'s aging but powerful [fleet]`),
    an owner written after (`the [fleet] of [Russia]`, which may say where it is), a tail whose record has no class."""
    for i, r, head, tail, _, kb_id in _state_owned(ctx, frozenset({"LOCATED_IN"}), _OWNED):
        yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} LOCATED_IN({head.text!r}, {tail.text!r}): {kb_id} "
                  f"is a state and its possessive names the owner of {head.text!r}")


@rule("V442", "organ-typed-nationality", "a NATIONALITY relation joins an organ of a state (a ministry, its armed "
      "forces, an official agency) to the state whose possessive names its owner (`[South Korea]'s [Defense "
      "Ministry]`)", "type it PART_OF: an organ of the state is part of it (docs/guidelines.md, hard case 24)")
def organ_typed_nationality(ctx: DocContext) -> Iterator[Hit]:
    """`X's ORG` is PART_OF(ORG, X) when the organisation is an organ of the state (a ministry, the armed forces, an
    agency called official or state) and NATIONALITY(ORG, X) otherwise (hard case 24): an attack on release 1 that
    retyped each relation to every other type passed 12 of its 13 PART_OF as NATIONALITY, whose arguments fit
    them too. Read where V440 reads a state's possessive (the tail's record classed a country or sovereign state, a
    mention of its entity owning the head right before it or at the start of its span) and the head's words end on a
    noun of a state's organ (`_ORGAN`: `[Defense Ministry]`, `[its aging air force]`, `[South Korea's military]`,
    `[North Korea's space science and technology committee]`) or hold one before `of` (`[Ministry of National
    Defense]`), or end on `agency` with `official` or `state` between owner and end (`North Korea’s official [Korean
    Central News Agency]`; `Russia's [TASS] news agency` stays NATIONALITY). Not judged: a nationality adjective
    (`[South Korean] [Foreign Ministry]`: the tail a NORP, which PART_OF does not take), a body whose name holds no
    such noun (`[Roscosmos]`)."""
    text = ctx.text or ""
    for i, r, head, tail, owner, kb_id in _state_owned(ctx, frozenset({"NATIONALITY"}), frozenset({"ORG"})):
        if _ORGAN.search(text, head.start, head.end) or (
                _AGENCY.search(text, head.start, head.end) and _STATE_BODY.search(text, owner.end, head.end)):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} NATIONALITY({head.text!r}, {tail.text!r}): "
                      f"{head.text!r} is an organ of {kb_id}, whose possessive names its owner")


#: the nouns of a body no state holds as its organ, ending a body's words or right after its name (`[TASS] news
#: agency`, `[the country's ruling party]`, hard case 24): a news agency, a party, a company, a university, a think tank
_NATIONAL_BODY = rf"(?:news{SPACE}+agency|news{SPACE}+agencies|party|parties|company|companies|firm|firms|" \
                 rf"university|universities|think{SPACE}+tank|think{SPACE}+tanks|newspaper|newspapers)"
_NATIONAL_BODY_END = compiled(rf"(?<![\w-]){_NATIONAL_BODY}\Z", re.IGNORECASE)
_NATIONAL_BODY_AFTER = compiled(rf"{SPACE}+{_NATIONAL_BODY}(?![\w'\u2019-])", re.IGNORECASE)


@rule("V448", "national-body-typed-as-organ", "a PART_OF relation joins a news agency, a party, a company, a "
      "university or a think tank to the state whose possessive names its owner (`Russia's [TASS] news agency`, "
      "`[the country]'s [ruling party]`)", "type it NATIONALITY: a national body that is no organ of the state is "
      "not part of it (docs/guidelines.md, hard case 24)")
def national_body_typed_as_organ(ctx: DocContext) -> Iterator[Hit]:
    """`X's ORG` is PART_OF(ORG, X) when the organisation is an organ of the state and NATIONALITY(ORG, X) otherwise
    (hard case 24: `Russia's TASS news agency`, `the country's ruling party`): V442 refuses a NATIONALITY of an organ,
    and nothing refused the mirror, a PART_OF of a national body, whose arguments fit PART_OF too: the thirtieth
    session's retyping attack passed release 1's two (TASS, the ruling party). Read where V442 reads a state's
    possessive (the tail's record classed a country or sovereign state, a mention of its entity owning the head right
    before it or at the start of its span) and the head's words end on a noun of a body no state holds as its organ
    (`_NATIONAL_BODY`: a news agency, a party, a company, a firm, a university, a think tank, a newspaper), or its
    name is followed by one (`[TASS] news agency`), with neither `official` nor `state` between the owner and that
    noun (`North Korea’s official [Korean Central News Agency]` is an organ, PART_OF; `Moscow State University`) nor
    a noun of an organ in the head (V442's `_ORGAN`). Not judged: another body (`Russia's space agency`, a state's
    organ though no word says so; `[Roscosmos]`), an owner written after, a tail whose record has no class."""
    text = ctx.text or ""
    for i, r, head, tail, owner, kb_id in _state_owned(ctx, frozenset({"PART_OF"}), frozenset({"ORG"})):
        after = _NATIONAL_BODY_AFTER.match(text, head.end)
        end = after.end() if after is not None else head.end
        if (after is not None or _NATIONAL_BODY_END.search(text, head.start, head.end)) \
                and not _STATE_BODY.search(text, owner.end, end) and not _ORGAN.search(text, head.start, head.end):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} PART_OF({head.text!r}, {tail.text!r}): "
                      f"{text[head.start:end]!r} is a national body of {kb_id}, no organ of it")


def _state_owned(ctx: DocContext, kinds: frozenset[str], heads: frozenset[str]
                 ) -> Iterator[tuple[int, Relation, Mention, Mention, Mention, str]]:
    """Each relation of `kinds` whose head, of an entity type of `heads`, a state owns by a possessive: the tail's
    record classed a country or a sovereign state, a mention of the tail's entity right before the head or at the
    start of its span (`_owns`); with that mention and the record's id."""
    index, text = ctx.registry_index, ctx.text or ""
    if index is None:
        return
    view, classes = ctx.view, index.classes
    for i, r, head, tail in typed_relations(ctx, kinds):
        kb_id = getattr(view.entities.get(tail.entity), "kb_id", None)
        if view.mention_type.get(head.id) in heads and kb_id and classes.get(kb_id) in STATE_CLASSES \
                and fits(view, r, head, tail):
            owner = next((m for m in _near(ctx, head, tail.entity) if _owns(text, m, head)), None)
            if owner is not None:
                yield i, r, head, tail, owner, kb_id


def _near(ctx: DocContext, head: Mention, entity: str) -> Iterator[Mention]:
    """The mentions of `entity` that start up to `_REACH` characters before `head` or where it starts: where its
    owner may stand (`[the country]'s`, `[its]`, the tail itself or another mention of its entity)."""
    order, starts, _ = ctx.view.mentions_in_order
    mentions = ctx.doc.mentions
    for k in range(bisect_left(starts, head.start - _REACH), bisect_right(starts, head.start)):
        m = mentions[order[k]]
        if m.entity == entity and m is not head:
            yield m


def _owns(text: str, owner: Mention, owned: Mention) -> bool:
    """Whether `owner` is a possessive of `owned`: right before it, or at the start of its span."""
    if owner.start == owned.start and owner.end < owned.end:
        # a possessive right after a state's name at the start of the head's own span (`[[South Korea]'s military]`)
        return (_AFTER_PRONOUN if owner.text.lower() in _OWNERS else POSSESSIVE).match(text, owner.end) is not None
    if owner.end > owned.start:
        return False
    pronoun = owner.text.lower() in _OWNERS
    if (_AFTER_PRONOUN if pronoun else _AFTER_NAME).fullmatch(text, owner.end, owned.start):
        return True
    listed = _LIST_AFTER_PRONOUN if pronoun else _LIST_AFTER_NAME
    return not _DETERMINED.match(text, owned.start) and listed.fullmatch(text, owner.end, owned.start) is not None


@rule("V441", "containment-of-a-coordination", "a LOCATED_IN or PART_OF relation joins two mentions that a "
      "coordination lists side by side (`[North Korea] and [Russia]`)", "a list states no containment: remove the "
      "relation, or type it by what the sentence states of the two (MEETS: `North Korea and Russia discussed ...`)")
def containment_of_a_coordination(ctx: DocContext) -> Iterator[Hit]:
    """`[North Korea] and [Russia] discussed military cooperation`: two mentions joined by `and`, `or`, `nor` or `as
    well as` and nothing else are listed side by side, and a list says nothing of one lying in the other or being part
    of it. An attack on release 1 that retyped each relation as LOCATED_IN passed two of its 18 MEETS so (two states
    coordinated: the types of their arguments fit). Only what lies between the two is read, so an address's comma
    (`[Seoul], [South Korea]`) and a list's member before the place it lies in (`[Seoul] and other cities in [South
    Korea]`) are not judged."""
    text, view = ctx.text or "", ctx.view
    for i, r, head, tail in typed_relations(ctx, _CONTAINMENT):
        first, second = (head, tail) if head.end <= tail.start else (tail, head)
        if first.end <= second.start and _COORDINATION.fullmatch(text, first.end, second.start) \
                and fits(view, r, head, tail):
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the "
                      f"text reads {text[first.start:second.end]!r}")


#: what alone between a body, a place or an event and a place says where the first lies (`[Kookmin University] in
#: [Seoul]`, `the [summit] at the [Vostochny Cosmodrome]`)
_PLACED = compiled(rf"{SPACE}+(?:in|at|inside){SPACE}+(?:the{SPACE}+)?", re.IGNORECASE)
#: `in`, `at` or `inside` after a body, a comma before it (an aside: `[Kookmin University], in [Seoul],`) and up to two
#: adjectives of a place after it (`in northern [Seoul]`): the city V475 reads the body placed in (both since the
#: thirty-fifth session); and a title of the city in apposition before its name, up to three capitalised words, an
#: adjective of a place and a noun of a city, then `of` or a comma (`in the South Korean capital [Seoul]`, `in the
#: city of [Seoul]`, `in the capital, [Seoul]`: since the thirty-sixth session; a word in lower case before the
#: capitalised words, `capital city` and `metropolis`, `in the bustling South Korean capital of [Seoul]`, or `of` and
#: the state's name (up to three capitalised words) and a comma, `in the capital of South Korea, [Seoul]`: since the
#: thirty-seventh)
_CITY_TITLE = (rf"(?:(?-i:[a-z][\w\u2019'-]*){SPACE}+)?(?:(?-i:[A-Z][\w.\u2019'-]*){SPACE}+){{0,3}}"
               rf"(?-i:{PLACE_ADJECTIVES}?)(?-i:capital(?:{SPACE}+city)?|city|port{SPACE}+city|port|town|metropolis)"
               rf"(?:{SPACE}+of{SPACE}+(?:the{SPACE}+)?(?:(?-i:[A-Z][\w.\u2019'-]*){SPACE}+){{0,2}}"
               rf"(?-i:[A-Z][\w.\u2019'-]*),|{SPACE}+of|,)?{SPACE}+")
_PLACED_IN_A_CITY = compiled(rf",?{SPACE}+(?:in|at|inside){SPACE}+(?:the{SPACE}+)?(?-i:{PLACE_ADJECTIVES}{{0,2}})"
                             rf"(?:{_CITY_TITLE})?", re.IGNORECASE)
#: the types a body's place may be mistaken for that a state may also state by `in` (`the [ruling party] in [North
#: Korea]`: its nation's party)
_NATIONAL = frozenset({"PART_OF", "NATIONALITY"})
_LOCATED = RELATION_TYPES["LOCATED_IN"]


@rule("V435", "placed-typed-otherwise", "a PART_OF, NATIONALITY, MEETS or TRAVELS_TO relation joins a body, place or "
      "event to the place that `in` or `at` alone after it names where it lies (`[Kookmin University] in [Seoul]`)",
      "type it LOCATED_IN: `in` says where the first lies, not whose it is, nor a meeting or a journey "
      "(docs/guidelines.md, hard case 17)")
def placed_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """`[Kookmin University] in [Seoul]`, `Russia's [Pacific fleet] in [Vladivostok]`: a body, a place or an event
    followed by `in`, `at` or `inside` alone (an article after it) and a place lies there, LOCATED_IN
    (docs/guidelines.md, hard case 25: `the [summit] at the [Vostochny Cosmodrome]`), and being somewhere is no
    journey (hard case 17). An
    attack on release 1 that retyped each relation to every other type passed 8 such LOCATED_IN as PART_OF,
    NATIONALITY, MEETS or TRAVELS_TO, whose arguments fit them too: the words state where it lies, not an organ, a
    nation, a meeting or a journey. Read where the two arguments' types fit LOCATED_IN (a person is never placed so:
    `Kim in Russia` states no relation) and the place is no metonym (`the [government] in [Pyongyang]`, Pyongyang for
    the state, may be PART_OF). Not judged: PART_OF and NATIONALITY of a place whose record the registry classes a
    country or a sovereign state (`the [ruling party] in [North Korea]` may name its nation's party), other
    prepositions (`near`, `of`), and a type its arguments do not fit (V210's)."""
    text, view, index = ctx.text or "", ctx.view, ctx.registry_index
    types = view.mention_type
    for i, r, head, tail in typed_relations(ctx, frozenset({"PART_OF", "NATIONALITY", "MEETS", "TRAVELS_TO"})):
        if head.end > tail.start or tail.metonymy or types.get(head.id) not in _LOCATED["head"] \
                or types.get(tail.id) not in _LOCATED["tail"] or not _PLACED.fullmatch(text, head.end, tail.start) \
                or not fits(view, r, head, tail):
            continue
        kb_id = getattr(view.entities.get(tail.entity), "kb_id", None)
        if r.type in _NATIONAL and index is not None and index.classes.get(kb_id or "") in STATE_CLASSES:
            continue  # `the [ruling party] in [North Korea]`: its nation's
        yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the text "
                  f"reads {text[head.start:tail.end]!r}, where it lies")


#: the Wikidata classes of a place that is no state (`labels.WIKIDATA_CLASS_TYPES`): a city, a capital
_NO_STATE_CLASSES = frozenset({"city", "capital"})


@rule("V463", "nationality-of-no-state", "a NATIONALITY relation's tail is a place that the registry or the "
      "document's own containment says is no state (a city, a place inside a state)", "a nationality is a state's: "
      "LOCATED_IN for a body in a city (`Seoul’s [Ewha University]`), or NATIONALITY to the state "
      "(docs/guidelines.md, Relations)")
def nationality_of_no_state(ctx: DocContext) -> Iterator[Hit]:
    """NATIONALITY joins a person or a body to the state (or the people, a NORP) it belongs to (docs/guidelines.md,
    Relations): a city's university or a capital's citizen has its state's nationality, and the city's possessive says
    where it lies (`Seoul’s [Ewha University]` is LOCATED_IN, hard case 38). The thirty-first session's retyping sweep
    passed that LOCATED_IN as NATIONALITY, whose arguments fit it too. Read where the tail is a GPE mention, no metonym
    (`[Moscow]'s envoy` may stand for the state), of an entity whose record the registry classes no country or
    sovereign state and that the evidence says is no state: the registry classes it a city or a capital, or the
    document puts a mention of its entity inside a place whose record the registry classes a country or a sovereign
    state (`[Seoul], [South Korea]`: a state lies in no other, V464). Release 1's registry classes Seoul a city, with
    its source. Not judged: a tail no record, class or containment of the document tells (Vladivostok in a report
    that never places it: its record has no class), and a NORP tail (`[Scottish]`, a people)."""
    index = ctx.registry_index
    if index is None or "NATIONALITY" not in ctx.view.column("relations", "type"):
        return
    view, classes = ctx.view, index.classes
    inside_states = _inside_states(ctx)
    for i, r, head, tail in typed_relations(ctx, frozenset({"NATIONALITY"})):
        kb_id = getattr(view.entities.get(tail.entity), "kb_id", None)
        cls = classes.get(kb_id or "")
        if not kb_id or tail.metonymy or view.mention_type.get(tail.id) != "GPE" or cls in STATE_CLASSES \
                or not fits(view, r, head, tail):
            continue
        why = f"the registry classes {kb_id} a {cls}" if cls in _NO_STATE_CLASSES else \
            f"the document puts {kb_id} inside {inside_states[tail.entity]}" if tail.entity in inside_states else None
        if why is not None:
            yield Hit(pointer("relations", i, "type"), r.type,
                      f"{r.id} NATIONALITY({head.text!r}, {tail.text!r}): {why}, no state")


def _inside_states(ctx: DocContext) -> dict[str, str]:
    """The entities of the document that one of its LOCATED_IN relations puts inside a place whose record the
    registry classes a country or a sovereign state, each with that record's id."""
    index, view = ctx.registry_index, ctx.view
    found: dict[str, str] = {}
    if index is None:
        return found
    for _, r, head, tail in typed_relations(ctx, frozenset({"LOCATED_IN"})):
        kb_id = getattr(view.entities.get(tail.entity), "kb_id", None)
        if kb_id and index.classes.get(kb_id) in STATE_CLASSES and fits(view, r, head, tail) and not tail.metonymy:
            found.setdefault(head.entity, kb_id)
    return found


#: what between a place and the state after it, or a state and the place after it, says that one lies in the other:
#: an address's comma, a possessive, or up to four words and `in`, `inside`, `within` or `part of` (`Scotland, United
#: Kingdom`, `the UK's Scotland`, `Scotland in the UK`, `[Vatican City], an enclave in [Italy]`, hard case 57); the
#: comma also fullwidth or ideographic, as V271 reads an address's (`Estonia，Russia`)
_COMMAS = ",\uff0c\u3001"
STATED_INSIDE = compiled(rf"(?:[{_COMMAS}]{SPACE}*|['\u2019\u02bc]s{SPACE}+|[{_COMMAS}]?{SPACE}+"
                          rf"(?:[^\W\d_][\w'\u2019-]*{SPACE}+){{0,4}}"
                          rf"(?:in|inside|within|part{SPACE}+of){SPACE}+(?:the{SPACE}+)?)", re.IGNORECASE)


@rule("V464", "state-inside-a-state", "a LOCATED_IN relation puts a state inside another state (both records "
      "classed a country or a sovereign state) where no words between them say so",
      "a state's territory is its own: drop the relation or type it by what the sentence states of the two (MEETS: "
      "`urged [North Korea] to end arms talks with [Russia]`) (docs/guidelines.md, Relations)")
def state_inside_a_state(ctx: DocContext) -> Iterator[Hit]:
    """A sovereign state's territory is its own: one state lies in another only where the text says so in words of
    containment (docs/guidelines.md, Relations): a constituent country, which Wikidata classes a country too (`Scotland,
    United Kingdom`), or an enclave the text places (`[Vatican City], an enclave in [Italy]`, hard case 57). The
    thirty-first session's retyping sweep passed `Britain urged [North Korea] to end arms talks with [Russia]` MEETS as
    LOCATED_IN, two GPEs whose records the registry classes countries. Read where both arguments are mentions, no
    metonym, of entities linked to two records the registry classes a country or a sovereign state, and the words
    right between them do not place one in the other (`STATED_INSIDE`: an address's comma, a possessive, up to four
    words and `in`, `inside`, `within` or `part of`). Not judged: a place the registry does not class (`[Korea]`,
    `[the Soviet Union]`), words of containment farther off, a type the arguments do not fit (V210's), a relation of
    one record (V222's)."""
    index = ctx.registry_index
    if index is None:
        return
    text, view, classes = ctx.text or "", ctx.view, index.classes
    for i, r, head, tail in typed_relations(ctx, frozenset({"LOCATED_IN"})):
        kb = [getattr(view.entities.get(m.entity), "kb_id", None) for m in (head, tail)]
        if not all(kb) or kb[0] == kb[1] or head.metonymy or tail.metonymy \
                or not all(classes.get(k or "") in STATE_CLASSES for k in kb) or not fits(view, r, head, tail):
            continue
        first, second = (head, tail) if head.end <= tail.start else (tail, head)
        if first.end <= second.start and STATED_INSIDE.fullmatch(text, first.end, second.start):
            continue
        yield Hit(pointer("relations", i, "type"), r.type,
                  f"{r.id} LOCATED_IN({head.text!r}, {tail.text!r}): {kb[0]} and {kb[1]} are both states")


#: the classes of a place in the registry (`labels.WIKIDATA_CLASS_TYPES`): a state, a city, a capital
_PLACE_CLASSES = STATE_CLASSES | _NO_STATE_CLASSES


@rule("V475", "place-in-another-city",
      "a LOCATED_IN relation puts inside a city (its record classed a city or a capital) a state or another city the "
      "registry classes, or a body or place that its own words place in another city (`[Seoul]’s [Ewha University]`)",
      "a city holds no state and no other city, and what the words place in one city lies in no other: move the tail "
      "back to the place the words name, or drop the relation (docs/guidelines.md, Relations)")
def place_in_another_city(ctx: DocContext) -> Iterator[Hit]:
    """LOCATED_IN(head, tail) puts the head inside the tail (docs/guidelines.md, Relations). A city or a capital holds
    no state and no other city, and a body or a place that its own words put in one city (a city's possessive right
    before it: `[Seoul]’s [Ewha University]`, hard case 38; `in`, `at` or `inside` alone after it: `[Kookmin
    University] in [Seoul]`, since the thirty-fifth session past a comma before it and adjectives of a place after
    it, `, in northern [Seoul]`, since the thirty-sixth past the city's title in apposition, `in the South Korean
    capital [Seoul]`, `in the city of [Seoul]`, since the thirty-seventh past a word in lower case before the title,
    `capital city` and `metropolis`, `in the bustling South Korean capital of [Seoul]`, and a title that names the
    state, `in the capital of South Korea, [Seoul]`) lies in no other city. The thirty-third session's
    relation-argument sweep, which moves a relation's head or tail to each other mention of its sentence, passed such
    moves:
    LOCATED_IN(Ewha University, Seoul) with its head moved to `North Korea` or to `Pyongyang` (a state inside a
    city). Read where
    the tail is a mention, no metonym, of an entity whose record the registry classes a city or a capital, and
    either the head is a mention of a record the registry classes a place (a country, a sovereign state, a city, a
    capital; a metonym too: `[Pyongyang]` standing for North Korea is the state; V464 reads a state in a state) with
    no words of containment right between the two (V464's: an address's comma, a
    possessive, up to four words and `in`, `inside`, `within` or `part of`: `[Vatican City] in [Rome]`, hard case 57,
    is the text's to say), or the head's own words place it in a city or capital of another record. Not judged: a
    tail the registry does not class a city (Vladivostok, a region, a state: a city lies in its state), a place its
    words place in a city of no class, a type the arguments do not fit (V210's), a relation of one entity (V222's)."""
    index = ctx.registry_index
    if index is None:
        return
    text, view, classes = ctx.text or "", ctx.view, index.classes
    for i, r, head, tail in typed_relations(ctx, frozenset({"LOCATED_IN"})):
        tail_kb = getattr(view.entities.get(tail.entity), "kb_id", None)
        if not tail_kb or tail.metonymy or classes.get(tail_kb) not in _NO_STATE_CLASSES \
                or not fits(view, r, head, tail):
            continue
        head_kb = getattr(view.entities.get(head.entity), "kb_id", None)
        if head_kb == tail_kb:
            continue
        head_class = classes.get(head_kb or "")
        if head_kb and head_class in _PLACE_CLASSES:
            first, second = (head, tail) if head.end <= tail.start else (tail, head)
            if not (first.end <= second.start and STATED_INSIDE.fullmatch(text, first.end, second.start)):
                yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} LOCATED_IN({head.text!r}, {tail.text!r}): "
                          f"{tail_kb} is a {classes[tail_kb]}, which holds no {head_class}")
            continue
        other = _city_placing(ctx, head, tail_kb)
        if other is not None:
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} LOCATED_IN({head.text!r}, {tail.text!r}): the "
                      f"words place {head.text!r} in {other.text!r}, another city")



def _city_placing(ctx: DocContext, head: Mention, tail_kb: str) -> Mention | None:
    """The mention, no metonym, of a record other than `tail_kb` that the registry classes a city or a capital and
    whose words place `head` in it: its possessive right before `head` or opening its span (`[Seoul]’s [Ewha
    University]`, `_owns`), or right after `head` with `in`, `at` or `inside` alone between (`[Kookmin University] in
    [Seoul]`); None if there is none."""
    index, view, text = ctx.registry_index, ctx.view, ctx.text or ""
    if index is None:
        return None
    order, starts, _ = view.mentions_in_order
    mentions = ctx.doc.mentions
    for k in range(bisect_left(starts, head.start - _REACH), bisect_right(starts, head.end + _REACH)):
        m = mentions[order[k]]
        kb_id = getattr(view.entities.get(m.entity), "kb_id", None)
        if m is head or m.metonymy or m.entity == head.entity or not kb_id or kb_id == tail_kb \
                or index.classes.get(kb_id) not in _NO_STATE_CLASSES:
            continue
        if _owns(text, m, head) or (head.end <= m.start and _PLACED_IN_A_CITY.fullmatch(text, head.end, m.start)):
            return m
    return None

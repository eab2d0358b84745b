"""Rules on relations: argument types (V210), sentences (V217), both arguments one entity (V222), copies (V223), the
most informative argument (V230), factuality (V235, V260), symmetric order (V238), reversed containment (V258, V271)
and types that exclude each other (V259). The rules that read a relation against its words are `relation_words`'s,
one read through a quote `quoted_relations`'s."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Hashable, Iterable, Iterator
from itertools import chain, compress
from typing import TYPE_CHECKING, Literal

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, first_use, repeats, rule
from vostochny.checking.rules.entities import record_types
from vostochny.checking.rules.mention_agreement import pronoun_misplaced
from vostochny.model.labels import (
    ANTISYMMETRIC_RELATIONS,
    EXCLUSIVE_RELATIONS,
    NEGATION_WORDS,
    RECEIVE_WORDS,
    RELATION_TYPES,
    SUPPLY_WORDS,
    SYMMETRIC_RELATIONS,
)
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation


#: an adjective of a place's part, kind or neighbourhood and what follows it before the place's name (a comma and
#: spaces, or a hyphen), as one repeatable group (`eastern `, `far `, `remote, `, `neighbouring `): a preposition
#: before it still takes the place (`to the eastern [Vladivostok] area`, V472; `the war in eastern [Ukraine]`,
#: V476); in lower case only (`Far Eastern` opens a name), and no adjective of a person's (`the visiting [Kim]`); since
#: the thirty-sixth session's second read a place's state of war (`the war in war-torn [Ukraine]`) and two adjectives
#: joined by `and` or `or` (`in southern and eastern [Ukraine]`), which hid a war's place from V476
PLACE_ADJECTIVES = (r"(?:(?:far|remote|coastal|central|border|outer|inner|rural|occupied|neighbou?ring|northern"
                    r"|southern|eastern|western|(?:north|south)(?:east|west)ern|mid-?western|war-torn|war-ravaged"
                    rf"|embattled|besieged)(?:,?{SPACE}+(?:(?:and|or){SPACE}+)?|-))")


#: the argument keys of a relation, literal so that they index `labels.RelationSpec`
_ROLES: tuple[Literal["head", "tail"], ...] = ("head", "tail")


#: each role's (relation type, entity type) pairs that fit (`labels.RELATION_TYPES`), and an argument of no known type
_FITTING = {role: frozenset((kind, etype) for kind, spec in RELATION_TYPES.items() for etype in (*spec[role], None))
            for role in _ROLES}


@rule("V210", "relation-argument-type", "a relation argument has an entity type the relation does not accept",
      "choose another relation type or argument (see docs/guidelines.md, Relations)")
def relation_argument_type(ctx: DocContext) -> Iterator[Hit]:
    """Each relation type declares the entity types of its head and tail in `vostochny.model.labels`. An argument
    whose entity is typed unlike its registry record (V216's) is reported only if the record's type does not fit
    either: the entity retyped by mistake is the one error. A relation of an entity with itself is V222's alone (its
    tail mis-picked: what type that mention has is moot), and an argument that is a pronoun its entity's type
    contradicts (`he` of a place) V256's."""
    relations, types = ctx.doc.relations, ctx.view.mention_type
    for i, role in _misfits(ctx):
        r = relations[i]
        allowed, ref = RELATION_TYPES[r.type][role], getattr(r, role)
        yield Hit(pointer("relations", i, role), ref, f"{r.type} {role} is {types.get(ref)}, allowed: "
                  f"{', '.join(allowed)}")


def _misfits(ctx: DocContext) -> Iterator[tuple[int, Literal["head", "tail"]]]:
    """Each relation's argument, by its index and role, whose entity type its type does not accept (V210's)."""
    types, record, mentions = ctx.view.mention_type, record_types(ctx), ctx.view.mentions
    kinds = ctx.view.column("relations", "type")
    fit = (map(_FITTING[role].__contains__, zip(kinds, map(types.get, ctx.view.column("relations", role)), strict=True))
           for role in _ROLES)  # both arguments of nearly every relation fit its type: one map per role
    for i in compress(range(len(kinds)), map(operator.not_, map(operator.and_, *fit))):
        r = ctx.doc.relations[i]
        if _to_itself(ctx, r):
            continue  # V222's
        for role in _ROLES:
            allowed, ref = RELATION_TYPES[r.type][role], getattr(r, role)
            etype = types.get(ref)
            if etype is not None and etype not in allowed and record.get(ref, etype) not in allowed \
                    and not pronoun_misplaced(mentions.get(ref), etype):  # else V256's
                yield i, role


@rule("V217", "relation-across-sentences", "relation arguments lie in different sentences",
      "pick mentions of the two entities in the sentence that states the relation (if the ids were renumbered, "
      "point the relation at the mentions it had)")
def relation_sentence(ctx: DocContext) -> Iterator[Hit]:
    """A relation links two mentions of the one sentence that states it (docs/guidelines.md, Relations): formats that
    carry relations per sentence drop one across sentences, and a relation end names its mention by id alone, so
    that mention ids renumbered or swapped by hand (a mention removed, the rest renumbered) re-point it, mostly to a
    mention of another sentence. An error, not a warning (it was one, and such a re-pointing passed with exit 0, as
    a review found); a sentence boundary the splitter put inside the sentence that states a relation is moved by
    hand and counted (V283)."""
    where = ctx.view.mention_sentence
    for i, r in enumerate(ctx.doc.relations):
        if r.head in where and r.tail in where and where[r.head] != where[r.tail]:  # 1-based in the message
            yield Hit(pointer("relations", i), r.id,
                      f"{r.head} and {r.tail} are in sentences {where[r.head] + 1} and {where[r.tail] + 1}")


def _to_itself(ctx: DocContext, r: Relation) -> bool:
    """Whether a relation's head and tail are mentions of one entity (V222's)."""
    head, tail = ctx.view.mentions.get(r.head), ctx.view.mentions.get(r.tail)
    return head is not None and tail is not None and head.entity == tail.entity


@rule("V222", "relation-to-itself", "a relation links an entity to itself",
      "point head and tail at mentions of two different entities")
def relation_to_itself(ctx: DocContext) -> Iterator[Hit]:
    """Every relation type relates two referents (Kim MEETS Putin); a head and a tail in one
    cluster is a mis-picked argument or a coreference error."""
    mentions = ctx.view.mentions
    for i, r in enumerate(ctx.doc.relations):
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is not None and tail is not None and head.entity == tail.entity:
            yield Hit(pointer("relations", i), r.id, f"{r.head} and {r.tail} are both mentions of {head.entity}")


@rule("V223", "duplicate-relation", "a relation is annotated twice",
      "remove the second copy (same type and entities in one sentence; either way round for a symmetric type)")
def duplicate_relation(ctx: DocContext) -> Iterator[Hit]:
    """A relation is one statement between two entities in the sentence that states it, annotated once on
    the most informative mention of each (docs/guidelines.md, Relations): a second copy, on the same
    mentions or on other mentions of the same two entities in that sentence (the sentence of its head), or
    a symmetric one (MEETS) the other way round, double-counts it in every score and statistic."""
    relations = ctx.doc.relations
    for i, first in repeats(_relation_keys(ctx.view)):
        r = relations[i]
        yield Hit(pointer("relations", i), r.id, f"same as {relations[first].id}: {r.type} {r.head} -> {r.tail}")


#: a relation as what it states (`_relation_keys`): type, the entities of head and tail, the sentence of its head
RelationKey = tuple[str, tuple[Hashable, Hashable] | frozenset[Hashable], int | None]


def _relation_keys(view: DocumentView) -> list[RelationKey]:
    """Each relation as what it states: type, the entities of head and tail (a mention that does not
    exist stands for itself: V209's), and the sentence of its head; a symmetric type's two entities
    unordered. Built once per view (V223 and V238 read it), by columns where every argument exists."""
    key = ("relation_keys",)
    if key not in view.derived:
        entity = dict(zip(reversed(view.column("mentions", "id")), reversed(view.column("mentions", "entity")),
                          strict=True))  # the first mention of an id, as `view.mentions` (V206 reports the second)
        types, heads, tails = (view.column("relations", name) for name in ("type", "head", "tail"))
        if entity.keys() >= {*heads, *tails}:
            pairs = list(zip(map(entity.__getitem__, heads), map(entity.__getitem__, tails), strict=True))
        else:
            pairs = [(entity.get(h, ("mention", h)), entity.get(t, ("mention", t)))
                     for h, t in zip(heads, tails, strict=True)]
        keys: list[RelationKey] = list(zip(types, pairs, map(view.mention_sentence.get, heads), strict=True))
        for i in [i for i, kind in enumerate(types) if kind in SYMMETRIC_RELATIONS]:
            keys[i] = (types[i], frozenset(pairs[i]), keys[i][2])
        view.derived[key] = keys
    return view.derived[key]  # type: ignore[no-any-return]


_INFORMATIVE = {"name": 0, "nominal": 1, "pronoun": 2}


@rule("V230", "relation-argument-not-most-informative",
      "a relation argument is a pronoun or nominal although its sentence names the entity",
      "use the entity's name in the sentence as the argument (else a nominal, else the pronoun)",
      severity="warning")
def relation_informative(ctx: DocContext) -> Iterator[Hit]:
    """A relation read on its own ("he TRAVELS_TO Vladivostok") says less than the same relation on
    the name the sentence gives ("Kim would travel ..., where he would tour"): relations take the
    most informative mention of each entity in the sentence, a name, then a nominal, then a pronoun. Only an
    argument that is no name can say less than another mention: only the mentions of their entities are read."""
    view = ctx.view
    sentence, mentions, relations, by_id = view.mention_sentence, ctx.doc.mentions, ctx.doc.relations, view.mentions
    weak = [(i, role, m) for role in _ROLES for i, m in enumerate(map(by_id.get, view.column("relations", role)))
            if m is not None and m.kind != "name"]
    wanted = {m.entity for _, _, m in weak}
    best: dict[tuple[int, str], Mention] = {}
    for mention in map(mentions.__getitem__, compress(range(len(mentions)),
                                                      map(wanted.__contains__, view.column("mentions", "entity")))):
        key = (sentence[mention.id], mention.entity)
        if key not in best or _INFORMATIVE[mention.kind] < _INFORMATIVE[best[key].kind]:
            best[key] = mention
    tops = [(i, role, m, best[sentence[m.id], m.entity]) for i, role, m in weak]
    for i, role, m, top in sorted(item for item in tops if _INFORMATIVE[item[3].kind] < _INFORMATIVE[item[2].kind]):
        yield Hit(pointer("relations", i, role), m.id, f"{relations[i].id} {role} {m.text!r} is a {m.kind}; "
                  f"the sentence has the {top.kind} {top.text!r} ({top.id})")


@rule("V235", "factuality-not-annotated", "a relation's factuality is not annotated",
      "set factuality: asserted, reported, possible or denied (docs/guidelines.md, Factuality)", severity="warning")
def factuality_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """"Kim met Putin" and "Russia could supply arms" are both relations, but only one happened: a
    relation without its factuality (written by schema 1.3.0 and earlier, or by a tool) cannot be told
    apart from an asserted one. A warning, so that relations can be added before this is read."""
    for i, r in enumerate(ctx.doc.relations):
        if r.factuality is None:
            yield Hit(pointer("relations", i), r.id, f"{r.type} {r.head} -> {r.tail}")


@rule("V238", "symmetric-relation-order", "a symmetric relation's head comes after its tail in the text",
      "swap head and tail: a symmetric relation (MEETS) has the first mention in the text as its head")
def symmetric_relation_order(ctx: DocContext) -> Iterator[Hit]:
    """A symmetric relation (`labels.SYMMETRIC_RELATIONS`) holds either way round, so it is annotated
    once, head the first mention in the text (docs/guidelines.md, Relations): either order would do, and
    two annotators, or a system and the gold, would then disagree on nothing. Mentions that start
    together are not judged; a relation that another repeats the other way round is V223's, and
    one whose arguments lie in two sentences V217's (its mentions are to be picked again first)."""
    view, relations = ctx.view, ctx.doc.relations
    symmetric = [i for i, kind in enumerate(view.column("relations", "type")) if kind in SYMMETRIC_RELATIONS]
    spans = [(view.mention_span(relations[i].head), view.mention_span(relations[i].tail)) for i in symmetric]
    late = [i for i, (head, tail) in zip(symmetric, spans, strict=True) if head and tail and head[0] > tail[0]]
    copies = set(chain.from_iterable(repeats(_relation_keys(view)))) if late else set()
    sentence = view.mention_sentence
    for i in late:
        r = relations[i]
        if i not in copies and sentence[r.head] == sentence[r.tail]:
            yield Hit(pointer("relations", i), r.id, f"{r.type} head {r.head} starts after tail {r.tail}")


def relation_entities(view: DocumentView) -> list[tuple[str, str] | None]:
    """The entities of each relation's head and tail; None where an argument is no mention (V209's) or
    both are one entity (V222's)."""
    mentions = view.mentions
    found: list[tuple[str, str] | None] = []
    for head, tail in zip(view.column("relations", "head"), view.column("relations", "tail"), strict=True):
        h, t = mentions.get(head), mentions.get(tail)
        found.append((h.entity, t.entity) if h is not None and t is not None and h.entity != t.entity else None)
    return found


def _unrepeated(view: DocumentView) -> bool:
    """Whether no two relations of the exclusive types link the same two entities (either way round) in the
    sentence of their heads: then V259 has no pair to compare (its valid path, on V223's keys)."""
    keys = compress(_relation_keys(view), map(_EXCLUSIVE_TYPES.__contains__, view.column("relations", "type")))
    found = [(frozenset(pair), sentence) for _, pair, sentence in keys]
    return len(set(found)) == len(found)


def _unreversed(view: DocumentView) -> bool:
    """Whether no containment relation has its two entities the other way round in another of its type
    (V258's valid path, on V223's keys: a containment type is not symmetric, so its key's pair is ordered)."""
    keys = compress(_relation_keys(view), map(ANTISYMMETRIC_RELATIONS.__contains__, view.column("relations", "type")))
    found = {(kind, tuple(pair)) for kind, pair, _ in keys}
    return not any((kind, pair[::-1]) in found for kind, pair in found if pair[0] != pair[1])


@rule("V258", "relation-reversed", "a containment relation is stated both ways round between two entities",
      "keep the direction the text states: the part or the place inside is the head (docs/guidelines.md, Relations)")
def relation_reversed(ctx: DocContext) -> Iterator[Hit]:
    """PART_OF and LOCATED_IN are containment (`labels.ANTISYMMETRIC_RELATIONS`): `[Seoul], [South Korea]` is
    LOCATED_IN(Seoul, South Korea), and a part never contains its whole, so the same type between the same
    two entities the other way round, in any sentence of the document, is a head and tail swapped. The
    other directed types accept no entity type both as head and as tail (their reversal is V210's), or may
    hold both ways (TRAVELS_TO of two delegations). The later relation of the two is reported; not where either is
    one that its words say is reversed (V271's and V434's: that one swapped is the one fix), and a relation with an
    argument of a type its type does not take is left out (V210's: a PART_OF or LOCATED_IN swapped onto an event,
    `[Ukraine] in [the war]`, is one error, not a reversal of each correct one beside it)."""
    types = ctx.view.column("relations", "type")
    if ANTISYMMETRIC_RELATIONS.isdisjoint(types) or _unreversed(ctx.view):
        return
    seen: dict[tuple[str, str, str], int] = {}
    relations, misfit = ctx.doc.relations, {i for i, _ in _misfits(ctx)}
    against: set[int] | None = None  # V271's and V434's relations, read at the first reversal
    for i, (kind, pair) in enumerate(zip(types, relation_entities(ctx.view), strict=True)):
        if kind not in ANTISYMMETRIC_RELATIONS or pair is None or i in misfit:
            continue
        other = seen.get((kind, pair[1], pair[0]))
        if other is not None:
            if against is None:
                against = {j for j, _ in _against_text(ctx)} | {found[0] for found in written_inside(ctx)}
            if i in against or other in against:
                continue  # the one its words say is reversed: V271's or V434's
            r, first = relations[i], relations[other]
            yield Hit(pointer("relations", i), r.id, f"{kind} {r.head} -> {r.tail} reverses {first.id} "
                      f"({first.head} -> {first.tail}): entities {pair[0]} and {pair[1]}")
        seen.setdefault((kind, *pair), i)


@rule("V259", "relation-types-exclusive", "two relation types that exclude each other link the same two "
      "entities in one sentence", "keep the one the sentence states (docs/guidelines.md, Relations)")
def relation_types_exclusive(ctx: DocContext) -> Iterator[Hit]:
    """Some types exclude each other between one head and one tail in a sentence (`labels.EXCLUSIVE_RELATIONS`,
    docs/guidelines.md, Relations): a head of state or body is LEADER_OF it and an officer OFFICIAL_OF it, not
    both (hard case 23), and NATIONALITY is not used when either already links the pair; AFFILIATED_WITH is
    belonging without an office; a transfer is SUPPLIES(supplier, item) and RECEIVES(recipient, item), two
    parties, so one entity is not both for one item in one sentence, unless the sentence states two transfers: a
    word of supplying and one of receiving coordinated (`labels.SUPPLY_WORDS`, `labels.RECEIVE_WORDS`, at most three
    tokens apart with `and`, `or`, `but` or a comma between: `North Korea [bought and sold] weapons`, `buys or
    sells`), where it is both; between them only such words, adverbs (`sold and then bought`, `bought cheaply and
    sold`) or the item, which a mention of it then follows (`bought [weapons] and sold [them]`): a word of another
    object or subject is another transfer (`got food and sold weapons`, `gives and Russia gets weapons`). Keyed on
    the head's sentence, as V223 is; the later relation of the two is reported. Not caught: one transfer given both
    sides in a sentence that coordinates such words for other items too (`it bought and sold grain, and gave Russia
    weapons`: the coordination is read in the sentence, not on the item)."""
    view = ctx.view
    types = view.column("relations", "type")
    grouped = list(compress(range(len(types)), map(_EXCLUSIVE_TYPES.__contains__, types)))
    if len(grouped) < 2 or _unrepeated(view):
        return
    pairs, sentence, relations = relation_entities(view), view.mention_sentence, ctx.doc.relations
    seen: dict[tuple[str, str, int | None], list[int]] = {}
    for i in grouped:
        pair = pairs[i]
        if pair is None:
            continue
        earlier = seen.setdefault((*pair, sentence.get(relations[i].head)), [])
        clash = next((j for j in earlier if types[j] != types[i]
                      and any({types[i], types[j]} <= group for group in EXCLUSIVE_RELATIONS)), None)
        if clash is not None and {types[i], types[clash]} == TRANSFER \
                and transfers_coordinated(view, sentence.get(relations[i].head), pair[1]):
            clash = None  # `bought and sold`: two transfers, the one entity a party to each
        if clash is not None:
            r, first = relations[i], relations[clash]
            yield Hit(pointer("relations", i), r.id, f"{r.type} {r.head} -> {r.tail} beside {first.type} "
                      f"{first.id} ({first.head} -> {first.tail}) between the same entities")
        earlier.append(i)


#: the relation types of any group of `labels.EXCLUSIVE_RELATIONS`
_EXCLUSIVE_TYPES = frozenset().union(*EXCLUSIVE_RELATIONS)
#: the two sides of a transfer
TRANSFER = frozenset({"SUPPLIES", "RECEIVES"})
#: the words that coordinate two verbs (`bought and sold`, `buys or sells`, `not only buys but also sells`, `sold,
#: bought`) and how many tokens may lie between the two
_COORDINATORS = frozenset({"and", "or", "nor", "but", "&", "/", ","})
_COORDINATION_REACH = 3
#: the other words that may lie between two coordinated verbs of one subject and one object (`sold and then bought`,
#: `buys but also sells`, `bought back and sold`; and any word in -ly, `bought cheaply and sold`)
_BESIDE_VERBS = frozenset({"then", "also", "later", "again", "even", "both", "either", "not", "only", "sometimes",
                           "often", "now", "once", "still", "too", "back", "up", "off", "out", "on", "in", "re"})
#: words in lower case in -ly that are no adverb but a noun or verb (`sold [family] heirlooms and bought`: the sale's
#: own object; `sold and [rely] on`): between two verbs, another object, subject or verb
LY_NOT_ADVERBS = frozenset({
    "ally", "anomaly", "apply", "assembly", "belly", "bully", "butterfly", "comply", "duopoly", "family", "fly",
    "folly", "gully", "homily", "imply", "jelly", "lily", "monopoly", "multiply", "oligopoly", "panoply", "rally",
    "rely", "reply", "sully", "supply", "tally", "underbelly"})


def transfers_coordinated(view: DocumentView, sentence: int | None, item: str) -> bool:
    """Whether the sentence coordinates a word of supplying and one of receiving (`labels.SUPPLY_WORDS`,
    `labels.RECEIVE_WORDS`) of one subject and one object, the entity `item`: at most `_COORDINATION_REACH` tokens
    between them, a coordinator among them, and the others words between verbs (`_BESIDE_VERBS`, an adverb: a
    word in lower case in -ly, in no mention, not a noun or verb in -ly, `LY_NOT_ADVERBS`)
    or a mention of the item that a mention of it follows after the second verb (`bought [weapons] and sold [them]`);
    not where another word lies between, each verb's own object or subject (`got food and sold`, `gives and Russia
    gets`). False where the sentence is missing (V214's)."""
    doc_sentences = view.doc.sentences
    if sentence is None or not 0 <= sentence < len(doc_sentences):
        return False
    first, end = view.token_range(doc_sentences[sentence].start, doc_sentences[sentence].end)
    written = view.token_texts[first:end]
    words = [t.lower() for t in written]
    supply = [k for k, word in enumerate(words) if word in SUPPLY_WORDS]
    receive = [k for k, word in enumerate(words) if word in RECEIVE_WORDS]
    pairs = [(min(a, b), max(a, b)) for a in supply for b in receive if abs(a - b) - 1 <= _COORDINATION_REACH]
    pairs = [(a, b) for a, b in pairs if not _COORDINATORS.isdisjoint(words[a + 1:b])]
    if not pairs:
        return False
    spans = [((f - first, e - first), entity) for (f, e), entity in zip(view.token_ranges("mentions"),
                                                                        view.column("mentions", "entity"), strict=True)
             if first <= f < end]
    items = [span for span, entity in spans if entity == item]
    of_item = {k for f, e in items for k in range(f, e)}
    named = {k for (f, e), _ in spans for k in range(f, e)}  # a word in a mention is no adverb (`Italy`, `Sicily`)
    for a, b in pairs:
        held = [k for k in range(a + 1, b) if k in of_item]
        if all(k in of_item or words[k] in _COORDINATORS or words[k] in _BESIDE_VERBS
               or (written[k].endswith("ly") and written[k].isalpha() and written[k].islower() and k not in named
                   and written[k] not in LY_NOT_ADVERBS)
               for k in range(a + 1, b)) \
                and (not held or any(b < f <= b + 2 for f, _ in items)):
            return True
    return False


def negated(view: DocumentView, sentences: Iterable[int]) -> bool:
    """Whether a token of the sentences is a negation or denial word (`labels.NEGATION_WORDS`, or ends in n't);
    True where a sentence is missing (a broken sentence layer is V214's, and then nothing is judged)."""
    texts, doc_sentences = view.token_texts, view.doc.sentences
    for s in sentences:
        if not 0 <= s < len(doc_sentences):
            return True
        first, end = view.token_range(doc_sentences[s].start, doc_sentences[s].end)
        words = {t.lower().replace("\u2019", "'") for t in texts[first:end]}
        if not words.isdisjoint(NEGATION_WORDS) or any(w.endswith("n't") for w in words):
            return True
    return False


@rule("V260", "denied-without-negation", "a relation is `denied` but its sentence holds no negation or denial",
      "set the factuality the sentence gives (a title or apposition is `asserted`), or fix the relation's sentence "
      "(docs/guidelines.md, Factuality)")
def denied_without_negation(ctx: DocContext) -> Iterator[Hit]:
    """Negation of the relation itself (*did not meet*, *denied supplying*, *no weapons were transferred*)
    makes it `denied` (docs/guidelines.md, Factuality), and a relation is read in its own sentence: a
    `denied` relation whose sentence holds no negation or denial word (`labels.NEGATION_WORDS`, generous:
    *not*, *n't*, *no*, *never*, *without*, *deny*, *reject*, *dismiss*, *false*, ...) is mislabelled, as a
    title (`North Korean leader Kim Jong Un`) would be: it is `asserted`. The sentences of head and tail
    are read; the words are not checked to negate this relation (an error only where none is there)."""
    view = ctx.view
    if "denied" not in view.column("relations", "factuality"):
        return
    sentence = view.mention_sentence
    for i, r in enumerate(ctx.doc.relations):
        if r.factuality != "denied" or r.head not in sentence or r.tail not in sentence:
            continue
        if not negated(view, range(min(sentence[r.head], sentence[r.tail]),
                                    max(sentence[r.head], sentence[r.tail]) + 1)):
            yield Hit(pointer("relations", i, "factuality"), r.factuality,
                      f"{r.id} {r.type} {r.head} -> {r.tail}: no negation or denial word in its sentence")


#: the Wikidata classes of a state (`labels.WIKIDATA_CLASS_TYPES`): a place written before a state's name, after a
#: comma or `in`, lies in it (`[Moscow], [Russia]`, `[two other cities] in [Russia]`)
STATE_CLASSES = frozenset({"country", "sovereign state"})
#: the zones whose place names are addresses, written place first, then the state it lies in (`SEOUL, South Korea
#: (AP) —`, `Litvinova reported from Tallinn, Estonia.`)
_ADDRESS_ZONES = frozenset({"dateline", "byline"})
#: the possessive between a place and a place named as its own (`Russia's Far East`; U+02BC: the tokenizer's clitic
#: too, `Russiaʼs`)
POSSESSIVE = compiled(f"['\u2019\u02bc]s{SPACE}")
#: a comma between an address's parts: the comma, the fullwidth comma U+FF0C or the ideographic comma U+3001
_COMMAS = ",\uff0c\u3001"
#: the comma of an address and any spaces after it, or none (`Tallinn, Estonia`, `Tallinn,Estonia`, `Tallinn，Estonia`)
_comma = first_use(f"[{_COMMAS}]{SPACE}*")
#: the words that put a place inside the state named after them: an address's comma, or `in` (`[Moscow], [Russia]`,
#: `[Moscow],[Russia]`, `[Seoul] in [South Korea]`, `[Seoul], in [South Korea]`, `[the cities] in the [Russian
#: Federation]`), in any case (a headline's `[Moscow] In [Russia]`)
_PLACE_IN = compiled(f"(?:[{_COMMAS}]{SPACE}*|(?:[{_COMMAS}]{SPACE}*|{SPACE}+)(?i:in|inside|within){SPACE}+"
                     f"(?i:the{SPACE}+)?)")
#: the longest text `_PLACE_IN` matches that V271 reads (`, within the `, a few spaces more)
_PLACE_IN_REACH = 16
#: the word before a place that makes the place and a name after its comma an apposition, not an address (`the
#: largest republic of the [Soviet Union], [Russia]`, `the largest republic in the former [Soviet Union], [Russia]`:
#: `in` only before `former`, as `in [Vladivostok], [Russia]` is an address)
_genitive = first_use(f"(?:^|\\W)(?:of{SPACE}+(?:the{SPACE}+)?(?:former{SPACE}+)?"
                       f"|(?:in|inside|within|among){SPACE}+(?:the{SPACE}+)?former{SPACE}+)$", re.IGNORECASE)


@rule("V271", "containment-against-text", "a LOCATED_IN relation puts a place inside one that its words say lies "
      "inside it", "swap head and tail: the place inside is the head (`[Seoul], [South Korea]` and `[Russia]'s [Far "
      "East]` are LOCATED_IN(Seoul, South Korea) and LOCATED_IN(Far East, Russia))")
def containment_against_text(ctx: DocContext) -> Iterator[Hit]:
    """LOCATED_IN(head, tail) puts the head inside the tail (docs/guidelines.md, Relations), and a lone relation stated
    the wrong way round (`LOCATED_IN(South Korea, Seoul)`) contradicts no other relation, so V258 cannot see it. Three
    ways of writing two places say for certain which holds the other. A possessive between two place names: the
    possessor holds what it owns (`[Russia]'s [Far East]`, `[Seoul]’s [Ewha University]`, hard case 38), so
    LOCATED_IN(possessor, possessed) is reversed, the possessor a GPE or LOC. An address in a dateline or byline, a
    place, a comma and the state it lies in (`SEOUL, South Korea (AP) —`, `reported from Tallinn, Estonia.`):
    LOCATED_IN(the state, the place before it) is reversed, both GPEs. And in any zone, a place written before a state's
    name, after a comma or `in` (`[Moscow], [Russia]`, `[Seoul] in [South Korea]`, `[two other cities] in [Russia]`),
    where the registry classes the state's record a country or sovereign state and not the place's: the place lies in
    the state, and LOCATED_IN(the state, the place) is reversed (a place named, a city, a region, a facility; after a
    comma a GPE or FAC name not written as a genitive's object, `the largest republic of the [Soviet Union], [Russia]`
    or `in the former [Soviet Union], [Russia]` being an apposition; after `in`, in any case, also a LOC or a nominal).
    The registry's classes alone say nothing: an enclave state lies in a city where the text says so (`[Vatican City],
    [Rome]`, LOCATED_IN(Vatican City, Rome), hard case 57). The possessive and the address read two names, the state's
    `in` a name or nominal before it, never a pronoun. The possessor may also open the tail's own span, a mention of
    the head's entity, a place (GPE or LOC): a name and a possessive (`[[Russia]'s Far East]`) or a possessive pronoun
    (`[[its] east coast]` of North Korea: the thirty-first session's swap sweep passed LOCATED_IN(North Korea, its east
    coast)); a pronoun of a third entity (`its` of North Korea in a relation of Pyongyang) is not read, nor a body's or
    person's (`the company, at [its] headquarters`). An argument whose type LOCATED_IN does not take is V210's, an
    address's comma is also the fullwidth U+FF0C or the ideographic U+3001, with any spaces after it or none
    (`Moscow,Russia`, `Moscow，Russia`, `Moscow、Russia`), and spaces are any but a line break. Not caught here: a
    reversal written otherwise or around a place that is no classed state (`[two other cities] in [Russia’s Far East]`,
    `the [Far East] of [Russia]`: V434's), an address in a body paragraph whose state the registry does not class (`the
    largest city of Primorsky Krai, Vladivostok.` is an apposition, LOCATED_IN(Vladivostok, Primorsky Krai)), and
    PART_OF, whose modifiers and possessives read either way (`[White House] [National Security Council]`, `Reuters'
    parent company`)."""
    for i, found in _against_text(ctx):
        r = ctx.doc.relations[i]
        yield Hit(pointer("relations", i), r.id, f"{r.id} {found}")


def _against_text(ctx: DocContext) -> Iterator[tuple[int, str]]:
    """Each LOCATED_IN relation that its words say is reversed (V271's) and why: V258 leaves a reversal of it alone."""
    view = ctx.view
    types = view.column("relations", "type")
    if "LOCATED_IN" not in types:
        return
    text = ctx.text or ""
    mentions, heads, tails = view.mentions, view.column("relations", "head"), view.column("relations", "tail")
    for i in [i for i, kind in enumerate(types) if kind == "LOCATED_IN"]:
        head, tail = mentions.get(heads[i]), mentions.get(tails[i])
        if head is None or tail is None:
            continue  # V209's
        owner = _possessor_within(ctx, text, tail, head.entity)
        if owner is not None:
            if view.mention_type.get(head.id) in _PLACE_OWNERS and fits(view, ctx.doc.relations[i], head, tail):
                yield i, f"LOCATED_IN({head.text!r}, {tail.text!r}): {text[owner.start:owner.end]!r} opens " \
                         f"{tail.text!r} and stands for {head.text!r}: the possessor holds the place, never lies in it"
            continue
        if head.end <= tail.start:
            if tail.start - head.end > 3 or not POSSESSIVE.fullmatch(text, head.end, tail.start):
                continue  # no possessive: the valid path
        elif tail.end <= head.start:
            if head.start - tail.end > _PLACE_IN_REACH or not _PLACE_IN.fullmatch(text, tail.end, head.start):
                continue  # no address, no `in`: the valid path
        else:
            continue
        found = _reversed_by(ctx, text, head, tail)
        if found is not None:
            yield i, f"LOCATED_IN({head.text!r}, {tail.text!r}): {found}"


#: the types of a possessor that holds the place it owns (`[its] [east coast]` of North Korea); a body or a person may
#: lie in what it owns (`the company, at [its] headquarters`)
_PLACE_OWNERS = frozenset({"GPE", "LOC"})
#: a possessive pronoun that stands for its owner as a name with `'s` does (`[its] east coast`)
_PRONOUN_OWNERS = frozenset({"its", "their"})
_SPACE = compiled(SPACE)


def fits(view: DocumentView, r: Relation, head: Mention, tail: Mention) -> bool:
    """Whether the entity types of `head` and `tail` fit `r`'s type (`labels.RELATION_TYPES`), of two entities: the
    rules that judge a type by its words leave one its arguments do not fit to V210 alone, and one of an entity with
    itself to V222 alone (its tail mis-picked, what its words say of the two is moot)."""
    kinds = RELATION_TYPES[r.type]
    return view.mention_type.get(head.id) in kinds["head"] and view.mention_type.get(tail.id) in kinds["tail"] \
        and head.entity != tail.entity


def _possessor_within(ctx: DocContext, text: str, owned: Mention, entity: str) -> Mention | None:
    """The mention of `entity` that opens `owned`'s span as its possessor, or None: a possessive pronoun and a space
    (`[[its] east coast]`) or a name and a possessive (`[[Russia]'s Far East]`), ending before `owned` does."""
    order, starts, _ = ctx.view.mentions_in_order
    mentions = ctx.doc.mentions
    for k in range(bisect.bisect_left(starts, owned.start), bisect.bisect_right(starts, owned.start)):
        m = mentions[order[k]]
        if m is owned or m.entity != entity or m.end >= owned.end:
            continue
        if m.text.lower() in _PRONOUN_OWNERS:
            if _SPACE.match(text, m.end):
                return m
        elif POSSESSIVE.match(text, m.end):
            return m
    return None


#: the words that put the place before them inside the place after them (`[two other cities] in [Russia’s Far East]`,
#: `the [Far East] of [Russia]`), lower case
_INSIDE = frozenset({"in", "of", "inside", "within"})
#: words that open a relative clause (`the [peninsula] of which [North Korea] is part`): the place after them is its
#: subject, and the clause may put it anywhere
_RELATIVE = frozenset({"which", "where", "whose", "whom", "that"})
#: the most tokens between the two places, the first of `_INSIDE` (`in the Russian city of`): more is another phrase
_MOST_INSIDE = 5


def written_inside(ctx: DocContext) -> Iterator[tuple[int, Relation, Mention, Mention, tuple[str, ...]]]:
    """Each LOCATED_IN relation whose tail is written first, `in`, `of`, `inside` or `within` right after it and at
    most four more words (no punctuation but a possessive, no word opening a relative clause) before its head (V434's:
    the words put the tail inside the head), with its arguments and the words between: V258 leaves a reversal of it
    alone."""
    view, mentions = ctx.view, ctx.view.mentions
    texts = view.token_texts
    for i, r in enumerate(ctx.doc.relations):
        if r.type != "LOCATED_IN":
            continue
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or tail.end > head.start:
            continue
        first, last = view.token_range(tail.end, head.start)
        between = texts[first:last]
        if 0 < len(between) <= _MOST_INSIDE and between[0].casefold() in _INSIDE \
                and all((w.isalnum() and w.casefold() not in _RELATIVE) or w in ("’s", "'s") for w in between):
            yield i, r, head, tail, between


def _reversed_by(ctx: DocContext, text: str, head: Mention, tail: Mention) -> str | None:
    """Why LOCATED_IN(head, tail) is reversed, or None: a possessive after the head (`[head]'s [tail]`), an address
    (`[tail], [head]` in a dateline or byline), or a state after the place (`[tail], [head]`, `[tail] in [head]`,
    the head's record a state's). Not where an argument has a type LOCATED_IN does not take (V210's)."""
    view, accepted = ctx.view, RELATION_TYPES["LOCATED_IN"]
    if view.mention_type.get(head.id) not in accepted["head"] or view.mention_type.get(tail.id) not in accepted["tail"]:
        return None
    if head.end <= tail.start:
        return _possessed(view, text, head, tail)
    return _addressed(view, text, head, tail) or _state_after(ctx, text, head, tail)


def _possessed(view: DocumentView, text: str, head: Mention, tail: Mention) -> str | None:
    """Why LOCATED_IN(head, tail) is reversed where the text reads `[head]'s [tail]` (two names, the head a
    place): None where it does not."""
    if head.kind == tail.kind == "name" and view.mention_type.get(head.id) in ("GPE", "LOC"):
        return f"the text reads {text[head.start:tail.end]!r}: the possessor holds the place, never lies in it"
    return None


def _addressed(view: DocumentView, text: str, head: Mention, tail: Mention) -> str | None:
    """Why LOCATED_IN(head, tail) is reversed where a dateline or byline reads `[tail], [head]` (two GPE names, an
    address: the place, then the state it lies in): None where it does not."""
    types, starts = view.mention_type, view.column("zones", "start")
    if not _comma().fullmatch(text, tail.end, head.start) or head.kind != "name" or tail.kind != "name" \
            or types.get(head.id) != "GPE" or types.get(tail.id) != "GPE":
        return None
    zone, zones = bisect.bisect_right(starts, tail.start) - 1, view.doc.zones
    if zone < 0 or zones[zone].kind not in _ADDRESS_ZONES or not zones[zone].start <= tail.start < head.end \
            <= zones[zone].end:
        return None
    return f"the {zones[zone].kind} reads {text[tail.start:head.end]!r}: an address names the place, then the " \
           "state it lies in"


def _state_after(ctx: DocContext, text: str, head: Mention, tail: Mention) -> str | None:
    """Why LOCATED_IN(head, tail) is reversed where the text reads `[tail], [head]` or `[tail] in [head]` and the
    registry classes the head's record a state and not the tail's: the place written first lies in the state. After
    a comma the tail is a GPE or FAC name and no genitive's object (`of the [Soviet Union], [Russia]`: an
    apposition); after `in` a GPE, LOC or FAC name or nominal. None where it does not."""
    index = ctx.registry_index
    if index is None or head.kind != "name" or head.metonymy or tail.kind == "pronoun" or tail.metonymy:
        return None
    classes, entities = index.classes, ctx.view.entities
    kb = [getattr(entities.get(m.entity), "kb_id", None) for m in (head, tail)]
    state, place = (classes.get(k) if k else None for k in kb)
    if state not in STATE_CLASSES or place in STATE_CLASSES:
        return None
    if _comma().fullmatch(text, tail.end, head.start) and (
            tail.kind != "name" or ctx.view.mention_type.get(tail.id) not in ("GPE", "FAC")
            or _genitive().search(text, max(tail.start - 24, 0), tail.start)):
        return None
    return f"the text reads {text[tail.start:head.end]!r} and the registry's {kb[0]} is a {state}: the place " \
           "written before a state lies in it"

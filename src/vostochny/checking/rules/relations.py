"""Rules on relations: argument types (V210), sentences (V217), both arguments one entity (V222), copies (V223), the
most informative argument (V230), factuality (V235, V260, V362, V383), symmetric order (V238), reversed containment
(V258, V271), types that exclude each other (V259), a transfer's direction against its verb (V360) and types without a
word of their own in their sentence (V361)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import chain, compress, pairwise
from typing import TYPE_CHECKING, Literal

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, _repeats, content_fragments, rule
from vostochny.model.labels import (
    ANTISYMMETRIC_RELATIONS,
    ENCOUNTER_WORDS,
    EVENT_RELATIONS,
    EXCLUSIVE_RELATIONS,
    LEADER_WORDS,
    MEETING_WORDS,
    NEGATION_WORDS,
    PRONOUNS,
    RECEIVE_WORDS,
    RELATION_TYPES,
    SPOKESPERSON_WORDS,
    SUPPLY_WORDS,
    SYMMETRIC_RELATIONS,
    TITLE_WORDS,
)
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Mention


#: the argument keys of a relation, literal so that they index `labels.RelationSpec`
_ROLES: tuple[Literal["head", "tail"], ...] = ("head", "tail")


@rule("V210", "relation-argument-type", "a relation argument has an entity type the relation does not accept",
      "choose another relation type or argument (see docs/guidelines.md, Relations)")
def relation_argument_type(ctx: DocContext) -> Iterator[Hit]:
    """Each relation type declares the entity types of its head and tail in `vostochny.model.labels`."""
    types = ctx.view.mention_type
    for i, r in enumerate(ctx.doc.relations):
        for role in _ROLES:
            allowed = RELATION_TYPES[r.type][role]
            etype = types.get(getattr(r, role))
            if etype is not None and etype not in allowed:
                yield Hit(pointer("relations", i, role), getattr(r, role),
                          f"{r.type} {role} is {etype}, allowed: {', '.join(allowed)}")


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
    for i, first in _repeats(_relation_keys(ctx.view)):
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
    copies = set(chain.from_iterable(_repeats(_relation_keys(view)))) if late else set()
    sentence = view.mention_sentence
    for i in late:
        r = relations[i]
        if i not in copies and sentence[r.head] == sentence[r.tail]:
            yield Hit(pointer("relations", i), r.id, f"{r.type} head {r.head} starts after tail {r.tail}")


def _relation_entities(view: DocumentView) -> list[tuple[str, str] | None]:
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
    hold both ways (TRAVELS_TO of two delegations). The later relation of the two is reported."""
    types = ctx.view.column("relations", "type")
    if ANTISYMMETRIC_RELATIONS.isdisjoint(types) or _unreversed(ctx.view):
        return
    seen: dict[tuple[str, str, str], int] = {}
    relations = ctx.doc.relations
    for i, (kind, pair) in enumerate(zip(types, _relation_entities(ctx.view), strict=True)):
        if kind not in ANTISYMMETRIC_RELATIONS or pair is None:
            continue
        other = seen.get((kind, pair[1], pair[0]))
        if other is not None:
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
    pairs, sentence, relations = _relation_entities(view), view.mention_sentence, ctx.doc.relations
    seen: dict[tuple[str, str, int | None], list[int]] = {}
    for i in grouped:
        pair = pairs[i]
        if pair is None:
            continue
        earlier = seen.setdefault((*pair, sentence.get(relations[i].head)), [])
        clash = next((j for j in earlier if types[j] != types[i]
                      and any({types[i], types[j]} <= group for group in EXCLUSIVE_RELATIONS)), None)
        if clash is not None and {types[i], types[clash]} == _TRANSFER \
                and _transfers_coordinated(view, sentence.get(relations[i].head), pair[1]):
            clash = None  # `bought and sold`: two transfers, the one entity a party to each
        if clash is not None:
            r, first = relations[i], relations[clash]
            yield Hit(pointer("relations", i), r.id, f"{r.type} {r.head} -> {r.tail} beside {first.type} "
                      f"{first.id} ({first.head} -> {first.tail}) between the same entities")
        earlier.append(i)


#: the relation types of any group of `labels.EXCLUSIVE_RELATIONS`
_EXCLUSIVE_TYPES = frozenset().union(*EXCLUSIVE_RELATIONS)
#: the two sides of a transfer
_TRANSFER = frozenset({"SUPPLIES", "RECEIVES"})
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
_LY_NOT_ADVERBS = frozenset({
    "ally", "anomaly", "apply", "assembly", "belly", "bully", "butterfly", "comply", "duopoly", "family", "fly",
    "folly", "gully", "homily", "imply", "jelly", "lily", "monopoly", "multiply", "oligopoly", "panoply", "rally",
    "rely", "reply", "sully", "supply", "tally", "underbelly"})


def _transfers_coordinated(view: DocumentView, sentence: int | None, item: str) -> bool:
    """Whether the sentence coordinates a word of supplying and one of receiving (`labels.SUPPLY_WORDS`,
    `labels.RECEIVE_WORDS`) of one subject and one object, the entity `item`: at most `_COORDINATION_REACH` tokens
    between them, a coordinator among them, and the others words between verbs (`_BESIDE_VERBS`, an adverb: a
    word in lower case in -ly, in no mention, not a noun or verb in -ly, `_LY_NOT_ADVERBS`)
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
                   and written[k] not in _LY_NOT_ADVERBS)
               for k in range(a + 1, b)) \
                and (not held or any(b < f <= b + 2 for f, _ in items)):
            return True
    return False


def _negated(view: DocumentView, sentences: Iterable[int]) -> bool:
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
        if not _negated(view, range(min(sentence[r.head], sentence[r.tail]),
                                    max(sentence[r.head], sentence[r.tail]) + 1)):
            yield Hit(pointer("relations", i, "factuality"), r.factuality,
                      f"{r.id} {r.type} {r.head} -> {r.tail}: no negation or denial word in its sentence")


#: the Wikidata classes of a state (`labels.WIKIDATA_CLASS_TYPES`): a place written before a state's name, after a
#: comma or `in`, lies in it (`[Moscow], [Russia]`, `[two other cities] in [Russia]`)
_STATE_CLASSES = frozenset({"country", "sovereign state"})
#: the zones whose place names are addresses, written place first, then the state it lies in (`SEOUL, South Korea
#: (AP) —`, `Litvinova reported from Tallinn, Estonia.`)
_ADDRESS_ZONES = frozenset({"dateline", "byline"})
#: a space between two words of one line: any white space but a line break
_SPACE = f"[^\\S{re.escape(LINE_BREAKS)}]"
#: the possessive between a place and a place named as its own (`Russia's Far East`; U+02BC: the tokenizer's clitic
#: too, `Russiaʼs`)
_POSSESSIVE = re.compile(f"['\u2019\u02bc]s{_SPACE}")
#: a comma between an address's parts: the comma, the fullwidth comma U+FF0C or the ideographic comma U+3001
_COMMAS = ",\uff0c\u3001"
#: the comma of an address and any spaces after it, or none (`Tallinn, Estonia`, `Tallinn,Estonia`, `Tallinn，Estonia`)
_COMMA = re.compile(f"[{_COMMAS}]{_SPACE}*")
#: the words that put a place inside the state named after them: an address's comma, or `in` (`[Moscow], [Russia]`,
#: `[Moscow],[Russia]`, `[Seoul] in [South Korea]`, `[Seoul], in [South Korea]`, `[the cities] in the [Russian
#: Federation]`), in any case (a headline's `[Moscow] In [Russia]`)
_PLACE_IN = re.compile(f"(?:[{_COMMAS}]{_SPACE}*|(?:[{_COMMAS}]{_SPACE}*|{_SPACE}+)(?i:in|inside|within){_SPACE}+"
                       f"(?i:the{_SPACE}+)?)")
#: the longest text `_PLACE_IN` matches that V271 reads (`, within the `, a few spaces more)
_PLACE_IN_REACH = 16
#: the word before a place that makes the place and a name after its comma an apposition, not an address (`the
#: largest republic of the [Soviet Union], [Russia]`, `the largest republic in the former [Soviet Union], [Russia]`:
#: `in` only before `former`, as `in [Vladivostok], [Russia]` is an address)
_GENITIVE = re.compile(f"(?:^|\\W)(?:of{_SPACE}+(?:the{_SPACE}+)?(?:former{_SPACE}+)?"
                       f"|(?:in|inside|within|among){_SPACE}+(?:the{_SPACE}+)?former{_SPACE}+)$", re.IGNORECASE)


@rule("V271", "containment-against-text", "a LOCATED_IN relation puts a place inside one that its words say lies "
      "inside it", "swap head and tail: the place inside is the head (`[Seoul], [South Korea]` and `[Russia]'s [Far "
      "East]` are LOCATED_IN(Seoul, South Korea) and LOCATED_IN(Far East, Russia))")
def containment_against_text(ctx: DocContext) -> Iterator[Hit]:
    """LOCATED_IN(head, tail) puts the head inside the tail (docs/guidelines.md, Relations), and a lone relation
    stated the wrong way round (`LOCATED_IN(South Korea, Seoul)`) contradicts no other relation, so V258 cannot see
    it. Three ways of writing two places say for certain which holds the other. A possessive between two place
    names: the possessor holds what it owns (`[Russia]'s [Far East]`, `[Seoul]’s [Ewha University]`, hard case 38),
    so LOCATED_IN(possessor, possessed) is reversed, the possessor a GPE or LOC. An address in a dateline or byline,
    a place, a comma and the state it lies in (`SEOUL, South Korea (AP) —`, `reported from Tallinn, Estonia.`):
    LOCATED_IN(the state, the place before it) is reversed, both GPEs. And in any zone, a place written before a
    state's name, after a comma or `in` (`[Moscow], [Russia]`, `[Seoul] in [South Korea]`, `[two other cities] in
    [Russia]`), where the registry classes the state's record a country or sovereign state and not the place's: the
    place lies in the state, and LOCATED_IN(the state, the place) is reversed (a place named, a city, a region, a
    facility; after a comma a GPE or FAC name not written as a genitive's object, `the largest republic of the
    [Soviet Union], [Russia]` or `in the former [Soviet Union], [Russia]` being an apposition; after `in`, in any
    case, also a LOC or a nominal). The registry's classes alone say nothing: an enclave state lies in a city where
    the text says so (`[Vatican City], [Rome]`, LOCATED_IN(Vatican City, Rome), hard case 57). The possessive and
    the address read two names, the state's `in` a name or nominal before it, never a pronoun; an argument whose
    type LOCATED_IN does not take is V210's, an address's comma is also the fullwidth U+FF0C or the ideographic
    U+3001, with any spaces after it or none (`Moscow,Russia`, `Moscow，Russia`, `Moscow、Russia`), and spaces are any
    but a line break. Not caught: a reversal written otherwise or around a place that is no classed state (`[two
    other cities] in [Russia’s Far East]`, `the [Far East] of [Russia]`), an address in a body paragraph whose state
    the registry does not class (`the largest city of Primorsky Krai, Vladivostok.` is an apposition,
    LOCATED_IN(Vladivostok, Primorsky Krai)), and PART_OF, whose modifiers and possessives read either way (`[White
    House] [National Security Council]`, `Reuters' parent company`)."""
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
        if head.end <= tail.start:
            if tail.start - head.end > 3 or not _POSSESSIVE.fullmatch(text, head.end, tail.start):
                continue  # no possessive: the valid path
        elif tail.end <= head.start:
            if head.start - tail.end > _PLACE_IN_REACH or not _PLACE_IN.fullmatch(text, tail.end, head.start):
                continue  # no address, no `in`: the valid path
        else:
            continue
        found = _reversed_by(ctx, text, head, tail)
        if found is not None:
            r = ctx.doc.relations[i]
            yield Hit(pointer("relations", i), r.id, f"{r.id} LOCATED_IN({head.text!r}, {tail.text!r}): {found}")


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
    if not _COMMA.fullmatch(text, tail.end, head.start) or head.kind != "name" or tail.kind != "name" \
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
    if state not in _STATE_CLASSES or place in _STATE_CLASSES:
        return None
    if _COMMA.fullmatch(text, tail.end, head.start) and (
            tail.kind != "name" or ctx.view.mention_type.get(tail.id) not in ("GPE", "FAC")
            or _GENITIVE.search(text, max(tail.start - 24, 0), tail.start)):
        return None
    return f"the text reads {text[tail.start:head.end]!r} and the registry's {kb[0]} is a {state}: the place " \
           "written before a state lies in it"


#: a word of the text, as the rules that read a relation's words take it (V360, V361, V362): a run of letters. Read in
#: the raw text, not in the token layer, whose tokens a correction by hand may cut inside a word (`lea` `der`)
_LETTERS = re.compile(r"[^\W\d_]+")
#: the words that may lie between a transfer's party and its verb (`North Korea [to] supply`, `Kim [could] provide`,
#: `North Korea [has or will] provide`, `Russia [would be willing to] share`), besides adverbs in -ly: auxiliaries,
#: `to`, negation and words of intending or being about to; any other word is another predicate, its own subject
_BEFORE_VERB = frozenset({
    "to", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "has", "have", "had", "having",
    "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "not", "never", "also", "still",
    "already", "then", "now", "soon", "later", "again", "even", "just", "only", "once", "first", "and", "or", "either",
    "both", "willing", "able", "ready", "set", "going", "about", "likely", "unlikely", "expected", "planning", "plans",
    "plan", "planned", "agreed", "agrees", "offered", "offers", "promised", "promises", "pledged", "pledges", "vowed",
    "wants", "want", "wanted", "seeks", "seek", "sought", "hopes", "hoped", "tried", "tries", "try", "trying",
    "continues", "continued", "continue", "began", "begins", "started", "starts", "refused", "refuses"})
#: how many words may lie between a transfer's party and its verb
_BEFORE_VERB_REACH = 4
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
_PRONOUN_WORD = re.compile(r"\s([Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|I)\s")


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
    if _TRANSFER.isdisjoint(types) or text is None:
        return
    mentions, relations = view.mentions, ctx.doc.relations
    for i in compress(range(len(types)), map(_TRANSFER.__contains__, types)):
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or head.end >= tail.start or tail.start - head.end > 400:
            continue  # a party after its item, or far from it (V217's): not judged
        own, other = (SUPPLY_WORDS, RECEIVE_WORDS) if r.type == "SUPPLIES" else (RECEIVE_WORDS, SUPPLY_WORDS)
        start, verb = head.start, _transfer_verb(text, head.end, tail.start, own, other)
        found = None if verb is not None else _PRONOUN_WORD.search(text, head.end, tail.start)
        while found is not None:  # a subject pronoun of the head's entity between head and item (`if [it] supplies`)
            if _mention_of(view, head.entity, found.start(1), found.end(1)):
                start, verb = found.start(1), _transfer_verb(text, found.end(1), tail.start, own, other)
                if verb is not None:
                    break
            found = _PRONOUN_WORD.search(text, found.end(1), tail.start)
        if verb is not None and start == head.start and not _infinitive_of(text, head.start, head.end, verb.start(1)):
            verb = None  # `turned to [North Korea] to buy`: a purpose clause, whose subject is the sentence's
        if verb is not None and _item_of(view, text, verb.end(), tail.start, r.type == "RECEIVES") \
                and not _both_sides(view, head, tail):
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
_WORD_BEFORE_PARTY = re.compile(rf"([^\W\d_]+){_SPACE}+$")


def _infinitive_of(text: str, start: int, end: int, verb: int) -> bool:
    """Whether the party at [start, end) is the subject of the verb at `verb`: always where a finite word follows it
    (`[Kim] would be willing to share`); where `to` does, an infinitive's, only where the party
    opens its clause or follows a word of `_INFINITIVE_SUBJECT` (`[North Korea] to supply`, `asked [North Korea] to
    supply`), not a purpose clause after an object (`Russia turned to [North Korea] to buy weapons`: Russia buys)."""
    if text[end:verb].split()[:1] != ["to"]:
        return True
    before = _WORD_BEFORE_PARTY.search(text, max(start - 40, 0), start)
    return before is None or before.group(1).lower() in _INFINITIVE_SUBJECT


def _both_sides(view: DocumentView, head: Mention, tail: Mention) -> bool:
    """Whether the head's entity is both supplier and recipient of the item in the head's sentence, by two relations
    (V259's to judge) or by two coordinated verbs (`North Korea bought [weapons] and sold [them]`)."""
    sentence, at = view.mention_sentence, view.mention_sentence.get(head.id)
    found = {kind for kind, pair, h in zip(view.column("relations", "type"), _relation_entities(view),
                                           view.column("relations", "head"), strict=True)
             if kind in _TRANSFER and pair == (head.entity, tail.entity) and sentence.get(h) == at}
    return found == _TRANSFER or _transfers_coordinated(view, at, tail.entity)


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
_NEXT_WORD = re.compile(f"{_SPACE}+([^\\W\\d_]+)")
#: a word after spaces, or a comma and spaces, as V360 reads from a verb to its item; and what may lie just before it
_NEXT_ITEM_WORD = re.compile(f",?{_SPACE}+([^\\W\\d_]+)")
_BEFORE_THE_ITEM = re.compile(f",?{_SPACE}+")


def _transfer_verb(text: str, start: int, end: int, own: frozenset[str],
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
    """Whether a word is read as an adverb: in lower case, in -ly, and no noun or verb in -ly (`_LY_NOT_ADVERBS`)."""
    return word.endswith("ly") and word.islower() and word not in _LY_NOT_ADVERBS


def _item_of(view: DocumentView, text: str, start: int, end: int, supplying: bool) -> bool:
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
                inside = [(m.start, m.end) for m in view.doc.mentions if start <= m.start and m.end <= end
                          and (supplying or view.mention_type.get(m.id) == "WEA")]
            if not any(a <= match.start(1) and match.end(1) <= b for a, b in inside):
                return False
        start = match.end()
    return bool(_BEFORE_THE_ITEM.fullmatch(text, start, end))


#: the types that V361 reads a word of their own for, with the words (`labels`) and what they are, for the message
_TYPE_WORDS: dict[str, tuple[frozenset[str], str]] = {
    "LEADER_OF": (LEADER_WORDS, "word of leading (leader, president, chairman, head, chief, rules, director, ...)"),
    "SPOKESPERSON_OF": (SPOKESPERSON_WORDS, "word of speaking for a body (spokes..., speaks for, press secretary)"),
    "MEETS": (MEETING_WORDS, "word of meeting (meet, met, summit, talks, ...; visited, welcomed ... before a person)"),
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


@rule("V361", "relation-without-its-word", "a LEADER_OF, SPOKESPERSON_OF or MEETS relation's sentence has no word of "
      "its type (leader, president, chairman, ...; spokes..., speaks for; meet, summit, talks, visited a person, ...)",
      "choose the type that the sentence's words state (OFFICIAL_OF for an office, AFFILIATED_WITH for a post "
      "without one, TRAVELS_TO for a visit to a place), or drop the relation (docs/guidelines.md, Relations)")
def relation_without_its_word(ctx: DocContext) -> Iterator[Hit]:
    """Three relation types are stated by words of their own (docs/guidelines.md, Relations): LEADER_OF by a word of
    leading (`[North Korean] leader [Kim Jong Un]`, `Director [Jo Chun Ryong] of the [Munitions Industry Department]`,
    `labels.LEADER_WORDS`), SPOKESPERSON_OF by one of speaking for a body (`[Kremlin] spokesman [Dmitry Peskov]`,
    `labels.SPOKESPERSON_WORDS`, any word in spokes-, `speaks for`, `spoke on behalf of`, `press secretary`) and MEETS
    by one of meeting (`met`, `summit`, `held talks`, `labels.MEETING_WORDS`). Their arguments' types allow other
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
    mentions, words_of = view.mentions, dict[int, set[str]]()
    for i in compress(range(len(types)), map(_TYPE_WORDS.__contains__, types)):
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None:
            continue  # V209's
        near_start, near_end = max(min(head.start, tail.start) - _NEAR, 0), max(head.end, tail.end) + _NEAR
        if r.type == "LEADER_OF" and _titled(text, head):
            continue  # the head's own title right before it, as most are (`[North Korean] leader [Kim Jong Un]`)
        if not _TYPE_WORDS[r.type][0].isdisjoint(text[near_start:near_end].lower().split()) \
                and (r.type != "LEADER_OF" or _leads(view, text, near_start, near_end, head, tail)):
            continue  # the word beside the arguments between spaces, as most are (`Kremlin spokesman Peskov`), a word
            # of leading the head's own (`[North Korean] leader [Kim]`)
        first, last = sorted((sentence[head.id], sentence[tail.id]))
        if first < 0 or last >= len(doc_sentences):
            continue  # V214's
        spans = [(doc_sentences[s].start, doc_sentences[s].end) for s in range(first, last + 1)]
        words: set[str] = set()
        for s, (start, end) in zip(range(first, last + 1), spans, strict=True):
            if s not in words_of:
                words_of[s] = _words(text, start, end)
            words |= words_of[s]
        if not _worded(view, text, r.type, head, tail, words, spans) \
                and view.mention_type.get(head.id) in RELATION_TYPES[r.type]["head"] \
                and view.mention_type.get(tail.id) in RELATION_TYPES[r.type]["tail"]:  # else V210's alone
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): its "
                      f"sentence has no {_TYPE_WORDS[r.type][1]}")


def _words(text: str, start: int, end: int) -> set[str]:
    """The words of the text from `start` to `end`, in lower case."""
    return set(_LETTERS.findall(text[start:end].lower()))


def _worded(view: DocumentView, text: str, kind: str, head: Mention, tail: Mention, words: set[str],
            spans: list[tuple[int, int]]) -> bool:
    """Whether the words of a relation's sentences (`spans`) state its type `kind` (V361)."""
    lexicon = _TYPE_WORDS[kind][0]
    if kind == "LEADER_OF":
        return not words.isdisjoint(lexicon) and any(_leads(view, text, start, end, head, tail) for start, end in spans)
    if not words.isdisjoint(lexicon):
        return True
    if kind == "SPOKESPERSON_OF":
        if any(w.startswith("spokes") for w in words):
            return True
        if (words.isdisjoint(_SPEAKING) or not words & {"for", "on"}) and "press" not in words:
            return False
        listed = [w.lower() for start, end in spans for w in _LETTERS.findall(text, start, end)]
        return any((w in _SPEAKING and n in ("for", "on")) or (w == "press" and n in _PRESS_OFFICES)
                   for w, n in pairwise(listed))
    if kind != "MEETS" or words.isdisjoint(ENCOUNTER_WORDS):
        return False
    people = [m for m in (head, tail) if view.mention_type.get(m.id) == "PER"]
    return any(match.group().lower() in ENCOUNTER_WORDS and any(
        match.end() < m.start and len(_LETTERS.findall(text, match.end(), m.start)) <= _ENCOUNTER_REACH for m in people)
        for start, end in spans for match in _LETTERS.finditer(text, start, end))


#: the verbs of leading that say `cause` before `to` (`the summit could lead to an agreement`)
_LEAD_VERBS = frozenset({"lead", "leads", "led", "leading"})
#: the words before a determiner and a word of leading that make the leader an object, another person than a subject
#: before it (`[Kim] met the chairman of [the party]`, `talks with the leader of`)
_LEADER_OBJECT = MEETING_WORDS | ENCOUNTER_WORDS | {"with", "and"}
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "another", "other"})
#: a title's words between a word of leading and the name it is the title of (`President Vladimir Putin`, `leader Kim`,
#: `Director Jo`): spaces and capitalised words
_TITLE_TO_NAME = re.compile(rf"(?:{_SPACE}+[A-Z][\w.\-]*){{0,3}}{_SPACE}+")


_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")


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


def _leads(view: DocumentView, text: str, start: int, end: int, head: Mention, tail: Mention) -> bool:
    """Whether the text from `start` to `end` holds a word of leading (`labels.LEADER_WORDS`) that may be the head's
    (V361): not a verb of leading before `to` (`could lead to`), not one inside a nominal of a third entity (`[the
    chairman]` of another), not the title of another person's name (`Russian President [Vladimir Putin]`), and not
    the object of a meeting after the head (`[Kim] met the chairman of [the party]`)."""
    low = text[start:end].lower()
    found = LEADER_WORDS.intersection(_LETTERS.findall(low))
    if not found:
        return False
    order, starts, reach = view.mentions_in_order
    mentions, own = view.doc.mentions, (head.entity, tail.entity)
    for word in found:
        at = low.find(word)
        while at >= 0:
            word_start, word_end = start + at, start + at + len(word)
            at = low.find(word, at + 1)
            if text[word_start - 1:word_start].isalpha() or text[word_end:word_end + 1].isalpha():
                continue  # inside a longer word
            if _heads_word(view, text, word, word_start, word_end, head, own, order, starts, reach, mentions):
                return True
    return False


def _heads_word(view: DocumentView, text: str, word: str, word_start: int, word_end: int, head: Mention,
                own: tuple[str, str], order: Sequence[int], starts: Sequence[int], reach: list[int],
                mentions: list[Mention]) -> bool:
    """Whether the word of leading `word` at [word_start, word_end) may be the head's (`_leads`)."""
    if word in _LEAD_VERBS and text[word_end:word_end + 4].split()[:1] == ["to"]:
        return False
    k = bisect.bisect_right(starts, word_start) - 1
    stop = max(k - 8, -1)  # a word lies in a few nested mentions at most
    while k > stop and reach[k] >= word_end:  # the mentions that start before the word and may hold it
        m = mentions[order[k]]
        if m.end >= word_end and m.kind == "nominal" and m.entity not in own \
                and not m.start <= head.start < head.end <= m.end:
            return False  # a third entity's nominal, no group that holds the head (`[[Kim] and Russian president]`)
        k -= 1
    after = bisect.bisect_left(starts, word_end)
    if after < len(starts) and _TITLE_TO_NAME.fullmatch(text, word_end, starts[after]):
        named = [mentions[order[j]] for j in range(after, bisect.bisect_right(starts, starts[after]))]
        if all(m.entity != head.entity and not m.start <= head.start < head.end <= m.end for m in named) \
                and any(view.mention_type.get(m.id) == "PER" for m in named):
            return False  # another person's title
    if head.end <= word_start:
        before = text[max(head.end, word_start - 40):word_start].lower().split()[-2:]
        if len(before) == 2 and before[1] in _DETERMINERS and before[0] in _LEADER_OBJECT:
            return False  # the object of a meeting after the head
    return True


#: the relation types a title, an apposition, a nationality adjective or a possessive carries (docs/guidelines.md,
#: Factuality)
_TITLE_RELATIONS = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY",
                              "PART_OF"})
#: the types whose title names an office, a word between body and person (`[Kremlin] spokesman [Peskov]`);
#: NATIONALITY and PART_OF are also carried by an adjective or a possessor alone (`[South Korean] [Foreign Ministry]`,
#: `[North Korea's] space committee`)
_OFFICE_RELATIONS = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH"})
#: the words in lower case a title may hold: of leading (the nouns of `labels.LEADER_WORDS`), of speaking for a
#: body and of other offices and bodies (`labels.TITLE_WORDS`)
_TITLE_LEXICON = (LEADER_WORDS - {"lead", "leads", "led", "leading", "rule", "rules", "ruled", "reign", "reigns",
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
_TITLE_POSSESSIVE = re.compile("['\u2019\u02bc]s?")
#: a word of a title: letters, hyphens between them (`state-run`), an abbreviation's periods (`Adm.`, `U.S.`)
_TITLE_PIECE = re.compile(r"[^\W\d_]+(?:[.\-][^\W\d_]+)*\.?")
_TITLE_REACH = 4  # words
#: an apposition after the head that names its office in the tail (`[Dmitry Peskov], a spokesman for the [Kremlin]`,
#: `[Jeon Ha Gyu], spokesperson of [South Korea's Defense Ministry]`): its title words are the group
_APPOSITION = re.compile(f",{_SPACE}+(?:(?:a|an|the){_SPACE}+)?((?:\\S+{_SPACE}+){{1,{_TITLE_REACH}}})"
                         f"(?:of|for|at){_SPACE}+(?:the{_SPACE}+)?")
#: `of` between a titled head and its tail (`Director [Jo Chun Ryong] of the [Munitions Industry Department]`,
#: `President [Vladimir Putin] of [Russia]`), and the title's last word before the head
_OF = re.compile(f"{_SPACE}+of{_SPACE}+(?:the{_SPACE}+)?")
_WORD_BEFORE = re.compile(f"([^\\W\\d_]+)\\.?{_SPACE}+$")


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
    Ryong] of the [Munitions Industry Department]`); and, for NATIONALITY and PART_OF, a tail inside the head (`[[North
    Korean] state media]`, `[[North Korea's] space science and technology committee]`). A title word is one in lower
    case of `_TITLE_LEXICON` (leader, president, spokesman, minister, former, state news agency, think tank, ...), or
    a capitalised word that is no article, preposition, conjunction, auxiliary or pronoun (`Foreign Minister`,
    `Adm.`), except on a line in title case (a headline's, whose verbs are capitalised too: `[Russia] Considers
    [Shoigu]`), where the title's last word is one of `_TITLE_LEXICON` (`Defense Minister`); an office (LEADER_OF,
    SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH) needs at least one, NATIONALITY and
    PART_OF none (`[South Korean] [Foreign Ministry]`, `[North Korea]’s [Korean Central News Agency]`). A relation
    whose factuality is missing is V235's, one `denied` without a negation word in its sentence V260's alone. Not
    caught: titles with a word outside the lists, which are not judged (`[Russia]-backed`, `would-be`, `a professor at
    Seoul’s [Ewha University]`), and an office inside its head (`[U.S. officials]`)."""
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
        if r.factuality == "denied" and head.id in sentence and tail.id in sentence and not _negated(
                view, range(min(sentence[head.id], sentence[tail.id]), max(sentence[head.id], sentence[tail.id]) + 1)):
            continue  # V260's: no negation word, whatever the text
        if _carried_by_title(text, head, tail, r.type in _OFFICE_RELATIONS):
            first, last = min(head.start, tail.start), max(head.end, tail.end)
            yield Hit(pointer("relations", i, "factuality"), r.factuality,
                      f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the text reads {text[first:last]!r}, a title")


def _carried_by_title(text: str, head: Mention, tail: Mention, office: bool) -> bool:
    """Whether the text carries a relation between `head` and `tail` by a title, an apposition or (not for an
    `office`) a modifier inside the head (V362)."""
    if 0 < head.start - tail.end <= 80:  # the tail, a title, the head
        gap = text[tail.end:head.start]
        possessive = _TITLE_POSSESSIVE.match(gap)
        rest = gap[possessive.end():] if possessive else gap
        return rest[:1].isspace() and rest[-1:].isspace() and not any(c in LINE_BREAKS for c in gap) \
            and _title_words(rest.split(), office, rest.islower() or not _title_cased(text, tail.start))
    if 0 < tail.start - head.end <= 80:  # the head, an apposition or `of`, the tail
        gap = text[head.end:tail.start]
        apposition = _APPOSITION.fullmatch(gap)
        if apposition:
            words = apposition.group(1)
            return _title_words(words.split(), True, words.islower() or not _title_cased(text, head.start))
        before = _WORD_BEFORE.search(text, max(head.start - 40, 0), head.start)
        return bool(_OF.fullmatch(gap) and before and before.group(1).lower() in _TITLE_LEXICON)
    return not office and head.start <= tail.start and tail.end <= head.end and (head.start, head.end) != (
        tail.start, tail.end)


#: how many words of four letters or more a line needs, every one capitalised, to be in title case (a headline's
#: `Kim Jong Un Meets With Putin, Celebrates Russia's 'Sacred' Invasion of Ukraine`)
_TITLE_CASE_WORDS = 3
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_cased(text: str, at: int) -> bool:
    """Whether the line of the text around `at` is in title case: at least `_TITLE_CASE_WORDS` words of four letters
    or more, each capitalised (its verbs are then capitalised too, and no sign of a title)."""
    start = max(max(text.rfind(c, 0, at) for c in LINE_BREAKS) + 1, at - 200)
    ends = [k for k in (text.find(c, at, at + 200) for c in LINE_BREAKS) if k >= 0]
    words = _LONG_WORD.findall(text, start, min(ends) if ends else at + 200)
    return len(words) >= _TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _title_words(pieces: list[str], office: bool, cased: bool = True) -> bool:
    """Whether `pieces` (words apart by spaces) are a title's words: at most `_TITLE_REACH`, at least one for an
    `office`, each of `_TITLE_LEXICON` in lower case or capitalised and none of `_CLAUSE_WORDS`. Where a capital says
    nothing (not `cased`: a line in title case, whose verbs are capitalised, `[Russia] Considers [Shoigu]`), the last
    word is one of `_TITLE_LEXICON` whatever its case (`[Russia]'s Defense Minister [Shoigu]`)."""
    if len(pieces) > _TITLE_REACH or (office and not pieces):
        return False
    if not cased and pieces and pieces[-1].rstrip(".").lower().rsplit("-", 1)[-1] not in _TITLE_LEXICON:
        return False
    for piece in pieces:
        if not _TITLE_PIECE.fullmatch(piece):
            return False
        for part in filter(None, re.split(r"[.\-]", piece)):
            if not (part in _TITLE_LEXICON if part.islower() else part[0].isupper()
                    and part.lower() not in _CLAUSE_WORDS):
                return False
    return True


#: the nouns of an event that carry such a relation as a noun phrase, the writer's naming, `asserted` also inside a
#: source's words (`Wednesday's [summit] between [Kim] and [Putin]`, `[Kim]'s [delegation] to [Russia]`, `a
#: [Putin-Kim] [summit]`: docs/guidelines.md, Factuality)
_EVENT_NOUNS = frozenset({
    "summit", "summits", "summitry", "meeting", "meetings", "talks", "negotiations", "discussions", "conference",
    "encounter", "handshake", "toast", "lunch", "luncheon", "dinner", "banquet", "reception", "rendezvous", "audience",
    "delegation", "delegations", "trip", "trips", "visit", "visits", "journey", "journeys", "tour", "tours", "arrival",
    "departure", "voyage", "sale", "sales", "deal", "deals", "transfer", "transfers", "shipment", "shipments",
    "delivery", "deliveries", "export", "exports", "import", "imports", "purchase", "purchases", "supplies", "aid",
    "assistance", "cooperation", "agreement", "exchange"})
#: how many characters either side of a relation's arguments V383 reads for a noun of an event
_EVENT_REACH = 40
#: the attributions whose content is a source's claim (a thought or what a photo shows are not judged)
_CLAIMS = ("speech", "writing")


@rule("V383", "quoted-relation-asserted", "a TRAVELS_TO, MEETS, SUPPLIES or RECEIVES relation inside a source's "
      "words is `asserted`, though no noun of an event carries it",
      "set factuality `reported` (or `possible`, `denied` where the source's words say so): a claim the text "
      "attributes to a source is not the writer's (docs/guidelines.md, Factuality)")
def quoted_relation_asserted(ctx: DocContext) -> Iterator[Hit]:
    """A relation that holds in a claim the text attributes to a source is `reported`, not `asserted`
    (docs/guidelines.md, Factuality: `According to ... KCNA, [Kim] departed North Korea for [Russia]`, `the White House
    told Reuters that [North Korea] also sold [military weapons] to ...`), unless it is `possible` or `denied` first;
    only a title, an apposition, a modifier or a noun phrase (the writer's naming) stays `asserted` inside a source's
    words. So a relation of a clause type (TRAVELS_TO, MEETS, SUPPLIES, RECEIVES: `EVENT_RELATIONS`) whose head and
    tail both lie in one content fragment of a quote of speech or writing, `asserted`, is refused, unless a noun of an
    event lies within `_EVENT_REACH` characters of its arguments (`_EVENT_NOUNS`: `Wednesday's summit between [Kim]
    and [Putin]`, `[Kim]'s delegation to [Russia]`, `a [Putin-Kim] summit`: a noun phrase, the writer's naming of an
    event that has taken place, hard cases 47, 48). The noun list is generous (`visit` is a verb too): a relation
    beside one is not judged. Not judged either: a quote of a thought or of evidence, and the other types, which a
    title or a modifier carries (V362's). No relation of release 1 is so."""
    view, text = ctx.view, ctx.text
    if text is None or not ctx.doc.quotes:
        return
    types, factualities = view.column("relations", "type"), view.column("relations", "factuality")
    judged = [i for i, (kind, factuality) in enumerate(zip(types, factualities, strict=True))
              if factuality == "asserted" and kind in EVENT_RELATIONS]
    if not judged:
        return
    fragments, starts, reach = content_fragments(view)
    attributions = view.column("quotes", "attribution")
    mentions, relations = view.mentions, ctx.doc.relations
    for i in judged:
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None:
            continue
        first, last = min(head.start, tail.start), max(head.end, tail.end)
        k = bisect.bisect_right(starts, first)
        if not k or reach[k - 1] < last or not any(
                attributions[q] in _CLAIMS for s, e, q in fragments[max(k - 8, 0):k] if s <= first and last <= e):
            continue  # not in a source's words (a fragment that starts at or before its first argument reaches past
            # its last), or in a thought's or evidence's
        beside = text[max(first - _EVENT_REACH, 0):last + _EVENT_REACH].lower()
        if not _EVENT_NOUNS.isdisjoint(_LETTERS.findall(beside)):
            continue  # a noun phrase: the writer's naming
        yield Hit(pointer("relations", i, "factuality"), "asserted", f"{r.id} {r.type}({head.text!r}, {tail.text!r}) "
                  f"lies in a source's words: {text[first:last]!r}")

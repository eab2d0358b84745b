"""Rules on document entities: without mentions (V219), two linked to one record (V225), typed unlike their record
(V216), named but unlinked (V242), their `distinct_from` (V243, V322, V323), their name's form (V249), made of
pronouns alone (V257), coordinated with themselves (V377), and weapons of two classes in one unlinked entity
(V390)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING

from vostochny.checking.linking import keyed_nominals
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, find_all, repeats, rule
from vostochny.checking.rules.identity import no_record
from vostochny.checking.rules.mention_agreement import head_word, singular
from vostochny.checking.rules.name_forms import name_flaw, name_keys, names_in_form

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView


@rule("V216", "registry-type", "an entity's type differs from its registry record's type",
      "make the entity type and the registry type agree")
def registry_type(ctx: DocContext) -> Iterator[Hit]:
    """One registry record is one referent, so every entity linked to it has its type."""
    index = ctx.registry_index
    if index is None:
        return
    types = index.types
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id in types and types[e.kb_id] != e.type:
            yield Hit(pointer("entities", i, "type"), e.type, f"registry {e.kb_id} is {types[e.kb_id]}")


def record_types(ctx: DocContext) -> dict[str, str]:
    """Each mention id of an entity typed unlike its linked record (V216's) -> the record's type: either type may be
    the right one, so a rule that judges a mention by its type (V210, V218) reports it only if neither fits."""
    index, view = ctx.registry_index, ctx.view
    if index is None:
        return {}
    types = index.types
    retyped = {e.id: types[e.kb_id] for e in ctx.doc.entities if e.kb_id in types and types[e.kb_id] != e.type}
    if not retyped:
        return {}
    return {m: retyped[e] for m, e in zip(view.column("mentions", "id"), view.column("mentions", "entity"), strict=True)
            if e in retyped}


@rule("V219", "entity-without-mentions", "an entity has no mention", "remove the entity, or add its mentions")
def entity_without_mentions(ctx: DocContext) -> Iterator[Hit]:
    """An entity is a cluster of mentions; an empty cluster is a leftover of an edit. Not where as many mentions or
    more point at no entity (V207's): a mention moved off its entity by mistake (an id mistyped) leaves it empty, and
    setting the mention's entity right is the one fix of both."""
    used = set(ctx.view.column("mentions", "entity"))
    ids = ctx.view.column("entities", "id")
    if used.issuperset(ids):
        return
    empty = [i for i, e in enumerate(ids) if e not in used]
    known = ctx.view.entities
    if sum(e not in known for e in ctx.view.column("mentions", "entity")) >= len(empty):
        return  # V207's
    for i in empty:
        yield Hit(pointer("entities", i, "id"), ids[i], f"entity {ids[i]} ({ctx.doc.entities[i].name})")


@rule("V225", "split-referent", "two entities of the document link the same registry record",
      "merge the two entities: move the mentions of one to the other and remove it")
def split_referent(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of one referent in a document form one entity (docs/guidelines.md,
    Clustering); two clusters linked to one record are one referent split in two."""
    keys = [e.kb_id if e.kb_id is not None else i for i, e in enumerate(ctx.doc.entities)]  # unlinked: unique
    for i, first in repeats(keys):
        e = ctx.doc.entities[i]
        other = ctx.doc.entities[first].id
        yield Hit(pointer("entities", i, "kb_id"), e.kb_id, f"{e.id} and {other} both link {e.kb_id}")


@rule("V249", "entity-name-form", "a document entity's name is blank or not plain written text",
      "write the name as plain text: single spaces, none at the ends, no invisible or compatibility characters")
def entity_name_form(ctx: DocContext) -> Iterator[Hit]:
    """An entity's `name` is how the corpus shows its cluster (exports, the card, render): the schema
    checks control characters only, so a trailing space, a line break, a zero-width space or a fullwidth
    letter passed and made two spellings of one name (`name_flaw`)."""
    if names_in_form(ctx.view.column("entities", "name")):
        return
    for i, e in enumerate(ctx.doc.entities):
        flaw = name_flaw(e.name)
        if flaw is not None:
            yield Hit(pointer("entities", i, "name"), e.name, f"{e.name!r}: {flaw}")


@rule("V322", "distinct-from-unknown", "an entity's distinct_from names no registry record",
      "fix the id (a record of annotations/entities.json), or remove it")
def distinct_from_unknown(ctx: DocContext) -> Iterator[Hit]:
    """`distinct_from` records a decision against registry records (V321): an id that names no record
    records nothing, and is usually a record renamed since (CHANGELOG.md lists the renames)."""
    index = ctx.registry_index
    if index is None:
        return
    ids = index.types.keys()
    for i, e in enumerate(ctx.doc.entities):
        for j, kb_id in enumerate(e.distinct_from):
            if kb_id not in ids:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id}: {no_record(kb_id, ids)}")


@rule("V323", "distinct-from-own-record", "an entity is marked distinct from the record it links to",
      "remove the record from distinct_from, or the kb_id if the entity is another referent")
def distinct_from_own_record(ctx: DocContext) -> Iterator[Hit]:
    """An entity cannot be the referent of a record and another one: one of the two decisions is wrong."""
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is not None and e.kb_id in e.distinct_from:
            yield Hit(pointer("entities", i, "distinct_from", e.distinct_from.index(e.kb_id)), e.kb_id,
                      f"{e.id} links to {e.kb_id}")


@rule("V242", "named-entity-unlinked", "an entity with a name mention has no kb_id",
      "link the entity to its registry record (add the record to annotations/entities.json if there is none)",
      severity="warning")
def named_entity_unlinked(ctx: DocContext) -> Iterator[Hit]:
    """Every entity that has a name mention links to one record of the registry (docs/guidelines.md,
    Cross-document links): a named referent left unlinked is counted as a new one in every document
    it occurs in, and drops out of the cross-document layer. Generic groups and one-off nominal
    entities have no name mention, and stay unlinked. A warning, as a missing factuality (V235) is: the
    link is an annotation not yet made (a referent the registry has no record of yet, a system's predictions), not a
    wrong one. An entity named as a record of its type is V355's error: the record is there, the link left out."""
    view = ctx.view
    unlinked = {e for e, kb_id in zip(view.column("entities", "id"), view.column("entities", "kb_id"), strict=True)
                if kb_id is None}
    named = {e for e, kind in zip(view.column("mentions", "entity"), view.column("mentions", "kind"), strict=True)
             if kind == "name"}
    if unlinked.isdisjoint(named):
        return
    of_records, first = records_named(ctx), dict[str, str]()  # those are V355's; each entity's first name
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is None and e.id in named and e.id not in of_records:
            first = first or _first_names(view)
            yield Hit(pointer("entities", i, "kb_id"), None, f"{e.id} {e.name!r} is named ({first[e.id]!r})")


def _first_names(view: DocumentView) -> dict[str, str]:
    """Each entity's first name mention's text, by entity id: one pass over the mentions (a search of them for each
    entity was quadratic: 4 000 unlinked named entities, 0.15 s)."""
    columns = (view.column("mentions", f) for f in ("entity", "kind", "text"))
    return {e: text for e, kind, text in reversed(list(zip(*columns, strict=True))) if kind == "name"}


@rule("V355", "record-name-unlinked", "an entity linked to no record has a name mention that is a name of a record "
      "of its type, and its distinct_from does not list that record", "link the entity to that record (kb_id), or "
      "join its mentions to the entity that links it, or, if it is another referent, list the record in its "
      "distinct_from (docs/guidelines.md, Checked and distinct)")
def record_name_unlinked(ctx: DocContext) -> Iterator[Hit]:
    """A name names its record wherever it occurs: an entity linked to no record whose name mention is a name, an
    alias or a recorded misspelling of a record of its type (`Kim`, an alias of kim-jong-un; `Shogu`, a misspelling
    of sergei-shoigu) is that record's referent with its link left out or split off (an attack moved some of Kim's
    mentions into an entity of their own, another removed Kim's link in the AP report: each a V242 warning alone, the
    referent gone from the cross-document layer), or another referent of the same name, whose check against the
    record `distinct_from` records (`Hyung-jin Kim`, the AP journalist, beside Kim Jong Un). Names are compared as
    V253 compares them (case, spaces, apostrophe forms and a leading "the" aside). A named entity whose names are no
    record's (a new referent, its record not added yet) is V242's warning; the brat import links a new entity
    named as one record (`vostochny import`), so a name drawn in brat is not refused for want of a field brat
    cannot show."""
    found = records_named(ctx)
    for i, e in enumerate(ctx.doc.entities):
        if e.id in found:
            text, records = found[e.id]
            yield Hit(pointer("entities", i, "kb_id"), None,
                      f"{e.id} is named {text!r}, a name of {', '.join(records)}")


def records_named(ctx: DocContext) -> dict[str, tuple[str, list[str]]]:
    """Each entity linked to no record whose name mention is a name of records of its type that its distinct_from does
    not list: its id -> (the mention's text, those records). Built once per view (V242 and V355 read it), from the
    records each name names (`RegistryNames.by_key`): what a document holds, not what the registry does."""
    key = ("records_named",)
    if key not in ctx.view.derived:
        ctx.view.derived[key] = _records_named(ctx)
    return ctx.view.derived[key]  # type: ignore[no-any-return]


def _records_named(ctx: DocContext) -> dict[str, tuple[str, list[str]]]:
    """`records_named`, built."""
    index, view = ctx.registry_index, ctx.view
    unlinked = {e.id: e for e in ctx.doc.entities if e.kb_id is None}
    if index is None or not unlinked:
        return {}
    named = [(entity, text) for entity, kind, text in zip(*(view.column("mentions", f) for f in ("entity", "kind",
                                                                                                  "text")), strict=True)
             if kind == "name" and entity in unlinked]
    names, types, found = index.spellings, index.types, {}
    for (entity, text), key in zip(named, name_keys([text for _, text in named]), strict=True):
        e = unlinked[entity]
        if entity not in found and key in names.every:
            records = sorted(kb for kb in names.by_key[key] if types.get(kb) == e.type and kb not in e.distinct_from)
            if records:
                found[entity] = (text, records)
    return found


@rule("V243", "distinct-from-misused", "a linked entity has a distinct_from, or it lists a record twice",
      "keep distinct_from on unlinked entities only (a linked entity is its record and nothing else), each "
      "record once")
def distinct_from_misused(ctx: DocContext) -> Iterator[Hit]:
    """`distinct_from` records that an unlinked entity was checked against a record and is another
    referent (docs/guidelines.md, "Checked and distinct"); everywhere else it is `[]`. On a linked entity
    it records nothing the link does not (its own record is V323's), and a record listed twice counts a
    check that was made once."""
    if not any(ctx.view.column("entities", "distinct_from")):
        return
    for i, e in enumerate(ctx.doc.entities):
        for j, kb_id in enumerate(e.distinct_from):
            if e.kb_id is not None and kb_id != e.kb_id:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id} links to {e.kb_id}")
            elif kb_id in e.distinct_from[:j]:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id} lists {kb_id} before")


@rule("V257", "pronoun-only-entity", "an entity has only pronoun mentions", "join the pronouns to the entity "
      "they refer to (a referent named elsewhere in the text), or keep the entity if the text never names it",
      severity="warning")
def pronoun_only_entity(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of one referent in a document form one entity, names, nominals and pronouns alike
    (docs/guidelines.md, Clustering): a pronoun refers back to (or ahead to) words that name its referent, so
    an entity made of pronouns alone is usually a pronoun split off from the entity it refers to (`he`, of Kim
    Jong Un). A warning: a speaker never named (`“We will win,” a voice in the crowd said`, the voice not
    annotated) is possible."""
    view = ctx.view
    kinds, entities = view.column("mentions", "kind"), view.column("mentions", "entity")
    if "pronoun" not in kinds:
        return
    worded = set(compress(entities, map("pronoun".__ne__, kinds)))
    only = set(compress(entities, map("pronoun".__eq__, kinds))) - worded
    if not only:
        return
    said: dict[str, list[str]] = {}
    for entity, text in zip(entities, view.column("mentions", "text"), strict=True):
        if entity in only:
            said.setdefault(entity, []).append(repr(text))
    for i, e in enumerate(ctx.doc.entities):
        if e.id in only:
            yield Hit(pointer("entities", i), e.id, f"{e.id} {e.name!r} is only {', '.join(said[e.id])}")


#: what joins two conjuncts of a coordination (`a university and other facilities`, a comma before `and` too): never
#: an apposition's comma (`Kim Yung-ho, a professor`) nor `or`, which may rename (`the DPRK, or North Korea`)
_COORDINATORS = (" and ", " & ")


def _joints(text: str) -> list[tuple[int, int]]:
    """Where each coordinator lies: (start, end), the start before a comma that precedes it. Found by `str.find`: a
    pattern with an optional comma first (`,? and `) took 90 us a document."""
    return [(at - 1 if text[at - 1:at] == "," else at, at + len(joint)) for joint in _COORDINATORS
            for at in find_all(text, joint)]


@rule("V377", "conjuncts-of-one-entity", "two mentions joined by `and` are of one entity",
      "give each conjunct the entity it refers to: two things coordinated are two referents (a group of them is an "
      "entity of its own)")
def conjuncts_of_one_entity(ctx: DocContext) -> Iterator[Hit]:
    """A coordination names two referents (`[a university] and [other facilities]`, `[nuclear weapons] and
    [missiles]`): two mentions joined by `and` (or `, and`, `&`) are of two entities, never of one. Two entities
    merged into one chain (the mentions of one moved to the other) passed every rule where no name or relation
    contradicted it. A conjunct is the longest mention that ends before the `and` and the longest that starts after
    it, so a possessive inside a conjunct is not one (`Kim and [his] delegation`: the conjunct is `his delegation`).
    No two conjuncts of the corpus are of one entity. Only the `and`s that a mention ends before and one starts
    after are looked at."""
    text, starts, ends, entities = ctx.text or "", *(ctx.view.column("mentions", f) for f in ("start", "end", "entity"))
    for i, j, a, b in _conjuncts_merged(ctx):
        yield Hit(pointer("mentions", j, "entity"), entities[j],
                  f"{brief(text[starts[i]:a])}{text[a:b]}{brief(text[b:ends[j]])}: both of {entities[j]}")


def _conjuncts_merged(ctx: DocContext) -> list[tuple[int, int, int, int]]:
    """The two conjuncts (mention indexes) of each `and` that are of one entity, and where the `and` lies; built once
    per view (V377, and V390, which leaves them to it)."""
    view, text = ctx.view, ctx.text
    key = ("conjuncts_merged",)
    if key in view.derived:
        return view.derived[key]  # type: ignore[no-any-return]
    found: list[tuple[int, int, int, int]] = []
    view.derived[key] = found
    if text is None or not view.doc.mentions:
        return found
    starts, ends, entities = (view.column("mentions", f) for f in ("start", "end", "entity"))
    order, ordered, reach = view.mentions_in_order
    for a, b in _joints(text):
        first, stop = bisect.bisect_left(ordered, b), bisect.bisect_right(ordered, b)  # the mentions after it
        if first == stop:
            continue
        k = bisect.bisect_left(ordered, a) - 1
        before = []  # the mentions that end where it starts: back while a mention up to there reaches it
        while k >= 0 and reach[k] >= a:
            if ends[order[k]] == a:
                before.append(order[k])
            k -= 1
        if not before:
            continue
        i = min(before, key=starts.__getitem__)
        j = max((order[n] for n in range(first, stop)), key=ends.__getitem__)
        if entities[i] == entities[j]:
            found.append((i, j, a, b))
    return found


#: the head nouns of a weapon nominal that take up any class (guidelines, Weapons: `these weapons` of the rockets)
_GENERAL_WEAPONS = frozenset({"weapon", "weaponry", "arm", "capability"})


@rule("V390", "weapon-classes-merged", "an unlinked weapon entity's nominals have different head nouns",
      "give each weapon class or technology phrase its own entity (docs/guidelines.md, hard case 15): `tanks` and "
      "`anti-tank missiles` are two")
def weapon_classes_merged(ctx: DocContext) -> Iterator[Hit]:
    """One WEA entity per weapon class, and a technology phrase an entity of its own unless it recurs (hard case
    15): a weapon entity linked to no record is one class or one phrase, so its nominals share their head noun
    (`advanced weapons technologies` ... `its sensitive weapons technologies`). Two such chains merged (`tanks`
    into `anti-tank missiles`, `munitions` into `military equipment`) or a mention moved from one to the other
    passed every rule: no name, record or relation contradicts either. A nominal whose head is a general word
    (`these weapons`, `such capabilities`) may take up any class, and a linked entity's chain is its record's to
    judge (V376); a pronoun has no head; two conjuncts of one entity are V377's (`the shells and the rockets`). No
    unlinked weapon entity of the corpus has two heads."""
    view = ctx.view
    weapons = {e.id for e in view.entities.values() if e.type == "WEA" and e.kb_id is None}
    if not weapons:
        return
    entities, texts = view.column("mentions", "entity"), view.column("mentions", "text")
    # the nominals of unlinked weapon entities alone, in text order: the few whose heads are compared
    keyed = [(i, key) for i, key in keyed_nominals(view) if entities[i] in weapons]
    if not keyed:
        return
    starts = view.column("mentions", "start")
    conjuncts = {n for i, j, _, _ in _conjuncts_merged(ctx) for n in (i, j)}
    first: dict[str, tuple[int, str]] = {}
    for i, key in sorted(keyed, key=lambda found: starts[found[0]]):
        entity = view.entities[entities[i]]
        head = singular(head_word(key))
        if head in _GENERAL_WEAPONS or i in conjuncts:
            continue
        k, seen = first.setdefault(entity.id, (i, head))
        if seen != head and k != -1:
            first[entity.id] = (-1, seen)  # one report an entity
            yield Hit(pointer("mentions", i, "entity"), entity.id,
                      f"{texts[k]!r} ({seen}) and {texts[i]!r} ({head}): two weapon classes in {entity.id}")

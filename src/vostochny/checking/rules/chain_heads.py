"""An entity's mentions against each other: one chain that names one referent and several (V405), or referents of
two kinds of one type, a war and a summit, a city and a country (V406)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from vostochny.checking.linking import keyed_nominals
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.mention_agreement import _HEAD_TYPES, _plurals, nominal_head
from vostochny.checking.rules.name_forms import COORDINATED

#: the types whose referents are counted one by one: a person, a body, a state, a building (not a weapon or a vehicle,
#: whose records are classes, `ballistic missiles`; an event's nouns are plural by form, `talks`, `hostilities`)
_COUNTED = frozenset({"PER", "ORG", "GPE", "FAC"})
#: the head nouns of `_HEAD_TYPES` of a counted type, in the singular and in the plural (`official`, `officials`)
_SINGULAR, _PLURAL = (frozenset(forms[k] for types, words in _HEAD_TYPES.items() if not _COUNTED.isdisjoint(types)
                                for forms in map(_plurals, words) if forms[0] != forms[1]) for k in (0, 1))
#: the head nouns in the plural that name several referents of a counted type (the fuzz kind `chains-merged` reads them)
PLURAL_HEADS = _PLURAL
#: the words that open a phrase of several referents (`the [two] leaders`, `[both] countries`)
_PLURAL_OPENERS = frozenset({"two", "three", "four", "five", "six", "both", "these", "those", "several", "many"})
#: the last words of a coordination of several referents (`[U.S. and South Korean officials]`, `[the Russian army and
#: people]`; not `[science and technology committee]`)
_PLURAL_LAST = _PLURAL | {"people"}
#: the words that open a phrase of one referent (`[a] North Korean cosmonaut`)
_SINGULAR_OPENERS = frozenset({"a", "an", "another", "each", "every"})
#: the head nouns of one body of several people or things, which an `a` opens (`a group of officials`)
_COLLECTIVE = frozenset({"group", "number", "couple", "few", "dozen", "lot", "team", "delegation", "pair", "handful",
                         "crowd", "family", "series", "range", "variety"})
#: the pronouns of one referent, in lower case
_SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
                                "itself"})


def _chains(ctx: DocContext) -> dict[str, list[int]]:
    """Each entity id -> its mentions' indexes, in order, built once per view."""
    key = ("chains",)
    found = ctx.view.derived.get(key)
    if found is None:
        found = {}
        for i, entity in enumerate(ctx.view.column("mentions", "entity")):
            found.setdefault(entity, []).append(i)
        ctx.view.derived[key] = found
    return found


def _coordinates_names(ctx: DocContext, i: int, kind: str, entity: str) -> bool:
    """Whether nominal `i` of `entity` (of type `kind`) coordinates names of two other entities of its type: `[Kim
    and Putin]`, `[North Korean leader Kim Jong Un and Russian president Vladimir Putin]`."""
    view = ctx.view
    starts, ends, kinds, entities = (view.column("mentions", f) for f in ("start", "end", "kind", "entity"))
    a, b = starts[i], ends[i]
    mention_type, ids = view.mention_type, view.column("mentions", "id")
    inside = {entities[j] for j in range(len(starts)) if a <= starts[j] and ends[j] <= b and j != i
              and kinds[j] == "name" and entities[j] != entity and mention_type.get(ids[j]) == kind}
    return len(inside) > 1


@rule("V405", "chain-of-one-and-of-several", "an entity's mentions name one referent and several: a plural nominal "
      "(`[analysts]`, `[the two leaders]`) beside a singular one, a person's name or `he`", "split the chain: the "
      "group is an entity of its own, never linked (docs/guidelines.md, Clustering)")
def chain_of_one_and_of_several(ctx: DocContext) -> Iterator[Hit]:
    """A group is an entity of its own, apart from each of its members (docs/guidelines.md, Clustering), and an
    entity's mentions refer to one referent. Two chains merged into one (a person's with a group's, `Jo Chun Ryong`
    with `analysts`; a singleton nominal's with another, `a North Korean cosmonaut` with `their ministers`) passed
    every rule wherever no pronoun disagreed: V256 reads pronouns of linked entities, V403 a head's type, not its
    number. A person, a body, a state or a building (PER, ORG, GPE, FAC) that a nominal names as several (its head
    noun one of `HEAD_TYPES` in the plural, `officials`, `countries`; opened by `two`, `both`, `these`, `several`;
    a coordination ending in such a noun or `people`, `U.S. and South Korean officials`; or coordinating names of
    two other entities of its type, `Kim and Putin`) has no mention that names it as one:
    a nominal with such a head in the singular (`the official`), or opened by `a` (`a cosmonaut`, not `a group`),
    a name that coordinates nothing, `he`, `she`, `it`, and no record (the registry's records of these types are
    one referent each). Not judged: weapons and vehicles (classes: `missiles` and `a missile`), events (`talks`,
    `hostilities`), metonymic mentions."""
    view = ctx.view
    found = keyed_nominals(view)
    if not found:
        return
    metonymic, texts, entities = (view.column("mentions", f) for f in ("metonymy", "text", "entity"))
    types = view.mention_type
    ids = view.column("mentions", "id")
    several: dict[str, int] = {}
    for i, key in found:
        entity = entities[i]
        if entity in several or metonymic[i] or types.get(ids[i]) not in _COUNTED:
            continue
        words = key.split()
        if (nominal_head(key) in _PLURAL or (words and words[0] in _PLURAL_OPENERS)
                or ("and" in words and words[-1] in _PLURAL_LAST)
                or (COORDINATED.search(texts[i]) and _coordinates_names(ctx, i, types[ids[i]] or "", entity))):
            several[entity] = i
    if not several:
        return
    chains, kinds = _chains(ctx), view.column("mentions", "kind")
    for entity, i in several.items():
        one = _one(ctx, chains.get(entity, ()), kinds, dict(found))
        record = view.entities[entity].kb_id if entity in view.entities else None
        if one is None and not record:
            continue
        said = f"{texts[one]!r} one" if one is not None else f"its record {record!r} one"
        yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} of {entity} names several referents, "
                  f"{said}")


def _one(ctx: DocContext, chain: Sequence[int], kinds: Sequence[str], keys: dict[int, str]) -> int | None:
    """The first mention of `chain` that names one referent: a singular nominal, a name that coordinates nothing,
    a singular pronoun; None if none does."""
    metonymic, texts = ctx.view.column("mentions", "metonymy"), ctx.view.column("mentions", "text")
    for j in chain:
        kind, text = kinds[j], texts[j]
        if kind == "pronoun":
            if text.lower() in _SINGULAR_PRONOUNS:
                return j
        elif kind == "name":
            if not COORDINATED.search(text):
                return j
        elif not metonymic[j]:
            head = nominal_head(keys[j])
            if head in _SINGULAR or ((text.split(None, 1) or [""])[0].lower() in _SINGULAR_OPENERS and head is not None
                                     and head not in _PLURAL and head not in _COLLECTIVE):
                return j
    return None


#: head nouns of one type that name referents of different kinds, which no one chain mixes: a war and a summit,
#: a journey and a meeting, a city and a country, an army and a newspaper
_KINDS_OF_HEADS: dict[str, tuple[str, ...]] = {
    "a war": ("war", "invasion", "conflict", "fighting", "fight", "hostility", "hostilities", "offensive"),
    "a meeting": ("summit", "meeting", "conference", "talks", "forum"),
    "a journey": ("visit", "trip", "tour", "journey"),
    "a parade": ("parade",),
    "an epidemic": ("pandemic", "outbreak", "epidemic"),
    "a city": ("city", "cities", "capital", "capitals", "town", "towns", "village", "villages"),
    "a country": ("country", "countries", "nation", "nations", "state", "states", "government", "governments",
                  "kingdom", "republic"),
    "armed forces": ("army", "armies", "military", "navy", "navies", "fleet"),
    "the press": ("media", "newspaper", "newspapers", "television", "broadcaster"),
}
KIND_OF_HEAD = {word: kind for kind, words in _KINDS_OF_HEADS.items() for word in words}
#: the types whose names' last word also says a kind (`the Korean [War]`, `the Eastern Economic [Forum]`); a GPE's
#: name does not (`Vatican City` is a country)
_NAMED_KINDS = frozenset({"EVENT"})


@rule("V406", "chain-of-two-kinds", "an entity's nominals (or an event's names) name referents of two kinds of its "
      "type: a war and a summit, a city and a country, an army and a newspaper", "move the mention to the entity it "
      "refers to, or give it an entity of its own")
def chain_of_two_kinds(ctx: DocContext) -> Iterator[Hit]:
    """A chain refers to one referent (docs/guidelines.md, Clustering), and its nominals' head nouns name it. Two
    entities of one type merged into one (`the war` with `the summit`, `the Russian city` with `the country`, `the
    Russian army` with `Russian media`) passed every rule: V403 reads a head's type, and both are of the entity's. A
    head noun of one of the kinds of `_KINDS_OF_HEADS` (a war, a meeting, a journey, a parade, an epidemic; a city, a
    country; armed forces, the press) and one of another kind in one chain are two referents; an event's name says
    its kind by its last word too (`Eastern Economic Forum`, `Korean War`). Not judged: a mention marked metonymic,
    coordinations and lists (no head), a head outside the kinds (`site`, `symbol`)."""
    view = ctx.view
    found = keyed_nominals(view)
    if not found:
        return
    metonymic, texts, entities, kinds = (view.column("mentions", f) for f in ("metonymy", "text", "entity", "kind"))
    seen: dict[str, tuple[str, int]] = {}
    told: set[str] = set()
    heads = [(i, nominal_head(key)) for i, key in found if not metonymic[i]]
    types = view.mention_type
    ids = view.column("mentions", "id")
    names = [(i, texts[i].rsplit(None, 1)[-1].lower()) for i in compress(range(len(kinds)), map("name".__eq__, kinds))
             if texts[i] and types.get(ids[i]) in _NAMED_KINDS] if "EVENT" in types.values() else []
    for i, head in sorted(heads + names):
        kind = KIND_OF_HEAD.get(head or "")
        if kind is None:
            continue
        entity = entities[i]
        first = seen.setdefault(entity, (kind, i))
        if first[0] != kind and entity not in told:
            told.add(entity)
            yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} names {kind}, {texts[first[1]]!r} of "
                      f"{entity} {first[0]}")

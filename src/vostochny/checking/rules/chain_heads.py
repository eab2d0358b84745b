"""An entity's mentions against each other: one chain that names one referent and several (V405), or referents of
two kinds of one type, a war and a summit, a city and a country (V406)."""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, Iterator
from itertools import compress

from vostochny.checking.linking import keyed_nominals, nominal_key
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.mention_agreement import HEAD_NOUNS_BY_TYPES, nominal_head, plurals
from vostochny.checking.rules.name_forms import COORDINATED

#: the types whose referents are counted one by one: a person, a body, a state, a building (not a weapon or a vehicle,
#: whose records are classes, `ballistic missiles`; an event's nouns are plural by form, `talks`, `hostilities`)
_COUNTED = frozenset({"PER", "ORG", "GPE", "FAC"})
#: the head nouns of `HEAD_NOUNS_BY_TYPES` of a counted type, in the singular and the plural (`official`, `officials`)
_COUNTED_FORMS = [forms for types, words in HEAD_NOUNS_BY_TYPES.items() if not _COUNTED.isdisjoint(types)
                  for forms in map(plurals, words) if len(forms) > 1]  # a mass noun has no plural (`ammunition`)
#: the head nouns of one body of several people or things, which an `a` opens (`a group of officials`): no singular
#: head (`the delegation ... they`)
_COLLECTIVE = frozenset({"group", "number", "couple", "few", "dozen", "lot", "team", "delegation", "pair", "handful",
                         "crowd", "family", "series", "range", "variety", "guard", "crew"})
_SINGULAR = frozenset(forms[0] for forms in _COUNTED_FORMS) - _COLLECTIVE
#: the head nouns in the plural that name several referents of a counted type (the fuzz kind `chains-merged` reads them)
PLURAL_HEADS = frozenset(plural for forms in _COUNTED_FORMS for plural in forms[1:])
#: the words that open a phrase of several referents (`the [two] leaders`, `[both] countries`)
_PLURAL_OPENERS = frozenset({"two", "three", "four", "five", "six", "both", "these", "those", "several", "many"})
#: the last words of a coordination of several referents (`[U.S. and South Korean officials]`, `[the Russian army and
#: people]`; not `[science and technology committee]`)
_PLURAL_LAST = PLURAL_HEADS | {"people"}
#: the words that open a phrase of one referent (`[a] North Korean cosmonaut`)
_SINGULAR_OPENERS = frozenset({"a", "an", "another", "each", "every"})
#: the pronouns of one referent, in lower case
_SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
                                "itself"})


@functools.lru_cache(maxsize=8192)
def _reading(key: str) -> tuple[str | None, bool, bool]:
    """What a nominal's words (`linking.nominal_key`) say of its number: its head noun, whether they name several
    referents by their words alone (a plural head, `two`, `both`, `these` before it, a coordination ending in a
    plural or `people`), and whether they may coordinate names (a comma or `and`). The same words recur across a
    corpus's documents and are read once."""
    words = key.split()
    head = nominal_head(key)
    several = head in PLURAL_HEADS or (bool(words) and words[0] in _PLURAL_OPENERS) or (
        "and" in words and words[-1] in _PLURAL_LAST)
    return head, several, COORDINATED.search(key) is not None


def _heads(ctx: DocContext) -> list[tuple[int, str | None, bool, bool]]:
    """Each nominal not marked metonymic: its index, and `_reading` of its words; built once per view."""
    key = ("chain_heads",)
    found = ctx.view.derived.get(key)
    if found is None:
        metonymic, keyed_ = ctx.view.column("mentions", "metonymy"), keyed_nominals(ctx.view)
        at = [i for i, _ in keyed_]
        found = ctx.view.derived[key] = [(i, *reading) for i, reading, figurative in zip(
            at, map(_reading, map(operator.itemgetter(1), keyed_)), map(metonymic.__getitem__, at), strict=True)
            if not figurative]
    return found


def _coordinates_names(ctx: DocContext, i: int, kind: str, entity: str) -> bool:
    """Whether nominal `i` of `entity` (of type `kind`) coordinates names of two other entities of its type: `[Kim
    and Putin]`, `[North Korean leader Kim Jong Un and Russian president Vladimir Putin]`."""
    view = ctx.view
    at, firsts, _ = view.names_in_order
    ends, entities, ids = (view.column("mentions", f) for f in ("end", "entity", "id"))
    a, b, types = view.column("mentions", "start")[i], ends[i], view.mention_type
    inside = set()
    for j in at[bisect.bisect_left(firsts, a):bisect.bisect_left(firsts, b)]:
        if ends[j] <= b and entities[j] != entity and types.get(ids[j]) == kind:
            inside.add(entities[j])
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
    one referent each; a kb_id the registry lacks names no record: V208's error, not read as one). Not judged:
    weapons and vehicles (classes: `missiles` and `a missile`), events (`talks`, `hostilities`), metonymic
    mentions."""
    view = ctx.view
    maybe = [(i, several) for i, _, several, coordinated in _heads(ctx) if several or coordinated]
    if not maybe:
        return
    texts, entities = view.column("mentions", "text"), view.column("mentions", "entity")
    types, ids = view.mention_type, view.column("mentions", "id")
    several: dict[str, int] = {}
    for i, by_its_words in maybe:
        entity, kind = entities[i], types.get(ids[i])
        if entity in several or kind not in _COUNTED:
            continue
        if by_its_words or _coordinates_names(ctx, i, kind or "", entity):
            several[entity] = i
    if not several:
        return
    ones, index = _ones(ctx, several), ctx.registry_index
    for entity, i in several.items():
        one = ones.get(entity)
        record = view.entities[entity].kb_id if entity in view.entities else None
        if one is None and (not record or (index is not None and record not in index.types)):  # no record: V208's
            continue
        said = f"{texts[one]!r} one" if one is not None else f"its record {record!r} one"
        yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} of {entity} names several referents, "
                  f"{said}")


def _ones(ctx: DocContext, entities: Iterable[str]) -> dict[str, int]:
    """Each of `entities` -> its first mention that names one referent (a singular nominal, a name that coordinates
    nothing, a singular pronoun), for those that have one: one pass over the mentions of those entities. A name in
    lower case is a nominal miskinded, V254's (`their leaders` marked name): it is not read as one's name."""
    view = ctx.view
    kinds, texts, of, metonymic = (view.column("mentions", f) for f in ("kind", "text", "entity", "metonymy"))
    wanted, found = frozenset(entities), {}
    for j in compress(range(len(of)), map(wanted.__contains__, of)):
        kind = kinds[j]
        if of[j] not in found and (_singular_pronoun(texts[j]) if kind == "pronoun" else not texts[j].islower()
                                   and not COORDINATED.search(texts[j]) if kind == "name"
                                   else not metonymic[j] and _singular_nominal(texts[j])):
            found[of[j]] = j
    return found


def _singular_pronoun(text: str) -> bool:
    return text.lower() in _SINGULAR_PRONOUNS


@functools.lru_cache(maxsize=8192)
def _singular_nominal(text: str) -> bool:
    """Whether a nominal's text names one referent: its head one of `HEAD_TYPES` in the singular (`the official`),
    or opened by `a`, `an`, `another`, `each`, `every` before a head that is no plural and no collective noun."""
    head = _reading(nominal_key(text))[0]
    return head in _SINGULAR or ((text.split(None, 1) or [""])[0].lower() in _SINGULAR_OPENERS
                                 and head is not None and head not in PLURAL_HEADS and head not in _COLLECTIVE)


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


def _last_word(text: str) -> str:
    """A name's last word in lower case (`Eastern Economic Forum` -> `forum`), or "" for a name of no word."""
    words = text.rsplit(None, 1)
    return words[-1].lower() if words else ""


@rule("V406", "chain-of-two-kinds", "an entity's nominals (or an event's names) name referents of two kinds of its "
      "type: a war and a summit, a city and a country, an army and a newspaper", "move the mention to the entity it "
      "refers to, or give it an entity of its own")
def chain_of_two_kinds(ctx: DocContext) -> Iterator[Hit]:
    """A chain refers to one referent (docs/guidelines.md, Clustering), and its nominals' head nouns name it. Two
    entities of one type merged into one (`the war` with `the summit`, `the Russian city` with `the country`, `the
    Russian army` with `Russian media`) passed every rule: V403 reads a head's type, and both are of the entity's. A
    head noun of one of the kinds of `_KINDS_OF_HEADS` (a war, a meeting, a journey, a parade, an epidemic; a city, a
    country; armed forces, the press) and one of another kind in one chain are two referents; an event's name says
    its kind by its last word too (`Eastern Economic Forum`, `Korean War`), read where its nominals say one. Not
    judged: a mention marked metonymic, coordinations and lists (no head), a head outside the kinds (`site`,
    `symbol`)."""
    view = ctx.view
    heads = [(i, KIND_OF_HEAD[head]) for i, head, _, _ in _heads(ctx) if head in KIND_OF_HEAD]
    if not heads:
        return
    entities = view.column("mentions", "entity")
    by_entity: dict[str, set[str]] = {}
    for i, kind in heads:
        by_entity.setdefault(entities[i], set()).add(kind)
    # an event's names say its kind too, where its nominals say one (`the Korean War` ... `the summit`)
    events = frozenset(compress(view.column("entities", "id"), map(_NAMED_KINDS.__contains__, view.column(
        "entities", "type")))).intersection(by_entity)
    if events:
        kinds, texts = view.column("mentions", "kind"), view.column("mentions", "text")
        heads += [(i, KIND_OF_HEAD[last]) for i in compress(range(len(kinds)), map(events.__contains__, entities))
                  if kinds[i] == "name" and (last := _last_word(texts[i])) in KIND_OF_HEAD]
    elif all(len(found) == 1 for found in by_entity.values()):
        return
    texts = view.column("mentions", "text")
    seen: dict[str, tuple[str, int]] = {}
    told: set[str] = set()
    for i, kind in sorted(heads):
        entity = entities[i]
        first = seen.setdefault(entity, (kind, i))
        if first[0] != kind and entity not in told:
            told.add(entity)
            yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} names {kind}, {texts[first[1]]!r} of "
                      f"{entity} {first[0]}")

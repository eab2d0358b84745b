"""Metonymy across the corpus (V429): a place's name stands for one state wherever the corpus's mentions of it are
metonymic. Each document's metonymic names are kept in its summary (`metonyms`), as the corpus rules keep no
document. Within one document (V455): a place's name stands for one entity in all its metonymic mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from itertools import compress
from typing import NamedTuple

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, DocContext, Hit, rule
from vostochny.checking.rules.name_forms import COORDINATED, name_key
from vostochny.checking.rules.relations import STATE_CLASSES
from vostochny.reading.view import DocumentView


class Metonym(NamedTuple):
    """One metonymic name mention of a document, in an entity linked to a record."""

    text: str  # the name as written (`Moscow`)
    kb_id: str  # the record of the entity it stands in (`russia`)
    at: int  # the mention's index in its document


def metonyms(view: DocumentView, refused: Collection[int] = ()) -> tuple[Metonym, ...]:
    """A document's metonymic name mentions whose entity links a record (V429), but those `refused` (the indices of
    mentions a document rule refuses: a name of its own record marked metonymic is V255's)."""
    marks = view.column("mentions", "metonymy")
    if not any(marks):
        return ()
    kinds, texts, entities = (view.column("mentions", field) for field in ("kind", "text", "entity"))
    found = []
    for i in compress(range(len(marks)), marks):
        entity = view.entities.get(entities[i])
        if kinds[i] == "name" and i not in refused and entity is not None and entity.kb_id:
            found.append(Metonym(texts[i], entity.kb_id, i))
    return tuple(found)


@rule("V429", "metonym-stands-for-two-states", "a place's name stands for one state in a mention and for another "
      "elsewhere in the corpus", "move the mention to the entity of the state it stands for (docs/guidelines.md, "
      "Clustering: metonymy); the mention reported is in the state fewest documents give the name", scope="documents")
def metonym_two_states(ctx: CorpusContext) -> Iterator[Hit]:
    """A capital or city named for its state's government (`Moscow` for Russia) joins that state's entity with
    `metonymy: true` (docs/guidelines.md, Clustering), and a place is the seat of one state: a name that stands for
    Russia in one mention and for North Korea in another is one of them moved to the wrong entity (an attack on
    release 1 moved each name mention to every other entity of its type: 325 moves of a capital passed, and V255
    sees only a name of the entity's own record, or of no place). Read over the corpus by the record the name names
    (a record's name and its aliases are one place), or by the name itself (case and spaces aside) where no record
    has it (`Washington`, which the registry need not hold: a metonymic name is no alias of its state), and the
    record of the entity it stands in: where one place's mentions stand in two records' entities, those in the record
    fewest documents (then fewest mentions) give it are reported, each of them where two records tie (which one is
    wrong, the corpus cannot tell). Only states whose records the registry classes a country or a sovereign state
    (their Wikidata class, with its evidence) are compared: a capital stood for another state in its history (`Moscow`
    for the Soviet Union, a record without that class). Not judged: a place's name that stands for a state once in the
    corpus (the corpus has nothing to compare it with), two spellings of a place no record holds (`Kiev`, `Kyiv`), a
    name of several records (V306's), a metonymic mention in an entity without a link or with a link to no record
    (V208's), and a state whose record has no such class (the Soviet Union's in release 1)."""
    index = ctx.registry_index
    if index is None:
        return
    stands: dict[str, dict[str, list[tuple[str, Metonym]]]] = {}  # named record -> state record -> its uses
    for doc_id in sorted(ctx.metonyms):
        uses = ctx.metonyms[doc_id]
        for use, owners in zip(uses, index.record_names.many([u.text for u in uses]), strict=True):
            if len(owners) < 2 and use.kb_id not in owners and index.classes.get(use.kb_id) in STATE_CLASSES:
                named = next(iter(owners)) if owners else " ".join(use.text.casefold().split())
                stands.setdefault(named, {}).setdefault(use.kb_id, []).append((doc_id, use))
    for _, states in sorted(stands.items()):
        for state in _outvoted(states):
            others = " and ".join(other for other in sorted(states) if other != state)
            for doc_id, use in states[state]:  # (the detail names no other document: a narrowed run, which reads the
                # others alone too, drops the hits they hold by their detail)
                yield Hit(pointer("mentions", use.at), use.text,
                          f"{use.text!r} stands for {state} here, for {others} elsewhere in the corpus", doc_id)


@rule("V455", "metonym-in-two-entities", "a place's name stands for one entity in a metonymic mention and for "
      "another in the same document", "move the mention to the entity the document's other metonymic mentions of "
      "that name are of (docs/guidelines.md, Clustering: metonymy); the mentions reported are those of the entity "
      "fewer of them are of")
def metonym_in_two_entities(ctx: DocContext) -> Iterator[Hit]:
    """A capital or city named for its state's government (`Moscow` for Russia) joins that state's entity with
    `metonymy: true` (docs/guidelines.md, Clustering): within one report a place is the seat of one government, so
    every metonymic mention of one name (case, spaces and apostrophe forms aside) is of one entity. The thirty-first
    session's sweep moved each name mention to every other entity of its type: 318 moves of a metonymic capital
    passed, many into a city's entity (`Moscow` of Russia into Seoul's, Vladivostok's, Tokyo's) or an unclassed
    state's (the Soviet Union's), which V429 does not compare (it reads states the registry classes a country), and
    each passed a document validated alone. Where one name's metonymic mentions are of two entities or more, those
    of the entity fewer of them are of are reported, each of them where two entities tie (which one is wrong, the
    document cannot tell). Not judged: a group of metonymic names (`[[Moscow] and [Pyongyang]]`, V400's), a
    metonymic name used once in the document (V429 compares it over the corpus), and a name whose entities are all
    of states the registry classes a country or a sovereign state (V429 compares those over the corpus, this
    document's uses with the others'), and a mention whose span another marked mention has (one word annotated twice,
    V224's). Every metonymic name of release 1 and of the synthetic corpora stands for one entity in its document."""
    view = ctx.view
    marks = view.column("mentions", "metonymy")
    if not any(marks):
        return
    kinds, texts, entities, starts, ends = (view.column("mentions", field)
                                            for field in ("kind", "text", "entity", "start", "end"))
    marked = list(compress(range(len(marks)), marks))
    spans = Counter((starts[i], ends[i]) for i in marked)
    stands: dict[str, dict[str, list[int]]] = {}  # a name -> the entities its metonymic mentions are of -> theirs
    for i in marked:
        if kinds[i] == "name" and not COORDINATED.search(texts[i]) and spans[starts[i], ends[i]] == 1:
            stands.setdefault(name_key(texts[i]), {}).setdefault(entities[i], []).append(i)
    index = ctx.registry_index
    classes = index.classes if index is not None else {}
    states = {entity.id for entity in view.entities.values() if classes.get(entity.kb_id or "") in STATE_CLASSES}
    for _, held in sorted(stands.items()):
        if len(held) < 2 or states.issuperset(held):  # states the registry classes: V429's, over the corpus
            continue
        most = max(map(len, held.values()))
        leading = [entity for entity, uses in held.items() if len(uses) == most]
        for entity in sorted(held) if len(leading) > 1 else sorted(set(held) - set(leading)):
            others = " and ".join(sorted(other for other in held if other != entity))
            for i in held[entity]:
                yield Hit(pointer("mentions", i, "entity"), entities[i],
                          f"{texts[i]!r} stands for {entity} here, for {others} in the document's other metonymic "
                          f"mentions of it")


def _outvoted(states: dict[str, list[tuple[str, Metonym]]]) -> list[str]:
    """Of the records one place stands for, those fewer documents (then fewer mentions) give it than another: every
    one where the most are given by two ([] where it stands for one)."""
    weight = {state: (len({doc for doc, _ in uses}), len(uses)) for state, uses in states.items()}
    most = max(weight.values())
    leading = [state for state in states if weight[state] == most]
    return sorted(states) if len(leading) > 1 else sorted(state for state in states if state not in leading)

"""Containment across the corpus (V366): the PART_OF and LOCATED_IN relations of every document between linked
entities, read as one order of the registry's records, hold no cycle. Each document's part of it is kept in its
summary (`contained`), as the corpus rules keep no document."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import pairwise
from typing import NamedTuple

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, rule
from vostochny.model.labels import ANTISYMMETRIC_RELATIONS, RELATION_TYPES
from vostochny.reading.view import DocumentView


class Contained(NamedTuple):
    """One containment relation of a document between two linked entities of two records."""

    inner: str  # the head's record: the part, or the place inside
    outer: str  # the tail's record
    at: int  # the relation's index in its document
    relation: str  # its id
    kind: str  # PART_OF or LOCATED_IN


def contained(view: DocumentView, refused: Collection[int] = ()) -> tuple[Contained, ...]:
    """A document's containment relations between entities linked to two different records (V366), but those whose
    arguments' types the type does not accept (V210's, whichever way round) and those `refused` (the indices of
    relations a document rule refuses: V258, V271; its own problem says what to fix)."""
    types = view.column("relations", "type")
    if ANTISYMMETRIC_RELATIONS.isdisjoint(types):
        return ()
    mentions, entities, typed = view.mentions, view.entities, view.mention_type
    found = []
    for i, r in enumerate(view.doc.relations):
        spec = RELATION_TYPES.get(r.type)
        if r.type in ANTISYMMETRIC_RELATIONS and spec is not None and i not in refused \
                and typed.get(r.head) in spec["head"] and typed.get(r.tail) in spec["tail"]:
            head, tail = (entities.get(getattr(mentions.get(m), "entity", "")) for m in (r.head, r.tail))
            if head is not None and tail is not None and head.kb_id and tail.kb_id and head.kb_id != tail.kb_id:
                found.append(Contained(head.kb_id, tail.kb_id, i, r.id, r.type))
    return tuple(found)


@rule("V366", "containment-cycle", "containment relations of the corpus put a record inside itself",
      "keep the direction each text states: the part or the place inside is the head (docs/guidelines.md, "
      "Relations); the relation reported is the one fewest documents state", scope="documents")
def containment_cycle(ctx: CorpusContext) -> Iterator[Hit]:
    """PART_OF and LOCATED_IN are containment (V258 within one document): the part or the place inside is the head,
    and nothing contains what contains it. Read over the corpus by the records their entities link to, the
    relations of all documents form one order: LOCATED_IN(Vostochny Cosmodrome, Russian Far East) in one report and
    LOCATED_IN(Russian Far East, Vostochny Cosmodrome) in another, or a record reached again through a longer chain
    (Seoul in South Korea, South Korea in Seoul's university), is a head and tail swapped somewhere. Of the relations
    on such a cycle, those that the fewest documents state are reported (each, where as many state every one), with
    the way back; a document that states both directions of one pair is V258's and not reported again."""
    edges: dict[tuple[str, str], list[tuple[str, Contained]]] = {}
    for doc_id in sorted(ctx.contained):
        for c in ctx.contained[doc_id]:
            edges.setdefault((c.inner, c.outer), []).append((doc_id, c))
    if not edges:
        return
    outward: dict[str, set[str]] = {}
    for inner, outer in edges:
        outward.setdefault(inner, set()).add(outer)
    cyclic = {pair: _way_back(outward, *pair) for pair in edges}
    on_cycle = {pair: way for pair, way in cyclic.items() if way}
    for pair, way in on_cycle.items():
        back = list(pairwise(way))
        if any(_doubted(edges[step]) > _doubted(edges[pair]) for step in back):
            continue  # a step of the way back is in more doubt: that one is reported
        reverse_in = {doc for doc, _ in edges.get(pair[::-1], [])}
        said = " in ".join(way)
        stated = sorted({doc for step in back for doc, _ in edges[step]})
        for doc_id, c in edges[pair]:
            if doc_id in reverse_in:
                continue  # the document states both: V258's
            yield Hit(pointer("relations", c.at), c.relation,
                      f"{c.kind} {c.inner} in {c.outer}, but {said} ({', '.join(stated)})", doc_id)


def _doubted(stated: list[tuple[str, Contained]]) -> tuple[int, str]:
    """How much in doubt a containment is, by the documents that state it: the fewer, the more; between as many,
    the later the first of them sorts (as V324 reports the later of two documents)."""
    documents = {doc for doc, _ in stated}
    return -len(documents), min(documents)


def _way_back(outward: dict[str, set[str]], inner: str, outer: str) -> list[str]:
    """The records from `outer` out to `inner` through the containment relations (a shortest way), or [] where
    `inner` is not reached: then the relation inner -> outer is on no cycle."""
    came_from: dict[str, str] = {outer: outer}
    frontier = [outer]
    while frontier and inner not in came_from:
        following = []
        for record in frontier:
            for out in outward.get(record, ()):
                if out not in came_from:
                    came_from[out] = record
                    following.append(out)
        frontier = following
    if inner not in came_from:
        return []
    way = [inner]
    while way[-1] != outer:
        way.append(came_from[way[-1]])
    return way[::-1]

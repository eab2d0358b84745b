"""Containment across the corpus (V366): the PART_OF and LOCATED_IN relations of every document between linked
entities, read as one order of the registry's records, hold no cycle. Each document's part of it is kept in its
summary (`contained`), as the corpus rules keep no document."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
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
    (Seoul in South Korea, South Korea in Seoul's university), is a head and tail swapped somewhere. The records that
    reach each other form a cycle (a strongly connected component, found once for the corpus); of its relations,
    those that the fewest documents state are reported, each of them where as many state every one (which one is
    wrong, the corpus cannot tell), with the way back for the first few; a document that states both directions of
    one pair is V258's and not reported again."""
    edges: dict[tuple[str, str], list[tuple[str, Contained]]] = {}
    for doc_id in sorted(ctx.contained):
        for c in ctx.contained[doc_id]:
            edges.setdefault((c.inner, c.outer), []).append((doc_id, c))
    outward, cycles = _cycles(edges)
    shown = 0
    for pairs in cycles.values():
        members = {record for pair in pairs for record in pair}
        fewest = min(len({doc for doc, _ in edges[pair]}) for pair in pairs)
        for pair in pairs:
            if len({doc for doc, _ in edges[pair]}) != fewest:
                continue
            way = _way_back(outward, *pair, members) if shown < _WAYS_SHOWN else []
            shown += 1
            said = f"but {_way(way)}" if way else f"on a cycle of {len(members)} records"
            reverse_in = {doc for doc, _ in edges.get(pair[::-1], [])}
            for doc_id, c in edges[pair]:
                if doc_id not in reverse_in:  # a document that states both: V258's
                    yield Hit(pointer("relations", c.at), c.relation, f"{c.kind} {c.inner} in {c.outer}, {said}",
                              doc_id)


def on_cycles(contained: Iterable[tuple[Contained, ...]]) -> set[str]:
    """The records on a cycle of these containments (the documents' summaries): none where V366 can find none."""
    _, cycles = _cycles(dict.fromkeys((c.inner, c.outer) for each in contained for c in each))
    return {record for pairs in cycles.values() for pair in pairs for record in pair}


def _cycles(pairs: Collection[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[int, list[tuple[str, str]]]]:
    """The records each (inner, outer) pair puts a record inside, and the pairs on a cycle by their strongly connected
    component."""
    outward: dict[str, list[str]] = {}
    for inner, outer in pairs:
        outward.setdefault(inner, []).append(outer)
    component = _components(outward)
    cycles: dict[int, list[tuple[str, str]]] = {}
    for pair in pairs:
        if component[pair[0]] == component[pair[1]]:
            cycles.setdefault(component[pair[0]], []).append(pair)
    return outward, cycles


#: the reported relations whose way back is searched and shown (a corpus of thousands on one cycle: the rest say
#: how many records the cycle holds)
_WAYS_SHOWN = 20


def _way(records: list[str], most: int = 6) -> str:
    """A way through the records, `in` between them, the middle left out past `most`."""
    if len(records) > most:
        records = [*records[:most - 1], f"({len(records) - most} more)", records[-1]]
    return " in ".join(records)


def _components(outward: dict[str, list[str]]) -> dict[str, int]:
    """Each record's strongly connected component (Tarjan's, without recursion): two records share one where each
    is inside the other through the relations."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    found: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    records = list(dict.fromkeys([*outward, *(o for outs in outward.values() for o in outs)]))
    for root in records:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            record, k = work.pop()
            if k == 0:
                index[record] = low[record] = len(index)
                stack.append(record)
                on_stack.add(record)
            outs = outward.get(record, [])
            if k < len(outs):
                work.append((record, k + 1))
                nxt = outs[k]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[record] = min(low[record], index[nxt])
                continue
            if low[record] == index[record]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    found[member] = index[record]
                    if member == record:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[record])
    return found


def _way_back(outward: dict[str, list[str]], inner: str, outer: str, within: set[str]) -> list[str]:
    """The records from `outer` out to `inner` through the containment relations among `within` (a shortest way),
    or [] where `inner` is not reached."""
    came_from: dict[str, str] = {outer: outer}
    frontier = [outer]
    while frontier and inner not in came_from:
        following = []
        for record in frontier:
            for out in outward.get(record, ()):
                if out in within and out not in came_from:
                    came_from[out] = record
                    following.append(out)
        frontier = following
    if inner not in came_from:
        return []
    way = [inner]
    while way[-1] != outer:
        way.append(came_from[way[-1]])
    return way[::-1]

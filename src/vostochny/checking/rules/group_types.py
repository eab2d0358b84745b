"""Group mentions read by their members: one against the types of the mentions it coordinates (V439), and two groups
of the same members in two entities (V436)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress

from vostochny.checking.linking import nominal_key
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.mention_agreement import POSTMODIFIERS, judged_head
from vostochny.checking.rules.name_forms import COORDINATED, COORDINATION
from vostochny.checking.rules.names import linked_records
from vostochny.reading.view import DocumentView


def _conjuncts(text: str, start: int) -> list[tuple[int, int]]:
    """The spans (offsets in the text) of the conjuncts of a coordination (`text`, a mention's, from `start`): the
    parts between its commas and its `and`s (`South Korea`, `the United States`, `Japan`)."""
    spans, at = [], 0
    for sep in COORDINATION.finditer(text):
        spans.append((start + at, start + sep.start()))
        at = sep.end()
    spans.append((start + at, start + len(text)))
    return spans


def _member_type(ctx: DocContext, k: int) -> str | None:
    """Mention `k`'s type, its record's where its entity links one (a member retyped against its record is V216's,
    and the group is read by what its member is); None for a nominal whose head noun names none of that type (`[the
    heroic Russian army]` of a VEH: the member is wrong, V403's, not the group). Read for the conjuncts' mentions
    only, not every mention's."""
    view, index = ctx.view, ctx.registry_index
    kind = view.mention_type.get(view.column("mentions", "id")[k])
    if kind is not None and index is not None:
        kb_id = linked_records(ctx).get(view.column("mentions", "entity")[k])
        kind = index.types.get(kb_id, kind) if kb_id is not None else kind
    if kind is not None and view.column("mentions", "kind")[k] == "nominal":
        judged = judged_head(nominal_key(view.column("mentions", "text")[k]))
        return None if judged is not None and kind not in judged[1] else kind
    return kind


def _conjunct_member(view: DocumentView, group: int, first: int, last: int) -> int | None:
    """The mention (index) of another entity that ends where a conjunct (`first`..`last`) of group mention `group`
    ends and that only premodifiers go before in it (`[Kim]`, `Russian President [Vladimir Putin]`, `the [United
    States]`); None where there is none (`South Korean officials`: a nationality modifies the conjunct's head) or a
    postmodifier stands before it (`the mayor of [Moscow]`: the place is not the conjunct's referent)."""
    starts, ends, texts = (view.column("mentions", f) for f in ("start", "end", "text"))
    entities = view.column("mentions", "entity")
    for k in mentions_starting(view, first, last - 1):
        if ends[k] == last and entities[k] != entities[group]:
            before = texts[group][first - starts[group]:starts[k] - starts[group]].lower().split()
            return None if not POSTMODIFIERS.isdisjoint(before) else k
    return None


def group_members(view: DocumentView) -> dict[int, list[int | None]]:
    """Each group mention (index: a nominal whose text is a coordination: commas, `and`, `&`) and the member mention
    of each of its conjuncts (`_conjunct_member`, None for a conjunct with no mention at its head). Built once per
    view; a coordination holds a comma, `and` or `&`, and most nominals hold none (the search stops at every space)."""
    key = ("group_members",)
    if key not in view.derived:
        kinds, texts, starts = (view.column("mentions", f) for f in ("kind", "text", "start"))
        view.derived[key] = {i: [_conjunct_member(view, i, first, last) for first, last in _conjuncts(
            texts[i], starts[i])] for i in compress(range(len(kinds)), map("nominal".__eq__, kinds))
            if ("," in texts[i] or "and" in texts[i] or "&" in texts[i]) and COORDINATED.search(texts[i])}
    return view.derived[key]  # type: ignore[no-any-return]


#: the types of the referents that act and speak: a group of them is a set of people as well as of its members'
#: kinds (`[[the heroic Russian army] and [people]]`, an army and a people, is PER: hard case 42)
_AGENTS = frozenset({"PER", "ORG", "GPE", "NORP"})


def _members_types(ctx: DocContext, members: list[int | None]) -> frozenset[str]:
    """The types that the conjuncts of a group name (its `members`, `group_members`), or none: a conjunct with no
    mention at its head, or a member of no type (`_member_type`)."""
    found = {None if k is None else _member_type(ctx, k) for k in members}
    return frozenset() if None in found else frozenset(t for t in found if t is not None)


def _group_types(members: frozenset[str]) -> frozenset[str]:
    """The types a group of members of `members` may take: their one type; for a mixed group, one of its members'
    types, or PER where all of them act (`_AGENTS`)."""
    if len(members) > 1 and members <= _AGENTS:
        return members | {"PER"}
    return members


@rule("V439", "group-typed-against-its-members", "a group mention coordinates mentions of one type, and its entity "
      "is of another, or mentions of several types, and its entity is of none of them (nor PER for agents)", "type "
      "the group as its members are: a set of people is PER, a set of countries GPE, an army and a people PER, ORG or "
      "NORP (docs/guidelines.md, Clustering)")
def group_typed_against_its_members(ctx: DocContext) -> Iterator[Hit]:
    """A set of referents named together is an entity of its own, of the type its members share (docs/guidelines.md,
    Clustering; hard case 13): `[[Kim] and [Putin]]` is a set of people, PER; `[[South Korea], [the United States] and
    [Japan]]` a set of countries, GPE; `[[the army] and [the navy]]` ORG. Such a group is linked to no record, so V216
    has no type to hold it to, and its nominal has no head noun for V403 (its last word is a name): an attack that
    retyped every entity found `Kim and Putin` passing as any type, and `South Korea, the United States and Japan` as a
    person. A nominal whose text is a coordination (commas, `and`, `&`), each conjunct ending on a nested mention of
    another entity that only premodifiers go before (`Russian President [Vladimir Putin]`), all of one type, is of an
    entity of that type. A mixed group is of one of its members' types, or PER where all of them act (PER, ORG, GPE,
    NORP: `[[the heroic Russian army] and [people]]` is PER by hard case 42, an army and a people, and may be an ORG or
    a NORP): the thirtieth session's attack passed it retyped a GPE, a place, an event, a weapon or a vehicle. Not
    judged: a conjunct whose last word is no mention (`[[U.S.] and [South Korean] officials]`, `[Putin], 70, and [Kim],
    39`) or whose mention follows a postmodifier (`the summit between [Kim] and [Putin]`: Kim is not the conjunct's
    referent), and a pronoun or a name. A member is read by its record's type where its entity links one (a member
    retyped against it is V216's), and a nominal member whose head noun names none of its type is read as no type
    (the member is V403's, not the group: a fuzz case retyped `[the heroic Russian army]` a vehicle). Every group of
    release 1 and of the synthetic corpora is of its members' type, or
    mixed."""
    view = ctx.view
    ids = view.column("mentions", "id")
    for i, conjuncts in group_members(view).items():
        kind, members = view.mention_type.get(ids[i]), _members_types(ctx, conjuncts)
        if members and kind is not None and kind not in _group_types(members):
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i, "entity"), m.entity, f"{m.text!r} of {m.entity}, a {kind}: it "
                      f"coordinates mentions of {' and '.join(f'{t}s' for t in sorted(members))}")


@rule("V436", "split-group", "two entities of the document are groups of the same members", "merge the two "
      "entities: move the mentions of one to the other and remove it (docs/guidelines.md, Clustering)")
def split_group(ctx: DocContext) -> Iterator[Hit]:
    """A set of referents named together is one entity of its own (docs/guidelines.md, Clustering; hard case 13), and
    a set is its members: `[[North Korea] and [Russia]]` and, later, `[[Russia] and [North Korea]]` or `[both
    [Russia] and [North Korea]]` name one group, as two names of one record are one referent (V225). A group linked
    to no record escaped V225: an attack that split each chain found 12 group mentions moved into an entity of their
    own passing. Two group mentions (`group_members`: every conjunct ends on a nested mention of another entity) whose
    members are the same entities, two or more, in any order, are of one entity; the later one is reported. Not
    judged: a group with a conjunct of no mention (`[[U.S.] and [South Korean] officials]`, `Putin, 70, and Kim,
    39`), a set and a subset or a superset of it (`Kim and Putin`, `Kim, Putin and Shoigu`: two sets), and a group's
    other nominals (`the two leaders`), which no member names."""
    view = ctx.view
    entities, starts = view.column("mentions", "entity"), view.column("mentions", "start")
    first: dict[frozenset[str], int] = {}
    for i, members in sorted(group_members(view).items(), key=lambda item: starts[item[0]]):
        named = frozenset(entities[k] for k in members if k is not None)
        if None in members or len(named) < 2:
            continue
        k = first.setdefault(named, i)
        if entities[k] != entities[i]:
            m, other = ctx.doc.mentions[i], ctx.doc.mentions[k]
            yield Hit(pointer("mentions", i, "entity"), m.entity,
                      f"{m.text!r} of {m.entity} names the members of {other.text!r}, of {other.entity}")

"""A group mention that coordinates mentions of one type against its entity's type (V439)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.mention_agreement import POSTMODIFIERS
from vostochny.checking.rules.name_forms import COORDINATED, COORDINATION
from vostochny.checking.rules.names import linked_records


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
    """Mention `k`'s type, its record's where its entity links one: a member retyped against its record is V216's,
    and the group is read by what its member is (read for the conjuncts' mentions only, not every mention's)."""
    view, index = ctx.view, ctx.registry_index
    kind = view.mention_type.get(view.column("mentions", "id")[k])
    if kind is None or index is None:
        return kind
    kb_id = linked_records(ctx).get(view.column("mentions", "entity")[k])
    return kind if kb_id is None else index.types[kb_id]


#: the mentions' starts, ends, texts and entities (`DocumentView.column`), read once a group
_Columns = tuple[Sequence[int], Sequence[int], Sequence[str], Sequence[str]]


def _conjunct_type(ctx: DocContext, columns: _Columns, group: int, first: int, last: int) -> str | None:
    """The type of the mention of another entity that ends where a conjunct (`first`..`last`) ends and that only
    premodifiers go before in it (`[Kim]`, `Russian President [Vladimir Putin]`, `the [United States]`); None where
    there is none (`South Korean officials`: a nationality modifies the conjunct's head) or a postmodifier stands
    before it (`the mayor of [Moscow]`: the place is not the conjunct's referent)."""
    starts, ends, texts, entities = columns
    for k in mentions_starting(ctx.view, first, last - 1):
        if ends[k] == last and entities[k] != entities[group]:
            before = texts[group][first - starts[group]:starts[k] - starts[group]].lower().split()
            return None if not POSTMODIFIERS.isdisjoint(before) else _member_type(ctx, k)
    return None


def _members_type(ctx: DocContext, i: int) -> str | None:
    """The type that every conjunct of group mention `i` names (`_conjunct_type`), or None: a conjunct with no
    mention at its head, or conjuncts of two types (`[[the heroic Russian army] and [people]]`: a mixed group)."""
    column = ctx.view.column
    columns = (column("mentions", "start"), column("mentions", "end"), column("mentions", "text"),
               column("mentions", "entity"))
    found = {_conjunct_type(ctx, columns, i, first, last) for first, last in _conjuncts(columns[2][i], columns[0][i])}
    return found.pop() if len(found) == 1 else None


@rule("V439", "group-typed-against-its-members", "a group mention coordinates mentions of one type, and its entity "
      "is of another", "type the group as its members are: a set of people is PER, a set of countries GPE "
      "(docs/guidelines.md, Clustering)")
def group_typed_against_its_members(ctx: DocContext) -> Iterator[Hit]:
    """A set of referents named together is an entity of its own, of the type its members share (docs/guidelines.md,
    Clustering; hard case 13): `[[Kim] and [Putin]]` is a set of people, PER; `[[South Korea], [the United States]
    and [Japan]]` a set of countries, GPE; `[[the army] and [the navy]]` ORG. Such a group is linked to no record,
    so V216 has no type to hold it to, and its nominal has no head noun for V403 (its last word is a name): an
    attack that retyped every entity found `Kim and Putin` passing as any type, and `South Korea, the United States
    and Japan` as a person. A nominal whose text is a coordination (commas, `and`, `&`), each conjunct ending on a
    nested mention of another entity that only premodifiers go before (`Russian President [Vladimir Putin]`), all
    of one type, is of an entity of that type. Not judged: a mixed group (`[[the heroic Russian army] and [people]]`
    is PER, an army and a people), a conjunct whose last word is no mention (`[[U.S.] and [South Korean] officials]`,
    `[Putin], 70, and [Kim], 39`) or whose mention follows a postmodifier (`the summit between [Kim] and [Putin]`:
    Kim is not the conjunct's referent), and a pronoun or a name. A member is read by its record's type where its
    entity links one (a member retyped against it is V216's). Every group of release 1 and of the synthetic corpora
    is of its members' type, or mixed."""
    view = ctx.view
    kinds, texts, ids = (view.column("mentions", f) for f in ("kind", "text", "id"))
    # a coordination holds a comma, `and` or `&`: most nominals hold none, and the search stops at every space
    groups = [i for i in compress(range(len(kinds)), map("nominal".__eq__, kinds))
              if ("," in texts[i] or "and" in texts[i] or "&" in texts[i]) and COORDINATED.search(texts[i])]
    for i in groups:
        kind, members = view.mention_type.get(ids[i]), _members_type(ctx, i)
        if members is not None and kind is not None and kind != members:
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i, "entity"), m.entity,
                      f"{m.text!r} of {m.entity}, a {kind}: it coordinates mentions of {members}s")

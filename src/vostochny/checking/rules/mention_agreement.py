"""A pronoun's gender and number, and a coordination of names, against the entity of its mention (V256)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, _registry_types, rule
from vostochny.checking.rules.name_forms import _name_key
from vostochny.checking.rules.names import _is_copy, _linked, _record_names_of

_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})  # not "themself": singular by form
_AGREEING = _HE | _SHE | _IT | _THEY
_SHE_TYPES = frozenset({"PER", "VEH", "GPE"})  # a ship or a country may be "she" by tradition
_COORDINATION = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_COORDINATED = re.compile(r",|\s(?:and|&)\s")
_GROUP_DETERMINERS = ("the ", "both ")


@rule("V256", "mention-agreement", "a pronoun's gender or number, or a group mention, does not fit its entity",
      "move the mention to the entity it refers to (a group of people or of states is an entity of its own, "
      "without kb_id)")
def mention_agreement(ctx: DocContext) -> Iterator[Hit]:
    """A mention refers to its entity's referent, and pronouns agree with their referent in English
    (docs/guidelines.md, Clustering): `he`, `him`, `his`, `himself` are a person's (PER); `she` and `her` a
    person's, or a ship's or a country's by tradition; `it` and `its` are never a named person's (an entity
    linked to a PER record); `they`, `them`, `their` are a named person's neither where the entity is also
    `he` or `she` (no singular they for that person), nor where it has no name mention (a group linked to one
    of its members). A coordination of names of two records or more (`Kim and Putin`, `North Korea and
    Russia`) is a group entity of its own, never linked (Clustering; hard cases 13 and 45). An unlinked PER
    entity may be a group (`its members`), and is left alone for `it` and `they`."""
    view = ctx.view
    kinds, texts, entities = (view.column("mentions", f) for f in ("kind", "text", "entity"))
    linked = _linked(ctx)
    pronouns = [i for i in compress(range(len(kinds)), map("pronoun".__eq__, kinds)) if texts[i].lower() in _AGREEING]
    groups = [i for i in compress(range(len(kinds)), map(linked.__contains__, entities))
              if kinds[i] != "pronoun" and _COORDINATED.search(texts[i])]
    if not pronouns and not groups:
        return
    types = _registry_types(ctx.registry) if ctx.registry is not None else {}
    people = {e for e, kb_id in linked.items() if types.get(kb_id) == "PER"}
    retyped = {e for e, kind in zip(view.column("entities", "id"), view.column("entities", "type"), strict=True)
               if e in linked and types[linked[e]] != kind}  # its type or its link is wrong: V216's
    words = {i: texts[i].lower() for i in pronouns}
    gendered = {entities[i] for i in pronouns if words[i] in _HE or words[i] in _SHE}
    named = set(compress(entities, map("name".__eq__, kinds)))
    for i in pronouns:
        word, entity = words[i], entities[i]
        kind = view.mention_type.get(ctx.doc.mentions[i].id)
        if kind is None or entity in retyped:
            continue
        wrong = ((word in _HE and kind != "PER") or (word in _SHE and kind not in _SHE_TYPES)
                 or (word in _IT and entity in people)
                 or (word in _THEY and entity in people and (entity in gendered or entity not in named)))
        if wrong and not _is_copy(ctx, i):
            said = f"linked to {linked[entity]}" if entity in people else f"a {kind}"
            yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} of {entity}, {said}")
    if not groups or ctx.registry is None:
        return
    names = _record_names_of(ctx.registry)
    for i in groups:
        kb_id = linked[entities[i]]
        if kb_id in names(texts[i]):
            continue
        members = [names.by_key.get(_group_member(part)) for part in _COORDINATION.split(texts[i])]
        if len(members) > 1 and all(members) and len(frozenset().union(*filter(None, members))) > 1 \
                and not _is_copy(ctx, i):
            yield Hit(pointer("mentions", i, "entity"), entities[i],
                      f"{texts[i]!r} names {len(members)} referents; {entities[i]} links {kb_id}")


def _group_member(part: str) -> str:
    """A member of a coordination as names are compared (`_name_key`), without its article (`the United
    States`) or a leading `both`."""
    key = _name_key(part)
    for determiner in _GROUP_DETERMINERS:
        key = key.removeprefix(determiner)
    return key

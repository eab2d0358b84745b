"""Rules on names against the registry: a nominal that is a record's name (V253), a name without a capital (V254),
a name or metonymy mark that contradicts its entity's link (V255), a name that is none of its record's (V281), and a
nominal whose words are another record's name (V376);
the registry's names are its index's (`registry_index`)."""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator
from itertools import compress, repeat

from vostochny.checking.linking import keyed_nominals
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, copies, rule
from vostochny.checking.rules.name_forms import group_members, name_key, name_keys
from vostochny.checking.rules.tokenizer import AS_GAP
from vostochny.model import tokenize
from vostochny.model.labels import PERSONAL_PRONOUNS, PRONOUNS


@rule("V253", "name-marked-nominal", "a nominal or pronoun mention is a name of its entity's registry record, or "
      "of a record where its entity links none",
      "set the mention's kind to name (a proper name or its short form: docs/guidelines.md, Mentions), its entity "
      "linked to the record it names")
def name_marked_nominal(ctx: DocContext) -> Iterator[Hit]:
    """A name is a name wherever it occurs (docs/guidelines.md, Mentions): `Vladimir Putin` marked `nominal`
    drops out of every name figure, the NER exports (names only become tags) and the name baselines, and
    hides a named entity left unlinked from V242, which reads name mentions. A mention is a name of its record
    when its text, case, spaces, apostrophe forms and a leading "the" aside, is an alias of the record (aliases
    are collected from name mentions) or the record's name written as a proper name (every word capitalised,
    or a digit, or a joining word: `Korean People's Army`, `South Korean Ministry of Unification`); a class or
    description record's name is a nominal's words (`artillery shells`, `Komsomolsk-on-Amur aircraft plant`).
    Only a text with a capital letter is read as a name (`the navy` is a nominal), and a pronoun written as one
    (`us`, `Us`; not `US`) is none: a personal pronoun marked nominal, or a word marked pronoun that is none, is
    V227's. Only the mentions with a capital are looked up (most nominals have none). A name marked nominal in an
    entity linked to no record (`John Kirby`, its link removed with it) is a name of the record of its type that it
    names: it passed every rule, the person gone from the NER tags and from linking. A misspelling its record lists
    (hard case 21) is a name too (`_misspelling_marked_nominal`)."""
    index = ctx.registry_index
    if index is None:
        return
    view = ctx.view
    names = index.names
    kinds, texts = view.column("mentions", "kind"), view.column("mentions", "text")
    # only nominals and pronouns not all in lower case can be names here (most are): the others are not read
    others = compress(range(len(texts)), map(operator.ne, kinds, repeat("name")))
    capitalised = [i for i in others if not texts[i].islower()]
    keys = name_keys([texts[i] for i in capitalised])
    named = names.every.intersection(keys)
    yield from _misspelling_marked_nominal(ctx, capitalised, keys)
    for i, key in zip(capitalised, keys, strict=True) if named else ():
        m = ctx.doc.mentions[i]
        entity = view.entities.get(m.entity)
        if entity is None or key not in names.every or not _capitalised(m.text):
            continue
        word = m.text.lower()
        if (m.kind == "pronoun" and word not in PRONOUNS) or (word in PRONOUNS and m.text in (word, word.capitalize())):
            continue  # V227 judges a pronoun mention that is no pronoun; a pronoun as written is none of a name
        if entity.kb_id is None:  # a name marked nominal and its link removed: V242 reads name mentions only
            types = index.types
            owners = sorted(kb for kb in names.by_key[key] if types.get(kb) == entity.type)
            if owners:  # of the entity's type: `The Russian` (a man) is no name of the people `russians`
                yield Hit(pointer("mentions", i, "kind"), m.kind,
                          f"{m.id} {m.text!r} is a name of {', '.join(owners)}; its entity {entity.id} links no record")
        elif key in names.by_id.get(entity.kb_id, ()):
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.id} {m.text!r} is a name of {entity.kb_id}")


def _misspelling_marked_nominal(ctx: DocContext, capitalised: list[int], keys: list[str]) -> Iterator[Hit]:
    """V253's misspelt names: a nominal or pronoun whose text is a misspelling its entity's record lists (hard case
    21: `Shogu`, `Jo Chun Yong`) is a name written wrong, still a name; the thirty-first session's sweep passed both
    marked nominal, a misspelling being no name or alias of its record."""
    index = ctx.registry_index
    if index is None:
        return
    misspelt, every = index.misspelt, index.names.every
    kb_ids = {e.id: e.kb_id for e in ctx.view.entities.values()}
    for i, key in zip(capitalised, keys, strict=True):
        m = ctx.doc.mentions[i]
        kb_id = kb_ids.get(m.entity)
        if kb_id and key not in every and name_key(m.text) in misspelt.get(kb_id, ()) and _capitalised(m.text):
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.id} {m.text!r} is a misspelling of {kb_id}'s name")


def _capitalised(text: str) -> bool:
    """Whether a text, a leading "the" aside, holds a capital letter (of any script with case)."""
    return any(map(str.isupper, text[4:] if text[:4].casefold() == "the " else text))


@rule("V254", "name-without-capital", "a name mention has no capital letter and no digit",
      "a common-noun phrase is a nominal (`the leader`), a pronoun a pronoun; a name is written with a capital "
      "or a digit (docs/guidelines.md, Mentions)")
def name_without_capital(ctx: DocContext) -> Iterator[Hit]:
    """A name is a proper name, its short form or an abbreviation (docs/guidelines.md, Mentions), and English
    writes every one with a capital or a digit: a `name` all in lower case (`the leader`, `shells`) is a nominal
    miskinded, and is exported as an NER tag that no name system should predict. Only letters of scripts with
    case are judged (a name in Korean or Arabic has none); a personal pronoun marked name is V227's, a mention
    without a letter V237's."""
    view = ctx.view
    names = [text for kind, text in zip(view.column("mentions", "kind"), view.column("mentions", "text"), strict=True)
             if kind == "name"]
    if not any(map(str.islower, names)):  # no cased letter in upper case, and one in lower case at least
        return
    for i, m in enumerate(ctx.doc.mentions):
        if m.kind == "name" and m.text.islower() and m.text not in PERSONAL_PRONOUNS and _lower_case_only(m.text):
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.id} {m.text!r} has no capital and no digit")


def _lower_case_only(text: str) -> bool:
    """Whether every letter of a text is a lower-case letter and it holds no digit."""
    return not any(map(str.isdigit, text)) and all(c.islower() for c in text if c.isalpha())


def linked_records(ctx: DocContext) -> dict[str, str]:
    """Entity id -> the registry record it links to, for the entities linked to a record that exists (the first
    entity of an id: V206 reports the second). Built once per view."""
    key = ("linked",)
    if key not in ctx.view.derived:
        index = ctx.registry_index
        types = index.types if index is not None else {}
        ctx.view.derived[key] = {e: kb_id for e, kb_id in zip(reversed(ctx.view.column("entities", "id")),
                                                             reversed(ctx.view.column("entities", "kb_id")),
                                                             strict=True) if kb_id in types}
    return ctx.view.derived[key]  # type: ignore[no-any-return]


@rule("V255", "name-contradicts-link", "a name or a metonymy mark contradicts its entity's registry link",
      "move the mention to the entity of the record it names, or fix the kb_id or the entity's name; a capital "
      "standing for its state is marked metonymy: true, the state's own name never")
def name_contradicts_link(ctx: DocContext) -> Iterator[Hit]:
    """A name finds one referent: the registry's names and aliases are each one record's (V306), and the
    compiler takes every name mention as an alias of its entity's record (docs/guidelines.md, Cross-document
    links). So a `name` mention whose text (case, spaces and apostrophe forms aside) is a name of another record
    and none of its own record's is in the wrong entity, or its entity links the wrong record (`Kim Jong Un` in
    an entity linked to `vladimir-putin`; `Moscow` in the Russia entity without `metonymy: true`); likewise an
    entity `name` that names another record. Metonymy is the mention's (Clustering: a capital or city standing
    for its state's government), so a metonymic mention of a GPE may name another record, but never its own
    (`North Korea` of North Korea is no metonymy) nor a record that is not a place (`the Kremlin` is an ORG of
    its own). Misspelt names (hard case 21: `Kim Putin`, `Shogu`) name no record and are left alone; entities
    without a link (V242) or with a link to no record (V208) are not judged, nor a mention that copies another's
    span (V224) or lies inside another of its entity (V245)."""
    index = ctx.registry_index
    if index is None:
        return
    view = ctx.view
    linked = linked_records(ctx)
    if not linked:
        return
    names, types = index.record_names, index.types
    kb_ids = view.column("entities", "kb_id")
    for i, owners in _misnamed(ctx).items():
        name, kb_id = view.doc.entities[i].name, kb_ids[i]
        yield Hit(pointer("entities", i, "name"), name, f"{name!r} names {_records(owners)}; the entity links {kb_id}")
    kinds, metonymy = view.column("mentions", "kind"), view.column("mentions", "metonymy")
    entities, texts = view.column("mentions", "entity"), view.column("mentions", "text")
    items = tuple(zip(entities, texts, metonymy, strict=True))
    named = set(compress(items, map("name".__eq__, kinds)))
    if any(metonymy):
        named |= set(compress(items, metonymy))
    judged = [item for item in named if item[0] in linked]  # a mention's text and mark, once for every copy
    wrong = set()
    for item, owners in zip(judged, names.many([text for _, text, _ in judged]), strict=True):
        kb_id, metonymic = linked[item[0]], item[2]
        if owners and ((kb_id in owners) == metonymic or (metonymic and not _places(owners, types))):
            wrong.add(item)
    for i in [i for i, item in enumerate(items) if item in wrong] if wrong else []:
        text, kb_id, owners = texts[i], linked[entities[i]], names(texts[i])
        if is_copy(ctx, i) or _inside_its_entity(ctx, i):
            continue
        if not metonymy[i]:
            yield Hit(pointer("mentions", i), text, f"{text!r} names {_records(owners)}, not {entities[i]}'s {kb_id}")
        elif view.mention_type.get(ctx.doc.mentions[i].id) == "GPE":  # not a GPE: V244's
            said = f"is {kb_id}'s own name" if kb_id in owners else f"names {_records(owners)}, not a place"
            yield Hit(pointer("mentions", i, "metonymy"), True, f"{text!r} {said}")


@rule("V281", "name-not-a-record-name", "a name mention of a linked entity is none of its record's names, aliases "
      "or misspellings", "add the name to the record's aliases, or to its misspellings where the text misspells it; "
      "otherwise it is no name of this referent: fix the mention's kind, extent or entity")
def name_not_a_record_name(ctx: DocContext) -> Iterator[Hit]:
    """The registry's aliases are the names the texts give each record (the compiler takes every name mention of
    a linked entity as an alias of its record), and a misspelt name is kept apart, in the record's
    `misspellings` (hard case 21). So a name mention of a linked entity is its record's name, an alias or a
    misspelling it lists, case, spaces and apostrophe forms aside. One that is none of them is either a name the
    registry lacks, or a mistake no other rule sees: a day (`Wednesday`) made a name of Kim Jong Un, a name cut
    short (`Vladimir`) or run over its title (`president Vladimir Putin`), a misspelling moved to another
    referent (`Kim Putin` in Putin's entity). A metonymic mention names another record by design, and a name
    of another record, or one of an entity whose own name names another record (a link swapped), is V255's, a
    coordination of records' names (`Kim and Putin`) V256's, a copy of
    another mention's span V224's, and a record whose own names are not written plainly V329's (a zero-width
    space in `Kim Jong Un` is no reason to report his every mention). A name is read as a reader sees it: a soft
    hyphen a scraped text keeps inside a word (`Pu\u00adtin`) is none of its letters, and an invisible or control
    character where a space was (`Kim Jong\ufeffUn`) is that space: the damaged text is V268's or V279's."""
    index = ctx.registry_index
    linked = linked_records(ctx) if index is not None else {}
    if index is None or not linked:
        return
    view = ctx.view
    kinds, metonymy = view.column("mentions", "kind"), view.column("mentions", "metonymy")
    entities, texts = view.column("mentions", "entity"), view.column("mentions", "text")
    names, misspelt, unwritten = index.record_names, index.misspelt, index.unwritten
    named = list(compress(range(len(kinds)), map("name".__eq__, kinds)))
    nameless = list(compress(named, map(operator.not_, names.many(list(map(texts.__getitem__, named))))))
    if not nameless:  # every name mention's text names a record (a valid document's path): judged in one map
        return
    misnamed = {view.doc.entities[k].id for k in _misnamed(ctx)}  # V255's
    for i in nameless:
        kb_id = linked.get(entities[i])
        if kb_id is None or metonymy[i] or name_key(texts[i]) in misspelt[kb_id] \
                or kb_id in unwritten or entities[i] in misnamed:
            continue
        if any(seen != texts[i] and (names(seen) or name_key(seen) in misspelt[kb_id]) for seen in _as_read(texts[i])):
            continue
        if not is_copy(ctx, i) and not group_members(texts[i], names.by_key):  # a group's names: V256's
            yield Hit(pointer("mentions", i), texts[i], f"{texts[i]!r} is no name, alias or misspelling of {kb_id}")


def _as_read(text: str) -> Iterator[str]:
    """A name as a reader sees it: a soft hyphen a scraped text keeps inside a word is none of its letters
    (`Pu\u00adtin` is `Putin`), and an invisible or control character where a space was is the gap (V268's, V279's)."""
    yield text.translate(tokenize.NO_FORMAT)
    yield text.translate(AS_GAP)


@rule("V376", "nominal-names-another-record", "a nominal's words are the name of a registry record other than its "
      "entity's", "move the mention to the entity of the record its words name (a class record: `ammunition`, "
      "`missiles`), or fix its entity's kb_id or type")
def nominal_names_another_record(ctx: DocContext) -> Iterator[Hit]:
    """A class or description record's name is a nominal's words (`ammunition`, `ballistic missiles`, `fighter
    jets`: V253), and those words name that record wherever they stand alone, as a name does (V255). So a nominal
    whose words without determiner or possessor (`linking.nominal_key`: `the ammunition` is `ammunition`), case,
    spaces and apostrophe forms aside, are a name or alias of a record is that record's mention: in an entity that
    links another record (`ammunition` moved into the entity of `weapons`, `missiles` into `ballistic-missiles`)
    it is in the wrong chain, and in an entity linked to none whose type is no type of the records it names
    (`fighter jets` made a VEH) its type is wrong. No nominal of the corpus names another record. A metonymic
    mention names another record by design (V255), an unlinked entity of the records' type is V321's to judge
    (`distinct_from`), and a copy of another mention's span is V224's."""
    index = ctx.registry_index
    if index is None:
        return
    view = ctx.view
    keyed = keyed_nominals(view)  # V321's summary reads them too
    if not keyed:
        return
    entities, texts, metonymy = (view.column("mentions", f) for f in ("entity", "text", "metonymy"))
    linked, types = linked_records(ctx), index.types
    for (i, _), owners in zip(keyed, index.record_names.many([key for _, key in keyed]), strict=True):
        entity = view.entities.get(entities[i]) if owners else None
        if entity is None or metonymy[i] or is_copy(ctx, i):
            continue
        kb_id = linked.get(entity.id)
        if kb_id is not None and kb_id not in owners:
            yield Hit(pointer("mentions", i, "entity"), entity.id,
                      f"{texts[i]!r} names {_records(owners)}; {entity.id} links {kb_id}")
        elif entity.kb_id is None and all(types[o] != entity.type and o not in entity.distinct_from for o in owners):
            yield Hit(pointer("mentions", i, "entity"), entity.id,
                      f"{texts[i]!r} names {_records(owners)} ({_records({types[o] for o in owners})}); "
                      f"{entity.id} is a {entity.type}")


def _places(owners: frozenset[str], types: dict[str, str]) -> bool:
    return any(types[o] == "GPE" for o in owners)


def _misnamed(ctx: DocContext) -> dict[int, frozenset[str]]:
    """Each linked entity (by index) whose name names other records and not its own, with those records (V255's: its
    link or its name is wrong, so V281 does not hold its mentions to the record it links). Built once per view (V255
    and V281 read it): the entities whose name names their own record, nearly all, are left out in one `map`."""
    index, key = ctx.registry_index, ("misnamed",)
    if index is None:
        return {}
    if key not in ctx.view.derived:
        kb_ids, types = ctx.view.column("entities", "kb_id"), index.types
        owned = index.record_names.many(ctx.view.column("entities", "name"))
        others = compress(range(len(kb_ids)), map(operator.not_, map(operator.contains, owned, kb_ids)))
        ctx.view.derived[key] = {i: frozenset(owned[i]) for i in others if owned[i] and kb_ids[i] in types}
    return ctx.view.derived[key]  # type: ignore[no-any-return]


def _inside_its_entity(ctx: DocContext, i: int) -> bool:
    """Whether mention i lies inside another mention of its entity (V245's: `[North [Korean]]`, a part of the name
    it is inside, names what that part names alone)."""
    m = ctx.doc.mentions[i]
    return any(o is not m and o.entity == m.entity and o.start <= m.start and m.end <= o.end
               and (o.start, o.end) != (m.start, m.end) for o in ctx.doc.mentions)


def is_copy(ctx: DocContext, i: int) -> bool:
    """Whether mention i shares its span with another mention, either of the two (V224's: which entity the span is
    of is that rule's to judge; a copy inserted before its original is the earlier of the two)."""
    key = ("mention_copies",)
    if key not in ctx.view.derived:
        ctx.view.derived[key] = frozenset(k for pair in copies(ctx, "mentions", "start", "end") for k in pair)
    return i in ctx.view.derived[key]


def _records(ids: Iterable[str]) -> str:
    return " and ".join(sorted(ids))

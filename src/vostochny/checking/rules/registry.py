"""The corpus rules on the registry (`annotations/entities.json`): ids (V301, V320), names (V306, V329), unused records
(V302), and nominals left unlinked across documents (V321); its Wikidata links are `wikidata`'s."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.linking import add_linked
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, corpus_links, rule
from vostochny.checking.rules.name_forms import name_flaw, names_in_form
from vostochny.model.slugs import slug


@rule("V301", "registry-duplicate-id", "a registry id is used twice", "merge or rename the records", scope="corpus")
def registry_duplicate(ctx: CorpusContext) -> Iterator[Hit]:
    """Registry ids are the corpus-wide identity of an entity: they must be unique."""
    seen: set[str] = set()
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if r.id in seen:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id!r} already used")
        seen.add(r.id)


@rule("V329", "registry-name-form", "a registry name, alias or misspelling is not plain written text, or repeats",
      "write names as plain text (single spaces, none at the ends, no invisible or compatibility characters); "
      "list each alias and misspelling once, never the name itself", scope="corpus")
def registry_name_form(ctx: CorpusContext) -> Iterator[Hit]:
    """Records are found by their names and aliases (linking, V306, the card): a name with a trailing
    space, a line break, a zero-width space or a fullwidth letter is a second spelling that looks like
    the first (`name_flaw`), and an alias that repeats one before it, or the name, says nothing; so does a
    misspelling that repeats one, and one that is the name or an alias is no misspelling. Aliases that differ in
    case are kept: they record the forms the texts show (`SEOUL`)."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        every = [r.name, *r.aliases, *r.misspellings]
        if names_in_form(every) and len(set(every)) == len(every):
            continue
        flaw = name_flaw(r.name)
        if flaw is not None:
            yield Hit(pointer("entities", i, "name"), r.name, f"{r.name!r}: {flaw}")
        for j, alias in enumerate(r.aliases):
            flaw = name_flaw(alias) or ("it is the name" if alias == r.name else
                                        "it is listed before" if alias in r.aliases[:j] else None)
            if flaw is not None:
                yield Hit(pointer("entities", i, "aliases", j), alias, f"{alias!r}: {flaw}")
        for j, misspelt in enumerate(r.misspellings):
            flaw = name_flaw(misspelt) or ("it is the name or an alias" if misspelt in (r.name, *r.aliases) else
                                           "it is listed before" if misspelt in r.misspellings[:j] else None)
            if flaw is not None:
                yield Hit(pointer("entities", i, "misspellings", j), misspelt, f"{misspelt!r}: {flaw}")


@rule("V320", "registry-id-not-slug", "a registry id is not the slug of its record's name",
      "rename the id to the slug (in every kb_id too), or fix the name where it is the id that is right",
      scope="corpus")
def registry_id_not_slug(ctx: CorpusContext) -> Iterator[Hit]:
    """Ids are what users join on: derived from the canonical name by one rule (`vostochny.model.slugs`:
    lowercase ASCII, apostrophes and full stops deleted, other runs of non-alphanumerics one hyphen),
    an id can be predicted from the name, and a name that drifts from its id shows. A name out of form (a zero-width
    space inside, `J\u200bake Sullivan`) is V329's on the same record: the slug of the name as it should be written
    is the id's to match, not the slug of the flaw."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        expected = slug(r.name)
        if r.id != expected and names_in_form([r.name]):
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id!r}, name {r.name!r} (slug {expected!r})")


@rule("V321", "recurring-referent-unlinked", "a nominal without kb_id has the words of a nominal linked elsewhere",
      "link its entity to that record if it is the same referent (guidelines, hard case 46); if it is not, "
      "list the record in the entity's distinct_from", scope="documents", severity="warning")
def recurring_referent_unlinked(ctx: CorpusContext) -> Iterator[Hit]:
    """A referent that recurs in the corpus is linked in every document where it occurs, by its nominals too
    (`a ruling party official` is the Workers' Party of Korea, as `the country's ruling party` is elsewhere).
    Found by words: a nominal of an unlinked entity whose words without determiner or possessor
    (`vostochny.checking.linking.nominal_key`) are those of a nominal linked to a record of the same type,
    in any document of the corpus (a file validated alone is compared with the others). Where the
    annotator has decided that the entity is another referent (`South Korea's military` is not the
    Korean People's Army), the record is in its `distinct_from` and is not reported again. Reads the
    documents' summaries, not the documents."""
    linked = ctx.linked_nominals  # the checked documents', folded as they were read; the others' kept apart
    if any(summary.linked for summary in ctx.nominals.values()):
        linked = {words: dict(firsts) for words, firsts in linked.items()}
        for doc_id, summary in ctx.nominals.items():
            add_linked(linked, doc_id, summary.linked)
    for doc_id, summary in ctx.nominals.items():
        for n, index in zip(summary.unlinked, summary.at, strict=True):
            records = sorted((kb_id, where) for kb_id, where in linked.get((n.key, n.type), {}).items()
                             if kb_id not in n.distinct_from)
            if records:
                found = ", ".join(f"{kb_id} (as in {where})" for kb_id, where in records)
                yield Hit(pointer("mentions", index), n.key,
                          f"{n.key!r} ({n.type}) is linked to {found}", doc_id)


@rule("V306", "registry-name-clash", "two registry records share a name, alias or misspelling",
      "keep the name on the record it names; a capital is not an alias of its country (metonymy is the mention's)",
      scope="corpus")
def registry_name_clash(ctx: CorpusContext) -> Iterator[Hit]:
    """A name or alias finds one referent: shared by two records (case aside), it makes linking by
    name ambiguous, and is usually a metonymic use (Moscow for Russia) recorded as an alias. So does a
    misspelling (V281 accepts it as a name of its record alone): one that is another record's name or alias, or
    another's misspelling, would take that record's mentions."""
    records = ctx.registry.entities if ctx.registry else []
    owner: dict[str, str] = {}
    places = [(i, pointer("entities", i, "name"), r.name) for i, r in enumerate(records)]  # names first:
    # an alias clashing with a name is the alias's fault; of two aliases, the one that is not part of
    # its own record's name ("Putin" of Vladimir Putin) is at fault, whichever record comes first
    aliases = [(a.casefold() not in r.name.casefold(), i, j, a) for i, r in enumerate(records)
               for j, a in enumerate(r.aliases)]
    places += [(i, pointer("entities", i, "aliases", j), a) for _, i, j, a in sorted(aliases)]
    places += [(i, pointer("entities", i, "misspellings", j), m) for i, r in enumerate(records)
               for j, m in enumerate(r.misspellings)]  # a misspelling is at fault against any name or alias
    for i, where, name in places:
        first = owner.setdefault(name.casefold(), records[i].id)
        if first != records[i].id:
            yield Hit(where, name, f"{name!r} also names {first}")


@rule("V302", "registry-unused", "a registry record is used by no document",
      "remove the record, or link the entities that it stands for", scope="corpus", severity="warning")
def registry_unused(ctx: CorpusContext) -> Iterator[Hit]:
    """Every registry record names an entity of the corpus, or a channel of a quote link (a `via` kb_id,
    which V314 requires to be a record); checked only on a whole corpus."""
    if not ctx.whole:
        return
    used = ctx.kb_ids_used | {via.kb_id for link in corpus_links(ctx) for via in link.via if via.kb_id is not None}
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if r.id not in used:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id} ({r.name})")

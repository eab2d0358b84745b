"""The corpus rules on the registry (`annotations/entities.json`): ids (V301, V320), names (V306, V329), Wikidata
links (V307-V309) and their evidence (V336-V338), unused records (V302), and nominals left unlinked across
documents (V321)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.linking import add_linked
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, _links, rule
from vostochny.checking.rules.name_forms import name_flaw, names_in_form
from vostochny.model.labels import QID_PATTERN, WIKIDATA_CLASS_TYPES
from vostochny.model.slugs import slug

if TYPE_CHECKING:
    from vostochny.model.models import RegistryEntity, WikidataVerified


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
    an id can be predicted from the name, and a name that drifts from its id shows."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        expected = slug(r.name)
        if r.id != expected:
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


def _verified(ctx: CorpusContext) -> Iterator[tuple[int, RegistryEntity, WikidataVerified]]:
    """(index, record, link) for every registry record with a verified Wikidata link."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        link = r.wikidata
        if link.status == "verified":  # a model or a mirror (whose tag is a class attribute)
            yield i, r, link


@rule("V307", "wikidata-qid-malformed", "a Wikidata QID is not Q and digits",
      "write the item id as Wikidata shows it (Q7747), not its URL, label or a property id (P31)", scope="corpus")
def wikidata_qid_malformed(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is what users join on with the knowledge base: a URL, a lowercase q, a leading zero or a
    property id joins with nothing, or with the wrong item."""
    for i, r, link in _verified(ctx):
        if not QID_PATTERN.fullmatch(link.qid):
            yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{r.id}: {link.qid!r}")


@rule("V308", "wikidata-qid-shared", "two registry records have the same Wikidata QID",
      "merge the records if they are one referent; otherwise one of the QIDs is wrong: check its evidence",
      scope="corpus")
def wikidata_qid_shared(ctx: CorpusContext) -> Iterator[Hit]:
    """A Wikidata item is one referent, and so is a registry record: a QID on two records either splits
    one referent in two or links a record to another's item (Moscow's QID on Russia)."""
    owner: dict[str, str] = {}
    for i, r, link in _verified(ctx):
        first = owner.setdefault(link.qid, r.id)
        if first != r.id:
            yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{link.qid} is also {first}'s")


@rule("V309", "wikidata-class-mismatch", "a record's entity type does not fit its Wikidata item's class",
      "fix the record's type, or the QID if the evidence shows another referent's item", scope="corpus")
def wikidata_class_mismatch(ctx: CorpusContext) -> Iterator[Hit]:
    """Where the evidence shows the item's class (a news agency, a country), it fixes the type: a GPE
    record linked to a news agency's item has the wrong item or the wrong type."""
    for i, r, link in _verified(ctx):
        fits = WIKIDATA_CLASS_TYPES.get(link.instance_of or "")
        if fits is not None and fits != r.type:
            yield Hit(pointer("entities", i, "type"), r.type, f"{r.id}: its item is a {link.instance_of} ({fits})")


def _well_formed(ctx: CorpusContext) -> Iterator[tuple[int, RegistryEntity, WikidataVerified]]:
    """The verified links whose QID is Q and digits: a malformed one is V307's, and its sources cannot quote it."""
    return ((i, r, link) for i, r, link in _verified(ctx) if QID_PATTERN.fullmatch(link.qid))


def _independent(link: WikidataVerified) -> int:
    """How many of the link's sources were found in different places (`where`, case and spacing aside)."""
    return len({" ".join(source.where.casefold().split()) for source in link.sources})


@rule("V336", "wikidata-evidence-missing", "a verified Wikidata link records fewer than two independent sources",
      "write where each source was found and what it shows, two in different places, or make the link unverified",
      scope="corpus")
def wikidata_evidence_missing(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is "verified" when two public sources show it for the referent (guidelines, section 2): a link
    without them is a guess that users would join on, and one source found twice is one source."""
    for i, r, link in _verified(ctx):
        found = _independent(link)
        if found < 2:
            yield Hit(pointer("entities", i, "wikidata", "sources"), link.qid,
                      f"{r.id}: {link.qid} with {found} independent source{'' if found == 1 else 's'}")


#: a QID where a source quotes it: Q and digits, not inside a longer word or number (Q7747 in "wd:Q7747")
_QUOTED_QID = re.compile(r"(?<![0-9A-Za-z])Q[0-9]+(?![0-9])")


@rule("V337", "wikidata-evidence-qid", "a verified Wikidata link's QID is not the one its sources quote",
      "write the QID that the sources show (a digit typed wrong?), or sources that show this QID", scope="corpus")
def wikidata_evidence_qid(ctx: CorpusContext) -> Iterator[Hit]:
    """Every source quotes the QID it shows, so a QID typed wrong (Q7474 for Q7747) or moved to another
    record without its sources no longer matches them: well formed (V307) and unshared (V308), it would
    join the record with another item. Reported once a record, at the QID when no source quotes it."""
    for i, r, link in _well_formed(ctx):
        quoted = [_QUOTED_QID.findall(source.what) for source in link.sources]
        missing = [j for j, qids in enumerate(quoted) if link.qid not in qids]
        if not missing:
            continue
        shown = sorted({q for j in missing for q in quoted[j]})
        where = pointer("entities", i, "wikidata", "qid") if len(missing) == len(quoted) \
            else pointer("entities", i, "wikidata", "sources", missing[0], "what")
        which = f"source {missing[0] + 1}, which" if len(missing) == 1 \
            else f"sources {', '.join(str(j + 1) for j in missing)}, which"
        yield Hit(where, link.qid, f"{r.id}: {link.qid} is not in {which} "
                  f"{'quote ' + ', '.join(shown) if shown else 'quote no QID'}")


def _names_with_qid(name: str, qid: str, what: str) -> bool:
    """Whether `what` names `name` (its words in order, any case, any punctuation between) where `qid` is the
    QID nearest to the name: a source may show several referents with theirs ("Japan (Q17) P36 (capital) =
    Q1490 (Tokyo)"), and it shows Tokyo's item for Tokyo, not for Japan."""
    words = re.findall(r"[^\W_]+", name)
    if not words:
        return False
    pattern = r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])"
    qids = [(m.start(), m.end(), m.group()) for m in _QUOTED_QID.finditer(what)]
    for named in re.finditer(pattern, what, re.IGNORECASE):
        gaps = [(max(start - named.end(), named.start() - end, 0), q) for start, end, q in qids]
        if gaps and qid in {q for gap, q in gaps if gap == min(gaps)[0]}:
            return True
    return False


@rule("V338", "wikidata-evidence-referent", "no source of a verified Wikidata link names the record with its QID",
      "move the link back to the record its sources name, or quote a source that names this referent with the QID",
      scope="corpus")
def wikidata_evidence_referent(ctx: CorpusContext) -> Iterator[Hit]:
    """The sources show an item for a referent: one of them at least names the record (its name or an
    alias) next to the QID. A link moved whole, with its sources, to another record (Kim Jong Un's on
    Vladimir Putin) quotes its QID still and names the other referent. Checked where every source quotes the
    QID: one that does not is V337's (a QID typed or moved without its sources), and no source V336's."""
    for i, r, link in _well_formed(ctx):
        names = [r.name, *r.aliases]
        quoting = link.sources and all(link.qid in _QUOTED_QID.findall(source.what) for source in link.sources)
        if quoting and not any(_names_with_qid(name, link.qid, source.what)
                               for source in link.sources for name in names):
            yield Hit(pointer("entities", i, "wikidata", "sources"), link.qid,
                      f"{r.id}: no source names {r.name!r} or an alias with {link.qid}")


@rule("V302", "registry-unused", "a registry record is used by no document",
      "remove the record, or link the entities that it stands for", scope="corpus", severity="warning")
def registry_unused(ctx: CorpusContext) -> Iterator[Hit]:
    """Every registry record names an entity of the corpus, or a channel of a quote link (a `via` kb_id,
    which V314 requires to be a record); checked only on a whole corpus."""
    if not ctx.whole:
        return
    used = ctx.kb_ids_used | {via.kb_id for link in _links(ctx) for via in link.via if via.kb_id is not None}
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if r.id not in used:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id} ({r.name})")

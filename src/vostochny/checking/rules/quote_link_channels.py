"""The corpus rules on the channels (`via`) of quote links: their kb_id (V314, V334), a chain without one (V315),
the speaker as its own channel (V327), one listed twice (V328), a channel's name or a link's note that is not
plain written text (V343), and a channel neither linked text names (V391)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from vostochny.checking import quote_graph as graph
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, corpus_links, rule
from vostochny.checking.rules.identity import no_record
from vostochny.checking.rules.name_forms import name_flaw, name_key, prose_flaw
from vostochny.model.labels import SPEAKER_TYPES

if TYPE_CHECKING:
    from vostochny.model.models import RegistryEntity


@rule("V314", "quote-link-via-kb-id", "a channel's kb_id is not in the registry",
      "add the record to annotations/entities.json, or fix the kb_id (null if the channel has none)",
      scope="quote_links")
def quote_link_via_kb_id(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel's `kb_id` names a registry record (a news agency) as an entity's does; not checked
    while the registry does not load."""
    index = ctx.registry_index
    if index is None:
        return
    ids = index.types
    for i, link in enumerate(corpus_links(ctx)):
        for j, via in enumerate(link.via):
            if via.kb_id is not None and via.kb_id not in ids:
                yield Hit(pointer("links", i, "via", j, "kb_id"), via.kb_id, no_record(via.kb_id, ids))


@rule("V315", "quote-link-chain-without-via", "a chain link names no channel",
      "list the channels in `via` (a news agency, a transcript, a translation), or choose another wording",
      scope="quote_links")
def quote_link_chain_without_via(ctx: CorpusContext) -> Iterator[Hit]:
    """`chain` says that the wordings differ because the reports went through different channels: the
    link must say which (guidelines, section 7)."""
    for i, link in enumerate(corpus_links(ctx)):
        if link.wording == "chain" and not link.via:
            yield Hit(pointer("links", i, "via"), link.id,
                      f"{link.id}: {graph.ref(link.a)} and {graph.ref(link.b)}")


@rule("V327", "quote-link-via-speaker", "a quote link names the speaker as its own channel",
      "remove the speaker from `via` (its own dispatch or statement is the utterance: guidelines, section 7)",
      scope="quote_links")
def quote_link_via_speaker(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel passes someone else's words on: an agency or office whose own dispatch is the
    utterance is its speaker, not its channel. A channel is the speaker where its kb_id, or the record
    its name names (no kb_id: `Putin`), is the registry record of either linked quote's speaker (only
    quotes of documents that loaded are known)."""
    index = ctx.registry_index
    named = index.first_named if index is not None else {}
    for i, link in enumerate(corpus_links(ctx)):
        speakers = {ctx.quotes.get(r.document, {}).get(r.quote) for r in (link.a, link.b)} - {None}
        for j, via in enumerate(link.via):
            if (via.kb_id or named.get(name_key(via.name))) in speakers:
                yield Hit(pointer("links", i, "via", j), via.name, f"{via.name} ({via.kb_id}) speaks in {link.id}")


@rule("V328", "quote-link-via-repeated", "a quote link lists one channel twice",
      "list each channel once, in the order the words passed through them", scope="quote_links")
def quote_link_via_repeated(ctx: CorpusContext) -> Iterator[Hit]:
    """`via` counts the channels the words went through: one listed twice (the same registry record, by
    kb_id or by a name of it, or the same name, case and spaces aside) counts a channel that is not there."""
    index = ctx.registry_index
    named = index.first_named if index is not None else {}
    for i, link in enumerate(corpus_links(ctx)):
        seen: set[str] = set()
        for j, via in enumerate(link.via):
            record = via.kb_id or named.get(name_key(via.name))
            keys = {name_key(via.name)} | ({record} if record is not None else set())
            if keys & seen:
                yield Hit(pointer("links", i, "via", j), via.name, f"{via.name} is listed before in {link.id}")
            seen |= keys


@rule("V334", "quote-link-via-record", "a quote link's channel names another record than its kb_id, or a record "
      "that cannot pass words on", "set the kb_id to the record of the channel the name names (an agency, outlet, "
      "office or interpreter), or null for a channel without one (a translation)", scope="quote_links")
def quote_link_via_record(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel is an intermediary that passed the speaker's words on (docs/guidelines.md, section 7): an
    agency or outlet, an office's transcript, an interpreter; its `name` is how the texts name it and its
    `kb_id` its registry record. The name must name that record: be its name or an alias, or hold one as
    whole words (`a Kremlin transcript`, record `kremlin`), compared as V306 compares names (case, spaces and
    apostrophe forms aside); `TASS` with the record of KCNA is one or the other mistyped. And the record
    must be of a type that speaks (`labels.SPEAKER_TYPES`: a person, an organisation, a government), as a
    speaker must (V218): a weapon class or a place passes no words on. A kb_id not in the registry is V314's."""
    index = ctx.registry_index
    records = index.records if index is not None else {}
    for i, link in enumerate(corpus_links(ctx)):
        for j, via in enumerate(link.via):
            found = records.get(via.kb_id or "")
            if found is None:
                continue
            record = found[-1]
            if record.type not in SPEAKER_TYPES:
                yield Hit(pointer("links", i, "via", j, "kb_id"), via.kb_id,
                          f"{via.kb_id} is a {record.type} record: not a channel ({link.id})")
            elif not _names_record(via.name, record):
                yield Hit(pointer("links", i, "via", j, "name"), via.name,
                          f"{via.name!r} is not a name of {via.kb_id} ({record.name!r}) ({link.id})")


def _names_record(name: str, record: RegistryEntity) -> bool:
    """Whether `name` is a name or alias of the record, or holds one as a run of whole words."""
    said = tuple(name_key(name).split())
    for known in (record.name, *record.aliases):
        key = tuple(name_key(known).split())
        if key and any(said[k:k + len(key)] == key for k in range(len(said) - len(key) + 1)):
            return True
    return False


@rule("V343", "quote-link-text-form", "a quote link's channel name or note is blank or not plain written text",
      "write the name as the texts write it and the note in words: single spaces, no space at either end, no "
      "invisible character, no look-alike letters of another script", scope="quote_links")
def quote_link_text_form(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel's name is matched against the speakers' and the other channels' records (V327, V328, V334) and
    shown in the exports, and a note is what a reader of a link is told: both are plain text, held to what names
    are held to elsewhere (`name_flaw`: V249 entity names, V329 registry names), a note to plain prose (`prose_flaw`:
    no line break, no invisible character; `…`, `½` and two spaces after a stop are prose). A zero-width
    joiner (`KCNA\u2060`), a Cyrillic `Р` in `Putin` or a fullwidth `Ｐｕｔｉｎ` made another name that looks the same
    and passed V327 and V328 (an attack found them), and a note of a space or a line break says nothing."""
    for i, link in enumerate(corpus_links(ctx)):
        texts: list[tuple[str, str, Callable[[str], str | None]]] = [
            (pointer("links", i, "via", j, "name"), via.name, name_flaw) for j, via in enumerate(link.via)]
        texts += [(pointer("links", i, "note"), link.note, prose_flaw)] if link.note is not None else []
        for where, text, flawed in texts:
            flaw = flawed(text)
            if flaw is not None:
                yield Hit(where, text, f"{text!r}: {flaw} ({link.id})")


@rule("V391", "quote-link-via-not-in-texts", "a quote link's channel is a registry record that neither linked "
      "document mentions", "list in `via` only the channels the texts name (docs/guidelines.md, section 7), and "
      "annotate the channel's mention where a text names it", scope="quote_links")
def quote_link_via_not_in_texts(ctx: CorpusContext) -> Iterator[Hit]:
    """`via` lists the channels the reports went through as the texts show them (docs/guidelines.md, section 7:
    `according to KCNA`, `TASS reported`), and a name a text shows is a mention of an entity linked to its record
    (Clustering, V242): a channel with a record that no entity of either linked document links is one the
    annotator supposed, or named wrong (`Interfax` for the `TASS` a text names), and passed every other rule. A
    channel's record is its kb_id, or the record its name names; one without a record (a translation, an
    interpreter) is not judged, nor a kb_id that is no record (V314's), nor a link into a document that did not
    load. V302 counts the record used (its fix, removing the record, would not be this one's)."""
    index = ctx.registry_index
    if index is None:
        return
    named, types = index.first_named, index.types
    for i, link in enumerate(corpus_links(ctx)):
        a, b = ctx.records.get(link.a.document), ctx.records.get(link.b.document)
        if a is None or b is None:
            continue
        for j, via in enumerate(link.via):
            record = via.kb_id or named.get(name_key(via.name))
            if record in types and record not in a and record not in b:  # no such record: V314's
                yield Hit(pointer("links", i, "via", j), via.name, f"{via.name} ({record}) is mentioned in neither "
                          f"{link.a.document} nor {link.b.document} ({link.id})")

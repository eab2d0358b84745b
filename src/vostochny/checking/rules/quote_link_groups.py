"""The corpus rules on groups of linked quotes: incomplete cliques (V317), speakers that differ (V318), and quotes
of one document (V319)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking import quote_graph as graph
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, corpus_links, rule

if TYPE_CHECKING:
    from vostochny.model.models import QuoteLink, QuoteRef


def _known(ctx: CorpusContext, ref: QuoteRef) -> bool:
    """The quote is in a document that was checked and loaded."""
    return ref.quote in ctx.quotes.get(ref.document, {})


def _judged(ctx: CorpusContext) -> tuple[list[tuple[int, QuoteLink]], set[graph.Node]]:
    """The links between known quotes of two documents (the graph rules read only these, so that one
    mistyped end is reported once, and a partial check says nothing of documents it did not read), and
    the known quotes that another link joins to an end that is wrong or was not read."""
    judged, loose = [], set()
    for i, link in enumerate(corpus_links(ctx)):
        ends = [graph.end(r) for r in (link.a, link.b) if _known(ctx, r)]
        if len(ends) == 2 and link.a.document != link.b.document:
            judged.append((i, link))
        else:
            loose.update(ends)
    return judged, loose


@rule("V317", "quote-link-clique-incomplete", "two quotes linked through a third are not linked to each other",
      "link the two quotes too (every pair of reports of one utterance is linked), or remove the link that "
      "joins another utterance", scope="quote_links", severity="warning")
def quote_link_clique_incomplete(ctx: CorpusContext) -> Iterator[Hit]:
    """A link says two reports are of one utterance, so the reports of an utterance form a clique: with
    A-B and B-C linked, A-C is either missing or one of the two links joins another utterance. Read only
    on links between quotes of documents that loaded (a file validated alone is compared with the others
    too); not in a group that reaches two
    quotes of one document (V319 first), nor in one that a link with a wrong or unread end touches (the
    pair it misses may be that link). Reported at the last link of the path that joins the pair."""
    (sound, loose), links = _judged(ctx), corpus_links(ctx)
    linked = {graph.pair(link) for _, link in sound}
    for component in graph.components(sound):
        if graph.shared_documents(component) or loose.intersection(component):
            continue
        for k, x in enumerate(component):
            for z in component[k + 1:]:
                if frozenset({x, z}) not in linked:
                    path = graph.route(sound, x, z)
                    yield Hit(pointer("links", path[-1]), links[path[-1]].id, f"{graph.name(x)} and "
                              f"{graph.name(z)} are linked through {graph.via(links, path)}, not to each other")


@rule("V318", "quote-link-speakers-differ", "the two linked quotes' speakers are different registry records, not a "
      "person and a body the corpus says it leads, speaks for or serves", "remove the link if it joins two "
      "utterances; if the speaker is one, fix the speaker mention or its entity's kb_id", scope="quote_links")
def quote_link_speakers_differ(ctx: CorpusContext) -> Iterator[Hit]:
    """Two reports of one utterance have one speaker (guidelines, section 7: the same speaker, or the same office
    speaking): speakers linked to two registry records mean the link joins two utterances, or one speaker is
    annotated wrong, unless one is a person and the other a body whose words the person speaks, as some document's
    relations say (LEADER_OF, SPOKESPERSON_OF, OFFICIAL_OF, AFFILIATED_WITH between the two records: Peskov and the
    Kremlin). An error since an attack found a link from Putin's words to Britain's passing as a warning. Only
    speakers whose records are in the registry are compared (a dangling kb_id is V208's), and only on documents that
    loaded."""
    index = ctx.registry_index
    known = set(index.types) if index is not None else set()
    held = set().union(*ctx.offices.values()) if ctx.offices else set()
    for i, link in _judged(ctx)[0]:
        kb_a, kb_b = (ctx.quotes.get(r.document, {}).get(r.quote) for r in (link.a, link.b))
        if kb_a in known and kb_b in known and kb_a != kb_b and (kb_a, kb_b) not in held and (kb_b, kb_a) not in held:
            yield Hit(pointer("links", i), link.id, f"{graph.ref(link.a)} is {kb_a}'s, {graph.ref(link.b)} is {kb_b}'s")


@rule("V319", "quote-link-same-document", "links join two quotes of one document into one utterance",
      "remove the link that joins another utterance; if the document reports the utterance twice, merge the "
      "two quotes into one (several content fragments)", scope="quote_links", severity="warning")
def quote_link_same_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Links are transitive (one utterance, every report linked): a chain of them that reaches two
    quotes of one document says that the document reports the utterance twice, which its quote layer
    says with one quote (V312 for a direct link). Reported at the last link of the path between them."""
    (sound, _), links = _judged(ctx), corpus_links(ctx)
    for component in graph.components(sound):
        for x, z in graph.shared_documents(component):
            path = graph.route(sound, x, z)
            yield Hit(pointer("links", path[-1]), links[path[-1]].id,
                      f"{graph.name(x)} and {graph.name(z)} are joined through {graph.via(links, path)}")

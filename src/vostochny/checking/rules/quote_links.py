"""The corpus rules on the quote links file: the quotes each link joins (V310-V312, V333, V340), copies (V313) and
ids (V316)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking import quote_graph as graph
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, brief, corpus_links, rule
from vostochny.checking.rules.identity import did_you_mean, no_document, used_before
from vostochny.checking.rules.texts import words

if TYPE_CHECKING:
    from vostochny.model.models import QuoteRef


def _missing_quote(ctx: CorpusContext, ref: QuoteRef) -> bool:
    """The document loaded and has no quote of that id (a document that did not load is not judged, nor one whose
    quote ids clash with another record's, V206's)."""
    return ref.document in ctx.quotes and ref.quote not in ctx.quotes[ref.document] \
        and ref.document not in ctx.quote_ids_clash


@rule("V310", "quote-link-unknown-document", "a quote link names a document the corpus does not have",
      "fix the document id (the annotation file's name), or remove the link", scope="quote_links")
def quote_link_unknown_document(ctx: CorpusContext) -> Iterator[Hit]:
    """A link joins quotes of two documents of the corpus; an id without an annotation file is a typo or
    a document that was removed. Checked on a whole corpus only; a file that did not load still counts
    as its document."""
    known = set(ctx.doc_ids)
    for i, link in enumerate(corpus_links(ctx) if ctx.all_files else []):
        for side, ref in (("a", link.a), ("b", link.b)):
            if ref.document not in known:
                yield Hit(pointer("links", i, side, "document"), ref.document,
                          f"{no_document(ref.document)}{did_you_mean(ref.document, known)}")


@rule("V311", "quote-link-unknown-quote", "a quote link names a quote its document does not have",
      "use the id of a quote in that document's `quotes` (ids change when a document is recompiled)",
      scope="quote_links")
def quote_link_unknown_quote(ctx: CorpusContext) -> Iterator[Hit]:
    """Quote ids are local to their document: a link to an id the document does not have points at
    nothing, or at another quote after the document was renumbered. Links into a document that did not
    load are not judged (its problems come first), nor those into a document a quote of which has another record's
    id (V206): a quote renamed onto another's id leaves the links to the id it had dangling, and no reference
    resolves until ids are one a record each (as V206 takes the document's own dangling references, V207, V209)."""
    for i, link in enumerate(corpus_links(ctx)):
        for side, ref in (("a", link.a), ("b", link.b)):
            if _missing_quote(ctx, ref):
                have = ", ".join(sorted(ctx.quotes[ref.document])[:8]) or "none"
                yield Hit(pointer("links", i, side, "quote"), ref.quote,
                          f"{ref.document} has no quote {ref.quote!r} (its quotes: {have})")


@rule("V340", "quote-link-text-differs", "a quote link's end records a text that is not its quote's content",
      "point the end at the quote whose content it records (quote ids change when a document is recompiled or "
      "renumbered), or, if the quote's content was corrected, record its content again", scope="quote_links")
def quote_link_text_differs(ctx: CorpusContext) -> Iterator[Hit]:
    """Each end of a link records the content of the quote it joins (`text`: the fragments in order, joined by
    ` … `), compared word for word (`texts.words`: case, quote marks and punctuation apart): a quote id alone
    re-points the link silently when the document's quotes are renumbered (a quote removed, a brat round trip)
    or two ids are swapped, and the link then joins two reports that never reported one utterance. Judged on
    quotes of documents that loaded (an unknown quote is V311's)."""
    for i, link in enumerate(corpus_links(ctx)):
        for side, ref in (("a", link.a), ("b", link.b)):
            said = ctx.said.get(ref.document, {}).get(ref.quote)
            if said is None:  # a document that did not load, or an unknown quote (V311)
                continue
            recorded = words(ref.text)
            if recorded != said.words:
                yield Hit(pointer("links", i, side, "text"), brief(ref.text), f"{link.id}: {graph.ref(ref)} says "
                          f"{len(said.words)} words, the end records {len(recorded)}; "
                          f"{_first_other(said.words, recorded)}")


@rule("V312", "quote-link-within-document", "a quote link joins two quotes of one document",
      "remove the link: one utterance reported twice in a document is one quote with several fragments, "
      "or the two are different utterances", scope="quote_links")
def quote_link_within_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Links are between documents (guidelines, section 7): within a document, the quote layer already
    says what one utterance is."""
    for i, link in enumerate(corpus_links(ctx)):
        if link.a.document == link.b.document:
            yield Hit(pointer("links", i), link.id, f"{graph.ref(link.a)} and {graph.ref(link.b)}")


@rule("V313", "quote-link-duplicate", "two quote links join the same two quotes",
      "remove the second link (the order of a and b does not matter); merge their via and notes",
      scope="quote_links")
def quote_link_duplicate(ctx: CorpusContext) -> Iterator[Hit]:
    """A pair of quotes is one link: a second one, in either order, counts the pair twice and may give
    it another wording."""
    first: dict[frozenset[graph.Node], str] = {}
    for i, link in enumerate(corpus_links(ctx)):
        pair = graph.pair(link)
        if pair in first:
            yield Hit(pointer("links", i), link.id,
                      f"{graph.ref(link.a)} and {graph.ref(link.b)} are linked by {first[pair]} already")
        else:
            first[pair] = link.id


@rule("V316", "quote-link-duplicate-id", "a quote link id is used twice", "give each link its own id",
      scope="quote_links")
def quote_link_duplicate_id(ctx: CorpusContext) -> Iterator[Hit]:
    """A link is cited by its id (in notes, reviews and diffs). Ids that differ only in case (`L1`, `l1`)
    are one id (cited in prose, looked up by a reader that folds case, they name either link). A link
    that repeats an earlier one whole, id (case aside) and pair, is one mistake: V313 reports it."""
    first: dict[str, tuple[str, frozenset[graph.Node]]] = {}  # each id casefolded -> its first spelling, pair
    for i, link in enumerate(corpus_links(ctx)):
        key = link.id.casefold()
        if key not in first:
            first[key] = (link.id, graph.pair(link))
        elif first[key][1] != graph.pair(link):
            yield Hit(pointer("links", i, "id"), link.id, used_before(link.id, first[key][0]))


#: attributions that report no utterance: a quote link joins two reports of one utterance (V333)
_NOT_SAID = frozenset({"thought", "evidence"})
#: the words that two `partial` reports share at least, in a run: a phrase (`cooperate on sensitive areas`), not
#: a name or a function word that any two reports of the story share (fewer where a content has fewer)
PARTIAL_RUN = 3


@rule("V333", "quote-link-ends-unfit", "a quote link's wording does not fit the two quotes' words, or it links "
      "a thought or what a non-verbal source shows", "label `verbatim` only the same words and `partial` only "
      "reports that share a phrase (else `paraphrase`); remove a link to a thought or evidence (no utterance)",
      scope="quote_links")
def quote_link_ends_unfit(ctx: CorpusContext) -> Iterator[Hit]:
    """A link joins two reports of one utterance, labelled by how closely they keep its words
    (docs/guidelines.md, section 7): `verbatim` is the same words up to typography, case and punctuation
    (compared as `words`: the content fragments in order, case-folded, punctuation apart), and `partial`
    quotes the same words for part of it (a shared run of `PARTIAL_RUN` words, or the whole of a shorter
    content); two reports with no such words are a `paraphrase` or `chain`, which the wording of the
    reports cannot decide. An utterance is said or written: a `thought` (`Analysts believe`) or `evidence`
    (`according to photos`) quote reports none, and is linked to nothing. Judged on quotes of documents
    that loaded (an unknown quote is V311's)."""
    for i, link in enumerate(corpus_links(ctx)):
        ends = [ctx.said.get(r.document, {}).get(r.quote) for r in (link.a, link.b)]
        for side, ref, said in zip(("a", "b"), (link.a, link.b), ends, strict=True):
            if said is not None and said.attribution in _NOT_SAID:
                yield Hit(pointer("links", i, side), graph.ref(ref),
                          f"{graph.ref(ref)} is a {said.attribution}, not an utterance ({link.id})")
        first, second = ends
        if first is None or second is None or not first.words or not second.words:
            continue
        if (link.wording == "verbatim" and first.words != second.words) or \
                (link.wording == "partial" and not _shared_run(first.words, second.words)):
            yield Hit(pointer("links", i, "wording"), link.wording, f"{link.id}: {graph.ref(link.a)} "
                      f"{brief(' '.join(first.words))} and {graph.ref(link.b)} {brief(' '.join(second.words))}")


def _first_other(said: tuple[str, ...], recorded: tuple[str, ...]) -> str:
    """Where two wordings part: the first word that differs, after the words before it."""
    at = next((k for k, (one, other) in enumerate(zip(said, recorded, strict=False)) if one != other),
              min(len(said), len(recorded)))
    ours, theirs = (wording[at] if at < len(wording) else "(no more)" for wording in (said, recorded))
    after = f"after {' '.join(said[max(0, at - 3):at])!r}" if at else "at the start"
    return f"{after}, the quote says {ours!r}, the end {theirs!r}"


def _shared_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether `a` and `b` share a run of `PARTIAL_RUN` words (of all the words of the shorter one, if fewer)."""
    n = min(PARTIAL_RUN, len(a), len(b))
    return not {a[k:k + n] for k in range(len(a) - n + 1)}.isdisjoint(b[k:k + n] for k in range(len(b) - n + 1))

"""Agreement of two corpora's quote links (`annotations/quote_links.json`): which links they share,
and how far they agree on the wording label of the links both have.

A link joins two quotes; quote ids differ between independent passes, so each end is identified by
its document and the spans of its content (`model.quote_matching.content_key`), read from the documents the links
were annotated on. Two links are the same link when they join the same two quotes, in either order.
Counts are of distinct links (a pair linked twice in one corpus counts once, with its first wording);
a link with an end that its documents lack (an unvalidated file) cannot be placed and is counted
apart as unresolved. A corpus without a links file has no link decisions at all, which is not the same
as deciding that no quotes are linked: such a pair of corpora is not compared, and says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TypedDict

from vostochny.model.models import QuoteLinks
from vostochny.model.quote_matching import content_key
from vostochny.reading import loader
from vostochny.reading.corpus import QUOTE_LINKS_FILE, open_corpus
from vostochny.reading.view import DocumentView
from vostochny.verbs.reliability import AlphaSummary, nominal_alpha

#: a link end: its document and its quote's content spans
End = tuple[str, tuple[tuple[int, int], ...]]
#: a link as an unordered pair of ends
LinkKey = frozenset[End]


class LinkSummary(TypedDict):
    """Quote-link agreement of B with A (A is the reference). Without both files `compared` is false,
    `note` says which corpus lacks one and every figure is None."""

    compared: bool
    note: str
    links_a: int | None
    links_b: int | None
    unresolved_a: int | None
    unresolved_b: int | None
    shared: dict[str, float] | None
    wording_agree: int | None
    wording_alpha: AlphaSummary | None
    via_agree: int | None


#: what a corpus's links file is: its links, or why there are none to compare
LinksRead = QuoteLinks | str


def read_links(root: Path) -> LinksRead:
    """The quote links of the corpus at `root`, or why there are none: no file, or one that does not load."""
    corpus = open_corpus(root)
    loaded = loader.load_quote_links(corpus.annotations / QUOTE_LINKS_FILE, QUOTE_LINKS_FILE, within=corpus.root)
    if loaded is None:
        return f"no quote links file (annotations/{QUOTE_LINKS_FILE})"
    if loaded.model is None:
        return f"a quote links file that does not load ({len(loaded.problems)} problem(s); see `vostochny validate`)"
    return loaded.model


#: a link's labels: its wording, and its channels (each by its registry record, else its case-folded name)
Labels = tuple[str, frozenset[str]]


def _keyed(links: QuoteLinks, docs: Mapping[str, DocumentView]) -> tuple[dict[LinkKey, Labels], int]:
    """Each distinct link's key with its (first) labels, and the number of links that cannot be placed."""
    contents = {(view.id, q.id): content_key(q) for view in docs.values() for q in view.doc.quotes}
    keyed: dict[LinkKey, Labels] = {}
    unresolved = 0
    for link in links.links:
        ends = [(ref.document, contents.get((ref.document, ref.quote))) for ref in (link.a, link.b)]
        placed = [(doc_id, content) for doc_id, content in ends if content is not None]
        if len(placed) < 2:
            unresolved += 1
            continue
        via = frozenset(v.kb_id or v.name.casefold() for v in link.via)
        keyed.setdefault(frozenset(placed), (link.wording, via))
    return keyed, unresolved


def not_compared(note: str) -> LinkSummary:
    return {"compared": False, "note": note, "links_a": None, "links_b": None, "unresolved_a": None,
            "unresolved_b": None, "shared": None, "wording_agree": None, "wording_alpha": None, "via_agree": None}


def link_agreement(a: LinksRead, b: LinksRead, docs_a: Mapping[str, DocumentView],
                   docs_b: Mapping[str, DocumentView]) -> LinkSummary:
    """Shared links (precision, recall, F1 of B against A) and the wording's agreement on them
    (Krippendorff's alpha, nominal). `docs_a` and `docs_b` are the documents each side's links refer
    to: their own corpus, or one corpus for both where both were annotated over the same quotes."""
    from vostochny.verbs.compare import Counts

    if isinstance(a, str) or isinstance(b, str):
        missing = [f"{side} has {why}" for side, why in (("A", a), ("B", b)) if isinstance(why, str)]
        return not_compared("Quote links not compared: " + "; ".join(missing) + ".")
    keyed_a, unresolved_a = _keyed(a, docs_a)
    keyed_b, unresolved_b = _keyed(b, docs_b)
    counts = Counts()
    counts.add(set(keyed_a), set(keyed_b))
    shared = sorted(set(keyed_a) & set(keyed_b), key=sorted)
    units = [(keyed_a[k][0], keyed_b[k][0]) for k in shared]
    return {"compared": True, "note": f"{len(shared)} links shared of {len(keyed_a)} in A and {len(keyed_b)} in B.",
            "links_a": len(a.links), "links_b": len(b.links), "unresolved_a": unresolved_a,
            "unresolved_b": unresolved_b, "shared": counts.as_dict(),
            "wording_agree": sum(wa == wb for wa, wb in units), "wording_alpha": nominal_alpha(units).as_dict(),
            "via_agree": sum(keyed_a[k][1] == keyed_b[k][1] for k in shared)}


def link_lines(s: LinkSummary) -> list[str]:
    """The Markdown lines of a quote-link agreement (the diff's and the annotation report's)."""
    if not s["compared"]:
        return [s["note"]]
    c, alpha = s["shared"], s["wording_alpha"]
    assert c is not None and alpha is not None  # set whenever `compared`
    value = "undefined" if alpha["alpha"] is None else f"{alpha['alpha']:.3f}"
    lines = ["| quote links | both | only A | only B | P | R | F1 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| links (same two quotes) | {c['tp']} | {c['fn']} | {c['fp']} | {c['precision']:.3f} | "
             f"{c['recall']:.3f} | {c['f1']:.3f} |", "",
             f"Wording on the {_links(c['tp'])}: {s['wording_agree']} agree, {alpha['disagreements']} differ; "
             f"Krippendorff's alpha (nominal) {value}. The same channels (`via`) on {s['via_agree']} of them."]
    if s["unresolved_a"] or s["unresolved_b"]:
        lines.append(f"Links whose quotes are not in the documents (not counted): {s['unresolved_a']} in A, "
                     f"{s['unresolved_b']} in B.")
    return lines


def _links(n: float) -> str:
    return "shared link" if n == 1 else f"{n} shared links"

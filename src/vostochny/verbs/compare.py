"""Compare two versions of the corpus layer by layer: what changed, and how far they agree.

Used by `vostochny diff` for pull-request review and by the annotation report for the
double-annotation agreement. Coreference scores come from `scorch` (the CoNLL-2012 scorer on
PyPI), partial span scores from `nervaluate`; exact span F1 is counted here and checked against
`nervaluate`'s strict mode in the tests. Label decisions of matched records also get Krippendorff's
alpha (`reliability`), which corrects their agreement for chance; so do the optional attributes of
schema 1.4.0 (a relation's factuality, a quote's attribution type), on the records both corpora have
and counted apart from the records that one corpus left unlabelled. The corpus-level quote links are
compared in `link_agreement`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Set
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import TypedDict, cast

from vostochny.errors import CorpusError
from vostochny.model.models import Quote
from vostochny.model.quote_matching import content_key, quote_extent, quote_pairs
from vostochny.reading import loader
from vostochny.reading.corpus import open_corpus
from vostochny.reading.view import DocumentView
from vostochny.verbs.link_agreement import LinkSummary, link_agreement, link_lines, not_compared, read_links
from vostochny.verbs.reliability import AlphaSummary, nominal_alpha

Span = tuple[int, int]
#: a span item of a layer: start, end, label
SpanItem = tuple[int, int, str]
#: a relation: the spans of its head and tail mentions (None: no such mention), its type
RelationItem = tuple[Span | None, Span | None, str]
#: a quote: its content spans, its kind
QuoteItem = tuple[tuple[Span, ...], str]
#: an item of a layer, comparable and id-free; the last element is its label
Item = SpanItem | RelationItem | QuoteItem
#: an item without its label
ItemKey = Span | tuple[Span | None, Span | None] | tuple[tuple[Span, ...]]


@dataclass
class Counts:
    """True positives, false positives (only in B), false negatives (only in A)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, a: Set[Hashable], b: Set[Hashable]) -> None:
        self.tp += len(a & b)
        self.fp += len(b - a)
        self.fn += len(a - b)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def items(view: DocumentView) -> dict[str, set[Item]]:
    """Each layer as a set of comparable, id-free tuples; the last element is the label."""
    doc, types = view.doc, view.mention_type  # type None: the entity is missing or the id repeats (unvalidated)
    return {
        "mentions": {(m.start, m.end, types[m.id] or "?") for m in doc.mentions},
        "mention kinds": {(m.start, m.end, m.kind) for m in doc.mentions},
        "relations": {(view.mention_span(r.head), view.mention_span(r.tail), r.type) for r in doc.relations},
        "quotes": {(content_key(q), q.kind) for q in doc.quotes},
        "quote cues": {(q.cue.start, q.cue.end, "cue") for q in doc.quotes if q.cue},
        "zones": {(z.start, z.end, z.kind) for z in doc.zones},
    }


def clusters(view: DocumentView) -> list[frozenset[Span]]:
    """Coreference clusters as sets of mention spans (a span that two entities share is in both;
    `evaluation.coref.clusters` gives it to its first mention's only). Made once per view."""
    key = ("compare", "clusters")
    if key not in view.derived:
        grouped: dict[str, set[Span]] = defaultdict(set)
        for m in view.doc.mentions:
            grouped[m.entity].add((m.start, m.end))
        view.derived[key] = [frozenset(c) for c in grouped.values()]
    found: list[frozenset[Span]] = view.derived[key]
    return found


def _overlap_counts(a: set[SpanItem], b: set[SpanItem]) -> Counts:
    """One-to-one matching of same-label spans (start, end, label tuples): equal spans first, so
    that identical sets agree perfectly, then a greedy pass over the rest for spans that overlap."""
    tp = len(a & b)
    unmatched = sorted(b - a)
    for start, end, label in sorted(a - b):
        hit = next((x for x in unmatched if x[2] == label and x[0] < end and start < x[1]), None)
        if hit:
            unmatched.remove(hit)
            tp += 1
    return Counts(tp, len(b) - tp, len(a) - tp)


#: label decisions scored with alpha, and the layer of `items` whose records carry each label
LABEL_DECISIONS = {"entity type": "mentions", "mention kind": "mention kinds", "relation type": "relations",
                   "quote kind": "quotes", "zone kind": "zones"}
#: a unit of a label decision: the label each pass gave it (None: that pass has no such record)
LabelUnit = tuple[str | None, str | None]


def _keyed_units(a: set[Item], b: set[Item]) -> list[LabelUnit]:
    """Records of A and B with the same key (span, argument spans) as units; a key one pass lacks, or
    holds fewer times, gives units with a missing value."""
    labels: dict[object, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for side, found in enumerate((a, b)):
        for x in found:
            labels[x[:-1]][side].append(x[-1])
    return [unit for la, lb in labels.values() for unit in zip_longest(sorted(la), sorted(lb))]


def label_units(a: DocumentView, b: DocumentView) -> dict[str, list[LabelUnit]]:
    """The units of each label decision: mentions, relations and zones by their spans; quotes as
    `quote_pairs` matches them, each unmatched quote a unit with one value."""
    ia, ib = items(a), items(b)
    units = {name: _keyed_units(ia[layer], ib[layer]) for name, layer in LABEL_DECISIONS.items() if layer != "quotes"}
    pairs = quote_pairs(a.doc, b.doc)
    matched_a, matched_b = {id(qa) for qa, _ in pairs}, {id(qb) for _, qb in pairs}
    units["quote kind"] = [*((qa.kind, qb.kind) for qa, qb in pairs),
                           *((q.kind, None) for q in a.doc.quotes if id(q) not in matched_a),
                           *((None, q.kind) for q in b.doc.quotes if id(q) not in matched_b)]
    return units


#: optional attributes (schema 1.4.0; null: not annotated) scored on records both corpora have, and the
#: layer of `items` whose exact F1 is beside them: relations with the same type and argument spans, quotes
#: as `quote_pairs` matches them
ATTRIBUTE_DECISIONS = {"relation factuality": "relations", "quote attribution": "quotes"}
#: a unit of an attribute decision: the value each corpus gave a record both have (None: not annotated)
AttributeUnit = LabelUnit


#: a record both corpora have, as `changes` describes it (its key and label in `items`), with each one's value
AttributePair = tuple[ItemKey, str, str | None, str | None]


def _attribute_pairs(a: DocumentView, b: DocumentView) -> dict[str, list[AttributePair]]:
    """The factuality of each pair of relations with the same type and argument spans (paired in
    document order where a key repeats), the attribution type of each pair of matched quotes."""
    relations: dict[tuple[Span | None, Span | None, str], tuple[list[str | None], list[str | None]]] = defaultdict(
        lambda: ([], []))
    for side, view in enumerate((a, b)):
        for r in view.doc.relations:
            relations[view.mention_span(r.head), view.mention_span(r.tail), r.type][side].append(r.factuality)
    return {"relation factuality": [((head, tail), rtype, fa, fb) for (head, tail, rtype), (la, lb) in relations.items()
                                    for fa, fb in zip(la, lb, strict=False)],
            "quote attribution": [((content_key(qa),), qa.kind, qa.attribution, qb.attribution)
                                  for qa, qb in quote_pairs(a.doc, b.doc)]}


def attribute_units(a: DocumentView, b: DocumentView) -> dict[str, list[AttributeUnit]]:
    """The units of each attribute decision: the two values of each record both corpora have."""
    return {name: [(va, vb) for _, _, va, vb in pairs] for name, pairs in _attribute_pairs(a, b).items()}


class AttributeSummary(TypedDict):
    """An attribute's agreement: `matched` records both corpora have; of them, `annotated` labelled
    by both (the units of `alpha`), `only_a` and `only_b` labelled by one; `agree` of the annotated
    with the same value, `accuracy` their share (None when none is annotated by both)."""

    matched: int
    annotated: int
    only_a: int
    only_b: int
    agree: int
    accuracy: float | None
    alpha: AlphaSummary


def attribute_summary(units: list[AttributeUnit]) -> AttributeSummary:
    both = [(va, vb) for va, vb in units if va is not None and vb is not None]
    agree = sum(va == vb for va, vb in both)
    return {"matched": len(units), "annotated": len(both),
            "only_a": sum(va is not None and vb is None for va, vb in units),
            "only_b": sum(va is None and vb is not None for va, vb in units), "agree": agree,
            "accuracy": round(agree / len(both), 4) if both else None, "alpha": nominal_alpha(both).as_dict()}


def nervaluate_scores(pairs: list[tuple[set[SpanItem], set[SpanItem]]]) -> dict[str, dict[str, float]]:
    """nervaluate's strict, exact, partial and ent_type scores over documents of (start, end, label) spans."""
    from nervaluate import Evaluator

    def spans(s: set[SpanItem]) -> list[dict[str, str | int]]:
        return [{"label": str(x[-1]), "start": x[0], "end": x[1] - 1} for x in sorted(s)]

    # an empty span (unvalidated input) has no inclusive end for nervaluate: only the exact counts score it
    pairs = [(a, b) for a, b in (({x for x in a if x[0] < x[1]}, {x for x in b if x[0] < x[1]}) for a, b in pairs)
             if a or b]
    if not pairs:
        return {}
    labels = sorted({str(x[-1]) for a, b in pairs for x in a | b})
    # nervaluate reads an empty document as malformed input: give it a placeholder span that never matches
    true = [spans(a) or [{"label": labels[0], "start": -10, "end": -10}] for a, _ in pairs]
    pred = [spans(b) or [{"label": labels[0], "start": -20, "end": -20}] for _, b in pairs]
    overall = Evaluator(true, pred, tags=labels).evaluate()["overall"]
    return {mode: {"precision": round(r.precision, 4), "recall": round(r.recall, 4), "f1": round(r.f1, 4)}
            for mode, r in overall.items()}


class SpeakerAccuracy(TypedDict):
    matched_quotes: int
    accuracy: float | None


class AgreementSummary(TypedDict):
    """`Agreement.summary`: counts and scores (as `Counts.as_dict`) by layer, label and metric."""

    exact: dict[str, dict[str, float]]
    exact_by_label: dict[str, dict[str, dict[str, float]]]
    overlap: dict[str, dict[str, float]]
    nervaluate: dict[str, dict[str, dict[str, float]]]
    speaker_accuracy: SpeakerAccuracy
    coreference: dict[str, dict[str, float]]
    label_alpha: dict[str, AlphaSummary]
    attributes: dict[str, AttributeSummary]
    quote_links: LinkSummary


@dataclass
class Agreement:
    """Agreement of corpus B with corpus A (A is the reference)."""

    exact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_label: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))
    overlap: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    pairs: dict[str, list[tuple[set[SpanItem], set[SpanItem]]]] = field(default_factory=lambda: defaultdict(list))
    speakers: Counter[str] = field(default_factory=Counter)
    coref: dict[str, list[tuple[float, float, float]]] = field(default_factory=lambda: defaultdict(list))
    labels: dict[str, list[LabelUnit]] = field(default_factory=lambda: defaultdict(list))
    attributes: dict[str, list[AttributeUnit]] = field(default_factory=lambda: defaultdict(list))
    #: the corpus-level quote links, compared by `diff` (not per document)
    quote_links: LinkSummary = field(default_factory=lambda: not_compared("Quote links not read."))

    def add(self, a: DocumentView, b: DocumentView) -> None:
        ia, ib = items(a), items(b)
        for layer in ia:
            self.exact[layer].add(ia[layer], ib[layer])
            for label in {x[-1] for x in ia[layer] | ib[layer]}:
                self.by_label[layer][label].add({x for x in ia[layer] if x[-1] == label},
                                                {x for x in ib[layer] if x[-1] == label})
        for layer in ("mentions", "zones"):
            # these two layers hold (start, end, label) items
            span_a, span_b = cast("set[SpanItem]", ia[layer]), cast("set[SpanItem]", ib[layer])
            found = _overlap_counts(span_a, span_b)
            self.overlap[layer] = _plus(self.overlap[layer], found)
            self.pairs[layer].append((span_a, span_b))
        quote_spans = [{(e[0], e[1], q.kind) for q in v.doc.quotes if (e := quote_extent(q))} for v in (a, b)]
        self.overlap["quotes"] = _plus(self.overlap["quotes"], _overlap_counts(*quote_spans))
        self.pairs["quotes"].append((quote_spans[0], quote_spans[1]))
        self._speakers(a, b)
        self._coref(a, b)
        for name, units in label_units(a, b).items():
            self.labels[name] += units
        for name, attribute in attribute_units(a, b).items():
            self.attributes[name] += attribute

    def _speakers(self, a: DocumentView, b: DocumentView) -> None:
        """For matched quotes, is the speaker the same entity (by mention spans, in either clustering)?"""
        cluster_a = {span: i for i, c in enumerate(clusters(a)) for span in c}
        cluster_b = {span: i for i, c in enumerate(clusters(b)) for span in c}
        for qa, qb in quote_pairs(a.doc, b.doc):
            sa, sb = a.mention_span(qa.speaker), b.mention_span(qb.speaker)
            if sa is None or sb is None:
                same = sa is None and sb is None
            else:
                same = sa == sb or any(c.get(sa, -1) == c.get(sb, -2) for c in (cluster_a, cluster_b))
            self.speakers["same" if same else "different"] += 1

    def _coref(self, a: DocumentView, b: DocumentView) -> None:
        from scorch import scores

        key, response = clusters(a), clusters(b)
        # identical clusterings agree perfectly; scorch gives 0 for MUC's 0/0 (no links) and for empty documents
        identical = set(key) == set(response)
        for name, metric in (("MUC", scores.muc), ("B3", scores.b_cubed), ("CEAF-e", scores.ceaf_e)):
            self.coref[name].append((1.0, 1.0, 1.0) if identical else metric(key, response))

    def summary(self) -> AgreementSummary:
        coref = {name: {"recall": round(_mean(v[0] for v in values), 4),
                        "precision": round(_mean(v[1] for v in values), 4),
                        "f1": round(_mean(v[2] for v in values), 4)} for name, values in self.coref.items()}
        if coref:
            coref["CoNLL"] = {"f1": round(_mean(coref[n]["f1"] for n in ("MUC", "B3", "CEAF-e")), 4)}
        total = sum(self.speakers.values())
        return {
            "exact": {k: v.as_dict() for k, v in self.exact.items()},
            "exact_by_label": {k: {lab: c.as_dict() for lab, c in sorted(v.items())}
                               for k, v in self.by_label.items()},
            "overlap": {k: v.as_dict() for k, v in self.overlap.items()},
            "nervaluate": {k: nervaluate_scores(v) for k, v in self.pairs.items()},
            "speaker_accuracy": {"matched_quotes": total,
                                 "accuracy": round(self.speakers["same"] / total, 4) if total else None},
            "coreference": coref,
            "label_alpha": {name: nominal_alpha(units).as_dict() for name, units in self.labels.items()},
            "attributes": {name: attribute_summary(self.attributes.get(name, [])) for name in ATTRIBUTE_DECISIONS},
            "quote_links": self.quote_links,
        }


def _plus(a: Counts, b: Counts) -> Counts:
    return Counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def _mean(values: Iterable[float]) -> float:
    listed = list(values)
    return sum(listed) / len(listed) if listed else 0.0


def read_documents(root: Path, name: str | None = None) -> dict[str, DocumentView]:
    """The documents of a corpus folder, by id, each as its view (no raw text: a diff compares
    annotations). A document of an older version is compared migrated (a revision of before a migration
    against today's). `CorpusError` with the problems of each document that does not load (its own
    version's schema refuses it, or it is no document at all): left out, it read as deleted. `name`: the
    corpus as the user named it; a git revision's files are named `REV:annotations/ID.json`."""
    from vostochny.checking.validator import Report, label_of
    from vostochny.reading.revisions import on_disk

    corpus = open_corpus(root)
    revision = name is not None and on_disk(name) is None
    docs: dict[str, DocumentView] = {}
    unloaded = Report()
    for path in corpus.files:
        label = f"{name}:{path.relative_to(corpus.root).as_posix()}" if revision else label_of(path)
        loaded = loader.load_document(path, label, within=corpus.root)
        if loaded.model is None:
            unloaded.problems += loaded.problems
        elif loaded.refused(older=True):  # an older version is no problem here: the errors of its own schema are
            unloaded.problems += [p for p in loaded.problems if p.code != "V111"]
        else:
            docs[loaded.model.id] = DocumentView(loaded.model, None)
    if unloaded.problems:
        raise CorpusError(unloaded)
    return docs


@dataclass
class Change:
    document: str
    layer: str
    change: str  # added | removed | changed
    item: str


class _Texts:
    """What a change shows of one document: the first mention text of each span, the quote of each content."""

    def __init__(self, view: DocumentView) -> None:
        doc = view.doc
        self.mentions: dict[tuple[int, int], str] = {}
        for m in doc.mentions:
            self.mentions.setdefault((m.start, m.end), m.text)
        self.quotes: dict[tuple[Span, ...], Quote] = {}
        for q in doc.quotes:
            self.quotes.setdefault(content_key(q), q)

    def text(self, span: tuple[int, int] | None) -> str:
        if span is None:
            return "?"
        return self.mentions.get(span, f"[{span[0]}, {span[1]})")

    def describe(self, layer: str, key: ItemKey, label: str) -> str:
        """`key` is an item of `layer` without its label: what `items` puts in that layer says its type."""
        if layer == "relations":
            head, tail = cast("tuple[Span | None, Span | None]", key)
            return f"{label}({self.text(head)!r}, {self.text(tail)!r})"
        if layer == "quotes":
            (content,) = cast("tuple[tuple[Span, ...]]", key)
            return f"{label} {' … '.join(c.text for c in self.quotes[content].content)[:80]!r}"
        span = cast("Span", key)
        if layer == "zones":
            return f"{label} [{span[0]}, {span[1]})"
        return f"{self.text(span)!r} [{span[0]}, {span[1]}) {label}"

    def cluster(self, cluster: frozenset[Span]) -> str:
        return "{" + ", ".join(repr(self.text(s)) for s in sorted(cluster)) + "}"


def changes(a: DocumentView, b: DocumentView) -> list[Change]:
    """Added, removed and changed records of each layer (keyed by their spans, not their ids)."""
    found: list[Change] = []
    ia, ib = items(a), items(b)
    ta, tb = _Texts(a), _Texts(b)
    for layer in ("mentions", "relations", "quotes", "zones"):
        by_key_a = {x[:-1]: x[-1] for x in sorted(ia[layer], key=str)}  # sorted: one label per key, the same each run
        by_key_b = {x[:-1]: x[-1] for x in sorted(ib[layer], key=str)}
        for key in sorted(set(by_key_a) | set(by_key_b), key=str):
            if key not in by_key_b:
                found.append(Change(a.id, layer, "removed", ta.describe(layer, key, by_key_a[key])))
            elif key not in by_key_a:
                found.append(Change(a.id, layer, "added", tb.describe(layer, key, by_key_b[key])))
            elif by_key_a[key] != by_key_b[key]:
                found.append(Change(a.id, layer, "changed",
                                    f"{ta.describe(layer, key, by_key_a[key])} -> {by_key_b[key]}"))
    for name, pairs in _attribute_pairs(a, b).items():
        found += [Change(a.id, name, "changed", f"{ta.describe(ATTRIBUTE_DECISIONS[name], key, label)}: "
                         f"{va or 'not annotated'} -> {vb or 'not annotated'}")
                  for key, label, va, vb in pairs if va != vb]
    ca, cb = set(clusters(a)), set(clusters(b))
    found += [Change(a.id, "entities", "removed", ta.cluster(c)) for c in sorted(ca - cb, key=sorted)]
    found += [Change(a.id, "entities", "added", tb.cluster(c)) for c in sorted(cb - ca, key=sorted)]
    return found


@dataclass
class Diff:
    changes: list[Change]
    agreement: Agreement
    only_a: list[str]
    only_b: list[str]


def diff(a: Path, b: Path, quotes_of: Path | None = None, names: tuple[str, str] | None = None) -> Diff:
    """Compare corpus B with corpus A (the reference). Each corpus's quote links are placed in its own
    documents, or in those of the corpus `quotes_of` where both were annotated over its quotes. `names`:
    A and B as the user named them (`read_documents`); `CorpusError` if a document of either does not load."""
    docs_a, docs_b = (read_documents(root, name) for root, name in zip((a, b), names or (None, None), strict=True))
    agreement = Agreement()
    shared = read_documents(quotes_of) if quotes_of else None
    agreement.quote_links = link_agreement(read_links(a), read_links(b), docs_a if shared is None else shared,
                                           docs_b if shared is None else shared)
    found: list[Change] = []
    for doc_id in sorted(set(docs_a) & set(docs_b)):
        agreement.add(docs_a[doc_id], docs_b[doc_id])
        found += changes(docs_a[doc_id], docs_b[doc_id])
    return Diff(found, agreement, sorted(set(docs_a) - set(docs_b)), sorted(set(docs_b) - set(docs_a)))


def markdown(result: Diff, title: str = "Annotation diff") -> str:
    """A Markdown report that a CI job can post on a pull request."""
    s = result.agreement.summary()
    lines = [f"# {title}", ""]
    if result.only_a or result.only_b:
        lines += [f"Documents only in A: {', '.join(result.only_a) or 'none'}; "
                  f"only in B: {', '.join(result.only_b) or 'none'}.", ""]
    lines += ["## Agreement (B against A)", "",
              "| layer | exact P | exact R | exact F1 | overlap F1 | partial F1 (nervaluate) |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for layer, c in s["exact"].items():
        over = s["overlap"].get(layer, {}).get("f1", "")
        part = s["nervaluate"].get(layer, {}).get("partial", {}).get("f1", "")
        lines.append(f"| {layer} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {over} | {part} |")
    sp = s["speaker_accuracy"]
    lines += ["", f"Speaker attribution accuracy on {sp['matched_quotes']} matched quotes: {sp['accuracy']}.", ""]
    if s["coreference"]:
        lines += ["| coreference | recall | precision | F1 |", "| --- | ---: | ---: | ---: |"]
        for name in ("MUC", "B3", "CEAF-e"):
            c = s["coreference"][name]
            lines.append(f"| {name} | {c['recall']:.3f} | {c['precision']:.3f} | {c['f1']:.3f} |")
        lines.append(f"| CoNLL (mean F1) | | | {s['coreference']['CoNLL']['f1']:.3f} |")
    lines += ["", *alpha_table(s), "", "## Quote links (across documents)", "", *link_lines(s["quote_links"]),
              "", "## Exact F1 by label", "", "| layer | label | tp | fp | fn | F1 |",
              "| --- | --- | ---: | ---: | ---: | ---: |"]
    for layer, labels in s["exact_by_label"].items():
        for label, c in labels.items():
            lines.append(f"| {layer} | {label} | {c['tp']} | {c['fp']} | {c['fn']} | {c['f1']:.3f} |")
    lines += ["", f"## Changes ({len(result.changes)})", ""]
    counts = Counter((c.document, c.layer, c.change) for c in result.changes)
    lines += ["| document | layer | added | removed | changed |", "| --- | --- | ---: | ---: | ---: |"]
    for doc, layer in sorted({(d, lay) for d, lay, _ in counts}):
        lines.append(f"| {doc} | {layer} | {counts[(doc, layer, 'added')]} | {counts[(doc, layer, 'removed')]} | "
                     f"{counts[(doc, layer, 'changed')]} |")
    lines += ["", "<details><summary>Every change</summary>", ""]
    lines += [f"- `{c.document}` {c.layer} **{c.change}**: {c.item}" for c in result.changes]
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def alpha_table(s: AgreementSummary) -> list[str]:
    """Krippendorff's alpha of each label decision beside the exact F1 of its layer (which also counts
    records only one pass has)."""
    lines = ["Label agreement on records both have, corrected for chance (Krippendorff's alpha, nominal):", "",
             "| label | units | disagreements | alpha | exact F1 of the layer |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, layer in LABEL_DECISIONS.items():
        a = s["label_alpha"].get(name)
        if a is not None:
            lines.append(_alpha_row(name, a, s["exact"][layer]["f1"]))
    lines += [_alpha_row(name, s["attributes"][name]["alpha"], s["exact"][layer]["f1"])
              for name, layer in ATTRIBUTE_DECISIONS.items() if layer in s["exact"]]  # none: no shared document
    return [*lines, "", *attribute_table(s["attributes"])]


def _alpha_row(name: str, a: AlphaSummary, layer_f1: float) -> str:
    alpha = "undefined" if a["alpha"] is None else f"{a['alpha']:.3f}"
    return f"| {name} | {a['units']} | {a['disagreements']} | {alpha} | {layer_f1:.3f} |"


def attribute_table(attributes: dict[str, AttributeSummary]) -> list[str]:
    """Counts and accuracy of the optional attributes, on the records both corpora have."""
    lines = ["Factuality of relations with the same type and argument spans, attribution type of matched quotes "
             "(a record either corpus left unlabelled is not a unit of alpha):", "",
             "| attribute | records both have | labelled by both | only A labelled | only B labelled | agree "
             "| accuracy |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, a in attributes.items():
        accuracy = "—" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        lines.append(f"| {name} | {a['matched']} | {a['annotated']} | {a['only_a']} | {a['only_b']} | {a['agree']} | "
                     f"{accuracy} |")
    unlabelled = [name for name, a in attributes.items() if a["matched"] and not a["annotated"]]
    if unlabelled:
        lines += ["", f"Not labelled by both corpora on any shared record: {', '.join(unlabelled)} (no agreement "
                  "to report)."]
    return lines


def to_json(result: Diff) -> dict[str, object]:
    return {"agreement": result.agreement.summary(), "only_a": result.only_a, "only_b": result.only_b,
            "changes": [c.__dict__ for c in result.changes]}

"""What every exporter shares: the loss report, the source it reads, the writer it is, and the
sentence view of a document (tokens kept after the zone filter, with their NER tags).

A format module has `CARRIES`, `render(view, number, options, losses)` (the per-document work:
pure, so that `build --jobs` runs it in worker processes) and a `Writer` that takes each
document's rendering in corpus order and writes it at once: nothing holds the corpus.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from operator import gt, itemgetter
from pathlib import Path
from typing import IO, Any, Generic, Literal, TypeVar

import msgspec
import msgspec.structs

from vostochny.export.options import FormatOptions, TagOptions
from vostochny.model.labels import ENTITY_TYPES
from vostochny.model.models import Document, QuoteLinks, Registry, Splits
from vostochny.reading.view import DocumentView


@dataclass
class Source:
    """What an exporter reads: the corpus root (the card reads its figures there), its splits and
    registry, and its validated documents in id order: `items` when they are in memory already,
    else `files` to read one at a time; and its quote links (None: the corpus has no links file)."""

    root: Path
    splits: Splits
    registry: Registry
    items: list[DocumentView] | None = None
    files: list[Path] = field(default_factory=list)
    quote_links: QuoteLinks | None = None

    @property
    def size(self) -> int:
        return len(self.items) if self.items is not None else len(self.files)


def record_data(record: Any, leave_out: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A record of a document as JSON data (keys as the file spells them: `$schema`), without the
    fields `leave_out` names: the same data for a model (`model_dump(mode="json", by_alias=True)`) and
    for its `msgspec` mirror (`vostochny.reading.fastpath`), which the one-pass build renders from (but for
    the mirror's token triples, which stay tuples: JSON arrays all the same)."""
    if not isinstance(record, msgspec.Struct):
        return record.model_dump(mode="json", by_alias=True, exclude=set(leave_out) or None)  # type: ignore[no-any-return]
    if not leave_out:  # the whole record in one call
        return msgspec.to_builtins(record, enc_hook=_model_data)  # type: ignore[no-any-return]
    kind = type(record)
    return {key: msgspec.to_builtins(getattr(record, name), enc_hook=_model_data)
            for name, key in zip(kind.__struct_fields__, kind.__struct_encode_fields__, strict=True)
            if name not in leave_out}


def _model_data(value: Any) -> Any:
    """A model inside a mirror (`settle` gives an absent field the model's default, `Rights` a model)."""
    return value.model_dump(mode="json", by_alias=True)


_JSON = msgspec.json.Encoder(enc_hook=_model_data)


def record_json(record: Any, leave_out: frozenset[str] = frozenset()) -> bytes:
    """`record_data` as JSON, as `msgspec` writes it (no spaces); a mirror's without making its data:
    the fields `leave_out` names unset in a copy of the record (its fields are shared), which `msgspec`
    does not write."""
    if isinstance(record, msgspec.Struct):
        return _JSON.encode(msgspec.structs.replace(record, **dict.fromkeys(leave_out, msgspec.UNSET)))
    return _JSON.encode(record_data(record, leave_out))


Carry = Literal["carried", "partial", "lost"]


@dataclass(frozen=True)
class Carries:
    """What a format does with one layer or one attribute of a layer (`vostochny.reading.layers`):
    carries it, carries it in part, or loses it, and how. Every exporter declares this for every
    layer (the document's and the corpus's, `quote_links`) and every attribute in `CARRIES`; a test
    fails when one has no declaration, and `LOSSES.json` repeats it under `layers` and `attributes`.
    A layer declared lost loses its attributes: they need no declaration of their own."""

    how: Carry
    note: str = ""


def carries(attributes: dict[str, tuple[Carry, str]] | None = None,
            **declared: tuple[Carry, str]) -> dict[str, Carries]:
    """An exporter's declaration, one keyword per layer (`mentions=("partial", "names as tags")`) and
    `attributes` by `<layer>.<field>` (`{"relations.factuality": ("lost", "...")}`); each attribute of a
    layer declared lost is declared lost with it."""
    from vostochny.reading.layers import ATTRIBUTE_NAMES

    found = {name: Carries(how, note) for name, (how, note) in {**declared, **(attributes or {})}.items()}
    for name in ATTRIBUTE_NAMES:
        layer = name.split(".")[0]
        if name not in found and layer in declared and declared[layer][0] == "lost":
            found[name] = Carries("lost", f"the {layer} layer is not carried")
    return found


@dataclass
class Losses:
    """What one document's rendering could not carry, item by item (a worker sends them back): each once, where
    two parts of a writer lose the same (CoNLL-U's coreference and NER columns, a mention across sentences)."""

    items: list[dict[str, str]] = field(default_factory=list)
    _told: set[tuple[str, str, str, str]] = field(default_factory=set, repr=False)

    def add(self, what: str, doc: str, item: str, detail: str) -> None:
        if (what, doc, item, detail) not in self._told:
            self._told.add((what, doc, item, detail))
            self.items.append({"what": what, "document": doc, "id": item, "detail": detail})

    def add_layer(self, what: str, doc: Document, layer: str, detail: str) -> None:
        """The whole layer `layer` of `doc` is not carried: one item per record."""
        for record in getattr(doc, layer):
            self.add(what, doc.id, record.id, detail)

    def add_distinct_from(self, doc: Document, detail: str) -> None:
        """Each entity's `distinct_from` (the records it was checked to differ from) that the format drops."""
        for e in doc.entities:
            if e.distinct_from:
                self.add("entity-distinct-from", doc.id, e.id, f"{', '.join(e.distinct_from)}: {detail}")

    def add_quote_links(self, links: QuoteLinks | None, detail: str) -> None:
        """The corpus's quote links are not carried: one item per link (document `*`: it joins two)."""
        for link in links.links if links else []:
            self.add("quote-link", "*", link.id,
                     f"{link.a.document}#{link.a.quote} ~ {link.b.document}#{link.b.quote} ({link.wording}): {detail}")


class LossReport:
    """`LOSSES.json`, written as the items come: format, options and layers first, then the items,
    one a line, then their summary, so that no list of items is held. `format` then `options` are
    its first keys, whatever its size: `outputs.is_ours` knows an earlier export by them
    (`export.MARKER`) past the size it reads."""

    def __init__(self, out: Path, fmt: str, options: FormatOptions, layers: dict[str, Carries]) -> None:
        self.path = out / "LOSSES.json"
        self.format = fmt
        self.counts: Counter[str] = Counter()
        self._file = open_stream(self.path)
        head = {"format": fmt, "options": options.describe(),
                "layers": {name: {"how": c.how, "note": c.note} for name, c in layers.items() if "." not in name},
                "attributes": {name: {"how": c.how, "note": c.note} for name, c in layers.items() if "." in name}}
        self._file.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "items": [')

    def extend(self, items: Iterable[dict[str, str]]) -> None:
        """Write the items (a document's, in one write), one a line."""
        items = list(items)
        if items:
            self._file.write(("\n  " if not self.counts else ",\n  ") + ",\n  ".join(map(_item_json, items)))
            self.counts.update(item["what"] for item in items)

    def summary(self) -> dict[str, int]:
        return dict(sorted(self.counts.items()))

    def abandon(self) -> None:
        """Close the file unfinished (the staging folder that holds it is being discarded)."""
        self._file.close()

    def close(self) -> Path:
        summary = json.dumps(self.summary(), ensure_ascii=False, indent=1).replace("\n", "\n ")
        self._file.write(("\n ]" if self.counts else "]") + f',\n "summary": {summary}\n}}\n')
        close_stream(self._file)
        return self.path


#: the keys of a loss item (`Losses.add`), in order
_ITEM_KEYS = ["what", "document", "id", "detail"]


def _item_json(item: dict[str, str]) -> str:
    """`json.dumps(item, ensure_ascii=False)` of a loss item (strings only), at a third of its cost:
    a build writes hundreds of items per document."""
    if list(item) == _ITEM_KEYS:
        return (f'{{"what": {encode_basestring(item["what"])}, "document": {encode_basestring(item["document"])}, '
                f'"id": {encode_basestring(item["id"])}, "detail": {encode_basestring(item["detail"])}}}')
    return "{" + ", ".join([encode_basestring(k) + ": " + encode_basestring(v) for k, v in item.items()]) + "}"


def tag_names(scheme: str) -> list[str]:
    """The closed tag set: `O` then the prefixes of the scheme for every entity type."""
    prefixes = "BI" if scheme == "BIO" else "BIES"
    return ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in prefixes]


@dataclass
class SentenceView:
    """A sentence's kept tokens (indices into `doc.tokens`), their NER tags, and the zone of its first kept token."""

    index: int
    tokens: list[int]
    tags: list[str]
    zone: str


def _flatten(spans: list[tuple[int, int, int]], nested: str) -> tuple[list[tuple[int, int, int]],
                                                                     list[tuple[int, int, int]]]:
    """Keep non-overlapping (first, end, position) spans: the outermost (or innermost) of each nest;
    return (kept, dropped). Ties keep the spans' order (`position` grows with it)."""
    if len(spans) < 2:
        return list(spans), []
    if nested == "outermost":
        order = [(f, e, n) for f, _, n, e in sorted([(f, -e, n, e) for f, e, n in spans])]  # the longest first
        if all(s[0] < s[1] for s in order):  # by start, longest first: a span overlaps a kept one iff it
            return _sweep(order)               # starts before the last kept one ends
    else:
        order = [(f, e, n) for _, f, n, e in sorted([(e - f, f, n, e) for f, e, n in spans])]
    kept: list[tuple[int, int, int]] = []
    dropped: list[tuple[int, int, int]] = []
    for span in order:
        if any(span[0] < k[1] and k[0] < span[1] for k in kept):
            dropped.append(span)
        else:
            kept.append(span)
    return sorted(kept, key=lambda s: s[0]), dropped


def _sweep(order: list[tuple[int, int, int]],
           sentences: list[int] | None = None) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """`_flatten` of non-empty spans sorted by start (the longest first): kept in start order, and dropped;
    with the sentence of each span (`sentences`: the spans sorted by sentence first), afresh at each sentence."""
    kept: list[tuple[int, int, int]] = []
    dropped: list[tuple[int, int, int]] = []
    end, current = -1, 0
    for span, sentence in zip(order, sentences or [0] * len(order), strict=True):
        if span[0] < end and sentence == current:
            dropped.append(span)
        else:
            kept.append(span)
            end, current = span[1], sentence
    return kept, dropped


def _tag(tags: list[str], spans: list[tuple[int, int, str]], scheme: str) -> None:
    """Lay the tags of (first, end, type) spans, which do not overlap, on `tags`."""
    made: dict[str, tuple[str, str, str, str]] = {}  # each type's B, I, E and S tags, made once
    for first, end, etype in spans:
        if etype not in made:
            made[etype] = (f"B-{etype}", f"I-{etype}", f"E-{etype}", f"S-{etype}")
        begin, inside, last, single = made[etype]
        tags[first:end] = [inside] * (end - first)
        tags[first] = begin
        if scheme == "IOBES":
            if end - first == 1:
                tags[first] = single
            else:
                tags[end - 1] = last


def sentence_views(view: DocumentView, options: TagOptions, losses: Losses, carried_in: str = "") -> list[SentenceView]:
    """The sentences of a document after the zone filter, with NER tags of the chosen mention kinds.
    Made once per document and tag options (CoNLL-2003 and the `ner` config share theirs), with their
    losses told again to each caller (`carried_in`: as `document_tags`). The views are shared: readers do
    not change them."""
    tags = document_tags(view, options, losses, carried_in)
    drop = _dropped(view, options.drop_zones)
    key = ("sentence_views", options.scheme, options.kinds, options.nested, drop)
    if key not in view.derived:
        zones = view.zone_of_token
        view.derived[key] = [SentenceView(index, tokens, _picked(tags, tokens), zones[tokens[0]])
                             for index, tokens in kept_sentences(view, drop)]
    views: list[SentenceView] = view.derived[key]
    return views


#: a loss of tagging -> its name in a format that carries every mention besides its tags (`document_tags`)
_NOT_TAGGED = {"nested-mention-dropped": "nested-mention-not-tagged",
               "mention-in-dropped-zone": "mention-in-dropped-zone-not-tagged"}


def document_tags(view: DocumentView, options: TagOptions, losses: Losses, carried_in: str = "") -> list[str]:
    """The NER tag of every token of the document (`O` for a token in no kept sentence), with the losses
    of tagging told again to each caller: a writer of every token (CoNLL-U) reads them a column at a
    time, without the sentence views (nor the zone of each token, where no zone is dropped). A format
    that carries every mention besides its tags names where (`carried_in`: CoNLL-U's `Entity=`): a nested
    mention, or one in a dropped zone, loses its tag only, and is listed so (`nested-mention-not-tagged`)."""
    drop = _dropped(view, options.drop_zones)
    key = ("tags", options.scheme, options.kinds, options.nested, drop)
    if key not in view.derived:
        made = Losses()
        view.derived[key] = (_tags(view, options, drop, made), made.items)
    tags: list[str]
    tags, items = view.derived[key]
    for told in items:
        what, detail = told["what"], told["detail"]
        base, _, rest = what.partition(" ")
        if carried_in and base in _NOT_TAGGED:
            what = f"{_NOT_TAGGED[base]} {rest}".rstrip()
            detail = f"{detail}: no NER tag; the mention is in {carried_in}"
        losses.add(what, told["document"], told["id"], detail)
    return tags


def _tags(view: DocumentView, options: TagOptions, drop: frozenset[str], losses: Losses) -> list[str]:
    """`document_tags` of the options but for the zones dropped: `drop`, those of the document's zones."""
    doc, sent_of = view.doc, view.sentence_of_token
    zones = view.zone_of_token if drop else []
    kinds, nested, scheme = options.kinds, options.nested, options.scheme
    spans: list[tuple[int, int, int]] = []  # (first, end, position) of the mentions in one sentence
    for n, (kind, (first, end)) in enumerate(zip(view.column("mentions", "kind"), view.token_ranges("mentions"),
                                                 strict=True)):
        if kind not in kinds:
            continue
        if drop and any(zones[i] in drop for i in range(first, end)):
            m = doc.mentions[n]
            losses.add("mention-in-dropped-zone", doc.id, m.id, f"{m.text!r} is in a dropped zone")
        elif sent_of[first] != sent_of[end - 1]:
            m = doc.mentions[n]
            losses.add("mention-across-sentences", doc.id, m.id, f"{m.text!r} crosses a sentence boundary")
        elif sent_of[first] >= 0:  # not before the first sentence
            spans.append((first, end, n))
    kept, dropped = _flatten_sentences(spans, nested, sent_of)
    for _, _, n in dropped:
        m = doc.mentions[n]
        losses.add(f"nested-mention-dropped ({nested} kept)", doc.id, m.id, f"{m.text!r}")
    types, entity = view.entity_type, view.column("mentions", "entity")
    tags = ["O"] * len(doc.tokens)  # by token of the document: a kept mention has no dropped token, so the
    _tag(tags, [(f, e, types[entity[n]]) for f, e, n in kept], scheme)  # tags of a sentence's kept tokens are theirs
    return tags


def _picked(tags: list[str], tokens: list[int]) -> list[str]:
    """The tags of `tokens` (a slice where they are a run: no token of the sentence dropped)."""
    first, last = tokens[0], tokens[-1]
    return tags[first:last + 1] if last - first + 1 == len(tokens) else [tags[i] for i in tokens]


def _flatten_sentences(spans: list[tuple[int, int, int]], nested: str,
                       sentence_of: list[int]) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """`_flatten` of each sentence's spans, the sentences in order: for the outermost of non-empty spans, one
    sort and one sweep over the document that starts afresh at each sentence (a sentence's first span is kept)."""
    if nested != "outermost" or not all(f < e for f, e, _ in spans):
        by_sentence: dict[int, list[tuple[int, int, int]]] = {}
        for span in spans:
            by_sentence.setdefault(sentence_of[span[0]], []).append(span)
        kept: list[tuple[int, int, int]] = []
        dropped: list[tuple[int, int, int]] = []
        for index in sorted(by_sentence):
            k, d = _flatten(by_sentence[index], nested)
            kept += k
            dropped += d
        return kept, dropped
    order = sorted(spans, key=itemgetter(1), reverse=True)  # the longest first; ties in document order (stable)
    order.sort(key=itemgetter(0))  # by start
    sentences = list(map(sentence_of.__getitem__, map(itemgetter(0), order)))
    if any(map(gt, sentences, sentences[1:])):  # sentences out of order (a document V2xx refuses): theirs first
        order = [span for _, span in sorted(zip(sentences, order, strict=True), key=itemgetter(0))]
        sentences.sort()
    return _sweep(order, sentences)


def kept_sentences(view: DocumentView, drop: frozenset[str]) -> list[tuple[int, list[int]]]:
    """Each sentence's index and its tokens outside the zones of the kinds `drop` (sentences left
    with none are left out); made once per view and `drop`, shared by its readers, who do not change it."""
    drop = _dropped(view, drop)
    key = ("kept_sentences", drop)
    if key not in view.derived:
        zones = view.zone_of_token
        ranges = (range(*tokens) for tokens in view.token_ranges("sentences"))
        kept = ([i for i in r if zones[i] not in drop] for r in ranges) if drop else map(list, ranges)
        view.derived[key] = [(index, tokens) for index, tokens in enumerate(kept) if tokens]
    found: list[tuple[int, list[int]]] = view.derived[key]
    return found


def _dropped(view: DocumentView, drop: frozenset[str]) -> frozenset[str]:
    """`drop`, or none where no token of the document is in a zone of its kinds (mostly: then no token is tested)."""
    return drop if drop and not drop.isdisjoint(view.zone_of_token) else frozenset()


def open_stream(path: Path) -> IO[str]:
    """A text file written as it goes (UTF-8, no newline translation). Only inside a staged output
    folder (`outputs.replaced_dir`): the folder is swapped in whole, so no half file is ever seen."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8", newline="")


def write_staged(path: Path, text: str) -> None:
    """A whole file of UTF-8 text inside a staged output folder (as `open_stream`'s), in its place at
    once: no temporary file to rename (the folder is swapped in whole), not synced (the writer syncs
    the file system once at the end); half the cost of `write_text` for a brat document's two files."""
    with path.open("wb") as file:
        file.write(text.encode("utf-8"))


def close_stream(file: IO[str]) -> None:
    """Close a streamed file once it is on disk (as `writer.write_text` does for whole files)."""
    file.flush()
    os.fsync(file.fileno())
    file.close()


P = TypeVar("P")
OptionsT = TypeVar("OptionsT", bound=FormatOptions)


class Writer(Generic[OptionsT, P]):
    """One format's streaming writer: made (begun) before the first document, `add` each document's
    rendering (`render(view, number, options, losses)` of its module) in corpus order, `finish`.
    `losses` holds what the format cannot carry of the corpus as a whole (reported after `finish`)."""

    def __init__(self, out: Path, options: OptionsT, source: Source) -> None:
        self.out, self.options, self.source = out, options, source
        self.losses = Losses()

    def add(self, part: P) -> None:
        raise NotImplementedError

    def finish(self) -> list[tuple[Path, str]]:
        """Close what was written; the files and a note on each."""
        raise NotImplementedError

    def abandon(self) -> None:
        """Close what is open, unfinished: the staging folder that holds it is being discarded (a build
        that finds an error after it began to write). Nothing to close by default."""


class TextWriter(Writer[OptionsT, tuple[str, int]]):
    """A format that is one text file: each document's rendering is its text, appended to the
    file, and how many `COUNTED` (sentences, clusters) it holds, for the note."""

    FILE = ""
    HEAD = ""
    SEPARATOR = ""
    COUNTED = ""

    def __init__(self, out: Path, options: OptionsT, source: Source) -> None:
        super().__init__(out, options, source)
        self.path = out / self.FILE
        self.documents = self.counted = 0
        self._file = open_stream(self.path)
        self._file.write(self.HEAD)

    def add(self, part: tuple[str, int]) -> None:
        self._file.write((self.SEPARATOR if self.documents else "") + part[0])
        self.documents += 1
        self.counted += part[1]

    def finish(self) -> list[tuple[Path, str]]:
        close_stream(self._file)
        return [(self.path, self.note())]

    def abandon(self) -> None:
        self._file.close()

    def note(self) -> str:
        return f"{self.documents} documents" + (f", {self.counted} {self.COUNTED}" if self.COUNTED else "")



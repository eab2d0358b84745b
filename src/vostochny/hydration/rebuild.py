"""An annotation file of the annotations-only release and a user's copy of its article, back to a
full `Document`, with a report of what was placed where.

When the copy's SHA-256 is the document's, every span is at its offsets (each is checked against
its selector: a mismatch means the release is damaged) and the tokens and sentences are the
release's: the document is the original. Otherwise every span is placed by its selector
(`placement`); the tokens and sentences are made anew by the tokenizer from the new text (spans
are placed on its token boundaries only); and what cannot be placed is left out with whatever
depends on it: a relation or a quote whose mention is gone, a quote with a piece of content or a
cue gone, an entity with no mention left, a relation whose arguments now lie in different
sentences, and the zones if some text lies in no zone that could be placed. Nothing is guessed.
The report records the text annotated and whether the copy's words are its words (`reading.annotated`:
every zone placed, covering every token), which validation reads back (V269).
"""

from __future__ import annotations

import bisect
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from vostochny.errors import UsageError
from vostochny.hydration.placement import Placed, Wanted, locate, place
from vostochny.hydration.selectors import digest, from_data
from vostochny.hydration.textless import KEY, VERSION, plain_fields
from vostochny.model import tokenize
from vostochny.model.models import Document
from vostochny.reading.annotated import Words, entry_fields
from vostochny.reading.layers import SPAN_LAYERS

M = TypeVar("M", bound=BaseModel)


class ReleaseError(UsageError):
    """An annotations-only release that cannot be read: a missing or damaged file (exit 2)."""


@dataclass
class DocumentReport:
    """What became of one document's spans: placed unchanged, moved, or not placed (and left out,
    with what depended on them)."""

    id: str
    verbatim: bool
    unchanged: int = 0
    moved: int = 0
    unplaced: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    annotated: tuple[str, int] = ("", 0)  # the SHA-256 and length of the text annotated (the release's)
    sha256: str = ""  # the SHA-256 of the text hydrated on
    words: Words = "same"  # whether its words are those annotated (`reading.annotated.Words`)

    def data(self) -> dict[str, Any]:
        return {"id": self.id, "verbatim": self.verbatim, "unchanged": self.unchanged, "moved": self.moved,
                "unplaced": len(self.unplaced), "unplaced_spans": self.unplaced, "left_out": self.dropped,
                **entry_fields(self.annotated, self.sha256, self.words)}


@dataclass(frozen=True)
class _Lost:
    """A span record that was not placed, kept until its dependents are left out."""

    record: dict[str, Any]


@dataclass
class _Anchor:
    """A span (or a metadata string) of the release: where it sits in the data, and what to find."""

    pointer: str
    parent: Any
    key: str | int
    wanted: Wanted
    reference: bool


def rebuild(data: Any, text: str, label: str) -> tuple[Document, DocumentReport]:
    """The document of the release file `data` (named `label` in errors) on the text `text`.
    Raises `ReleaseError` for a file that is not such a file or is damaged."""
    if not isinstance(data, dict) or data.get(KEY) != VERSION or not isinstance(data.get("sha256"), str) \
            or type(data.get("length")) is not int:
        raise ReleaseError(f"{label}: not an annotation file of an annotations-only release ({KEY!r}: {VERSION!r})")
    out = copy.deepcopy({k: v for k, v in data.items() if k != KEY})
    _check_shape(out, label)
    plain = plain_fields(out)
    anchors = [*_anchors(out, label), *(a for key in plain for a in references(out[key], f"/{key}", label))]
    verbatim = digest(text) == out["sha256"]
    if verbatim:
        placed = _at_offsets(text, anchors, label)
    else:
        spans = iter(place(text, out["length"], [a.wanted for a in anchors if not a.reference]))
        placed = [locate(text, a.wanted) if a.reference else next(spans) for a in anchors]
    report = DocumentReport(str(out.get("id")), verbatim, annotated=(out["sha256"], out["length"]), sha256=digest(text))
    zones = len(out.get("zones") or [])
    for anchor, at in zip(anchors, placed, strict=True):
        _settle(anchor, at, text, report)
    for key in plain:
        out[key] = joined(out[key])
    _drop_dependents(out, report)
    if verbatim:
        _restore_layers(out, text, label)
    else:
        _renew_layers(out, text, report)
        report.words = "unknown" if not zones else "same" if len(out["zones"]) == zones else "changed"
    return validated(Document, out, label), report


#: the fields of each layer's records that hydration reads before the model checks the rest
_READS = {"entities": ("id", "name"), "mentions": ("id", "entity"), "relations": ("id", "head", "tail"),
          "quotes": ("id", "content"), "zones": ()}


def _check_shape(doc: dict[str, Any], label: str) -> None:
    """Refuse a file whose records lack what hydration reads (the model checks the rest later)."""
    for layer, fields in _READS.items():
        for i, record in enumerate(_list(doc.get(layer, []), f"/{layer}", label)):
            missing = [f for f in fields if f not in _record(record, f"/{layer}/{i}", label)]
            if missing:
                raise ReleaseError(f"{label}: /{layer}/{i}: lacks {', '.join(missing)} (the release file is damaged)")
            if layer == "quotes":
                _list(record["content"], f"/{layer}/{i}/content", label)


def validated(model: type[M], data: Any, label: str) -> M:
    """`data` as a `model`, or a `ReleaseError` at the first problem (the release is damaged)."""
    try:
        return model.model_validate_json(json.dumps(data))
    except ValidationError as error:
        first = error.errors()[0]
        where = "/" + "/".join(str(p) for p in first["loc"])
        raise ReleaseError(f"{label}: {where}: {first['msg']} (the release file is damaged)") from None


def _anchors(data: dict[str, Any], label: str) -> list[_Anchor]:
    """Every span of the layers that carry selectors (all but sentences and tokens)."""
    found = []
    for layer in SPAN_LAYERS:
        if layer.name == "sentences":
            continue
        items = _list(data.get(layer.name, []), f"/{layer.name}", label)
        for i, item in enumerate(items):
            base = f"/{layer.name}/{i}"
            for name in layer.span_fields:
                if name == "":
                    found.append(_anchor(items, i, base, label, reference=False))
                    continue
                record = _record(item, base, label)
                value = record.get(name)
                if isinstance(value, list):
                    found += [_anchor(value, j, f"{base}/{name}/{j}", label, reference=False)
                              for j in range(len(value))]
                elif value is not None:
                    found.append(_anchor(record, name, f"{base}/{name}", label, reference=False))
    return found


def references(value: Any, pointer: str, label: str) -> list[_Anchor]:
    """The references of the strings of fields without spans that hold text (`{"parts": [...]}`)."""
    if isinstance(value, dict) and "parts" in value:
        parts = _list(value["parts"], f"{pointer}/parts", label)
        return [_anchor(parts, j, f"{pointer}/parts/{j}", label, reference=True)
                for j, part in enumerate(parts) if not isinstance(part, str)]
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    return [anchor for key, item in items for anchor in references(item, f"{pointer}/{key}", label)]


def joined(value: Any) -> Any:
    """`value` with each string in parts joined (None where a part was not placed)."""
    if isinstance(value, dict) and "parts" in value:
        return None if None in value["parts"] else "".join(value["parts"])
    if isinstance(value, dict):
        return {k: joined(v) for k, v in value.items()}
    return [joined(v) for v in value] if isinstance(value, list) else value


def _anchor(parent: Any, key: str | int, pointer: str, label: str, reference: bool) -> _Anchor:
    span = _record(parent[key], pointer, label)
    start, end = span.get("start"), span.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start < end:
        raise ReleaseError(f"{label}: {pointer}: start and end must be offsets, start before end")
    try:
        selector = from_data(span.get("selector"))
    except ValueError as error:
        raise ReleaseError(f"{label}: {pointer}/selector: {error}") from None
    return _Anchor(pointer, parent, key, Wanted(start, end, selector), reference)


def _record(value: Any, pointer: str, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReleaseError(f"{label}: {pointer}: expected an object")
    return value


def _list(value: Any, pointer: str, label: str) -> list[Any]:
    if not isinstance(value, list):
        raise ReleaseError(f"{label}: {pointer}: expected a list")
    return value


def _at_offsets(text: str, anchors: list[_Anchor], label: str) -> list[Placed | None]:
    """The spans of the original text at their offsets, each checked against its selector."""
    for a in anchors:
        if not a.wanted.selector.matches(text[a.wanted.start:a.wanted.end]):
            raise ReleaseError(f"{label}: {a.pointer}: the text at its offsets does not match its selector, "
                               "though the document's text does (the release file is damaged)")
    return [Placed(a.wanted.start, a.wanted.end, True) for a in anchors]


def _settle(anchor: _Anchor, at: Placed | None, text: str, report: DocumentReport) -> None:
    """Put the text back at the anchor's place (None where it was not placed), and count it."""
    if at is None:
        report.unplaced.append(f"{anchor.pointer} ({anchor.wanted.selector.length} characters from "
                               f"{anchor.wanted.start}, beginning {anchor.wanted.selector.head!r})")
        anchor.parent[anchor.key] = None if anchor.reference else _Lost(anchor.parent[anchor.key])
        return
    if at.unchanged:
        report.unchanged += 1
    else:
        report.moved += 1
    found = text[at.start:at.end]
    if anchor.reference:
        anchor.parent[anchor.key] = found
    else:
        record = {k: v for k, v in anchor.parent[anchor.key].items() if k != "selector"}
        anchor.parent[anchor.key] = {**record, "start": at.start, "end": at.end, "text": found}


def _drop_dependents(doc: dict[str, Any], report: DocumentReport) -> None:
    """Leave out the records whose spans were not placed, and every record that refers to them."""
    _drop(doc, "entities", report, lambda e: None if e["name"] is not None else "its name was not placed")
    entities = {e["id"] for e in doc["entities"]}
    lost = {m.record.get("id") for m in doc["mentions"] if isinstance(m, _Lost)}
    lost |= {m["id"] for m in doc["mentions"] if not isinstance(m, _Lost) and m["entity"] not in entities}
    report.dropped += [f"mentions {m['id']}: its entity {m['entity']} was left out" for m in doc["mentions"]
                       if not isinstance(m, _Lost) and m["entity"] not in entities]
    doc["mentions"] = [m for m in doc["mentions"] if not isinstance(m, _Lost) and m["id"] not in lost]
    doc["zones"] = [z for z in doc.get("zones", []) if not isinstance(z, _Lost)]

    def quote_lost(q: dict[str, Any]) -> str | None:
        if any(isinstance(c, _Lost) for c in q["content"]) or isinstance(q.get("cue"), _Lost):
            return "a span of its content or its cue was not placed"
        return f"its speaker {q['speaker']} was not placed" if q.get("speaker") in lost else None

    _drop(doc, "quotes", report, quote_lost)
    _drop(doc, "relations", report, lambda r: next(
        (f"its {arg} {r[arg]} was not placed" for arg in ("head", "tail") if r[arg] in lost), None))
    used = {m["entity"] for m in doc["mentions"]}
    _drop(doc, "entities", report, lambda e: None if e["id"] in used else "none of its mentions was placed")


def _drop(doc: dict[str, Any], layer: str, report: DocumentReport, why: Callable[[dict[str, Any]], str | None]) -> None:
    kept = []
    for record in doc[layer]:
        reason = why(record)
        if reason is None:
            kept.append(record)
        else:
            report.dropped.append(f"{layer} {record['id']}: {reason}")
    doc[layer] = kept


def _restore_layers(doc: dict[str, Any], text: str, label: str) -> None:
    """The release's tokens and sentences with their text (the text is the original)."""
    try:
        doc["tokens"] = [[s, e, text[s:e]] for s, e in doc["tokens"]]
        doc["sentences"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in doc["sentences"]]
    except (TypeError, ValueError):
        raise ReleaseError(f"{label}: /tokens or /sentences: expected a list of [start, end] pairs") from None


def _check_zones(doc: dict[str, Any], tokens: list[tuple[int, int]], report: DocumentReport) -> None:
    """Leave out every zone if some token lies in none of those placed (text that is new, or a zone
    whose words changed): which zone such text belongs to would be a guess, and zones must cover
    every token (V228; a document without zones is only V229's warning)."""
    bounds = sorted((z["start"], z["end"]) for z in doc["zones"])
    starts = [start for start, _ in bounds]
    outside = 0
    for start, end in tokens:
        at = bisect.bisect_right(starts, start) - 1
        outside += at < 0 or end > bounds[at][1]
    if doc["zones"] and outside:
        report.dropped.append(f"zones: all {len(doc['zones'])} left out: {outside} token(s) lie in no zone that "
                              "could be placed")
        doc["zones"] = []


def _renew_layers(doc: dict[str, Any], text: str, report: DocumentReport) -> None:
    """Tokens and sentences of the new text, its checksum and length, and no relation across sentences."""
    spans = tokenize.tokens(text)
    sentences = tokenize.sentences(text, spans)
    doc.update(sha256=digest(text), length=len(text), tokens=[[s, e, text[s:e]] for s, e in spans],
               sentences=[{"start": s, "end": e, "text": text[s:e]} for s, e in sentences],
               tokenizer={"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0,
                          "sentence_corrections": 0})
    _check_zones(doc, spans, report)
    starts = [s for s, _ in sentences]
    sentence_of = {m["id"]: bisect.bisect_right(starts, m["start"]) for m in doc["mentions"]}
    _drop(doc, "relations", report, lambda r: None if sentence_of.get(r["head"]) == sentence_of.get(r["tail"])
          else "its mentions now lie in different sentences")

"""Build `annotations/quote_links.json` from a pass's links spec (`scripts/annotation/links/<pass>.py`).

A link names each of its two quotes by a context in its document's raw text (`locate.py`), never by
quote id: ids are numbered when a document is compiled and change with it. The span of the context
must lie inside one content fragment of exactly one quote of that document, as the same pass
compiled it.

    LINKS = [(doc a, context in a, doc b, context in b, wording, [(via name, registry id or None)], note or None)]

Each link is written with its ends in document order (a.document sorts before b.document) and the
links are numbered l1, l2, ... in the order of their ends, so that the file does not depend on the
order of the spec. Anything the validator would call an error (a document the pass did not compile,
a context in no quote or in two, both ends in one document, a pair linked twice, an unknown label,
`chain` without via, a via record the registry does not have) stops the build with its link named;
the warnings (an incomplete clique, different speakers) are the validator's.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from locate import LocateError, locate

from vostochny.model.constants import quote_text
from vostochny.model.labels import QUOTE_LINK_WORDINGS
from vostochny.model.models import SCHEMA_VERSION, QuoteLinks

SCHEMA_REF = "../schema/v1/quote-links.schema.json"


class LinkError(SystemExit):
    """A link of the spec that cannot be built (the message names it)."""


@dataclass(frozen=True)
class Compiled:
    """What the links need of one compiled document: its raw text and its quotes (with their ids)."""

    text: str
    quotes: list[dict[str, Any]]


def read_links(path: Path) -> list[tuple[Any, ...]]:
    """The `LINKS` list of a links spec module."""
    spec = importlib.util.spec_from_file_location(f"links_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise LinkError(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    links = getattr(module, "LINKS", None)
    if not isinstance(links, list):
        raise LinkError(f"{path}: no LINKS list")
    return links


def previously_compiled(spec: list[tuple[Any, ...]], compiled: Mapping[str, Compiled], out: Path,
                        corpus: Path) -> dict[str, Compiled]:
    """The documents the links name that this run did not compile, as the annotations folder `out` holds them
    (their raw texts from `corpus`): what a run of one document (--only) rebuilds the links against."""
    from vostochny.reading import loader

    found = {}
    for doc_id in sorted({entry[k] for entry in spec if isinstance(entry, tuple) and len(entry) == 7 for k in (0, 2)}
                         - set(compiled)):
        loaded = loader.load_document(out / f"{doc_id}.json", doc_id)
        if loaded.model is not None:  # a document that is not there is named by build_links
            text = loader.read_raw(corpus / "raw" / f"{doc_id}.txt")
            found[doc_id] = Compiled(text, [q.model_dump(mode="json") for q in loaded.model.quotes])
    return found


def _quote_of(doc_id: str, context: str, docs: Mapping[str, Compiled], where: str) -> dict[str, Any]:
    """The one quote whose content holds the span of `context`."""
    if doc_id not in docs:
        raise LinkError(f"{where}: {doc_id!r} is not a document of this pass")
    compiled = docs[doc_id]
    try:
        start, end = locate(compiled.text, context)
    except LocateError as error:
        raise LinkError(f"{where}: {doc_id}: {error}") from None
    found = [q for q in compiled.quotes if any(part["start"] <= start and end <= part["end"] for part in q["content"])]
    if len(found) != 1:
        what = "no quote" if not found else f"{len(found)} quotes ({', '.join(q['id'] for q in found)})"
        raise LinkError(f"{where}: {doc_id}: {compiled.text[start:end]!r} lies in the content of {what}: "
                        "a link's context must lie inside one quote's content")
    return found[0]


def _end(doc_id: str, quote: dict[str, Any]) -> dict[str, str]:
    """A link's end: the quote's document, id and content (its fragments joined by ' … ', V340)."""
    return {"document": doc_id, "quote": quote["id"], "text": quote_text(p["text"] for p in quote["content"])}


def _number(quote_id: str) -> int:
    return int(quote_id[1:]) if quote_id[1:].isdigit() else 0


def build_links(spec: list[tuple[Any, ...]], docs: Mapping[str, Compiled], registry_ids: Collection[str],
                label: str = "LINKS") -> QuoteLinks:
    """The quote links of a spec, against the documents and registry records compiled in the same pass."""
    built: dict[frozenset[tuple[str, str]], dict[str, Any]] = {}
    for n, entry in enumerate(spec):
        where = f"{label}[{n}]"
        if not isinstance(entry, tuple) or len(entry) != 7:
            raise LinkError(f"{where}: a link is (doc a, context a, doc b, context b, wording, via, note)")
        doc_a, ctx_a, doc_b, ctx_b, wording, via, note = entry
        if doc_a == doc_b:
            raise LinkError(f"{where}: both ends are in {doc_a}: links join quotes of different documents")
        if wording not in QUOTE_LINK_WORDINGS:
            raise LinkError(f"{where}: wording {wording!r} is not one of {', '.join(QUOTE_LINK_WORDINGS)}")
        if wording == "chain" and not via:
            raise LinkError(f"{where}: a chain link names its channels in via")
        unknown = [kb for _, kb in via if kb is not None and kb not in registry_ids]
        if unknown:
            raise LinkError(f"{where}: via {', '.join(unknown)}: no such record in the compiled registry")
        ends = sorted((_end(doc, _quote_of(doc, ctx, docs, where)) for doc, ctx in ((doc_a, ctx_a), (doc_b, ctx_b))),
                      key=lambda end: (end["document"], end["quote"]))
        pair = frozenset((end["document"], end["quote"]) for end in ends)
        if pair in built:
            raise LinkError(f"{where}: {ends[0]['document']}#{ends[0]['quote']} and {ends[1]['document']}#"
                            f"{ends[1]['quote']} are linked twice")
        built[pair] = {"a": ends[0], "b": ends[1], "wording": wording,
                       "via": [{"name": name, "kb_id": kb} for name, kb in via], "note": note}
    order = sorted(built.values(), key=lambda link: tuple(
        key for end in (link["a"], link["b"]) for key in (end["document"], _number(end["quote"]), end["quote"])))
    links = [{"id": f"l{i}", **link} for i, link in enumerate(order, 1)]
    return QuoteLinks.model_validate({"$schema": SCHEMA_REF, "schema_version": SCHEMA_VERSION, "links": links})

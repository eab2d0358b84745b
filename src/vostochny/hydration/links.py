"""The quote links of an annotations-only release back to `quote_links.json`. A link holds no span, so it
passes through; a run of text that a note or a channel's name shares with a document (`textless`) is found
again in that document's text as hydrated. What cannot be carried is left out and said, one line each:
a link to a quote that hydration left out (its span was not placed), a link whose channel name is not in
the texts; a note not in the texts is dropped, and a channel's `kb_id` whose registry record was left out
is cleared."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Set
from typing import Any

from vostochny.hydration.placement import locate
from vostochny.hydration.rebuild import ReleaseError, joined, references, validated
from vostochny.model.models import QuoteLinks

#: the text of a link's end whose quote hydration left out (the link is then left out, and said)
LEFT_OUT = "(left out)"


def rebuild_links(data: Any, texts: Mapping[str, str], quotes: Mapping[str, Mapping[str, str]], kb_ids: Set[str],
                  label: str) -> tuple[QuoteLinks, list[str]]:
    """The links of the release file `data` on the hydrated `texts` and the quotes each rebuilt document kept (both
    by document id; each quote id with its content as a link's end records it), with the registry records kept
    (`kb_ids`); and what was left out. An end's `text` is its quote's content as hydrated: the release holds none
    (`textless` leaves it out, as the quote's own spans hold no text). Raises `ReleaseError` for a damaged file (a
    link to a document the release does not have is damage)."""
    if not isinstance(data, dict) or not isinstance(data.get("links"), list):
        raise ReleaseError(f"{label}: not a quote links file (an object with a list of links)")
    out = copy.deepcopy(data)
    noted = {i for i, link in enumerate(out["links"]) if isinstance(link, dict) and isinstance(link.get("note"), dict)}
    for anchor in references(out["links"], "/links", label):
        document = anchor.parent[anchor.key].get("document")
        if document not in texts:
            raise ReleaseError(f"{label}: {anchor.pointer}/document: {document!r} is no document of the release")
        found = locate(texts[document], anchor.wanted)
        anchor.parent[anchor.key] = texts[document][found.start:found.end] if found else None
    raw, left_out = [], []
    for i, link in enumerate(joined(out["links"])):
        if not isinstance(link, dict):
            raise ReleaseError(f"{label}: /links/{i}: expected an object; the release is damaged")
        for side in ("a", "b"):
            end = link.get(side)
            if isinstance(end, dict) and (not isinstance(end.get("document"), str) or end["document"] not in quotes):
                raise ReleaseError(f"{label}: /links/{i}/{side}/document: {end.get('document')!r} is no document "
                                   "of the release; the release is damaged")
            if isinstance(end, dict):  # a quote left out has no content: the link is left out below
                end["text"] = quotes[end["document"]].get(str(end.get("quote")), LEFT_OUT)
        via = link.get("via", [])
        if isinstance(via, list) and any(isinstance(v, dict) and v.get("name") is None for v in via):
            left_out.append(f"{link.get('id')}: a channel's name is not in the texts")
            continue
        if i in noted and link.get("note") is None:
            left_out.append(f"{link.get('id')}: its note is not in the texts (the link is kept without it)")
        raw.append(link)
    links, kept = validated(QuoteLinks, {**out, "links": raw}, label), []
    for link in links.links:
        gone = [f"{end.document}#{end.quote}" for end in (link.a, link.b) if end.quote not in quotes[end.document]]
        if gone:
            left_out.append(f"{link.id}: {', '.join(gone)} was left out (a span of it was not placed)")
            continue
        lost = [via.kb_id for via in link.via if via.kb_id is not None and via.kb_id not in kb_ids]
        if lost:
            left_out.append(f"{link.id}: via kb_id {', '.join(lost)} (its registry record was left out)")
            link = link.model_copy(update={"via": [via.model_copy(update={"kb_id": None})
                                                   if via.kb_id in lost else via for via in link.via]})
        kept.append(link)
    return links.model_copy(update={"links": kept}), left_out

"""The registry of an annotations-only release back to `entities.json`: each run of text that a
name or an alias shares with a document (`textless`) is found again in that document's text as
hydrated. An alias that cannot be found is left out; a record whose name cannot be found is left
out, and the entities that pointed to it lose their `kb_id` (their cross-document link)."""

from __future__ import annotations

import copy
from typing import Any

from vostochny.hydration.placement import locate
from vostochny.hydration.rebuild import ReleaseError, joined, references, validated
from vostochny.model.models import Registry


def rebuild_registry(data: Any, texts: dict[str, str], label: str) -> tuple[Registry, list[str]]:
    """The registry of the release file `data` on the hydrated `texts` (by document id), and what
    was left out, one line each. Raises `ReleaseError` for a damaged file."""
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ReleaseError(f"{label}: not a registry (an object with a list of entities)")
    out = copy.deepcopy(data)
    for anchor in references(out["entities"], "/entities", label):
        document = anchor.parent[anchor.key].get("document")
        if document not in texts:
            raise ReleaseError(f"{label}: {anchor.pointer}/document: {document!r} is no document of the release")
        found = locate(texts[document], anchor.wanted)
        anchor.parent[anchor.key] = texts[document][found.start:found.end] if found else None
    entities, left_out = [], []
    for record in joined(out["entities"]):
        if not isinstance(record, dict):
            raise ReleaseError(f"{label}: /entities: expected objects")
        if record.get("name") is None:
            left_out.append(f"{record.get('id')}: its name is not in the texts")
            continue
        aliases = record.get("aliases", [])
        if isinstance(aliases, list) and None in aliases:
            left_out.append(f"{record.get('id')}: {aliases.count(None)} alias(es) not in the texts")
            record = {**record, "aliases": [a for a in aliases if a is not None]}
        entities.append(record)
    return validated(Registry, {**out, "entities": entities}, label), left_out

"""What the cross-document linking rule (V321) reads of a document: its nominal mentions, by their words.

A nominal's words are its text without a leading determiner or possessor, case-folded (`nominal_key`):
"the country's ruling party" and "a ruling party" are both "ruling party". The validator keeps each
document's `Nominals` (small: words, ids and the entity's link), never the document;
`scripts/annotation/candidates.py` lists the same candidates from the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView

#: words that open a nominal without being part of what it names
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "that", "those"})


def nominal_key(text: str) -> str:
    """The words of a nominal without its determiner or possessor, case-folded:
    "South Korea's military" and "the military" -> "military"."""
    words = text.casefold().replace("’", "'").split("'s ")[-1].split()
    return " ".join(words[1:] if words and words[0] in DETERMINERS else words)


@dataclass(frozen=True)
class Unlinked:
    """A nominal mention whose entity has no kb_id: where it is, and what its entity was checked against."""

    key: str
    type: str
    index: int  # in the document's mentions: the rule points at /mentions/<index>
    mention: str
    text: str
    entity: str
    distinct_from: frozenset[str]


@dataclass(frozen=True)
class Nominals:
    """One document's nominals: the (words, type) -> kb_ids of its linked ones, and every unlinked one."""

    linked: dict[tuple[str, str], frozenset[str]]
    unlinked: tuple[Unlinked, ...]


def nominals(view: DocumentView) -> Nominals:
    """The summary of a document (a `Document` or its fast-path mirror) that V321 reads."""
    entities = view.entities
    linked: dict[tuple[str, str], set[str]] = {}
    unlinked = []
    for i, m in enumerate(view.doc.mentions):
        entity = entities.get(m.entity)
        if m.kind != "nominal" or entity is None:
            continue
        key = nominal_key(m.text)
        if entity.kb_id:
            linked.setdefault((key, entity.type), set()).add(entity.kb_id)
        else:
            unlinked.append(Unlinked(key, entity.type, i, m.id, m.text, entity.id, frozenset(entity.distinct_from)))
    return Nominals({k: frozenset(v) for k, v in linked.items()}, tuple(unlinked))

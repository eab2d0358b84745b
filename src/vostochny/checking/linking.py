"""What the cross-document linking rule (V321) reads of a document: its nominal mentions, by their words.

A nominal's words are its text without a leading determiner or possessor, case-folded (`nominal_key`):
"the country's ruling party" and "a ruling party" are both "ruling party". The validator keeps each
document's `Nominals` (small: words, types and links, shared across documents), never the document;
`scripts/annotation/candidates.py` lists the same candidates from the same functions.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView

#: words that open a nominal without being part of what it names
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "that", "those"})


def nominal_key(text: str) -> str:
    """The words of a nominal without its determiner or possessor, case-folded:
    "South Korea's military" and "the military" -> "military"."""
    words = text.casefold().replace("’", "'").split("'s ")[-1].split()
    return " ".join(words[1:] if words and words[0] in DETERMINERS else words)


class Unlinked(NamedTuple):
    """What V321 compares of a nominal whose entity has no kb_id: its words, its entity's type, and the records
    its entity is checked against (`distinct_from`). Its place is kept beside it (`Nominals.at`): so the same
    words of the same kind of entity are one value in every document (`NominalsPool`)."""

    key: str
    type: str
    distinct_from: frozenset[str]


class Nominals(NamedTuple):
    """One document's nominals: (words, type, kb_id) of its linked ones, and each unlinked one (`Unlinked`) with
    its index in the document's mentions (`at`). Kept for every document until the corpus rules run, so it holds
    no string of the document's own: ~0.5 KB a document (`NominalsPool` shares the values, and folds a checked
    document's linked ones into one corpus map)."""

    linked: tuple[tuple[str, str, str], ...]
    unlinked: tuple[Unlinked, ...]
    at: tuple[int, ...]


def keyed_nominals(view: DocumentView) -> list[tuple[int, str]]:
    """Each nominal mention's index and its words (`nominal_key`), built once per view: V376 reads them, and the
    summary of V321 (`nominals`)."""
    found = view.derived.get(("keyed_nominals",))
    if found is None:
        kinds, texts = view.column("mentions", "kind"), view.column("mentions", "text")
        found = view.derived["keyed_nominals",] = [(i, nominal_key(texts[i])) for i in
                                                   compress(range(len(kinds)), map("nominal".__eq__, kinds))]
    return found


def nominals(view: DocumentView) -> Nominals:
    """The summary of a document (a `Document` or its fast-path mirror) that V321 reads."""
    entities, of = view.entities, view.column("mentions", "entity")
    linked: set[tuple[str, str, str]] = set()
    unlinked, at = [], []
    for i, key in keyed_nominals(view):
        entity = entities.get(of[i])
        if entity is None:
            continue
        if entity.kb_id:
            linked.add((key, entity.type, entity.kb_id))
        else:
            unlinked.append(Unlinked(key, entity.type, frozenset(entity.distinct_from)))
            at.append(i)
    return Nominals(tuple(sorted(linked)), tuple(unlinked), tuple(at))


#: (words, type) -> kb_id -> the first document (by id) that links a nominal of those words to that record (V321)
LinkedNominals = dict[tuple[str, str], dict[str, str]]


def add_linked(into: LinkedNominals, doc_id: str, linked: Iterable[tuple[str, str, str]]) -> None:
    """Record a document's linked nominals (words, type, kb_id) in a corpus map, each record with the first
    document by id that links it (whatever order the documents come in)."""
    for key, kind, kb_id in linked:
        firsts = into.setdefault((key, kind), {})
        if doc_id < firsts.get(kb_id, _AFTER_EVERY_ID):
            firsts[kb_id] = doc_id


_AFTER_EVERY_ID = "\U0010ffff"


class PackedNominals:
    """A checked document's unlinked nominals as validation keeps them (`NominalsPool.kept`): each value's number in
    the pool's list and its mention's index, packed in one bytes object (233 bytes for 25 nominals; 0.5 KB as two
    tuples), read as a `Nominals` is (its linked ones are in the pool's corpus map)."""

    __slots__ = ("_packed", "_values")
    linked: tuple[tuple[str, str, str], ...] = ()

    def __init__(self, packed: bytes, values: list[Unlinked]) -> None:
        self._packed, self._values = packed, values

    @property
    def unlinked(self) -> tuple[Unlinked, ...]:
        numbers = memoryview(self._packed).cast("I")
        return tuple(map(self._values.__getitem__, numbers[:len(numbers) // 2]))

    @property
    def at(self) -> tuple[int, ...]:
        numbers = memoryview(self._packed).cast("I")
        return tuple(numbers[len(numbers) // 2:])


class NominalsPool:
    """One copy of each linked triple and `Unlinked` value for every document of a run: the same words recur
    across a corpus's documents, and each document's `Nominals` then holds references only (11 KB a document
    of 25 linked and 25 unlinked nominals as sets and records; 0.8 KB so, 0.5 KB with the linked ones folded)."""

    def __init__(self) -> None:
        self._linked: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        self._numbers: dict[Unlinked, int] = {}  # each unlinked value seen -> its place in `_values`
        self._values: list[Unlinked] = []
        self.linked: LinkedNominals = {}  # the checked documents' linked nominals (`kept`)

    def _number(self, value: Unlinked) -> int:
        """The place of an unlinked value in the pool's one list, added at its first sight."""
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self._values)
            self._values.append(value)
        return number

    def kept(self, doc_id: str, summary: Nominals) -> PackedNominals:
        """A checked document's summary as validation keeps it: its linked nominals folded into `linked`, the
        corpus's one map (no tuple of them a document: V321 reads them as that map), its unlinked ones as numbers
        of shared values (`PackedNominals`)."""
        add_linked(self.linked, doc_id, summary.linked)
        return PackedNominals(array("I", [*map(self._number, summary.unlinked), *summary.at]).tobytes(), self._values)

    def shared(self, summary: Nominals) -> Nominals:
        """An other document's summary (a narrowed validation reads it, does not check it): its values those of the
        pool, the checked documents' included."""
        linked = self._linked.setdefault
        return Nominals(tuple(linked(t, t) for t in summary.linked),
                        tuple(map(self._values.__getitem__, map(self._number, summary.unlinked))), summary.at)

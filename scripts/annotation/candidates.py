"""List annotation items that may break the linking and argument rules of the guidelines.

A reading aid for a consistency pass (guidelines, hard cases 43 to 46), not a validator: every
line is a candidate that a person re-reads in its sentence and either fixes in the gold spec or
records as decided in `docs/reconciliation/`.

    python scripts/annotation/candidates.py [corpus root]

Candidates:
  speaker-norp      a quote speaker that is a nationality (NORP) mention: the media or people speak
  pronoun-argument  a relation head or tail that is a pronoun while the same sentence has a name
                    (or a nominal) of the same entity
  nominal-argument  a relation head or tail that is a nominal while the same sentence has a name
                    of the same entity
  plural-linked     a plural nominal whose entity links to a registry record that is one referent
                    (not a class, people, group or event)
  unlinked-nominal  a nominal without kb_id whose words are those of a nominal linked elsewhere: the
                    validator's warning V321 (`vostochny.checking.rules.recurring_referent_unlinked`),
                    run here on the same summaries; a decided one is silenced by `distinct_from`
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from vostochny.checking.linking import nominals
from vostochny.checking.rules import CorpusContext, recurring_referent_unlinked
from vostochny.reading.documents import corpus_registry, iter_documents
from vostochny.reading.view import DocumentView

# registry types whose records are one member, not a class or a group: a plural links to none
SINGLE_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "VEH")
RANK = {"name": 0, "nominal": 1, "pronoun": 2}


def _plural(text: str) -> bool:
    head = text.rstrip("”\"'’").split()[-1].lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3


def speakers(view: DocumentView) -> Iterator[str]:
    mentions, entities = view.mentions, view.entities
    for q in view.doc.quotes:
        m = mentions.get(q.speaker or "")
        if m and entities[m.entity].type == "NORP":
            yield f"speaker-norp      {q.id}: speaker {m.id} {m.text!r}"


def arguments(view: DocumentView) -> Iterator[str]:
    mentions = view.mentions
    by_sentence: dict[tuple[int, str], list[str]] = defaultdict(list)
    for m in view.doc.mentions:
        by_sentence[(view.sentence_of(m.start), m.entity)].append(m.kind)
    for r in view.doc.relations:
        for role in ("head", "tail"):
            m = mentions[getattr(r, role)]
            best = min(by_sentence[(view.sentence_of(m.start), m.entity)], key=RANK.__getitem__)
            if RANK[best] < RANK[m.kind]:
                label = "pronoun-argument " if m.kind == "pronoun" else "nominal-argument "
                yield f"{label} {r.id} {r.type} {role} {m.id} {m.text!r}: a {best} of the entity is in the sentence"


def plurals(view: DocumentView, single: set[str]) -> Iterator[str]:
    for m in view.doc.mentions:
        kb = view.entities[m.entity].kb_id
        if m.kind == "nominal" and kb in single and _plural(m.text):
            yield f"plural-linked     {m.id} {m.text!r} -> {kb}"


def unlinked(views: list[DocumentView]) -> Iterator[str]:
    ctx = CorpusContext(None, None, [v.id for v in views], set(), True,
                        nominals={v.id: nominals(v) for v in views})
    for hit in recurring_referent_unlinked(ctx):
        yield f"unlinked-nominal  {hit.document} {hit.detail}"


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]
    views = list(iter_documents(root))
    single = {r.id for r in corpus_registry(root).entities if r.type in SINGLE_TYPES}
    for view in views:
        for line in [*speakers(view), *arguments(view), *plurals(view, single)]:
            print(f"{view.id}  {line}")
    for line in unlinked(views):
        print(line)


if __name__ == "__main__":
    main()

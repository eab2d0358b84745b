"""The corpus rules on the split manifest (`annotations/splits.json`): unknown documents (V303), coverage (V304) and
empty splits (V330)."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, rule
from vostochny.checking.rules.identity import no_document
from vostochny.model.labels import SPLIT_NAMES


@rule("V303", "split-unknown-document", "a split lists a document that is not in the corpus",
      "remove the id from splits.json, or add the document", scope="splits")
def split_unknown(ctx: CorpusContext) -> Iterator[Hit]:
    """Splits name documents by id; an id without an annotation file is a typo or a leftover."""
    known = set(ctx.doc_ids)
    for name in SPLIT_NAMES:
        for i, doc_id in enumerate(getattr(ctx.splits, name)):
            if doc_id not in known:
                yield Hit(pointer(name, i), doc_id, no_document(doc_id))


@rule("V304", "split-coverage", "a document is in no split, or in more than one",
      "list every document in exactly one of train, validation, test", scope="splits")
def split_coverage(ctx: CorpusContext) -> Iterator[Hit]:
    """Every document is in exactly one split, so that no text leaks from training into test. A file
    validated alone: its document (the others' memberships are theirs)."""
    places: dict[str, list[str]] = {}  # each listed id's places, in file order
    for name in SPLIT_NAMES:
        for i, listed in enumerate(getattr(ctx.splits, name)):
            places.setdefault(listed, []).append(pointer(name, i))
    for doc_id in ctx.doc_ids if ctx.all_files else sorted(ctx.checked):
        found = places.get(doc_id, [])
        if len(found) != 1 and doc_id not in ctx.not_loaded:  # one that did not load has no known id
            # in two: at its second listing (the first is kept); in none: at the file
            yield Hit(found[1] if found else "", doc_id, f"{doc_id} is in {len(found)} splits"
                      + (f" ({', '.join(found)})" if found else ""))


@rule("V330", "split-empty", "a split lists no document while the corpus is split for evaluation",
      "move documents into it (no document in two splits, V304), as many as it needs to measure anything",
      scope="splits", severity="warning")
def split_empty(ctx: CorpusContext) -> Iterator[Hit]:
    """A split without documents cannot measure anything: a model is not evaluated on an empty test
    split, a dataset card must not list a split without rows (the `hf` export writes none), and a
    corpus with documents enough in the other splits has usually lost them by a move. A warning, not an
    error, because an honest corpus has empty splits: `vostochny new` lists each new document in train,
    so a fresh corpus is all train until it is split. Reported once the corpus is split (a document is
    listed in validation or test) and has as many documents as splits; checked on a whole corpus."""
    if ctx.splits is None or not ctx.all_files or len(set(ctx.doc_ids)) < len(SPLIT_NAMES):
        return
    sizes = {name: len(getattr(ctx.splits, name)) for name in SPLIT_NAMES}
    if sizes["validation"] or sizes["test"]:
        for name, size in sizes.items():
            if not size:
                yield Hit(pointer(name), [], f"{name} is empty; " + ", ".join(
                    f"{other} lists {n}" for other, n in sizes.items() if other != name))

"""A LOCATED_IN relation the other way round from the `in` or `of` that joins its places (V434): an attack swapped the
head and tail of every directed relation, and 8 of 208 swaps passed, six of them LOCATED_IN written `[A] in [B]` or
`[A] of [B]`."""

from __future__ import annotations

import copy

from sample import corpus_document, corpus_report

AP = "ap-kim-whereabouts-after-summit"
ARMS = "kim-arrives-russia-arms-sale-warning"
REUTERS = "reuters-kim-putin-summit"


def _relation(doc: dict, relation_id: str) -> int:
    (found,) = [i for i, r in enumerate(doc["relations"]) if r["id"] == relation_id]
    return found


def _swapped(doc: dict, i: int) -> dict:
    edited = copy.deepcopy(doc)
    r = edited["relations"][i]
    r["head"], r["tail"] = r["tail"], r["head"]
    return edited


def test_places_joined_by_in_or_of_swapped_are_refused() -> None:
    """`[two other cities] in Russia’s [Far East]` (AP r31), `[Far East] of [Russia]` (arms-sale r7) and `[aviation
    factories] in the Russian city of [Komsomolsk-on-Amur]` (Reuters r25), each swapped."""
    for name, relation_id in ((AP, "r31"), (ARMS, "r7"), (REUTERS, "r25")):
        doc, text = corpus_document(name)
        i = _relation(doc, relation_id)
        assert doc["relations"][i]["type"] == "LOCATED_IN"
        assert [(p.code, p.pointer) for p in corpus_report(_swapped(doc, i), text)] == [("V434", f"/relations/{i}")]


def test_a_swap_v271_refuses_is_v271_s_alone() -> None:
    """A LOCATED_IN swapped across `in` before a classed state's name is V271's, which folds this rule's hit."""
    for name in (AP, ARMS, REUTERS, "kim-arrives-russia-top-officials", "time-kim-russia-trip-putin-weakness"):
        doc, text = corpus_document(name)
        for i, r in enumerate(doc["relations"]):
            if r["type"] == "LOCATED_IN":
                codes = {p.code for p in corpus_report(_swapped(doc, i), text)}
                assert not {"V271", "V434"} <= codes, (name, r["id"])


def test_a_relation_written_head_first_is_not_judged() -> None:
    """The corpus's LOCATED_IN as annotated: none is refused (head first, or tail first after other words)."""
    for name in (AP, ARMS, REUTERS):
        doc, text = corpus_document(name)
        assert "V434" not in {p.code for p in corpus_report(doc, text)}

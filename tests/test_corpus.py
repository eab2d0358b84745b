"""Facts about the released corpus that must never change silently."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest
from conftest import REPO

from vostochny.model.labels import SPEAKER_TYPES
from vostochny.model.tokenize import NAME, VERSION, has_format, tokens
from vostochny.reading.documents import corpus_registry, corpus_splits, iter_documents

ITEMS = list(iter_documents(REPO))
REGISTRY = corpus_registry(REPO)

#: the seed articles' SHA-256 (shared/seeds/SHA256SUMS): raw text is never edited.
SEEDS = {
    "kim-arrives-russia-top-officials": "1db00862ff01b0560a67e3d473580a03c832b053a1d670592ec634c572361988",
    "kim-arrives-russia-arms-sale-warning": "ea0f55e933adc8365b077dc386847b131dd5c0341c32cf43e12813db1540170f",
    "ap-kim-whereabouts-after-summit": "856c209a4539dcb7cfd51ce166864f8a5d2a66784933628d6e9756ba06de294d",
    "time-kim-russia-trip-putin-weakness": "da3d691bc7944bb518ca7b995e759666bf3d31bfe9311606bce7a54ae7ce15f7",
    "reuters-kim-putin-summit": "3f0d77fba16175a59308133f3d79882edfef7a2d93669311541b21460c33c90b",
}


def test_raw_texts_are_the_seeds_byte_for_byte() -> None:
    assert {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in (REPO / "raw").glob("*.txt")} == SEEDS


def test_the_damage_is_kept() -> None:
    texts = {i.doc.id: i.text for i in ITEMS}
    assert "warned.Â" in texts["kim-arrives-russia-arms-sale-warning"]
    assert "military.South Korea" in texts["kim-arrives-russia-top-officials"]
    assert "Kim Putin vowed" in texts["ap-kim-whereabouts-after-summit"]


@pytest.mark.parametrize("layer", ["sentences", "tokens", "zones", "entities", "mentions", "relations", "quotes"])
def test_every_document_has_every_layer(layer: str) -> None:
    for item in ITEMS:
        assert getattr(item.doc, layer), (item.doc.id, layer)


def test_every_quote_has_content_and_a_speaker_of_a_speaking_type() -> None:
    for item in ITEMS:
        types = {e.id: e.type for e in item.doc.entities}
        mention_type = {m.id: types[m.entity] for m in item.doc.mentions}
        for q in item.doc.quotes:
            assert q.content and all(c.text.strip() for c in q.content), (item.doc.id, q.id)
            if q.speaker is not None:
                assert mention_type[q.speaker] in SPEAKER_TYPES, (item.doc.id, q.id)


def test_most_quotes_are_attributed() -> None:
    quotes = [q for i in ITEMS for q in i.doc.quotes]
    assert sum(q.speaker is not None for q in quotes) / len(quotes) > 0.9


def test_every_registry_record_is_used_and_recurring_entities_share_it() -> None:
    used = Counter(kb for i in ITEMS for kb in {e.kb_id for e in i.doc.entities if e.kb_id})
    assert {r.id for r in REGISTRY.entities} == set(used)
    for person in ("kim-jong-un", "vladimir-putin", "north-korea", "russia"):
        assert used[person] == len(ITEMS), person


TYPOS = {"Jo Chun Yong", "Kim Putin", "Sergei Shogu", "Shogu"}  # misspelt names (guidelines, hard case 21)


def test_registry_aliases_are_the_literal_names_used() -> None:
    """Every correctly spelt, literal name is an alias; metonymic uses and misspellings are not."""
    aliases = {r.id: {r.name, *r.aliases} for r in REGISTRY.entities}
    names = {r.name for r in REGISTRY.entities}
    for item in ITEMS:
        kb = {e.id: e.kb_id for e in item.doc.entities}
        for m in item.doc.mentions:
            if m.kind == "name" and kb[m.entity] and not m.metonymy and m.text not in TYPOS:
                assert m.text in aliases[kb[m.entity]], (item.doc.id, m.text)
    for r in REGISTRY.entities:
        assert not set(r.aliases) & (TYPOS | names), r.id  # no misspelling, no other record's name (Moscow)


EVIDENCE = json.loads((REPO / "scripts/annotation/wikidata_evidence.json").read_text(encoding="utf-8"))["records"]


def test_every_verified_qid_has_two_independent_recorded_sources() -> None:
    """Never a guess: a QID is in the registry only as "verified", and only with two sources in two
    different public files, each saying where it was found and what it shows."""
    links = {r.id: r.wikidata.model_dump() for r in REGISTRY.entities}
    verified = {kb: link for kb, link in links.items() if link["status"] == "verified"}
    assert verified and set(verified) <= set(EVIDENCE)
    for kb, link in verified.items():
        evidence = EVIDENCE[kb]
        assert (evidence["status"], evidence["qid"], evidence.get("class")) == ("verified", link["qid"],
                                                                                 link["instance_of"]), kb
        files = {re.search(r"file id ([0-9]+)", s["where"]).group(1) for s in evidence["sources"] if s["what"]}
        assert len(files) >= 2, kb
        assert link["sources"] == [{"where": s["where"], "what": s["what"]} for s in evidence["sources"]], kb
    for kb, link in links.items():  # the rest as the evidence has them, or unverified where it has nothing
        assert link["status"] == EVIDENCE.get(kb, {"status": "unverified"})["status"], kb
    assert Counter(link["status"] for link in links.values()) == {"unverified": 80, "verified": 27, "no-entry": 10}


def test_no_entry_is_for_generic_classes_only() -> None:
    no_entry = {r.id: r.type for r in REGISTRY.entities if r.wikidata.status == "no-entry"}
    assert set(no_entry.values()) == {"WEA"} and all("generic" in EVIDENCE[kb]["note"] for kb in no_entry)


def test_every_document_is_in_one_split() -> None:
    splits = corpus_splits(REPO)
    names = [*splits.train, *splits.validation, *splits.test]
    assert sorted(names) == sorted(SEEDS) and len(names) == len(set(names))


def test_tokens_come_from_the_recorded_tokenizer() -> None:
    """Release 1 was tokenized by 1.0; 1.1 differs only after U+02BC and 1.2 only around format characters
    (Unicode Cf), which its texts do not hold, so today's tokenizer makes the same tokens (V267 compares them
    too)."""
    for item in ITEMS:
        assert (item.doc.tokenizer.name, item.doc.tokenizer.version, VERSION) == (NAME, "1.0", "1.3")
        assert "\u02bc" not in (item.text or "") and not has_format(item.text or "")
        assert [(s, e) for s, e, _ in item.doc.tokens] == tokens(item.text or "")


def test_counts_are_pinned() -> None:
    """Change `tests/corpus_counts.json` in the same commit as a deliberate annotation change."""
    pinned = json.loads((REPO / "tests" / "corpus_counts.json").read_text(encoding="utf-8"))
    from vostochny.verbs.stats import counts

    assert {i.doc.id: counts(i.doc) for i in ITEMS} == pinned

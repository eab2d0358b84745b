"""The registry's one index (`checking/rules/registry_index.py`), which every rule reads the registry through: what
each of its lookups gives on the real registry and on a small edited one (ids used twice, names shared, a record's
name that is no proper name), each lookup built at its first read, and one index for every document of a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample import REPO, sample_registry, write_channel_linked_corpus

from vostochny.checking.rules import registry_index
from vostochny.checking.rules.base import CorpusContext, DocContext
from vostochny.checking.rules.registry_index import RegistryIndex, index_of
from vostochny.checking.validator import validate
from vostochny.reading import loader
from vostochny.reading.fastpath import Registry, decode
from vostochny.reading.view import DocumentView

REPO_REGISTRY = json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def real() -> RegistryIndex:
    registry = loader.load_registry(REPO / "annotations" / "entities.json", "entities.json").model
    assert registry is not None
    return RegistryIndex(registry)


def test_the_real_registry_s_ids_types_and_classes(real: RegistryIndex) -> None:
    assert len(real.types) == len(real.registry.entities) == len(real.records)
    assert list(real.types) == [r.id for r in real.registry.entities]
    assert (real.types["kim-jong-un"], real.types["china"], real.types["artillery-shells"]) == ("PER", "GPE", "WEA")
    assert [r.name for r in real.records["associated-press"]] == ["Associated Press"]
    assert (real.classes["associated-press"], real.classes["china"]) == ("news agency", "country")
    assert "kim-jong-un" not in real.classes and set(real.classes) < set(real.types)


def test_a_link_copied_onto_another_record_classes_neither() -> None:
    """United States' link copied whole onto Seoul (Q30, `country`, on both: V308's): neither record's class is read,
    so a rule that reads classes draws nothing more (V440 read Seoul as a state: `[Seoul]'s [Ewha University]`
    LOCATED_IN Seoul refused beside V308, found by the fuzz kind `wikidata-qid-reused` on the thirty-sixth session's
    registry); the other records keep theirs."""
    data = json.loads(json.dumps(REPO_REGISTRY))
    records = {r["id"]: r for r in data["entities"]}
    records["seoul"]["wikidata"] = dict(records["united-states"]["wikidata"])
    index = RegistryIndex(decode(json.dumps(data).encode("utf-8"), Registry))
    assert "seoul" not in index.classes and "united-states" not in index.classes
    assert index.classes["china"] == "country" and index.classes["tokyo"] == "capital"


def test_the_real_registry_s_names(real: RegistryIndex) -> None:
    by_id = real.names.by_id
    assert by_id["kim-jong-un"] == {"kim jong un", "kim"}
    assert by_id["korean-peoples-army"] == {"korean people's army"}  # two apostrophe forms: one key
    assert by_id["artillery-shells"] == frozenset()  # a class's name is no proper name
    assert by_id["kremlin"] == {"kremlin"} and {"kim", "ap", "kcna"} <= real.names.every
    names = real.record_names
    assert names("KIM  Jong Un") == names("Kim") == {"kim-jong-un"}
    assert names.by_key["afp"] == {"agence-france-presse"} and names("Nobody") == frozenset()
    assert names.by_key["artillery shells"] == {"artillery-shells"}  # here every name counts
    assert (real.first_named["ap"], real.first_named["korean central news agency"]) == \
        ("associated-press", "korean-central-news-agency")
    assert real.written["AP"].id == real.written["Associated Press"].id == "associated-press"
    assert "ap" not in real.written


@pytest.fixture(scope="module")
def edited() -> RegistryIndex:
    """The sample registry with an id used twice (`moscow`, `kim-jong-un`: V301's) and names that two records share
    (`Kim`, `Shared Name`, `Moscow`)."""
    registry = sample_registry()
    registry["entities"] += [
        {"id": "kim-jong-un", "type": "ORG", "name": "kim jong un's office", "aliases": ["Kim", "Shared Name"],
         "wikidata": {"status": "verified", "qid": "Q1", "instance_of": "city", "sources": []}},
        {"id": "moscow", "type": "GPE", "name": "Moscow", "aliases": ["Shared  name", "The Kremlin", "Kim"],
         "wikidata": {"status": "verified", "qid": "Q649", "instance_of": "capital", "sources": []}},
        {"id": "russia", "type": "GPE", "name": "Russia", "aliases": ["Moscow", "Russia\u2019s"],
         "wikidata": {"status": "verified", "qid": "Q159", "instance_of": "country", "sources": []}},
        {"id": "moscow", "type": "LOC", "name": "Moscow region", "aliases": [], "wikidata": {"status": "unverified"}},
    ]
    return RegistryIndex(decode(json.dumps(registry).encode("utf-8"), Registry))


def test_an_id_used_twice_is_its_last_record_for_its_type_and_class(edited: RegistryIndex) -> None:
    assert list(edited.types) == ["kim-jong-un", "north-koreans", "vladimir-putin", "vostochny-cosmodrome", "moscow",
                                  "russia"]
    assert (edited.types["kim-jong-un"], edited.types["moscow"]) == ("ORG", "LOC")
    assert [r.type for r in edited.records["moscow"]] == ["GPE", "LOC"]  # V248 reads the first, V334 the last
    assert edited.classes == {"kim-jong-un": "city", "russia": "country"}  # moscow's last record has no class


def test_names_shared_by_records(edited: RegistryIndex) -> None:
    assert edited.names.by_id["kim-jong-un"] == {"kim jong un", "kim", "shared name"}  # both records' names
    assert edited.names.by_id["moscow"] == {"moscow", "shared name", "kremlin", "kim"}  # not `Moscow region`
    names = edited.record_names
    assert names("kim") == {"kim-jong-un", "moscow"} and names("shared name") == {"kim-jong-un", "moscow"}
    assert names("Moscow") == {"moscow", "russia"} and names("Russia's") == {"russia"}
    assert names("The Kremlin") == {"moscow"} and names("Kremlin") == frozenset()  # "the" is kept here
    assert names.many(["kim", "Moscow", "Nobody"]) == [names("kim"), names("Moscow"), frozenset()]
    assert (edited.first_named["kim"], edited.first_named["shared name"], edited.first_named["moscow"]) == \
        ("kim-jong-un", "kim-jong-un", "moscow")
    assert edited.first_named["kim jong un's office"] == "kim-jong-un"
    assert (edited.written["Kim"].name, edited.written["Moscow"].name) == ("kim jong un's office", "Moscow")
    assert "Shared  name" in edited.written and "shared name" not in edited.written


def test_each_lookup_is_built_at_its_first_read_and_once(edited: RegistryIndex) -> None:
    index = RegistryIndex(edited.registry)
    assert set(vars(index)) == {"registry"}
    types = index.types
    assert set(vars(index)) == {"registry", "records", "types"} and index.types is types
    assert index.record_names is index.record_names and "first_named" not in vars(index)


def test_one_index_for_every_document_and_the_corpus_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run builds the registry's index once, and its documents and the corpus rules read that one object."""
    built: list[RegistryIndex] = []

    class Counted(RegistryIndex):
        def __init__(self, registry: Registry) -> None:
            super().__init__(registry)
            built.append(self)

    monkeypatch.setattr(registry_index, "RegistryIndex", Counted)
    report = validate(write_channel_linked_corpus(tmp_path))
    assert report.documents == 2 and not report.problems
    assert len(built) == 1
    assert {"types", "records", "first_named"} <= set(vars(built[0]))  # V208, V334, V327 read them
    registry = built[0].registry
    first, second = DocContext(None, registry, "a"), DocContext(None, registry, "b")  # type: ignore[arg-type]
    assert first.registry_index is second.registry_index is built[0]
    assert CorpusContext(registry, None, [], set(), True).registry_index is built[0]
    assert DocContext(None, None, "a").registry_index is None  # type: ignore[arg-type]
    assert index_of(decode(json.dumps(sample_registry()).encode("utf-8"), Registry)) is not built[0]
    assert len(built) == 2


def test_a_registry_edited_in_place_between_two_documents_is_indexed_again() -> None:
    """`validate_document_bytes` is a pure function of its arguments: a registry whose records are removed, added or
    replaced in place between two calls is read as it now is (the index of its first state was kept, and a document
    linked to a removed record passed)."""
    from sample import SAMPLE_ID, SAMPLE_TEXT, sample_document

    from vostochny.checking.validator import validate_document_bytes
    from vostochny.model.models import Registry as Model

    data = json.dumps(sample_document()).encode("utf-8")
    for registry in (Model.model_validate(sample_registry()), decode(json.dumps(sample_registry()).encode("utf-8"),
                                                                     Registry)):
        assert validate_document_bytes(data, SAMPLE_TEXT, registry, SAMPLE_ID) == []
        putin = next(r for r in registry.entities if r.id == "vladimir-putin")
        registry.entities.remove(putin)
        assert [p.code for p in validate_document_bytes(data, SAMPLE_TEXT, registry, SAMPLE_ID)] == ["V208"]
        registry.entities.append(putin)
        assert validate_document_bytes(data, SAMPLE_TEXT, registry, SAMPLE_ID) == []
    mirror = decode(json.dumps(sample_registry()).encode("utf-8"), Registry)
    assert validate_document_bytes(data, SAMPLE_TEXT, mirror, SAMPLE_ID) == []
    next(r for r in mirror.entities if r.id == "vladimir-putin").id = "putin"  # a mirror's record is not frozen
    assert [p.code for p in validate_document_bytes(data, SAMPLE_TEXT, mirror, SAMPLE_ID)] == ["V208"]


def test_another_thread_s_registry_is_never_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two threads validating against two registries: the index kept may be replaced by the other thread between
    `index_of`'s check and its answer, which then was the other registry's index."""
    first, second = (decode(json.dumps(sample_registry()).encode("utf-8"), Registry) for _ in range(2))
    other = RegistryIndex(second)

    class Switched(list):
        """The kept index, replaced by another thread's right after it is read."""

        def __getitem__(self, at):  # type: ignore[no-untyped-def]
            found = super().__getitem__(at)
            super().__setitem__(slice(None), [registry_index._Kept(other, (), (), ())])
            return found

    assert index_of(first).registry is first
    monkeypatch.setattr(registry_index, "_LAST", Switched(registry_index._LAST))
    assert index_of(first).registry is first
    assert index_of(second).registry is second


def test_a_wikidata_class_edited_in_place_is_indexed_again() -> None:
    """A mirror's Wikidata entry is not frozen either: its class edited in place between two documents is read as it
    now is (V271 reads the classes; the entry's object was compared to itself, and the old class kept)."""
    mirror = decode(json.dumps(REPO_REGISTRY).encode("utf-8"), Registry)
    index = index_of(mirror, recheck=True)
    record = next(r for r in mirror.entities if getattr(r.wikidata, "instance_of", None) == "country")
    assert index.classes[record.id] == "country"
    record.wikidata.instance_of = None  # type: ignore[union-attr]
    assert record.id not in index_of(mirror, recheck=True).classes
    assert index_of(mirror).classes is index_of(mirror).classes


def test_aliases_edited_in_place_are_indexed_again() -> None:
    """A model's aliases are a list: an alias appended to it in place, or a mirror's set to None, between two
    documents is read as the registry now is (V253, V255 and V256 look names up in the index)."""
    from vostochny.model.models import Registry as Model

    registry = Model.model_validate(REPO_REGISTRY)
    record = next(r for r in registry.entities if r.id == "vladimir-putin")
    index = index_of(registry, recheck=True)
    assert index_of(registry, recheck=True) is index  # nothing edited: the same index
    assert "kremlin chief" not in index.record_names.by_key
    record.aliases.append("Kremlin chief")
    edited = index_of(registry, recheck=True)
    assert edited is not index and edited.record_names.by_key["kremlin chief"] == {"vladimir-putin"}
    record.misspellings.append("Vladimir Puttin")  # so is the list of misspellings (V281)
    misspelt = index_of(registry, recheck=True)
    assert misspelt is not edited and misspelt.misspelt["vladimir-putin"] == {"vladimir puttin"}
    mirror = decode(json.dumps(REPO_REGISTRY).encode("utf-8"), Registry)  # a mirror's record is not frozen
    kept = index_of(mirror, recheck=True)
    next(r for r in mirror.entities if r.id == "vladimir-putin").aliases = None  # type: ignore[assignment]
    assert index_of(mirror, recheck=True) is not kept


def test_the_summaries_kept_for_every_document_share_their_values_and_keep_only_linked_quotes() -> None:
    """Validation keeps a summary of every document until the corpus rules run: at 20 000 documents the words of
    every quote and each document's own nominal records took ~1 GB. Only the linked quotes' words are kept (V333
    reads no other), and the nominals of two documents share their values (`NominalsPool`)."""
    from sample import SAMPLE_TEXT, sample_document

    from vostochny.checking.linking import NominalsPool
    from vostochny.checking.validator import _said_of_linked, summarized

    views = [DocumentView(loader.fast_document(json.dumps({**sample_document(), "id": doc_id}).encode("utf-8")),
                          SAMPLE_TEXT) for doc_id in ("one", "two")]
    checked = [summarized(Path(f"{v.id}.json"), v, []) for v in views]
    assert set(checked[0].said) == {"q1"} and checked[0].said["q1"].words
    assert _said_of_linked(checked[0], frozenset()) == {}
    assert _said_of_linked(checked[0], frozenset({("two", "q1")})) == {}
    assert _said_of_linked(checked[0], frozenset({("one", "q1")})) == checked[0].said
    linked = sample_document()
    next(e for e in linked["entities"] if e["id"] == "e5")["kb_id"] = "artillery-shells"
    views = [DocumentView(loader.fast_document(json.dumps({**linked, "id": doc_id}).encode("utf-8")), SAMPLE_TEXT)
             for doc_id in ("three", "four")]
    checked += [summarized(Path(f"{v.id}.json"), v, []) for v in views]
    pool = NominalsPool()
    one, two, three, four = (pool.shared(c.nominals) for c in checked if c.nominals is not None)
    assert one == two and one.unlinked and three == four and three.linked
    assert all(a is b for a, b in zip(one.unlinked + three.linked, two.unlinked + four.linked, strict=True))
    # as validation keeps a checked document's: numbers of shared values and mention indices, in one bytes object
    kept = [pool.kept(c.doc_id or "", c.nominals) for c in checked if c.nominals is not None]
    for summary, c in zip(kept, checked, strict=True):
        assert c.nominals is not None and summary.linked == ()
        assert (summary.unlinked, summary.at) == (c.nominals.unlinked, c.nominals.at)
    assert kept[0].at and all(a is b for a, b in zip(kept[0].unlinked, kept[1].unlinked, strict=True))
    assert set(pool.linked) == {(key, kind) for key, kind, _ in three.linked}
    # an other document of a narrowed validation shares the checked ones' values (one pool of them)
    fresh = NominalsPool()
    packed = fresh.kept("one", checked[0].nominals)  # type: ignore[arg-type]
    other = fresh.shared(checked[1].nominals)  # type: ignore[arg-type]
    assert other.unlinked == packed.unlinked and all(
        a is b for a, b in zip(other.unlinked, packed.unlinked, strict=True))


def test_validation_keeps_the_linked_quotes_alone_and_shared_nominals(monkeypatch: pytest.MonkeyPatch) -> None:
    """The summaries the corpus rules read, as `validate_corpus` hands them over (the real corpus: eight linked quotes
    in four documents, TIME's in none): the quote ids and words of the linked quotes only, and nominals whose equal
    values are one object across documents."""
    from vostochny.checking import validator

    seen: list[CorpusContext] = []
    real = validator._file_problems
    monkeypatch.setattr(validator, "_file_problems", lambda corpus, ctx: seen.append(ctx) or real(corpus, ctx))
    assert validate(REPO).ok
    [ctx] = seen
    links = json.loads((REPO / "annotations" / "quote_links.json").read_text(encoding="utf-8"))["links"]
    linked = {(r["document"], r["quote"]) for link in links for r in (link["a"], link["b"])}
    assert {(d, q) for d, said in ctx.said.items() for q in said} == linked
    assert set(ctx.quotes) == {d for d, _ in linked} and "time-kim-russia-trip-putin-weakness" not in ctx.quotes
    assert len(ctx.quotes["reuters-kim-putin-summit"]) > 2  # every quote of a linked document: V311 lists them
    values = [u for summary in ctx.nominals.values() for u in summary.unlinked]
    assert len({id(v) for v in values}) == len(set(values)) < len(values)
    # the linked ones as one corpus map, each record with the first document by id that links it (V321's "as in")
    assert all(not summary.linked for summary in ctx.nominals.values()) and ctx.linked_nominals
    docs = json.loads((REPO / "annotations" / "splits.json").read_text(encoding="utf-8"))
    assert {d for firsts in ctx.linked_nominals.values() for d in firsts.values()} <= {
        d for split in ("train", "validation", "test") for d in docs.get(split, [])}

"""`scripts/annotation/compile.py` and its quote links (`quote_links.py`): a whole pass writes
`quote_links.json` from `links/<pass>.py`, names each quote by a context inside its content, orders and
numbers the links whatever the spec's order, stops on a link the validator would refuse, and leaves no
stale links file when the pass has none."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sample import SAMPLE_ID, SAMPLE_TEXT, report_words, sample_document, sample_text, write_json, write_sample_corpus

from vostochny.checking.validator import validate

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "annotation"
sys.path.insert(0, str(SCRIPTS))

from quote_links import Compiled, LinkError, build_links  # noqa: E402

D2, D3 = "sample-doc-2", "sample-doc-3"
#: the sample's one quote, “We will win,”, and the same words in another report with a second quote before them
SAMPLE_QUOTES = [{"id": "q1", "content": sample_document()["quotes"][0]["content"]}]
TWO_QUOTES = [{"id": "q1", "content": [{"start": 0, "end": 20}]}, {**SAMPLE_QUOTES[0], "id": "q2"}]
DOCS = {SAMPLE_ID: Compiled(SAMPLE_TEXT, SAMPLE_QUOTES), D2: Compiled(SAMPLE_TEXT, SAMPLE_QUOTES),
        D3: Compiled(SAMPLE_TEXT, TWO_QUOTES)}
WIN = "“[[We will win]],”"


def test_links_are_ordered_and_numbered_whatever_the_spec_order() -> None:
    spec = [(D3, WIN, D2, "“We [[will]] win,”", "verbatim", [], None),
            (D2, WIN, SAMPLE_ID, WIN, "chain", [("KCNA", "kim-jong-un"), ("a translation", None)], "via KCNA")]
    links = build_links(spec, DOCS, {"kim-jong-un"}).links
    assert [(ln.id, ln.a.document, ln.a.quote, ln.b.document, ln.b.quote) for ln in links] == [
        ("l1", SAMPLE_ID, "q1", D2, "q1"), ("l2", D2, "q1", D3, "q2")]
    assert links[0].wording == "chain" and [(v.name, v.kb_id) for v in links[0].via] == [
        ("KCNA", "kim-jong-un"), ("a translation", None)] and links[0].note == "via KCNA"
    assert build_links(list(reversed(spec)), DOCS, {"kim-jong-un"}).links == links


@pytest.mark.parametrize(("spec", "says"), [
    ((SAMPLE_ID, "[[North Korean]] leader", D2, WIN, "verbatim", [], None), "lies in the content of no quote"),
    ((SAMPLE_ID, WIN, "sample-doc-9", WIN, "verbatim", [], None), "'sample-doc-9' is not a document of this pass"),
    ((SAMPLE_ID, WIN, SAMPLE_ID, WIN, "verbatim", [], None), "both ends are in sample-doc"),
    ((SAMPLE_ID, WIN, D2, "[[They]] will", "verbatim", [], None), "context occurs 0 times"),
    ((SAMPLE_ID, WIN, D2, WIN, "verbatum", [], None), "wording 'verbatum' is not one of"),
    ((SAMPLE_ID, WIN, D2, WIN, "chain", [], None), "a chain link names its channels in via"),
    ((SAMPLE_ID, WIN, D2, WIN, "verbatim", [("KCNA", "kcna")], None), "via kcna: no such record"),
    ((SAMPLE_ID, WIN, D2), "a link is (doc a, context a, doc b, context b, wording, via, note)"),
])
def test_a_link_the_validator_would_refuse_stops_the_build(spec: tuple, says: str) -> None:
    with pytest.raises(LinkError, match="LINKS\\[0\\]") as error:
        build_links([spec], DOCS, {"kim-jong-un"})
    assert says in str(error.value)


def test_a_context_in_two_quotes_stops_the_build() -> None:
    overlapping = {**DOCS, D3: Compiled(SAMPLE_TEXT, [*TWO_QUOTES, {"id": "q3", "content": [
        {"start": SAMPLE_TEXT.index("“We"), "end": SAMPLE_TEXT.index("he said")}]}])}
    with pytest.raises(LinkError, match=r"in the content of 2 quotes \(q2, q3\)"):
        build_links([(SAMPLE_ID, WIN, D3, WIN, "verbatim", [], None)], overlapping, set())


def test_a_pair_linked_twice_in_either_order_stops_the_build() -> None:
    spec = [(SAMPLE_ID, WIN, D2, WIN, "verbatim", [], None),
            (D2, "“We will [[win]],”", SAMPLE_ID, WIN, "partial", [], None)]
    with pytest.raises(LinkError, match=r"LINKS\[1\]: sample-doc#q1 and sample-doc-2#q1 are linked twice"):
        build_links(spec, DOCS, set())


SPEC = ('''ENTITIES = {"nk": ("NORP", "North Koreans", "north-koreans"), "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
            "putin": ("PER", "Vladimir Putin", "vladimir-putin"), '''  # one line of the spec, split for its length
        '''"site": ("FAC", "Vostochny Cosmodrome", "vostochny-cosmodrome"),
            "shells": ("WEA", "shells", None)}
MENTIONS = [("nk", "[[North Korean]] leader", "nk", "name"), ("kim", "leader [[Kim Jong Un]] met", "kim", "name"),
            ("putin", "President [[Vladimir Putin]] at", "putin", "name"),
            ("site", "the [[Vostochny Cosmodrome]].", "site", "name"), ("he", "[[he]] said", "kim", "pronoun"),
            ("shells", "of [[the shells]].", "shells", "nominal"), ("we", "“[[We]] will", "kim", "pronoun")]
RELATIONS = [("LEADER_OF", "kim", "nk", "asserted"), ("MEETS", "kim", "putin", "asserted")]
QUOTES = [("direct", ["“[[We will win,]]”"], "he [[said]]", "he", "speech")]
ZONES = [("body", "[[North Korean leader ... Cosmodrome.]]"), ("body", "[[“We will ... shells.]]")]
''')


def _spec(doc_id: str, spec: str = SPEC) -> str:
    """A spec of the sample for report `doc_id`, in its own words (`report_words`)."""
    if doc_id != SAMPLE_ID:
        for word, own in report_words(doc_id).items():
            spec = re.sub(rf"\b{word}\b", own, spec)
    return spec


def _pass(tmp_path: Path, links: str | None) -> tuple[Path, Path]:
    """A corpus of three reports of the sample text and a spec folder with pass `p` for them."""
    corpus = write_sample_corpus(tmp_path / "corpus")
    for doc_id in (D2, D3):
        (corpus / "raw" / f"{doc_id}.txt").write_bytes(sample_text(doc_id).encode("utf-8"))
        write_json(corpus / "annotations" / f"{doc_id}.json", sample_document(doc_id))
    write_json(corpus / "annotations" / "splits.json", json.loads(
        (corpus / "annotations" / "splits.json").read_text(encoding="utf-8")) | {"train": [SAMPLE_ID, D2, D3]})
    specs = tmp_path / "specs"
    (specs / "p").mkdir(parents=True)
    for doc_id in (SAMPLE_ID, D2, D3):
        (specs / "p" / f"{doc_id}.py").write_text(_spec(doc_id), encoding="utf-8")
    if links is not None:
        (specs / "links").mkdir()
        (specs / "links" / "p.py").write_text(links, encoding="utf-8")
    return corpus, specs


def _compile(corpus: Path, specs: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / "compile.py"), "p", "--corpus", str(corpus), "--specs",
                           str(specs), "--out", str(corpus / "annotations"), *extra],
                          capture_output=True, text=True, timeout=120)


LINKS = f'''LINKS = [
    ("{D3}", "{WIN}", "{SAMPLE_ID}", "{WIN}", "verbatim", [], None),
    ("{D2}", "{WIN}", "{SAMPLE_ID}", "{WIN}", "verbatim", [], None),
    ("{D2}", "{WIN}", "{D3}", "{WIN}", "chain", [("KCNA", None)], "an illustrative chain"),
]
'''


def test_a_whole_pass_writes_links_that_validate(tmp_path: Path) -> None:
    corpus, specs = _pass(tmp_path, LINKS)
    result = _compile(corpus, specs)
    assert result.returncode == 0, result.stderr
    assert "quote_links.json: 3 links" in result.stdout
    data = json.loads((corpus / "annotations" / "quote_links.json").read_text(encoding="utf-8"))
    assert [(ln["id"], ln["a"]["document"], ln["b"]["document"]) for ln in data["links"]] == [
        ("l1", SAMPLE_ID, D2), ("l2", SAMPLE_ID, D3), ("l3", D2, D3)]
    assert data["$schema"] == "../schema/v1/quote-links.schema.json"
    report = validate(corpus)
    assert report.problems == [], report.problems


def test_a_pass_without_links_leaves_no_stale_file_and_only_touches_none(tmp_path: Path) -> None:
    corpus, specs = _pass(tmp_path, LINKS)
    assert _compile(corpus, specs).returncode == 0
    links = corpus / "annotations" / "quote_links.json"
    (specs / "links" / "p.py").unlink()
    before = links.read_bytes()
    assert _compile(corpus, specs, "--only", D2).returncode == 0 and links.read_bytes() == before  # --only: untouched
    result = _compile(corpus, specs)
    assert result.returncode == 0 and "quote_links.json: removed" in result.stdout
    assert not links.exists()
    assert validate(corpus).ok


def test_a_bad_link_stops_the_pass_before_anything_is_written(tmp_path: Path) -> None:
    leader = report_words(D2)["leader"]
    bad = f'LINKS = [("{D2}", "[[North Korean]] {leader}", "{D3}", "{WIN}", "verbatim", [], None)]\n'
    corpus, specs = _pass(tmp_path, bad)
    before = {p.name: p.read_bytes() for p in (corpus / "annotations").iterdir()}
    result = _compile(corpus, specs)
    assert result.returncode == 1 and "links/p.py[0]: sample-doc-2: 'North Korean' lies in the content of no quote" in (
        result.stderr)
    assert {p.name: p.read_bytes() for p in (corpus / "annotations").iterdir()} == before


def test_one_document_compiled_rebuilds_the_links_it_renumbers(tmp_path: Path) -> None:
    """--only may renumber a linked quote (a quote added before it): the links in --out follow it, the other
    documents read as --out holds them."""
    corpus, specs = _pass(tmp_path, LINKS)
    assert _compile(corpus, specs).returncode == 0
    spec = specs / "p" / f"{D2}.py"
    # the added quote's speaker is its cue's subject, Kim (V381); its content holds no argument of a relation of his
    # (a relation of the speaker to what he says is his claim, V370)
    spec.write_text(_spec(D2, SPEC.replace('QUOTES = [', 'QUOTES = [("indirect", ["at [[the Vostochny Cosmodrome]]"], '
                                           '"Kim Jong Un [[met]]", "kim", "speech"), ')), encoding="utf-8")
    result = _compile(corpus, specs, "--only", D2)
    assert result.returncode == 0, result.stderr
    data = json.loads((corpus / "annotations" / "quote_links.json").read_text(encoding="utf-8"))
    assert {f"{ln['a']['document']}#{ln['a']['quote']}-{ln['b']['document']}#{ln['b']['quote']}"
            for ln in data["links"]} == {f"{SAMPLE_ID}#q1-{D2}#q2", f"{SAMPLE_ID}#q1-{D3}#q1", f"{D2}#q2-{D3}#q1"}
    assert validate(corpus).ok


@pytest.mark.parametrize("only", ["sample-doc-9", "sample-doc-*"])
def test_only_names_one_document_exactly_or_stops(tmp_path: Path, only: str) -> None:
    """A mistyped --only compiled nothing and said nothing (exit 0, the links file rewritten as it was), and
    a pattern compiled several documents as if each were the one; both stop, and nothing is written."""
    corpus, specs = _pass(tmp_path, LINKS)
    assert _compile(corpus, specs).returncode == 0
    before = {p.name: p.read_bytes() for p in (corpus / "annotations").iterdir()}
    result = _compile(corpus, specs, "--only", only)
    assert result.returncode != 0 and only in result.stderr
    assert {p.name: p.read_bytes() for p in (corpus / "annotations").iterdir()} == before


def test_a_pass_that_fails_to_write_one_file_writes_none(tmp_path: Path) -> None:
    """The documents, the registry and the links are written together: a write that fails (here the links
    file is a folder) leaves every document as it was, not renumbered beside the old links."""
    corpus, specs = _pass(tmp_path, LINKS)
    assert _compile(corpus, specs).returncode == 0
    spec = specs / "p" / f"{D2}.py"
    # the added quote's speaker is its cue's subject, Kim (V381)
    spec.write_text(_spec(D2, SPEC.replace('QUOTES = [', 'QUOTES = [("indirect", ["[[North Korean leader]]"], '
                                           '"Kim Jong Un [[met]]", "kim", "speech"), ')), encoding="utf-8")
    before = (corpus / "annotations" / f"{D2}.json").read_bytes()
    (corpus / "annotations" / "quote_links.json").unlink()
    (corpus / "annotations" / "quote_links.json").mkdir()
    assert _compile(corpus, specs).returncode != 0
    assert (corpus / "annotations" / f"{D2}.json").read_bytes() == before

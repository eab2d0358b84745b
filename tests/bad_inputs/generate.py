"""Regenerate the bad-input catalogue: one folder per case, each a broken copy of the sample corpus.

A case folder holds only the files that differ from the sample corpus (`tests/sample.py`; a file
named `X.delete` removes X) and `expected.json`: the rule code, file, line and JSON pointer the
validator must report, and any validator options. Every rule of the catalogue has at least one
case. `tests/test_bad_inputs.py` overlays each case on a fresh sample corpus.

    python tests/bad_inputs/generate.py
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sample import (  # noqa: E402
    CHANNEL_RECORD,
    SAMPLE_ID,
    SAMPLE_META,
    SAMPLE_TEXT,
    meta_of,
    report_words,
    retext,
    sample_document,
    sample_quote_links,
    sample_registry,
    sample_splits,
    sample_text,
)

from vostochny.model.constants import quote_text  # noqa: E402

REGISTRY = "annotations/entities.json"
SPLITS = "annotations/splits.json"
RELEASE = "annotations/RELEASED.json"
LINKS = "annotations/quote_links.json"

DOC = f"annotations/{SAMPLE_ID}.json"
RAW = f"raw/{SAMPLE_ID}.txt"


def dump(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def doc_with(change: Callable[[dict], None]) -> bytes:
    data = copy.deepcopy(sample_document())
    change(data)
    return dump(data)


def setter(*path: object, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _nfd(data: dict) -> None:
    data["mentions"][2]["text"] = unicodedata.normalize("NFD", "Vladimir Pütin")


def _we(data: dict) -> dict:
    """The sample's mention of the quote's `We` (m0)."""
    return next(m for m in data["mentions"] if m["id"] == "m0")


def _speaker_in_content(data: dict) -> None:
    data["quotes"][0]["speaker"] = "m0"

def _crossing(data: dict) -> None:
    kim = data["mentions"][1]
    start = kim["start"] + 4
    data["mentions"].append({"id": "m9", "start": start, "end": start + 11, "text": SAMPLE_TEXT[start:start + 11],
                             "entity": "e2", "kind": "name", "metonymy": False})


def _span_of(needle: str) -> dict:
    """The span of the first `needle` in the sample's text."""
    start = SAMPLE_TEXT.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def _report_span(doc_id: str, needle: str) -> dict:
    """The span of the first `needle` in the text of another report `doc_id` of the sample (its words differ)."""
    start = sample_text(doc_id).index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def _wordless_mention(data: dict) -> None:
    """A pronoun mention over the opening quote mark: V237 alone (V227 leaves a mention without a word to it)."""
    data["mentions"].append({"id": "m7", **_span_of("“"), "entity": "e2", "kind": "pronoun", "metonymy": False})


def _mid_token(data: dict) -> None:
    m = data["mentions"][1]
    m["start"] += 2
    m["text"] = SAMPLE_TEXT[m["start"]:m["end"]]


def _old(data: dict) -> None:
    """A document as schema 1.0.0 wrote it: no zones, none of the source and rights fields of 1.2.0, and
    neither the factuality, the attribution type nor the sentence corrections of 1.4.0."""
    data["schema_version"] = "1.0.0"
    del data["zones"]
    del data["tokenizer"]["sentence_corrections"]
    for key in ("url", "received", "rights"):
        data["meta"].pop(key, None)
    for relation in data["relations"]:
        del relation["factuality"]
    for quote in data["quotes"]:
        del quote["attribution"]


def _without_cosmodrome(registry: dict) -> None:
    """The registry without the record of the Vostochny Cosmodrome: a named place that no record names yet."""
    registry["entities"] = [r for r in registry["entities"] if r["id"] != "vostochny-cosmodrome"]


def registry_with(change: Callable[[dict], None]) -> bytes:
    data = copy.deepcopy(sample_registry())
    change(data)
    return dump(data)


#: the corpus's Wikidata evidence file (its compiler's input; V371 reads it where a corpus has one)
EVIDENCE = "scripts/annotation/wikidata_evidence.json"


def _evidence_file() -> bytes:
    """An evidence file that records the sample registry's links as they are: Kim Jong Un's and Putin's verified."""
    records = {r["id"]: {"qid": r["wikidata"].get("qid"), "status": r["wikidata"]["status"],
                         "sources": r["wikidata"].get("sources", [])} for r in sample_registry()["entities"]}
    return dump({"about": "the sample's evidence", "records": records})


def _drop_token(data: dict) -> None:
    del data["tokens"][3]


def _drop_sentence(data: dict) -> None:
    data["sentences"].pop()


def _entity_without_mentions(data: dict) -> None:
    data["entities"].append({"id": "e9", "type": "PER", "name": "Nobody"})


def _linked_elsewhere() -> dict[str, bytes]:
    """A second document whose nominal "the shells" links to a record: the sample's unlinked "the shells"
    (a WEA too) then has the words of a nominal linked elsewhere."""
    from vostochny.model.scaffold import empty_document

    other, text = "other-doc", "Russia wants the shells.\n"
    doc = empty_document(other, text, meta_of(other)).model_dump(mode="json", by_alias=True)
    start = text.index("the shells")
    doc.update(zones=[{"kind": "body", "start": 0, "end": len(text) - 1, "text": text[:-1]}],
               entities=[{"id": "e1", "type": "WEA", "name": "artillery shells", "kb_id": "artillery-shells"}],
               mentions=[{"id": "m1", "start": start, "end": start + 10, "text": "the shells", "entity": "e1",
                          "kind": "nominal", "metonymy": False}])
    record = {"id": "artillery-shells", "type": "WEA", "name": "artillery shells", "wikidata": {"status": "no-entry"}}
    return {f"annotations/{other}.json": dump(doc), f"raw/{other}.txt": text.encode("utf-8"),
            SPLITS: dump({**sample_splits(), "train": [SAMPLE_ID, other]}),
            REGISTRY: registry_with(lambda r: r["entities"].append(record))}


def _duplicate_text() -> dict[str, bytes]:
    """A second document that is the sample under another id, with a copy of its raw text, in another split."""
    other = "sample-doc-copy"
    doc = {**sample_document(), "id": other}
    return {f"annotations/{other}.json": dump(doc), f"raw/{other}.txt": SAMPLE_TEXT.encode("utf-8"),
            SPLITS: dump({**sample_splits(), "test": [other]})}


def _near_copy() -> dict[str, bytes]:
    """A second document that is the sample under another id, its raw text with a line break added at the end
    (its checksum and length recorded to match), in another split: one article, however its whitespace runs."""
    other, text = "sample-doc-copy", SAMPLE_TEXT + "\n"
    doc = {**sample_document(), "id": other, "length": len(text),
           "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    return {f"annotations/{other}.json": dump(doc), f"raw/{other}.txt": text.encode("utf-8"),
            SPLITS: dump({**sample_splits(), "test": [other]})}


def _source_file_copied() -> dict[str, bytes]:
    """A second document, another report with its own text, whose meta block was copied from the sample's: it names
    the sample's seed file as the file its text was received as."""
    doc = sample_document("sample-doc-2")
    doc["meta"]["source_file"] = SAMPLE_META.source_file
    return {"annotations/sample-doc-2.json": dump(doc), "raw/sample-doc-2.txt": sample_text("sample-doc-2").encode(),
            SPLITS: dump({**sample_splits(), "test": ["sample-doc-2"]})}


#: a case's files under this folder are laid over the sample corpus and committed to a new git repository
#: before the case's other files are laid over it (`tests/test_bad_inputs.py`, `overlay`)
COMMITTED = "committed"
WON_TEXT = SAMPLE_TEXT.replace("win", "won")  # the sample's text with a word "corrected": as long, spans in place


def _manifest(raw_text: str) -> bytes:
    """A release manifest of the sample that records `raw_text` as its raw file."""
    return dump({"$comment": "the release of 1.0.0", "format": 1, "dataset_version": "1.0.0", "fields": {},
                 "files": {RAW: hashlib.sha256(raw_text.encode("utf-8")).hexdigest()}, "records": {}})


#: a released document's records file as `release-manifest` writes it (two of the sample's token records)
_RECORDS = dump({"tokens": {"0-3": "0123456789abcdef", "4-9": "fedcba9876543210"}})


def _released_records(listed: bytes | None, written: bytes | None) -> dict[str, bytes]:
    """A release manifest of format 2 that lists the sample's records file with the SHA-256 of `listed` (None:
    lists none), and that file holding `written` (None: no such file)."""
    documents = {SAMPLE_ID: hashlib.sha256(listed).hexdigest()} if listed is not None else {}
    manifest = {"$comment": "the release of 1.0.0", "format": 2, "dataset_version": "1.0.0", "fields": {},
                "files": {RAW: hashlib.sha256(SAMPLE_TEXT.encode("utf-8")).hexdigest()}, "documents": documents,
                "records": {}}
    return {RELEASE: dump(manifest)} | ({f"annotations/released/{SAMPLE_ID}.json": written} if written else {})


def _retexted(text: str = WON_TEXT) -> bytes:
    """The sample document over `text` (`WON_TEXT`, as long): its checksum, length, and every span's and token's
    text read again at its offsets, so that V203 and V202 are quiet (nothing in the document can tell)."""
    return dump(_over_text(text))


def _over_text(text: str) -> dict:
    """`_retexted`'s document, as data."""
    return retext(copy.deepcopy(sample_document()), text)


#: the sample's text with `of` before `the shells` written `re` or `if` (as long): a word before the nominal's article
RE_TEXT, IF_TEXT = (SAMPLE_TEXT.replace("said of the", f"said {word} the") for word in ("re", "if"))


def _with_shells(text: str, word: str) -> bytes:
    """The sample over `text` with its nominal `the shells` (m6) widened over the word before it, `word`."""
    doc = _over_text(text)
    shells = next(m for m in doc["mentions"] if m["id"] == "m6")
    shells.update(_span_of("of the shells") | {"text": f"{word} the shells"})
    return dump(doc)


#: the sample's text with the space after "met" a zero-width space (as long: every offset in place)
ZWSP_AT = SAMPLE_TEXT.index(" President")
ZWSP_TEXT = SAMPLE_TEXT[:ZWSP_AT] + "\u200b" + SAMPLE_TEXT[ZWSP_AT + 1:]
ZWSP_TOKEN = sum(start < ZWSP_AT for start, _, _ in sample_document()["tokens"])


def _zero_width_space_token() -> dict[str, bytes]:
    """The sample over `ZWSP_TEXT` with the zero-width space a token of its own, as tokenizer 1.1 made it: the
    layer tiles the text and V267 compares no token of one character."""
    doc = _over_text(ZWSP_TEXT)
    doc["tokens"].insert(ZWSP_TOKEN, [ZWSP_AT, ZWSP_AT + 1, "\u200b"])
    return {RAW: ZWSP_TEXT.encode("utf-8"), DOC: dump(doc)}


#: the sample's text saved decomposed at one letter: the last `s` of `shells` a combining diaeresis on the `l` before
#: it (as long: every offset in place)
MARK_TEXT = SAMPLE_TEXT.replace("shells", "shell\u0308", 1)
MARK_AT = MARK_TEXT.index("\u0308")
MARK_TOKEN = sum(start < MARK_AT for start, _, _ in sample_document()["tokens"])


def _mark_split_token() -> dict[str, bytes]:
    """The sample over `MARK_TEXT` with `shell` and its combining mark split into two tokens by hand and the split
    counted in `tokenizer.corrections` (V267 passed it: V452)."""
    doc = _over_text(MARK_TEXT)
    start, end, _ = doc["tokens"][MARK_TOKEN - 1]
    assert MARK_TEXT[start:end] == "shell\u0308"
    doc["tokens"][MARK_TOKEN - 1:MARK_TOKEN] = [[start, MARK_AT, "shell"], [MARK_AT, end, "\u0308"]]
    doc["tokenizer"]["corrections"] = 1
    return {RAW: MARK_TEXT.encode("utf-8"), DOC: dump(doc)}


#: the sample's text with Kim's name misspelt where his name mention is (as long: every offset in place)
MISSPELT_TEXT = SAMPLE_TEXT.replace("Kim Jong Un", "Kim Jong Um", 1)


def _misspelt_name(recorded: bool) -> dict[str, bytes]:
    """The sample over `MISSPELT_TEXT`: the name mention `Kim Jong Um` in Kim's entity, the misspelling listed in
    his record's `misspellings` (`recorded`) or not."""
    files = {RAW: MISSPELT_TEXT.encode("utf-8"), DOC: dump(_over_text(MISSPELT_TEXT))}
    if recorded:
        files[REGISTRY] = registry_with(setter("entities", 0, "misspellings", value=["Kim Jong Um"]))
    return files


BELL_TEXT = SAMPLE_TEXT[:ZWSP_AT] + "\x07" + SAMPLE_TEXT[ZWSP_AT + 1:]


def _control_character_token() -> dict[str, bytes]:
    """The sample over `BELL_TEXT`, a bell for the space before `President` (a damaged copy), a token of its own as
    the tokenizer makes it: the layer tiles the text and is the tokenizer's, but a token is a control character."""
    doc = _over_text(BELL_TEXT)
    doc["tokens"].insert(ZWSP_TOKEN, [ZWSP_AT, ZWSP_AT + 1, "\x07"])
    return {RAW: BELL_TEXT.encode("utf-8"), DOC: dump(doc)}


def _hydrated_on_other_words() -> dict[str, bytes]:
    """The sample as `vostochny hydrate` writes it from a copy with a sentence the release's text did not have:
    its hydration.json records the SHA-256 and length of the text annotated, the copy's SHA-256, and that their
    words differ. The document holds to the copy (V203 is quiet)."""
    annotated = SAMPLE_TEXT + "\nKim Jong Un also visited a plant."
    return {"hydration.json": (json.dumps({"documents": [{
        "id": SAMPLE_ID, "verbatim": False, "unchanged": 11, "moved": 0, "unplaced": 1,
        "unplaced_spans": ["/zones/1 (37 characters from 90, beginning '“We will win,” he')"],
        "left_out": [], "annotated": {"sha256": hashlib.sha256(annotated.encode("utf-8")).hexdigest(),
                                      "length": len(annotated)},
        "sha256": hashlib.sha256(SAMPLE_TEXT.encode("utf-8")).hexdigest(), "words": "changed"}],
        "registry_left_out": [], "quote_links_left_out": []}, indent=2) + "\n").encode("utf-8")}
def _nearly_a_copy(text: str) -> dict[str, bytes]:
    """A second document that is the sample under another id over `text` (the sample's text with a word changed,
    its length kept: every span and token boundary is the sample's), in another split: one article twice."""
    from vostochny.model.scaffold import empty_document

    other = "sample-doc-copy"
    fresh = empty_document(other, text, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc = {**sample_document(), **{key: fresh[key] for key in ("id", "sha256", "length", "tokens", "sentences")}}
    for zone in doc["zones"]:
        zone["text"] = text[zone["start"]:zone["end"]]
    return {f"annotations/{other}.json": dump(doc), f"raw/{other}.txt": text.encode("utf-8"),
            SPLITS: dump({**sample_splits(), "test": [other]})}


def _split_left_empty() -> dict[str, bytes]:
    """Three documents, the sample and two reports of it, in train and test: validation lists none."""
    files = {SPLITS: dump({**sample_splits(), "train": [SAMPLE_ID, D2], "test": [D3]})}
    for doc_id in (D2, D3):
        files |= {f"annotations/{doc_id}.json": dump(sample_document(doc_id)),
                  f"raw/{doc_id}.txt": sample_text(doc_id).encode("utf-8")}
    return files


def _raw_text_not_added() -> dict[str, bytes]:
    """A second document and the splits that list it, committed (in the index), and its raw text in the work
    tree alone (never added): the commit that the hook's `validate --staged` checks leaves the text out."""
    return {f"{COMMITTED}/annotations/{D2}.json": dump(sample_document(D2)),
            f"{COMMITTED}/{SPLITS}": dump({**sample_splits(), "train": [SAMPLE_ID, D2]}),
            f"raw/{D2}.txt": sample_text(D2).encode("utf-8")}


def _released_otherwise() -> dict[str, bytes]:
    """The sample's raw text edited ("won" for "win") with its document (sha256, length, every span), and a
    release manifest that records the text as received: the raw text is not the one released. In a git clone
    of the sample (the journeys), it is not the one first committed either."""
    return {RAW: WON_TEXT.encode("utf-8"), DOC: _retexted(), RELEASE: _manifest(SAMPLE_TEXT)}


def _edited_with_its_manifest() -> dict[str, bytes]:
    """The sample committed to git, then its raw text edited with its document and the release manifest all
    together: nothing but the history can tell (V325), and the manifest records the edited text (V326)."""
    return {f"{COMMITTED}/{RELEASE}": _manifest(SAMPLE_TEXT), RAW: WON_TEXT.encode("utf-8"), DOC: _retexted(),
            RELEASE: _manifest(WON_TEXT)}


def _deep() -> bytes:
    return b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def _spaced_duplicate() -> bytes:
    text = dump(sample_document()).decode("utf-8")
    text = text.replace('"id": "sample-doc",', '"id" : "sample-doc", "id":"sample-doc",', 1)
    return text.encode("utf-8")


def _duplicates_rights_left_out() -> bytes:
    """Three keys written twice in a document that leaves `meta.rights` out (its default's three fields
    once made the pydantic path's key count come out even)."""
    data = copy.deepcopy(sample_document())
    del data["meta"]["rights"]
    return dump(data).replace(b'"kind": "name"', b'"kind": "pronoun", "kind": "name"', 3)


def _same_entities_other_mentions(data: dict) -> None:
    """SUPPLIES(he, the shells) and again through "We", another mention of Kim in the sentence."""
    data["relations"] += [{"id": "r3", "type": "SUPPLIES", "head": "m5", "tail": "m6", "factuality": "asserted"},
                          {"id": "r4", "type": "SUPPLIES", "head": "m0", "tail": "m6", "factuality": "asserted"}]


def _two_fragments(data: dict, reverse: bool = False) -> list[dict]:
    """q1's content "We will win," as the fragments "We will" and "win," (in text order unless `reverse`)."""
    start = SAMPLE_TEXT.index("We will")
    fragments = [{"start": start, "end": start + 7, "text": "We will"},
                 {"start": start + 8, "end": start + 12, "text": "win,"}]
    return fragments[::-1] if reverse else fragments


def _quote_copy(data: dict, content: list[dict]) -> None:
    data["quotes"].append({**data["quotes"][0], "id": "q9", "content": content})


def _quote_copy_reversed(data: dict) -> None:
    data["quotes"][0]["content"] = _two_fragments(data)
    _quote_copy(data, _two_fragments(data, reverse=True))


def _quote_copy_trimmed(data: dict) -> None:
    fragment = data["quotes"][0]["content"][0]
    _quote_copy(data, [{**fragment, "end": fragment["end"] - 1, "text": fragment["text"][:-1]}])


def _quote_copy_trimmed_without_cue(data: dict) -> None:
    """A copy of q1 trimmed by a character and its cue left out: still q1's utterance (V226)."""
    _quote_copy_trimmed(data)
    data["quotes"][1]["cue"] = None


def _quotes_crossing(data: dict) -> None:
    """q1 cut to "We will" and another speaker's quote "will win" on its cue: contents that cross (V226)."""
    start = data["quotes"][0]["content"][0]["start"]
    data["quotes"][0].update(content=[{"start": start, "end": start + 7, "text": "We will"}], kind="indirect")
    data["quotes"].append({**data["quotes"][0], "id": "q9", "speaker": "m3",
                           "content": [{"start": start + 3, "end": start + 11, "text": "will win"}]})


#: the sample, its first sentence naming the place Vostochny on its own
VOSTOCHNY_TEXT = SAMPLE_TEXT.replace("Cosmodrome.", "Cosmodrome near Vostochny.", 1)


def _place_vostochny(data: dict) -> None:
    """The place Vostochny (a GPE, linked), named beside the cosmodrome (`VOSTOCHNY_TEXT`): LOCATED_IN(cosmodrome,
    Vostochny), and again the other way round (V258)."""
    _located_in_vostochny(VOSTOCHNY_TEXT)(data)
    data["relations"].append({"id": "r4", "type": "LOCATED_IN", "head": "m7", "tail": "m4", "factuality": "asserted"})


def _located_in_vostochny(text: str, inside_out: bool = False) -> Callable[[dict], None]:
    """The place Vostochny (a GPE, linked), named beside the cosmodrome in `text` (`near Vostochny`):
    LOCATED_IN(cosmodrome, Vostochny), or the other way round."""
    def change(data: dict) -> None:
        data["entities"].append({"id": "e6", "type": "GPE", "name": "Vostochny", "kb_id": "vostochny"})
        data["mentions"].append({"id": "m7", **_located(text, "Vostochny", "near Vostochny"), "entity": "e6",
                                 "kind": "name", "metonymy": False})
        head, tail = ("m7", "m4") if inside_out else ("m4", "m7")
        data["relations"].append({"id": "r3", "type": "LOCATED_IN", "head": head, "tail": tail,
                                  "factuality": "asserted"})
    return change


def _vostochny_reversed_in_a_report() -> dict[str, bytes]:
    """Three reports of the sample, in words of their own, naming the place Vostochny beside the cosmodrome: two
    with LOCATED_IN(cosmodrome, Vostochny), the third with the place inside out, LOCATED_IN(Vostochny, cosmodrome)
    (V366, on the one fewer documents state; each document alone is V258's valid path)."""
    files = {SPLITS: dump({**sample_splits(), "train": [SAMPLE_ID, D2, D3, D4]}),
             REGISTRY: registry_with(_vostochny_record)}
    for doc_id, inside_out in ((D2, False), (D3, False), (D4, True)):
        text = sample_text(doc_id).replace("Cosmodrome.", "Cosmodrome near Vostochny.", 1)
        files |= _longer(_located_in_vostochny(text, inside_out), text, doc_id)
    return files


def _vostochny_record(data: dict) -> None:
    data["entities"].append({"id": "vostochny", "type": "GPE", "name": "Vostochny", "aliases": [],
                             "wikidata": {"status": "unverified"}})


def _supplies_and_receives(data: dict) -> None:
    """SUPPLIES(he, the shells) and RECEIVES(he, the shells): one party both sides of one transfer (V259)."""
    data["relations"] += [{"id": "r3", "type": "SUPPLIES", "head": "m5", "tail": "m6", "factuality": "asserted"},
                          {"id": "r4", "type": "RECEIVES", "head": "m5", "tail": "m6", "factuality": "asserted"}]
def _links_swapped(data: dict) -> None:
    """Kim Jong Un's entity linked to vladimir-putin and Putin's to kim-jong-un: each name names the other's record."""
    data["entities"][1]["kb_id"], data["entities"][2]["kb_id"] = "vladimir-putin", "kim-jong-un"


#: the sample with a line that states a transfer and one that names two leaders without meeting words (V360, V361)
TRANSFER_TEXT = (SAMPLE_TEXT.split("\n")[0] + "\nKim Jong Un will supply shells.\n"
                 "Kim Jong Un praised Vladimir Putin.\n" + SAMPLE_TEXT.split("\n")[1])


def _transfer_mentions(data: dict) -> None:
    """The mentions of `TRANSFER_TEXT`'s two added lines: `[Kim Jong Un] will supply [shells].` (m7, m8), `[Kim Jong
    Un] praised [Vladimir Putin].` (m9, m10): every name annotated (V367)."""
    data["mentions"] += [
        {"id": "m7", **_located(TRANSFER_TEXT, "Kim Jong Un", "Kim Jong Un will"), "entity": "e2", "kind": "name",
         "metonymy": False},
        {"id": "m8", **_located(TRANSFER_TEXT, "shells", "supply shells"), "entity": "e5", "kind": "nominal",
         "metonymy": False},
        {"id": "m9", **_located(TRANSFER_TEXT, "Kim Jong Un", "Kim Jong Un praised"), "entity": "e2", "kind": "name",
         "metonymy": False},
        {"id": "m10", **_located(TRANSFER_TEXT, "Vladimir Putin", "praised Vladimir Putin"), "entity": "e3",
         "kind": "name", "metonymy": False}]


def _kim_receives_what_he_supplies(data: dict) -> None:
    """RECEIVES(Kim Jong Un, shells) for `Kim Jong Un will supply shells.` (`TRANSFER_TEXT`): the subject of supply is
    the supplier (V360); `possible`, as `will` makes it (V368)."""
    _transfer_mentions(data)
    data["relations"].append({"id": "r3", "type": "RECEIVES", "head": "m7", "tail": "m8", "factuality": "possible"})


def _plan_as_fact(data: dict) -> None:
    """SUPPLIES(Kim Jong Un, shells) `asserted` for `Kim Jong Un will supply shells.` (`TRANSFER_TEXT`): a plan
    (V368)."""
    _transfer_mentions(data)
    data["relations"].append({"id": "r3", "type": "SUPPLIES", "head": "m7", "tail": "m8", "factuality": "asserted"})


def _praise_as_meeting(data: dict) -> None:
    """MEETS(Kim Jong Un, Vladimir Putin) for `Kim Jong Un praised Vladimir Putin.` (`TRANSFER_TEXT`): no word of
    meeting in the sentence (V361)."""
    _transfer_mentions(data)
    data["relations"].append({"id": "r3", "type": "MEETS", "head": "m9", "tail": "m10", "factuality": "asserted"})


def _he_of_a_place(data: dict) -> None:
    """Kim's "he" moved into the Vostochny Cosmodrome (a FAC), the quote's speaker now Kim's name (a PER still)."""
    data["mentions"][4]["entity"] = "e4"
    data["quotes"][0]["speaker"] = "m2"


def _we_of_the_shells(data: dict) -> None:
    """The quote's "We" annotated as a mention of the shells (a WEA): a first-person pronoun is a speaker's."""
    _we(data)["entity"] = "e5"


def _inside_the_cosmodrome(data: dict) -> None:
    """`Vostochny` of "Vostochny Cosmodrome" annotated as a place of its own: names are atomic (hard case 10)."""
    data["entities"].append({"id": "e6", "type": "LOC", "name": "Vostochny", "kb_id": None})
    data["mentions"].append({"id": "m7", **_span_of("Vostochny"), "entity": "e6", "kind": "nominal",
                             "metonymy": False})


def _kim_split_off(data: dict) -> None:
    """Kim's name mention moved to an entity of its own, linked to no record, while e2 keeps kim-jong-un."""
    data["entities"].append({"id": "e6", "type": "PER", "name": "Kim Jong Un", "kb_id": None})
    data["mentions"][1]["entity"] = "e6"


def _second_quote_on_said(data: dict) -> None:
    """A second quote of "he" over "of the shells" given the first one's cue: one cue, two quotes."""
    data["quotes"].append({"id": "q2", "kind": "indirect", "content": [_span_of("of the shells")],
                           "cue": _span_of("said"), "speaker": "m5", "attribution": "speech"})


def _wordless() -> dict[str, bytes]:
    """The sample's raw text replaced by a line of dashes, its annotations by a document of its tokens alone."""
    from vostochny.model.scaffold import empty_document

    text = "\u2014 \u2014\n"
    doc = empty_document(SAMPLE_ID, text, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc["zones"] = [{"kind": "body", **_located(text, text.strip())}]
    return {DOC: dump(doc), RAW: text.encode("utf-8")}


def _putin_demoted(data: dict) -> None:
    """"Vladimir Putin" marked nominal and its entity's link removed with it: every rule read the entity's record."""
    data["mentions"][2]["kind"] = "nominal"
    data["entities"][2]["kb_id"] = None


def _reported_without_cue(data: dict) -> None:
    """A second quote, reported speech of "he" over "of the shells", left without its cue."""
    data["quotes"].append({"id": "q2", "kind": "indirect", "content": [_span_of("of the shells")],
                           "cue": None, "speaker": "m5", "attribution": "speech"})


INSIDE_A_NAME_LINE = "Kim Jong Un said Vladimir Putin would come."


def _content_inside_a_name(data: dict) -> None:
    """A line added with a second quote, of Kim, whose content begins inside "Vladimir Putin": `Putin would come` (one
    wholly inside a mention cuts nothing: a quote inside a phrase)."""
    t = SAMPLE_TEXT + "\n" + INSIDE_A_NAME_LINE
    data["mentions"] += [
        {"id": "m7", **_located(t, "Kim Jong Un", INSIDE_A_NAME_LINE), "entity": "e2", "kind": "name",
         "metonymy": False},
        {"id": "m8", **_located(t, "Vladimir Putin", INSIDE_A_NAME_LINE), "entity": "e3", "kind": "name",
         "metonymy": False}]
    data["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, "Putin would come",
                                                                                INSIDE_A_NAME_LINE)],
                           "cue": _located(t, "said", INSIDE_A_NAME_LINE), "speaker": "m7", "attribution": "speech"})


def _putin_and_he_swapped(data: dict) -> None:
    """The ids of "Vladimir Putin" (m3) and "he" (m5) swapped, the relations and the quote left as they were."""
    putin, he = data["mentions"][2], data["mentions"][4]
    assert (putin["text"], he["text"]) == ("Vladimir Putin", "he")
    putin["id"], he["id"] = he["id"], putin["id"]


def _he_on_its_own(data: dict) -> None:
    """Kim's "he" split off into an entity of its own, never named."""
    data["entities"].append({"id": "e9", "type": "PER", "name": "he", "kb_id": None})
    data["mentions"][4]["entity"] = "e9"


#: a line that reports what Kim told Putin: an indirect quote whose cue `told` has an object
TOLD_LINE = "He told Vladimir Putin that the shells would help if the war went on."


#: TOLD_LINE with a word of saying that reports only in some uses (V407): `warned` in the active voice
WARNED_LINE = TOLD_LINE.replace("told", "warned")


def _reported_without_its_quote(doc: dict, line: str = TOLD_LINE) -> None:
    """The mentions of TOLD_LINE or WARNED_LINE annotated (`He` m7, `Vladimir Putin` m8, `the shells` m9), its
    reported speech (`He told Vladimir Putin that ...`, V404; `He warned Vladimir Putin that ...`, V407) in no
    quote."""
    t = SAMPLE_TEXT + "\n" + line
    doc["mentions"] += [
        {"id": "m7", **_located(t, "He", line), "entity": "e2", "kind": "pronoun", "metonymy": False},
        {"id": "m8", **_located(t, "Vladimir Putin", line), "entity": "e3", "kind": "name", "metonymy": False},
        {"id": "m9", **_located(t, "the shells", line), "entity": "e5", "kind": "nominal", "metonymy": False}]


#: TOLD_LINE with a second report after its quote's content (V425): `and warned that ...`
SECOND_REPORT_LINE = TOLD_LINE.replace("if the war went on.", "and warned that the war would go on.")


def _report_beside_a_quote(doc: dict) -> None:
    """SECOND_REPORT_LINE's mentions annotated (`_reported_without_its_quote`) and its first report a quote (`He told
    Vladimir Putin that [the shells would help]`), its second (`and warned that the war would go on`) in none (V425)."""
    line = SECOND_REPORT_LINE
    _reported_without_its_quote(doc, line)
    t = SAMPLE_TEXT + "\n" + line
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, "the shells would help", line)],
                          "cue": _located(t, "told", line), "speaker": "m7", "attribution": "speech"})


#: a body paragraph with a group of people (V405) and two events (V406)
LEADERS_LINE = "The two leaders spoke of the war. The summit ended at dusk."


def _leaders_merged_into_kim(doc: dict) -> None:
    """LEADERS_LINE's `The two leaders` (m7) annotated as a mention of Kim, a person (V405): two chains merged."""
    t = SAMPLE_TEXT + "\n" + LEADERS_LINE
    doc["mentions"].append({"id": "m7", **_located(t, "The two leaders", LEADERS_LINE), "entity": "e2",
                            "kind": "nominal", "metonymy": False})


def _war_merged_into_the_summit(doc: dict) -> None:
    """LEADERS_LINE's `the war` (m7) and `The summit` (m8) annotated as one event (V406): two chains merged."""
    t = SAMPLE_TEXT + "\n" + LEADERS_LINE
    doc["entities"].append({"id": "e6", "type": "EVENT", "name": "the summit", "kb_id": None})
    doc["mentions"] += [
        {"id": "m7", **_located(t, "the war", LEADERS_LINE), "entity": "e6", "kind": "nominal", "metonymy": False},
        {"id": "m8", **_located(t, "The summit", LEADERS_LINE), "entity": "e6", "kind": "nominal", "metonymy": False}]


#: a body paragraph with a group of two people, its members nested (V439)
PAIR_LINE = "Kim Jong Un and Vladimir Putin shook hands."


#: a body paragraph with a mixed group, an army and a people, its members nested (V439), and a kind of a weapon (V403)
ARMY_LINE = "The army and the people will build satellite systems."


def _mixed_group_typed_a_place(doc: dict) -> None:
    """ARMY_LINE's group (m7, e6) typed a LOC, its members the army (m8, e7, ORG) and the people (m9, e8, NORP):
    neither a place nor all acting as one people would not be (V439)."""
    doc["entities"] += [{"id": "e6", "type": "LOC", "name": "the army and the people", "kb_id": None},
                        {"id": "e7", "type": "ORG", "name": "the army", "kb_id": None},
                        {"id": "e8", "type": "NORP", "name": "the people", "kb_id": None}]
    _line_mentions(doc, ARMY_LINE, ("The army and the people", "e6", "nominal"), ("The army", "e7", "nominal"),
                   ("the people", "e8", "nominal"))


def _weapon_kind_typed_an_event(doc: dict) -> None:
    """ARMY_LINE's `satellite systems` (m7, e6) typed an EVENT: a satellite's noun before `systems` names a weapon
    or a vehicle (V403)."""
    doc["entities"].append({"id": "e6", "type": "EVENT", "name": "satellite systems", "kb_id": None})
    _line_mentions(doc, ARMY_LINE, ("satellite systems", "e6", "nominal"))


def _pair_typed_an_organisation(doc: dict) -> None:
    """PAIR_LINE's group (m7, e6) typed an ORG, its members Kim (m8, e2) and Putin (m9, e3), people (V439)."""
    doc["entities"].append({"id": "e6", "type": "ORG", "name": "Kim and Putin", "kb_id": None})
    _line_mentions(doc, PAIR_LINE, ("Kim Jong Un and Vladimir Putin", "e6", "nominal"), ("Kim Jong Un", "e2", "name"),
                   ("Vladimir Putin", "e3", "name"))


#: a body paragraph with the group of PAIR_LINE named twice, its members in the other order the second time (V436)
PAIRS_LINE = "Kim Jong Un and Vladimir Putin shook hands, and Vladimir Putin and Kim Jong Un parted."


def _pair_split(doc: dict) -> None:
    """PAIRS_LINE's two groups of Kim (e2) and Putin (e3), each with its members nested, in two entities: the first
    (m7) of e6, the second (m10) of e7 (V436)."""
    t, second = SAMPLE_TEXT + "\n" + PAIRS_LINE, "Vladimir Putin and Kim Jong Un"
    doc["entities"] += [{"id": e, "type": "PER", "name": name, "kb_id": None} for e, name in (
        ("e6", "Kim and Putin"), ("e7", "Putin and Kim"))]
    _line_mentions(doc, PAIRS_LINE, ("Kim Jong Un and Vladimir Putin", "e6", "nominal"), ("Kim Jong Un", "e2", "name"),
                   ("Vladimir Putin", "e3", "name"))
    doc["mentions"] += [{"id": f"m{n}", **_located(t, words, second), "entity": entity, "kind": kind,
                         "metonymy": False} for n, (words, entity, kind) in enumerate(
        ((second, "e7", "nominal"), ("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name")), 10)]


#: a body paragraph that names Moscow for its government three times, and the city Vladivostok once (V455)
MOSCOW_LINE = "Moscow sent envoys to Vladivostok, Moscow signed, and Moscow left."


def _moscow_in_a_city(doc: dict) -> None:
    """MOSCOW_LINE's three metonymic `Moscow`s, the first two (m7, m9) of Russia (e6), the third (m10) of the city
    Vladivostok (e7, with m8): in one report a place stands for one government (V455; V429 compares no city)."""
    t = SAMPLE_TEXT + "\n" + MOSCOW_LINE
    doc["entities"] += [{"id": "e6", "type": "GPE", "name": "Russia", "kb_id": "russia"},
                        {"id": "e7", "type": "GPE", "name": "Vladivostok", "kb_id": "vladivostok"}]
    doc["mentions"] += [{"id": f"m{n}", **_located(t, words, context), "entity": entity, "kind": "name",
                         "metonymy": words == "Moscow"} for n, (words, context, entity) in enumerate((
                             ("Moscow", "Moscow sent", "e6"), ("Vladivostok", MOSCOW_LINE, "e7"),
                             ("Moscow", "Moscow signed", "e6"), ("Moscow", "Moscow left", "e7")), 7)]


#: a body paragraph with one unnamed person, `he`, beside people it calls `they` (V256)
THEY_LINE = "A cosmonaut arrived, and he waved as they smiled."


def _they_of_a_cosmonaut(doc: dict) -> None:
    """THEY_LINE's `A cosmonaut` (m7), `he` (m8) and `they` (m9), all of one unlinked PER (e6): a chain that is `he`
    is one person, never `they` (V256)."""
    doc["entities"].append({"id": "e6", "type": "PER", "name": "a cosmonaut", "kb_id": None})
    _line_mentions(doc, THEY_LINE, ("A cosmonaut", "e6", "nominal"), ("he", "e6", "pronoun"), ("they", "e6", "pronoun"))


def _told(speaker: str | None, content: str) -> dict[str, bytes]:
    """The sample with TOLD_LINE after it, its mentions (`He` m7, `Vladimir Putin` m8, `the shells` m9) annotated and
    a quote of it with the cue `told`, the speaker `speaker` and the content `content`."""
    def change(doc: dict) -> None:
        t = SAMPLE_TEXT + "\n" + TOLD_LINE
        _reported_without_its_quote(doc)
        doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, content, TOLD_LINE)],
                              "cue": _located(t, "told", TOLD_LINE), "speaker": speaker, "attribution": "speech"})
    return _line_added(TOLD_LINE, "body", change)


#: a passive whose agent is the one who tells (V449)
TOLD_BY_LINE = "He was told by Vladimir Putin that the shells would help."


def _told_by_as_the_one_told(doc: dict) -> None:
    """TOLD_BY_LINE's mentions and its quote with the speaker `He`, the one told: `told by [Vladimir Putin]` names
    the agent, who says the words (V449)."""
    _line_mentions(doc, TOLD_BY_LINE, ("He", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, TOLD_BY_LINE, "the shells would help", "told", "m7")


#: a report whose attribution goes on past its cue into another clause (V450)
WITHOUT_ASKING_LINE = ("The shells would help, Kim Jong Un, the leader, said without asking how Vladimir Putin would "
                       "pay.")


def _speaker_past_the_cue(doc: dict) -> None:
    """WITHOUT_ASKING_LINE's mentions and its quote with the speaker `Vladimir Putin`, past `without asking how`
    after the cue: no subject of `said` (V450)."""
    _line_mentions(doc, WITHOUT_ASKING_LINE, ("The shells", "e5", "nominal"), ("Kim Jong Un", "e2", "name"),
                   ("Vladimir Putin", "e3", "name"))
    _said_on_line(doc, WITHOUT_ASKING_LINE, "The shells would help", "said", "m9")


def _told_by_left_unsaid(doc: dict) -> None:
    """TOLD_BY_LINE's mentions and its quote with no speaker: `told by [Vladimir Putin]` names the source (V459)."""
    _line_mentions(doc, TOLD_BY_LINE, ("He", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, TOLD_BY_LINE, "the shells would help", "told", None)


#: a report whose subject a relative clause sets off from its cue (V460)
WHO_MET_LINE = "Vladimir Putin, who met Kim Jong Un on Tuesday, said the shells would help."


def _subject_before_a_relative_clause_left_out(doc: dict) -> None:
    """WHO_MET_LINE's mentions and its quote with no speaker: `[Vladimir Putin], who met ..., said` names it (V460)."""
    _line_mentions(doc, WHO_MET_LINE, ("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, WHO_MET_LINE, "the shells would help", "said", None)


#: a report whose cue is a participle closing a clause of its subject (V461, V462)
SAYING_LINE = "Vladimir Putin spoke with Kim Jong Un on Tuesday, saying that the shells would help."


def _participle_s_subject(speaker: str | None) -> Callable[[dict], None]:
    """SAYING_LINE's mentions and its quote with the speaker `speaker`: none (V461) or Kim Jong Un (m8, V462), never
    the subject of the clause `saying` closes, Vladimir Putin (m7)."""
    def change(doc: dict) -> None:
        _line_mentions(doc, SAYING_LINE, ("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                       ("the shells", "e5", "nominal"))
        _said_on_line(doc, SAYING_LINE, "the shells would help", "saying", speaker)
    return change


#: a report whose clause's subject has no mention, its verb's object set as the participle's speaker (V482)
OBJECT_LINE = "The officials met Vladimir Putin on Tuesday, saying that the shells would help."


def _verb_s_object_as_speaker(doc: dict) -> None:
    """OBJECT_LINE's mentions and its quote with the speaker Vladimir Putin (m7), the object of `met`: the clause's
    subject, `The officials`, has no mention."""
    _line_mentions(doc, OBJECT_LINE, ("Vladimir Putin", "e3", "name"), ("the shells", "e5", "nominal"))
    _said_on_line(doc, OBJECT_LINE, "the shells would help", "saying", "m7")


#: a report whose clause opens on a body and a post before its holder's name (V462)
POST_LINE = "Kremlin spokesman Ivan Petrov spoke on Tuesday, saying that the shells would help."


def _post_s_body_as_speaker(doc: dict) -> None:
    """POST_LINE's mentions and its quote with the speaker the Kremlin (m7), the body whose post the clause's subject,
    Ivan Petrov (m8), holds (V462)."""
    doc["entities"] += [{"id": "e6", "type": "ORG", "name": "Kremlin", "kb_id": "kremlin"},
                        {"id": "e7", "type": "PER", "name": "Ivan Petrov", "kb_id": "ivan-petrov"}]
    _line_mentions(doc, POST_LINE, ("Kremlin", "e6", "name"), ("Ivan Petrov", "e7", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, POST_LINE, "the shells would help", "saying", "m7")


def _saying_with(cue: str, content: str) -> Callable[[dict], None]:
    """SAYING_LINE's mentions and its quote with the cue `cue` and the content `content`, its speaker Vladimir Putin
    (m7): a cue over the comma before it (V468), a content over its complementizer `that` (V469)."""
    def change(doc: dict) -> None:
        _line_mentions(doc, SAYING_LINE, ("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                       ("the shells", "e5", "nominal"))
        _said_on_line(doc, SAYING_LINE, content, cue, "m7")
    return change


#: a copyright notice: boilerplate, whatever it is labelled (V282)
COPYRIGHT_LINE = "Copyright 2023 The Associated Press. All rights reserved."
#: a line whose speaker is said to be ready for a place he names (V370)
READY_LINE = "Vladimir Putin said the Vostochny Cosmodrome was ready for visits."


def _travel_from_what_is_said(doc: dict) -> None:
    """TRAVELS_TO(Vladimir Putin, Vostochny Cosmodrome) `asserted` for READY_LINE, built from what Putin says of the
    place (V370: the speaker's claim, `reported` at the most)."""
    t = SAMPLE_TEXT + "\n" + READY_LINE
    doc["mentions"] += [
        {"id": "m7", **_located(t, "Vladimir Putin", READY_LINE), "entity": "e3", "kind": "name", "metonymy": False},
        {"id": "m8", **_located(t, "Vostochny Cosmodrome", READY_LINE), "entity": "e4", "kind": "name",
         "metonymy": False}]
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(
                              t, "the Vostochny Cosmodrome was ready for visits", READY_LINE)],
                          "cue": _located(t, "said", READY_LINE), "speaker": "m7", "attribution": "speech"})
    doc["relations"].append({"id": "r3", "type": "TRAVELS_TO", "head": "m7", "tail": "m8", "factuality": "asserted"})


#: a line that reports Kim's words on Putin's travel (V383)
WENT_LINE = "He said Vladimir Putin went to the Vostochny Cosmodrome."


def _quoted_travel_asserted(doc: dict) -> None:
    """WENT_LINE's mentions, Kim's quote of it and TRAVELS_TO(Vladimir Putin, Vostochny Cosmodrome) inside it
    `asserted`: a source's claim is `reported` (V383)."""
    t = SAMPLE_TEXT + "\n" + WENT_LINE
    _line_mentions(doc, WENT_LINE, ("He", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"),
                   ("Vostochny Cosmodrome", "e4", "name"))
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, WENT_LINE[8:-1], WENT_LINE)],
                          "cue": _located(t, "said", WENT_LINE), "speaker": "m7", "attribution": "speech"})
    doc["relations"].append({"id": "r3", "type": "TRAVELS_TO", "head": "m8", "tail": "m9", "factuality": "asserted"})


#: a line that quotes Kim and the annotation leaves out (V382)
UNQUOTED_LINE = "\u201cThe shells will help to win the war,\u201d Kim said."


def _figures(f1: str, extra: str = "") -> bytes:
    """An agreement.json of the shape the card reads, its one layer's F1 written as `f1` (JSON text), with the counts
    that give 0.9 unless `f1` writes its own, and every other figure with its counts."""
    counts = "" if '"tp"' in f1 else ', "tp": 9, "fp": 1, "fn": 1'
    parts = ", ".join(f'"{part}": {{"f1": 0.5}}' for part in ("MUC", "B3", "CEAF-e"))
    return (f'{{"first_vs_second": {{\n  "exact": {{"mentions": {{"f1": {f1}{counts}}}}},{extra}\n'
            f'  "coreference": {{{parts}, "CoNLL": {{"f1": 0.5}}}},\n'
            '  "speaker_accuracy": {"matched_quotes": 10, "accuracy": 0.7}\n}}\n').encode()


def linked(*more: str, links: dict, texts_as_given: bool = False, **changed: Callable[[dict], None]
           ) -> dict[str, bytes]:
    """The files that add reports of the sample's text (documents `more`, in the train split, each changed
    by `changed[id]` if given) and the quote links file to the sample corpus, each link's end recording the content
    of its quote as changed (V340) unless `texts_as_given`."""
    files = {SPLITS: dump({**sample_splits(), "train": [SAMPLE_ID, *more]})}
    written = {SAMPLE_ID: sample_document()}
    for doc_id in more:
        data = written[doc_id] = sample_document(doc_id)
        changed.get(doc_id.replace("-", "_"), lambda _: None)(data)
        files |= {f"annotations/{doc_id}.json": dump(data), f"raw/{doc_id}.txt": sample_text(doc_id).encode("utf-8")}
    links = copy.deepcopy(links)
    for end in (link[side] for link in links.get("links", []) if isinstance(link, dict) for side in ("a", "b")
                if isinstance(link.get(side), dict)):
        quote = next((q for q in written.get(end.get("document"), {}).get("quotes", []) if q["id"] == end.get("quote")),
                    None)
        if quote is not None and "text" in end and not texts_as_given:
            end["text"] = quote_text(part["text"] for part in quote["content"])
    return files | {LINKS: dump(links)}


D2, D3, D4 = "sample-doc-2", "sample-doc-3", "sample-doc-4"
D2_FILE = f"annotations/{D2}.json"


def links_with(*pairs: tuple[str, str, str, str], change: Callable[[dict], None] = lambda _: None) -> dict:
    data = sample_quote_links(*pairs)
    change(data)
    return data


def _putin_says_it(data: dict) -> None:
    """The report's `“We will win,” he said` as Putin's: its `he` and `We` in Putin's entity (e3), the quote's speaker
    still `he`, in the cue's sentence (V432), and the `We` its speaker's (V428)."""
    for m in data["mentions"]:
        if m["id"] in ("m0", "m5"):
            m["entity"] = "e3"


def _a_thought(data: dict) -> None:
    """A second quote of the report, a thought about the shells, its cue the report's verb of the first line (`saw`,
    `welcomed`: no word of an utterance, which would be held against a thought, V261, but a word of seeing or receiving,
    V380), the ids then swapped: q1 is the thought, and the direct quote of `“We will win,” he said` stays (V382)."""
    shells = _report_span(D2, "the shells")
    verb = _report_span(D2, report_words(D2)["met"])
    data["quotes"].append({"id": "q2", "kind": "indirect", "content": [shells], "cue": verb, "speaker": "m2",
                           "attribution": "thought"})
    data["quotes"][0]["id"], data["quotes"][1]["id"] = "q2", "q1"


def _second_quote(data: dict) -> None:
    """A second quote in the document: the shells' words, reported indirectly by `said of` (reported speech has its
    cue, V348; one of its own, V346)."""
    shells = next(m for m in data["mentions"] if m["text"] == "the shells")  # at the report's own offsets
    said = next(q["cue"] for q in data["quotes"] if q["id"] == "q1")
    text = sample_text(data["id"])
    cue = {"start": said["start"], "end": shells["start"] - 1, "text": text[said["start"]:shells["start"] - 1]}
    data["quotes"].append({"id": "q2", "kind": "indirect", "content": [
        {key: shells[key] for key in ("start", "end", "text")}], "cue": cue, "speaker": "m5", "attribution": "speech"})


def _second_quote_first(data: dict) -> None:
    """`_second_quote`, the two quotes' ids then swapped (as renumbering the document would): q1 is the shells'."""
    _second_quote(data)
    first, second = data["quotes"]
    first["id"], second["id"] = second["id"], first["id"]


CLIQUE = ((SAMPLE_ID, "q1", D2, "q1"), (SAMPLE_ID, "q1", D3, "q1"), (D2, "q1", D3, "q1"))

#: name -> (files to write, expected code, file, pointer, line or None = line of the pointer, options)
LONGER_TEXT = (SAMPLE_TEXT.split("\n")[0] + "\nThe talks lasted hours.\nPutin\u2019s aides left late.\n"
               + SAMPLE_TEXT.split("\n")[1])


#: the sample's text with a line between its two that names Kim again
KIM_AGAIN_TEXT = SAMPLE_TEXT.replace("\n", "\nKim Jong Un left late.\n", 1)
#: the sample's text with a line between its two that holds a person's pronoun, and one that holds a `their`
HIS_TEXT = SAMPLE_TEXT.replace("\n", "\nHis train left late.\n", 1)
THEIR_TEXT = SAMPLE_TEXT.replace("\n", "\nTheir talks lasted hours.\n", 1)


def _quote_split_inside_its_marks(data: dict) -> None:
    """The sample's quote `“We will win,”` as two fragments, `We` and `will win,`: no mark after the first nor before
    the second."""
    content = data["quotes"][0]["content"][0]
    we = content["text"].index(" ")
    data["quotes"][0]["content"] = [{"start": content["start"], "end": content["start"] + we, "text": "We"},
                                    {"start": content["start"] + we + 1, "end": content["end"],
                                     "text": content["text"][we + 1:]}]



def _quote_short_of_its_comma(data: dict) -> None:
    """The sample's quote `“We will win,”` cut to `We will win`: the comma inside its closing mark left out (V386)."""
    content = data["quotes"][0]["content"][0]
    assert content["text"] == "We will win,"
    content.update(end=content["end"] - 1, text="We will win")

#: a line of reported speech added to the sample: Kim's `He` and the shells, and what he said of them
SHELLS_LINE = "He said the shells would arrive soon."


def _shells_quoted_without_subject(data: dict) -> None:
    """An indirect quote of `SHELLS_LINE` whose content starts at `would`: its subject, `the shells`, left out."""
    _quoted_line(data, SHELLS_LINE, [("m8", "He", "e2", "pronoun"), ("m9", "the shells", "e5", "nominal")],
                 "would arrive soon", "indirect")


def _quoted_line(doc: dict, line: str, mentions: list[tuple[str, str, str, str]], content: str, kind: str) -> None:
    """`line`, added after the sample's text, annotated: its `mentions` (id, text, entity, kind) and a quote `q2` of
    `kind` over `content`, cued by its `said` and said by its first mention."""
    t = SAMPLE_TEXT + "\n" + line
    doc["mentions"] += [{"id": mid, **_located(t, text, line), "entity": entity, "kind": kind_of, "metonymy": False}
                        for mid, text, entity, kind_of in mentions]
    doc["quotes"].append({"id": "q2", "kind": kind, "content": [_located(t, content, line)],
                          "cue": _located(t, "said", line), "speaker": mentions[0][0], "attribution": "speech"})


def _longer(change: Callable[[dict], None], t: str = LONGER_TEXT, doc_id: str = SAMPLE_ID) -> dict[str, bytes]:
    """The sample's annotations (or those of its report `doc_id`) over LONGER_TEXT (two lines added before the quote,
    one with "Putin’s"), or another text that holds the sample's lines, located again, one body zone per line, then
    `change`d: the raw text and the document."""
    from vostochny.model.scaffold import empty_document

    doc = sample_document(doc_id)
    base = empty_document(doc_id, t, meta_of(doc_id)).model_dump(mode="json", by_alias=True)
    doc.update({key: base[key] for key in ("sha256", "length", "tokens", "sentences", "tokenizer")})
    doc["zones"] = [{"kind": "body", **_located(t, line)} for line in t.split("\n") if line]
    for m in doc["mentions"]:
        m.update(_located(t, m["text"], "he said" if m["id"] == "m5" else ""))
    doc["quotes"][0].update(content=[_located(t, "We will win,")], cue=_located(t, "said"))
    change(doc)
    return {f"annotations/{doc_id}.json": dump(doc), f"raw/{doc_id}.txt": t.encode("utf-8")}


def _located(text: str, needle: str, context: str = "") -> dict:
    """The span of `needle` in `text`, inside the unique `context` if one is given."""
    start = text.index(context) + context.index(needle) if context else text.index(needle)
    assert text[start:start + len(needle)] == needle
    return {"start": start, "end": start + len(needle), "text": needle}


def _possessive(doc: dict) -> None:
    doc["mentions"].append({"id": "m7", **_located(LONGER_TEXT, "Putin\u2019s"), "entity": "e3", "kind": "name",
                            "metonymy": False})


def _putin_alias_twice(registry: dict) -> None:
    """"Putin" as an alias of kim-jong-un (first) and of vladimir-putin: Kim's alias is the one at fault."""
    for i in (0, 2):
        registry["entities"][i]["aliases"].append("Putin")


def _split_line(doc: dict) -> None:
    """The first line's zone ended after "Kim Jong Un", the rest of the line a boilerplate zone."""
    head, line = "North Korean leader Kim Jong Un", SAMPLE_TEXT.split("\n")[0]
    doc["zones"][:1] = [{"kind": "body", **_span_of(head)}, {"kind": "boilerplate", **_span_of(line[len(head) + 1:])}]


def _token_split(data: dict) -> None:
    """"Korean" split into "Kor" and "ean" (no span starts or ends between them), no correction recorded."""
    tokens = data["tokens"]
    i = next(i for i, t in enumerate(tokens) if t[2] == "Korean")
    start, end, _ = tokens[i]
    tokens[i:i + 1] = [[start, start + 3, "Kor"], [start + 3, end, "ean"]]


def _token_split_under_another_name(data: dict) -> None:
    """"Korean" split unrecorded, and the tokenizer renamed: V267 judges no tokenizer it does not know."""
    _token_split(data)
    data["tokenizer"]["name"] = "spacy"


def _token_merged(data: dict) -> None:
    """"win" and the comma after it merged into one token "win," (the quote's content ends after both)."""
    tokens = data["tokens"]
    i = next(i for i, t in enumerate(tokens) if t[2] == "win")
    tokens[i:i + 2] = [[tokens[i][0], tokens[i + 1][1], "win,"]]


def _sentence_ends_inside_a_name(data: dict, recorded: bool = True) -> None:
    """The first sentence ended inside `Vostochny Cosmodrome` (a mention of no relation): `... at the Vostochny` |
    `Cosmodrome.`; the start added counted in `sentence_corrections` unless not `recorded`."""
    first = data["sentences"][0]
    cut = SAMPLE_TEXT.index("Cosmodrome")
    data["sentences"][0:1] = [{"start": first["start"], "end": cut - 1, "text": SAMPLE_TEXT[first["start"]:cut - 1]},
                              {"start": cut, "end": first["end"], "text": SAMPLE_TEXT[cut:first["end"]]}]
    if recorded:
        data["tokenizer"]["sentence_corrections"] = 1  # counted, the boundary is still wrong where it lies (V240)


def _sentence_split_by_hand(data: dict) -> None:
    """The first sentence split by hand between two words of no mention (`... met` | `President ...`), uncounted."""
    first = data["sentences"][0]
    cut = SAMPLE_TEXT.index("President")
    data["sentences"][0:1] = [{"start": first["start"], "end": cut - 1, "text": SAMPLE_TEXT[first["start"]:cut - 1]},
                              {"start": cut, "end": first["end"], "text": SAMPLE_TEXT[cut:first["end"]]}]


def _sentences_merged(data: dict) -> None:
    """The two sentences, one per line and zone, made one."""
    first, second = data["sentences"]
    data["sentences"] = [{"start": first["start"], "end": second["end"], "text": SAMPLE_TEXT}]


DATED_TEXT = "MOSCOW, September 13, 2023\n" + SAMPLE_TEXT


def _dated(change: Callable[[dict], None]) -> dict[str, bytes]:
    """The sample's annotations over DATED_TEXT (a dateline line before it: a dateline zone, the article
    dated as it shows), located again, then `change`d: the raw text and the document."""
    return _first_line(DATED_TEXT, "dateline", {"date": "2023-09-13"}, change)


#: the sample's text under a headline
HEADED_TEXT = "Kim Meets Putin at Russia's Space Base\n" + SAMPLE_TEXT


def _headed(change: Callable[[dict], None]) -> dict[str, bytes]:
    """The sample's annotations over HEADED_TEXT (a headline zone, the title as it shows), then `change`d."""
    return _first_line(HEADED_TEXT, "headline", {"title": HEADED_TEXT.split("\n")[0]}, change)


def _first_line(t: str, kind: str, meta: dict, change: Callable[[dict], None]) -> dict[str, bytes]:
    """The sample's annotations over `t` (a line before the sample's: a zone of `kind`, and `meta` as it shows),
    located again, then `change`d: the raw text and the document."""
    from vostochny.model.scaffold import empty_document

    doc = sample_document()
    base = empty_document(SAMPLE_ID, t, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc.update({key: base[key] for key in ("sha256", "length", "tokens", "sentences", "tokenizer")})
    doc["zones"] = [{"kind": kind if i == 0 else "body", **_located(t, line)} for i, line in enumerate(t.split("\n"))]
    for m in doc["mentions"]:
        m.update(_located(t, m["text"], "he said" if m["id"] == "m5" else ""))
    doc["quotes"][0].update(content=[_located(t, "We will win,")], cue=_located(t, "said"))
    doc["meta"].update(meta)
    change(doc)
    return {DOC: dump(doc), f"raw/{SAMPLE_ID}.txt": t.encode("utf-8")}


def _relabelled_dateline(kind: str, date: str) -> Callable[[dict], None]:
    """The dateline zone labelled `kind`, and the article dated `date` (the dateline shows 2023-09-13)."""
    def change(doc: dict) -> None:
        doc["zones"][0]["kind"] = kind
        doc["meta"]["date"] = date
    return change


#: the kind of the zone `_line_added` adds
ADDED_ZONE_KIND = f"/zones/{len(sample_document()['zones'])}/kind"


#: a line whose sentence goes on after a title (V478)
TITLE_LINE = "No one should help Mr. Putin now."


def _split_after_the_title(doc: dict) -> None:
    """TITLE_LINE's sentence split after `Mr.` and the start counted: a title ends no sentence (V478)."""
    t = SAMPLE_TEXT + "\n" + TITLE_LINE
    first, second = _located(t, "No one should help Mr."), _located(t, "Putin now.")
    doc["sentences"][-1:] = [first, second]
    doc["tokenizer"]["sentence_corrections"] = 1


#: a line whose sentence closes a quote (V479)
CLOSED_LINE = 'The sign read: "Closed."'


def _closing_mark_split_off(doc: dict) -> None:
    """CLOSED_LINE's closing quote mark split off into a sentence of its own and the start counted (V479)."""
    t = SAMPLE_TEXT + "\n" + CLOSED_LINE
    doc["sentences"][-1:] = [_located(t, CLOSED_LINE[:-1]), {**_located(t, CLOSED_LINE), "start": len(t) - 1,
                                                               "text": '"'}]
    doc["tokenizer"]["sentence_corrections"] = 1


#: the sample's text under a dateline that opens its first line (V250)
PREFIXED_TEXT = "MOSCOW (AP) \u2014 " + SAMPLE_TEXT


def _dash_in_the_paragraph(doc: dict) -> None:
    """The dateline that opens the first line ended before its dash, the dash given to the paragraph (V250)."""
    line = PREFIXED_TEXT.split("\n")[0]
    doc["zones"][0:1] = [{"kind": "dateline", **_located(PREFIXED_TEXT, "MOSCOW (AP)")},
                         {"kind": "body", **_located(PREFIXED_TEXT, line[line.index("\u2014"):])}]


#: a credit line at the end of an article
CREDIT_LINE = "(Reporting by Jane Doe; Editing by John Roe)"


def _line_added(line: str, kind: str, change: Callable[[dict], None],
                registry: Callable[[dict], None] | None = None) -> dict[str, bytes]:
    """The sample with `line` added at the end of its text as a zone of `kind` (every offset of the sample stays),
    its tokens and sentences made again, then `change`d: the raw text and the document (and the registry
    `registry` changes)."""
    from vostochny.model.scaffold import empty_document

    doc, t = sample_document(), SAMPLE_TEXT + "\n" + line
    base = empty_document(SAMPLE_ID, t, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc.update({key: base[key] for key in ("sha256", "length", "tokens", "sentences", "tokenizer")})
    doc["zones"].append({"kind": kind, **_located(t, line)})
    change(doc)
    files = {DOC: dump(doc), f"raw/{SAMPLE_ID}.txt": t.encode("utf-8")}
    return files | ({REGISTRY: registry_with(registry)} if registry else {})


ADDRESS_LINE = "Reported from Vladivostok, Russia."


def _address_reversed(doc: dict, line: str = ADDRESS_LINE) -> None:
    """The byline's places, linked, and LOCATED_IN(Russia, Vladivostok): the address the other way round (V271)."""
    t = SAMPLE_TEXT + "\n" + line
    doc["entities"] += [{"id": "e6", "type": "GPE", "name": "Vladivostok", "kb_id": "vladivostok"},
                        {"id": "e7", "type": "GPE", "name": "Russia", "kb_id": "russia"}]
    doc["mentions"] += [{"id": "m7", **_located(t, "Vladivostok"), "entity": "e6", "kind": "name", "metonymy": False},
                        {"id": "m8", **_located(t, "Russia"), "entity": "e7", "kind": "name", "metonymy": False}]
    doc["relations"].append({"id": "r3", "type": "LOCATED_IN", "head": "m8", "tail": "m7", "factuality": "asserted"})


def _unverified(*records: tuple[str, str]) -> Callable[[dict], None]:
    """A change of the registry that adds a record of each (type, name), its id the name's slug, its link unverified."""
    def change(registry: dict) -> None:
        registry["entities"] += [{"id": name.lower().replace(" ", "-"), "type": kind, "name": name, "aliases": [],
                                  "wikidata": {"status": "unverified"}} for kind, name in records]
    return change


_place_records = _unverified(("GPE", "Vladivostok"), ("GPE", "Russia"))


#: a body paragraph with a place written before a state's name (V271 reads it where the registry classes the state)
STATE_LINE = "Kim flew on to Vladivostok, Russia."


def _state_after_place_reversed(doc: dict) -> None:
    """The paragraph's places, linked, and LOCATED_IN(Russia, Vladivostok): the place written before the state lies in
    it (V271)."""
    _address_reversed(doc, STATE_LINE)


#: a body paragraph with a place written before another after `in` (V434 reads it whatever the registry says)
IN_LINE = "Kim flew on to Vladivostok in Russia."


def _place_in_place_reversed(doc: dict) -> None:
    """The paragraph's places, linked to records the registry does not class, and LOCATED_IN(Russia, Vladivostok): the
    place written before `in` lies in the other (V434)."""
    _address_reversed(doc, IN_LINE)


def _classed_place_records(registry: dict) -> None:
    """The places' records, Russia's classed a country (its Wikidata item, as the corpus's registry has it)."""
    _place_records(registry)
    registry["entities"][-1]["wikidata"] = {"status": "verified", "qid": "Q159", "instance_of": "country",
                                            "sources": RUSSIA_SOURCES}


#: Russia's evidence as `scripts/annotation/wikidata_evidence.json` records it (its first and third sources: the
#: third shows its class)
RUSSIA_SOURCES = [
    {"where": "find_string 'Russia (Q', public GitHub file id 55732336378",
     "what": 'citizenship filter "present-day Russia (Q159) only; USSR (Q15180) is dropped"'},
    {"where": "find_string '\"Q884\"', public GitHub file id 59200474487",
     "what": 'QID-to-country map "Q159": "Russia"'}]
#: sources that show Kim Jong Un's item beside Vladimir Putin's name: a misread table, the case of V308
PUTIN_WITH_KIMS_QID = [
    {"where": "https://example.org/planted/leaders", "what": 'row ("Q56226", "Vladimir Putin", "RUS")'},
    {"where": "https://example.org/planted/page", "what": '"Vladimir Putin": "Q56226"'}]


def _one_source_twice(registry: dict) -> None:
    """Putin's second source found where his first was (its `where` differing in case and spacing alone)."""
    first, second = registry["entities"][2]["wikidata"]["sources"]
    second["where"] = " " + first["where"].upper()


def _wikidata_swapped(registry: dict, key: str | None) -> None:
    """Kim Jong Un's and Vladimir Putin's Wikidata links exchanged: whole (key None), or only their `key`."""
    kim, putin = registry["entities"][0]["wikidata"], registry["entities"][2]["wikidata"]
    if key is None:
        registry["entities"][0]["wikidata"], registry["entities"][2]["wikidata"] = putin, kim
    else:
        kim[key], putin[key] = putin[key], kim[key]


MIXED_LINE = "He said they would \u201ccooperate\u201d fully."


def _mixed_as_indirect(doc: dict) -> None:
    """Kim's words "they would “cooperate” fully", a reported clause with a quoted word, labelled indirect (V274)."""
    _quoted_line(doc, MIXED_LINE, [("m7", "He", "e2", "pronoun"), ("m8", "they", "e1", "pronoun")],
                 "they would \u201ccooperate\u201d fully", "indirect")


#: a paragraph of reporting that states no relation and attributes nothing, its mentions alone (V275 as boilerplate)
def _kim_alias(registry: dict) -> None:
    """Kim's record with his short name, as the corpus's registry has it (a name mention `Kim` is one of his)."""
    registry["entities"][0]["aliases"].append("Kim")


REPORTING_LINE = "The world relies largely on North Korean media for news of Kim."


def _line_mentions(doc: dict, line: str, *found: tuple[str, str, str]) -> None:
    """Mentions (words, entity, kind) in the line added to the sample (`_line_added`), m7 on."""
    t = SAMPLE_TEXT + "\n" + line
    doc["mentions"] += [{"id": f"m{n}", **_located(t, words, line), "entity": entity, "kind": kind, "metonymy": False}
                        for n, (words, entity, kind) in enumerate(found, 7)]


def _line_related(doc: dict, line: str, found: tuple[tuple[str, str, str], ...],
                  *relations: tuple[str, str, str, str]) -> None:
    """`found`'s mentions in the line (`_line_mentions`, m7 on) and `relations` (type, head, tail, factuality) among
    them, r3 on."""
    _line_mentions(doc, line, *found)
    doc["relations"] += [{"id": f"r{n}", "type": kind, "head": head, "tail": tail, "factuality": factuality}
                         for n, (kind, head, tail, factuality) in enumerate(relations, 3)]


def _two_names_related(doc: dict, line: str, first: tuple[str, str, str], second: tuple[str, str, str], kind: str,
                       head: str = "m7") -> None:
    """`line`'s two names `first` and `second` (type, name, registry id; in the line's order) as entities e6 and e7
    with mentions m7 and m8, and an asserted relation r3 of `kind` headed by `head` (m7 or m8), the other its tail."""
    doc["entities"] += [{"id": f"e{n}", "type": kind_of, "name": name, "kb_id": kb_id}
                        for n, (kind_of, name, kb_id) in enumerate((first, second), 6)]
    _line_mentions(doc, line, (first[1], "e6", "name"), (second[1], "e7", "name"))
    doc["relations"].append({"id": "r3", "type": kind, "head": head, "tail": "m8" if head == "m7" else "m7",
                             "factuality": "asserted"})


def _reporting_mentions(doc: dict) -> None:
    """The paragraph's mentions of the body's entities: `North Korean` (e1) and `Kim` (e2)."""
    _line_mentions(doc, REPORTING_LINE, ("North Korean", "e1", "name"), ("Kim", "e2", "name"))


#: a subheading of the corpus, its line labelled body (V276: it ends no sentence)
HEADING_LINE = "Kim Jong Un to meet Putin"


def _nothing(doc: dict) -> None:
    """No change: the line, without mentions, is the case."""


def _heading_names(doc: dict) -> None:
    """Kim's name in `HEADING_LINE`, annotated as it is in the sample (V367): the line's label is the case (`Putin`
    alone is no name of the sample's registry, V281)."""
    t = SAMPLE_TEXT + "\n" + HEADING_LINE
    doc["mentions"].append({"id": "m7", **_located(t, "Kim Jong Un", HEADING_LINE), "entity": "e2", "kind": "name",
                            "metonymy": False})


def _outlet_record(registry: dict) -> None:
    registry["entities"].append({"id": "reuters", "type": "ORG", "name": "Reuters", "aliases": [],
                                 "wikidata": {"status": "unverified"}})


#: the sample's text with three lines between its two, the last naming Kim again: Putin is named four sentences
#: before the quote's `he` (V375)
FAR_TEXT = SAMPLE_TEXT.replace("\n", "\nThe talks lasted hours.\nThe aides left late.\nKim Jong Un left at night.\n", 1)


def _he_of_putin_far_off(doc: dict) -> None:
    """Kim named again just before the quote, and the quote's `he` (Kim's) moved to Putin, named four sentences
    before: a pronoun moved to another chain that agrees with it in gender and number (V375)."""
    doc["mentions"].append({"id": "m7", **_located(FAR_TEXT, "Kim Jong Un", "Kim Jong Un left"), "entity": "e2",
                            "kind": "name", "metonymy": False})
    doc["mentions"][4]["entity"] = "e3"


def _shells_record(registry: dict) -> None:
    registry["entities"].append({"id": "shells", "type": "WEA", "name": "shells", "aliases": [],
                                 "wikidata": {"status": "no-entry"}})


#: a line that coordinates the shells with rockets (V377)
ROCKETS_LINE = "The shells and the rockets were ready."


def _rockets_merged_into_the_shells(doc: dict) -> None:
    """ROCKETS_LINE's two conjuncts, both in the shells' entity: two referents merged into one chain (V377)."""
    t = SAMPLE_TEXT + "\n" + ROCKETS_LINE
    doc["mentions"] += [
        {"id": "m7", **_located(t, "The shells"), "entity": "e5", "kind": "nominal", "metonymy": False},
        {"id": "m8", **_located(t, "the rockets"), "entity": "e5", "kind": "nominal", "metonymy": False}]


#: a weapon class of another head than the sample's shells (V390)
TANKS_LINE = "The tanks were ready."


def _tanks_merged_into_the_shells(doc: dict) -> None:
    """TANKS_LINE's `The tanks` in the entity of the sample's `the shells`, linked to no record: two weapon classes
    in one chain (V390)."""
    doc["mentions"].append({"id": "m7", **_located(SAMPLE_TEXT + "\n" + TANKS_LINE, "The tanks"), "entity": "e5",
                            "kind": "nominal", "metonymy": False})


#: a paragraph of reporting that takes Kim up from the body (V378)
HIS_TRAIN_LINE = "His train left the region late at night."


def _his_train(doc: dict) -> None:
    """HIS_TRAIN_LINE's `His`, Kim's (its line labelled boilerplate is the case)."""
    doc["mentions"].append({"id": "m7", **_located(SAMPLE_TEXT + "\n" + HIS_TRAIN_LINE, "His"), "entity": "e2",
                            "kind": "pronoun", "metonymy": False})


#: a paragraph of reporting whose `it` refers to what it names itself (V378)
COUNCIL_LINE = "Vladimir Putin praised the council for the first time since it opened."


def _council(doc: dict) -> None:
    """COUNCIL_LINE's mentions: Putin (e3), and `the council` and its `it` (a new ORG, e6); its line labelled
    boilerplate is the case."""
    doc["entities"].append({"id": "e6", "type": "ORG", "name": "council", "kb_id": None})
    _line_mentions(doc, COUNCIL_LINE, ("Vladimir Putin", "e3", "name"), ("the council", "e6", "nominal"),
                   ("it", "e6", "pronoun"))


#: lines whose nominal is cut off its head noun (V416-V418): a nationality before `officials`, the `artillery` of the
#: shells (e5, whose `the shells` ends on `shells`), `Vostochny` that the sample holds only before `Cosmodrome`
CUT_HEAD_LINES = {"V416": "He met the North Korean officials.", "V417": "He saw the artillery shells.",
                  "V418": "He saw the Vostochny rockets."}


def _head_cut_off(code: str) -> dict[str, bytes]:
    """The sample with the line of `CUT_HEAD_LINES` for `code` added: its `He` (e2) and its nominal cut before its
    head noun (a new PER for the officials, with `North Korean` of e1 nested; e5; a new WEA for the rockets)."""
    line = CUT_HEAD_LINES[code]

    def change(doc: dict) -> None:
        entity = {"V416": ("e6", "PER", "officials"), "V418": ("e6", "WEA", "rockets")}.get(code)
        if entity:
            doc["entities"].append(dict(zip(("id", "type", "name"), entity, strict=True)) | {"kb_id": None})
        cut = line.removeprefix("He met ").removeprefix("He saw ").rsplit(" ", 1)[0]
        nested = (("North Korean", "e1", "name"),) if code == "V416" else ()
        _line_mentions(doc, line, ("He", "e2", "pronoun"), (cut, entity[0] if entity else "e5", "nominal"), *nested)
    return _line_added(line, "body", change)


#: a line that reports what photos show (V379)
PHOTOS_LINE = "According to photos released by North Korean media, Kim Jong Un waved."


def _photos_as_writing(doc: dict) -> None:
    """PHOTOS_LINE's mentions and its quote, attributed as `writing`: what photos show is `evidence` (V379)."""
    t = SAMPLE_TEXT + "\n" + PHOTOS_LINE
    doc["entities"].append({"id": "e6", "type": "ORG", "name": "North Korean media", "kb_id": None})
    doc["mentions"] += [
        {"id": "m7", **_located(t, "North Korean media"), "entity": "e6", "kind": "nominal", "metonymy": False},
        {"id": "m8", **_located(t, "North Korean", PHOTOS_LINE), "entity": "e1", "kind": "name", "metonymy": False},
        {"id": "m9", **_located(t, "Kim Jong Un", PHOTOS_LINE), "entity": "e2", "kind": "name", "metonymy": False}]
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, "Kim Jong Un waved")],
                          "cue": _located(t, "According to"), "speaker": "m7", "attribution": "writing"})


#: a line whose transfer names its two parties by no verb V360 reads (V411)
NEEDS_LINE = "Kim Jong Un has shells that Vladimir Putin needs."


def _two_suppliers(doc: dict) -> None:
    """NEEDS_LINE's mentions, SUPPLIES(Kim Jong Un, shells) and SUPPLIES(Vladimir Putin, shells): the one who needs
    them is their recipient, and the item is left with two suppliers (V411)."""
    _line_related(doc, NEEDS_LINE, (("Kim Jong Un", "e2", "name"), ("shells", "e5", "nominal"),
                                    ("Vladimir Putin", "e3", "name")),
                  ("SUPPLIES", "m7", "m8", "possible"), ("SUPPLIES", "m9", "m8", "possible"))


def _address_possible(doc: dict) -> None:
    """STATE_LINE's places, linked, and LOCATED_IN(Vladivostok, Russia) `possible`: an address is the writer's
    description (V412)."""
    _address_reversed(doc, STATE_LINE)
    doc["relations"][-1].update(head="m7", tail="m8", factuality="possible")


#: a line of two clauses a semicolon parts, the meeting in the second (V420)
PARTED_LINE = "Kim Jong Un waited; Vladimir Putin met the press."


def _meeting_across_semicolon(doc: dict) -> None:
    """PARTED_LINE's mentions and MEETS(Kim Jong Un, Vladimir Putin): Kim waits in one clause, Putin meets the press
    in the other, and no mention of either is on the other's side (V420)."""
    _line_mentions(doc, PARTED_LINE, ("Kim Jong Un", "e2", "name"), ("Vladimir Putin", "e3", "name"))
    doc["relations"].append({"id": "r3", "type": "MEETS", "head": "m7", "tail": "m8", "factuality": "asserted"})


#: a line whose transfer is reported by another party than its supplier (V421)
REPORTED_LINE = "Vladimir Putin said that Kim Jong Un would supply shells."


def _reporter_as_supplier(doc: dict) -> None:
    """REPORTED_LINE's mentions, its indirect quote, and SUPPLIES(Vladimir Putin, shells): Putin reports the clause
    whose subject, Kim, supplies (V421)."""
    t = SAMPLE_TEXT + "\n" + REPORTED_LINE
    _line_mentions(doc, REPORTED_LINE, ("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                   ("shells", "e5", "nominal"))
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, "Kim Jong Un would supply shells")],
                          "cue": _located(t, "said", REPORTED_LINE), "speaker": "m7", "attribution": "speech"})
    doc["relations"].append({"id": "r3", "type": "SUPPLIES", "head": "m7", "tail": "m9", "factuality": "possible"})


#: a line whose journey's traveller is the object of a verb of inviting, the infinitive's subject (V421)
INVITED_LINE = "Vladimir Putin invited Kim Jong Un to visit the Vostochny Cosmodrome."


def _inviter_as_traveller(doc: dict) -> None:
    """INVITED_LINE's mentions and TRAVELS_TO(Vladimir Putin, Vostochny Cosmodrome): Putin invites, Kim would travel
    (V421)."""
    _line_related(doc, INVITED_LINE, (("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                                      ("Vostochny Cosmodrome", "e4", "name")), ("TRAVELS_TO", "m7", "m9", "possible"))


#: a line whose transfer is for a war fought in a third state (V476)
WAR_SALE_LINE = "Kim Jong Un sold shells to Vladimir Putin for the war in Ukraine."


def _war_place_as_supplier(doc: dict) -> None:
    """WAR_SALE_LINE's mentions, Ukraine (e6) among them, and SUPPLIES(Ukraine, shells): the war is fought in
    Ukraine, which neither supplies nor receives (V476)."""
    doc["entities"].append({"id": "e6", "type": "GPE", "name": "Ukraine", "kb_id": "ukraine"})
    _line_related(doc, WAR_SALE_LINE, (("Kim Jong Un", "e2", "name"), ("shells", "e5", "nominal"),
                                       ("Vladimir Putin", "e3", "name"), ("Ukraine", "e6", "name")),
                  ("SUPPLIES", "m7", "m8", "asserted"), ("RECEIVES", "m9", "m8", "asserted"),
                  ("SUPPLIES", "m10", "m8", "asserted"))


#: a line whose traveller flies to a city for talks with its host (V473)
MET_LINE = "Kim Jong Un flew to Vladivostok for talks with Vladimir Putin."


def _met_party_as_traveller(doc: dict) -> None:
    """MET_LINE's mentions, Vladivostok (e6) among them, TRAVELS_TO(Kim Jong Un, Vladivostok), MEETS(Kim Jong Un,
    Vladimir Putin) and TRAVELS_TO(Vladimir Putin, Vladivostok): Putin is the party met after `talks with`, not a
    traveller (V473)."""
    doc["entities"].append({"id": "e6", "type": "GPE", "name": "Vladivostok", "kb_id": "vladivostok"})
    _line_related(doc, MET_LINE, (("Kim Jong Un", "e2", "name"), ("Vladivostok", "e6", "name"),
                                  ("Vladimir Putin", "e3", "name")),
                  ("TRAVELS_TO", "m7", "m8", "asserted"), ("MEETS", "m7", "m9", "asserted"),
                  ("TRAVELS_TO", "m9", "m8", "asserted"))


#: a line whose transfer's recipient follows the item after `to` (V397)
SOLD_TO_LINE = "Kim Jong Un sold shells to Vladimir Putin."


def _recipient_typed_supplier(doc: dict) -> None:
    """SOLD_TO_LINE's mentions, SUPPLIES(Kim Jong Un, shells) and SUPPLIES(Vladimir Putin, shells): what goes `to`
    Putin he receives (V397)."""
    _line_related(doc, SOLD_TO_LINE, (("Kim Jong Un", "e2", "name"), ("shells", "e5", "nominal"),
                                      ("Vladimir Putin", "e3", "name")),
                  ("SUPPLIES", "m7", "m8", "asserted"), ("SUPPLIES", "m9", "m8", "asserted"))


#: a line whose sale is stated as done, with a hedge after it (V422) and a negation after it (V423), and a line
#: whose buyer is named by its bid (V424)
AHEAD_LINE = "Kim Jong Un sold shells ahead of the talks."
NOT_ROCKETS_LINE = "Kim Jong Un sold shells, not rockets."
BID_LINE = "Vladimir Putin's bid to buy shells goes on."


def _one_transfer(line: str, party: str, entity: str, kind: str, factuality: str) -> Callable[[dict], None]:
    """The change that gives `line`'s `party` (of `entity`) and `shells` (e5) mentions and a transfer of `kind`
    labelled `factuality` between them."""
    def change(doc: dict) -> None:
        _line_mentions(doc, line, (party, entity, "name"), ("shells", "e5", "nominal"))
        doc["relations"].append({"id": "r3", "type": kind, "head": "m7", "tail": "m8", "factuality": factuality})
    return change


#: a line whose buyer's bid is its adjective's (V424, thirty-second session)
ADJECTIVE_BID_LINE = "Russia backs Russian efforts to buy shells."


#: the same after a capitalised possessive (V424, thirty-third session: `Moscow's` was taken for a longer name's)
ADJECTIVE_BID_AFTER_POSSESSIVE_LINE = "Russia backs Moscow's Russian efforts to buy shells."


def _buyer_by_adjective_after_possessive(doc: dict) -> None:
    """ADJECTIVE_BID_AFTER_POSSESSIVE_LINE's Russia (e6) and shells, SUPPLIES(Russia, shells): the adjective after a
    possessive stands for the buyer too (V424)."""
    _place_entity(doc, "Russia")
    _one_transfer(ADJECTIVE_BID_AFTER_POSSESSIVE_LINE, "Russia", "e6", "SUPPLIES", "possible")(doc)


def _buyer_by_adjective_typed_supplier(doc: dict) -> None:
    """ADJECTIVE_BID_LINE's Russia (e6) and shells, SUPPLIES(Russia, shells): the state's adjective before `efforts to
    buy` stands for it, the buyer (V424); the adjective unmarked."""
    _place_entity(doc, "Russia")
    _one_transfer(ADJECTIVE_BID_LINE, "Russia", "e6", "SUPPLIES", "possible")(doc)


#: a line whose main clause's subject seeks more besides the item that `in addition to` adds (V424, thirty-third
#: session)
ADDED_LINE = "In addition to shells, Kim Jong Un is also seeking food."


def _buyer_in_addition_typed_supplier(doc: dict) -> None:
    """ADDED_LINE's shells and Kim Jong Un (e2), SUPPLIES(Kim Jong Un, shells): `is also seeking` after the phrase of
    adding makes him the one who seeks the shells too, their buyer (V424)."""
    _line_mentions(doc, ADDED_LINE, ("shells", "e5", "nominal"), ("Kim Jong Un", "e2", "name"))
    doc["relations"].append({"id": "r3", "type": "SUPPLIES", "head": "m8", "tail": "m7", "factuality": "possible"})


#: a line whose subject seeks more besides the item that `in addition to` adds in an aside after it (V424,
#: thirty-fifth session)
ADDED_ASIDE_LINE = "Kim Jong Un, in addition to shells, is also seeking food."


def _buyer_in_addition_aside_typed_supplier(doc: dict) -> None:
    """ADDED_ASIDE_LINE's Kim Jong Un (e2) and shells, SUPPLIES(Kim Jong Un, shells): `is also seeking` after the
    aside of adding makes him the one who seeks the shells too, their buyer (V424)."""
    _line_mentions(doc, ADDED_ASIDE_LINE, ("Kim Jong Un", "e2", "name"), ("shells", "e5", "nominal"))
    doc["relations"].append({"id": "r3", "type": "SUPPLIES", "head": "m7", "tail": "m8", "factuality": "possible"})


#: a line whose title names both conjuncts of the list after it (V362, thirty-second session)
TITLE_LIST_LINE = "North Korean officials Kim Jong Un and Vladimir Putin watched."


def _title_list_conjunct_reported(doc: dict) -> None:
    """TITLE_LIST_LINE's mentions, OFFICIAL_OF(Kim Jong Un, North Korean) `asserted` and OFFICIAL_OF(Vladimir Putin,
    North Korean) `reported`: the title names the second conjunct too (V362)."""
    _line_related(doc, TITLE_LIST_LINE, (("North Korean", "e1", "name"), ("Kim Jong Un", "e2", "name"),
                                         ("Vladimir Putin", "e3", "name")),
                  ("OFFICIAL_OF", "m8", "m7", "asserted"), ("OFFICIAL_OF", "m9", "m7", "reported"))


#: a line whose party an apposition names a supplier of the item (V467, thirty-second session)
SUPPLIER_LINE = "Kim Jong Un, a big supplier of shells, smiled."


#: a line whose sale a modal before a verb of asking for governs (V368, thirty-second session)
DEMAND_LINE = "Officials would demand shells from Kim Jong Un."


def _place_entity(doc: dict, place: str) -> None:
    """The GPE entity e6 of `place`, linked to its record (`_place_records`)."""
    doc["entities"].append({"id": "e6", "type": "GPE", "name": place, "kb_id": place.lower()})


def _place_record(kept: int) -> Callable[[dict], None]:
    """The registry with `_place_records`' record `kept` alone (0 Vladivostok, 1 Russia): no record left unused
    (V302)."""
    def change(registry: dict) -> None:
        _place_records(registry)
        del registry["entities"][-2 + (1 - kept)]
    return change


#: a line whose traveller a verb of travel joins to the place it goes to (V398)
ARRIVED_LINE = "Kim Jong Un arrived in Vladivostok."


def _traveller_typed_official(doc: dict) -> None:
    """ARRIVED_LINE's mentions and OFFICIAL_OF(Kim Jong Un, Vladivostok): `arrived in` states a journey (V398)."""
    _place_entity(doc, "Vladivostok")
    _line_mentions(doc, ARRIVED_LINE, ("Kim Jong Un", "e2", "name"), ("Vladivostok", "e6", "name"))
    doc["relations"].append({"id": "r3", "type": "OFFICIAL_OF", "head": "m7", "tail": "m8", "factuality": "asserted"})


#: a line whose possessive joins an organ to its state (V399)
NAVY_LINE = "Russia\u2019s navy sailed."


def _organ_typed_traveller(doc: dict) -> None:
    """NAVY_LINE's mentions and TRAVELS_TO(Russia's navy, Russia): a possessor inside its organ states no journey
    (V399)."""
    _place_entity(doc, "Russia")
    doc["entities"].append({"id": "e7", "type": "ORG", "name": "Russian navy", "kb_id": None})
    _line_mentions(doc, NAVY_LINE, ("Russia", "e6", "name"), ("Russia\u2019s navy", "e7", "nominal"))
    doc["relations"].append({"id": "r3", "type": "TRAVELS_TO", "head": "m8", "tail": "m7", "factuality": "asserted"})


#: a line with a pronoun of a state (V400)
KEPT_LINE = "Russia kept its word."


def _pronoun_metonymic(doc: dict) -> None:
    """KEPT_LINE's mentions, its pronoun `its` marked metonymic: metonymy is a place's name (V400)."""
    _place_entity(doc, "Russia")
    _line_mentions(doc, KEPT_LINE, ("Russia", "e6", "name"), ("its", "e6", "pronoun"))
    doc["mentions"][-1]["metonymy"] = True


def _cut_to_its_article(doc: dict) -> None:
    """The sample's `the shells` (m6) cut back to its article `the`: a mention of no referent (V345)."""
    span = _span_of("the shells")
    doc["mentions"][5].update(span, end=span["start"] + len("the"), text="the")


def _sentences_joined_and_counted(doc: dict) -> None:
    """The sample's two sentences (one paragraph over its two lines) joined into one and the join counted: the first
    ends with a full stop, and no span crosses the boundary removed (V283)."""
    doc["zones"] = [{"kind": "body", **_span_of(SAMPLE_TEXT)}]
    doc["sentences"] = [_span_of(SAMPLE_TEXT)]
    doc["tokenizer"]["sentence_corrections"] = 1


def _sentence_split_and_counted(doc: dict) -> None:
    """The sample's first sentence split before `at the Vostochny Cosmodrome.` and the split counted: no final mark
    ends the text before the start added (V283)."""
    first = SAMPLE_TEXT.split("\n")[0]
    doc["sentences"][0:1] = [_span_of(first[:first.index(" at the")]), _span_of(first[first.index("at the"):])]
    doc["tokenizer"]["sentence_corrections"] = 1


#: words said in a briefing (V261)
BRIEFING_LINE = "He said in a briefing that the shells were ready."


def _briefing_as_writing(doc: dict) -> None:
    """BRIEFING_LINE's quote, Kim's words spoken in a briefing, as `writing` (V261)."""
    t = SAMPLE_TEXT + "\n" + BRIEFING_LINE
    _line_mentions(doc, BRIEFING_LINE, ("He", "e2", "pronoun"), ("the shells", "e5", "nominal"))
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, "the shells were ready")],
                          "cue": _located(t, "said", BRIEFING_LINE), "speaker": "m7", "attribution": "writing"})


#: a line whose quote's cue a contributor moved from `said` to `accepted` (V380)
ACCEPTED_LINE = "He accepted the shells and said they would help."


def _cue_on_accepted(doc: dict) -> None:
    """ACCEPTED_LINE's mentions and its quote, whose cue is `accepted`, a verb of no speech act (V380: any word in
    `-ed` passed until the twenty-fourth session)."""
    _line_mentions(doc, ACCEPTED_LINE, ("He", "e2", "pronoun"), ("the shells", "e5", "nominal"),
                   ("they", "e5", "pronoun"))
    _said_on_line(doc, ACCEPTED_LINE, "they would help", "accepted", "m7")


def _said_on_line(doc: dict, line: str, content: str, cue: str, speaker: str | None) -> None:
    """An indirect spoken quote q2 on the line added to the sample (`_line_added`): its content's and cue's first
    spans in the text (the content's after the sample's text), its speaker the mention `speaker`."""
    t = SAMPLE_TEXT + "\n" + line
    doc["quotes"].append({"id": "q2", "kind": "indirect", "content": [_located(t, content)],
                          "cue": _located(t, cue, line), "speaker": speaker, "attribution": "speech"})


#: a line whose quote's speaker a contributor moved from the cue's subject to another person (V402)
BESIDE_LINE = "He confirmed beside Vladimir Putin that the shells would help."


def _speaker_beside(doc: dict) -> None:
    """BESIDE_LINE's mentions and its quote, whose speaker is Vladimir Putin (m8), not `He` (m7), the subject right
    before the cue `confirmed` (V402)."""
    _line_mentions(doc, BESIDE_LINE, ("He", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, BESIDE_LINE, "the shells would help", "confirmed", "m8")


#: a line of two reports by one speaker, the second's speaker a contributor moved into the first's words (V437)
REPORTS_LINE = "He, on Monday, confirmed that Vladimir Putin had left and said the shells would help."


def _speaker_in_another_report(doc: dict) -> None:
    """REPORTS_LINE's mentions and its two quotes, He's (m7): q2 cued `confirmed`, and q3 cued `said`, whose speaker
    is Vladimir Putin (m8), a word of q2's content that its cue lies outside (V437)."""
    _line_mentions(doc, REPORTS_LINE, ("He", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, REPORTS_LINE, "Vladimir Putin had left", "confirmed", "m7")
    t = SAMPLE_TEXT + "\n" + REPORTS_LINE
    doc["quotes"].append({"id": "q3", "kind": "indirect", "content": [_located(t, "the shells would help")],
                          "cue": _located(t, "said", REPORTS_LINE), "speaker": "m8", "attribution": "speech"})


#: a line of a news agency's report (V438)
AGENCY_LINE = "The Korean Central News Agency said the shells would help."


def _agency_heard(doc: dict) -> None:
    """AGENCY_LINE's mentions and its quote, the agency's bare `said` (m7, e6), typed `speech`: its dispatch is
    `writing` (V438)."""
    doc["entities"].append({"id": "e6", "type": "ORG", "name": "Korean Central News Agency",
                            "kb_id": "korean-central-news-agency"})
    _line_mentions(doc, AGENCY_LINE, ("Korean Central News Agency", "e6", "name"), ("the shells", "e5", "nominal"))
    _said_on_line(doc, AGENCY_LINE, "the shells would help", "said", "m7")


#: a line whose direct quote's `I` a contributor moved from its speaker's entity to another person's (V428)
I_LINE = "\u201cI will win,\u201d Vladimir Putin said."


def _i_of_kim(doc: dict) -> None:
    """I_LINE's mentions and its quote, spoken by Vladimir Putin (m8, e3), its `I` (m7) in Kim Jong Un's entity (e2)
    (V428)."""
    t = SAMPLE_TEXT + "\n" + I_LINE
    _line_mentions(doc, I_LINE, ("I", "e2", "pronoun"), ("Vladimir Putin", "e3", "name"))
    doc["quotes"].append({"id": "q2", "kind": "direct", "content": [_located(t, "I will win,", I_LINE)],
                          "cue": _located(t, "said", I_LINE), "speaker": "m8", "attribution": "speech"})


#: a line whose quote's speaker a contributor set to a mention of the sentence before the cue's (V432)
EARLIER_LINE = "Vladimir Putin flew home. He said the shells would help."


def _speaker_a_sentence_early(doc: dict) -> None:
    """EARLIER_LINE's mentions and its quote, whose speaker is Vladimir Putin (m7) of the first sentence, not `He`
    (m8) of the cue's (V432)."""
    _line_mentions(doc, EARLIER_LINE, ("Vladimir Putin", "e3", "name"), ("He", "e3", "pronoun"),
                   ("the shells", "e5", "nominal"))
    _said_on_line(doc, EARLIER_LINE, "the shells would help", "said", "m7")


#: a third paragraph of the sample, a line of its own as its others are (V433)
THIRD_LINE = "Kim flew home."


def _paragraphs_merged(doc: dict) -> None:
    """The sample's first two body paragraphs, one a line each as the third is, in one body zone: no blank line
    between them (V433)."""
    doc["zones"][0:2] = [{"kind": "body", "start": 0, "end": len(SAMPLE_TEXT), "text": SAMPLE_TEXT}]


#: a body paragraph, a subheading (a line that ends no sentence) and a body paragraph after it (V433)
SUBHEADED_LINES = "Kim flew home.\nTalks in the east\nPutin waved."


def _paragraph_over_its_subheading(doc: dict) -> None:
    """SUBHEADED_LINES' first paragraph run on over the subheading after it in one body zone, the last paragraph a body
    zone of its own: read without the zone judged, every other body line ends a sentence (V433)."""
    t = SAMPLE_TEXT + "\n" + SUBHEADED_LINES
    run_on, after = SUBHEADED_LINES.rsplit("\n", 1)
    doc["zones"][-1:] = [{"kind": "body", **_located(t, run_on)}, {"kind": "body", **_located(t, after)}]


#: a coordination of two capitals that stand for their states (V400)
CAPITALS_LINE = "Moscow and Pyongyang agreed."


def _capitals_group_unmarked(doc: dict) -> None:
    """CAPITALS_LINE's group `Moscow and Pyongyang` (m7, a nominal of the GPE group e8) left unmarked, its members'
    names (m8 of Russia, e6; m9 of North Korea, e7) marked metonymic: the mark goes with the members (V400)."""
    doc["entities"] += [{"id": "e6", "type": "GPE", "name": "Russia", "kb_id": "russia"},
                        {"id": "e7", "type": "GPE", "name": "North Korea", "kb_id": "north-korea"},
                        {"id": "e8", "type": "GPE", "name": "Russia and North Korea", "kb_id": None}]
    _line_mentions(doc, CAPITALS_LINE, ("Moscow and Pyongyang", "e8", "nominal"), ("Moscow", "e6", "name"),
                   ("Pyongyang", "e7", "name"))
    for m in doc["mentions"][-2:]:
        m["metonymy"] = True


def _misspelling_marked_nominal() -> dict[str, bytes]:
    """The sample over `MISSPELT_TEXT`, `Kim Jong Um` a misspelling Kim's record lists, its mention marked nominal: a
    name written wrong is still a name (V253, hard case 21)."""
    files = _misspelt_name(recorded=True)
    doc = _over_text(MISSPELT_TEXT)
    doc["mentions"][1]["kind"] = "nominal"
    return files | {DOC: dump(doc)}


def _moscow_in_reports() -> dict[str, bytes]:
    """Three reports of the sample, in words of their own, each with `Moscow agreed.` after its first line: two with
    Moscow standing for Russia, the third for North Korea (V429, on the one fewer documents give; the states' records
    the corpus registry's, classed a country)."""
    files = {SPLITS: dump({**sample_splits(), "train": [SAMPLE_ID, D2, D3, D4]}),
             REGISTRY: registry_with(_corpus_records("russia", "north-korea"))}
    for doc_id, state, name in ((D2, "russia", "Russia"), (D3, "russia", "Russia"), (D4, "north-korea", "North Korea")):
        text = sample_text(doc_id).replace("Cosmodrome.", "Cosmodrome. Moscow agreed.", 1)

        def change(data: dict, text: str = text, state: str = state, name: str = name) -> None:
            data["entities"].append({"id": "e6", "type": "GPE", "name": name, "kb_id": state})
            data["mentions"].append({"id": "m7", **_located(text, "Moscow"), "entity": "e6", "kind": "name",
                                     "metonymy": True})
        files |= _longer(change, text, doc_id)
    return files


def _corpus_records(*ids: str) -> Callable[[dict], None]:
    """A change of the registry that adds the corpus registry's records `ids` as they are, their Wikidata links
    verified and classed with their evidence (V429 compares only states the registry classes a country)."""
    def change(registry: dict) -> None:
        corpus = json.loads((HERE.parents[1] / "annotations" / "entities.json").read_text(encoding="utf-8"))
        registry["entities"] += [r for r in corpus["entities"] if r["id"] in ids]
    return change


#: a line whose spokesperson's relation a contributor typed OFFICIAL_OF (V430)
SPOKESMAN_LINE = "Kremlin spokesman Dmitry Peskov flew home."


def _spokesman_as_official(doc: dict) -> None:
    """SPOKESMAN_LINE's mentions, the Kremlin (m7, e6) and Dmitry Peskov (m8, e7), and OFFICIAL_OF(Peskov, Kremlin):
    the title names him its spokesperson (V430)."""
    _two_names_related(doc, SPOKESMAN_LINE, ("ORG", "Kremlin", "kremlin"), ("PER", "Dmitry Peskov", "dmitry-peskov"),
                       "OFFICIAL_OF", head="m8")


#: a line whose official's relation a contributor typed as a post without office (V431)
ADVISER_LINE = "Kremlin adviser Ivan Petrov flew home."


def _adviser_affiliated(doc: dict) -> None:
    """ADVISER_LINE's mentions, the Kremlin (m7, e6) and Ivan Petrov (m8, e7), and AFFILIATED_WITH(Petrov, Kremlin):
    an adviser holds an office (V431)."""
    _two_names_related(doc, ADVISER_LINE, ("ORG", "Kremlin", "kremlin"), ("PER", "Ivan Petrov", "ivan-petrov"),
                       "AFFILIATED_WITH", head="m8")


#: a line whose guest's relation a contributor typed as an office that no word around it names (V451)
GUEST_LINE = "Kremlin guest Ivan Petrov flew home."


def _guest_official(doc: dict) -> None:
    """GUEST_LINE's mentions, the Kremlin (m7, e6) and Ivan Petrov (m8, e7), and OFFICIAL_OF(Petrov, Kremlin): a
    guest holds no office (V451)."""
    _two_names_related(doc, GUEST_LINE, ("ORG", "Kremlin", "kremlin"), ("PER", "Ivan Petrov", "ivan-petrov"),
                       "OFFICIAL_OF", head="m8")


#: a body paragraph with a state's possessive of one of its organs (V440: PART_OF, not LOCATED_IN)
OWNED_LINE = "Russia's Pacific Fleet sailed out."


def _fleet_typed(kind: str) -> Callable[[dict], None]:
    """OWNED_LINE's mentions, Russia (m7, e6) and the Pacific Fleet (m8, e7), and a relation of `kind`(fleet, Russia):
    a state's possessive names the owner of its fleet, not where it lies (LOCATED_IN, V440), and a fleet is an organ
    of the state (NATIONALITY, V442)."""
    def change(doc: dict) -> None:
        _two_names_related(doc, OWNED_LINE, ("GPE", "Russia", "russia"), ("ORG", "Pacific Fleet", "pacific-fleet"),
                           kind, head="m8")
    return change


def _classed_russia_and(body: str) -> Callable[[dict], None]:
    """A change of the registry that adds Russia's record, classed a country (as `_classed_place_records`'), and the
    ORG record of `body`."""
    def change(registry: dict) -> None:
        _unverified(("GPE", "Russia"), ("ORG", body))(registry)
        registry["entities"][-2]["wikidata"] = {"status": "verified", "qid": "Q159", "instance_of": "country",
                                                "sources": RUSSIA_SOURCES}
    return change


_classed_russia = _classed_russia_and("Pacific Fleet")


#: a body paragraph that lists two states side by side (V441: a list states no containment)
LISTED_LINE = "Vladivostok and Russia signed a deal."


def _listed_located(doc: dict) -> None:
    """LISTED_LINE's places, Vladivostok (m7, e6) and Russia (m8, e7), and LOCATED_IN(Vladivostok, Russia): true of the
    world, but the sentence lists the two and states no containment (V441)."""
    _two_names_related(doc, LISTED_LINE, ("GPE", "Vladivostok", "vladivostok"), ("GPE", "Russia", "russia"),
                       "LOCATED_IN")


#: a body paragraph that places a body in a city (V435: `in` says where it lies)
PLACED_LINE = "Kookmin University in Seoul trained engineers."


def _placed_as_organ(doc: dict) -> None:
    """PLACED_LINE's Kookmin University (m7, e6) and Seoul (m8, e7), and PART_OF(Kookmin University, Seoul): the
    sentence says where the university lies, LOCATED_IN, not whose organ it is (V435)."""
    _two_names_related(doc, PLACED_LINE, ("ORG", "Kookmin University", "kookmin-university"), ("GPE", "Seoul", "seoul"),
                       "PART_OF")


#: a body paragraph with a state's possessive of its news agency (V448: a national body, NATIONALITY, not PART_OF)
TASS_LINE = "Russia's TASS news agency reported it."


def _agency_as_organ(doc: dict) -> None:
    """TASS_LINE's Russia (m7, e6) and TASS (m8, e7), and PART_OF(TASS, Russia): a news agency not called official
    or state is no organ of the state (V448)."""
    _two_names_related(doc, TASS_LINE, ("GPE", "Russia", "russia"), ("ORG", "TASS", "tass"),
                       "PART_OF", head="m8")


#: Estonia's evidence as the corpus's registry records it (its first source shows its class)
ESTONIA_SOURCES = [
    {"where": "find_string 'Estonia (Q191)', public GitHub file id 54141767827",
     "what": 'statement table "P17 country | Estonia (Q191)"'},
    {"where": "find_string 'Estonia (Q191)', public GitHub file id 14381432186",
     "what": "country query test \"describe 'Estonia (Q191)'\""}]


def _classed_states(*records: tuple[str, str], russia: bool = True) -> Callable[[dict], None]:
    """A change of the registry that adds Russia's record (with `russia`) and Estonia's, classed countries (as the
    corpus's registry has them), after the unverified records of each (type, name)."""
    def change(registry: dict) -> None:
        _unverified(*records, *([("GPE", "Russia")] if russia else []), ("GPE", "Estonia"))(registry)
        if russia:
            registry["entities"][-2]["wikidata"] = {"status": "verified", "qid": "Q159", "instance_of": "country",
                                                    "sources": RUSSIA_SOURCES}
        registry["entities"][-1]["wikidata"] = {"status": "verified", "qid": "Q191", "instance_of": "country",
                                                "sources": ESTONIA_SOURCES}
    return change


#: a body paragraph with two states, neither said to lie in the other (V464: a state lies in no other)
STATES_LINE = "Estonia borders Russia."


def _state_in_a_state(doc: dict) -> None:
    """STATES_LINE's Estonia (m7, e6) and Russia (m8, e7), and LOCATED_IN(Estonia, Russia): two states (V464)."""
    _two_names_related(doc, STATES_LINE, ("GPE", "Estonia", "estonia"), ("GPE", "Russia", "russia"), "LOCATED_IN")


#: Tallinn's evidence as the corpus's registry records it (its third source shows its class)
TALLINN_SOURCES = [
    {"where": "find_string 'Tallinn (Q1770)', public GitHub file id 54141767827",
     "what": 'statement table "P159 headquarters location | Tallinn (Q1770)"'},
    {"where": "find_string 'Tallinn (Q1770)', public GitHub file id 53971830229",
     "what": 'company register table "P159 | headquarters location | Tallinn (Q1770)"'},
    {"where": "find_string '\"Q1770\"', public GitHub file id 52522274587",
     "what": 'city QID map "/* Estonian cities */ tallinn: \\"Q1770\\""'}]


def _classed_state_and_city(registry: dict) -> None:
    """A change of the registry that adds Estonia's record, classed a country, and Tallinn's, classed a city (as the
    corpus's registry has them)."""
    _classed_states(("GPE", "Tallinn"), russia=False)(registry)
    registry["entities"][-2]["wikidata"] = {"status": "verified", "qid": "Q1770", "instance_of": "city",
                                            "sources": TALLINN_SOURCES}


#: a body paragraph with a state and a city, neither said to lie in the other (V475: a city holds no state)
STATE_CITY_LINE = "Estonia honoured Tallinn."


def _state_in_a_city(doc: dict) -> None:
    """STATE_CITY_LINE's Estonia (m7, e6) and Tallinn (m8, e7), and LOCATED_IN(Estonia, Tallinn): a state inside a
    city (V475)."""
    _two_names_related(doc, STATE_CITY_LINE, ("GPE", "Estonia", "estonia"), ("GPE", "Tallinn", "tallinn"),
                       "LOCATED_IN")


#: a body paragraph whose journey goes to one city and on to another (V472: a place after a preposition, no party)
FLIGHT_LINE = "The envoy flew to Riga and on to Tallinn."


def _place_as_traveller(doc: dict) -> None:
    """FLIGHT_LINE's Riga (m7, e6) and Tallinn (m8, e7), and TRAVELS_TO(Riga, Tallinn): the traveller is the place
    after `to` (V472)."""
    _two_names_related(doc, FLIGHT_LINE, ("GPE", "Riga", "riga"), ("GPE", "Tallinn", "tallinn"), "TRAVELS_TO")


#: a body paragraph whose leader's title names his nation, another person's title between him and a city (V419)
TITLES_LINE = "Chilean leader Ana Ruiz and Peruvian president Luis Soto met in Lima."


def _leader_of_a_city(doc: dict) -> None:
    """TITLES_LINE's Chilean (m7, e6), Ana Ruiz (m8, e7), Peruvian (m9, e8), Luis Soto (m10, e9) and Lima (m11, e10),
    the two LEADER_OF and MEETS(Ana Ruiz, Luis Soto), Ana Ruiz's re-pointed at Lima: `president` is Soto's (V419)."""
    _names_related(doc, TITLES_LINE, _LEADERS_RECORDS, ("LEADER_OF", "m8", "m11"), ("LEADER_OF", "m10", "m9"),
                   ("MEETS", "m8", "m10"))


def _names_related(doc: dict, line: str, records: tuple[tuple[str, str], ...],
                   *relations: tuple[str, str, str]) -> None:
    """`records`' names (type, name; in the line's order) as entities e6 on with mentions m7 on, and asserted
    `relations` (type, head, tail) among them, r3 on."""
    doc["entities"] += [{"id": f"e{n}", "type": kind, "name": name, "kb_id": name.lower().replace(" ", "-")}
                        for n, (kind, name) in enumerate(records, 6)]
    _line_mentions(doc, line, *((name, f"e{n}", "name") for n, (_, name) in enumerate(records, 6)))
    doc["relations"] += [{"id": f"r{n}", "type": kind, "head": head, "tail": tail, "factuality": "asserted"}
                         for n, (kind, head, tail) in enumerate(relations, 3)]


_LEADERS_RECORDS = (("NORP", "Chilean"), ("PER", "Ana Ruiz"), ("NORP", "Peruvian"), ("PER", "Luis Soto"),
                    ("GPE", "Lima"))


#: a body paragraph listing two titled people, each title naming its own owner (V419)
TITLED_LIST_LINE = "The delegation included Ana Ruiz, chairman of the Space Committee, and Navy Adm. Luis Soto."
_LISTED_RECORDS = (("PER", "Ana Ruiz"), ("ORG", "Space Committee"), ("ORG", "Navy"), ("PER", "Luis Soto"))


def _official_of_the_next_title(doc: dict) -> None:
    """TITLED_LIST_LINE's Ana Ruiz (m7, e6), Space Committee (m8, e7), Navy (m9, e8) and Luis Soto (m10, e9),
    LEADER_OF(Ana Ruiz, Space Committee), OFFICIAL_OF(Luis Soto, Navy) and OFFICIAL_OF(Ana Ruiz, Navy): Ruiz's own
    title names the committee, and the navy's is Soto's (V419)."""
    _names_related(doc, TITLED_LIST_LINE, _LISTED_RECORDS, ("LEADER_OF", "m7", "m8"), ("OFFICIAL_OF", "m10", "m9"),
                   ("OFFICIAL_OF", "m7", "m9"))


#: a body paragraph with a person of a city the paragraph places in a state (V463: a nationality is a state's)
CITIZEN_LINE = "Ivan Petrov of Tallinn, Estonia, spoke."


def _city_nationality(doc: dict) -> None:
    """CITIZEN_LINE's Ivan Petrov (m7, e6), Tallinn (m8, e7) and Estonia (m9, e8), LOCATED_IN(Tallinn, Estonia) and
    NATIONALITY(Petrov, Tallinn): a city inside a state is no state (V463)."""
    doc["entities"] += [{"id": "e6", "type": "PER", "name": "Ivan Petrov", "kb_id": "ivan-petrov"},
                        {"id": "e7", "type": "GPE", "name": "Tallinn", "kb_id": "tallinn"},
                        {"id": "e8", "type": "GPE", "name": "Estonia", "kb_id": "estonia"}]
    _line_related(doc, CITIZEN_LINE, (("Ivan Petrov", "e6", "name"), ("Tallinn", "e7", "name"),
                                      ("Estonia", "e8", "name")),
                  ("LOCATED_IN", "m8", "m9", "asserted"), ("NATIONALITY", "m7", "m8", "asserted"))


#: a body paragraph with members of a body (V465: a member is no leader)
MEMBERS_LINE = "Two members of the Kremlin led the talks."


def _members_leading(doc: dict) -> None:
    """MEMBERS_LINE's members (m7, e6) and the Kremlin (m8, e7), and LEADER_OF(members, Kremlin): a member is no
    leader (V465)."""
    doc["entities"] += [{"id": "e6", "type": "PER", "name": "Two members", "kb_id": None},
                        {"id": "e7", "type": "ORG", "name": "Kremlin", "kb_id": "kremlin"}]
    _line_mentions(doc, MEMBERS_LINE, ("Two members", "e6", "nominal"), ("Kremlin", "e7", "name"))
    doc["relations"].append({"id": "r3", "type": "LEADER_OF", "head": "m7", "tail": "m8", "factuality": "asserted"})


#: a body paragraph whose traveller comes from a city (V447: `from` names where a journey starts)
ORIGIN_LINE = "Ivan Petrov arrived by train from Minsk."


def _origin_as_destination(doc: dict) -> None:
    """ORIGIN_LINE's Ivan Petrov (m7, e6) and Minsk (m8, e7), and TRAVELS_TO(Ivan Petrov, Minsk): Minsk is where the
    journey starts, not where it goes (V447)."""
    _two_names_related(doc, ORIGIN_LINE, ("PER", "Ivan Petrov", "ivan-petrov"), ("GPE", "Minsk", "minsk"),
                       "TRAVELS_TO")


CASES: dict[str, tuple[dict[str, bytes], str, str, str, int | None, dict]] = {
    "truncated-json": ({DOC: dump(sample_document())[:400]}, "V001", DOC, "", None, {}),
    "empty-file": ({DOC: b""}, "V001", DOC, "", 1, {}),
    "top-level-array": ({DOC: b"[]"}, "V102", DOC, "", 1, {}),
    "duplicate-key": ({DOC: dump(sample_document()).replace(b'"id": "sample-doc",',
                                                            b'"id": "sample-doc", "id": "sample-doc",', 1)},
                      "V002", DOC, "/id", None, {}),
    "duplicate-key-spaced-colon": ({DOC: _spaced_duplicate()}, "V002", DOC, "/id", None, {}),
    "duplicate-keys-rights-left-out": ({DOC: _duplicates_rights_left_out()}, "V002", DOC, "/mentions/0/kind", None,
                                       {}),
    "utf8-bom": ({DOC: b"\xef\xbb\xbf" + dump(sample_document())}, "V003", DOC, "", 1, {}),
    "invalid-utf8": ({DOC: dump(sample_document()).replace(b"Kim Jong Un", b"Kim Jong \xff\xfe", 1)}, "V003", DOC,
                     "", None, {}),
    "nan-literal": ({DOC: dump(sample_document()).replace(b'"length": 127', b'"length": NaN', 1)}, "V005", DOC,
                    "", None, {}),
    "infinity-literal": ({DOC: dump(sample_document()).replace(b'"length": 127', b'"length": -Infinity', 1)},
                         "V005", DOC, "", None, {}),
    "deep-nesting": ({DOC: _deep()}, "V001", DOC, "", 1, {}),
    "over-size-limit": ({}, "V004", DOC, "", 1, {"max_bytes": 2048}),
    "offset-as-float": ({DOC: doc_with(setter("mentions", 0, "start", value=0.0))}, "V102", DOC,
                        "/mentions/0/start", None, {}),
    "offset-as-string": ({DOC: doc_with(setter("mentions", 0, "start", value="0"))}, "V102", DOC,
                         "/mentions/0/start", None, {}),
    "negative-offset": ({DOC: doc_with(setter("mentions", 0, "start", value=-1))}, "V105", DOC,
                        "/mentions/0/start", None, {}),
    "huge-offset": ({DOC: doc_with(setter("mentions", 0, "end", value=10**12))}, "V201", DOC, "/mentions/0", None, {}),
    "end-before-start": ({DOC: doc_with(setter("mentions", 1, "end", value=5))}, "V201", DOC, "/mentions/1", None, {}),
    "sentence-past-end": ({DOC: doc_with(setter("sentences", 1, "end", value=200))}, "V201", DOC,
                          "/sentences/1", None, {}),
    "zone-empty": ({DOC: doc_with(setter("zones", 1, "end", value=90))}, "V201", DOC, "/zones/1", None, {}),
    "zone-end-before-start": ({DOC: doc_with(setter("zones", 0, "start", value=95))}, "V201", DOC,
                              "/zones/0", None, {}),
    "token-past-end": ({DOC: doc_with(setter("tokens", 26, 1, value=300))}, "V201", DOC, "/tokens/26", None, {}),
    "token-end-before-start": ({DOC: doc_with(setter("tokens", 3, 1, value=0))}, "V201", DOC, "/tokens/3", None, {}),
    "zone-off-by-one": ({DOC: doc_with(setter("zones", 1, "end", value=126))}, "V202", DOC, "/zones/1/text", None, {}),
    "zone-off-token": ({DOC: doc_with(lambda d: d["zones"][1].update(start=92, text=SAMPLE_TEXT[92:127]))}, "V212", DOC,
                       "/zones/1", None, {}),
    "document-in-subfolder": ({"annotations/drafts/sample-doc.json": doc_with(lambda d: None)}, "V010",
                              "annotations/drafts", "", 0, {}),
    "raw-text-not-txt": ({"raw/notes.md": b"Kim met Putin.\n"}, "V010", "raw/notes.md", "", 0, {}),
    "agreement-figures-wrong-shape": ({"annotations/agreement.json": b'{"first_vs_second": {"exact": 3}}\n'}, "V102",
                                      "annotations/agreement.json", "/first_vs_second/exact", None, {}),
    "agreement-figures-huge-number": ({"annotations/agreement.json": _figures("1" + "0" * 400)}, "V102",
                                      "annotations/agreement.json", "/first_vs_second/exact/mentions/f1", None, {}),
    "agreement-figures-infinite": ({"annotations/agreement.json": _figures("1e400")}, "V102",
                                   "annotations/agreement.json", "/first_vs_second/exact/mentions/f1", None, {}),
    "agreement-figures-duplicate-key": ({"annotations/agreement.json": _figures("0.9", ' "exact": {},')}, "V002",
                                        "annotations/agreement.json", "/first_vs_second/exact", None, {}),
    # figures the card would state, out of their range or against their own counts (an attack found them printed)
    "agreement-f1-out-of-range": ({"annotations/agreement.json": _figures("7.5")}, "V105",
                                  "annotations/agreement.json", "/first_vs_second/exact/mentions/f1", None, {}),
    "agreement-f1-against-its-counts": ({"annotations/agreement.json": _figures(
        '0.95, "tp": 8, "fp": 2, "fn": 2')}, "V105", "annotations/agreement.json",
        "/first_vs_second/exact/mentions/f1", None, {}),
    "agreement-speaker-accuracy-over-no-quote": ({"annotations/agreement.json": _figures("0.9").replace(
        b'"matched_quotes": 10, "accuracy": 0.7', b'"matched_quotes": 0, "accuracy": 1.0')}, "V105",
        "annotations/agreement.json", "/first_vs_second/speaker_accuracy/accuracy", None, {}),
    "agreement-alpha-against-its-disagreements": ({"annotations/agreement.json": _figures(
        "0.9", ' "label_alpha": {"entity type": {"units": 832, "disagreements": 6, "alpha": 1.0}},')}, "V105",
        "annotations/agreement.json", "/first_vs_second/label_alpha/entity type/alpha", None, {}),
    "agreement-layer-without-a-name": ({"annotations/agreement.json": _figures('0.9}, "": {"f1": 0.5')}, "V105",
                                       "annotations/agreement.json", "/first_vs_second/exact/", None, {}),
    # an F1 whose counts were deleted passed at any value; the report's other sections were never read (an attack)
    "agreement-f1-without-its-counts": ({"annotations/agreement.json": _figures('0.99, "tp": 9')}, "V101",
                                        "annotations/agreement.json", "/first_vs_second/exact/mentions/fp", 2, {}),
    "agreement-gold-section-out-of-range": ({"annotations/agreement.json": _figures(
        "0.9").replace(b'{"first_vs_second"', b'{"first_vs_gold": {"exact": {"f1": 2}}, '
                                                      b'"first_vs_second"')}, "V105", "annotations/agreement.json",
        "/first_vs_gold/exact/f1", None, {}),
    "empty-span": ({DOC: doc_with(setter("quotes", 0, "cue", value={"start": 3, "end": 3, "text": ""}))}, "V201", DOC,
                   "/quotes/0/cue", None, {}),
    "nfd-span-text": ({DOC: doc_with(_nfd)}, "V202", DOC, "/mentions/2/text", None, {}),
    "raw-changed-one-char": ({RAW: SAMPLE_TEXT.replace("win", "won").encode("utf-8")}, "V203", DOC,
                             "/sha256", None, {}),
    "raw-crlf-line-endings": ({RAW: SAMPLE_TEXT.replace("\n", "\r\n").encode("utf-8")}, "V203", DOC,
                              "/sha256", None, {}),
    "id-escapes-folder": ({DOC: doc_with(setter("id", value="../x"))}, "V105", DOC, "/id", None, {}),
    "duplicate-ids": ({DOC: doc_with(setter("mentions", 1, "id", value="m1"))}, "V206", DOC,
                      "/mentions/1/id", None, {}),
    "dangling-mention-entity": ({DOC: doc_with(setter("mentions", 0, "entity", value="e99"))}, "V207", DOC,
                                "/mentions/0/entity", None, {}),
    "dangling-kb-id": ({DOC: doc_with(setter("entities", 0, "kb_id", value="nobody"))}, "V208", DOC,
                       "/entities/0/kb_id", None, {}),
    "dangling-relation-head": ({DOC: doc_with(setter("relations", 0, "head", value="m99"))}, "V209", DOC,
                               "/relations/0/head", None, {}),
    "dangling-relation-tail": ({DOC: doc_with(setter("relations", 1, "tail", value="m98"))}, "V209", DOC,
                               "/relations/1/tail", None, {}),
    "dangling-quote-speaker": ({DOC: doc_with(setter("quotes", 0, "speaker", value="m77"))}, "V209", DOC,
                               "/quotes/0/speaker", None, {}),
    "crossing-mentions": ({DOC: doc_with(_crossing)}, "V211", DOC, "/mentions/7", None, {}),
    "forbidden-relation-argument": ({DOC: doc_with(setter("relations", 0, "type", value="SUPPLIES"))}, "V210", DOC,
                                    "/relations/0/tail", None, {}),
    "quote-without-content": ({DOC: doc_with(setter("quotes", 0, "content", value=[]))}, "V215", DOC,
                              "/quotes/0/content", None, {}),
    "unknown-schema-version": ({DOC: doc_with(setter("schema_version", value="7.0.0"))}, "V110", DOC,
                               "/schema_version", None, {}),
    "schema-version-needs-migration": ({DOC: doc_with(_old)}, "V111", DOC, "/schema_version", None, {}),
    "unknown-entity-type": ({DOC: doc_with(setter("entities", 2, "type", value="PERSON"))}, "V104", DOC,
                            "/entities/2/type", None, {}),
    "missing-field": ({DOC: doc_with(lambda d: d.pop("tokens"))}, "V101", DOC, "/tokens", 1, {}),
    "unknown-field": ({DOC: doc_with(setter("mentions", 3, "entitiy", value="e4"))}, "V103", DOC,
                      "/mentions/3/entitiy", None, {}),
    "mention-off-token-boundary": ({DOC: doc_with(_mid_token)}, "V212", DOC, "/mentions/1", None, {}),
    "registry-missing": ({REGISTRY: None}, "V006", REGISTRY, "", 0, {}),
    "document-in-no-split": ({SPLITS: dump({**sample_splits(), "train": []})}, "V304", SPLITS, "", None, {}),
    "raw-missing": ({RAW: None}, "V204", DOC, "/id", None, {}),
    "id-differs-from-file-name": ({DOC: None, "annotations/other-name.json": dump(sample_document())}, "V205",
                                  "annotations/other-name.json", "/id", None, {}),
    "token-missing": ({DOC: doc_with(_drop_token)}, "V213", DOC, "/tokens/3", None, {}),
    "sentence-missing": ({DOC: doc_with(_drop_sentence)}, "V214", DOC, "/sentences", None, {}),
    "entity-type-differs-from-registry": ({DOC: doc_with(setter("entities", 1, "type", value="ORG"))}, "V216", DOC,
                                          "/entities/1/type", None, {}),
    "relation-across-sentences": ({DOC: doc_with(setter("relations", 1, "head", value="m5"))}, "V217", DOC,
                                  "/relations/1", None, {}),
    "speaker-of-a-weapon-type": ({DOC: doc_with(setter("quotes", 0, "speaker", value="m6"))}, "V218", DOC,
                                 "/quotes/0/speaker", None, {}),
    "entity-without-mentions": ({DOC: doc_with(_entity_without_mentions)}, "V219", DOC, "/entities/5/id", None, {}),
    "overlapping-zones": ({DOC: doc_with(lambda d: d["zones"][1].update(start=0,
                                                                        text=SAMPLE_TEXT[:d["zones"][1]["end"]]))},
                          "V220", DOC, "/zones/1", None, {}),
    "relation-to-itself": ({DOC: doc_with(setter("relations", 1, "tail", value="m2"))}, "V222", DOC,
                           "/relations/1", None, {}),
    "relation-duplicated": ({DOC: doc_with(lambda d: d["relations"].append({**d["relations"][1], "id": "r9"}))}, "V223",
                            DOC, "/relations/2", None, {}),
    "mention-duplicated": ({DOC: doc_with(lambda d: d["mentions"].append({**d["mentions"][2], "id": "m9"}))}, "V224",
                           DOC, "/mentions/7", None, {}),
    "mention-same-span-other-entity": ({DOC: doc_with(lambda d: d["mentions"].append(
        {**d["mentions"][0], "id": "m9", "entity": "e3"}))}, "V224", DOC, "/mentions/7", None, {}),
    "relation-symmetric-reversed": ({DOC: doc_with(lambda d: d["relations"][1].update(head="m3", tail="m2"))}, "V238",
                                    DOC, "/relations/1", None, {}),
    "relation-symmetric-copy-reversed": ({DOC: doc_with(lambda d: d["relations"].append(
        {**d["relations"][1], "id": "r9", "head": "m3", "tail": "m2"}))}, "V223", DOC, "/relations/2", None, {}),
    "relation-same-entities-other-mentions": ({DOC: doc_with(_same_entities_other_mentions)}, "V223", DOC,
                                              "/relations/3", None, {}),
    "quote-fragments-out-of-order": ({DOC: doc_with(lambda d: d["quotes"][0].update(
        content=_two_fragments(d, reverse=True)))}, "V239", DOC, "/quotes/0/content", None, {}),
    "quote-copy-fragments-reversed": ({DOC: doc_with(_quote_copy_reversed)}, "V226", DOC, "/quotes/1/content", None,
                                      {}),
    "quote-copy-trimmed": ({DOC: doc_with(_quote_copy_trimmed)}, "V226", DOC, "/quotes/1/content", None, {}),
    "quote-copy-trimmed-without-cue": ({DOC: doc_with(_quote_copy_trimmed_without_cue)}, "V226", DOC,
                                       "/quotes/1/content", None, {}),
    "quotes-crossing": ({DOC: doc_with(_quotes_crossing)}, "V226", DOC, "/quotes/1/content", None, {}),
    "referent-split": ({DOC: doc_with(lambda d: d["entities"][3].update(type="PER", kb_id="vladimir-putin"))},
                       "V225", DOC, "/entities/3/kb_id", None, {}),
    "cue-inside-content": ({DOC: doc_with(lambda d: d["quotes"][0].update(cue=dict(d["quotes"][0]["content"][0])))},
                           "V226", DOC, "/quotes/0/cue", None, {}),
    "mention-without-word": ({DOC: doc_with(_wordless_mention)}, "V237", DOC, "/mentions/7", None, {}),
    "cue-without-word": ({DOC: doc_with(setter("quotes", 0, "cue", value=_span_of("”")))}, "V237", DOC,
                         "/quotes/0/cue", None, {}),
    "pronoun-as-nominal": ({DOC: doc_with(setter("mentions", 4, "kind", value="nominal"))}, "V227", DOC,
                           "/mentions/4/kind", None, {}),
    "zone-dropped": ({DOC: doc_with(lambda d: d["zones"].pop())}, "V228", DOC, "/tokens/15", None, {}),
    "no-zones": ({DOC: doc_with(setter("zones", value=[]))}, "V229", DOC, "/zones", None, {}),
    # an empty outlet or source file name says nothing, where null says "not shown" (an attack found both passed)
    "meta-outlet-empty": ({DOC: doc_with(setter("meta", "outlet", value=""))}, "V105", DOC, "/meta/outlet", None, {}),
    "meta-source-file-empty": ({DOC: doc_with(setter("meta", "source_file", value=""))}, "V105", DOC,
                               "/meta/source_file", None, {}),
    "received-no-calendar-day": ({DOC: doc_with(setter("meta", "received", value="2026-02-30"))}, "V231", DOC,
                                 "/meta/received", None, {}),
    "rights-in-copyright-without-holder": ({DOC: doc_with(setter("meta", "rights", "statement", value="InC"))}, "V232",
                                           DOC, "/meta/rights/holder", None, {}),
    "url-not-in-text": ({DOC: doc_with(setter("meta", "url", value="https://example.com/kim-putin"))}, "V233", DOC,
                        "/meta/url", None, {}),
    "speaker-in-own-content": ({DOC: doc_with(_speaker_in_content)}, "V234", DOC, "/quotes/0/speaker", None, {}),
    "relation-factuality-left-out": ({DOC: doc_with(lambda d: d["relations"][1].pop("factuality"))}, "V235", DOC,
                                     "/relations/1", None, {}),
    "quote-attribution-null": ({DOC: doc_with(setter("quotes", 0, "attribution", value=None))}, "V236", DOC,
                               "/quotes/0", None, {}),
    "registry-duplicate-id": ({REGISTRY: registry_with(lambda r: r["entities"].append(r["entities"][0]))}, "V301",
                              REGISTRY, "/entities/4/id", None, {}),
    "registry-record-unused": ({REGISTRY: registry_with(lambda r: r["entities"].append(
        {"id": "nobody", "type": "PER", "name": "Nobody", "wikidata": {"status": "unverified"}}))}, "V302", REGISTRY,
        "/entities/4/id", None, {}),
    "registry-alias-names-another-record": ({REGISTRY: registry_with(lambda r: r["entities"][0]["aliases"].append(
        "vladimir putin"))}, "V306", REGISTRY, "/entities/0/aliases/0", None, {}),
    "registry-id-not-slug-of-name": ({REGISTRY: registry_with(lambda r: r["entities"][1].update(
        name="North Koreans (people)"))}, "V320", REGISTRY, "/entities/1/id", None, {}),
    "nominal-linked-elsewhere-left-unlinked": (_linked_elsewhere(), "V321", DOC, "/mentions/5", None, {}),
    "duplicate-text": (_duplicate_text(), "V324", "annotations/sample-doc-copy.json", "/sha256", None, {}),
    "raw-text-changed-since-release": (_released_otherwise(), "V325", DOC, "/sha256", None, {}),
    "raw-text-changed-since-first-commit": (_edited_with_its_manifest(), "V325", DOC, "/sha256", None, {}),
    "release-manifest-deleted": ({f"{COMMITTED}/{RELEASE}": _manifest(SAMPLE_TEXT), RELEASE: None}, "V326", RELEASE,
                                 "", 0, {}),
    "release-manifest-records-another-text": ({f"{COMMITTED}/{RELEASE}": _manifest(SAMPLE_TEXT),
                                               RELEASE: _manifest(WON_TEXT)}, "V326", RELEASE,
                                              f"/files/{RAW.replace('/', '~1')}", 7, {}),  # json_source_map: no ~1
    "raw-text-not-added-to-the-commit": (_raw_text_not_added(), "V331", f"raw/{D2}.txt", "", 0, {"staged": True}),
    # attributes added in the work tree after a clean commit: nothing git holds changes, every later clone does
    "raw-texts-checked-out-with-crlf": ({f"{COMMITTED}/.gitattributes": b"raw/** -text\nannotations/** -text\n",
                                         ".gitattributes": b"annotations/** -text\nraw/*.txt text eol=crlf\n"},
                                        "V341", RAW, "", 0, {}),
    "corpus-line-endings-left-to-the-clone": ({f"{COMMITTED}/.gitattributes": b"*.md text\n"}, "V342", REGISTRY, "",
                                              0, {}),
    "duplicate-text-but-whitespace": (_near_copy(), "V324", "annotations/sample-doc-copy.json", "/sha256", None, {}),
    # V324 compares texts as written: a copy with one word in capitals passed as another text (a word replaced:
    # tests/test_rules.py, on a text long enough for one word to be a small part of it)
    "near-duplicate-text-but-case": (_nearly_a_copy(SAMPLE_TEXT.replace("leader", "LEADER")), "V332",
                                     "annotations/sample-doc-copy.json", "/sha256", None, {}),
    "split-empty": (_split_left_empty(), "V330", SPLITS, "/validation", None, {}),
    # ids are compared as written: m1 and M1 (or quote links l1 and L1) passed as two ids
    "ids-differing-only-in-case": ({DOC: doc_with(setter("relations", 1, "id", value="R1"))}, "V206", DOC,
                                   "/relations/1/id", None, {}),
    "distinct-from-unknown-record": ({DOC: doc_with(setter("entities", 4, "distinct_from", value=["nobody"]))},
                                     "V322", DOC, "/entities/4/distinct_from/0", None, {}),
    "distinct-from-own-record": ({DOC: doc_with(setter("entities", 1, "distinct_from", value=["kim-jong-un"]))},
                                 "V323", DOC, "/entities/1/distinct_from/0", None, {}),
    "wikidata-qid-malformed": ({REGISTRY: registry_with(lambda r: r["entities"][0]["wikidata"].update(
        qid="https://www.wikidata.org/wiki/Q56226"))}, "V307", REGISTRY, "/entities/0/wikidata/qid", None, {}),
    "wikidata-qid-shared": ({REGISTRY: registry_with(lambda r: r["entities"][2]["wikidata"].update(
        qid="Q56226", sources=PUTIN_WITH_KIMS_QID))}, "V308", REGISTRY, "/entities/2/wikidata/qid", None, {}),
    # a verified link's evidence (schema 1.4.0): a QID typed or moved by mistake is well formed and unshared
    "wikidata-evidence-one-source": ({REGISTRY: registry_with(lambda r: r["entities"][0]["wikidata"]["sources"].pop())},
                                     "V336", REGISTRY, "/entities/0/wikidata/sources", None, {}),
    "wikidata-evidence-found-twice": ({REGISTRY: registry_with(_one_source_twice)}, "V336", REGISTRY,
                                      "/entities/2/wikidata/sources", None, {}),
    "wikidata-evidence-none": ({REGISTRY: registry_with(lambda r: r["entities"][2]["wikidata"].update(sources=[]))},
                               "V336", REGISTRY, "/entities/2/wikidata/sources", None, {}),
    "wikidata-verified-made-no-entry": ({REGISTRY: registry_with(lambda r: r["entities"][0].update(
        wikidata={"status": "no-entry"})), EVIDENCE: _evidence_file()}, "V371", REGISTRY, "/entities/0/wikidata/status",
        None, {}),
    "wikidata-qid-typed-wrong": ({REGISTRY: registry_with(lambda r: r["entities"][2]["wikidata"].update(qid="Q7474"))},
                                 "V337", REGISTRY, "/entities/2/wikidata/qid", None, {}),
    "wikidata-qids-swapped": ({REGISTRY: registry_with(lambda r: _wikidata_swapped(r, "qid"))}, "V337", REGISTRY,
                              "/entities/0/wikidata/qid", None, {}),
    "wikidata-evidence-quotes-another-qid": ({REGISTRY: registry_with(
        lambda r: r["entities"][2]["wikidata"]["sources"][1].update(what='test entity { qid: "Q7748" }'))},
        "V337", REGISTRY, "/entities/2/wikidata/sources/1/what", None, {}),
    "wikidata-class-unevidenced": ({REGISTRY: registry_with(lambda r: r["entities"][0]["wikidata"].update(
        instance_of="human"))}, "V339", REGISTRY, "/entities/0/wikidata/instance_of", None, {}),
    "wikidata-link-moved-whole": ({REGISTRY: registry_with(lambda r: _wikidata_swapped(r, None))}, "V338", REGISTRY,
                                  "/entities/0/wikidata/sources", None, {}),
    "wikidata-class-mismatch": ({REGISTRY: registry_with(lambda r: r["entities"][2]["wikidata"].update(
        instance_of="country"))}, "V309", REGISTRY, "/entities/2/type", None, {}),
    "wikidata-qid-without-verification": ({REGISTRY: registry_with(lambda r: r["entities"][1]["wikidata"].update(
        qid="Q56226"))}, "V103", REGISTRY, "/entities/1/wikidata/qid", None, {}),
    # check-version classifies a change against the records files: one edited, lost or unlisted must not pass
    "release-records-file-edited": (_released_records(_RECORDS, _RECORDS.replace(b"0123", b"9123")), "V335", RELEASE,
                                    f"/documents/{SAMPLE_ID}", None, {}),
    "release-records-file-missing": (_released_records(_RECORDS, None), "V335", RELEASE, f"/documents/{SAMPLE_ID}",
                                     None, {}),
    "release-records-file-unlisted": (_released_records(None, _RECORDS), "V335", RELEASE, "/documents", None, {}),
    "release-manifest-without-records": ({RELEASE: dump({"$comment": "the release of 1.0.0", "format": 1,
                                                         "dataset_version": "1.0.0", "fields": {}, "files": {}})},
                                         "V101", RELEASE, "/records", 1, {}),
    "quote-link-unknown-document": ({LINKS: dump(sample_quote_links((SAMPLE_ID, "q1", "sample-dco-2", "q1")))},
                                    "V310", LINKS, "/links/0/b/document", None, {}),
    "quote-link-unknown-quote": (linked(D2, links=sample_quote_links((SAMPLE_ID, "q1", D2, "q7"))), "V311", LINKS,
                                 "/links/0/b/quote", None, {}),
    "quote-link-within-document": ({LINKS: dump(sample_quote_links((SAMPLE_ID, "q1", SAMPLE_ID, "q1")))}, "V312",
                                   LINKS, "/links/0", None, {}),
    "quote-link-duplicate": (linked(D2, links=sample_quote_links(CLIQUE[0], (D2, "q1", SAMPLE_ID, "q1"))), "V313",
                             LINKS, "/links/1", None, {}),
    "quote-link-via-unknown-kb-id": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "KCNA", "kb_id": "korean-central-news-agency"}]))), "V314", LINKS,
        "/links/0/via/0/kb_id", None, {}),
    "quote-link-chain-without-via": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "wording", value="chain"))), "V315", LINKS, "/links/0/via", None, {}),
    "quote-link-duplicate-id": (linked(D2, D3, links=links_with(*CLIQUE, change=setter("links", 2, "id", value="l2"))),
                                "V316", LINKS, "/links/2/id", None, {}),
    "quote-link-ids-differing-only-in-case": (linked(D2, D3, links=links_with(*CLIQUE, change=setter(
        "links", 2, "id", value="L2"))), "V316", LINKS, "/links/2/id", None, {}),
    "quote-link-clique-incomplete": (linked(D2, D3, links=sample_quote_links(*CLIQUE[:1], CLIQUE[2])), "V317", LINKS,
                                     "/links/1", None, {}),
    "quote-link-speakers-differ": (linked(D2, links=sample_quote_links(CLIQUE[0]), sample_doc_2=_putin_says_it),
                                   "V318", LINKS, "/links/0", None, {}),
    "quote-link-two-quotes-of-one-document": (linked(D2, links=links_with(
        CLIQUE[0], (SAMPLE_ID, "q1", D2, "q2"), change=setter("links", 1, "wording", value="paraphrase")),
        sample_doc_2=_second_quote), "V319", LINKS, "/links/1", None, {}),
    "quote-link-note-empty": (linked(D2, links=links_with(CLIQUE[0], change=setter("links", 0, "note", value=""))),
                              "V105", LINKS, "/links/0/note", None, {}),
    "quote-link-unknown-wording": (linked(D2, links=links_with(CLIQUE[0], change=setter(
        "links", 0, "wording", value="verbatum"))), "V104", LINKS, "/links/0/wording", None, {}),
    "quote-links-older-than-links": (linked(D2, links=links_with(CLIQUE[0], change=setter(
        "schema_version", value="1.3.0"))), "V110", LINKS, "/schema_version", None, {}),
    "quote-link-into-document-that-does-not-load": (
        {**linked(D2, links=sample_quote_links((SAMPLE_ID, "q1", D2, "q7"))), D2_FILE: dump(sample_document(D2))[:300]},
        "V001", D2_FILE, "", None, {}),
    # check-version reads each file name as FOLDER/NAME: a name without its folder passed validate, then crashed it
    "release-manifest-file-without-folder": ({RELEASE: dump({"$comment": "the release of 1.0.0", "format": 1,
                                                             "dataset_version": "1.0.0", "fields": {},
                                                             "files": {"entities.json": "0" * 64}, "records": {}})},
                                             "V105", RELEASE, "/files/entities.json", 7, {}),
    # JSON's true is not the number 1 (pydantic's Literal[1] took it: validate said OK)
    "release-manifest-format-true": ({RELEASE: dump({"$comment": "the release of 1.0.0", "format": True,
                                                     "dataset_version": "1.0.0", "fields": {}, "files": {},
                                                     "records": {}})}, "V102", RELEASE, "/format", 3, {}),
    "split-names-unknown-document": ({SPLITS: dump({**sample_splits(), "test": ["no-such-doc"]})}, "V303", SPLITS,
                                     "/test/0", None, {}),
    "date-in-the-future": ({DOC: doc_with(setter("meta", "date", value="2099-01-01"))}, "V231", DOC, "/meta/date",
                           None, {}),
    "document-in-two-splits": ({SPLITS: dump({**sample_splits(), "test": [SAMPLE_ID]})}, "V304", SPLITS, "/test/0",
                               None, {}),
    "registry-alias-clash-blames-the-stranger": ({REGISTRY: registry_with(_putin_alias_twice)}, "V306", REGISTRY,
                                                 "/entities/0/aliases/0", None, {}),
    "quote-link-via-speaker": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "Kim Jong Un", "kb_id": "kim-jong-un"}]))), "V327", LINKS,
        "/links/0/via/0", None, {}),
    "quote-link-verbatim-other-words": (linked(D2, links=sample_quote_links((SAMPLE_ID, "q1", D2, "q1")),
                                               sample_doc_2=lambda d: d["quotes"][0].update(
                                                   content=[_report_span(D2, "the shells")], kind="indirect")),
                                        "V333", LINKS, "/links/0/wording", None, {}),
    # a link's end records its quote's content: ids swapped in a document re-point no link silently (V340)
    "quote-link-ids-swapped": (linked(D2, links=sample_quote_links((SAMPLE_ID, "q1", D2, "q1"), wording="paraphrase"),
                                      texts_as_given=True, sample_doc_2=_second_quote_first), "V340", LINKS,
                               "/links/0/b/text", None, {}),
    "quote-link-to-a-thought": (linked(D2, links=sample_quote_links((SAMPLE_ID, "q1", D2, "q1"), wording="paraphrase"),
                                       sample_doc_2=_a_thought), "V333", LINKS, "/links/0/b", None, {}),
    "quote-link-via-other-record": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "TASS", "kb_id": "vladimir-putin"}]))), "V334", LINKS,
        "/links/0/via/0/name", None, {}),
    "quote-link-via-a-place": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "Vostochny Cosmodrome", "kb_id": "vostochny-cosmodrome"}]))), "V334", LINKS,
        "/links/0/via/0/kb_id", None, {}),
    # a channel with a record that neither linked text names (V391; V302 counts the record used by the channel)
    "quote-link-via-in-neither-text": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "Interfax", "kb_id": "interfax"}]))) | {REGISTRY: registry_with(
            lambda r: r["entities"].append(CHANNEL_RECORD))}, "V391", LINKS, "/links/0/via/0", None, {}),
    "quote-link-via-repeated": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "KCNA", "kb_id": None}, {"name": "kcna", "kb_id": None}]))), "V328",
        LINKS, "/links/0/via/1", None, {}),
    # an invisible character made a second name of one channel (V328) or of the speaker (V327): an attack
    "quote-link-via-name-with-a-word-joiner": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "via", value=[{"name": "KCNA", "kb_id": None}, {"name": "KCNA\u2060", "kb_id": None}]))), "V343",
        LINKS, "/links/0/via/1/name", None, {}),
    "quote-link-note-a-line-break": (linked(D2, links=links_with((SAMPLE_ID, "q1", D2, "q1"), change=setter(
        "links", 0, "note", value="\n"))), "V343", LINKS, "/links/0/note", None, {}),
    # two mention ids swapped (as renumbering by hand does): the relation to Putin now ends at "he", in the next
    # sentence, and the quote's speaker is Putin (V217 was a warning, and such a swap passed: a review)
    "mention-ids-swapped": ({DOC: doc_with(_putin_and_he_swapped)}, "V217", DOC, "/relations/1", None, {}),
    "speaker-far-from-quote": (_longer(setter("quotes", 0, "speaker", value="m2")), "V246", DOC, "/quotes/0/speaker",
                               None, {}),
    "mention-with-possessive": (_longer(_possessive), "V248", DOC, "/mentions/7/text", None, {}),
    "mention-across-zones": ({DOC: doc_with(lambda d: d["mentions"][3].update(
        _span_of("Vostochny Cosmodrome.\n\u201cWe")))}, "V247", DOC, "/mentions/3", None, {}),
    "registry-name-with-zero-width-space": ({REGISTRY: registry_with(setter("entities", 0, "name",
                                                                            value="Kim Jong\u200b Un"))},
                                            "V329", REGISTRY, "/entities/0/name", None, {}),
    "registry-alias-repeated": ({REGISTRY: registry_with(setter("entities", 1, "aliases",
                                                                value=["North Korean", "North Korean"]))},
                                "V329", REGISTRY, "/entities/1/aliases/1", None, {}),
    "entity-name-with-trailing-space": ({DOC: doc_with(setter("entities", 1, "name", value="Kim Jong Un "))}, "V249",
                                        DOC, "/entities/1/name", None, {}),
    "metonymy-on-a-person": ({DOC: doc_with(setter("mentions", 2, "metonymy", value=True))}, "V244", DOC,
                             "/mentions/2/metonymy", None, {}),
    "mention-begins-with-a-preposition": ({DOC: doc_with(lambda d: d["mentions"][5].update(
        _span_of("of the shells")))}, "V345", DOC, "/mentions/5", None, {}),
    "mention-inside-a-name": ({DOC: doc_with(_inside_the_cosmodrome)}, "V344", DOC, "/mentions/7", None, {}),
    "cue-of-two-quotes": ({DOC: doc_with(_second_quote_on_said)}, "V346", DOC, "/quotes/1/cue", None, {}),
    "raw-text-without-words": (_wordless(), "V347", DOC, "/length", None, {}),
    "indirect-quote-without-cue": ({DOC: doc_with(_reported_without_cue)}, "V348", DOC, "/quotes/1/cue", None, {}),
    "quote-content-inside-a-name": (_line_added(INSIDE_A_NAME_LINE, "body", _content_inside_a_name), "V349", DOC,
                                    "/quotes/1/content/0", None, {}),
    "pronoun-we-of-a-weapon": ({DOC: doc_with(_we_of_the_shells)}, "V256", DOC, "/mentions/6/entity", None, {}),
    "mention-inside-its-entity": ({DOC: doc_with(lambda d: d["mentions"].append(
        {"id": "m7", **_span_of("Putin"), "entity": "e3", "kind": "name", "metonymy": False}))}, "V245", DOC,
        "/mentions/7", None, {}),
    "entity-links-swapped": ({DOC: doc_with(_links_swapped)}, "V255", DOC, "/entities/1/name", None, {}),
    "pronoun-of-a-place": ({DOC: doc_with(_he_of_a_place)}, "V256", DOC, "/mentions/4/entity", None, {}),
    "pronoun-only-entity": ({DOC: doc_with(_he_on_its_own)}, "V257", DOC, "/entities/5", None, {}),
    "title-not-a-line": ({DOC: doc_with(setter("meta", "title", value="Kim Jong Un"))}, "V233", DOC, "/meta/title",
                         None, {}),
    "named-entity-unlinked": ({DOC: doc_with(setter("entities", 3, "kb_id", value=None)),
                               REGISTRY: registry_with(_without_cosmodrome)}, "V242", DOC, "/entities/3/kb_id", None,
                              {}),
    "record-name-left-unlinked": ({DOC: doc_with(setter("entities", 3, "kb_id", value=None))}, "V355", DOC,
                                  "/entities/3/kb_id", None, {}),
    "distinct-from-on-linked-entity": ({DOC: doc_with(setter("entities", 1, "distinct_from",
                                                             value=["vladimir-putin"]))},
                                       "V243", DOC, "/entities/1/distinct_from/0", None, {}),
    "distinct-from-repeated": ({DOC: doc_with(setter("entities", 4, "distinct_from",
                                                     value=["north-koreans", "north-koreans"]))},
                               "V243", DOC, "/entities/4/distinct_from/1", None, {}),
    "zone-inside-a-line": ({DOC: doc_with(_split_line)}, "V250", DOC, "/zones/0", None, {}),
    "relation-reversed": ({**_longer(_place_vostochny, VOSTOCHNY_TEXT), REGISTRY: registry_with(_vostochny_record)},
                          "V258", DOC, "/relations/3", None, {}),
    "containment-reversed-in-another-report": (_vostochny_reversed_in_a_report(), "V366",
                                               f"annotations/{D4}.json", "/relations/2", None, {}),
    "name-left-unannotated": (_longer(lambda _: None, KIM_AGAIN_TEXT), "V367", DOC, "/mentions", None, {}),
    "pronoun-left-unannotated": (_longer(lambda _: None, HIS_TEXT), "V384", DOC, "/tokens/15", None, {}),
    "direct-fragment-short-of-its-mark": ({DOC: doc_with(_quote_split_inside_its_marks)}, "V386", DOC,
                                          "/quotes/0/content/0", None, {}),
    "direct-quote-short-of-its-comma": ({DOC: doc_with(_quote_short_of_its_comma)}, "V386", DOC,
                                        "/quotes/0/content/0", None, {}),
    "reported-clause-without-its-subject": (_line_added(SHELLS_LINE, "body", _shells_quoted_without_subject), "V387",
                                            DOC, "/quotes/1/content/0", None, {}),
    "plural-pronoun-left-unannotated": (_longer(lambda _: None, THEIR_TEXT), "V385", DOC, "/tokens/15", None, {}),
    "relation-nationality-beside-leader-of": ({DOC: doc_with(lambda d: d["relations"].append(
        {**d["relations"][0], "id": "r9", "type": "NATIONALITY"}))}, "V259", DOC, "/relations/2", None, {}),
    "relation-supplier-is-recipient": ({DOC: doc_with(_supplies_and_receives)}, "V259", DOC, "/relations/3", None, {}),
    "relation-denied-without-negation": ({DOC: doc_with(setter("relations", 0, "factuality", value="denied"))},
                                         "V260", DOC, "/relations/0/factuality", None, {}),
    "attribution-thought-of-said": ({DOC: doc_with(setter("quotes", 0, "attribution", value="thought"))}, "V261", DOC,
                                    "/quotes/0/attribution", None, {}),
    "quote-content-without-word": ({DOC: doc_with(lambda d: d["quotes"][0].update(content=[_span_of(",")],
                                                                                  kind="indirect"))}, "V237",
                                   DOC, "/quotes/0/content/0", None, {}),
    "quote-content-in-boilerplate": ({DOC: doc_with(setter("zones", 1, "kind", value="boilerplate"))}, "V262", DOC,
                                     "/quotes/0/content/0", None, {}),
    "quote-fragments-apart": (_longer(lambda d: d["quotes"][0].update(kind="indirect", content=[
        _located(LONGER_TEXT, "at the Vostochny Cosmodrome"), _located(LONGER_TEXT, "We will win")])), "V263", DOC,
        "/quotes/0/content/1", None, {}),
    "cue-over-speaker": ({DOC: doc_with(lambda d: d["quotes"][0].update(cue={k: d["mentions"][4][k] for k in (
        "start", "end", "text")}))}, "V264", DOC,
                         "/quotes/0/cue", None, {}),
    "headline-after-the-body": ({DOC: doc_with(setter("zones", 1, "kind", value="headline"))}, "V265", DOC,
                                "/zones/1/kind", None, {}),
    "sentence-across-zones": ({DOC: doc_with(_sentences_merged)}, "V266", DOC, "/sentences/0", None, {}),
    "sentence-ends-inside-a-name": ({DOC: doc_with(_sentence_ends_inside_a_name)}, "V240", DOC, "/mentions/3", None,
                                    {}),
    # the sentence layer is the splitter's, with every start added or removed by hand counted (V283)
    "sentence-split-by-hand-uncounted": ({DOC: doc_with(_sentence_split_by_hand)}, "V283", DOC, "/sentences/1", None,
                                         {}),
    "sentence-corrections-not-made": ({DOC: doc_with(setter("tokenizer", "sentence_corrections", value=2))}, "V283",
                                      DOC, "/tokenizer/sentence_corrections", None, {}),
    "relation-in-boilerplate": ({DOC: doc_with(setter("zones", 0, "kind", value="boilerplate"))}, "V270", DOC,
                                "/zones/0/kind", None, {}),
    "relation-against-address": (_line_added(ADDRESS_LINE, "byline", _address_reversed, _place_records), "V271", DOC,
                                 "/relations/2", None, {}),
    "relation-against-in": (_line_added(IN_LINE, "body", _place_in_place_reversed, _place_records), "V434", DOC,
                            "/relations/2", None, {}),
    "relation-against-state-after-place": (_line_added(STATE_LINE, "body", _state_after_place_reversed,
                                                       _classed_place_records), "V271", DOC, "/relations/2", None, {}),
    "quote-cue-left-out": ({DOC: doc_with(setter("quotes", 0, "cue", value=None))}, "V272", DOC, "/quotes/0/cue",
                           None, {}),
    "quote-speaker-left-out": ({DOC: doc_with(setter("quotes", 0, "speaker", value=None))}, "V273", DOC,
                               "/quotes/0/speaker", None, {}),
    "reporting-as-boilerplate": (_line_added(REPORTING_LINE, "boilerplate", _reporting_mentions, _kim_alias), "V275",
                                 DOC, "/zones/2/kind", None, {}),
    "heading-labelled-body": (_line_added(HEADING_LINE, "body", _heading_names), "V276", DOC, "/zones/2/kind", None,
                              {}),
    "paragraph-labelled-subheading": ({DOC: doc_with(setter("zones", 0, "kind", value="subheading"))}, "V277", DOC,
                                      "/zones/0/kind", None, {}),
    "paragraph-labelled-dateline": ({DOC: doc_with(setter("zones", 0, "kind", value="dateline"))}, "V278", DOC,
                                    "/zones/0/kind", None, {}),
    "mixed-quote-marked-indirect": (_line_added(MIXED_LINE, "body", _mixed_as_indirect), "V274", DOC,
                                    "/quotes/1/kind", None, {}),
    "token-split-inside-a-word": ({DOC: doc_with(_token_split)}, "V267", DOC, "/tokens/1", None, {}),
    "token-zero-width-space": (_zero_width_space_token(), "V268", DOC, f"/tokens/{ZWSP_TOKEN}", None, {}),
    "token-control-character": (_control_character_token(), "V279", DOC, f"/tokens/{ZWSP_TOKEN}", None, {}),
    "token-mark-split-from-letter": (_mark_split_token(), "V452", DOC, f"/tokens/{MARK_TOKEN}", None, {}),
    "hydrated-text-not-annotated": (_hydrated_on_other_words(), "V269", DOC, "/sha256", None, {}),
    "token-merged-with-its-comma": ({DOC: doc_with(_token_merged)}, "V267", DOC, "/tokens/18", None, {}),
    # a name mention of a linked entity is its record's name, an alias or a misspelling the record lists (V281)
    "name-misspelt-unrecorded": (_misspelt_name(recorded=False), "V281", DOC, "/mentions/1", None, {}),
    "registry-misspelling-names-another-record": ({REGISTRY: registry_with(setter(
        "entities", 0, "misspellings", value=["Vladimir Putin"]))}, "V306", REGISTRY, "/entities/0/misspellings/0",
        None, {}),
    "registry-misspelling-is-an-alias": ({REGISTRY: registry_with(setter(
        "entities", 1, "misspellings", value=["North Korean"]))}, "V329", REGISTRY, "/entities/1/misspellings/0",
        None, {}),
    # furniture labelled as another kind: a dateline's date hidden from V231, a credit left out of the credits (V282)
    "dateline-labelled-boilerplate": (_dated(_relabelled_dateline("boilerplate", "2023-09-12")), "V282", DOC,
                                      "/zones/0/kind", None, {}),
    "dateline-labelled-byline": (_dated(_relabelled_dateline("byline", "2023-09-13")), "V282", DOC, "/zones/0/kind",
                                 None, {}),
    "credit-labelled-boilerplate": (_line_added(CREDIT_LINE, "boilerplate", _nothing), "V282", DOC, "/zones/2/kind",
                                    None, {}),
    "tokenizer-renamed-over-a-split": ({DOC: doc_with(_token_split_under_another_name)}, "V280", DOC,
                                       "/tokenizer/name", None, {}),
    "tokenizer-version-unknown": ({DOC: doc_with(setter("tokenizer", "version", value="0.9"))}, "V280", DOC,
                                  "/tokenizer/version", None, {}),
    "tokenizer-corrections-not-made": ({DOC: doc_with(setter("tokenizer", "corrections", value=3))}, "V267", DOC,
                                       "/tokenizer/corrections", None, {}),
    # what the text shows left null: the dateline's day, the headline (found by an attack on the document layers)
    "date-null-beside-its-dateline": (_dated(setter("meta", "date", value=None)), "V231", DOC, "/meta/date", None, {}),
    "title-null-beside-its-headline": (_headed(setter("meta", "title", value=None)), "V233", DOC, "/meta/title",
                                       None, {}),
    "date-not-the-datelines": (_dated(setter("meta", "date", value="2023-09-12")), "V231", DOC, "/meta/date", None,
                               {}),
    "rights-note-zero-width-space": ({DOC: doc_with(setter("meta", "rights", "note", value="\u200b"))}, "V232", DOC,
                                     "/meta/rights/note", None, {}),
    "rights-holder-not-credited": ({DOC: doc_with(setter("meta", "rights", "holder", value="Reuters")),
                                    REGISTRY: registry_with(_outlet_record)}, "V232", DOC, "/meta/rights/holder",
                                   None, {}),
    "outlet-not-shown": ({DOC: doc_with(setter("meta", "outlet", value="Reuters")),
                          REGISTRY: registry_with(_outlet_record)},
                         "V233", DOC, "/meta/outlet", None, {}),
    "title-is-a-paragraph": ({DOC: doc_with(setter("meta", "title", value=SAMPLE_TEXT.split("\n")[0]))}, "V233", DOC,
                             "/meta/title", None, {}),
    "direct-quote-content-with-mark": ({DOC: doc_with(setter("quotes", 0, "content",
                                                             value=[_span_of("\u201cWe will win,")]))},
                                       "V251", DOC, "/quotes/0/content", None, {}),
    "indirect-quote-between-marks": ({DOC: doc_with(setter("quotes", 0, "kind", value="indirect"))}, "V252", DOC,
                                     "/quotes/0/kind", None, {}),
    "name-marked-nominal": ({DOC: doc_with(setter("mentions", 2, "kind", value="nominal"))}, "V253", DOC,
                            "/mentions/2/kind", None, {}),
    "name-marked-nominal-and-unlinked": ({DOC: doc_with(_putin_demoted)}, "V253", DOC, "/mentions/2/kind", None, {}),
    "name-without-capital": ({DOC: doc_with(lambda d: d["mentions"].append(
        {"id": "m7", **_span_of("leader"), "entity": "e2", "kind": "name", "metonymy": False}))}, "V254", DOC,
        "/mentions/7/kind", None, {}),
    "document-names-the-registry-schema": (
        {DOC: doc_with(setter("$schema", value="../schema/v1/registry.schema.json"))}, "V350", DOC, "/$schema", None,
        {}),
    "document-names-a-missing-schema": ({DOC: doc_with(setter("$schema", value="schema/document.json"))}, "V350", DOC,
                                        "/$schema", None, {}),
    "splits-name-a-missing-schema": ({SPLITS: dump({**sample_splits(), "$schema": "../schema/v1/split.schema.json"})},
                                     "V351", SPLITS, "/$schema", 0, {}),
    "registry-names-the-document-schema": ({REGISTRY: dump({**sample_registry(),
                                                            "$schema": "../schema/v1/document.schema.json"})},
                                           "V351", REGISTRY, "/$schema", 0, {}),
    "document-language-not-english": ({DOC: doc_with(setter("meta", "language", value="de"))}, "V352", DOC,
                                      "/meta/language", None, {}),
    "source-file-of-another-document": (_source_file_copied(), "V353", "annotations/sample-doc-2.json",
                                        "/meta/source_file", None, {}),
    "name-split-off-its-record": ({DOC: doc_with(_kim_split_off)}, "V355", DOC, "/entities/5/kb_id", None, {}),
    "nominal-without-its-article": ({DOC: doc_with(lambda d: d["mentions"][5].update(
        _span_of("the shells") | {"start": _span_of("the shells")["start"] + 4, "text": "shells"}))}, "V354", DOC,
        "/mentions/5", None, {}),
    # a mention's span moved by a word (the twenty-sixth session's attack)
    "nominal-opened-by-a-subordinator": ({RAW: IF_TEXT.encode("utf-8"), DOC: _with_shells(IF_TEXT, "if")}, "V413",
                                         DOC, "/mentions/5", None, {}),
    "nominal-widened-over-the-word-before": ({RAW: RE_TEXT.encode("utf-8"), DOC: _with_shells(RE_TEXT, "re")}, "V414",
                                             DOC, "/mentions/5", None, {}),
    "name-cut-inside-its-record-name": ({REGISTRY: registry_with(lambda r: r["entities"][2]["aliases"].append("Putin")),
                                         DOC: doc_with(lambda d: d["mentions"][2].update(_span_of("Putin")))},
                                        "V415", DOC, "/mentions/2", None, {}),
    # a nominal cut back off its head noun (twenty-seventh session)
    **{name: (_head_cut_off(code), code, DOC, "/mentions/8", None, {}) for name, code in (
        ("nominal-ends-on-a-nationality", "V416"), ("nominal-stops-before-its-chain-s-head", "V417"),
        ("nominal-ends-on-a-premodifier", "V418"))},
    # a quote held to its words (found by an attack on the quote layer)
    "cue-over-a-mention": ({DOC: doc_with(setter("quotes", 0, "cue", value=_span_of("shells")))}, "V363", DOC,
                           "/quotes/0/cue", None, {}),
    "speaker-is-the-one-told": (_told("m8", "the shells would help if the war went on"), "V364", DOC,
                                "/quotes/1/speaker", None, {}),
    "reported-speech-cut-before-if": (_told("m7", "the shells would help"), "V365", DOC, "/quotes/1/content", None,
                                      {}),
    # a quote's words, speaker and the quotation itself held to the text (twentieth session)
    "cue-on-no-word-of-saying": ({DOC: doc_with(setter("quotes", 0, "cue", value=_span_of("of")))}, "V380", DOC,
                                 "/quotes/0/cue", None, {}),
    # a cue on a verb of no speech act, a person's spoken words typed as written (twenty-fourth session)
    "cue-on-a-verb-of-no-speech-act": (_line_added(ACCEPTED_LINE, "body", _cue_on_accepted), "V380", DOC,
                                       "/quotes/1/cue", None, {}),
    "person-said-attributed-as-writing": ({DOC: doc_with(setter("quotes", 0, "attribution", value="writing"))},
                                          "V401", DOC, "/quotes/0/attribution", None, {}),
    "speaker-not-the-cue-s-subject": (_line_added(BESIDE_LINE, "body", _speaker_beside), "V402", DOC,
                                      "/quotes/1/speaker", None, {}),
    "spokesperson-typed-as-official": (_line_added(SPOKESMAN_LINE, "body", _spokesman_as_official, _unverified(
        ("ORG", "Kremlin"), ("PER", "Dmitry Peskov"))), "V430", DOC, "/relations/2/type", None, {}),
    "office-typed-as-a-post": (_line_added(ADVISER_LINE, "body", _adviser_affiliated, _unverified(
        ("ORG", "Kremlin"), ("PER", "Ivan Petrov"))), "V431", DOC, "/relations/2/type", None, {}),
    "office-without-a-word-of-office": (_line_added(GUEST_LINE, "body", _guest_official, _unverified(
        ("ORG", "Kremlin"), ("PER", "Ivan Petrov"))), "V451", DOC, "/relations/2/type", None, {}),
    "organ-typed-as-lying-in-its-state": (_line_added(OWNED_LINE, "body", _fleet_typed("LOCATED_IN"), _classed_russia),
                                          "V440", DOC, "/relations/2/type", None, {}),
    "organ-typed-as-a-nationality": (_line_added(OWNED_LINE, "body", _fleet_typed("NATIONALITY"), _classed_russia),
                                     "V442", DOC, "/relations/2/type", None, {}),
    "containment-of-a-list": (_line_added(LISTED_LINE, "body", _listed_located, _place_records), "V441", DOC,
                              "/relations/2/type", None, {}),
    "place-typed-as-an-organ": (_line_added(PLACED_LINE, "body", _placed_as_organ, _unverified(
        ("ORG", "Kookmin University"), ("GPE", "Seoul"))), "V435", DOC, "/relations/2/type", None, {}),
    "national-body-typed-as-organ": (_line_added(TASS_LINE, "body", _agency_as_organ, _classed_russia_and("TASS")),
                                     "V448", DOC, "/relations/2/type", None, {}),
    # relation types the thirty-first session's sweeps passed (thirty-second session)
    "nationality-of-no-state": (_line_added(CITIZEN_LINE, "body", _city_nationality, _classed_states(
        ("PER", "Ivan Petrov"), ("GPE", "Tallinn"), russia=False)), "V463", DOC, "/relations/3/type", None, {}),
    "state-inside-a-state": (_line_added(STATES_LINE, "body", _state_in_a_state, _classed_states()), "V464", DOC,
                             "/relations/2/type", None, {}),
    # a relation's argument the thirty-third session's relation-argument sweep moved (thirty-third session)
    "place-as-traveller": (_line_added(FLIGHT_LINE, "body", _place_as_traveller, _unverified(("GPE", "Riga"), (
        "GPE", "Tallinn"))), "V472", DOC, "/relations/2/head", None, {}),
    # a relation's argument moved where the registry's classes decide (thirty-fourth session)
    "state-inside-a-city": (_line_added(STATE_CITY_LINE, "body", _state_in_a_city, _classed_state_and_city), "V475",
                            DOC, "/relations/2/type", None, {}),
    "leader-of-a-place-past-another-title": (_line_added(TITLES_LINE, "body", _leader_of_a_city, _unverified(
        *_LEADERS_RECORDS)), "V419", DOC, "/relations/2/tail", None, {}),
    "official-of-the-next-title": (_line_added(TITLED_LIST_LINE, "body", _official_of_the_next_title, _unverified(
        *_LISTED_RECORDS)), "V419", DOC, "/relations/4/tail", None, {}),
    "member-typed-leader": (_line_added(MEMBERS_LINE, "body", _members_leading, _unverified(("ORG", "Kremlin"))),
                            "V465", DOC, "/relations/2/type", None, {}),
    "origin-typed-as-destination": (_line_added(ORIGIN_LINE, "body", _origin_as_destination, _unverified(
        ("PER", "Ivan Petrov"), ("GPE", "Minsk"))), "V447", DOC, "/relations/2/type", None, {}),
    "first-person-of-another": (_line_added(I_LINE, "body", _i_of_kim), "V428", DOC, "/mentions/7/entity", None, {}),
    "paragraphs-in-one-zone": (_line_added(THIRD_LINE, "body", _paragraphs_merged), "V433", DOC, "/zones/0", None,
                               {}),
    "speaker-a-sentence-early": (_line_added(EARLIER_LINE, "body", _speaker_a_sentence_early), "V432", DOC,
                                 "/quotes/1/speaker", None, {}),
    # a speaker in another report's words, a news agency's dispatch typed speech (twenty-ninth session)
    "speaker-inside-another-report": (_line_added(REPORTS_LINE, "body", _speaker_in_another_report), "V437", DOC,
                                      "/quotes/2/speaker", None, {}),
    "news-agency-said-attributed-as-speech": (_line_added(AGENCY_LINE, "body", _agency_heard, _unverified(
        ("ORG", "Korean Central News Agency"))), "V438", DOC, "/quotes/1/attribution", None, {}),
    # a speaker other than the source a passive or a noun of saying names, one past the cue's phrase (thirtieth session)
    "speaker-not-the-agent-of-told-by": (_line_added(TOLD_BY_LINE, "body", _told_by_as_the_one_told), "V449", DOC,
                                         "/quotes/1/speaker", None, {}),
    "speaker-past-the-cue-s-phrase": (_line_added(WITHOUT_ASKING_LINE, "body", _speaker_past_the_cue), "V450", DOC,
                                      "/quotes/1/speaker", None, {}),
    # a quote left without the speaker its cue's phrase, an apposition's subject or a participle's clause names, a
    # speaker other than the participle's subject (thirty-first session)
    "speaker-null-though-told-by": (_line_added(TOLD_BY_LINE, "body", _told_by_left_unsaid), "V459", DOC,
                                    "/quotes/1/speaker", None, {}),
    "speaker-null-before-a-relative-clause": (_line_added(WHO_MET_LINE, "body",
                                                          _subject_before_a_relative_clause_left_out), "V460", DOC,
                                              "/quotes/1/speaker", None, {}),
    "speaker-null-of-a-participle": (_line_added(SAYING_LINE, "body", _participle_s_subject(None)), "V461", DOC,
                                     "/quotes/1/speaker", None, {}),
    "speaker-not-the-participle-s-subject": (_line_added(SAYING_LINE, "body", _participle_s_subject("m8")), "V462",
                                             DOC, "/quotes/1/speaker", None, {}),
    "speaker-the-body-of-the-subject-s-post": (_line_added(POST_LINE, "body", _post_s_body_as_speaker, _unverified(
        ("ORG", "Kremlin"), ("PER", "Ivan Petrov"))), "V462", DOC, "/quotes/1/speaker", None, {}),
    "speaker-the-verb-s-object": (_line_added(OBJECT_LINE, "body", _verb_s_object_as_speaker), "V482", DOC,
                                  "/quotes/1/speaker", None, {}),
    "capital-for-two-states": (_moscow_in_reports(), "V429", f"annotations/{D4}.json", "/mentions/7", None, {}),
    "reported-speech-speaker-null": (_told(None, "the shells would help if the war went on"), "V381", DOC,
                                     "/quotes/1/speaker", None, {}),
    "quotation-left-unannotated": (_line_added(UNQUOTED_LINE, "body", _nothing), "V382", DOC, "/quotes", None, {}),
    "quoted-travel-asserted": (_line_added(WENT_LINE, "body", _quoted_travel_asserted), "V383", DOC,
                               "/relations/2/factuality", None, {}),
    "transfer-against-its-verb": (_longer(_kim_receives_what_he_supplies, TRANSFER_TEXT), "V360", DOC,
                                  "/relations/2/type", None, {}),
    "plan-marked-asserted": (_longer(_plan_as_fact, TRANSFER_TEXT), "V368", DOC, "/relations/2/factuality", None,
                             {}),
    "meeting-without-a-word-of-meeting": (_longer(_praise_as_meeting, TRANSFER_TEXT), "V361", DOC,
                                          "/relations/2/type", None, {}),
    "title-relation-possible": ({DOC: doc_with(setter("relations", 0, "factuality", value="possible"))}, "V362", DOC,
                                "/relations/0/factuality", None, {}),
    "copyright-notice-labelled-byline": (_line_added(COPYRIGHT_LINE, "byline", lambda doc: None), "V282", DOC,
                                         ADDED_ZONE_KIND, None, {}),
    "copyright-c-notice-labelled-body": (_line_added("(c) 2023 Reuters", "body", lambda doc: None), "V282", DOC,
                                         ADDED_ZONE_KIND, None, {}),
    "copyright-circled-c-notice-labelled-body": (_line_added("\u24b8 2023 reuters", "body", lambda doc: None), "V282",
                                                 DOC, ADDED_ZONE_KIND, None, {}),
    # boilerplate and a heading of the corpus labelled a dateline, a byline and a heading (V444-V446)
    "boilerplate-labelled-dateline": (_line_added("___", "dateline", _nothing), "V444", DOC,
                                      ADDED_ZONE_KIND, None, {}),
    "heading-labelled-byline": (_line_added("Ballistic missiles", "byline", _nothing), "V445", DOC,
                                ADDED_ZONE_KIND, None, {}),
    "separator-labelled-subheading": (_line_added("___", "subheading", _nothing), "V446", DOC,
                                      ADDED_ZONE_KIND, None, {}),
    "speaker-relation-from-what-is-said": (_line_added(READY_LINE, "body", _travel_from_what_is_said), "V370", DOC,
                                           "/relations/2/factuality", None, {}),
    # chains and sentences a contributor broke that passed (twenty-first session's attack)
    "pronoun-moved-to-a-chain-far-off": (_longer(_he_of_putin_far_off, FAR_TEXT), "V375", DOC, "/mentions/4/entity",
                                         None, {}),
    "weapon-nominal-retyped": ({DOC: doc_with(lambda d: d["entities"][4].update(type="VEH")),
                                REGISTRY: registry_with(_shells_record)}, "V376", DOC, "/mentions/5/entity", None, {}),
    "coordinated-referents-merged": (_line_added(ROCKETS_LINE, "body", _rockets_merged_into_the_shells), "V377", DOC,
                                     "/mentions/8/entity", None, {}),
    "weapon-classes-merged": (_line_added(TANKS_LINE, "body", _tanks_merged_into_the_shells), "V390", DOC,
                              "/mentions/7/entity", None, {}),
    "briefing-attributed-as-writing": (_line_added(BRIEFING_LINE, "body", _briefing_as_writing), "V261", DOC,
                                       "/quotes/1/attribution", None, {}),
    "sentences-joined-and-counted": ({DOC: doc_with(_sentences_joined_and_counted)}, "V283", DOC, "/sentences/0",
                                     None, {}),
    "sentence-split-and-counted": ({DOC: doc_with(_sentence_split_and_counted)}, "V283", DOC, "/sentences/1", None,
                                   {}),
    "paragraph-taking-up-the-body-labelled-boilerplate": (_line_added(HIS_TRAIN_LINE, "boilerplate", _his_train),
                                                          "V378", DOC, "/zones/2/kind", None, {}),
    "paragraph-with-a-pronoun-labelled-boilerplate": (_line_added(COUNCIL_LINE, "boilerplate", _council), "V378", DOC,
                                                      "/zones/2/kind", None, {}),
    "photos-attributed-as-writing": (_line_added(PHOTOS_LINE, "body", _photos_as_writing), "V379", DOC,
                                     "/quotes/1/attribution", None, {}),
    # an edge, a type and a side a contributor got wrong that passed (twenty-second session's attack)
    # `... the shells [would]` before `help`: a clause may close on no article (`... if [the]` is V387's)
    "reported-speech-cut-inside-a-phrase": (_told("m7", "the shells would"), "V395", DOC,
                                            "/quotes/1/content/0", None, {}),
    "leader-typed-as-nationality": ({DOC: doc_with(setter("relations", 0, "type", value="NATIONALITY"))}, "V396",
                                    DOC, "/relations/0/type", None, {}),
    # a factuality or a transfer's side a contributor got wrong that passed (twenty-sixth session's attack)
    "meeting-possible-without-a-hedge": ({DOC: doc_with(setter("relations", 1, "factuality", value="possible"))},
                                         "V410", DOC, "/relations/1/factuality", None, {}),
    "transfer-with-two-suppliers": (_line_added(NEEDS_LINE, "body", _two_suppliers), "V411", DOC,
                                    "/relations/3/type", None, {}),
    "address-marked-possible": (_line_added(STATE_LINE, "body", _address_possible, _place_records), "V412", DOC,
                                "/relations/2/factuality", None, {}),
    "recipient-after-to-typed-supplier": (_line_added(SOLD_TO_LINE, "body", _recipient_typed_supplier), "V397", DOC,
                                          "/relations/3/type", None, {}),
    # an argument re-pointed at another mention of its sentence that passed (twenty-seventh session's attack)
    "leader-off-its-title": ({DOC: doc_with(setter("relations", 0, "head", value="m3"))}, "V419", DOC,
                             "/relations/0/head", None, {}),
    "meeting-across-a-semicolon": (_line_added(PARTED_LINE, "body", _meeting_across_semicolon), "V420", DOC,
                                   "/relations/2/tail", None, {}),
    "reporter-as-supplier": (_line_added(REPORTED_LINE, "body", _reporter_as_supplier), "V421", DOC,
                             "/relations/2/head", None, {}),
    "inviter-as-traveller": (_line_added(INVITED_LINE, "body", _inviter_as_traveller), "V421", DOC,
                             "/relations/2/head", None, {}),
    "war-place-as-supplier": (_line_added(WAR_SALE_LINE, "body", _war_place_as_supplier, _unverified(
        ("GPE", "Ukraine"))), "V476", DOC, "/relations/4/head", None, {}),
    "met-party-as-traveller": (_line_added(MET_LINE, "body", _met_party_as_traveller, _unverified(
        ("GPE", "Vladivostok"))), "V473", DOC, "/relations/4/head", None, {}),
    # a factuality or a transfer's side that a word out of reach spared (twenty-seventh session's attack)
    "sale-possible-for-a-hedge-after": (_line_added(AHEAD_LINE, "body", _one_transfer(
        AHEAD_LINE, "Kim Jong Un", "e2", "SUPPLIES", "possible")), "V422", DOC, "/relations/2/factuality", None, {}),
    "sale-denied-for-a-negation-after": (_line_added(NOT_ROCKETS_LINE, "body", _one_transfer(
        NOT_ROCKETS_LINE, "Kim Jong Un", "e2", "SUPPLIES", "denied")), "V423", DOC, "/relations/2/factuality", None,
        {}),
    "buyer-by-bid-typed-supplier": (_line_added(BID_LINE, "body", _one_transfer(
        BID_LINE, "Vladimir Putin", "e3", "SUPPLIES", "possible")), "V424", DOC, "/relations/2/type", None, {}),
    "buyer-by-adjective-typed-supplier": (_line_added(ADJECTIVE_BID_LINE, "body", _buyer_by_adjective_typed_supplier,
                                                      _place_record(1)), "V424", DOC, "/relations/2/type", None, {}),
    "buyer-in-addition-typed-supplier": (_line_added(ADDED_LINE, "body", _buyer_in_addition_typed_supplier), "V424",
                                         DOC, "/relations/2/type", None, {}),
    "buyer-in-addition-aside-typed-supplier": (_line_added(ADDED_ASIDE_LINE, "body",
                                                           _buyer_in_addition_aside_typed_supplier), "V424",
                                               DOC, "/relations/2/type", None, {}),
    "buyer-by-adjective-after-possessive": (_line_added(
        ADJECTIVE_BID_AFTER_POSSESSIVE_LINE, "body", _buyer_by_adjective_after_possessive, _place_record(1)), "V424",
        DOC, "/relations/2/type", None, {}),
    "title-list-conjunct-reported": (_line_added(TITLE_LIST_LINE, "body", _title_list_conjunct_reported), "V362", DOC,
                                     "/relations/3/factuality", None, {}),
    "supplier-by-noun-typed-recipient": (_line_added(SUPPLIER_LINE, "body", _one_transfer(
        SUPPLIER_LINE, "Kim Jong Un", "e2", "RECEIVES", "asserted")), "V467", DOC, "/relations/2/type", None, {}),
    # a sentence split after a title, a dateline's dash in its paragraph (thirty-fourth session's boundary sweeps)
    "sentence-ended-after-a-title": (_line_added(TITLE_LINE, "body", _split_after_the_title), "V478", DOC,
                                     "/sentences/2", None, {}),
    "closing-mark-split-off": (_line_added(CLOSED_LINE, "body", _closing_mark_split_off), "V479", DOC,
                               "/sentences/3", None, {}),
    "dateline-dash-in-its-paragraph": (_first_line(PREFIXED_TEXT, "body", {}, _dash_in_the_paragraph), "V250", DOC,
                                       "/zones/1", None, {}),
    # a cue and a content one token wide (thirty-third session's boundary sweep)
    "cue-over-its-comma": (_line_added(SAYING_LINE, "body", _saying_with(", saying", "the shells would help")), "V468",
                           DOC, "/quotes/1/cue", None, {}),
    "reported-speech-over-its-complementizer": (_line_added(SAYING_LINE, "body", _saying_with(
        "saying", "that the shells would help")), "V469", DOC, "/quotes/1/content/0", None, {}),
    "sale-asserted-under-a-demand": (_line_added(DEMAND_LINE, "body", _one_transfer(
        DEMAND_LINE, "Kim Jong Un", "e2", "SUPPLIES", "asserted")), "V368", DOC, "/relations/2/factuality", None, {}),
    # a type a contributor got wrong that passed (twenty-third session's attack)
    "traveller-typed-official": (_line_added(ARRIVED_LINE, "body", _traveller_typed_official, _place_record(0)), "V398",
                                 DOC, "/relations/2/type", None, {}),
    "organ-typed-traveller": (_line_added(NAVY_LINE, "body", _organ_typed_traveller, _place_record(1)), "V399", DOC,
                              "/relations/2/type", None, {}),
    "pronoun-marked-metonymic": (_line_added(KEPT_LINE, "body", _pronoun_metonymic, _place_record(1)), "V400", DOC,
                                 "/mentions/8/metonymy", None, {}),
    "mention-cut-to-its-article": ({DOC: doc_with(_cut_to_its_article)}, "V345", DOC, "/mentions/5", None, {}),
    "reported-speech-over-its-period": (_told("m7", "the shells would help if the war went on."), "V251", DOC,
                                        "/quotes/1/content", None, {}),
    # a reported clause cut one word short at either edge that passed (thirty-seventh session's quote-boundary sweep)
    "reported-speech-after-its-if": (_told("m7", "the war went on"), "V487", DOC, "/quotes/1/content/0", None, {}),
    "reported-speech-short-of-its-period": (_told("m7", "the shells would help if the war went"), "V488", DOC,
                                            "/quotes/1/content/0", None, {}),
    # an omission and a type a contributor got wrong that passed (twenty-fourth session): a quote deleted whole; no
    # record holds an unlinked entity's type
    "reported-speech-left-out": (_line_added(TOLD_LINE, "body", _reported_without_its_quote), "V404", DOC,
                                 "/quotes", None, {}),
    # a report whose cue is no verb of V404 deleted whole that passed (twenty-sixth session): `He warned ... that`
    "reported-warning-left-out": (_line_added(WARNED_LINE, "body",
                                              lambda d: _reported_without_its_quote(d, WARNED_LINE)), "V407", DOC,
                                  "/quotes", None, {}),
    # a second report of a sentence that a quote touches, in no quote (twenty-seventh session: 15 such deletions passed)
    "report-beside-a-quote-left-out": (_line_added(SECOND_REPORT_LINE, "body", _report_beside_a_quote), "V425", DOC,
                                       "/quotes", None, {}),
    "shells-typed-a-vehicle": ({DOC: doc_with(lambda d: d["entities"][4].update(type="VEH"))}, "V403", DOC,
                               "/mentions/5/entity", None, {}),
    # two chains merged into one that passed (twenty-fifth session's attack): a group into a person, a war into a summit
    "group-merged-into-a-person": (_line_added(LEADERS_LINE, "body", _leaders_merged_into_kim), "V405", DOC,
                                   "/mentions/7/entity", None, {}),
    "war-merged-into-a-summit": (_line_added(LEADERS_LINE, "body", _war_merged_into_the_summit), "V406", DOC,
                                 "/mentions/8/entity", None, {}),
    # an entity retyped that passed (twenty-ninth session's attack): a group against its members' type
    "group-typed-against-its-members": (_line_added(PAIR_LINE, "body", _pair_typed_an_organisation), "V439", DOC,
                                        "/mentions/7/entity", None, {}),
    # a chain split that passed (thirtieth session's attack): a group of the same members as another entity's
    "group-split": (_line_added(PAIRS_LINE, "body", _pair_split), "V436", DOC, "/mentions/10/entity", None, {}),
    # a capital moved to a city's entity that passed (thirty-first session's sweep): V429 compares states alone
    "capital-in-a-city-entity": (_line_added(MOSCOW_LINE, "body", _moscow_in_a_city, _place_records), "V455", DOC,
                                 "/mentions/10/entity", None, {}),
    # a group's `they` moved into an unlinked chain that is `he` that passed (thirty-first session's sweep)
    "they-of-one-person": (_line_added(THEY_LINE, "body", _they_of_a_cosmonaut), "V256", DOC, "/mentions/9/entity",
                           None, {}),
    # the thirty-first session's widenings (cases of the thirty-second): a group of metonymic names left unmarked
    # (V400), a paragraph run on over the subheading after it (V433), a misspelling its record lists marked nominal
    # (V253)
    "metonymic-group-left-unmarked": (_line_added(CAPITALS_LINE, "body", _capitals_group_unmarked,
                                                  _corpus_records("russia", "north-korea")), "V400", DOC,
                                      "/mentions/7/metonymy", None, {}),
    "paragraph-run-on-over-a-subheading": (_line_added(SUBHEADED_LINES, "body", _paragraph_over_its_subheading), "V433",
                                           DOC, "/zones/2", None, {}),
    "misspelling-marked-nominal": (_misspelling_marked_nominal(), "V253", DOC, "/mentions/1/kind", None, {}),
    # zones and entity types that passed the thirtieth session's attack: a credit line and the outlet's furniture
    # labelled a heading (V282), a mixed group typed as none of its members (V439), a weapon's kind retyped (V403)
    "credit-line-labelled-subheading": (_line_added(CREDIT_LINE, "subheading", _nothing), "V282", DOC,
                                        ADDED_ZONE_KIND, None, {}),
    "read-time-labelled-subheading": (_line_added("4 minute read", "subheading", _nothing), "V282", DOC,
                                      ADDED_ZONE_KIND, None, {}),
    "mixed-group-typed-as-none-of-its-members": (_line_added(ARMY_LINE, "body", _mixed_group_typed_a_place), "V439",
                                                 DOC, "/mentions/7/entity", None, {}),
    "weapon-kind-typed-an-event": (_line_added(ARMY_LINE, "body", _weapon_kind_typed_an_event), "V403", DOC,
                                   "/mentions/7/entity", None, {}),
}


#: the codes a case also produces besides its own, each a true consequence of the one mistake
ALSO: dict[str, tuple[str, ...]] = {
    # (no longer: the entity dangling-mention-entity's mention left, V207's; the relation duplicate-ids re-pointed,
    # V206's; the relations of entity-type-differs-from-registry's entity, which its record's type fits, V216's)
    "raw-text-changed-since-first-commit": ("V326",),  # the manifest was edited to record the edited text
    "dangling-kb-id": ("V302",),  # the record the entity linked is now used by no document
    "record-name-left-unlinked": ("V302",),  # its record is now used by no document
    "referent-split": ("V255", "V302"),  # the record the entity linked (vostochny-cosmodrome) is now used by no
    # document, and the entity's name "Vostochny Cosmodrome" names that record, not vladimir-putin
    # migrated, a 1.0.0 document still needs its rights, zones, factuality (two relations) and attribution types
    "schema-version-needs-migration": ("V221", "V229", "V235", "V236"),
    "rights-holder-not-credited": ("V302",),  # the outlet's record, added for the holder to name, is used nowhere
    "outlet-not-shown": ("V302",),  # the outlet's record, added for the outlet to name, is used nowhere
    # MEETS(Kim Jong Un, he): "he" is Kim's; and the quote's speaker m5 is now Putin's name, in the sentence before
    # the cue's
    "mention-ids-swapped": ("V222", "V432"),
    # Kim's name, the speaker once "he" is the place's, lies in the sentence before the cue `said`
    "pronoun-of-a-place": ("V432",),
    # the second quote's speaker, Putin's name, lies in the sentence before the cue `said`
    "quotes-crossing": ("V432",),
    "raw-text-without-words": ("V302",),  # the emptied document names no record of the registry
    "name-marked-nominal-and-unlinked": ("V302",),  # vladimir-putin is named by no entity now
    "name-split-off-its-record": ("V257",),  # the entity it left keeps "he" alone (a warning)
    "weapon-nominal-retyped": ("V302",),  # the record its words name is linked by no document
}


def main() -> None:
    for name, (files, code, file, pointer, line, options) in CASES.items():
        folder = HERE / name
        shutil.rmtree(folder, ignore_errors=True)  # only its own cases: others are kept as written by hand
        for rel, data in files.items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data if data is not None else b"")
            if data is None:
                target.rename(target.with_name(target.name + ".delete"))
        folder.mkdir(parents=True, exist_ok=True)
        expected = {"code": code, "file": file, "pointer": pointer, "line": line, "options": options,
                    "codes": [code, *ALSO.get(name, ())]}
        (folder / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()

"""Quote links damage (`annotations/quote_links.json`, the linked base only): each rule's mistake, the
documents under the links changed, and the edits that must stay accepted."""

from __future__ import annotations

import json
import random
import re
from typing import Any

from sample import REPORT_WORDS

from vostochny.checking.rules.quote_words import cue_says

from .corpora import Corpus
from .jsonedit import Fragments, choose
from .k_corpus import SPECIAL, _special
from .kinds import ACCEPT, json_kind, kind, reject

FAMILY = "quote links"
LINKED = ("linked",)
FILES = ("quote_links",)


def _link(links: Any, rng: random.Random) -> dict[str, Any]:
    return choose(rng, links["links"])


def _side(link: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    return link[rng.choice("ab")]


@json_kind("quote-link-unknown-document", reject("V310"), FAMILY, FILES, bases=LINKED)
def unknown_document(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Point one end of a link at a document the corpus does not have (a typo, a removed document)."""
    side = _side(_link(links, rng), rng)
    side["document"] = rng.choice([side["document"] + "x", "no-such-document", side["document"][:-1]])


@json_kind("quote-link-unknown-quote", reject("V311"), FAMILY, FILES, bases=LINKED)
def unknown_quote(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Point one end of a link at a quote id its document does not have."""
    _side(_link(links, rng), rng)["quote"] = rng.choice(["q9", "q0", "q10", "m1"])


@json_kind("quote-link-within-document", reject("V312"), FAMILY, FILES, bases=LINKED)
def within_document(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Make a link join a quote to itself (both ends in one document)."""
    link = _link(links, rng)
    link["b"] = dict(link["a"])


@json_kind("quote-link-repeated", reject("V313"), FAMILY, FILES, bases=LINKED)
def repeated(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a second link between two linked quotes (same or swapped ends, another id)."""
    link = dict(_link(links, rng))
    if rng.random() < 0.5:
        link["a"], link["b"] = link["b"], link["a"]
    links["links"].insert(rng.randrange(len(links["links"]) + 1), {**link, "id": "l99"})


@json_kind("quote-link-id-reused", reject("V316"), FAMILY, FILES, bases=LINKED)
def id_reused(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a link the id of another."""
    first, second = rng.sample(links["links"], 2)
    second["id"] = first["id"]


@json_kind("quote-link-id-case-clash", reject("V316"), FAMILY, FILES, bases=LINKED)
def id_case_clash(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a link another link's id in another case (`l1` beside `L1`): one id cited, looked up folding case."""
    first, second = rng.sample(links["links"], 2)
    second["id"] = first["id"].swapcase()


@json_kind("quote-link-via-unknown-kb-id", reject("V314"), FAMILY, FILES, bases=LINKED)
def via_unknown_kb_id(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Name a channel with a kb_id the registry does not have."""
    _link(links, rng)["via"].append({"name": "KCNA", "kb_id": rng.choice(["kcna", "kim-jong-uun", "Q56226"])})


@json_kind("quote-link-via-repeated", reject("V328"), FAMILY, FILES, bases=LINKED)
def via_repeated(links: Any, rng: random.Random, frag: Fragments) -> None:
    """List one channel twice in a link's `via` (the same name in another case, no registry record)."""
    name = rng.choice(["KCNA", "TASS", "a Kremlin transcript"])
    _link(links, rng)["via"] += [{"name": name, "kb_id": None}, {"name": rng.choice([name, name.upper(), name.lower()]),
                                                                  "kb_id": None}]


@json_kind("quote-link-chain-without-via", reject("V315"), FAMILY, FILES, bases=LINKED)
def chain_without_via(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a link `chain` without naming its channels (empty or left out)."""
    link = _link(links, rng)
    link["wording"] = "chain"
    if rng.random() < 0.5:
        del link["via"]


@json_kind("quote-link-unknown-wording", reject("V104"), FAMILY, FILES, bases=LINKED)
def unknown_wording(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Set a link's wording to a label that is not one (misspelt, upper case, empty)."""
    _link(links, rng)["wording"] = rng.choice(["verbatum", "VERBATIM", "", "quote"])


@json_kind("quote-links-before-links", reject("V110"), FAMILY, FILES, bases=LINKED)
def before_links(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Set the links file's version to one before quote links existed (1.0.0-1.3.0)."""
    links["schema_version"] = rng.choice(["1.0.0", "1.1.0", "1.2.0", "1.3.0"])


@json_kind("quote-link-dropped", ACCEPT, FAMILY, FILES, bases=LINKED)
def dropped(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Remove one link of a clique (an incomplete clique is a warning, V317, never an error)."""
    del links["links"][rng.randrange(len(links["links"]))]


@json_kind("quote-link-ends-swapped", ACCEPT, FAMILY, FILES, bases=LINKED)
def ends_swapped(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the two ends of a link, or the order of the links (neither means anything)."""
    if rng.random() < 0.5:
        link = _link(links, rng)
        link["a"], link["b"] = link["b"], link["a"]
    else:
        rng.shuffle(links["links"])


@kind("quote-links-deleted", ACCEPT, FAMILY, bases=LINKED)
def links_deleted(corpus: Corpus, rng: random.Random) -> None:
    """Delete annotations/quote_links.json (the file is optional: no links)."""
    corpus.quote_links.unlink()


@kind("linked-document-removed", reject("V310"), FAMILY, bases=LINKED)
def linked_document_removed(corpus: Corpus, rng: random.Random) -> None:
    """Remove a linked document whole (annotations, raw text, split entry), leaving its links."""
    linked = {r["document"] for link in json.loads(corpus.quote_links.read_bytes())["links"] for r in
              (link["a"], link["b"])}
    document = rng.choice([p for p in corpus.documents() if p.stem in linked])
    corpus.raw(document).unlink()
    document.unlink()
    splits = json.loads(corpus.splits.read_bytes())
    for name in ("train", "validation", "test"):
        splits[name] = [d for d in splits[name] if d != document.stem]
    corpus.splits.write_text(json.dumps(splits, ensure_ascii=False, indent=2), encoding="utf-8")


@kind("linked-quote-renumbered", reject("V311"), FAMILY, bases=LINKED)
def linked_quote_renumbered(corpus: Corpus, rng: random.Random) -> None:
    """Renumber the quotes of a linked document (as recompiling it may), leaving the links as they were."""
    document = corpus.document(rng)
    doc = json.loads(document.read_bytes())
    for i, quote in enumerate(doc["quotes"], 2):
        quote["id"] = f"q{i}"
    document.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


@kind("quote-link-via-speaker", reject("V327"), FAMILY, bases=LINKED)
def via_speaker(corpus: Corpus, rng: random.Random) -> None:
    """Name the speaker of a linked quote as the link's channel (its own dispatch is the utterance)."""
    links = json.loads(corpus.quote_links.read_bytes())
    for link in rng.sample(links["links"], len(links["links"])):
        end = link[rng.choice("ab")]
        doc = json.loads((corpus.annotations / f"{end['document']}.json").read_bytes())
        kb_id = _speaker_kb_id(doc, end["quote"])
        if kb_id is not None:
            link["via"].append({"name": kb_id.replace("-", " ").title(), "kb_id": kb_id})
            break
    corpus.quote_links.write_text(json.dumps(links, ensure_ascii=False, indent=2), encoding="utf-8")


@kind("linked-quote-not-said", reject("V333"), FAMILY, bases=LINKED)
def linked_quote_not_said(corpus: Corpus, rng: random.Random) -> None:
    """Make a linked quote a thought or what a photo shows (no utterance, so nothing to link), its cue the report's
    verb of seeing or receiving (`saw`, `welcomed`): under its cue `said` the label would be V261's, and the link to
    it that label's, not reported again; its speaker the verb's subject (V432)."""
    ends = [e for link in json.loads(corpus.quote_links.read_bytes())["links"] for e in (link["a"], link["b"])]
    verbs = {e["document"]: [m for m in re.finditer(r"\w+", corpus.text(corpus.annotations / f"{e['document']}.json"))
                             if m.group() in _SEEING and cue_says(m.group())] for e in ends}  # none in the sample
    # itself (it writes `met`); `saw` and `welcomed` are words of showing a cue may be (V380), `joined` no cue
    end = choose(rng, [e for e in ends if verbs[e["document"]]])
    verb = rng.choice(verbs[end["document"]])
    _edit_quote(corpus, end, lambda quote, doc: quote.update(
        attribution=rng.choice(["thought", "evidence"]), speaker=_subject(doc, verb.start()),
        cue={"start": verb.start(), "end": verb.end(), "text": verb.group()}))


#: the words the sample's other reports write for its `met` (tests/sample.py, REPORT_WORDS): a verb of seeing or
#: receiving, no speech act (`met` itself is no word of showing either, V380)
_SEEING = frozenset(REPORT_WORDS["met"])


@kind("quote-link-verbatim-other-words", reject("V333"), FAMILY, bases=LINKED)
def verbatim_other_words(corpus: Corpus, rng: random.Random) -> None:
    """Move a verbatim-linked quote's content onto the words of a mention of two words or more in its first sentence,
    reported speech (the link's ends record the new content, V340): words the other quote does not say, whose
    edges cut no mention (V349) or phrase (V395)."""
    links = json.loads(corpus.quote_links.read_bytes())
    link = _link(links, rng)
    link["wording"] = "verbatim"
    side = _side(link, rng)

    def move(quote: dict[str, Any], doc: dict[str, Any]) -> None:
        first = doc["sentences"][0]  # a mention of two words or more there: a phrase, whose edges cut no other
        text = corpus.text(corpus.annotations / f"{doc['id']}.json")
        start, end = choose(rng, [(m["start"], m["end"]) for m in doc["mentions"] if " " in m["text"]
                                  and first["start"] <= m["start"] and m["end"] <= first["end"]
                                  and not re.search(r"\b(?:the|a|an)\s+$", text[:m["start"]][-8:], re.IGNORECASE)
                                  and not any(n["start"] < m["start"] < n["end"] for n in doc["mentions"])])
        quote["content"] = [{"start": start, "end": end, "text": text[start:end]}]
        quote["kind"] = "indirect"  # words without quotation marks (a direct one would be V252's)
        for link in links["links"]:  # every end that names the quote records its new words (else V340)
            for end_ in (link["a"], link["b"]):
                if (end_["document"], end_["quote"]) == (side["document"], side["quote"]):
                    end_["text"] = text[start:end]

    _edit_quote(corpus, side, move)
    corpus.quote_links.write_text(json.dumps(links, ensure_ascii=False, indent=2), encoding="utf-8")


@json_kind("quote-link-end-re-pointed", reject("V340"), FAMILY, FILES, bases=LINKED)
def end_re_pointed(links: Any, rng: random.Random, frag: Fragments) -> None:
    """Record on a link's end words its quote does not say, as an end left after its document's quotes were
    renumbered or two ids swapped records the quote it was made on (a word dropped, added, or another text)."""
    side = _side(_link(links, rng), rng)
    words = side["text"].split()
    side["text"] = rng.choice([" ".join(words[:-1]) or "Kim", f"{side['text']} today", "Putin said nothing"])


@kind("quote-link-via-other-record", reject("V334"), FAMILY, bases=LINKED)
def via_other_record(corpus: Corpus, rng: random.Random) -> None:
    """Name a channel `TASS` with the kb_id of a registry record that is not TASS (a person, a place), nor the link's
    speaker (that the channel is then the speaker, V327, would be a second reading of the one wrong kb_id)."""
    links = json.loads(corpus.quote_links.read_bytes())
    link = _link(links, rng)
    speakers = {_speaker_kb_id(json.loads((corpus.annotations / f"{end['document']}.json").read_bytes()), end["quote"])
                for end in (link["a"], link["b"])}
    records = [r["id"] for r in json.loads(corpus.registry.read_bytes())["entities"] if r["id"] not in speakers]
    link["via"].append({"name": "TASS", "kb_id": choose(rng, records)})
    corpus.quote_links.write_text(json.dumps(links, ensure_ascii=False, indent=2), encoding="utf-8")


def _edit_quote(corpus: Corpus, end: dict[str, Any], change: Any) -> None:
    """Change the quote that a link's end names, in its document's file."""
    path = corpus.annotations / f"{end['document']}.json"
    doc = json.loads(path.read_bytes())
    change(next(q for q in doc["quotes"] if q["id"] == end["quote"]), doc)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


def _subject(doc: dict[str, Any], at: int) -> str:
    """The id of the mention that ends last before offset `at`: a verb's subject there (`Kim Jong Un saw`), the speaker
    of a cue moved onto the verb, in the cue's sentence (V432)."""
    return str(max((m for m in doc["mentions"] if m["end"] <= at), key=lambda m: m["end"])["id"])


def _speaker_kb_id(doc: dict[str, Any], quote_id: str) -> str | None:
    """The registry id of a quote's speaker (None: no speaker, or an unlinked one)."""
    quote = next(q for q in doc["quotes"] if q["id"] == quote_id)
    mention = next((m for m in doc["mentions"] if m["id"] == quote.get("speaker")), None)
    entity = next((e for e in doc["entities"] if mention and e["id"] == mention["entity"]), None)
    return entity.get("kb_id") if entity else None


def _special_kind(how: str) -> None:
    def mutate(corpus: Corpus, rng: random.Random) -> None:
        _special(corpus.quote_links, how)

    mutate.__doc__ = f"Replace the quote links file by {'a FIFO' if how == 'fifo' else 'a symlink to /dev/zero'}."
    kind(f"quote-links-{'fifo' if how == 'fifo' else 'dev-zero'}", reject("V008", refused=True), SPECIAL,
         cli_only=True, bases=LINKED)(mutate)


for _how in ("fifo", "zero"):
    _special_kind(_how)

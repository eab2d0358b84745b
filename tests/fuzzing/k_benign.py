"""Benign rewrites: the same data written differently, or valid edits. All must be accepted."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

from .corpora import Corpus
from .jsonedit import Fragments, at, choose, walk
from .k_layers import SAMPLE, line_added, participle_report, retext, sample_rewritten
from .k_schema import LINK_OPTIONAL
from .kinds import ACCEPT, bytes_kind, json_kind, kind

ANY_FILE = ("document", "registry", "splits", "quote_links")
FORMAT, EDITS = "benign format", "benign edit"
#: members that may be null but not left out
#: the rights holder is nullable too, but only with a statement that has none (V232): `rights-recorded` covers it
NULLABLE = {"$schema", "kb_id", "cue", "speaker", "outlet", "title", "date", "url", "received"}
OPTIONAL = NULLABLE | {"zones", "metonymy", "corrections", "language", "aliases", "rights", "distinct_from"}
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')  # scanned from the start, so it never begins inside a string
_COLON = re.compile(rb"\s*:")


def _keys(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """`data` with every key literal (a string followed by a colon) replaced by `change(key)`."""
    return _STRING.sub(lambda m: change(m.group()) if _COLON.match(data, m.end()) else m.group(), data)


@bytes_kind("crlf-json", ACCEPT, FORMAT, ANY_FILE)
def crlf_json(data: bytes, rng: random.Random) -> bytes:
    """Convert the JSON file's line endings to CRLF."""
    return data.replace(b"\n", b"\r\n")


@bytes_kind("reindent", ACCEPT, FORMAT, ANY_FILE)
def reindent(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the file compact, on one line, with 4 spaces or with tabs."""
    value = json.loads(data)
    style = rng.choice([{"separators": (",", ":")}, {}, {"indent": 4}, {"indent": "\t"}])
    return json.dumps(value, ensure_ascii=False, **style).encode("utf-8")


@bytes_kind("spaced-colons", ACCEPT, FORMAT, ANY_FILE)
def spaced_colons(data: bytes, rng: random.Random) -> bytes:
    """Write whitespace before every colon: `"key" : value`."""
    return _keys(data, lambda key: key + rng.choice([b" ", b"\t", b"\n", b"\r\n"]))


@bytes_kind("outer-whitespace", ACCEPT, FORMAT, ANY_FILE)
def outer_whitespace(data: bytes, rng: random.Random) -> bytes:
    """Add whitespace before and after the top-level value, or drop the final newline."""
    return rng.choice([b"\n\n  ", b"\t", b""]) + (data.rstrip() if rng.random() < 0.5 else data + b"\n \n")


@bytes_kind("ensure-ascii", ACCEPT, FORMAT, ANY_FILE)
def ensure_ascii(data: bytes, rng: random.Random) -> bytes:
    """Rewrite every non-ASCII character as a \\u escape (pairs for characters past U+FFFF)."""
    return json.dumps(json.loads(data), indent=rng.choice([None, 2])).encode("ascii")


def _escape_some(literal: bytes, rng: random.Random) -> bytes:
    """A string literal with some plain ASCII letters written as \\u escapes (or `/` as `\\/`)."""
    out, i = [], 0
    while i < len(literal):
        ch = literal[i:i + 1]
        if ch == b"\\":
            out.append(literal[i:i + 2])
            i += 2
            continue
        if ch.isalpha() and rng.random() < 0.3:
            ch = b"\\u%04x" % ord(ch) if rng.random() < 0.5 else b"\\u%04X" % ord(ch)
        elif ch == b"/":
            ch = b"\\/"
        out.append(ch)
        i += 1
    return b"".join(out)


@bytes_kind("escape-in-values", ACCEPT, FORMAT, ANY_FILE)
def escape_in_values(data: bytes, rng: random.Random) -> bytes:
    """Write ordinary characters of string values as \\u escapes (`"Kim"` as `"\\u004bim"`)."""
    return _STRING.sub(lambda m: m.group() if _COLON.match(data, m.end()) else _escape_some(m.group(), rng), data)


@bytes_kind("escape-in-keys", ACCEPT, FORMAT, ANY_FILE)
def escape_in_keys(data: bytes, rng: random.Random) -> bytes:
    """Write ordinary characters of keys as \\u escapes (`"\\u0069d"` for `"id"`)."""
    return _keys(data, lambda key: _escape_some(key, rng))


@json_kind("reorder-keys", ACCEPT, FORMAT, ANY_FILE)
def reorder_keys(data: Any, rng: random.Random, frag: Fragments) -> Any:
    """Shuffle the order of the members of every object."""
    def shuffled(value: Any) -> Any:
        if isinstance(value, dict):
            items = list(value.items())
            rng.shuffle(items)
            return {k: shuffled(v) for k, v in items}
        return [shuffled(v) for v in value] if isinstance(value, list) else value

    return shuffled(data)


def _named_link(data: Any, path: tuple[Any, ...]) -> bool:
    """Whether `path` is the kb_id of a document entity with a name mention, which must stay linked (V242)."""
    if path[0] != "entities" or path[-1] != "kb_id" or "mentions" not in data:
        return False
    entity = data["entities"][path[1]]["id"]
    return any(m["entity"] == entity and m["kind"] == "name" for m in data["mentions"])


def _shown_meta(data: Any, path: tuple) -> bool:
    """Whether `path` is a document's recorded outlet, title, date or URL: the text shows each one recorded (a credit,
    a headline, a dateline), and a null where it does is V233's."""
    return len(path) == 2 and path[0] == "meta" and path[1] in ("outlet", "title", "date", "url") \
        and data["meta"].get(path[1]) is not None


def _direct_attribution(data: Any, path: tuple) -> bool:
    """Whether `path` is the cue or speaker of a quote: the words after a direct quote's closing mark may show them
    (`“...,” Kirby said`), and a quote without them is then missing one (V272, V273); an indirect or mixed quote is
    always reported by its cue (V348), and its cue's subject may name its speaker (`Peskov said ...`, V381)."""
    return len(path) == 3 and path[0] == "quotes" and path[2] in ("cue", "speaker")


def _nested_cue(data: Any, path: tuple) -> bool:
    """Whether `path` is the cue of a quote whose content overlaps another quote's: a report inside a report
    keeps its own cue (without it, two quotes of one speaker with overlapping content and no cue to tell
    them apart are one utterance annotated twice, V226)."""
    if len(path) != 3 or path[0] != "quotes" or path[2] != "cue":
        return False
    quote = data["quotes"][path[1]]
    spans = [(c["start"], c["end"]) for c in quote.get("content", [])]
    return any(other is not quote and any(s < f and t < e for s, e in spans for t, f in
                                          ((c["start"], c["end"]) for c in other.get("content", [])))
               for other in data["quotes"])


@json_kind("drop-optional", ACCEPT, EDITS, ANY_FILE)
def drop_optional(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete optional members (`$schema`, `zones`, `kb_id`, `speaker`, `aliases`, ...; a metonymy mark only where
    it is false, its default: a capital's name without it is in the wrong entity, V255; not a quote's cue, V226,
    V272, V348; not a quote's speaker, which its text may show, V273, V381, V459-V461; a record's aliases only where
    there are none: its names and its Wikidata sources go by them, V281, V338; not a recorded outlet, title, date or
    URL, which the text shows, V233)."""
    paths = [p for p, v in walk(data) if p and (p[-1] in OPTIONAL or (p[0] == "links" and len(p) == 3 and p[-1] in
                                                 LINK_OPTIONAL)) and not _named_link(data, p)
             and not (p[-1] == "metonymy" and v is True) and not (p[-1] == "aliases" and v)
             and not _nested_cue(data, p) and not _shown_meta(data, p)
             and not _direct_attribution(data, p)]
    for path in rng.sample(paths, k=rng.randint(1, len(paths))) if paths else []:
        del at(data, path[:-1])[path[-1]]


@json_kind("null-optional", ACCEPT, EDITS, ANY_FILE)
def null_optional(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Set nullable members to null (`kb_id`, `speaker`, `title`, `date`, `$schema`; not a quote's cue, V226, V272,
    V348; not a quote's speaker, which its text may show, V273, V381, V459-V461; not a recorded outlet, title, date or
    URL, which the text shows, V233)."""
    for path in [p for p, _ in walk(data) if p and p[-1] in NULLABLE and not _named_link(data, p)
                 and not _nested_cue(data, p) and not _direct_attribution(data, p) and not _shown_meta(data, p)
                 and rng.random() < 0.5]:
        at(data, path[:-1])[path[-1]] = None


@json_kind("odd-strings", ACCEPT, EDITS)
def odd_strings(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give the source file name quotes, colons, backslashes, emoji or right-to-left text (a title is the
    text's own, V233)."""
    doc["meta"]["source_file"] = rng.choice(['He said": "no', 'a\\":b', "\u2068\u05e9\u05dc\u05d5\u05dd\u2069",
                                             "😀 Kim 🚀", "tab\there", "line\nbreak", "\u00a0\u200b"])


@json_kind("registry-record-added", ACCEPT, EDITS, ("registry",))
def registry_record_added(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a registry record no document uses (a warning, V302, never an error); its id is its name's slug (V320)."""
    registry["entities"].append({"id": "fuzz-unused", "type": "PER", "name": "Fuzz Unused", "aliases": ["N."],
                                  "wikidata": {"status": "no-entry"}})


@json_kind("token-split", ACCEPT, EDITS)
def token_split(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Split a token of several characters in two (the token layer still tiles the text) and record the two
    tokens as corrected by hand (`tokenizer.corrections`, V267)."""
    tokens = doc["tokens"]
    i = choose(rng, [i for i, t in enumerate(tokens) if t[1] - t[0] > 1])
    start, end, _ = tokens[i]
    cut = rng.randrange(start + 1, end)
    tokens[i:i + 1] = [[start, cut, ""], [cut, end, ""]]
    retext(doc, tokens[i])
    retext(doc, tokens[i + 1])
    doc["tokenizer"]["corrections"] = doc["tokenizer"].get("corrections", 0) + 2


def _relations_of(doc: Any, index: int) -> set[tuple[str, frozenset[str]]]:
    """What the relations whose head lies in sentence `index` state: their types and entity pairs."""
    sentence = doc["sentences"][index]
    entity = {m["id"]: (m["entity"], m["start"]) for m in doc["mentions"]}
    return {(r["type"], frozenset((entity[r["head"]][0], entity[r["tail"]][0]))) for r in doc["relations"]
            if r["head"] in entity and r["tail"] in entity
            and sentence["start"] <= entity[r["head"]][1] < sentence["end"]}


def merge_sentences(doc: Any, rng: random.Random) -> None:
    """Merge two neighbouring sentences of one zone that do not both state one relation (V223 keys a relation on its
    sentence: two statements of it in one sentence are a duplicate; a sentence across two zones is V266's)."""
    sentences = doc["sentences"]
    zone = [sum(z["start"] <= s["start"] for z in doc["zones"]) for s in sentences]
    i = choose(rng, [i for i in range(len(sentences) - 1) if not _relations_of(doc, i) & _relations_of(doc, i + 1)
                     and zone[i] == zone[i + 1]])
    sentences[i]["end"] = sentences[i + 1]["end"]
    retext(doc, sentences[i])
    del sentences[i + 1]


@json_kind("mention-re-added", ACCEPT, EDITS)
def mention_re_added(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete a mention and annotate it again: the same span, kind and entity under a new id, at the end of the list
    (a layer's order is free and an id is a name). Not a relation's argument nor a quote's speaker, which name it by
    its id. (Adding a nominal over a word left out has no benign form on these corpora: the nouns of `HEAD_TYPES` that
    head a noun phrase are annotated or name no specific referent, `by train`, and a word cut out of its phrase is
    V354's or V416-V418's.)"""
    named = {r[end] for r in doc["relations"] for end in ("head", "tail")} | {q.get("speaker") for q in doc["quotes"]}
    index = choose(rng, [i for i, m in enumerate(doc["mentions"]) if m["id"] not in named])
    mention = doc["mentions"].pop(index)
    doc["mentions"].append({**mention, "id": "mfuzz"})


@kind("cue-chimed-in", ACCEPT, EDITS, bases=SAMPLE)
def cue_chimed_in(corpus: Corpus, rng: random.Random) -> None:
    """Write the sample's `he said` as `he chimed in` or `he weighed in`, the cue the whole phrase: a phrasal verb of
    saying whose particle is `in` reports speech (V380 refused it as no word of saying and V468 as a cue ending with
    `in` until the thirty-fifth session)."""
    from sample import reword

    sample_rewritten(corpus, lambda doc, text: reword(doc, text, "said", rng.choice(["chimed in", "weighed in"])))


#: headings about the Copyright Office or a copyright law, in title case or capitals: no notice
_COPYRIGHT_HEADINGS = ("Copyright Office Rejects AI Art Claim", "Copyright Treaty Talks Stall In Geneva",
                        "COPYRIGHT OFFICE REJECTS CLAIM", "Copyright Law Reform: What Changes")


@kind("heading-about-copyright", ACCEPT, EDITS, bases=SAMPLE)
def heading_about_copyright(corpus: Corpus, rng: random.Random) -> None:
    """Give the sample a heading whose `Copyright` modifies the noun after it (`Copyright Office Rejects AI Art Claim`,
    in title case or capitals: another article's headline written as a subheading): no holder's name follows
    `Copyright`, and V282 refused it as a copyright notice labelled subheading until the thirty-fifth session."""
    from sample import reword

    def edit(doc: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        heading = rng.choice(_COPYRIGHT_HEADINGS)
        doc, text = reword(doc, text, "", f"{heading}\n")
        doc["zones"].insert(0, {"kind": "subheading", "start": 0, "end": len(heading), "text": heading})
        return doc, text

    sample_rewritten(corpus, edit)


#: a noun of inviting addressed to the one invited, before the infinitive of a journey (V472's exemption)
_INVITATIONS = ("passed an invitation to", "extended an invitation to", "sent a formal invitation to")


@kind("traveller-invited-after-to", ACCEPT, EDITS, bases=SAMPLE)
def traveller_invited_after_to(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `Vladimir Putin passed an invitation to [Kim Jong Un] to visit the [Vostochny Cosmodrome]
    again.` with Kim's TRAVELS_TO the cosmodrome: the one a noun of inviting is addressed to is the infinitive's
    subject, who travels, no place after `to` (V472 refused it until the thirty-fifth session)."""

    def edit(doc: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        line = f"Vladimir Putin {rng.choice(_INVITATIONS)} Kim Jong Un to visit the Vostochny Cosmodrome again."
        doc, text, _ = line_added(doc, text, line, [("Vladimir Putin", "e3", "name"), ("Kim Jong Un", "e2", "name"),
                                                    ("Vostochny Cosmodrome", "e4", "name")])
        doc["relations"].append({"id": "rf", "type": "TRAVELS_TO", "head": "mf1", "tail": "mf2",
                                 "factuality": "asserted"})
        return doc, text

    sample_rewritten(corpus, edit)


@kind("speaker-of-a-lower-case-title", ACCEPT, EDITS, bases=SAMPLE)
def speaker_of_a_lower_case_title(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `North Korean officials met [Vladimir Putin] on Tuesday, saying that ...`, the report a quote
    of no speaker: the participle's subject, `North Korean officials`, has no mention, and a verb in lower case (`met`,
    `welcomed`) ends its title, so V461 names no one (it named Putin, the object, until the thirty-fifth session;
    Putin set as the speaker is V482's: `speaker-set-to-the-object-of-an-unannotated-subject`)."""
    sample_rewritten(corpus, participle_report(rng, "North Korean officials", [("North Korean", "e1", "name")]))

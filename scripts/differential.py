"""Compare two checkouts' validators on mutated documents: the same bytes and raw text go to
`validate_document_bytes` of each, every problem is compared (code, pointer, message, value, line,
column, severity and the problems folded into it), and each case whose reports differ is printed.

    python scripts/differential.py OLD_SRC NEW_SRC [--cases 3000] [--seed 1] [--corpus .]
        [--synthetic DIR] [--keep FILE]
    python scripts/differential.py --paths SRC [...]

With `--paths`, one checkout's two ways of reading a document are compared instead: the `msgspec`
fast path (the validator's) against the pydantic models (`document_checked(..., model=True)`, the
way of `build` with kept documents), which must report the same problems.

OLD_SRC and NEW_SRC are the `src` folders of the two checkouts (`git worktree add /tmp/old <rev>`
makes one of another revision). Each validator runs in its own process with its own PYTHONPATH
(`--worker`), reading the pickled cases and writing its reports back. The documents mutated are
the corpus's (`annotations/*.json` with `raw/*.txt`), those of a synthetic corpus (`--synthetic`,
the first 20) and small documents made here over texts with every kind of whitespace; the
mutations aim at the token, sentence, zone and mention layers, at every field that holds a
local id, plain text or a name, and at the optional fields (`MUTATIONS`); 30% of the mutated files
then get a change to the JSON bytes the loader reads (`JSON_MUTATIONS`: numbers, keys written twice
with values that hold colons, escaped or spaced, escapes in strings, the frame). Deterministic for a
seed. Exit status 1 if any report differs.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import pickle
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

MEMORY = 4 << 30  # bytes of address space a validator's process may take
Case = tuple[str, bytes, str | None, str, bool]  # (mutations applied, document bytes, raw text, stem, registry)

#: characters the mutations write: every kind of whitespace `str.isspace` knows, and some that look like it
WHITESPACE = [" ", "\n", "\r", "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680",
              "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
LOOKALIKES = ["\u200b", "\u200d", "\ufeff", "\x00", "\x7f", "\u180e", "\u2060", "\ud800", "\udfff"]
LETTERS = ["a", "Z", "é", "\u0660", "\uff41", "\u212a", "K", "1", "_", ".", "-", "\u0301", "😀"]
PALETTE = WHITESPACE + LOOKALIKES + LETTERS

#: local ids off the pattern (or on it, at its edges), for every field that holds one
BAD_IDS = ["", "e1\n", "e1\r\n", "e1\r", "e1\x85", "e1\u2028", "e1\u2029", "e1\x0b", "e1\x0c", "e1\x1c",
           "\ne1", "e1\n\n", "e1\ne2", "e1 ", " e1", "e1\t", "1e", "_e", "é", "e\u0660", "e\uff41",
           "\u212a", "e" * 64, "e" * 65, "E", "e.1-_", "e1\x00", "e\ud800", "e1\u200b", "ﬀ", "e1$", "^e1"]


def _spans(value: Any) -> list[dict[str, Any]]:
    """Every span dict (start, end, text) in a document, at any depth."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            found.append(value)
        for item in value.values():
            found += _spans(item)
    elif isinstance(value, list):
        for item in value:
            found += _spans(item)
    return found


def retext(doc: dict[str, Any], text: str, tokens: bool = True) -> None:
    """The document over another raw text: its checksum and length, every span's text read again at
    its offsets (where they lie in the text), and with `tokens` every token's text too."""
    doc["sha256"] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc["length"] = len(text)
    for span in _spans(doc):
        if isinstance(span["start"], int) and isinstance(span["end"], int) and 0 <= span["start"] <= span["end"]:
            span["text"] = text[span["start"]:span["end"]]
    if tokens:
        for token in doc["tokens"]:
            if 0 <= token[0] <= token[1]:
                token[2] = text[token[0]:token[1]]


# --- mutations: each takes (rng, doc, text) and returns the new text (the doc is changed in place) ---

Mutation = Callable[[random.Random, dict[str, Any], str], str]


def _token_index(rng: random.Random, doc: dict[str, Any]) -> int | None:
    return rng.randrange(len(doc["tokens"])) if doc["tokens"] else None


def tok_text(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A token's text changed: a character replaced, added or dropped, emptied, or whitespace put in."""
    i = _token_index(rng, doc)
    if i is None:
        return text
    tok = doc["tokens"][i][2]
    how = rng.choice(["replace", "append", "drop", "empty", "inject", "upper", "swapcase"])
    at = rng.randrange(len(tok) + 1)
    if how == "replace" and tok:
        at = min(at, len(tok) - 1)
        tok = tok[:at] + rng.choice(PALETTE) + tok[at + 1:]
    elif how == "append":
        tok += rng.choice(PALETTE)
    elif how == "drop":
        tok = tok[:at] + tok[at + 1:]
    elif how == "empty":
        tok = ""
    elif how == "inject":
        tok = tok[:at] + rng.choice(WHITESPACE) + tok[at:]
    elif how == "upper":
        tok = tok.upper()
    else:
        tok = tok.swapcase()
    doc["tokens"][i][2] = tok
    return text


def tok_offsets(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A token's offsets moved (its text kept, or read again): a step, empty, backwards, past the text."""
    i = _token_index(rng, doc)
    if i is None:
        return text
    token = doc["tokens"][i]
    how = rng.choice(["start", "end", "both", "empty", "swap", "beyond", "zero"])
    step = rng.choice([-3, -2, -1, 1, 2, 3])
    if how == "start":
        token[0] = max(0, token[0] + step)
    elif how == "end":
        token[1] = max(0, token[1] + step)
    elif how == "both":
        token[0], token[1] = max(0, token[0] + step), max(0, token[1] + step)
    elif how == "empty":
        token[1] = token[0]
    elif how == "swap":
        token[0], token[1] = token[1], token[0]
    elif how == "beyond":
        token[1] = len(text) + rng.randrange(3)
    else:
        token[0] = 0
    if rng.random() < 0.5 and 0 <= token[0] <= token[1]:
        token[2] = text[token[0]:token[1]]
    return text


def tok_far(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A token as long as its offsets say, far beyond the text (up to the largest JSON integer the
    decoders take), or tokens jumping back and forth inside it."""
    i = _token_index(rng, doc)
    if i is None:
        return text
    tok = doc["tokens"][i][2] or "x"
    if rng.random() < 0.7:
        start = rng.choice([len(text), len(text) + 1, 2**31, 2**33, 2**40, 2**62, 2**63 - 1 - len(tok)])
        doc["tokens"][i] = [start, start + len(tok), tok]
    else:
        first, last = doc["tokens"][0], doc["tokens"][-1]
        doc["tokens"][i:i] = [list(first), list(last)] * rng.randrange(1, 50)
    return text


def shift_rest(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A character put into (or taken out of) the text, the tokens after it moved to match and
    the document read again: the token layer stays true, sentences, zones and mentions may not."""
    if not text:
        return text
    at = rng.randrange(len(text))
    if rng.random() < 0.5:
        text, step = text[:at] + rng.choice(PALETTE) + text[at:], 1
    else:
        text, step = text[:at] + text[at + 1:], -1
    for token in doc["tokens"]:
        token[0] += step if token[0] > at else 0
        token[1] += step if token[1] > at else 0
    if rng.random() < 0.5:
        for span in _spans(doc):
            span["start"] += step if span["start"] > at else 0
            span["end"] += step if span["end"] > at else 0
    retext(doc, text, tokens=rng.random() < 0.7)
    return text


def tok_order(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """Tokens swapped, duplicated, dropped, merged across their gap, split, or an empty one inserted."""
    tokens = doc["tokens"]
    i = _token_index(rng, doc)
    if i is None:
        return text
    how = rng.choice(["swap", "dup", "drop", "merge", "split", "insert_empty", "reverse", "overlap"])
    if how == "swap" and i + 1 < len(tokens):
        tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
    elif how == "dup":
        tokens.insert(i, list(tokens[i]))
    elif how == "drop":
        del tokens[i]
    elif how == "merge" and i + 1 < len(tokens):
        start, end = tokens[i][0], tokens[i + 1][1]
        tokens[i:i + 2] = [[start, end, text[start:end]]]
    elif how == "split" and tokens[i][1] - tokens[i][0] >= 2:
        start, end, _ = tokens[i]
        at = rng.randrange(start + 1, end)
        tokens[i:i + 1] = [[start, at, text[start:at]], [at, end, text[at:end]]]
    elif how == "insert_empty":
        tokens.insert(i, [tokens[i][0], tokens[i][0], ""])
    elif how == "reverse":
        tokens.reverse()
    elif how == "overlap" and i + 1 < len(tokens):
        start, end = tokens[i][0], tokens[i + 1][0] + 1
        tokens[i] = [start, end, text[start:end]]
    return text


def text_char(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """One character of the raw text replaced (its length kept), in a token or a gap; the document
    read again over it (checksum, spans, and often the tokens) so that only the token layer can speak."""
    if not text:
        return text
    gaps = [i for i, ch in enumerate(text) if ch.isspace()]
    at = rng.choice(gaps) if gaps and rng.random() < 0.6 else rng.randrange(len(text))
    text = text[:at] + rng.choice(PALETTE) + text[at + 1:]
    retext(doc, text, tokens=rng.random() < 0.7)
    return text


def text_lines(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """Line breaks made CRs (the same length, the document read again), or CRLFs (offsets then wrong)."""
    how = rng.choice(["cr", "crlf", "ls", "nel", "vt"])
    if how == "crlf":
        text = text.replace("\n", "\r\n", rng.randrange(1, 4))
    else:
        text = text.replace("\n", {"cr": "\r", "ls": "\u2028", "nel": "\x85", "vt": "\x0b"}[how])
        retext(doc, text, tokens=rng.random() < 0.8)
    return text


def text_end(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """Text added or removed at the end: trailing whitespace of any kind, a word no token holds, or a cut."""
    how = rng.choice(["ws", "word", "cut"])
    if how == "ws":
        text += "".join(rng.choice(WHITESPACE) for _ in range(rng.randrange(1, 3)))
    elif how == "word":
        text += rng.choice(["x", " x", "\n\u200b", "\u200b"])
    elif text:
        text = text[:-rng.randrange(1, min(len(text), 4) + 1)]
    retext(doc, text, tokens=rng.random() < 0.5)
    return text


def _layer(rng: random.Random, doc: dict[str, Any], text: str, name: str) -> str:
    items = doc.get(name) or []
    if not items:
        return text
    i = rng.randrange(len(items))
    item = items[i]
    how = rng.choice(["shift", "empty", "reverse", "dup", "drop", "swap", "merge", "split", "whole", "beyond"])
    bounds = sorted({t[0] for t in doc["tokens"]} | {t[1] for t in doc["tokens"]})
    if how == "shift":
        key = rng.choice(["start", "end"])
        item[key] = max(0, item[key] + rng.choice([-2, -1, 1, 2]))
    elif how == "empty":
        item["end"] = item["start"]
    elif how == "reverse":
        item["start"], item["end"] = item["end"], item["start"]
    elif how == "dup":
        items.insert(i, copy.deepcopy(item))
    elif how == "drop":
        del items[i]
    elif how == "swap" and i + 1 < len(items):
        items[i], items[i + 1] = items[i + 1], items[i]
    elif how == "merge" and i + 1 < len(items):
        item["end"] = items[i + 1]["end"]
        del items[i + 1]
    elif how == "split" and bounds:
        inside = [b for b in bounds if item["start"] < b < item["end"]]
        if inside:
            at = rng.choice(inside)
            other = copy.deepcopy(item)
            item["end"], other["start"] = at, at
            items.insert(i + 1, other)
    elif how == "whole":
        item["start"], item["end"] = 0, len(text)
    elif how == "beyond":
        item["end"] = len(text) + 1
    for span in items:
        if 0 <= span["start"] <= span["end"]:
            span["text"] = text[span["start"]:span["end"]]
    return text


def sentences(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A sentence moved, emptied, reversed, duplicated, dropped, swapped, merged, split or widened."""
    return _layer(rng, doc, text, "sentences")


def zones(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """The same for a zone."""
    return _layer(rng, doc, text, "zones")


def mentions(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A mention moved onto other token bounds (crossing, nested, equal, empty), or duplicated."""
    if not doc["mentions"] or not doc["tokens"]:
        return text
    m = rng.choice(doc["mentions"])
    tokens = doc["tokens"]
    how = rng.choice(["start", "end", "dup", "copy", "empty"])
    if how in ("start", "end"):
        m[how] = rng.choice(tokens)[0 if how == "start" else 1]
    elif how == "dup":
        other = copy.deepcopy(m)
        other["id"] = "m" + str(rng.randrange(10**6))
        doc["mentions"].append(other)
    elif how == "copy":
        other = rng.choice(doc["mentions"])
        m["start"], m["end"] = other["start"], other["end"]
    else:
        m["end"] = m["start"]
    if 0 <= m["start"] <= m["end"]:
        m["text"] = text[m["start"]:m["end"]]
    return text


def _id_fields(doc: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(container, key) of every field that holds a local id or a registry id."""
    found: list[tuple[Any, Any]] = []
    for e in doc["entities"]:
        found += [(e, "id"), (e, "kb_id")]
        found += [(e["distinct_from"], j) for j in range(len(e.get("distinct_from") or []))]
    for m in doc["mentions"]:
        found += [(m, "id"), (m, "entity")]
    for r in doc["relations"]:
        found += [(r, "id"), (r, "head"), (r, "tail")]
    for q in doc["quotes"]:
        found += [(q, "id"), (q, "speaker")]
    return found


def ids(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """An id (or a reference to one) made one off the pattern, another record's, or padded."""
    fields = _id_fields(doc)
    if not fields:
        return text
    holder, key = rng.choice(fields)
    old = holder[key] if isinstance(holder, list) or key in holder else None
    how = rng.choice(["bad", "bad", "other", "pad"])
    if how == "bad":
        holder[key] = rng.choice(BAD_IDS)
    elif how == "other":
        holder[key] = rng.choice([h[k] for h, k in fields if isinstance(h, list) or k in h] or ["e1"])
    else:
        holder[key] = (old or "e") + rng.choice(["\n", "\r\n", "\x85", "\u2028", " ", "\t", "\u200b", "\u0660"])
    return text


def _plain_fields(doc: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(container, key) of every field that holds plain text or a name (`PlainText`, `Name`)."""
    meta = doc["meta"]
    found: list[tuple[Any, Any]] = [(doc, "$schema"), (meta, "outlet"), (meta, "title"), (meta, "source_file"),
                                    (doc["tokenizer"], "name"), (doc["tokenizer"], "version")]
    if isinstance(meta.get("rights"), dict):
        found += [(meta["rights"], "holder"), (meta["rights"], "note")]
    return found + [(e, "name") for e in doc["entities"]]


def plain(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """A plain text or name emptied, given a control character (NUL too) or a lookalike, or made null."""
    holder, key = rng.choice(_plain_fields(doc))
    old = holder.get(key) if isinstance(holder.get(key), str) else "x"
    how = rng.choice(["char", "char", "char", "empty", "null", "other"])
    if how == "char":
        at = rng.randrange(len(old) + 1)
        char = rng.choice(PALETTE + [chr(c) for c in range(32)] + ["\x7f", "\x00\x00"])
        holder[key] = old[:at] + char + old[at:]
    elif how == "empty":
        holder[key] = ""
    elif how == "null":
        holder[key] = None
    else:
        holder[key] = rng.choice([h[k] for h, k in _plain_fields(doc) if k in h] or ["x"])
    return text


#: the optional fields of each kind of record, as the models default them
OPTIONAL = {"": ["$schema", "zones"], "meta": ["outlet", "title", "date", "language", "url", "received", "rights"],
            "tokenizer": ["corrections"], "entities": ["kb_id", "distinct_from"], "mentions": ["metonymy"],
            "relations": ["factuality"], "quotes": ["cue", "speaker", "attribution"]}


def absent(rng: random.Random, doc: dict[str, Any], text: str) -> str:
    """Optional fields left out (or null) in one record, in some, or in every record of a kind."""
    where = rng.choice(list(OPTIONAL))
    records = doc[where] if where in ("entities", "mentions", "relations", "quotes") else [doc[where] if where else doc]
    chosen = records if rng.random() < 0.5 else [r for r in records if rng.random() < 0.3]
    keys = rng.sample(OPTIONAL[where], rng.randint(1, len(OPTIONAL[where])))
    for record in chosen:
        for key in keys:
            if rng.random() < 0.8:
                record.pop(key, None)
            else:
                record[key] = None
    return text


MUTATIONS: dict[str, Mutation] = {f.__name__: f for f in (
    tok_text, tok_offsets, tok_far, shift_rest, tok_order, text_char, text_lines, text_end, sentences, zones,
    mentions, ids, plain, absent)}

#: values a key written twice first holds (`json_keys`; the mirror keeps the last): colons in strings change
#: the colon count
FIRST_VALUES = ["null", "0", "-1", "false", '""', '"x"', '"a:b"', '":"', '"::"', '"e1"', "[]", "{}", '[0, 1, "x:"]',
                '{"start": 0, "end": 1, "text": ":"}']



# --- byte-level mutations: each takes (rng, JSON text) and returns the JSON text changed where the
# loader reads it (numbers, keys, escapes, the frame around the value), not where the rules do ---

JsonMutation = Callable[[random.Random, str], str]
_NUMBER = re.compile(r"(?<=[:\[,] )-?\d+(?=[,\]}])|(?<=[:\[,])-?\d+(?=[,\]}])")
_KEY = re.compile(r'"([A-Za-z_$][A-Za-z_$0-9]*)"\s*:\s*')
_STRING_VALUE = re.compile(r'(?<=: ")|(?<=:")')
_SCAN = json.JSONDecoder()


def json_numbers(rng: random.Random, raw: str) -> str:
    """An integer written as a float, with an exponent, as -0, as a boolean, with 20 more digits or negative."""
    found = list(_NUMBER.finditer(raw))
    if not found:
        return raw
    m = rng.choice(found)
    n = m.group()
    new = rng.choice([n + ".0", n + "e0", "-0", "-0.0", "true", "false", n + "0" * 20, "-" + n.lstrip("-"),
                      str(2**64 + int(n)), "0" + n, n + ".5", "1E2", "null"])
    return raw[:m.start()] + new + raw[m.end():]


def json_keys(rng: random.Random, raw: str) -> str:
    """A key written twice (same or other value), a letter of it escaped, whitespace before its colon,
    or the key renamed (a colon or a space inside, its case changed)."""
    found = list(_KEY.finditer(raw))
    if not found:
        return raw
    m = rng.choice(found)
    key = m.group(1)
    value_end = _SCAN.raw_decode(raw, m.end())[1]
    value = raw[m.end():value_end]
    how = rng.choice(["twice", "twice-other", "escape", "escape-twice", "space", "colon", "case", "trailing-space"])
    if how == "twice":
        return raw[:m.start()] + f'"{key}": {value}, ' + raw[m.start():]
    if how == "twice-other":
        return raw[:m.start()] + f'"{key}": {rng.choice(FIRST_VALUES)}, ' \
            + raw[m.start():]
    at = rng.randrange(len(key))
    escaped = key[:at] + f"\\u{ord(key[at]):04x}" + key[at + 1:]
    if how == "escape":
        return raw[:m.start()] + f'"{escaped}": ' + raw[m.end():]
    if how == "escape-twice":
        return raw[:m.start()] + f'"{escaped}": {value}, ' + raw[m.start():]
    if how == "space":
        return raw[:m.start()] + f'"{key}"' + rng.choice([" ", "\t", "\n", "\r\n"]) + ":" + raw[m.end() - 1:] \
            if raw[m.end() - 1] != ":" else raw[:m.start()] + f'"{key}" :' + raw[m.end():]
    renamed = {"colon": key[:at] + ":" + key[at:], "case": key.swapcase(), "trailing-space": key + " "}[how]
    return raw[:m.start()] + f'"{renamed}": ' + raw[m.end():]


def json_escapes(rng: random.Random, raw: str) -> str:
    """A string value given an escape: a lone or reversed surrogate, a control character, an escaped
    slash, colon or quote, a non-character, a pair for an astral character."""
    found = list(_STRING_VALUE.finditer(raw))
    if not found:
        return raw
    at = rng.choice(found).end()
    escape = rng.choice(["\\ud800", "\\udfff", "\\ude00\\ud83d", "\\ud83d\\ude00", "\\u0000", "\\u0001", "\\u001f",
                         "\\u007f", "\\u0085", "\\/", "\\u003a", '\\"', "\\\\", "\\ufffe", "\\uffff", "\\u2028",
                         "\\t", "\\n", "\\r", "\\b", "\\f"])
    return raw[:at] + escape + raw[at:]


def json_frame(rng: random.Random, raw: str) -> str:
    """Whatever surrounds the value: leading or trailing whitespace (JSON's and others), trailing data."""
    how = rng.choice(["lead", "trail", "data", "nul", "second", "nbsp", "formfeed", "comma"])
    return {"lead": rng.choice([" ", "\n", "\t", "\r\n"]) + raw, "trail": raw + rng.choice([" ", "\n", "\t\r\n"]),
            "data": raw + " x", "nul": raw + "\x00", "second": raw + "{}", "nbsp": raw + "\xa0",
            "formfeed": "\x0c" + raw, "comma": raw[:-1].rstrip() + ",}" if raw.endswith("}") else raw}[how]


JSON_MUTATIONS: dict[str, JsonMutation] = {f.__name__: f for f in (json_numbers, json_keys, json_escapes, json_frame)}


# --- base documents ---

def _tokenize(rng: random.Random, text: str) -> list[list[Any]]:
    """Runs of non-whitespace (whitespace as `str.isspace` says), sometimes split on spaces only."""
    split: Callable[[str], bool] = str.isspace if rng.random() < 0.8 else (lambda ch: ch == " ")
    tokens: list[list[Any]] = []
    start = None
    for i, ch in enumerate((*text, " ")):
        if split(ch) or i == len(text):
            if start is not None:
                tokens.append([start, i, text[start:i]])
            start = None
        elif start is None:
            start = i
    return tokens


def small_document(rng: random.Random, template: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A small valid-looking document over a random text of words and every kind of whitespace."""
    words = ["Kim", "met", "Putin", "é", "a", "x1", "“We”", "😀", "K\u0301", "\u0660\u0661", "\u200bzw", "."]
    gaps = [" ", " ", " ", "\n", "\r\n", "\t", "  ", "\n\n", *WHITESPACE]
    pieces = [rng.choice(words)]
    for _ in range(rng.randrange(1, 12)):
        pieces += [rng.choice(gaps), rng.choice(words)]
    text = "".join(pieces)
    if rng.random() < 0.3:
        text = rng.choice(gaps) + text
    if rng.random() < 0.3:
        text += rng.choice(gaps)
    tokens = _tokenize(rng, text)
    doc = {key: copy.deepcopy(template[key]) for key in ("schema_version", "meta", "tokenizer")}
    doc["id"] = "small-doc"
    cut = tokens[rng.randrange(len(tokens))][0] if len(tokens) > 1 and rng.random() < 0.5 else None
    if cut is not None and cut != tokens[0][0]:
        sents = [(tokens[0][0], max(t[1] for t in tokens if t[1] <= cut)), (cut, tokens[-1][1])]
    else:
        sents = [(tokens[0][0], tokens[-1][1])]
    doc["sentences"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in sents]
    doc["zones"] = [{"start": s, "end": e, "text": text[s:e], "kind": "body"} for s, e in sents]
    doc["tokens"] = tokens
    picked = rng.sample(tokens, min(len(tokens), 3))
    doc["entities"] = [{"id": f"e{i}", "type": "PER", "name": f"Person {i}", "kb_id": None, "distinct_from": []}
                       for i in range(1, len(picked) + 1)]
    doc["mentions"] = [{"id": f"m{i}", "start": t[0], "end": t[1], "text": t[2], "entity": f"e{i}", "kind": "name"}
                       for i, t in enumerate(picked, 1)]
    doc["relations"] = []
    if len(picked) >= 2:
        doc["relations"] = [{"id": "r1", "type": "MEETS", "head": "m1", "tail": "m2", "factuality": "asserted"}]
    doc["quotes"] = []
    retext(doc, text)
    return doc, text


def bases(corpus: Path, synthetic: Path | None) -> list[tuple[str, dict[str, Any], str]]:
    """(stem, document, raw text) of the corpus's documents and of the first 20 synthetic ones."""
    found = []
    roots = [corpus, *([synthetic] if synthetic else [])]
    for root in roots:
        paths = sorted((root / "annotations").glob("*.json"))
        for path in [p for p in paths if (root / "raw" / f"{p.stem}.txt").exists()][:20]:
            text = (root / "raw" / f"{path.stem}.txt").read_bytes().decode("utf-8")
            found.append((path.stem, json.loads(path.read_bytes()), text))
    return found


def cases(count: int, seed: int, corpus: Path, synthetic: Path | None) -> list[Case]:
    rng = random.Random(seed)
    documents = bases(corpus, synthetic)
    made: list[Case] = []
    for n in range(count):
        if documents and rng.random() < 0.5:
            stem, base, text = rng.choice(documents)
            doc = copy.deepcopy(base)
        else:
            doc, text = small_document(rng, documents[0][1])
            stem = doc["id"]
        names = rng.choices(list(MUTATIONS), k=rng.choice([0, 1, 1, 1, 2, 2, 3]) if n else 0)
        for name in names:
            text = MUTATIONS[name](rng, doc, text)
        raw: str | None = text if rng.random() > 0.02 else None
        dumped = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, None, 1]))
        if n and rng.random() < 0.3:  # bytes the loader reads: numbers, keys, escapes, the frame
            name = rng.choice(list(JSON_MUTATIONS))
            dumped = JSON_MUTATIONS[name](rng, dumped)
            names.append(name)
        data = dumped.encode("utf-8", "surrogatepass")
        made.append(("+".join(names) or "none", data, raw, stem, rng.random() < 0.5))
    return made


# --- the two validators, each in its own process ---

def _report(problems: list[Any]) -> list[Any]:
    return [(p.code, p.pointer, p.message, repr(p.value), p.line, p.column, p.severity, _report(p.folded))
            for p in problems]


def worker(cases_path: Path, out_path: Path, corpus: Path, model: bool = False) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))  # a validator that asks for more raises MemoryError
    from vostochny.checking.validator import document_checked
    from vostochny.reading import loader

    registry = loader.load_registry(corpus / "annotations" / "entities.json", "annotations/entities.json").model
    found: list[Any] = []
    for _, data, text, stem, with_registry in pickle.loads(cases_path.read_bytes()):
        try:
            found.append(_report(document_checked(data, f"annotations/{stem}.json", stem,
                                                  registry if with_registry else None, lambda _id, t=text: (t, []),
                                                  model)[1]))
        except Exception as error:  # a crash is a report to compare too
            found.append([("EXCEPTION", type(error).__name__, str(error))])
    out_path.write_bytes(pickle.dumps(found))


def run(src: str, cases_path: Path, out_path: Path, corpus: Path, model: bool = False) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.Popen([sys.executable, __file__, "--worker", str(cases_path), str(out_path),
                             "--corpus", str(corpus), *(["--model"] if model else [])], env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?")
    parser.add_argument("new", nargs="?")
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--synthetic", type=Path)
    parser.add_argument("--keep", type=Path, help="write the differing cases here (pickled)")
    parser.add_argument("--paths", metavar="SRC", help="compare SRC's fast path with its pydantic path")
    parser.add_argument("--worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--model", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.corpus, args.model)
        return 0
    if args.paths:
        args.old = args.new = args.paths
    elif not (args.old and args.new):
        parser.error("give OLD_SRC and NEW_SRC, or --paths SRC")
    made = cases(args.cases, args.seed, args.corpus, args.synthetic)
    with tempfile.TemporaryDirectory() as tmp:
        cases_path = Path(tmp) / "cases.pickle"
        cases_path.write_bytes(pickle.dumps(made))
        outs = [Path(tmp) / "old.pickle", Path(tmp) / "new.pickle"]
        procs = [run(src, cases_path, out, args.corpus, model=bool(args.paths) and out is outs[1])
                 for src, out in zip((args.old, args.new), outs, strict=True)]
        if any(p.wait() for p in procs):
            print("a worker failed", file=sys.stderr)
            return 2
        old, new = (pickle.loads(out.read_bytes()) for out in outs)
    differing = [(case, a, b) for case, a, b in zip(made, old, new, strict=True) if a != b]
    kinds = Counter(name for case in made for name in case[0].split("+"))
    print(f"{len(made)} cases ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}): "
          f"{len(differing)} differ; {sum(1 for r in new if r)} with problems")
    first, second = ("fast", "model") if args.paths else ("old", "new")
    for (names, _, _, stem, with_registry), a, b in differing[:20]:
        print(f"--- {stem} [{names}] registry={with_registry}")
        print(f"  only {first}:", [p for p in a if p not in b][:5])
        print(f"  only {second}:", [p for p in b if p not in a][:5])
    if args.keep:
        args.keep.write_bytes(pickle.dumps([case for case, _, _ in differing]))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

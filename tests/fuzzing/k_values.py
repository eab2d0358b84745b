"""Value damage: wrong types, huge and non-finite numbers, lone surrogates, NUL, long strings."""

from __future__ import annotations

import random
from typing import Any

from .jsonedit import Fragments, at, choose, is_offset, is_string, pick, set_at, walk
from .kinds import ACCEPT, json_kind, reject

ANY_FILE = ("document", "registry", "splits", "quote_links")  # the links file: linked base only
TYPES, NUMBERS, STRINGS = "types", "numbers", "strings"
SURROGATE_CODES = ("V007",)
LISTS = {"sentences", "tokens", "zones", "entities", "mentions", "relations", "quotes", "content", "aliases",
         "train", "validation", "test"}


def _offset(doc: Any, rng: random.Random) -> tuple:
    return pick(doc, rng, is_offset)


def _scalar(_path: tuple, value: Any) -> bool:
    return not isinstance(value, (dict, list))


@json_kind("offset-as-string", reject("V102"), TYPES)
def offset_as_string(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write an offset (or the length) as a string: "12" for 12."""
    path = _offset(doc, rng)
    set_at(doc, path, str(at(doc, path)))


@json_kind("offset-as-float", reject("V102"), TYPES)
def offset_as_float(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write an offset as a float with the same value: 12.0 or 1.2e1."""
    path = _offset(doc, rng)
    value = at(doc, path)
    set_at(doc, path, frag.value(rng.choice([f"{value}.0", f"{value}e0", f"{value}.000"])))


@json_kind("bool-for-int", reject("V102"), TYPES)
def bool_for_int(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write true or false where an integer goes (offset, length, tokenizer corrections)."""
    path = rng.choice([_offset(doc, rng), ("tokenizer", "corrections")])
    set_at(doc, path, rng.choice([True, False]))


@json_kind("int-for-bool", reject("V102"), TYPES)
def int_for_bool(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write 0 or 1 for a mention's `metonymy` flag."""
    path = pick(doc, rng, lambda p, v: p[-1] == "metonymy")
    set_at(doc, path, rng.choice([0, 1]))


@json_kind("null-for-list", reject("V102"), TYPES, ANY_FILE)
def null_for_list(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace a list (a layer, a quote's content, aliases, a split) with null."""
    set_at(data, pick(data, rng, lambda p, v: p[-1] in LISTS), None)


@json_kind("wrong-container", reject("V102"), TYPES, ANY_FILE)
def wrong_container(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace a list with an object or a string, or an object (meta, a span) with a list."""
    path = pick(data, rng, lambda p, v: isinstance(v, (dict, list)) and not isinstance(p[-1], int))
    set_at(data, path, rng.choice([{}, "x"]) if isinstance(at(data, path), list) else [])


@json_kind("number-for-string", reject("V102", "V104"), TYPES, ANY_FILE)
def number_for_string(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace a string (an id, a text, a label, a version) with a number or an object."""
    set_at(data, pick(data, rng, is_string), rng.choice([42, 0, {}, ["x"]]))


@json_kind("huge-integer", reject("V001"), NUMBERS)
def huge_integer(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace an offset with an integer of 5000 digits (or minus one)."""
    digits = str(rng.randrange(1, 10)) + "".join(rng.choices("0123456789", k=4999))
    set_at(doc, _offset(doc, rng), frag.value(rng.choice(["", "-"]) + digits))


@json_kind("big-integer", reject("V201", "V203"), NUMBERS)
def big_integer(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace an offset with an integer past 64 bits (2**64 + 1) or at its edge."""
    set_at(doc, _offset(doc, rng), frag.value(str(rng.choice([2**64 + 1, 2**63, 2**63 - 1, 10**30]))))


@json_kind("float-overflow", reject("V005", "V102"), NUMBERS)
def float_overflow(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace an offset with a number too large for a float: 1e400 or -1e400."""
    set_at(doc, _offset(doc, rng), frag.value(rng.choice(["1e400", "-1e400", "1E+999"])))


@json_kind("non-finite", reject("V005"), NUMBERS, ANY_FILE)
def non_finite(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Replace any scalar value with NaN, Infinity or -Infinity (not JSON)."""
    set_at(data, pick(data, rng, _scalar), frag.value(rng.choice(["NaN", "Infinity", "-Infinity"])))


def _lone(rng: random.Random) -> str:
    return rng.choice(["\\ud800", "\\udc00", "\\udfff", "\\ud83d", "\\ude00\\ud83d"])


def _append_surrogate(data: Any, path: tuple, rng: random.Random, frag: Fragments) -> None:
    try:
        value = at(data, path)
    except KeyError:  # an optional field the file leaves out
        value = None
    text = value if isinstance(value, str) else "x"
    cut = rng.randrange(len(text) + 1)
    set_at(data, path, text[:cut] + frag.inside(_lone(rng)) + text[cut:])


def _surrogate_kind(name: str, summary: str, where: tuple[tuple, ...], codes: tuple[str, ...] = SURROGATE_CODES,
                    files: tuple[str, ...] = ("document",)) -> None:
    """Register a kind that puts a lone surrogate escape into one of the fields `where`."""

    def edit(data: Any, rng: random.Random, frag: Fragments) -> None:
        _append_surrogate(data, rng.choice(where), rng, frag)

    edit.__doc__ = summary
    json_kind(name, reject(*codes), STRINGS, files)(edit)


_surrogate_kind("surrogate-in-meta", "Put a lone surrogate escape (\\ud800) into the title, outlet or source file.",
                (("meta", "title"), ("meta", "outlet"), ("meta", "source_file")))
_surrogate_kind("surrogate-in-tokenizer", "Put a lone surrogate escape into the tokenizer's name or version.",
                (("tokenizer", "name"), ("tokenizer", "version")))
_surrogate_kind("surrogate-in-schema", "Put a lone surrogate escape into the `$schema` reference of any file.",
                (("$schema",),), files=ANY_FILE)


@json_kind("surrogate-in-alias", reject(*SURROGATE_CODES), STRINGS, ("registry",))
def surrogate_in_alias(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a registry alias (or edit a name) holding a lone surrogate escape."""
    record = rng.choice(registry["entities"])
    if rng.random() < 0.5:
        record["aliases"].append(f"Kim{frag.inside(_lone(rng))}")
    else:
        record["name"] += frag.inside(_lone(rng))


@json_kind("surrogate-in-mention-text", reject(*SURROGATE_CODES), STRINGS)
def surrogate_in_mention_text(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Put a lone surrogate escape into a mention's text."""
    _append_surrogate(doc, pick(doc, rng, lambda p, v: p[0] == "mentions" and p[-1] == "text"), rng, frag)


@json_kind("surrogate-in-key", reject(*SURROGATE_CODES), STRINGS, ANY_FILE)
def surrogate_in_key(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a member whose key holds a lone surrogate escape."""
    target = at(data, choose(rng, [p for p, v in walk(data) if isinstance(v, dict)]))
    target[f"note{frag.inside(_lone(rng))}"] = "x"


@json_kind("surrogate-anywhere", reject(*SURROGATE_CODES), STRINGS, ANY_FILE)
def surrogate_anywhere(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Put a lone surrogate escape into any string of any file."""
    _append_surrogate(data, pick(data, rng, is_string), rng, frag)


@json_kind("surrogate-pair", ACCEPT, STRINGS, ("document", "registry"))
def surrogate_pair(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Write an emoji as a correctly paired escape (\\ud83d\\ude00) in a source file name or an alias."""
    pair = frag.inside(rng.choice(["\\ud83d\\ude00", "\\uD83C\\uDDF7", "\\ud800\\udc00"]))
    if "entities" in data and "tokens" not in data:
        rng.choice(data["entities"])["aliases"].append(f"Kim {pair}")
    else:
        data["meta"]["source_file"] = f"Summit {pair}"


@json_kind("nul-escape-in-text", reject("V202"), STRINGS)
def nul_escape_in_text(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Put a \\u0000 escape into a span's or a token's text."""
    path = pick(doc, rng, lambda p, v: isinstance(v, str) and (p[-1] == "text" or p[0] == "tokens"))
    value = at(doc, path)
    cut = rng.randrange(len(value) + 1)
    set_at(doc, path, value[:cut] + "\x00" + value[cut:])


@json_kind("nul-escape-in-meta", reject("V003", "V105"), STRINGS)
def nul_escape_in_meta(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Put a \\u0000 escape (a NUL character) into the title, outlet or tokenizer name."""
    section, key = rng.choice([("meta", "title"), ("meta", "outlet"), ("tokenizer", "name")])
    doc[section][key] = f"Reuters{chr(0)}"


@json_kind("long-string-meta", ACCEPT, STRINGS)
def long_string_meta(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set the source file name to a string of 100 000 to 1 000 000 characters (under the size cap)."""
    doc["meta"]["source_file"] = rng.choice(["Kim ", "Путин ", "金正恩 "]) * rng.choice([25_000, 200_000])


@json_kind("long-id", reject("V105"), STRINGS, ("document", "registry"))
def long_id(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Make an id (document, entity, mention or registry record) 100 000 characters long."""
    path = pick(data, rng, lambda p, v: p[-1] == "id")
    set_at(data, path, at(data, path) + "x" * 100_000)


@json_kind("long-span-text", reject("V202"), STRINGS)
def long_span_text(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Append 500 000 characters to a span's text."""
    path = pick(doc, rng, lambda p, v: p[-1] == "text")
    set_at(doc, path, at(doc, path) + "a" * 500_000)

"""File-level damage: bytes, encodings, syntax, size, nesting and duplicate keys."""

from __future__ import annotations

import random
import re

from vostochny.reading.loader import DEFAULT_MAX_BYTES

from .corpora import Corpus
from .kinds import ACCEPT, bytes_kind, kind, reject

ANY_FILE = ("document", "registry", "splits", "quote_links")  # the links file: linked base only
FAMILY = "file"


@bytes_kind("bom", reject("V003"), FAMILY, ANY_FILE)
def bom(data: bytes, rng: random.Random) -> bytes:
    """Prepend a UTF-8 byte-order mark."""
    return b"\xef\xbb\xbf" + data


@bytes_kind("truncate", reject("V001", "V003"), FAMILY, ANY_FILE)
def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut the file at a random byte (possibly to nothing)."""
    return data[: rng.randrange(len(data.rstrip()))]


@bytes_kind("invalid-utf8", reject("V003"), FAMILY, ANY_FILE)
def invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    """Insert a byte sequence that is not UTF-8 (stray byte, overlong form, encoded surrogate)."""
    at = rng.randrange(len(data))
    return data[:at] + rng.choice([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80", b"\xf5\x80\x80\x80"]) + data[at:]


@bytes_kind("nul-byte", reject("V001"), FAMILY, ANY_FILE)
def nul_byte(data: bytes, rng: random.Random) -> bytes:
    """Insert a raw NUL byte, inside a string or between tokens."""
    at = rng.choice([m.start() + 1 for m in re.finditer(rb'"[^"]', data)] + [m.end() for m in re.finditer(rb",", data)])
    return data[:at] + b"\x00" + data[at:]


@bytes_kind("duplicate-key", reject("V002"), FAMILY, ANY_FILE)
def duplicate_key(data: bytes, rng: random.Random) -> bytes:
    """Repeat a `"key": value` member right after itself (same value)."""
    members = list(re.finditer(rb'"[^"\\]+": (?:"[^"\\]*"|-?\d+|true|false|null)(?=[,\n}])', data))
    m = rng.choice(members)
    return data[: m.end()] + b", " + m.group() + data[m.end():]


@bytes_kind("duplicate-key-escaped", reject("V002"), FAMILY, ANY_FILE)
def duplicate_key_escaped(data: bytes, rng: random.Random) -> bytes:
    """Repeat a member with its key spelt with a \\u escape (`"\\u0069d"` is `"id"`)."""
    members = list(re.finditer(rb'"([a-z])([^"\\]*)": (?:"[^"\\]*"|-?\d+|true|false|null)(?=[,\n}])', data))
    m = rng.choice(members)
    escaped = b'"\\u%04x' % m.group(1)[0] + m.group(2) + b'"' + m.group()[m.end(2) - m.start() + 1:]
    return data[: m.end()] + b", " + escaped + data[m.end():]


@bytes_kind("duplicate-key-spaced", reject("V002"), FAMILY, ANY_FILE)
def duplicate_key_spaced(data: bytes, rng: random.Random) -> bytes:
    """Repeat a member written as `"key" : value`, whitespace before the colon."""
    members = list(re.finditer(rb'("[^"\\]+"): ((?:"[^"\\]*"|-?\d+|true|false|null))(?=[,\n}])', data))
    m = rng.choice(members)
    return (data[: m.end()] + b", " + m.group(1) + rng.choice([b" :", b"\t:", b"\n:"]) + b" " + m.group(2)
            + data[m.end():])


@bytes_kind("deep-nesting", reject("V001", "V102", "V103"), FAMILY, ANY_FILE)
def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    """Replace the first value with arrays or objects nested 100 to 100 000 deep."""
    depth = rng.choice([100, 1000, 5000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a": ', b"}")])
    at = data.index(b": ") + 2
    end = data.index(b"\n", at)
    tail = data[end - 1:end] if data[end - 1:end] == b"," else b""
    return data[:at] + opener * depth + b"0" + closer * depth + tail + data[end:]


@bytes_kind("trailing-garbage", reject("V001"), FAMILY, ANY_FILE)
def trailing_garbage(data: bytes, rng: random.Random) -> bytes:
    """Append a second JSON value or stray text after the top-level object."""
    return data + rng.choice([b"{}", b"]", b"x", b"\n,", b'"'])


@bytes_kind("comment", reject("V001"), FAMILY, ANY_FILE)
def comment(data: bytes, rng: random.Random) -> bytes:
    """Add a JavaScript comment, a JSON5 trailing comma or a single-quoted string."""
    at = data.index(b"\n") + 1
    return data[:at] + rng.choice([b"// note\n", b"/* note */", b"'x': 1,\n", b",\n"]) + data[at:]


CAP = 100_000  # the --max-bytes of the size kinds: above every document of every base
OPTIONS = ("--max-bytes", str(CAP))


def _pad_to(data: bytes, size: int) -> bytes:
    """The same JSON, padded with trailing whitespace to exactly `size` bytes."""
    return data + b" " * (size - len(data) - 1) + b"\n"


@kind("over-max-bytes", reject("V004", refused=True), FAMILY, options=OPTIONS)
def over_max_bytes(corpus: Corpus, rng: random.Random) -> None:
    """Pad a valid document with whitespace to one byte (or many) past --max-bytes."""
    path = corpus.document(rng)
    path.write_bytes(_pad_to(path.read_bytes(), CAP + rng.choice([1, 2, 4096])))


@kind("at-max-bytes", ACCEPT, FAMILY, options=OPTIONS)
def at_max_bytes(corpus: Corpus, rng: random.Random) -> None:
    """Pad a valid document with whitespace to exactly --max-bytes (still allowed)."""
    path = corpus.document(rng)
    path.write_bytes(_pad_to(path.read_bytes(), CAP))


@kind("over-default-cap", reject("V004", refused=True), FAMILY, bases=("sample",))
def over_default_cap(corpus: Corpus, rng: random.Random) -> None:
    """Pad a valid document with whitespace past the default 16 MiB cap."""
    path = corpus.document(rng)
    path.write_bytes(_pad_to(path.read_bytes(), DEFAULT_MAX_BYTES + 1))

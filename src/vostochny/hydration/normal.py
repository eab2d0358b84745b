"""The normal form in which a user's copy of an article is compared with the original: curly and
straight quotes, non-breaking and other Unicode spaces, and CRLF or CR line ends count as equal.

`normalised(text)` keeps, for every character of the normal form, where it came from, so that a
span found in the normal form is mapped back to offsets of the user's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

#: typographic quotes and apostrophes -> their ASCII forms
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}
#: spaces that are not U+0020 but read as one
_SPACES = dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
                        " ")
_TABLE = str.maketrans({**_QUOTES, **_SPACES})


@dataclass(frozen=True)
class Normalised:
    """`text` in normal form; `origin[i]` is the offset in the source of normal character `i`, and
    `origin[len(text)]` is the source's length (so that an end offset maps as well as a start)."""

    text: str
    origin: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of the normal-form span `[start, end)`."""
        return self.origin[start], self.origin[end]


def normal(text: str) -> str:
    """`text` in normal form: CRLF and CR become LF, quotes straight, spaces plain."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)


def normalised(text: str) -> Normalised:
    """`normal(text)` with the source offset of each character. A CRLF pair becomes one LF that
    stands at the CR, so that a span ending before the pair ends before the CR."""
    origin = [i for i, ch in enumerate(text) if not (ch == "\n" and i and text[i - 1] == "\r")]
    return Normalised(normal(text), (*origin, len(text)))

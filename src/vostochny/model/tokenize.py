"""The corpus's rule-based tokenizer and sentence splitter.

It never changes the text: every token is a `(start, end)` slice of the raw string, so
offsets stay exact around encoding damage (`Â`), missing spaces (`military.South`) and
curly quotes. Tokens follow the UD English conventions that matter for entity boundaries:
hyphens and possessive clitics are tokens of their own (`Putin` `-` `Kim`, `Korea` `’s`),
so that a name inside a compound is still a token-aligned mention. Abbreviations with
periods (`U.S.`, `Adm.`) stay whole.

An invisible format character (Unicode category Cf: a byte-order mark, a zero-width space, a joiner, a
bidirectional mark, the soft hyphen) is never a token, nor the first or last character of one: between
words it is a gap, as a space is, and inside a word it stays inside the word's token (`Vladi\u00admir`,
Persian `می\u200cخواهم`, an emoji sequence joined by U+200D). The zero-width space U+200B always
separates: it marks where a word ends.

Bump `VERSION` whenever a change would move any token: the version is recorded in every
annotation file that this tokenizer made.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate, compress, repeat

from vostochny.model.unicode_marks import MARK_RANGES
from vostochny.patterns import compiled

NAME = "vostochny.tokenize"  # the name recorded in every annotation file (not the module path)
#: 1.1: a clitic after U+02BC (`Putinʼs`) is split off as after ’. 1.2: a format character (Cf) is never a token nor
#: at the edge of one (a byte-order mark, a zero-width space between words are gaps); texts without one: as 1.1.
#: 1.3: a combining mark (`Zoe` U+0308, a vowel sign) and an emoji's skin tone stay in the token of the character
#: before them, two regional indicators (a flag) are one token, and an e-mail address's local part is at most 64
#: characters (a run of `a.a.a.` was searched again from each of its dots: quadratic); other texts: as 1.2
VERSION = "1.3"

#: the code points that are format characters (category Cf) in Unicode 14 to 16, as ranges: `FORMAT` keeps those
#: that are in this Python's Unicode database (tests/test_tokenize.py checks that it misses none)
_FORMAT_RANGES = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
                  (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
                  (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
                  (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
                  (0xE0020, 0xE007F))
#: the line breaks of `str.splitlines`, LF first: the one definition of a line break for every rule (a space between
#: two words of one line is any other white space; tests/test_tokenize.py checks it against `str.splitlines`)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: the same, as a set: a string's characters are checked against it in one C-speed pass (`isdisjoint`)
LINE_BREAK_SET = frozenset(LINE_BREAKS)
#: every format character (Unicode category Cf) of this Python's Unicode database
FORMAT = "".join(c for a, b in _FORMAT_RANGES for c in map(chr, range(a, b + 1)) if unicodedata.category(c) == "Cf")
_FORMAT_SET = frozenset(FORMAT)
#: a format character of the Basic Multilingual Plane, or any character beyond it: a class of a few ranges is
#: searched about 3 ns a character, one that names each astral format character 15 ns (a tenth of a millisecond on
#: a text of the corpus, which `tiles` searches on every validation)
_FORMAT_OR_ASTRAL = compiled("[%s\U00010000-\U0010ffff]" % "".join(  # noqa: UP031 - a class of escapes
    f"\\u{a:04x}-\\u{b:04x}" for a, b in _FORMAT_RANGES if b < 0x10000))
_GAP_TABLE = str.maketrans(dict.fromkeys(FORMAT, " "))
#: a `str.translate` table that drops the format characters (as a reader sees a text: `Pu\u00adtin` is `Putin`)
NO_FORMAT = str.maketrans(dict.fromkeys(FORMAT))
ZERO_WIDTH_SPACE = "\u200b"  # the format character that always separates: it marks where a word ends
_JOINER = "\u200d"
#: the categories of the two characters that a zero-width joiner joins into an emoji sequence: a symbol, a
#: modifier or a mark (a variation selector, a skin tone) before it, a symbol or a modifier after it
_EMOJI_BEFORE, _EMOJI_AFTER = frozenset({"So", "Sk", "Mn", "Me"}), frozenset({"So", "Sk"})

#: Abbreviations that end in a period which does not end a sentence.
ABBREVIATIONS = ("Adm", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jr",
                 "No")

#: the ranges of the marks as the characters themselves, not escapes: `re` parses a class of 300 escaped ranges in
#: twice the time, and every import of the validator compiles four of them here and two in V280's
_BMP_MARKS = "".join(f"{chr(a)}-{chr(b)}" for a, b in MARK_RANGES if b < 0x10000)
_ASTRAL_MARKS = "".join(f"{chr(a)}-{chr(b)}" for a, b in MARK_RANGES if a >= 0x10000)
#: one combining mark (`unicode_marks`), which stays with the character before it: a class of the marks of the Basic
#: Multilingual Plane (a table that `re` looks up) or, only for a character beyond it, one of the others (a class that
#: holds one astral range is a list that `re` walks: its 300 ranges, tried after every word, made tokenizing 1.9x)
MARK = f"(?:[{_BMP_MARKS}]|(?=[\\U00010000-\\U0010ffff])[{_ASTRAL_MARKS}])"
_SKIN_TONE = "[\\U0001f3fb-\\U0001f3ff]"  # an emoji modifier (Sk), which stays with the emoji before it
_TOKEN = compiled(
    r"""
      [\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+            # e-mail address
    | (?:[A-Z]\.){2,}                             # U.S. U.N.
    | (?:%(abbreviations)s)\.(?=\s)               # Adm. Mr.
    | \d+(?:[.,:]\d+)+                            # 42.7 1,000 18:30
    | (?:[’'ʼ](?:s|re|ve|ll|d|m)|n[’'ʼ]t)(?!\w|%(mark)s)  # possessive and clitics, n't
    | \w[\w\u0300-\u036f]*?(?=(?:n[’'ʼ]t|ʼ(?:s|re|ve|ll|d|m))(?!\w|%(mark)s))  # has|n't, Putin|ʼs (U+02BC is
                                                  # a letter to \w): a Latin word, Latin marks (MARK here: 1.6x);
                                                  # one alternative, as no word ends in both
    | \w+(?:%(mark)s+\w*)*                         # word, number, with the marks of its letters
    | (?:%(emoji)s\u200d)+%(emoji)s                # an emoji sequence joined by U+200D (only in a
                                                  # text with a format character)
    | [\U0001f1e6-\U0001f1ff]{2}                  # a flag: two regional indicators
    | \.{3}|-{2,}|\S(?:%(mark)s|%(skin)s)*          # punctuation, anything else, with its marks
    """  # noqa: UP031 - %-formatting: the pattern's own braces ({2,}) would clash with str.format
    % {"abbreviations": "|".join(ABBREVIATIONS), "mark": MARK, "skin": _SKIN_TONE,
       "emoji": r"[^\s\w\u200d][\ufe00-\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"},  # a symbol, its selectors and modifiers
    re.VERBOSE,
)

_FINAL_MARKS = ".!?"
_CLOSING = frozenset("”’\"')]")
_OPENING = frozenset("“‘\"'([")


def tokens(text: str) -> list[tuple[int, int]]:
    """Return the token spans of `text`, in order, covering every character but spaces and the format characters
    between words."""
    if not has_format(text):
        return [m.span() for m in _TOKEN.finditer(text)]
    return _around_format(text)


def has_format(text: str) -> bool:
    """Whether `text` holds a format character (Unicode category Cf). None is printable, so a text whose lines
    are printable has none: that test first, at a third of the search's cost."""
    if text.replace("\n", " ").isprintable():
        return False
    found = _FORMAT_OR_ASTRAL.search(text)
    if found is None or found.group() in _FORMAT_SET:
        return found is not None
    return not _FORMAT_SET.isdisjoint(text[found.start():])  # a character beyond the BMP: an emoji, mostly


def is_gap(text: str) -> bool:
    """Whether `text` may lie between two tokens: nothing, or whitespace and format characters only."""
    return not text.translate(_GAP_TABLE).strip()


def _around_format(text: str) -> list[tuple[int, int]]:
    """The tokens of a text that holds format characters: those of its plain text, `text` without them (a
    zero-width space read as a space; a zero-width joiner kept where it joins an emoji sequence), each with its
    offsets in `text`. A format character inside a word is then inside its token, one between words between
    two tokens, and none is a token or at the edge of one."""
    kept = [ch not in _FORMAT_SET or ch == ZERO_WIDTH_SPACE or (ch == _JOINER and _joins_emoji(text, i))
            for i, ch in enumerate(text)]
    at = list(compress(range(len(text)), kept))  # the offset in `text` of each character of the plain text
    plain = "".join(compress(text, kept)).replace(ZERO_WIDTH_SPACE, " ")
    found = []
    for m in _TOKEN.finditer(plain):
        start, end = m.span()
        while start < end and text[at[start]] in _FORMAT_SET:  # a kept joiner that no emoji sequence took
            start += 1
        while end > start and text[at[end - 1]] in _FORMAT_SET:
            end -= 1
        if start < end:
            found.append((at[start], at[end - 1] + 1))
    return found


def _joins_emoji(text: str, i: int) -> bool:
    """Whether the zero-width joiner at `i` joins two characters of an emoji sequence (`👨\u200d👩`)."""
    return 0 < i < len(text) - 1 and unicodedata.category(text[i - 1]) in _EMOJI_BEFORE \
        and unicodedata.category(text[i + 1]) in _EMOJI_AFTER


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group token spans into sentence spans (first token start, last token end)."""
    if not spans:
        return []
    starts, ends = [a for a, _ in spans], [b for _, b in spans]
    firsts = sentence_firsts(text, starts, ends, [text[a:b] for a, b in spans])
    return [(starts[a], ends[b - 1]) for a, b in zip(firsts, [*firsts[1:], len(spans)], strict=True)]


def sentence_firsts(text: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]) -> list[int]:
    """The index of the first token of each sentence, in order (0 first, if there are tokens), of tokens in order
    that tile `text` (their texts given). A sentence ends where a line break lies between two tokens (every line
    break does: a text whose lines end in CR alone, or in U+2028, is read as one whose lines end in LF), and after
    a final mark (`.`, `!`, `?`, with the closing quotes and brackets glued to it) followed by a token that opens
    with a capital, a digit, or an opening quote or bracket. Computed from the few tokens where one may end, not
    token by token: the validator holds every stored sentence layer to it (V283)."""
    count = len(starts)
    # the first token at or after the end of each line (`str.splitlines` ends a line at every `LINE_BREAKS`)
    found = set(map(bisect.bisect_left, repeat(starts), accumulate(map(len, text.splitlines(True)))))
    for at in _final_marks(text):
        i = bisect.bisect_left(starts, at)
        if i == count or starts[i] != at or ends[i] != at + 1:  # a mark inside a token (`U.S.`, `...`)
            continue
        end = i + 1
        while end < count and texts[end] in _CLOSING and starts[end] == ends[end - 1]:
            end += 1
        if end < count and opens_sentence(text[starts[end]]):
            found.add(end)
    found.discard(0)
    found.discard(count)
    return [0, *sorted(found)] if count else []


def _final_marks(text: str) -> list[int]:
    """The offsets of the text's final marks (`_FINAL_MARKS`), in order: `str.find` runs at C speed from one mark to
    the next, where a pattern of them was tried at every character (20 of the 85 us a document of V283)."""
    found = []
    for mark in _FINAL_MARKS:
        at = text.find(mark)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def opens_sentence(head: str) -> bool:
    """Whether a token that opens with `head` starts a sentence after a final mark."""
    return head.isupper() or head.isdigit() or head in _OPENING

"""The stored tokenizer: tiles the text, keeps abbreviations, splits clitics and hyphens, and never makes a
token of an invisible format character nor begins or ends one with it."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vostochny.model import tokenize


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize.tokens(text)]


def test_conventions() -> None:
    assert words("U.S. officials") == ["U.S.", "officials"]
    assert words("Navy Adm. Kim") == ["Navy", "Adm.", "Kim"]
    assert words("Moscow’s war") == ["Moscow", "’s", "war"]
    assert words("Kim hasn’t left") == ["Kim", "has", "n’t", "left"]
    assert words("A Putin-Kim summit") == ["A", "Putin", "-", "Kim", "summit"]
    assert words("military.South Korea") == ["military", ".", "South", "Korea"]
    assert words("a 42.7-metre rocket") == ["a", "42.7", "-", "metre", "rocket"]
    assert words("letters@time.com") == ["letters@time.com"]
    assert words("warned.Â") == ["warned", ".", "Â"]


def test_a_clitic_after_the_modifier_letter_apostrophe_is_split_off_as_after_the_curly_one() -> None:
    """U+02BC is a letter to `\\w`: without its own rule `Putinʼs` was one token and `[Putin]ʼs` no mention
    (V212); inside a word (Ukrainian `мʼята`) it stays part of the word."""
    assert words("Putinʼs plan") == ["Putin", "ʼs", "plan"]
    assert words("Kim hasnʼt left") == ["Kim", "has", "nʼt", "left"]
    assert words("theyʼre here") == ["they", "ʼre", "here"]
    assert words("мʼята") == ["мʼята"]
    assert tokenize.VERSION >= "1.1"  # the change moves tokens: the version recorded in new files


def test_sentences_split_on_lines_and_final_marks() -> None:
    text = "“It works,” he said. “Yes.” Then\nHeadline here"
    spans = tokenize.tokens(text)
    got = [text[s:e] for s, e in tokenize.sentences(text, spans)]
    assert got == ["“It works,” he said.", "“Yes.”", "Then", "Headline here"]


@pytest.mark.parametrize("brk", [*tokenize.LINE_BREAKS, "\r\n"])
def test_every_line_break_ends_a_sentence(brk: str) -> None:
    """A headline without a full stop and the byline under it are two sentences whatever ends the line (V266
    refuses a sentence over two zones): CR alone, CRLF, NEL, U+2028 as LF."""
    text = f"Kim meets Putin{brk}By Hyung-Jin Kim and Jim Heintz"
    spans = tokenize.tokens(text)
    got = [text[s:e] for s, e in tokenize.sentences(text, spans)]
    assert got == ["Kim meets Putin", "By Hyung-Jin Kim and Jim Heintz"]
    assert "".join(got) == "".join(text.splitlines())


def test_abbreviation_does_not_end_a_sentence() -> None:
    text = "Navy Adm. Kim Myong Sik left."
    assert len(tokenize.sentences(text, tokenize.tokens(text))) == 1


def _sentences_token_by_token(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The splitter as release 1 ran it, token by token (tokenizer 1.0 to 1.2): the oracle that
    `tokenize.sentence_firsts`, which looks at the few tokens where a sentence may end, is held to."""
    found, first, i = [], 0, 0
    while i < len(spans):
        end, mark = i + 1, text[slice(*spans[i])]
        if mark in (".", "!", "?"):  # a token that is one mark (a hand-merged `!?` is none)
            while end < len(spans) and text[slice(*spans[end])] in tuple("”’\"')]") \
                    and spans[end][0] == spans[end - 1][1]:
                end += 1
        gap = text[spans[end - 1][1]:spans[end][0]] if end < len(spans) else ""
        if end >= len(spans) or any(ch in tokenize.LINE_BREAKS for ch in gap) or (
                mark in (".", "!", "?") and (text[spans[end][0]].isupper() or text[spans[end][0]].isdigit()
                                   or text[spans[end][0]] in "“‘\"'([")):
            found.append((spans[first][0], spans[end - 1][1]))
            first = end
        i = end
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*".!?”’\"')]“‘([", "A", "b", "7", " ", "\n", "\r", "\u2028", "Mr", "U.S.", "\u00ad",
                                  "\u200b", "...", "é", "Ж"]), max_size=60).map("".join))
def test_the_splitter_is_the_token_by_token_one(text: str) -> None:
    spans = tokenize.tokens(text)
    assert tokenize.sentences(text, spans) == _sentences_token_by_token(text, spans)
    merged: list[tuple[int, int]] = []  # tokens that meet merged by hand, two by two (`!?`, `’”`): still tiling
    for start, end in spans:
        if merged and merged[-1][1] == start and len(merged) % 2:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    assert tokenize.sentences(text, merged) == _sentences_token_by_token(text, merged)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_tokens_tile_any_text(text: str) -> None:
    spans = tokenize.tokens(text)
    at = 0
    for start, end in spans:
        assert start >= at and end > start
        assert tokenize.is_gap(text[at:start])
        assert not any(ch.isspace() for ch in text[start:end])
        assert text[start] not in tokenize.FORMAT and text[end - 1] not in tokenize.FORMAT
        at = end
    assert tokenize.is_gap(text[at:])
    sentences = tokenize.sentences(text, spans)
    assert sum(1 for s, e in spans for a, b in sentences if a <= s and e <= b) == len(spans)


# -- format characters (Unicode Cf) ------------------------------------------------------------------------------

BOM, ZWSP, ZWNJ, ZWJ, WJ, SHY = "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"


def test_a_format_character_between_words_is_a_gap() -> None:
    """A byte-order mark at the start of a text and a zero-width space, joiner, non-joiner or word joiner next
    to a space or a punctuation mark are no token and no part of one (1.1 made a token of each)."""
    assert words(f"{BOM}Kim Jong Un left.") == ["Kim", "Jong", "Un", "left", "."]
    assert tokenize.tokens(f"{BOM}Kim") == [(1, 4)]
    assert words(f"Kim{ZWSP} Jong {ZWNJ}Un{WJ}, he{ZWJ} said{BOM}") == ["Kim", "Jong", "Un", ",", "he", "said"]
    assert words(f"{ZWSP}{BOM}") == [] and words(f"a {ZWJ} b") == ["a", "b"]
    assert tokenize.VERSION == "1.3"  # the change moves tokens: the version recorded in new files


def test_a_zero_width_space_always_separates() -> None:
    """U+200B marks where a word ends, also between two letters: `Kim\u200bJong` is two words, as on screen."""
    assert words(f"Kim{ZWSP}Jong Un") == ["Kim", "Jong", "Un"]
    assert tokenize.tokens(f"Kim{ZWSP}Jong") == [(0, 3), (4, 8)]
    assert words(f"Mr.{ZWSP}Kim left.") == ["Mr.", "Kim", "left", "."]  # a space to the abbreviation's period


def test_a_format_character_inside_a_word_stays_in_its_token() -> None:
    """A soft hyphen, a joiner or a word joiner between two letters is inside the word (Persian writes ZWNJ
    inside words); U+200D joining an emoji sequence keeps the sequence one token."""
    assert words(f"Vladi{SHY}mir Putin") == [f"Vladi{SHY}mir", "Putin"]
    persian = f"\u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0647\u0645"  # "I want": the non-joiner inside the word
    assert words(persian) == [persian]
    assert words(f"Kim{WJ}Jong") == [f"Kim{WJ}Jong"]
    family = f"\U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467"
    assert words(f"a {family} b") == ["a", family, "b"]
    assert words(f"\u2764\ufe0f{ZWJ}\U0001f525!") == [f"\u2764\ufe0f{ZWJ}\U0001f525", "!"]  # a variation selector
    assert words(f"\U0001f469\U0001f3fd{ZWJ}\U0001f680 ok") == [f"\U0001f469\U0001f3fd{ZWJ}\U0001f680", "ok"]
    assert words(f"U.S.{ZWJ}\U0001f469") == ["U.S.", "\U0001f469"]  # a joiner after a period joins nothing


def test_a_text_without_format_characters_is_tokenized_as_by_1_1() -> None:
    """1.2 changed nothing else: the emoji sequence rule needs a U+200D, and a text without a format character
    takes the path 1.1 took."""
    text = "North Korean leader Kim Jong Un met Putinʼs aides. ❤️ 👍🏽 U.S. officials hasn’t 42.7-metre"
    assert tokenize.tokens(text) == [m.span() for m in tokenize._TOKEN.finditer(text)]
    assert tokenize._around_format(text) == tokenize.tokens(text)


def test_sentences_split_around_format_characters() -> None:
    text = f"{BOM}Kim left.{ZWSP}He said{ZWSP}“Yes.”{ZWSP}\nThen"
    spans = tokenize.tokens(text)
    assert [text[s:e] for s, e in tokenize.sentences(text, spans)] == ["Kim left.", f"He said{ZWSP}“Yes.”", "Then"]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the candidates are those of Unicode 14 and later")
def test_format_is_every_format_character_of_this_unicode_database() -> None:
    """`FORMAT` is built from a list of candidates (scanning all of Unicode at import would cost every command a
    tenth of a second): none of this Python's format characters may be missing from it."""
    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) == "Cf")
    assert every == tokenize.FORMAT, f"add {sorted(set(every) - set(tokenize.FORMAT))} to _FORMAT_RANGES"


def test_no_format_character_is_printable() -> None:
    """`has_format` answers False at once for a text whose lines are printable: that holds only while no format
    character is printable."""
    assert not any(map(str.isprintable, tokenize.FORMAT))
    assert tokenize.has_format("Kim\n" + tokenize.FORMAT[-1]) and not tokenize.has_format("Kim\n\u2019s")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "b", "1", " ", "\n", ".", "’", "s", "\U0001f468", "\ufe0f", BOM,
                                           ZWSP, ZWNJ, ZWJ, WJ, SHY, "\u200e", "\u0600"]), max_size=40))
def test_tokens_tile_texts_full_of_format_characters(text: str) -> None:
    """Texts made mostly of format characters, words and spaces: tokens tile them, and none is, begins or ends
    with a format character or holds a zero-width space."""
    spans = tokenize.tokens(text)
    at = 0
    for start, end in spans:
        assert at <= start < end
        assert tokenize.is_gap(text[at:start]) and not any(ch.isspace() for ch in text[start:end])
        assert text[start] not in tokenize.FORMAT and text[end - 1] not in tokenize.FORMAT
        assert ZWSP not in text[start:end]
        at = end
    assert tokenize.is_gap(text[at:])


def test_line_breaks_are_those_of_str_splitlines() -> None:
    """`LINE_BREAKS` is every character that `str.splitlines` breaks a line at (LF first), and the rules that tell a
    line break from a space between words (V250's zones, V271's addresses, V272/V273's attributions) read it."""
    from vostochny.checking.rules import base, zones

    breaks = {c for c in map(chr, range(sys.maxunicode + 1)) if len(f"a{c}b".splitlines()) == 2}
    assert set(tokenize.LINE_BREAKS) == breaks and tokenize.LINE_BREAKS[0] == "\n"
    assert len(tokenize.LINE_BREAKS) == len(breaks)
    assert set(zones._OTHER_BREAKS) == breaks - {"\n"} and breaks == tokenize.LINE_BREAK_SET
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert {c for c in spaces if re.fullmatch(base.SPACE, c)} == spaces - breaks


# -- combining marks, skin tones, flags (1.3) ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Zoe\u0308 Ivanova visited Mu\u0308nchen.", ["Zoe\u0308", "Ivanova", "visited", "Mu\u0308nchen", "."]),
    ("Nguye\u0302\u0303n Jose\u0301\u2019s", ["Nguye\u0302\u0303n", "Jose\u0301", "\u2019s"]),  # the clitic still apart
    ("doe\u0301sn\u2019t", ["doe\u0301s", "n\u2019t"]),
    ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),  # vowel signs and the virama (Mc, Mn) are in their word
    ("\U0001f1f0\U0001f1f5 \U0001f44d\U0001f3fd 1\ufe0f\u20e3", ["\U0001f1f0\U0001f1f5", "\U0001f44d\U0001f3fd",
                                                                  "1\ufe0f\u20e3"]),
    ("\u0301 a", ["\u0301", "a"]),  # a mark after a space has nothing to join
])
def test_a_mark_stays_with_the_character_before_it(text: str, expected: list[str]) -> None:
    """1.2 split `Zoë` written with a combining diaeresis into `Zoe` and the mark: a mention `Zoe` passed every
    rule, and the CoNLL-U failed UD's validator (an export review and a validator review found it)."""
    assert words(text) == expected
    assert words(f"{SHY}{text}") == expected  # the format-character path agrees


def test_the_marks_table_is_unicode_14s() -> None:
    """`unicode_marks.MARK_RANGES` is every combining mark (Mn, Mc, Me) of Unicode 14.0, this Python's database (on
    another, the marks it lists are marks there too)."""
    from vostochny.model.unicode_marks import MARK_RANGES

    assert all(b < 0x10000 or a >= 0x10000 for a, b in MARK_RANGES)  # `tokenize.MARK` parts them at the plane
    listed = {c for a, b in MARK_RANGES for c in range(a, b + 1)}
    if unicodedata.unidata_version == "14.0.0":
        assert listed == {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)).startswith("M")}
    else:
        assert all(unicodedata.category(chr(c)).startswith("M") for c in listed)


def test_a_long_dotted_run_is_read_once() -> None:
    """The e-mail pattern searched `a.a.a.` again from each dot, to its end: 100 KB took 29 s in `vostochny new` (a
    review found it); a local part is at most 64 characters (RFC 5321), so each search stops there."""
    assert len(tokenize.tokens("a." * 50_000)) == 100_000
    assert words("write to kim.jong.un+press@kcna.kp now") == ["write", "to", "kim.jong.un+press@kcna.kp", "now"]

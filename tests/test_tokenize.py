"""The stored tokenizer: tiles the text, keeps abbreviations, splits clitics and hyphens."""

from __future__ import annotations

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
    assert tokenize.VERSION == "1.1"  # the change moves tokens: the version recorded in new files


def test_sentences_split_on_lines_and_final_marks() -> None:
    text = "“It works,” he said. “Yes.” Then\nHeadline here"
    spans = tokenize.tokens(text)
    got = [text[s:e] for s, e in tokenize.sentences(text, spans)]
    assert got == ["“It works,” he said.", "“Yes.”", "Then", "Headline here"]


def test_abbreviation_does_not_end_a_sentence() -> None:
    text = "Navy Adm. Kim Myong Sik left."
    assert len(tokenize.sentences(text, tokenize.tokens(text))) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_tokens_tile_any_text(text: str) -> None:
    spans = tokenize.tokens(text)
    at = 0
    for start, end in spans:
        assert start >= at and end > start
        assert not text[at:start].strip()
        assert not any(ch.isspace() for ch in text[start:end])
        at = end
    assert not text[at:].strip()
    sentences = tokenize.sentences(text, spans)
    assert sum(1 for s, e in spans for a, b in sentences if a <= s and e <= b) == len(spans)

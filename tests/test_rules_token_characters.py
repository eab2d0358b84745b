"""A token that begins inside a character (V452): a letter split from its combining mark, an emoji from its skin
tone, a flag from its second half, by hand and counted in `tokenizer.corrections` (V267 counted the split as a
correction and passed it), and the CoNLL-U forms of such a split, which UD's validator refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export import ud_validates
from test_rules import _over

from vostochny.export import read_source
from vostochny.model import tokenize

_ACCENT = "Zoe\u0308 Ivanova visited Mu\u0308nchen.\nIt ended."
_FLAGS = "Kim waved \U0001f1f7\U0001f1fa\U0001f1f0\U0001f1f5 and \U0001f44d\U0001f3fd today.\nIt ended."
_HINDI = "Kim met Putin with \u0928\u092e\u0938\u094d\u0924\u0947 today.\nIt ended."


def _split(text: str, word: str, cut: int) -> tuple[list[list], int]:
    """The tokenizer's tokens of `text` with the token `word` split after its first `cut` characters, and the index of
    the token that begins at the cut."""
    tokens = [[a, b, text[a:b]] for a, b in tokenize.tokens(text)]
    (i,) = [i for i, t in enumerate(tokens) if t[2] == word]
    a, b, _ = tokens[i]
    tokens[i:i + 1] = [[a, a + cut, text[a:a + cut]], [a + cut, b, text[a + cut:b]]]
    return tokens, i + 1


def _recorded(corrections: int) -> dict:
    return {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": corrections}


@pytest.mark.parametrize(("text", "word", "cut", "second"), [
    (_ACCENT, "Zoe\u0308", 3, "\u0308"),  # a letter and its accent, the text saved decomposed
    (_ACCENT, "Mu\u0308nchen", 2, "\u0308nchen"),
    (_HINDI, "\u0928\u092e\u0938\u094d\u0924\u0947", 5, "\u0947"),  # a consonant and its vowel sign
    (_FLAGS, "\U0001f1f7\U0001f1fa", 1, "\U0001f1fa"),  # the two halves of a flag
    (_FLAGS, "\U0001f44d\U0001f3fd", 1, "\U0001f3fd"),  # a thumbs-up and its skin tone
])
@pytest.mark.parametrize("corrections", [0, 1])
def test_a_token_split_inside_a_character_is_refused_counted_or_not(text: str, word: str, cut: int, second: str,
                                                                    corrections: int) -> None:
    """Counted as a hand correction, the split passed (V267 judged only the count); uncounted, V267 reported both
    halves as not the tokenizer's: V452 names the cut on the half that begins inside the character, and V267 folds."""
    tokens, i = _split(text, word, cut)
    assert tokens[i][2] == second
    assert _over(text, tokens=tokens, tokenizer=_recorded(corrections)) == [("V452", f"/tokens/{i}")]


@pytest.mark.parametrize("text", [_ACCENT, _FLAGS, _HINDI])
def test_the_tokenizers_own_tokens_keep_every_character_whole(text: str) -> None:
    assert _over(text) == []


def test_two_flags_written_together_are_two_tokens_and_each_half_split_off_is_refused() -> None:
    """The regional indicators pair from the first of their run: `🇷🇺🇰🇵` split into its four halves cuts two
    flags, not three (the third half begins a flag of its own)."""
    at = _FLAGS.index("\U0001f1f7")
    whole = [[a, b, _FLAGS[a:b]] for a, b in tokenize.tokens(_FLAGS)]
    assert [t[2] for t in whole][2:4] == ["\U0001f1f7\U0001f1fa", "\U0001f1f0\U0001f1f5"]
    halves = sorted([t for t in whole if not at <= t[0] < at + 4] + [[at + k, at + k + 1, _FLAGS[at + k]]
                                                                        for k in range(4)])
    assert [t[2] for t in halves][2:6] == ["\U0001f1f7", "\U0001f1fa", "\U0001f1f0", "\U0001f1f5"]
    assert _over(_FLAGS, tokens=halves, tokenizer=_recorded(3)) == [("V452", "/tokens/3"), ("V452", "/tokens/5")]


def test_a_combining_mark_after_a_space_is_refused_as_a_damaged_copy() -> None:
    """The tokenizer makes a token of a mark that accents nothing (a copy that lost the letter before it): its
    CoNLL-U form would be the mark alone."""
    text = "Kim wrote \u0308 alone.\nIt ended."
    tokens = [text[a:b] for a, b in tokenize.tokens(text)]
    assert tokens[2] == "\u0308"
    assert _over(text) == [("V452", "/tokens/2")]


def test_the_conllu_of_a_counted_split_fails_ud_and_the_validator_refuses_it(sample_corpus: Path,
                                                                           tmp_path: Path) -> None:
    """The case a review left (CHANGELOG, tokenizer 1.3): a hand correction that splits a letter from its accent,
    counted, passed and gave the CoNLL-U forms `Zoe` and the mark alone, which UD's validator refuses at level 2 (they
    do not spell the composed `# text`, `text-form-mismatch`); the document
    `vostochny new` makes exports a file UD passes. The validator now refuses the split (and so `export`, which
    reads a valid corpus only)."""
    from vostochny.cli import main
    from vostochny.errors import CorpusError

    article = tmp_path / "nfd.txt"
    article.write_text("Zoe\u0308 Ivanova visited Mu\u0308nchen on Monday.\n", encoding="utf-8")
    assert main(["new", "--id", "nfd-doc", "--split", "train", "--corpus", str(sample_corpus), str(article)]) == 0
    (path,) = sample_corpus.glob("annotations/nfd-doc.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    text = (sample_corpus / "raw" / "nfd-doc.txt").read_text(encoding="utf-8")
    ud_validates(_conllu_of(doc, text, tmp_path / "whole"))
    doc["tokens"], _ = _split(text, "Zoe\u0308", 3)
    doc["tokenizer"]["corrections"] = 1
    split = _conllu_of(doc, text, tmp_path / "split")
    assert [line.split("\t")[1] for line in split.read_text(encoding="utf-8").splitlines()
            if line[:2] in ("1\t", "2\t")] == ["Zoe", "\u0308"]
    with pytest.raises(AssertionError, match="text-form-mismatch"):  # `Zoe` is no form of the composed `Zoë`
        ud_validates(split)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(CorpusError, match="V452"):
        read_source(sample_corpus)


def _conllu_of(doc: dict, text: str, out: Path) -> Path:
    """The CoNLL-U file of one document, rendered as the export renders it, whether the validator passes it or not."""
    from vostochny.export.common import Losses
    from vostochny.export.conllu import Writer, render
    from vostochny.export.options import ConlluOptions
    from vostochny.model.models import Document
    from vostochny.reading.view import DocumentView

    body, _ = render(DocumentView(Document.model_validate(doc), text), 1, ConlluOptions(), Losses())
    out.mkdir(parents=True)
    (out / "corpus.conllu").write_text(Writer.HEAD + body, encoding="utf-8")
    return out / "corpus.conllu"


def test_a_skin_tone_after_a_word_is_the_tokenizers_token_of_its_own() -> None:
    """The tokenizer keeps a skin tone with the emoji or symbol before it only: after a letter it is a token of its
    own, glued to the word, and no character is cut."""
    text = "Kim\U0001f3fd waved.\nIt ended."
    assert [text[a:b] for a, b in tokenize.tokens(text)][:2] == ["Kim", "\U0001f3fd"]
    assert _over(text) == []

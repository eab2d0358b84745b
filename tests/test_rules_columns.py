"""The rules' column checks (a proof of nothing to report, made on whole columns) and the walks they
stand in for: a check that fails hands the document to the per-record walk, which must still report
exactly what it always did, and a check that passes must never hide a problem."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample import SAMPLE_ID, SAMPLE_TEXT, retext, sample_document

from vostochny.checking.rules import DocContext
from vostochny.checking.rules.tokens import sentence_layer
from vostochny.checking.rules.zones import zone_coverage
from vostochny.checking.validator import validate_document_bytes
from vostochny.model.tokenize import is_gap
from vostochny.reading import fastpath
from vostochny.reading.view import DocumentView, tiles


def _problems(doc: dict, text: str = SAMPLE_TEXT) -> list[tuple[str, str, str]]:
    found = validate_document_bytes(json.dumps(doc).encode(), text, None, SAMPLE_ID)
    return [(p.code, p.pointer, p.message) for p in found]


def _view(doc: dict, text: str = SAMPLE_TEXT) -> DocumentView:
    mirror = fastpath.decode(json.dumps(doc).encode())
    assert mirror is not None
    fastpath.settle([mirror])
    return DocumentView(mirror, text)  # type: ignore[arg-type]


def _token(doc: dict, word: str) -> int:
    return next(i for i, (_, _, t) in enumerate(doc["tokens"]) if t == word)


def test_the_sample_tiles_and_is_clean() -> None:
    assert _view(sample_document()).tokens_tile
    assert _problems(sample_document()) == []


def test_other_whitespace_between_tokens_is_walked_and_accepted() -> None:
    """A no-break space between two tokens fails the rebuilt text (it reads only line breaks, tabs and
    CRs as spaces); the text compared gap by gap finds the gap blank, as it is, and the tokens are said to tile it
    (V267 and V283 judged nothing on such a text before: found by an attack)."""
    text = SAMPLE_TEXT.replace("Kim Jong", "Kim\u00a0Jong")
    doc = retext(sample_document(), text)
    assert _view(doc, text).tokens_tile
    assert _problems(doc, text) == []


def test_a_shifted_token_is_reported_by_the_walk_where_it_is() -> None:
    doc = sample_document()
    i = _token(doc, "Putin")
    doc["tokens"][i][2] = "Putni"
    assert not _view(doc).tokens_tile
    assert _problems(doc) == [("V202", f"/tokens/{i}/2", "span text differs from the raw text at its offsets: "
                                                          "raw text is 'Putin'; 'Putni' is nowhere in the raw text")]


def test_a_token_that_swallows_a_space_is_reported_as_whitespace() -> None:
    """Two tokens made one across the space between them: the text and offsets agree, so only V213
    (the token holds whitespace) speaks, at the token, with the sentences and zones it unsettles folded."""
    doc = sample_document()
    i = _token(doc, "Kim")
    start, end = doc["tokens"][i][0], doc["tokens"][i + 1][1]
    doc["tokens"][i:i + 2] = [[start, end, SAMPLE_TEXT[start:end]]]
    assert not _view(doc).tokens_tile
    found = _problems(doc)
    assert found[0][:2] == ("V213", f"/tokens/{i}")
    assert found[0][2].startswith("the token layer does not tile the text: token contains whitespace")


def test_an_empty_token_is_out_of_range_not_proven() -> None:
    doc = sample_document()
    i = _token(doc, "met")
    doc["tokens"].insert(i, [doc["tokens"][i][0], doc["tokens"][i][0], ""])
    assert not _view(doc).tokens_tile
    assert ("V201", f"/tokens/{i}") in [p[:2] for p in _problems(doc)]


def test_a_token_left_out_of_the_sentences_and_zones_is_found_by_the_walks() -> None:
    """The column check of V214 and V228 counts the tokens the spans cover; one short, the walks name it."""
    doc = sample_document()
    first = doc["sentences"][0]
    first["end"] -= 1  # the full stop of the first sentence
    first["text"] = first["text"][:-1]
    zone = doc["zones"][0]
    zone["end"], zone["text"] = first["end"], first["text"]
    view = _view(doc)
    ctx = DocContext(view, None, SAMPLE_ID)
    assert [h.detail for h in sentence_layer(ctx)] == ["1 tokens are in no sentence (or in two)"]
    assert [(h.pointer, h.detail) for h in zone_coverage(ctx)] == [
        (f"/tokens/{_token(doc, '.')}", "1 token(s) from '.' are in no zone")]


def test_overlapping_zones_that_cover_every_token_are_walked_and_pass_coverage() -> None:
    """Zones out of order fail the column check; the walk finds every token covered (V220 reports the order)."""
    doc = sample_document()
    doc["zones"][1]["start"], doc["zones"][1]["end"] = 0, len(SAMPLE_TEXT)
    doc["zones"][1]["text"] = SAMPLE_TEXT
    assert list(zone_coverage(DocContext(_view(doc), None, SAMPLE_ID))) == []
    assert [p[0] for p in _problems(doc)] == ["V220"]


@pytest.mark.parametrize("bad", ["e1\n", "\ne1", "e1\ne2", "1e", "a" * 65, "", "a b", "é", "e1\r\n", "e1\r",
                                 "e1\x85", "e1\u2028", "e1\n\n", "\u212a", "e\u0660", "e\uff41", "e1\u200b"])
@pytest.mark.parametrize("field", [("mentions", 0, "id"), ("mentions", 0, "entity"), ("relations", 1, "tail"),
                                   ("relations", 0, "head"), ("relations", 0, "id"), ("quotes", 0, "id"),
                                   ("quotes", 0, "speaker"), ("entities", 0, "id")])
def test_a_local_id_off_its_pattern_leaves_the_fast_path(bad: str, field: tuple) -> None:
    """Local ids are matched all at once after the decode; one that breaks the pattern, or holds the
    line break that separates them, sends the file to pydantic, which names it."""
    doc = sample_document()
    layer, i, key = field
    doc[layer][i][key] = bad
    assert fastpath.decode(json.dumps(doc).encode()) is None
    code, where, _ = _problems(doc)[0]
    assert code.startswith("V1") and where == f"/{layer}/{i}/{key}"


def test_the_longest_local_id_and_an_absent_speaker_stay_on_the_fast_path() -> None:
    doc = sample_document()
    doc["quotes"][0]["speaker"] = None
    doc["entities"][4]["id"] = "e" * 64
    doc["mentions"][5]["entity"] = "e" * 64
    assert fastpath.decode(json.dumps(doc).encode()) is not None


_CHARS = st.sampled_from(["a", "b", "é", " ", "\n", "\t", "\r", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\x0b"])


def _walk_clean(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """What V201, V202 and V213 demand of the tokens, one by one (their walks, without the messages): between
    two tokens whitespace and format characters only (`tokenize.is_gap`, as V213's walk reads them)."""
    prev = 0
    for start, end, tok in tokens:
        if not (0 <= start < end <= len(text)) or text[start:end] != tok or start < prev \
                or not is_gap(text[prev:start]) or any(ch.isspace() for ch in tok):
            return False
        prev = end
    return is_gap(text[prev:])


@settings(max_examples=3000, deadline=None)
@given(st.data())
def test_tiles_never_passes_tokens_that_a_walk_would_report(data: st.DataObject) -> None:
    """`tiles` is a proof: whatever it accepts, the token walks accept (tokens near the truth, and wild ones)."""
    text = "".join(data.draw(st.lists(_CHARS, max_size=10)))
    words = [(i, i + 1) for i, ch in enumerate(text) if not ch.isspace()]
    honest = [(s, e, text[s:e]) for s, e in words]
    wild = st.tuples(st.integers(-1, 11), st.integers(-1, 12), st.text(_CHARS, max_size=3))
    tokens = data.draw(st.one_of(st.just(honest), st.lists(wild, max_size=5), st.lists(
        st.sampled_from(honest) if honest else wild, max_size=len(honest) + 1)))
    starts, ends, texts = (tuple(column) for column in zip(*tokens, strict=True)) if tokens else ((), (), ())
    if tiles(text, starts, ends, texts):
        assert _walk_clean(text, tokens)


def test_a_token_far_beyond_the_text_is_reported_not_spelled_out() -> None:
    """A token as long as its offsets say but starting at 2**62: the rebuilt text must not lay a run of
    2**62 spaces before it (MemoryError, where the walks report it out of range)."""
    doc = sample_document()
    word = doc["tokens"][3][2]
    doc["tokens"][3] = [2**62, 2**62 + len(word), word]
    assert not _view(doc).tokens_tile
    (found,) = validate_document_bytes(json.dumps(doc).encode(), SAMPLE_TEXT, None, SAMPLE_ID)
    assert (found.code, found.pointer) == ("V201", "/tokens/3")
    assert found.message.startswith(f"span offsets outside the text or empty: token [{2**62}, {2**62 + len(word)}) "
                                    f"with text length {len(SAMPLE_TEXT)}; ")
    assert ("V213", "/tokens/3") in {(p.code, p.pointer) for p in found.folded}  # what follows, folded into it


def test_tokens_jumping_back_and_forth_build_nothing_longer_than_the_text() -> None:
    """Inside the text, a token at its end then one at its start again, 2 000 times: each backward gap
    adds nothing, each forward one a text's length of spaces (20 MB here, 10**10 characters on a
    large document): `tiles` refuses a backward gap before it builds anything."""
    text = "a" + " " * 9_998 + "b"
    tokens = [(0, 1, "a"), (9_999, 10_000, "b")] * 1_000
    starts, ends, texts = (tuple(column) for column in zip(*tokens, strict=True))
    tracemalloc.start()
    try:
        assert not tiles(text, starts, ends, texts)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-3, 63), max_size=6), st.lists(st.integers(0, 60), max_size=20), st.booleans(),
       st.booleans())
def test_the_sentence_of_each_token_is_the_last_that_starts_at_or_before_it(bounds: list[int], starts: list[int],
                                                                           sort_bounds: bool,
                                                                           sort_starts: bool) -> None:
    """`sentence_of_token` bisects once per sentence where sentences and tokens are in order, else once per token."""
    import bisect
    from types import SimpleNamespace

    bounds, starts = sorted(bounds) if sort_bounds else bounds, sorted(starts) if sort_starts else starts
    doc = SimpleNamespace(sentences=[SimpleNamespace(start=b) for b in bounds],
                          tokens=[(s, s + 1, "x") for s in starts])
    assert DocumentView(doc, None).sentence_of_token == [bisect.bisect_right(bounds, s) - 1 for s in starts]  # type: ignore[arg-type]


def test_a_fold_counts_and_names_what_its_folds_hold_in_turn() -> None:
    """An edited raw text (V203) folds the token layer's V213, which has folded the span checks on the
    tokens: the message counts every problem behind the cause, nested ones too, and names their codes."""
    from vostochny.checking.validator import with_folded

    doc = sample_document()
    del doc["tokens"][0]  # "North", where a mention and the sentence start: V213, with V212 and V214
    text = SAMPLE_TEXT[:-1] + "X"  # and the raw text edited: V203, with V202 and that V213
    [first, *rest] = validate_document_bytes(json.dumps(doc).encode(), text, None, SAMPLE_ID)
    behind = list(with_folded(first.folded))
    assert first.code == "V203" and not rest and any(p.folded for p in first.folded)
    assert f"; {len(behind)} problem(s) of V213, V202, V212, V214 follow from it" in first.message, first.message
    assert len(behind) > len(first.folded)



@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 60), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 55), st.integers(1, 8)), max_size=10),
       st.lists(st.none() | st.tuples(st.integers(0, 55), st.integers(1, 8)), max_size=3))
def test_v240_reports_the_spans_that_hold_a_sentence_start_past_their_own(
        bounds: set[int], mentions: list[tuple[int, int]], cues: list[tuple[int, int] | None]) -> None:
    """V240 compares each mention's end with the start of the sentence after its own (one lookup, no bisection a
    mention): it reports exactly the mentions and cues that hold a sentence's start past their own start, and none
    that starts before the first sentence (text in no sentence is V214's)."""
    import bisect
    from types import SimpleNamespace

    from vostochny.checking.rules.mentions import mention_across_sentences

    starts = sorted(bounds)
    ms = [SimpleNamespace(id=f"m{i}", start=s, end=s + n, text="x" * n) for i, (s, n) in enumerate(mentions)]
    qs = [SimpleNamespace(cue=None if c is None else SimpleNamespace(start=c[0], end=c[0] + c[1], text="x" * c[1]))
          for c in cues]
    ends = tuple(m.end for m in ms)
    view = SimpleNamespace(sentence_starts=starts, column=lambda layer, field: ends if layer == "mentions" else (),
                           mention_sentences=[bisect.bisect_right(starts, m.start) - 1 for m in ms],
                           start_set=frozenset(range(80)), end_set=frozenset(range(80)))  # a token a character
    found = {h.pointer for h in mention_across_sentences(SimpleNamespace(view=view, text="x" * 80, doc=SimpleNamespace(
        quotes=qs, mentions=ms)))}  # type: ignore[arg-type]

    def crosses(span: SimpleNamespace) -> bool:
        return span.start >= starts[0] and any(span.start < b < span.end for b in starts)

    assert found == {f"/mentions/{i}" for i, m in enumerate(ms) if crosses(m)} | {
        f"/quotes/{i}/cue" for i, q in enumerate(qs) if q.cue is not None and crosses(q.cue)}


def test_names_in_order_are_the_name_mentions_sorted_by_start() -> None:
    """One index of the name mentions in text order serves V367, V384 and V385 (`InsideName`) and V405, which had
    each sorted them on their own: with the mentions out of text order, it is their sort by start."""
    doc = sample_document()
    doc["mentions"] = list(reversed(doc["mentions"]))
    names = sorted((m["start"], i) for i, m in enumerate(doc["mentions"]) if m["kind"] == "name")
    at, starts, reach = _view(doc).names_in_order
    assert len(at) > 1 and at == [i for _, i in names] and starts == [start for start, _ in names]
    ends = [doc["mentions"][i]["end"] for i in at]
    assert reach == [max(ends[:k + 1]) for k in range(len(ends))]

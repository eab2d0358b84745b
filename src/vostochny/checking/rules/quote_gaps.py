"""Rules on quotations the text shows and the annotation leaves out: a quoted sentence with a word of saying beside
it that no quote's content covers (V382), a verb of saying in a sentence that no quote's content or cue touches
(V404)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import (
    NON_SPACE_RUNS,
    DocContext,
    Hit,
    annotates_nothing,
    brief,
    content_fragments,
    find_all,
    in_quote_content,
    last_word,
    rule,
    text_in_lower_case,
)
from vostochny.checking.rules.name_forms import proper_name
from vostochny.checking.rules.quote_marks import OPENING_DOUBLE
from vostochny.model.labels import UTTERANCE_CUES
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView

#: a passage in double quotation marks on one line: the opening mark, the words (group 1), the closing mark
_QUOTED = compiled(f"[\u201c\u201e\u00ab\"]([^\u201c\u201d\u201e\u00ab\u00bb\"{LINE_BREAKS}]+)[\u201d\u00bb\"]")
#: how many words a quoted passage needs to be read as a quotation, not a scare quote or a title (`“sacred fight”`)
_QUOTE_WORDS = 4
#: what ends a quoted sentence inside its marks, or right after them (`“... win”,` set outside)
_SENTENCE_END = frozenset(",.?!\u2026\u2014\u2013")
#: how many words after the closing mark the cue word may lie (`” Leif-Eric Easley, professor of international studies
#: at Ewha Womans University in Seoul, told`), and before the opening mark (`Putin said: “`)
_AFTER_REACH = 20
_BEFORE_REACH = 3
#: the words in lower case that may open an attribution after the closing mark besides a word of saying (`” he
#: said`, `” the Kremlin said`); a capitalised word opens one too (`” Kirby said`), any other word goes on with the
#: writer's sentence (`“Axis of Upheaval,” which Kirby said`: a term in marks)
_OPENS_ATTRIBUTION = frozenset({"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their",
                                "its", "our", "one", "another", "some"})
#: what stops the attribution after the closing mark: the end of a sentence or clause, another quotation mark
_STOP = compiled(f"[.;:?!\u201c\u201d\"{LINE_BREAKS}]")
#: the zones whose quotations are annotated: the running text (a headline's are not judged)
_JUDGED_ZONES = frozenset({"body"})


@rule("V382", "quotation-not-annotated", "a quoted sentence that a word of saying attributes is in no quote's "
      "content", "annotate the quotation (a direct quote: its words inside the marks, its cue and speaker; "
      "docs/guidelines.md, Quotations), or add it to a quote it continues", predictions="gold only")
def quotation_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """Every quotation is annotated (docs/guidelines.md, Quotations), and a quote deleted whole from a document leaves
    no trace the other quote rules could see (V272 and V273 read the quotes there are). Read in the raw text of the
    body zones: a passage in double quotation marks on one line, of at least `_QUOTE_WORDS` words, that starts with a
    capital and ends as a sentence or clause does (`,`, `.`, `?`, `!`, a dash or an ellipsis inside the marks or right
    after them), with a word of saying beside it, is a quotation, which some quote's content must overlap. The word
    of saying (`labels.UTTERANCE_CUES` in lower case: said, told, added ...) lies among the `_AFTER_REACH` words after
    the closing mark before any stop, the first of them capitalised, a pronoun, an article or the word of saying
    itself (`“...,” Kirby said`, `“...,” he said`, `“...,” said Kirby`; not `“...,” which Kirby said`, where the
    writer's sentence goes on), or among the `_BEFORE_REACH` words before the opening mark, a colon or a comma
    between (`Putin said: “...”`); `according to` opening the words before such a comma counts too (`According to
    Matthew Miller, a spokeswoman ..., “...”`). Not judged: scare quotes and titles (a few words, lower case, no word
    of saying beside them: `“sacred fight”`; words in title case, `“The Art of the Deal,” Trump said`), a quotation in
    a headline or other zone than the body, in single marks, or one whose attribution stands a sentence away (`told
    CNN. “...”`) or is a verb outside the list (`vowed`), and a document that annotates nothing yet (a scaffold of
    `vostochny new`: no mention, no quote). A document without zones is read whole (a headline cannot be told from
    the body then, and deleting a quote with the zones passed on V229's warning). A system's prediction is not held to
    it (`Rule.predictions`)."""
    view, text = ctx.view, ctx.text
    if not text or annotates_nothing(ctx) or not any(map(text.__contains__, OPENING_DOUBLE)):
        return
    cues = {c.start for c in view.column("quotes", "cue") if c is not None}
    for match in _quoted(view, text):
        words, start, end = match.group(1), match.start(1), match.end(1)
        if not words[:1].isupper() or (words[-1] not in _SENTENCE_END and text[end + 1:end + 2] not in _SENTENCE_END) \
                or len(words.split(None, _QUOTE_WORDS - 1)) < _QUOTE_WORDS:
            continue
        if in_quote_content(view, start, end):
            continue  # a fragment that starts before the words' end reaches into them: a quote's content
        if not in_running_text(view, start, end):
            continue
        if proper_name(words):
            continue  # a title or a name in marks (`“The Art of the Deal,” Trump said`)
        found = _cue_beside(text, match.start(), match.end())
        if found is None or found[1] in cues:
            continue  # no word of saying, or a quote on it whose content is cut wrong (V215's, ...)
        yield Hit(pointer("quotes"), brief(words), f"the text quotes {brief(words)} at [{start}, {end}) with the "
                  f"word of saying {found[0]!r} beside it: no quote's content covers it")


def _quoted(view: DocumentView, text: str) -> Iterator[re.Match[str]]:
    """The passages of `_QUOTED` in the text, as `finditer` finds them, but for those a content fragment holds the
    first word of (`in_quote_content`: the character after the mark) after a curly or angle opening mark (a straight
    one is matched always: it may be the closing mark of the passage before).
    Matched at each opening mark, found by `str.find` (a scan of the text by the pattern's character class costs
    five times as much)."""
    end = 0
    for at in sorted(at for mark in OPENING_DOUBLE for at in find_all(text, mark)):
        if at < end:
            continue
        if text[at] != '"' and in_quote_content(view, at + 1, at + 2):
            continue  # the words after the mark are a quote's content
        match = _QUOTED.match(text, at)
        if match is not None:
            end = match.end()
            yield match


def _cue_beside(text: str, opening: int, closing: int) -> tuple[str, int] | None:
    """The word of saying (`labels.UTTERANCE_CUES`, in lower case) and its offset after the closing mark ending at
    `closing`, within `_AFTER_REACH` words before a stop, or before the mark opening at `opening`, within
    `_BEFORE_REACH` words before a colon or comma right before the mark, or `according to` opening the sentence before
    that comma; None where there is none."""
    stop = _STOP.search(text, closing, closing + 200)
    after = list(NON_SPACE_RUNS.finditer(text, closing, stop.start() if stop else closing + 200))[:_AFTER_REACH]
    if after and (after[0].group()[:1].isupper() or after[0].group().strip(",") in _OPENS_ATTRIBUTION | UTTERANCE_CUES):
        for word in after:
            if word.group().strip(",") in UTTERANCE_CUES:
                return word.group().strip(","), word.start()
    end = len(text[:opening].rstrip())
    if text[end - 1:end] in (":", ","):
        start = max(max(text.rfind(c, max(end - 160, 0), end - 1) for c in f"{LINE_BREAKS}.;?!") + 1, end - 160, 0)
        words = list(NON_SPACE_RUNS.finditer(text, start, end - 1))
        for word in reversed(words[-_BEFORE_REACH:]):
            if word.group() in UTTERANCE_CUES:
                return word.group(), word.start()
        if text[start:end].lstrip().lower().startswith("according to "):
            return "according to", start + len(text[start:end]) - len(text[start:end].lstrip())
    return None


#: the verbs of saying that report speech wherever they stand (`said`, `told`: every one of release 1 outside a
#: quote's words is a quote's cue); not `say` (`have a say`), `added`, `warned`, `claimed`, `stated`, which also
#: name no speech (`added to`, `claimed lives`, `the state`)
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "telling", "saying"})
#: the first letters of `SPEECH_VERBS` in any case, as IGNORECASE reads them (U+017F `ſ` is an `s`: a test checks the
#: class against every code point)
_INITIALS = "sS\u017ftT"


def _speech_verb() -> re.Pattern[str]:
    """A verb of `SPEECH_VERBS` in any case, as a whole word. The class of initials comes first, so that the engine
    skips to them; with the look-behind for the word's start first (or IGNORECASE over the whole pattern) it tried
    every offset of the text: 176 us of a synthetic document, against 81 us for all of V404 now."""
    rests: dict[str, list[str]] = {}
    for verb in sorted(SPEECH_VERBS):
        rests.setdefault(verb[0], []).append(verb[1:])
    words = "|".join(f"(?<={initial})(?:{'|'.join(rest)})" for initial, rest in rests.items())
    return compiled(rf"[{_INITIALS}](?<![\w'\u2019-].)(?i:{words})(?![\w'\u2019-])")


_SPEECH_VERB = _speech_verb()
#: the words before a verb of saying that make it no report of a speaker's words: a passive (`is said to`, `was told`),
#: `having said`, `the said`, and `That said,` (before a comma)
NOT_REPORTING = frozenset({"is", "was", "were", "are", "be", "been", "being", "having", "the", "that"})
#: the word right before a verb of saying (group 1), and the same where a word opens (`base.last_word`)
_WORD_BEFORE = compiled(r"([\w'\u2019]+)[ \t]*\Z")
_WORD_OPENS_BEFORE = compiled(r"(?<![\w'\u2019])([\w'\u2019]+)[ \t]*\Z")
#: the words before `saying` or `telling` that make it a noun or an adjective (`an old saying`, `In a telling sign`,
#: `The most telling detail`) or an act not done (`It goes without saying that`)
_MODIFIES = frozenset({"a", "an", "old", "most", "more", "very", "so", "quite", "without"})
#: a verb of saying before `to be` or `to have`: a passive with its `is` left out (`those said to be present`)
_PASSIVE_AFTER = compiled(r"[ \t]+to[ \t]+(?:be|have)(?![\w'\u2019-])")


@rule("V404", "reported-speech-not-annotated", "a verb of saying (said, told, says, tells, saying) in the running "
      "text stands in a sentence that no quote's content or cue touches", "annotate the quote it reports: its "
      "content, its cue and its speaker (docs/guidelines.md, Quotations)", predictions="gold only")
def reported_speech_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """Every quotation is annotated, reported speech as much as direct (docs/guidelines.md, Quotations), and a quote
    deleted whole leaves nothing the quote rules read: V382 sees a direct quote's marks, but 68 of release 1's 83
    quotes are indirect or mixed, and deleting any of them passed. A verb of saying reports speech wherever it stands
    (`said`, `says`, `told`, `tells`, `telling`, `saying`: every one of release 1 outside a quote's words is a quote's
    cue), so the sentence of each in a body zone holds a quote's content or cue. A quote there whose cue is another
    word, none or off its text is the cue rules' to judge (V272, V348, V363, V380, ...), so a sentence any quote
    touches is not read. Not judged: a passive (`is said to`, `was told`, `those said to be present`), `having
    said`, `the said`, `That said,`, a noun or an adjective (`an old saying`, `a telling sign`), `without saying`, a
    zone of another kind (a headline's, a caption's), and a document that annotates nothing yet. A system's
    prediction is not held to it. A direct quote's passage that V382 finds unannotated is V382's."""
    for m in (m for verbs in unquoted_speech(ctx).values() for m in verbs):
        at, text = m.start(), m.string
        yield Hit(pointer("quotes"), m.group(), f"{m.group()!r} at [{at}, {m.end()}) "
                  f"({brief(text[max(at - 40, 0):m.end() + 40])}): no quote in its sentence")


def unquoted_speech(ctx: DocContext) -> dict[int, list[re.Match[str]]]:
    """V404's verbs of saying in a use that reports, in body sentences no quote touches, by sentence (its index), in
    text order; built once per view (V407 leaves those sentences to V404: one omission, one problem)."""
    view, text = ctx.view, ctx.text
    key = ("unquoted_speech",)
    if key in view.derived:
        return view.derived[key]  # type: ignore[no-any-return]
    found: dict[int, list[re.Match[str]]] = {}
    view.derived[key] = found
    if not text or annotates_nothing(ctx):
        return found
    sentences = view.column("sentences", "start")
    quoted = sentences_quoted(view)
    for m in speech_verbs(text, low=text_in_lower_case(view)):
        at = m.start()
        k = bisect.bisect_right(sentences, at) - 1
        if k not in quoted and in_running_text(view, at, at + 1):
            found.setdefault(k, []).append(m)
    return found


def speech_verbs(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> Iterator[re.Match[str]]:
    """The verbs of `SPEECH_VERBS` in text[start:end] in a use that reports a speaker's words: not after a word of
    `NOT_REPORTING` (a passive, `having said`, `the said`, `That said,`), nor a noun, an adjective or a passive that
    `_no_report` reads. Given the text in lower case (`low`, `base.text_in_lower_case`), `_SPEECH_VERB` is tried only
    where one of the verbs stands in it (`_verbs_found`)."""
    stop = len(text) if end is None else end
    for m in _SPEECH_VERB.finditer(text, start, stop) if low is None else _verbs_found(text, low, start, stop):
        at = m.start()
        before = last_word(_WORD_BEFORE, _WORD_OPENS_BEFORE, text, max(at - 30, 0), at)
        word = before.group(1).lower() if before else ""
        if not _no_report(m, word):
            yield m


def _verbs_found(text: str, low: str, start: int, end: int) -> list[re.Match[str]]:
    """`_SPEECH_VERB.finditer(text, start, end)`'s matches, the pattern tried only where `str.find` finds a verb of
    `SPEECH_VERBS` in `low`, the text in lower case (a match is one of them whole, so no two overlap), not at every `s`
    and `t` of the text (~85 us a synthetic document)."""
    start, end = max(start, 0), max(min(end, len(text)), 0)  # the bounds as a pattern's search clamps them
    offsets = []
    for verb in SPEECH_VERBS:
        at = low.find(verb, start, end)
        while at >= 0:
            offsets.append(at)
            at = low.find(verb, at + 1, end)
    found = map(_SPEECH_VERB.match, repeat(text), sorted(offsets), repeat(end))
    return [m for m in found if m is not None]


def _no_report(m: re.Match[str], before: str) -> bool:
    """Whether a verb of saying `m`, after the word `before` (in lower case), reports no speaker's words: after a word
    of `NOT_REPORTING` (but `that` before no comma: `officials said that`, `That said,`), `saying` or `telling` after
    a word of `_MODIFIES` (a noun, an adjective), a verb before `to be` or `to have` (a passive)."""
    if before in NOT_REPORTING and (before != "that" or m.string[m.end():m.end() + 1] == ","):
        return True
    if before in _MODIFIES and m.group().lower() in ("saying", "telling"):
        return True
    return _PASSIVE_AFTER.match(m.string, m.end()) is not None


def in_running_text(view: DocumentView, start: int, end: int) -> bool:
    """Whether [start, end) lies in one zone whose quotations are annotated (the body), or the document has no zones
    yet: where V382, V404 and V407 read."""
    starts = view.column("zones", "start")
    if not starts:
        return True
    z = bisect.bisect_right(starts, start) - 1
    return z >= 0 and view.column("zones", "kind")[z] in _JUDGED_ZONES and view.column("zones", "end")[z] >= end


def sentences_quoted(view: DocumentView) -> set[int]:
    """The indexes of the sentences (`view.column("sentences", "start")`) that a quote's content fragment or cue
    overlaps (`quotes_by_sentence`'s). Built once per view (V404 and V407 read it)."""
    key = ("sentences_quoted",)
    if key not in view.derived:
        view.derived[key] = set(quotes_by_sentence(view))
    return view.derived[key]  # type: ignore[no-any-return]


def quotes_by_sentence(view: DocumentView) -> dict[int, set[int]]:
    """The quotes (indexes) whose content fragment or cue overlaps each sentence (its index in `view.column(
    "sentences", "start")`), for the sentences some quote touches. The fragments are `content_fragments`' (built once
    per view, V382 reads them too), the cues the quotes' own. Built once per view (V404, V407 and V425 read it)."""
    key = ("quotes_by_sentence",)
    if key not in view.derived:
        sentences = view.column("sentences", "start")
        fragments, _, _ = content_fragments(view)
        spans = list(fragments)
        spans += [(c.start, c.end, i) for i, c in enumerate(view.column("quotes", "cue")) if c is not None]
        found: dict[int, set[int]] = {}
        for start, end, i in spans:
            for k in range(max(bisect.bisect_right(sentences, start) - 1, 0),
                           bisect.bisect_right(sentences, max(end - 1, start))):
                found.setdefault(k, set()).add(i)
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]

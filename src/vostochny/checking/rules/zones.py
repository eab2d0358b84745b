"""Rules on the zone layer: order (V220), coverage (V228, V229), spans and sentences that run across zones (V247,
V266), zones of whole lines (V250), the headline's place (V265) and reporting labelled boilerplate (V270)."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from itertools import chain, groupby, repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, in_range, rule
from vostochny.checking.rules.quote_places import far_from_content
from vostochny.checking.rules.spans import spans_to_word
from vostochny.checking.rules.tokens import tokens_covered
from vostochny.model import tokenize

if TYPE_CHECKING:
    from vostochny.model.models import Span, Zone


@rule("V220", "zone-layer", "zones overlap or are out of order", "zones must be in text order and not overlap")
def zone_layer(ctx: DocContext) -> Iterator[Hit]:
    """Each character is in at most one zone, so that users can drop a zone kind cleanly."""
    prev_end = 0
    for i, z in enumerate(ctx.doc.zones):
        if z.start < prev_end:
            yield Hit(pointer("zones", i), [z.start, z.end], f"starts before the previous zone ends ({prev_end})")
        prev_end = max(prev_end, z.end)


@rule("V228", "zone-coverage", "tokens lie in no zone", "extend a zone over them, or add a zone")
def zone_coverage(ctx: DocContext) -> Iterator[Hit]:
    """Every non-empty line belongs to exactly one zone (docs/guidelines.md, Zones), so that
    dropping a zone kind drops exactly that text. A document without zones is V229's."""
    view = ctx.view
    if not ctx.doc.zones or tokens_covered(view, "zones") == len(view.token_starts):
        return
    covered = [False] * len(view.token_starts)
    for z in ctx.doc.zones:
        first, end = view.token_range(z.start, z.end)
        covered[first:end] = [True] * (end - first)
    first = 0
    for is_covered, run in groupby(covered):
        end = first + len(list(run))
        if not is_covered:
            words = " ".join(view.token_texts[first:min(end, first + 6)])
            yield Hit(pointer("tokens", first), [view.token_starts[first], view.token_ends[end - 1]],
                      f"{end - first} token(s) from {words!r} are in no zone")
        first = end


@rule("V229", "no-zones", "the document has no zones", "annotate its zones (docs/guidelines.md, Zones)",
      severity="warning")
def no_zones(ctx: DocContext) -> Iterator[Hit]:
    """A document migrated from schema 1.0.0 or just created has no zone layer: every token would
    be exported as body, furniture included."""
    if ctx.doc.tokens and not ctx.doc.zones:
        yield Hit("/zones", [], f"{len(ctx.doc.tokens)} tokens and no zone")


@rule("V247", "mention-across-zones", "a mention or quote cue runs from one zone into another",
      "end the span inside its zone (a headline's name is not continued by the byline)")
def mention_across_zones(ctx: DocContext) -> Iterator[Hit]:
    """Zones are whole lines (headline, byline, dateline, paragraphs: docs/guidelines.md, Zones), and a
    mention or a cue is a few words of one of them: a span that runs on into the next zone takes in a
    line it does not belong to (`[Ukraine\\n\\n(Reuters)]`). Zones that overlap or are out of order
    are V220's, text in no zone V228's."""
    zones = ctx.doc.zones
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    if not zones or not all(map(operator.le, ends[:-1], starts[1:])) or not _may_cross(ctx, starts, ends):
        return
    zone_of = partial(bisect.bisect_right, starts)
    for path, what, span in spans_to_word(ctx.doc):
        if zone_of(span.start) != zone_of(span.end - 1):
            zone = zones[zone_of(span.start) - 1] if zone_of(span.start) else None
            yield Hit(pointer(*path), [span.start, span.end],
                      f"{what} {span.text!r} runs on past the end of its {zone.kind if zone else 'first'} zone")


def _may_cross(ctx: DocContext, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether some mention or cue may cross a zone boundary: a span across a boundary whose gap holds a
    line break holds one (its text is the raw text's, or V202 reports it); a boundary within a line (a
    dateline prefix and its paragraph) is tested on the offsets."""
    view, text = ctx.view, ctx.text or ""
    cues = [c for c in view.column("quotes", "cue") if c is not None]
    if "\n" in "".join(chain(view.column("mentions", "text"), map(operator.attrgetter("text"), cues))):
        return True
    inline = [b for a, b in zip(ends[:-1], starts[1:], strict=True) if "\n" not in text[a:b]]
    firsts = (*view.column("mentions", "start"), *map(operator.attrgetter("start"), cues))
    lasts = (*view.column("mentions", "end"), *map(operator.attrgetter("end"), cues))
    return any(map(operator.and_, map(operator.lt, firsts, repeat(b)), map(operator.gt, lasts, repeat(b)))
               for b in inline)


@rule("V250", "zone-not-lines", "a zone does not span whole lines, or it holds a blank line",
      "set the zone from the start of its first line to the end of its last; one body zone per paragraph")
def zone_not_lines(ctx: DocContext) -> Iterator[Hit]:
    """A zone spans whole lines, and consecutive body lines form one body zone per paragraph
    (docs/guidelines.md, Zones): a zone that starts or ends inside a line puts part of a line in
    another zone, and a zone over a blank line (one with no letter or digit) merges two paragraphs, or
    the headline and byline into one zone. A dateline that opens the first paragraph is the exception:
    it and the rest of its line are a dateline and a body zone, split after the dateline's dash: a body zone
    that opens with a dash after a dateline on its line (`SEOUL, South Korea (AP)` | `— North Korean leader
    ...`) took the dateline's dash into the paragraph (the thirty-fourth session's zone-boundary sweep: the one
    survivor of 201). Lines end where `str.splitlines` ends them (CR, LF, CRLF, U+2028 ...). Zones that overlap
    are V220's; spans off the text or tokens V201's, V202's and V212's."""
    text, zones = ctx.text, ctx.doc.zones
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    if text is None or not zones or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    joined = "\x00".join(ctx.view.column("zones", "text"))  # no zone of two lines: none holds a blank one
    one_line = "\n" not in joined and not _other_breaks(joined)
    if not _other_breaks(text) and all(s == 0 or text[s - 1:s] == "\n" for s in starts) \
            and all(e == len(text) or text[e:e + 1] == "\n" for e in ends) \
            and (one_line or not any(map(_holds_blank_line, zones))):
        return  # every zone from a line's start to its end, lines broken by LF only
    firsts, lasts = _line_bounds(text)
    for i, z in enumerate(zones):
        if not in_range(z.start, z.end, len(text)):
            continue  # V201's
        if not _whole_lines(text, zones, i, firsts, lasts):
            yield Hit(pointer("zones", i), [z.start, z.end], f"{z.kind} {brief(z.text)} is part of a line")
        elif i and _takes_the_dash(text, zones[i - 1], z):
            yield Hit(pointer("zones", i), [z.start, z.end],
                      f"{z.kind} {brief(z.text)} opens with the dash of the dateline before it on its line")
        elif _holds_blank_line(z):
            yield Hit(pointer("zones", i), [z.start, z.end], f"{z.kind} {brief(z.text)} holds a blank line")


def _whole_lines(text: str, zones: Sequence[Zone], i: int, firsts: frozenset[int], lasts: frozenset[int]) -> bool:
    """Whether zone i starts a line and ends one (but for spaces), or is the dateline that opens the first
    paragraph's line, or the body zone after it on that line."""
    z = zones[i]
    line_start = max((b for b in firsts if b <= z.start), default=0)
    line_end = min((b for b in lasts if b >= z.end), default=len(text))
    starts_line, ends_line = tokenize.is_gap(text[line_start:z.start]), tokenize.is_gap(text[z.end:line_end])
    before, after = (zones[i - 1] if i else None), (zones[i + 1] if i + 1 < len(zones) else None)
    opening = not any(zone.kind == "body" for zone in zones[:max(i - 1, 0)])  # no paragraph before the dateline
    dateline_before = before is not None and before.kind == "dateline" and z.kind == "body" and opening \
        and tokenize.is_gap(text[max((b for b in firsts if b <= before.start), default=0):before.start])
    dateline_after = after is not None and z.kind == "dateline" and after.kind == "body" and starts_line \
        and not any(zone.kind == "body" for zone in zones[:i])
    return (starts_line or (dateline_before and before is not None and before.end >= line_start)) and (
        ends_line or (dateline_after and after is not None and after.start <= line_end))


#: the dashes a dateline that opens a paragraph's line ends with (`(AP) —`, `MOSCOW -`, `MOSCOW (AP) --`)
_DASHES = "-\u2013\u2014"


def _takes_the_dash(text: str, before: Zone, zone: Zone) -> bool:
    """Whether `zone`, a body zone after the dateline `before` on one line, opens with the dateline's dash."""
    return before.kind == "dateline" and zone.kind == "body" and zone.text[:1] in _DASHES \
        and tokenize.is_gap(text[before.end:zone.start]) and "\n" not in text[before.end:zone.start]


def _holds_blank_line(zone: Span) -> bool:
    """Whether a line after the zone's first has no letter or digit (an empty line, spaces, a zero-width
    space, a braille blank)."""
    lines = zone.text.splitlines()
    return len(lines) > 1 and any(not any(map(str.isalnum, line)) for line in lines[1:])


#: the line breaks of `str.splitlines` besides LF
_OTHER_BREAKS = tokenize.LINE_BREAKS[1:]


def _other_breaks(text: str) -> bool:
    """Whether `text` holds a line break of `_OTHER_BREAKS`: a substring search per break, 8x faster than a
    character class on a 5 000-character text."""
    return any(map(text.__contains__, _OTHER_BREAKS))


def _line_bounds(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The offsets where lines start and where their text ends (before the break), as `str.splitlines`
    breaks them (the text's end ends a line too); a text of LF breaks only by one search."""
    if not _other_breaks(text):
        breaks = [m.start() for m in re.finditer("\n", text)]
        return frozenset([0, *(b + 1 for b in breaks)]), frozenset([*breaks, len(text)])
    firsts, lasts, at = [0], [], 0
    for line in text.splitlines(keepends=True):
        lasts.append(at + len(line.splitlines()[0]))
        at += len(line)
        firsts.append(at)
    return frozenset(firsts), frozenset([*lasts, len(text)])


@rule("V265", "headline-misplaced", "a headline zone is not the article's title line: a second headline, or one "
      "after the body", "label the title line alone `headline`; a heading inside the article is a `subheading`, "
      "text after the title a body, byline or boilerplate zone")
def headline_misplaced(ctx: DocContext) -> Iterator[Hit]:
    """`headline` is the title line (docs/guidelines.md, Zones), so a document has at most one headline
    zone and it comes before every body zone: a second one, or one after a paragraph, is a paragraph or a
    heading given the title's label, and every consumer that drops or keeps the headline drops or keeps
    it too. A heading inside the article is a `subheading`. Zones out of order are V220's."""
    kinds = ctx.view.column("zones", "kind")
    if kinds.count("headline") == 0 or (kinds.count("headline") == 1 and (
            "body" not in kinds or kinds.index("headline") < kinds.index("body"))):
        return
    starts = ctx.view.column("zones", "start")
    if not all(map(operator.le, starts[:-1], starts[1:])):
        return  # V220's
    first = kinds.index("headline")
    body = kinds.index("body") if "body" in kinds else len(kinds)
    for i, (kind, z) in enumerate(zip(kinds, ctx.doc.zones, strict=True)):
        if kind == "headline" and (i != first or i > body):
            said = "after a body zone" if i > body else f"a second headline (the first is zone {first})"
            yield Hit(pointer("zones", i, "kind"), kind, f"{brief(z.text)} is {said}")


@rule("V266", "sentence-across-zones", "a sentence runs from one zone into another",
      "end the sentence at its zone's end (a headline, byline or dateline is a sentence of its own)")
def sentence_across_zones(ctx: DocContext) -> Iterator[Hit]:
    """Zones are whole lines and sentences never run over a line break (docs/guidelines.md, Zones;
    `vostochny.model.tokenize` ends a sentence at every line break): a sentence that starts in one zone
    and ends in another joins the headline to the byline, or a paragraph to the next, in every sentence
    export and in the rules that read sentences (V217, V246). One exception, the zone guideline's: a
    dateline that opens the first paragraph's line (`SEOUL, South Korea (AP) — North Korean leader ...`)
    is read with the sentence that it opens. Zones out of order are V220's, sentences V214's."""
    view = ctx.view
    starts, ends = view.column("zones", "start"), view.column("zones", "end")
    if not starts or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    firsts, lasts = view.column("sentences", "start"), view.column("sentences", "end")
    zone_of = partial(map, bisect.bisect_right, repeat(starts))
    if list(zone_of(firsts)) == list(zone_of(map(operator.sub, lasts, repeat(1)))):
        return
    zones, text = ctx.doc.zones, ctx.text or ""
    for i, s in enumerate(ctx.doc.sentences):
        first, last = bisect.bisect_right(starts, s.start), bisect.bisect_right(starts, s.end - 1)
        crossed = [k for k in range(max(first, 1), last) if not _dateline_opening(zones[k - 1], zones[k], text)]
        if crossed:
            k = crossed[0]
            yield Hit(pointer("sentences", i), [s.start, s.end], f"{brief(s.text)} runs from {zones[k - 1].kind} "
                      f"{brief(zones[k - 1].text)} into {zones[k].kind} {brief(zones[k].text)}")


def _dateline_opening(before: Zone, after: Zone, text: str) -> bool:
    """Whether two zones are a dateline and the body zone that goes on in its line (the dateline prefix)."""
    gap = text[before.end:after.start]
    return before.kind == "dateline" and after.kind == "body" and not _other_breaks(gap) and "\n" not in gap


@rule("V270", "boilerplate-holds-reporting", "a boilerplate zone holds a relation, or a quote's cue or speaker",
      "label the paragraph `body` (boilerplate is the publisher's furniture: `Read More: ...`, `ADVERTISEMENT`, "
      "`Contact us at ...`), or remove the relation or attribution from the furniture line")
def boilerplate_holds_reporting(ctx: DocContext) -> Iterator[Hit]:
    """Boilerplate is the publisher's furniture (docs/guidelines.md, Zones): it states nothing the article
    reports, and every export that drops furniture drops it. A relation is what the article's sentence states,
    and a cue and speaker attribute someone's words, so a boilerplate zone that holds an argument of a relation,
    or a quote's cue or speaker mention, is a paragraph of reporting given the furniture's label (`[Putin]
    showed [Kim] around [Russia]'s most advanced space rocket launch site` as `boilerplate`): the export that
    drops it loses its annotations silently. Mentions are annotated in every zone (`Contact [us]`, `Read More:
    Tracking All of [North Korea]'s Missile Tests`) and say nothing here. A quote whose content lies in the zone
    is V262's (not reported again here), a cue or speaker more than a sentence from its content V246's (a span
    mis-picked, `Contact [us]` for the content's `we`), zones out of order V220's.

    Not caught here: a paragraph of reporting without a relation or a quote's attribution relabelled
    `boilerplate` (`The world relies largely on Russian and North Korean media ...`, its mentions alone): V275
    warns of it by its words (prose that mentions the body's entities, no words of furniture), a warning only,
    since words do not prove it; one that mentions no entity of the body, or holds a word of furniture, is not
    caught at all."""
    view = ctx.view
    layout = furniture_layout(ctx)
    if layout is None:
        return
    kinds, starts, ends = layout
    furniture = zone_finder(starts, ends)

    def zone_of(offset: int) -> int | None:
        """The index of the boilerplate zone that holds `offset`, if one does."""
        at = furniture(offset)
        return at if at is not None and kinds[at] == "boilerplate" else None

    held = furniture_mentions(ctx, [k for k, kind in enumerate(kinds) if kind == "boilerplate"])
    cued = any(zone_of(c.start) is not None for c in view.column("quotes", "cue") if c is not None)
    if not cued and held.isdisjoint(view.column("relations", "head")) and held.isdisjoint(
            view.column("relations", "tail")) and held.isdisjoint(view.column("quotes", "speaker")):
        return  # no relation argument, cue or speaker in furniture
    mentions = view.mentions
    found: dict[int, list[str]] = {}
    for r in ctx.doc.relations:
        where = {zone_of(m.start) for m in (mentions.get(r.head), mentions.get(r.tail)) if m is not None}
        for k in sorted(k for k in where if k is not None):
            found.setdefault(k, []).append(f"relation {r.id} ({r.type})")
    for q in ctx.doc.quotes:
        if any(zone_of(s.start) is not None or zone_of(s.end - 1) is not None for s in q.content):
            continue  # its content lies in furniture: V262's
        speaker = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        for role, span in (("cue", q.cue), ("speaker", speaker)):
            where_k = zone_of(span.start) if span is not None else None
            if where_k is not None and span is not None and not far_from_content(view, q, span):  # far: V246's
                found.setdefault(where_k, []).append(f"{q.id}'s {role} {span.text!r}")
    for k in sorted(found):
        said = found[k]
        yield Hit(pointer("zones", k, "kind"), kinds[k], f"{brief(ctx.doc.zones[k].text)} holds {said[0]}"
                  + (f" and {len(said) - 1} more" if len(said) > 1 else ""))


def zone_finder(starts: Sequence[int], ends: Sequence[int]) -> Callable[[int], int | None]:
    """A function: the index of the zone that holds an offset, or None (zones in text order)."""

    def zone_of(offset: int) -> int | None:
        at = bisect.bisect_right(starts, offset) - 1
        return at if at >= 0 and offset < ends[at] else None

    return zone_of


def furniture_layout(ctx: DocContext) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]] | None:
    """The zones' kinds, starts and ends, where the document has a boilerplate zone and its zones are in text order
    (else None: nothing for V270 and V275 to read, or V220's)."""
    view = ctx.view
    kinds = view.column("zones", "kind")
    if "boilerplate" not in kinds:
        return None
    starts, ends = view.column("zones", "start"), view.column("zones", "end")
    return (kinds, starts, ends) if all(map(operator.le, ends[:-1], starts[1:])) else None


def furniture_mentions(ctx: DocContext, furniture: list[int]) -> set[str]:
    """The ids of the mentions that start in the zones `furniture`: a slice of the mention columns per zone where
    the mentions are in text order (a valid document's), else a walk."""
    view, zones = ctx.view, ctx.doc.zones
    starts, ids = view.column("mentions", "start"), view.column("mentions", "id")
    if not all(map(operator.le, starts[:-1], starts[1:])):
        return {i for i, s in zip(ids, starts, strict=True)
                if any(zones[k].start <= s < zones[k].end for k in furniture)}
    held: set[str] = set()
    for k in furniture:
        held.update(ids[bisect.bisect_left(starts, zones[k].start):bisect.bisect_left(starts, zones[k].end)])
    return held

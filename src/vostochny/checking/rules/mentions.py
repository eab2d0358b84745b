"""Rules on mentions as spans: crossing (V211), copied (V224) or inside one of their own entity (V245), across a
sentence boundary (V240), their kind against their text (V227), metonymy (V244, V400), a possessive 's (V248), and a
name left bare where the document annotates it elsewhere (V367)."""

from __future__ import annotations

import bisect
import operator
import re
import sys
from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, copies, first_use, rule
from vostochny.checking.rules.name_forms import APOSTROPHES, COORDINATED
from vostochny.checking.rules.spans import wordless
from vostochny.model.labels import PERSONAL_PRONOUNS, PRONOUNS
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView


@rule("V211", "crossing-mentions", "two mentions overlap without one containing the other",
      "make the spans nest or not overlap")
def crossing_mentions(ctx: DocContext) -> Iterator[Hit]:
    """Mentions may nest properly ("[[North Korea]'s leader]") but never cross: crossing spans
    cannot be represented as a tree, nor in bracketed export formats. Two mentions that cross at an edge off its
    tokens (`[the heroic Russian army and p]eople` over `[people]`) are V212's: the cut edge is the mistake, and
    where it belongs (`army and` or `people`) they no longer cross."""
    mentions, view = ctx.doc.mentions, ctx.view
    starts, ends = view.column("mentions", "start"), view.column("mentions", "end")
    enclosing: list[int] = []  # the indices of the mentions enclosing the current one, innermost last
    for start, minus_end, i in sorted(zip(starts, map(operator.neg, ends), range(len(starts)), strict=True)):
        while enclosing and ends[enclosing[-1]] <= start:
            enclosing.pop()
        if enclosing and -minus_end > ends[enclosing[-1]]:
            m, other = mentions[i], mentions[enclosing[-1]]
            if start in view.start_set and other.end in view.end_set:  # the edges inside each other
                yield Hit(pointer("mentions", i), m.id,
                          f"[{m.start}, {m.end}) crosses {other.id} [{other.start}, {other.end})")
            continue
        enclosing.append(i)


@rule("V224", "duplicate-mention", "two mentions have the same span",
      "remove the second mention and point its references at the first (a span is one mention of one entity)")
def duplicate_mention(ctx: DocContext) -> Iterator[Hit]:
    """One span refers once, to one entity (docs/guidelines.md, Clustering: every mention belongs to
    exactly one document entity): a copy of a mention inflates the cluster and every mention count, and a
    copy in another entity puts one span in two clusters."""
    mentions = ctx.doc.mentions
    for i, first in copies(ctx, "mentions", "start", "end"):
        m, other = mentions[i], mentions[first]
        of = "" if m.entity == other.entity else f" (of {other.entity}; this one of {m.entity})"
        yield Hit(pointer("mentions", i), m.id, f"{m.text!r} [{m.start}, {m.end}) is also {other.id}{of}")


@rule("V227", "mention-kind", "a mention's kind does not fit its text",
      "pronoun mentions are pronouns (labels.PRONOUNS), and a pronoun is never a name or nominal")
def mention_kind(ctx: DocContext) -> Iterator[Hit]:
    """The kind is what evaluation by mention kind and every pronoun statistic rest on: a pronoun
    is a closed-class word, so both directions can be checked exactly. A mention without a word is
    no pronoun nor anything else: V237 says so, not this rule."""
    for i, m in enumerate(ctx.doc.mentions):
        word = m.text.lower()  # "He" and "he" are pronouns; "US" and "IT" are not "us" and "it"
        personal = word in PERSONAL_PRONOUNS and m.text in (word, word.capitalize())
        unknown = m.kind == "pronoun" and word not in PRONOUNS and not wordless(m.text)  # no word: V237's
        if unknown or (m.kind != "pronoun" and personal):
            said = "is not a pronoun" if m.kind == "pronoun" else "is a pronoun"
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.text!r} {said}")


@rule("V240", "mention-across-sentences", "a mention or quote cue runs from one sentence into the next",
      "move the sentence boundary out of the span (a sentence never ends inside a name), or end the span in its "
      "sentence")
def mention_across_sentences(ctx: DocContext) -> Iterator[Hit]:
    """A mention names its referent in a few words of one sentence, and a cue is a reporting word or phrase of one
    (docs/guidelines.md, Mentions and Quotations): a sentence boundary inside one (`[Kim Jong] | [Un]`, a sentence
    ended by hand or by a splitter at an abbreviation inside a name) is a broken sentence layer. Every export that
    writes sentences then loses the span (the CoNLL formats list it in LOSSES.json), and the rules that read a
    mention's sentence read the wrong one (V217 takes its relations for relations across sentences). A quote's
    content may span sentences and is not judged, nor a boundary at a line break: the tokenizer ends a sentence at
    every line break, and a name a hard-wrapped text writes over two lines is one mention (`Kim Jong<LF>Un`;
    the CoNLL formats list it in LOSSES.json). Sentences out of order or one that starts inside a token are
    V214's, a span past the text, not at its text or off the tokens V201's, V202's or V212's, and one that runs into
    the next zone V247's (not judged here)."""
    view = ctx.view
    bounds = view.sentence_starts
    if not all(map(operator.lt, bounds[:-1], bounds[1:])) or not view.start_set.issuperset(bounds):
        return  # V214's: sentences out of order, or one that starts inside a token
    # a span crosses where it ends past the start of the sentence after its own (none after the last, nor after
    # the text before the first sentence: index -1)
    nexts = [*bounds[1:], sys.maxsize]
    cues = [(i, q.cue) for i, q in enumerate(ctx.doc.quotes) if q.cue is not None]
    crossing = list(map(operator.gt, view.column("mentions", "end"), map(nexts.__getitem__, view.mention_sentences)))
    crossing += [c.end > nexts[bisect.bisect_right(bounds, c.start) - 1] for _, c in cues]
    if not any(crossing):
        return
    mentions, text, zones = ctx.doc.mentions, ctx.text or "", view.column("zones", "start")
    for k in compress(range(len(crossing)), crossing):
        path, what, span = (("mentions", k), mentions[k].id, mentions[k]) if k < len(mentions) else \
            (("quotes", cues[k - len(mentions)][0], "cue"), "a cue", cues[k - len(mentions)][1])
        if text[span.start:span.end] != span.text or span.start not in view.start_set \
                or span.end not in view.end_set:
            continue  # offsets past the text, not at its text or off the tokens: V201's, V202's, V212's
        if bisect.bisect_right(zones, span.start) != bisect.bisect_right(zones, span.end - 1):
            continue  # it runs into the next zone, and so into its sentence: V247's
        boundary = bounds[bisect.bisect_right(bounds, span.start)]
        before = text[span.start:boundary]
        if any(map(LINE_BREAKS.__contains__, before[len(before.rstrip()):])):
            continue  # a boundary at a line break: the tokenizer's, and a name wrapped over two lines stays one
        yield Hit(pointer(*path), [span.start, span.end], f"{what} {span.text!r} runs on into the sentence that "
                  f"starts at {boundary} ({span.text[boundary - span.start:]!r} is in it)")


@rule("V248", "span-possessive", "a mention ends in a possessive 's",
      "end the span before the 's: [Putin]'s (a name that ends in 's, as McDonald's, is its record's name)")
def span_possessive(ctx: DocContext) -> Iterator[Hit]:
    """Possessive 's is never part of a span (docs/guidelines.md, Mentions: `[Putin]'s`): the mention
    names the possessor, and the token-based exports would tag the clitic as part of the name. A name
    whose record's name or alias holds the same last word (McDonald's) keeps it."""
    if not _POSSESSIVE.search("\x00".join(ctx.view.column("mentions", "text")) + "\x00"):
        return
    for i, m in enumerate(ctx.doc.mentions):
        if _POSSESSIVE.search(m.text + "\x00") and not _named_so(ctx, m):
            yield Hit(pointer("mentions", i, "text"), m.text, f"{m.text!r} ends in a possessive")


def _named_so(ctx: DocContext, mention: Mention) -> bool:
    """Whether the registry record of the mention's entity has a name or alias with the mention's last word."""
    entity, index = ctx.view.entities.get(mention.entity), ctx.registry_index
    records = index.records.get(entity.kb_id, ()) if index is not None and entity and entity.kb_id else ()
    record = records[0] if records else None
    last = APOSTROPHES.sub("'", mention.text.split()[-1].casefold())
    return record is not None and any(last in APOSTROPHES.sub("'", name.casefold()).split()
                                      for name in (record.name, *record.aliases))


#: a span's text that ends in a possessive: an apostrophe and s, in either case (then the "\x00" after it)
_POSSESSIVE = compiled("['\u2019\u02bc\u00b4\u2018`\uff07][sS]\x00")


@rule("V244", "metonymy-not-gpe", "a mention marked metonymic does not belong to a GPE entity",
      "set metonymy to false, or join the mention to the state it stands for (a GPE)")
def metonymy_not_gpe(ctx: DocContext) -> Iterator[Hit]:
    """Metonymy is a place name standing for its state's government (`Moscow` for Russia): the mention
    joins the state's GPE entity, marked `metonymy: true` (docs/guidelines.md, Clustering). On a mention
    of a person, an organisation or anything else the mark says nothing true. A mention whose entity
    does not exist is V207's; one whose entity links a GPE's record is judged by either type (an entity typed
    unlike its record is V216's, as V210 and V218 read it: Russia typed an EVENT leaves its `Moscow` right)."""
    view, mentions = ctx.view, ctx.doc.mentions
    for i in compress(range(len(mentions)), view.column("mentions", "metonymy")):  # only the mentions marked
        m = mentions[i]
        kind = view.mention_type.get(m.id)
        if kind is not None and kind != "GPE" and _record_type(ctx, m.entity) != "GPE":
            yield Hit(pointer("mentions", i, "metonymy"), True, f"{m.text!r} is a mention of a {kind}")


def _record_type(ctx: DocContext, entity_id: str | None) -> str | None:
    """The type of the registry record that an entity links (None: no entity, no link, no such record)."""
    entity = ctx.view.entities.get(entity_id) if entity_id is not None else None
    index = ctx.registry_index
    return None if entity is None or entity.kb_id is None or index is None else index.types.get(entity.kb_id)


@rule("V400", "metonymy-not-a-name", "a pronoun, or a nominal that is no group of metonymic names, is marked "
      "metonymic, or a group of metonymic names is not",
      "set metonymy to false, or call the mention a name where it is a place's name standing for its state "
      "(`Moscow` for Russia); a group is metonymic where, and only where, its members' names are "
      "(`[Moscow and Pyongyang]`)")
def metonymy_not_a_name(ctx: DocContext) -> Iterator[Hit]:
    """Metonymy is a name's (docs/guidelines.md, Clustering: a capital or city name standing for its state's
    government), and a group of such names is metonymic with its members (`[[Moscow] and [Pyongyang]] have denied`,
    hard case 13). A pronoun (`its`, `We`) or a nominal (`the country`, `the government`) of a GPE marked metonymic
    names no other place: the mark, carried into the exports (brat, the Hugging Face rows, CoNLL-U), says what is
    not so, and V244 passed it, the entity being a GPE. A nominal that holds a name mention marked metonymic is
    such a group and is not judged where its words are a coordination (`and`, a comma): a nominal that only holds
    one as its possessor (`[[Kyiv]'s other allies]`, marked metonymic, passed the thirty-first session's sweep) is
    no group of names. And the mark goes with the members: a coordination of two metonymic names or more in a GPE's
    entity, unmarked (`[[Moscow] and [Pyongyang]]` set to false passed too), is refused. A metonymic name called a
    nominal (`Moscow`) is refused here too, V253 leaving metonymic mentions alone: its kind is what is wrong. A
    mention of another type is V244's alone. Every metonymic mention of release 1 and of the synthetic corpora is a
    name or a group of metonymic names, and every group of metonymic names is marked."""
    view, mentions = ctx.view, ctx.doc.mentions
    marks = view.column("mentions", "metonymy")
    if not any(marks):
        return
    order, starts, _ = view.mentions_in_order

    def metonymic_names(m: Mention, i: int) -> int:
        """How many name mentions marked metonymic nominal `m` (index `i`) holds."""
        return sum(1 for k in map(order.__getitem__, range(bisect.bisect_left(starts, m.start),
                                                           bisect.bisect_right(starts, m.end)))
                   if mentions[k].kind == "name" and mentions[k].metonymy and mentions[k].end <= m.end and k != i)

    kinds = view.column("mentions", "kind")
    for i in range(len(mentions)):
        m = mentions[i]
        if (m.kind == "name" and marks[i]) or view.mention_type.get(m.id) != "GPE":
            continue  # a name: V255's; another type: V244's
        group = m.kind == "nominal" and COORDINATED.search(m.text) is not None
        if not marks[i]:
            if kinds[i] == "nominal" and group and metonymic_names(m, i) >= 2:
                yield Hit(pointer("mentions", i, "metonymy"), False, f"{m.text!r} is a group of metonymic names")
            continue
        if group and metonymic_names(m, i):
            continue  # a group of metonymic names
        yield Hit(pointer("mentions", i, "metonymy"), True, f"{m.text!r} is a {m.kind}"
                  + (" that is no group of metonymic names" if m.kind == "nominal" else ""))


@rule("V245", "mention-inside-its-entity", "a mention lies inside another mention of its own entity",
      "remove the inner mention: the outer one already names the referent ([Vladimir Putin], not "
      "[Vladimir [Putin]])")
def mention_inside_its_entity(ctx: DocContext) -> Iterator[Hit]:
    """A referent is annotated once over the same words (docs/guidelines.md, Mentions: a title is not a
    second mention of the person it belongs to): an inner mention of the outer one's entity counts the
    referent twice for coreference and nests one tag inside its own in the bracketed exports. Nesting is
    for other referents (`[[North Korea]'s leader]`)."""
    view = ctx.view
    starts, ends, entities = (view.column("mentions", f) for f in ("start", "end", "entity"))
    for inner, outer in _inside_own_entity(starts, ends, entities):
        m, o = ctx.doc.mentions[inner], ctx.doc.mentions[outer]
        yield Hit(pointer("mentions", inner), m.id, f"{m.text!r} is inside {o.id} {o.text!r}, of {m.entity} too")


def _inside_own_entity(starts: Sequence[int], ends: Sequence[int], entities: Sequence[str]) -> list[tuple[int, int]]:
    """Each mention (index) that lies inside another span of its entity, in mention order, with the one of those
    that ends last (the first to start, then the first listed). The pairs of nested spans are walked
    (`_nested_pairs`: most mentions hold none); where the walk would pass many spans (thousands of copies of one
    span took the square of their number), the mentions are sorted instead (`_inside_by_sort`, the same answer)."""
    pairs = _nested_pairs(starts, ends)
    if pairs is None:
        return _inside_by_sort(starts, ends, entities)
    best: dict[int, tuple[int, int, int]] = {}  # inner -> the key of its outer span: (-end, start, index)
    for k, later in pairs:
        if entities[k] == entities[later] and (starts[k], ends[k]) != (starts[later], ends[later]):
            outer, inner = (k, later) if ends[k] >= ends[later] else (later, k)
            key = (-ends[outer], starts[outer], outer)
            if inner not in best or key < best[inner]:
                best[inner] = key
    return sorted((inner, key[2]) for inner, key in best.items())


def _inside_by_sort(starts: Sequence[int], ends: Sequence[int], entities: Sequence[str]) -> list[tuple[int, int]]:
    """`_inside_own_entity` by one sort: by entity, start, and end from the last, a mention lies inside another of
    its entity exactly where the first of the earlier ones that ends last reaches its end, and is not its span."""
    found: list[tuple[int, int]] = []
    widest = -1
    for *_, k in sorted(zip(entities, starts, map(operator.neg, ends), range(len(starts)), strict=True)):
        if widest < 0 or entities[widest] != entities[k]:
            widest = k
            continue
        if ends[widest] >= ends[k] and (starts[widest], ends[widest]) != (starts[k], ends[k]):
            found.append((k, widest))
        if ends[k] > ends[widest]:
            widest = k
    return sorted(found)


def _nested_pairs(starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]] | None:
    """The pairs of spans (indices) of which one holds the other, from the spans in start order: only a span that a
    later one starts inside is walked (most spans hold none). None where the walk would pass more than eight spans
    a span."""
    in_order = all(map(operator.le, starts[:-1], starts[1:]))  # mentions in text order: no sort
    order: Sequence[int] = range(len(starts)) if in_order else sorted(range(len(starts)), key=starts.__getitem__)
    firsts, lasts = (starts, ends) if in_order else ([column[k] for k in order] for column in (starts, ends))
    walked = list(compress(range(len(order) - 1), map(operator.gt, lasts, firsts[1:])))  # the next starts inside
    stops = list(map(bisect.bisect_left, repeat(firsts), map(lasts.__getitem__, walked), map((1).__add__, walked)))
    if sum(stops) - sum(walked) > 8 * len(order):
        return None
    return [(order[at], later) for at, stop in zip(walked, stops, strict=True) for later in order[at + 1:stop]
            if ends[later] <= lasts[at] or (starts[later] == firsts[at] and ends[later] >= lasts[at])]


@rule("V367", "name-not-annotated", "a name the document annotates is left unannotated elsewhere in its text",
      "annotate it as a mention of its entity (every mention of a referent is annotated); a language name (`in "
      "Korean`), a name joined to a word by a hyphen (`inter-Korean`, `Soviet-era`; hard case 28) and a name in a "
      "fixed expression or a title (`the Kim family`, `Moscow time`, `the North Korea Sanctions ... Act`; hard case "
      "60) are no mentions", predictions="gold only")
def name_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of a referent form its entity (docs/guidelines.md, Clustering), so a name that the document
    annotates as a name mention is annotated wherever its words stand as a name: a mention deleted (`Kim` left bare
    two paragraphs after `[Kim]`) passed every rule, and a system's correct `Kim` there was scored a false positive.
    Each token-aligned occurrence of a name mention's text (case and all) that is no mention's span and lies inside
    no name mention is reported, but a language name (a nationality's name after `in`, `into`, `from` or `to`, or a
    word of speaking, before a mark or `and`/`or`: `signed the visitor book in Korean:`) and a name joined by a hyphen
    to a word (`inter-Korean`, `Soviet-era`): hard case 28; and a name in a fixed expression or a title, which names
    no referent of its own (`the Kim family`, `1 p.m. Moscow time`, `Russian roulette`, `the North Korea Sanctions
    and Policy Enhancement Act`): hard case 60. A name inside a nominal is a mention of its own (`[[Kim]’s
    delegation]`), so a nominal does not cover it. Reported once per name text, at its first bare occurrence (the
    others follow). In a document hydrated on a copy with other words, it follows from V269 (what the copy adds was
    never annotated); a system's prediction is not held to it (`Rule.predictions`)."""
    view, text = ctx.view, ctx.text
    if text is None or not view.tokens_tile:
        return
    kinds, ranges, words = view.column("mentions", "kind"), view.token_ranges("mentions"), view.token_texts
    is_name = list(map("name".__eq__, kinds))
    openers = set(map(operator.itemgetter(0), compress(ranges, is_name)))  # the tokens that open a name mention
    openers.discard(len(words))  # a name past the last token's start (V201, V212)
    firsts = set(map(words.__getitem__, openers))  # their words
    suspects = [k for k in compress(range(len(words)), map(firsts.__contains__, words)) if k not in openers]  # in order
    if not suspects:  # every word that opens a name opens a name mention: nothing is bare (a valid document's path)
        return
    inside, token_starts, token_ends = InsideName(view), view.token_starts, view.token_ends
    bare = [k for k in suspects if not inside(token_starts[k], token_ends[k])]  # not `Korean` of a name
    if not bare:
        return
    texts, mentions, wanted = view.column("mentions", "text"), ctx.doc.mentions, {words[k] for k in bare}
    named = list(compress(range(len(kinds)), is_name))
    opening = map((*words, None).__getitem__, map(operator.itemgetter(0), map(ranges.__getitem__, named)))
    names: dict[str, dict[str, int]] = {}  # a bare word -> the names it opens -> the first name mention of each
    for i in compress(named, map(wanted.__contains__, opening)):  # the few name mentions a bare word opens
        names.setdefault(words[ranges[i][0]], {}).setdefault(texts[i], i)
    reported: set[str] = set()
    last_end = -1  # the end of the last bare name reported: a shorter name inside it is no second problem
    for k in bare:
        at = token_starts[k]
        if at < last_end:
            continue
        for name, i in sorted(names.get(words[k], {}).items(), key=lambda item: -len(item[0])):  # the longest first
            end = at + len(name)
            etype = view.mention_type.get(mentions[i].id)
            if name not in reported and text.startswith(name, at) and end in view.end_set and not inside(at, end) \
                    and not _joined(text, at, end) and not _language(text, at, end, etype == "NORP") \
                    and not _fixed(text, at, end, etype):
                reported.add(name)
                last_end = end
                yield Hit("/mentions", name, f"{name!r} at [{at}, {end}) is no mention, though {mentions[i].id} "
                          f"{name!r} is one")
                break


#: the hyphens that join a name to a word (`inter-Korean`): no mention, hard case 28
_HYPHENS = frozenset("-\u2010\u2011")


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a name is joined by a hyphen to a word in lower case (`inter-Korean`, `Soviet-era`: hard case 28); a
    name joined to a name is none (`Korean-Russian friendship`, `the Putin-Kim summit`: both are mentions)."""
    hyphened = text[start - 1:start] in _HYPHENS
    word_before = _WORD_BEFORE.search(text, max(start - 24, 0), start - 1) if hyphened else None
    after = text[end:end + 2]
    return (word_before is not None and word_before.group()[0].islower()) \
        or (len(after) == 2 and after[0] in _HYPHENS and (after[1].islower() or after[1].isdigit()))


_WORD_BEFORE = compiled(r"\w+$")


class InsideName:
    """Whether a stretch of text is a mention's span or lies inside a name mention: the name mentions in order of
    start with the furthest end up to each (`DocumentView.names_in_order`: one bisection), and every mention's span
    (`MentionSpans`)."""

    def __init__(self, view: DocumentView) -> None:
        _, self.firsts, self.reach = view.names_in_order
        self.is_mention = MentionSpans(view)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.firsts, start) - 1
        return (k >= 0 and self.reach[k] >= end) or self.is_mention(start, end)


class MentionSpans:
    """Whether a mention of any kind has this very span: one bisection of the mentions in text order."""

    def __init__(self, view: DocumentView) -> None:
        self.order, self.starts = view.mentions_in_order[:2]
        self.ends = view.column("mentions", "end")

    def __call__(self, start: int, end: int) -> bool:
        starts, at = self.starts, bisect.bisect_left(self.starts, start)
        while at < len(starts) and starts[at] == start:
            if self.ends[self.order[at]] == end:
                return True
            at += 1
        return False


#: the words after a name, by its entity's type, that make a fixed expression of it naming no referent of the name's
#: (hard case 60): a surname names a family, a place's name a time zone (a temporal expression: not annotated), a
#: nationality's name an idiom
_FIXED_AFTER = {"PER": frozenset({"family", "families", "clan", "dynasty"}), "GPE": frozenset({"time"}),
                "NORP": frozenset({"roulette", "doll", "dolls", "whispers"})}
#: the words of a title in title case after a name, ended by the kind of text it names (`North Korea Sanctions and
#: Policy Enhancement Act`): a law's, a treaty's (hard case 60)
_title_after = first_use(r"(?:['\u2019]s)?(?:[ \t]+(?:[A-Z][\w'\u2019-]*|and|of|on|for|the|to|in|with))*?[ \t]+"
                          r"(?:Act|Law|Bill|Treaty|Resolution|Convention|Agreement|Accords?|Declaration|Charter|"
                          r"Protocol)\b")
#: what opens a title before a name in it: `the` and the title's words before the name (`the Countering [America]'s
#: Adversaries ... Act`), so that a headline in title case is no title (`Kim Says He Will Sign Treaty`)
_TITLE_BEFORE = compiled(r"\b(?i:the)[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+)*$")
_WORD_AFTER = compiled(r"[ \t]+(\w+)")


def _fixed(text: str, start: int, end: int, etype: str | None) -> bool:
    """Whether the name at [start, end), of an entity of `etype`, stands in a fixed expression or a title that names
    no referent of its own (hard case 60): before a word of `_FIXED_AFTER` (`the Kim family`, `Moscow time`,
    `Russian roulette`), or inside a title in title case after `the` and ended by its kind (`_TITLE_BEFORE`,
    `_title_after`). A name before another noun is a mention (hard case 37: `[Moscow] officials`)."""
    following = _WORD_AFTER.match(text, end)
    if following is not None and following.group(1) in _FIXED_AFTER.get(etype or "", ()):
        return True
    return _TITLE_BEFORE.search(text, max(start - 80, 0), start) is not None \
        and _title_after().match(text, end, end + 200) is not None


#: the words before a language's name that make it one, whatever follows (`spoke Korean throughout`)
_SPEAKING = compiled(r"\b(?:speak|speaks|spoke|speaking|spoken|write|writes|wrote|writing|written|fluent|"
                     r"translated|interpreted)\s+$", re.IGNORECASE)
#: the conjuncts after a language's name that it is coordinated with (`in Korean, Russian and English`)
_CONJUNCTS = compiled(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][a-z]+")
#: what stands before a language's name (past the names coordinated before it): a preposition (`in Korean:`, `in
#: English and Korean.`, `from Korean into Russian`)
_LANGUAGE_BEFORE = compiled(r"\b(?i:in|into|from|to)\s+"
                            r"(?:[A-Z][a-z]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$")
#: a demonym's ending, as a language's name has it (`Korean`, `Chinese`, `English`, `Arabic`, `French`)
_DEMONYM = compiled(r"[A-Z][a-z]+(?:an|ese|ish|ic|ch)")


def _language(text: str, start: int, end: int, nationality: bool) -> bool:
    """Whether a nationality's name (one word: an entity of NORP, or a demonym's ending) at [start, end) is a
    language's (hard case 28): after a word of speaking or writing (`spoke Korean`), or, past the names coordinated
    with it, after `in`, `into`, `from` or `to` and before a mark, the text's end, `into` or `to` (`in Korean:`, `in
    English and Korean.`, `from Korean into Russian`); before a noun it names a people (`Korean and Russian
    officials`), and so it does without the preposition (`in Russian, not Chinese, territory`)."""
    name = text[start:end]
    if " " in name or not (nationality or _DEMONYM.fullmatch(name)):
        return False
    if _SPEAKING.search(text, max(start - 16, 0), start):
        return True
    if not _LANGUAGE_BEFORE.search(text, max(start - 80, 0), start):
        return False  # `not Chinese,`: no language without its preposition
    at = end
    while (found := _CONJUNCTS.match(text, at)) is not None:
        at = found.end()
    following = text[at:at + 8].split(maxsplit=1)
    return not following or not following[0][:1].isalnum() or following[0].rstrip(".,;:") in ("into", "to")

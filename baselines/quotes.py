"""Rule-based quotation baseline: content and cue from quotation marks and a cue lexicon, the
speaker from the nearest mention.

- direct: the tokens between a pair of double quotation marks (straight or curly), five tokens or
  more (shorter ones are scare quotes); cue: the nearest cue word outside the marks in the sentences
  that hold them.
- indirect: a cue word outside every direct quote; content: the clause after it ("said (that) ...",
  "told reporters that ...") to the end of the sentence, or, when the cue ends the sentence
  ("..., officials said."), the sentence up to the last comma before the cue; "according to X, ..."
  and "..., according to X." likewise. "mixed" when that content holds a quotation mark.
- speaker: the mention nearest to the cue (before it, or right after it, in its sentence, outside the content)
  whose type may speak (PER, ORG, GPE, NORP).

Mentions: by default those of the gazetteer baseline (names of the training split), written into
the predictions with their entities; `--gold-mentions` uses the gold mentions and entities instead,
a separate system (`rule-quotes-gold-mentions`) that measures the rules without mention errors.

    python baselines/quotes.py
    python baselines/quotes.py --gold-mentions
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from common import NAME_LAYERS, SCORED, finish, name_layers, predicted, views_by_split, write_predictions
from gazetteer import gazetteer, matches

from vostochny import __version__
from vostochny.model.labels import SPEAKER_TYPES
from vostochny.model.models import Entity, Mention, Quote, Span
from vostochny.reading.view import DocumentView
from vostochny.verbs.results import SystemResult

VERSION = "3"
#: reporting verbs (every form that news text uses), one token, in lower case or first in its sentence
CUES = frozenset({
    "said", "say", "says", "saying", "told", "tell", "tells", "telling", "added", "adds", "warned", "warn",
    "warns", "warning", "claimed", "claim", "claims", "claiming", "stated", "states", "noted", "notes",
    "confirmed", "confirms", "denied", "denies", "believe", "believes", "reported", "reports", "suggested",
    "suggests", "predicted", "predicts", "insisted", "insists", "argued", "argues", "announced", "announces",
    "explained", "explains", "urged", "urges", "vowed", "vows", "asked", "asks", "described", "describes",
    "wrote", "writes", "assessed", "assesses", "stressed", "stresses",
})
OPENING, CLOSING, STRAIGHT = "“", "”", '"'
MIN_DIRECT = 5
MIN_INDIRECT = 3
END_PUNCTUATION = frozenset(".!?")
#: words after a cue that start no reported clause ("said in a briefing", "reported from Tallinn")
NOT_A_CLAUSE = frozenset({",", "in", "on", "at", "to", "of", "by", "from", "with"})


class Sentences:
    """Token-level facts of one document that the rules read."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.texts = view.token_texts
        self.sentence = view.sentence_of_token
        bounds: dict[int, list[int]] = {}
        for i, number in enumerate(self.sentence):
            bounds.setdefault(number, [i, i])[1] = i
        self.bounds = bounds

    def first_last(self, i: int) -> tuple[int, int]:
        """The first and last token of the sentence of token `i`."""
        first, last = self.bounds[self.sentence[i]]
        return first, last

    def is_cue(self, i: int) -> bool:
        """A cue word in lower case, or capitalised as its sentence's first word ("Asked about ...")."""
        text = self.texts[i]
        cased = text.islower() or i == self.first_last(i)[0]
        return cased and (text.lower() in CUES or self.according(i))

    def according(self, i: int) -> bool:
        return self.texts[i].lower() == "according" and i + 1 < len(self.texts) and self.texts[i + 1].lower() == "to"

    def span(self, first: int, last: int) -> Span:
        """The span of tokens `first` to `last` (inclusive)."""
        assert self.view.text is not None
        start, end = self.view.token_starts[first], self.view.token_ends[last]
        return Span(start=start, end=end, text=self.view.text[start:end])

    def trimmed(self, first: int, last: int) -> tuple[int, int]:
        """`first..last` without the punctuation that ends a sentence or clause."""
        while last > first and self.texts[last] in END_PUNCTUATION | {",", ";", ":"}:
            last -= 1
        return first, last


def direct_contents(s: Sentences) -> list[tuple[int, int]]:
    """Token ranges (inclusive) between paired double quotation marks, long enough to be quotes."""
    found, opened = [], None
    for i, text in enumerate(s.texts):
        if text == OPENING or (text == STRAIGHT and opened is None):
            opened = i
        elif text in (CLOSING, STRAIGHT) and opened is not None:
            if i - opened - 1 >= MIN_DIRECT:
                found.append((opened + 1, i - 1))
            opened = None
    return found


def nearest(candidates: Sequence[int], i: int) -> int | None:
    """The candidate token nearest to `i` (a preceding one wins a tie)."""
    return min(candidates, key=lambda k: (abs(k - i), k > i), default=None)


def indirect_content(s: Sentences, cue: int) -> tuple[int, int] | None:
    """The content of the reported statement introduced by the cue at token `cue`, if any."""
    first, last = s.first_last(cue)
    if s.according(cue):
        if any(s.texts[k] not in {",", "(", "—"} for k in range(first, cue)):
            return s.trimmed(first, cue - 1)
        comma = next((k for k in range(cue, last) if s.texts[k] == ","), None)
        return None if comma is None else s.trimmed(comma + 1, last)
    after = cue + 1
    that = next((k for k in range(after, min(after + 5, last + 1)) if s.texts[k].lower() == "that"), None)
    if that is not None and "," not in s.texts[after:that]:
        return s.trimmed(that + 1, last)
    if after <= last and s.texts[after] not in END_PUNCTUATION | NOT_A_CLAUSE:
        return s.trimmed(after, last)
    comma = max((k for k in range(first, cue) if s.texts[k] == ","), default=None)
    return None if comma is None else s.trimmed(first, comma - 1)


#: cues whose object is the one spoken to
ADDRESSING = frozenset({"told", "tells", "tell", "telling", "asked", "asks", "ask", "asking"})


def speaker_of(s: Sentences, cue: int, content: tuple[int, int], mentions: list[Mention],
               types: dict[str, str]) -> str | None:
    """The id of the speaking mention nearest to the cue, in its sentence, outside the content (before a cue of
    telling or asking: what follows it is the one spoken to)."""
    first, last = s.first_last(cue)
    if s.texts[cue].lower() in ADDRESSING:  # `Putin told [reporters]`: the one told is no speaker
        last = cue
    by_token, person = {}, set()
    for mention in mentions:
        token = s.view.token_range(mention.start, mention.end)[0]
        if types.get(mention.entity) in SPEAKER_TYPES and first <= token <= last and token <= cue + 1 and not (
                content[0] <= token <= content[1]):  # after the cue, only right after it (`said [Kirby]`): a mention
            # past a preposition or a clause word is no subject of the cue (V450)
            by_token.setdefault(token, mention.id)
            if types.get(mention.entity) == "PER":
                person.add(token)
    token = nearest(list(by_token), cue)
    if token is not None and token < cue and token not in person:  # a body after a person and a comma is in the
        # person's apposition or clause (`[Kim Yung-ho], who is in charge of [North Korea] affairs, warned`)
        before = [k for k in person if k < token and "," in s.texts[k:token]]
        token = max(before, default=token)
    return None if token is None else by_token[token]


def uncrossed(found: list[tuple[tuple[int, int], int | None, str]]) -> list[tuple[tuple[int, int], int | None, str]]:
    """The candidates in text order without any that crosses an earlier one (starts inside it and ends
    after it): one report never starts inside another and ends outside it (the validator's V226)."""
    kept: list[tuple[tuple[int, int], int | None, str]] = []
    for item in found:
        first, last = item[0]
        if not any(a < first <= b < last for (a, b), _, _ in kept):
            kept.append(item)
    return kept


def quotes(view: DocumentView, entities: list[Entity], mentions: list[Mention]) -> list[Quote]:
    """Every quotation the rules find, in text order."""
    s = Sentences(view)
    types = {entity.id: entity.type for entity in entities}
    found: list[tuple[tuple[int, int], int | None, str]] = []
    inside: set[int] = set()
    for first, last in direct_contents(s):
        inside.update(range(first - 1, last + 2))
        around = range(s.first_last(first - 1)[0], s.first_last(last + 1)[1] + 1)
        cue = nearest([k for k in around if not first <= k <= last and s.is_cue(k)], last + 1)
        found.append(((first, last), cue, "direct"))
    used = {cue for _, cue, _ in found}
    for cue in range(len(s.texts)):
        if cue in inside or cue in used or not s.is_cue(cue):
            continue
        content = indirect_content(s, cue)
        if content is None or content[1] - content[0] + 1 < MIN_INDIRECT:
            continue
        marks = {OPENING, CLOSING, STRAIGHT} & set(s.texts[content[0]:content[1] + 1])
        found.append((content, cue, "mixed" if marks else "indirect"))
    result = []
    for n, (content, cue, kind) in enumerate(uncrossed(sorted(found, key=lambda item: item[0])), 1):
        cue_span = None if cue is None else s.span(cue, cue + 1 if s.according(cue) else cue)
        speaker = None if cue is None else speaker_of(s, cue, content, mentions, types)
        result.append(Quote(id=f"q{n}", kind=kind, content=[s.span(*content)], cue=cue_span, speaker=speaker))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold-mentions", action="store_true", help="speakers from the gold mentions")
    gold = parser.parse_args().gold_mentions
    views = views_by_split()
    names = gazetteer(views["train"])
    docs = {}
    for split in SCORED:
        docs[split] = []
        for view in views[split]:
            entities, mentions = ((list(view.doc.entities), list(view.doc.mentions)) if gold
                                  else name_layers(view, matches(view, names)))
            docs[split].append((view, predicted(view, entities, mentions, quotes(view, entities, mentions))))
    system = "rule-quotes-gold-mentions" if gold else "rule-quotes"
    finish(SystemResult(
        system=system, version=VERSION,
        description=f"quotation marks (direct quotes of {MIN_DIRECT}+ tokens) and a lexicon of {len(CUES)} reporting "
                    "verbs plus 'according to' for content and cue; speaker: the nearest mention of a speaker type "
                    "to the cue in its sentence",
        command="python baselines/quotes.py" + (" --gold-mentions" if gold else ""),
        dependencies={"vostochny": __version__}, trained_on=[] if gold else ["train"],
        mentions_from=("GOLD mentions and entities (every kind): not a realistic setting" if gold
                       else "the gazetteer-ner baseline (names of the training split)"),
        layers=["quotes"], predictions=write_predictions(system, docs, NAME_LAYERS | {"quotes"}), scores={}))


if __name__ == "__main__":
    main()

"""Two paragraphs of a text whose lines are its paragraphs in one body zone (V433)."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, rule
from vostochny.checking.rules.zone_kinds import ends_a_sentence


@rule("V433", "paragraphs-in-one-zone", "a body zone holds a line break in a text whose every body line ends a "
      "sentence: two paragraphs in one zone", "end the zone at its first line's end and give the next line a body "
      "zone of its own (docs/guidelines.md, Zones)")
def paragraphs_in_one_zone(ctx: DocContext) -> Iterator[Hit]:
    """Consecutive body lines form one body zone per paragraph (docs/guidelines.md, Zones), and V250 refuses a zone
    over a blank line; but a text that separates its paragraphs by a line break alone (AP's, the arms-sale and
    top-officials reports) has no blank line between them, and an attack that merged each zone with the next passed
    42 times of 102 (every body paragraph of those three texts). A text wrapped inside its paragraphs breaks lines
    inside sentences; where every line of the body zones ends a sentence (a stop, question or exclamation mark, an
    ellipsis or a colon, closing quotes after it) and a body zone of one line shows a paragraph written as a line, the
    text is not wrapped, each line is a paragraph, and a body zone over a line break holds two. Not judged: a wrapped
    text (a line of a body zone ends no sentence: it may hold the merge too), a text whose every body zone holds
    several lines (nothing shows its paragraphs are lines), a zone of another kind (a title or a credit of two lines),
    a zone over a blank line (V250's). The text is read without the zone judged: a paragraph merged with the
    subheading after it (`... ties.` / `Kim Jong Un to meet Putin`, labelled body) ends on a line that ends no
    sentence, and passed the thirty-first session's sweep (3 such merges); where every line of the other body zones
    ends a sentence and the zone's lines but its last do, the zone holds a paragraph and the line after it. A zone
    whose first line ends no sentence may be one wrapped paragraph, and is not judged."""
    zones, kinds, texts = ctx.doc.zones, ctx.view.column("zones", "kind"), ctx.view.column("zones", "text")
    if not any("\n" in t for t in texts):
        return
    body = [i for i, kind in enumerate(kinds) if kind == "body"]
    if all("\n" in texts[i] for i in body):
        return
    lines = {i: [line for line in texts[i].split("\n") if line.strip()] for i in body}
    unended = {i: [not ends_a_sentence(line) for line in lines[i]] for i in body}
    total = sum(map(sum, unended.values()))
    for i in body:
        if "\n" in texts[i] and total == sum(unended[i]) and not any(unended[i][:-1]):
            z = zones[i]
            yield Hit(pointer("zones", i), [z.start, z.end], f"body {brief(z.text)} holds {len(lines[i])} lines, each "
                      + ("but the last " if unended[i][-1] else "") + "ending a sentence")

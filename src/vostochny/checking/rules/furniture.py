"""A paragraph of reporting labelled boilerplate that holds no relation or attribution (V275), and one that refers back
to the body (V378): what furniture looks like, and what a paragraph of reporting looks like, read from the zone's
words."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, first_use, rule
from vostochny.checking.rules.mention_agreement import THIRD_PERSON
from vostochny.checking.rules.name_forms import name_keys
from vostochny.checking.rules.zones import furniture_layout, furniture_mentions, zone_finder
from vostochny.model.labels import THOUGHT_CUES, UTTERANCE_CUES
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView

#: what furniture is written with, even as a sentence (case ignored): a link or address; a copyright notice; a
#: credit (`Reporting by`, `contributed to this report`); a note on the article itself (`This story has been
#: corrected ...`, `Editor's note`); a call to action or a link at the line's start (`Read More`, `Follow`,
#: `Contact`, `Sign up`); a read time or a date stamp (`4 minute read`, `Updated:`); a photo credit or caption
#: (`(AP Photo/...)`, `via AP`, `FILE -`); the outlet's notices (`Trust Principles`, `solely responsible`). Compiled
#: at its first use (`_furniture`): 2.5 ms, an eightieth of `vostochny validate` on a corpus without boilerplate
_FURNITURE = "|".join((
    r"https?://|\bwww\.|[^\W_]@[^\W_]|[^\W_]\.(?:com|org|net|gov|int)\b",
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b",
    r"\b(?:reporting|editing|writing|research|compiled|produced|graphics|photographs) by\b|\badditional reporting\b"
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)|\bcontributed reporting\b|\breported from\b"
    r"|\b(?:AP|Associated Press|Reuters|AFP|TIME|staff) (?:writers?|journalists?|correspondents?|reporters?)\b",
    r"\bthis (?:story|article|version|page)\b|\bcorrect(?:s|ed|ion)\b|\bclarif(?:ies|ied|ication)\b"
    r"|\bearlier version\b|\bmis(?:spelled|stated|identified|attributed)\b|\beditor[’']?s[’']? note\b"
    r"|\b(?:developing|breaking) (?:story|news)\b|\bcheck back\b",
    r"^\W*(?:read|watch|listen|see also|related|recommended|more (?:from|must|on|stories|coverage)|follow"
    r"|contact|sign up|subscribe|share (?:this|on)|click|tap|download|get (?:the|our)|write to|email us"
    r"|support (?:our|us)|advertisement|sponsored)\b",
    r"\b(?:sign up|newsletters?|podcasts?|follow us|contact us)\b",
    r"\b\d+[-\s]*min(?:ute)?s?\.?[-\s]+read\b|\b(?:updated|published|posted)\s*:|\boriginally published\b",
    r"\b(?:photo|image|video)(?:graph)?s?\s*(?::|by\b|credit)|\b(?:file|pool|handout) (?:photo|image)\b"
    r"|\bvia (?:AP|Reuters|AFP|Getty|EPA|Sputnik|Yonhap|KCNA)\b|\bgetty images\b"
    r"|\b(?:AP|AFP|EPA|Reuters|Sputnik|Yonhap|KCNA)(?: Photo)?/|^\W*FILE\s*[-–—]",
    r"\btrust principles\b|\bsolely responsible\b|\bterms of (?:use|service)\b|\bprivacy policy\b"
    r"|\bopens? (?:in )?(?:a )?new tab\b|\blicensing rights\b|\bquotes delayed\b|\badvertis",
))
_furniture = first_use(_FURNITURE, re.IGNORECASE | re.MULTILINE)

#: a label that opens the line: one to three words and a colon (`Read More:`, `Related:`, `Editor's note:`,
#: `Updated:`, `Photo:`), not an attribution (`Kirby said:`, whose words are cue words)
_label = first_use(r"^\W*([^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2})\s*:(?!\d)", re.MULTILINE)

_WORD = compiled(r"[^\W\d_][\w’'-]*")

#: a sentence's end: a stop, question or exclamation mark after a word (or its closing quote; a space between
#: too, as in `to deal with regional threats .`), then a space or the line's end (not the dot of `time.com` or
#: `42.7`)
_SENTENCE_END = compiled(r"[^\W_][\"”’')\]]*[ \t\u00a0]*[.?!…]+[\"”’')\]]*(?=\s|$)")

#: words that a title-case line (`Tracking All of North Korea’s Missile Tests This Year So Far`) leaves in lower
#: case: articles, conjunctions and prepositions
_TITLE_LOWER = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "than", "that", "upon", "about",
    "after", "amid", "among", "before", "between", "during", "near", "since", "through", "toward", "towards",
    "under", "until", "within", "without", "across", "against", "along", "around", "is", "are", "be",
})

#: the fewest lower-case words of a paragraph of reporting, and the fewest of them that a title capitalizes (not
#: `_TITLE_LOWER`'s): the corpus's body paragraphs have 8 and 4 at least, the shortest sentence of reporting in
#: it 3 and 2 (`Defense Minister Sergei Shoigu attended the talks.`)
PROSE_LOWER, PROSE_CONTENT = 3, 2


def furniture_words(text: str) -> str | None:
    """The words that mark `text` as furniture, if it has some: `_FURNITURE`'s, or a label that opens a line."""
    found = _furniture().search(text)
    if found:
        return found.group()
    for label in _label().finditer(text):
        if not {w.lower() for w in _WORD.findall(label.group(1))} & (UTTERANCE_CUES | THOUGHT_CUES):
            return label.group()
    return None


def reads_as_prose(text: str) -> bool:
    """Whether `text` is written as a paragraph's sentences: a sentence's end, `PROSE_LOWER` words in lower case
    or more (a fifth of its words at least) and `PROSE_CONTENT` of them words that a title capitalizes, and no
    furniture words (`furniture_words`)."""
    if not _SENTENCE_END.search(text):
        return False
    words = _WORD.findall(text)
    lower = [w for w in words if w[0].islower()]
    content = sum(w.lower() not in _TITLE_LOWER for w in lower)
    return len(lower) >= PROSE_LOWER and 5 * len(lower) >= len(words) and content >= PROSE_CONTENT \
        and furniture_words(text) is None


@rule("V275", "boilerplate-reads-as-reporting", "a boilerplate zone reads as a paragraph of reporting",
      "label the paragraph `body` (boilerplate is the publisher's furniture: `Read More: ...`, `ADVERTISEMENT`, "
      "`Copyright ...`, `Contact us at ...`); furniture written as a sentence stays `boilerplate` (ignore the "
      "warning)", severity="warning")
def boilerplate_reads_as_reporting(ctx: DocContext) -> Iterator[Hit]:
    """Boilerplate is the publisher's furniture (docs/guidelines.md, Zones), and the exports drop it (CoNLL-2012
    and CoNLL-2003 by default): a paragraph of reporting labelled `boilerplate` loses its mentions there, silently.
    V270 refuses one that holds a relation's argument or a quote's cue or speaker; this warns of one that holds
    neither, read from its words: a boilerplate zone written as prose (a sentence's end; three words in lower case
    or more, a fifth of its words at least, two of them words that a title capitalizes) that mentions an entity
    that a body zone mentions too (not the outlet, which names itself in its furniture: `meta.outlet`,
    `meta.rights.holder`), and has none of the words that furniture is written with: a link or address,
    `Copyright`, `All rights reserved`, a credit (`Reporting by`, `contributed to this report`), a note on the
    story (`This story has been corrected ...`, `Editor's note`), a call to action or a link opening the line
    (`Read More`, `Follow`, `Contact`, `Sign up`), a read time or date stamp (`4 minute read`, `Updated:`), a photo
    credit (`via AP`, `FILE -`), or a label opening the line (`Related:`; `Kirby said:` is no label). Every body
    paragraph of the corpus reads as prose, and none of its furniture lines: none ends a sentence. A warning, not
    an error: words prove nothing, and furniture written as a sentence without those words (a caption without its
    credit) is warned of too. A zone that holds a relation's argument or a quote's content, cue or speaker is
    V270's or V262's (not reported again here), zones out of order V220's.

    Not caught: a paragraph of reporting that mentions no entity the body mentions (the exports lose no mention
    of the story's entities with it), one that holds a word of furniture or opens with a label (`Photos by KCNA
    show ...`, `Related: ...`), and one that ends no sentence or has fewer than three words in lower case
    (`Kim left.`)."""
    zones = ctx.doc.zones
    for k, held in _reporting_zones(ctx):
        texts = list(dict.fromkeys(m.text for m in held))
        shown = [*map(repr, texts[:3]), *([f"{len(texts) - 3} more"] if len(texts) > 3 else [])]
        named = " and ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
        yield Hit(pointer("zones", k, "kind"), "boilerplate", f"{brief(zones[k].text)} is written as prose and "
                  f"mentions {named}, as the body does")


#: the words that open a mention that refers back: a pronoun of the third person, or a nominal's definite
#: determiner or possessor (`the nuclear-armed countries`, `its neighbour`), not the first person (`Contact [us]`)
_ANAPHORIC = THIRD_PERSON | {"the", "this", "these", "that", "those"}


@rule("V378", "boilerplate-refers-back", "a boilerplate zone read as reporting refers back to the body",
      "label the paragraph `body`: furniture stands alone, and a paragraph whose pronouns or definite nominals take "
      "up what the body mentioned before is the article's")
def boilerplate_refers_back(ctx: DocContext) -> Iterator[Hit]:
    """A body paragraph relabelled `boilerplate` that holds no relation or attribution is V275's warning only
    (`The world relies largely on Russian and North Korean media ...`, `After decades of a complicated,
    hot-and-cold relationship, Russia and North Korea ...`: an attack relabelled five of the corpus's paragraphs so,
    exit 0). Furniture stands alone: it names what it mentions (`Read More: Tracking All of North Korea's Missile
    Tests`), and never takes up what the article said before. So a zone that V275 reads as reporting (prose, no
    word of furniture, a body entity mentioned) and that holds a pronoun of the third person (`he`, `its`) or a
    nominal opened by a definite determiner or possessor (`the nuclear-armed countries`, `its aging air force`) of
    an entity that a body zone mentioned before it, is refused; so is one that holds a pronoun of the third person
    of any entity but the outlet's (`... the U.N. Security Council for the first time since [it] started punishing
    Pyongyang`: the article's reference, which furniture does not make; an outlet's notice on itself may). Not
    caught: such a paragraph that names all it mentions (`The choice to meet at Vostochny Cosmodrome ...`): V275's
    warning alone."""
    zones, view = ctx.doc.zones, ctx.view
    found = _reporting_zones(ctx)
    if not found:
        return
    starts, entities = view.column("mentions", "start"), view.column("mentions", "entity")
    first: dict[str, int] = {}
    for start, entity in zip(starts, entities, strict=True):
        if start < first.get(entity, start + 1):
            first[entity] = start
    outlets = _outlets(ctx)
    for k, held in found:
        back = [m for m in held if m.kind != "name" and first[m.entity] < zones[k].start
                and (m.text.split(maxsplit=1) or [""])[0].lower() in _ANAPHORIC]  # an empty text: V202's
        pronouns = sorted((m for m in map(view.mentions.__getitem__, furniture_mentions(ctx, [k]))
                           if m.kind == "pronoun" and m.text.lower() in THIRD_PERSON and m.entity not in outlets
                           and m not in back), key=operator.attrgetter("start"))
        if back:
            yield Hit(pointer("zones", k, "kind"), "boilerplate", f"{brief(zones[k].text)} takes up "
                      f"{', '.join(repr(m.text) for m in back[:3])} from before it")
        elif pronouns:
            yield Hit(pointer("zones", k, "kind"), "boilerplate", f"{brief(zones[k].text)} refers with "
                      f"{', '.join(repr(m.text) for m in pronouns[:3])} to what it reports, not to its outlet")


def _reporting_zones(ctx: DocContext) -> list[tuple[int, list[Mention]]]:
    """The boilerplate zones that read as reporting (prose, no word of furniture; V270's and V262's left out), each
    with its mentions of the entities a body zone mentions (not the outlet's), in text order: none is listed without
    one. Built once per view (V275, V378)."""
    key = ("reporting_zones",)
    if key in ctx.view.derived:
        return ctx.view.derived[key]  # type: ignore[no-any-return]
    found: list[tuple[int, list[Mention]]] = []
    ctx.view.derived[key] = found
    layout = furniture_layout(ctx)
    if layout is None:
        return found
    kinds, starts, ends = layout
    zones = ctx.doc.zones
    read = [k for k, kind in enumerate(kinds) if kind == "boilerplate" and reads_as_prose(zones[k].text)]
    if not read:
        return found
    view = ctx.view
    zone_of = zone_finder(starts, ends)
    firsts, entities = view.column("mentions", "start"), view.column("mentions", "entity")
    in_body = {e for s, e in zip(firsts, entities, strict=True) if _kind_at(kinds, zone_of(s)) == "body"}
    in_body -= _outlets(ctx)
    taken = _attributed_zones(view, zone_of)
    for k in (k for k in read if k not in taken):
        held = sorted((m for m in map(view.mentions.__getitem__, furniture_mentions(ctx, [k]))
                       if m.entity in in_body), key=operator.attrgetter("start", "end", "id"))  # not a set's order
        if held:
            found.append((k, held))
    return found


def _outlets(ctx: DocContext) -> set[str]:
    """The ids of the entities named as the document's outlet or rights holder (`Associated Press`, `TIME`): the
    publisher names itself in its furniture (`The Associated Press is an independent global news organization ...`,
    `Contact [us]`)."""
    meta = ctx.doc.meta
    names = set(name_keys([n for n in (meta.outlet, meta.rights.holder) if n]))
    entities = ctx.doc.entities
    return {e.id for e, key in zip(entities, name_keys([e.name for e in entities]), strict=True) if key in names} \
        if names else set()


def _kind_at(kinds: Sequence[str], k: int | None) -> str | None:
    return None if k is None else kinds[k]


def _attributed_zones(view: DocumentView, zone_of: Callable[[int], int | None]) -> set[int]:
    """The zones that hold a relation's argument, or a quote's content, cue or speaker (V270's and V262's)."""
    spans = view.mentions
    offsets = [m.start for r in view.doc.relations for m in (spans.get(r.head), spans.get(r.tail)) if m is not None]
    for q in view.doc.quotes:
        speaker = spans.get(q.speaker) if isinstance(q.speaker, str) else None
        offsets += [at for s in q.content for at in (s.start, s.end - 1)]
        offsets += [s.start for s in (q.cue, speaker) if s is not None]
    return {k for k in map(zone_of, offsets) if k is not None}

"""Furniture whose words show nothing of its label's job: a dateline that neither dates nor places the article
(V444), a byline that credits no one (V445), and a headline or subheading of no word (V446)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, rule
from vostochny.checking.rules.zone_kinds import DATELINE, OUTLET_IN_BRACKETS, OUTLETS, TIME, WEEKDAY
from vostochny.model.tokenize import NO_FORMAT
from vostochny.patterns import compiled

#: what dates a dateline besides `zone_kinds.DATELINE`'s month and day: a year, a time of day, a weekday, a date in
#: figures (`2023`, `5:38 AM GMT+9`, `Wednesday,`, `13/09/2023`)
_DATED = compiled(rf"\b(?:1[89]|20)\d\d\b|{TIME}|\b{WEEKDAY}|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b")
#: a word that opens with a capital (`Seoul`, `SEOUL`, `Hyung-jin`, `O’Brien`, `St.`)
_CAPITALISED = r"[A-Z][\w'’.-]*"
#: what places a dateline: a place in capitals and a comma (`VLADIVOSTOK, Russia`), capitalised words and a dash
#: that ends the zone (`Seoul, South Korea —`), or capitalised words a comma joins and nothing else (`Vladivostok,
#: Russia`); an outlet in brackets (`MOSCOW (AP)`) or a place in capitals and a dash (`MOSCOW -`) is
#: `zone_kinds.DATELINE`'s or `V282`'s
_PLACED = compiled(rf"^\W*[A-Z][A-Z'’.-]*[A-Z],|^\W*{_CAPITALISED}(?:,?\s+{_CAPITALISED})*\s*(?:[—–]|--?)\s*$"
                   rf"|^\W*{_CAPITALISED}(?:\s+{_CAPITALISED})*(?:,\s*{_CAPITALISED}(?:\s+{_CAPITALISED})*)+\W*$")
#: an outlet's name as credits write it (`Reuters`, `(AP)`, `Associated Press`)
_OUTLET = compiled(rf"\b(?:{OUTLETS})\b")
#: the words of a credit (case as written): `By` and a name, the roles of those credited, the credit's verbs
_CREDITED = compiled(r"\b(?:By|BY|by)\s+[A-Z]|\b(?:[Ss]taff|STAFF|[Cc]orrespondents?|[Rr]eporters?|[Ww]riters?|"
                     r"[Ee]ditors?|[Pp]hotographers?|[Pp]hotographs?|[Pp]hotos?|[Ww]ire services?)\b"
                     r"|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional reporting)\b"
                     r"|\b[Cc]ontributed\b|\b[Rr]eported\b")
#: a person's name: two to four capitalised words, a particle between (`Hyung-jin Kim`, `Jane van Doe`)
_NAME = rf"{_CAPITALISED}(?:\s+(?:(?:van|von|de|del|der|da|di|la|le|bin|al|el)\s+)?{_CAPITALISED}){{1,3}}"
#: a byline of names alone, joined by commas, `and`, `&` or a bar (`Josh Smith and Hyunsu Yim`, `JANE DOE`)
_NAMES = compiled(rf"\W*{_NAME}(?:\s*(?:,|\band\b|\bAND\b|&|\|)\s*(?:(?:and|AND)\s+)?{_NAME})*\W*")


def _spaced(text: str) -> str:
    """A zone's words as a reader sees them: format characters dropped, any spaces one (as `shown_furniture`)."""
    return " ".join(text.translate(NO_FORMAT).split())


@rule("V444", "dateline-without-date-or-place", "a dateline zone neither dates nor places the article: no date, "
      "year, weekday or time, no place written as a dateline writes one", "label the zone as what it is: "
      "`boilerplate` (`4 minute read`, `ADVERTISEMENT`), `subheading` (`Ballistic missiles`), or `byline` for a "
      "credit (docs/guidelines.md, Zones)")
def dateline_without_date_or_place(ctx: DocContext) -> Iterator[Hit]:
    """A dateline dates and places the article (docs/guidelines.md, Zones: `SEOUL, South Korea (AP) —`, `September
    13, 2023`), and V231 holds `meta.date` to the day it writes. An attack that relabelled each zone with every other
    kind passed boilerplate (`ADVERTISEMENT`, `4 minute read`, `___`, `Contact us at letters@time.com`) and headings
    (`Ballistic missiles`, `Kim Jong Un to meet Putin`) as datelines: V278 reads only a zone written as prose. A
    dateline zone is refused where it holds none of: a month and day or a month and year (`DATELINE`), a year, a
    weekday, a time of day or a date in figures, an outlet in brackets, a place in capitals and a dash or a comma
    (`MOSCOW -`, `VLADIVOSTOK, Russia`), capitalised words and a dash that ends it (`Seoul, South Korea —`), or
    capitalised words a comma joins and nothing else (`Vladivostok, Russia`). Not judged: a heading that names a
    year (`The 2023 summit`) or is two capitalised names with a comma (`Kim, Putin`); a credit labelled dateline is
    V282's where its words show it (folded)."""
    kinds, texts = ctx.view.column("zones", "kind"), ctx.view.column("zones", "text")
    for k, kind in enumerate(kinds):
        if kind == "dateline":
            text = _spaced(texts[k])
            if not (DATELINE.search(text) or _DATED.search(text) or _PLACED.search(text)
                    or OUTLET_IN_BRACKETS.search(text)):
                yield Hit(pointer("zones", k, "kind"), kind, f"{brief(texts[k])} holds no date and no place")


@rule("V445", "byline-credits-no-one", "a byline zone credits no one: no outlet, no word of a credit, no name "
      "alone", "label the zone as what it is: `subheading` (`Kim Jong Un to meet Putin`), `boilerplate` (`Contact "
      "us at letters@time.com`), or `dateline` (docs/guidelines.md, Zones)")
def byline_credits_no_one(ctx: DocContext) -> Iterator[Hit]:
    """A byline credits the article's writers or its outlet (docs/guidelines.md, Zones: `(Reuters)`, `(Reporting by
    ...)`, `Litvinova reported from Tallinn, Estonia. ... contributed to this report.`), and V232 holds the rights
    holder to the credits. The relabelling attack passed headings (`Kim Jong Un to meet Putin`, `Ballistic
    missiles`, `North Korea and Russia: Steadfast Allies`) and boilerplate (`More Must-Reads from TIME` aside, which
    names an outlet: `ADVERTISEMENT`, `4 minute read`, `Contact us at letters@time.com`) as bylines. A byline zone is
    refused where it names no outlet (the document's `meta.outlet` or a news agency's name), holds no word of a credit
    (`By` and a name, `Staff`, `correspondent`, `reporter`, `writer`, `editor`, `photo`, `Reporting`, `Editing`,
    `Writing`, `contributed`, `reported`), and is not names alone (two to four capitalised words each, joined by
    commas, `and`, `&` or a bar: `Josh Smith and Hyunsu Yim`, `JANE DOE`). Not judged: a heading of capitalised words
    alone (`Steadfast Allies` reads as a name); a date or dateline labelled byline is V282's (folded)."""
    kinds, texts = ctx.view.column("zones", "kind"), ctx.view.column("zones", "text")
    outlet = ctx.doc.meta.outlet
    for k, kind in enumerate(kinds):
        if kind == "byline":
            text = _spaced(texts[k])
            if not (_OUTLET.search(text) or _CREDITED.search(text) or _NAMES.fullmatch(text)
                    or (outlet and re.search(rf"\b{re.escape(outlet)}\b", text))):
                yield Hit(pointer("zones", k, "kind"), kind, f"{brief(texts[k])} names no outlet and credits no one")


@rule("V446", "heading-without-a-word", "a headline or subheading zone holds no letter or digit",
      "label a separator (`___`, `* * *`) `boilerplate` (docs/guidelines.md, Zones)")
def heading_without_a_word(ctx: DocContext) -> Iterator[Hit]:
    """A headline titles the article and a subheading a section of it, in words; a line of marks alone (`___`, `* * *`)
    separates and is boilerplate (docs/guidelines.md, Zones: AP's `___`). The relabelling attack passed AP's `___` as
    a subheading. A body zone of no word is V276's (it ends no sentence), a byline or dateline V444's and V445's."""
    kinds, texts = ctx.view.column("zones", "kind"), ctx.view.column("zones", "text")
    for k, kind in enumerate(kinds):
        if kind in ("headline", "subheading") and not any(c.isalnum() for c in texts[k]):
            yield Hit(pointer("zones", k, "kind"), kind, f"{brief(texts[k])} holds no word")

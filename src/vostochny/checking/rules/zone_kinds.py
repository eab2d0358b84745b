"""Zone labels that their words contradict: a heading, dateline or credit labelled body (V276), a paragraph labelled
headline or subheading (V277), a paragraph labelled byline or dateline (V278), and a dateline labelled byline or
boilerplate or a credit labelled dateline or boilerplate (V282), read from the zone's words."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from itertools import compress, count, repeat

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, find_all, first_use, rule
from vostochny.checking.rules.furniture import reads_as_prose
from vostochny.checking.rules.meta import ORDINAL
from vostochny.model.tokenize import NO_FORMAT
from vostochny.patterns import compiled

#: a zone's end that ends a sentence: a stop, question or exclamation mark or an ellipsis (or a colon: a paragraph
#: that introduces a list or a quote), then closing quotes or brackets
_ENDS_SENTENCE = compiled(r"[.?!…:][\"”’'»)\]]*$")

#: how many characters of a zone's end are read for its last word and mark: `_ENDS_SENTENCE`, `_full_stop_end`
_TAIL = 40

#: the words of a credit inside a paragraph: `Reporting by`, `Editing by`, `Writing by` (or in lower case) and a
#: name, `contributed to this report`, a name at the paragraph's start that `reported from` a place
_CREDIT_IN_BODY = compiled(
    r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting) by [A-Z]"
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b"
    r"|^\W*[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} reported from [A-Z]")

#: what every credit of `_CREDIT_IN_BODY` holds: a substring search per word before the expression, 15x faster on
#: the paragraphs of a corpus, nearly all of them without
_CREDIT_WORDS = ("ing by ", "contributed ", "reported from ")

#: a sentence's end inside a heading: a stop, question or exclamation mark after a word in lower case (not the
#: `Mr.` of `Mr. Putin`, the `U.S.` of `U.S. Says`, the `p.m.` of `10 p.m. Moscow time`) or after a closing quote,
#: then a space and a capital letter (after opening quotes or a bracket)
_SENTENCE_INSIDE = compiled(r"(?:(?<![\w.’'-])[a-z][\w’'-]*|[\"”’'])[.?!]+[\"”’')\]]*\s+[\"“‘'(\[]*[A-Z]")

#: the abbreviations that a heading may end with a full stop after (`Kim Hosts Lavrov, Shoigu et al.`, `Putin Meets
#: Kim Jong Un in Vostochny, Sept.`), case as written
_ABBREVIATIONS = ("Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|Ft|Inc|Ltd|Co|Corp|Bros|Gov|Gen|Sen|Rep|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev"
                  "|No|vs|etc|al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd")

#: a heading's end that ends a sentence of a paragraph: a full stop (not an ellipsis) after a word that ends in lower
#: case or a number (`... at the Vostochny Cosmodrome.`, `... since 2006.`, `... regional threats .`), not an
#: abbreviation (`Mr.`) nor an initialism (`U.S.`), closing quotes or brackets before or after it (`... came
#: here."`); a question mark or a closing quote without a stop may end a headline (`Russia's 'Sacred' Invasion`)
_full_stop_end = first_use(
    rf"(?<![\w.’'-])(?!(?:{_ABBREVIATIONS})\.)[^\W_][\w’'-]*(?<=[a-z\d])[\"”’')\]]*[ \t]?\.[\"”’')\]]*$")

#: the news agencies and outlets whose names datelines and credits write (`(Reuters)`, `SEOUL, South Korea (AP) —`)
OUTLETS = (r"AP|AFP|Reuters|Associated Press|Agence France-Presse|Bloomberg|Yonhap|TASS|Xinhua|Kyodo|UPI|dpa|EFE|"
           r"CNN|BBC|NK News|TIME")
#: an outlet that a dateline or credit names in parentheses
OUTLET_IN_BRACKETS = compiled(rf"\((?:{OUTLETS})\)")

#: the words of a credit or dateline (case as written): a credit that opens the zone (`By Jane Doe`; `Reporting by`,
#: `Editing by`, `Writing by`, `reported from`, `contributed to this report` are furniture words: no byline with them
#: reads as prose), an outlet in parentheses
_CREDIT = compiled(r"^\W*By [A-Z]|" + OUTLET_IN_BRACKETS.pattern)

#: a month's name, in full or abbreviated (`September`, `Sept.`, `Sep`)
_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?")
_MONTH = f"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})"  # as written, or in capitals (`SEPTEMBER 13, 2023`)

#: what a dateline opens with: a date (`September 13, 2023`, `13 September`, `Sept. 2023`, `2023-09-13`), or a
#: place in upper case and a dash (`SEOUL, South Korea (AP) —`, `MOSCOW -`)
DATELINE = compiled(
    rf"\b{_MONTH} \d{{1,2}}\b|\b\d{{1,2}} {_MONTH}|\b{_MONTH},? \d{{4}}\b|\b\d{{4}}-\d\d-\d\d\b"
    r"|^\W*[A-Z][A-Z'’.-]*[A-Z]\b[^—–\n]{0,60}?\s[—–-](?:\s|$)")

#: how many characters of a byline or dateline `_DATELINE` reads: a dateline opens the zone
_OPENING = 60


def zone_end(text: str) -> str:
    """The last `_TAIL` characters of a zone's text, its trailing spaces stripped and the `Â` after them that a text
    decoded twice leaves of a no-break space (`the US has warned.Â`: UTF-8's C2 A0 read as Latin-1, its A0 read as
    a space)."""
    end = text[-_TAIL:].rstrip()
    return end[:-1].rstrip() if end.endswith("Â") else end


def ends_a_sentence(text: str) -> bool:
    """Whether `text` ends with a sentence's end or a colon (`_ENDS_SENTENCE`), spaces and a stray `Â` after it
    aside (`zone_end`)."""
    return text.rstrip()[-1:] in _SENTENCE_ENDS or _ENDS_SENTENCE.search(zone_end(text)) is not None


#: the marks that end `_ENDS_SENTENCE` with no closing quote after them: a zone that ends with one needs no expression
_SENTENCE_ENDS = frozenset(".?!…:")


@rule("V276", "body-reads-as-heading", "a body zone ends no sentence, or holds a credit: a heading, dateline or "
      "credit labelled body", "label the line with its kind (`headline`, `subheading`, `byline`, `dateline`, "
      "`boilerplate`); a paragraph that ends without its full stop stays `body` (ignore the warning)",
      severity="warning")
def body_reads_as_heading(ctx: DocContext) -> Iterator[Hit]:
    """A body zone is a paragraph of the article (docs/guidelines.md, Zones), and the exports drop zones by kind
    (`drop_zones`: boilerplate by default, any kind on request; the HF rows give each sentence its zone's kind): a
    heading, dateline or credit labelled `body` is exported as reporting, and a user who drops headings or credits
    keeps it. Every body
    paragraph of the corpus ends a sentence (`.`, `?`, `!`, `…`, then closing quotes or brackets, or a `:` that
    introduces a list or quote; `Â` after it, the remnant of a no-break space decoded twice, is read past), and none
    holds a credit: this warns of a body zone that ends no sentence (`Kim Jong Un to meet Putin`, `September 13,
    2023`, `(Reuters)`, `(Reporting by Hyunsu Yim, ... Editing by ...)`), and of one that holds the words of a
    credit (`Reporting by`, `Editing by`, `Writing by`, `contributed to this report`, a name at its start that
    `reported from` a place: `Litvinova reported from Tallinn, Estonia. Associated Press journalists ... contributed
    to this report.`). A warning, not an error: a paragraph may lose its full stop (a text cut short). Zones out of
    order are V220's (each zone is read alone here, whatever its place), a body zone that ends inside its line
    V250's (not reported again here: `North Korean leader Kim Jong Un` cut from its line ends no sentence); V276
    is folded behind V201, V202 and V250 on the zones (a zone off its text, or part of a line, is read wrong), and
    behind V433 on its zone (a paragraph run on over the subheading after it ends on the subheading's line).

    Not caught: a heading that ends with a full stop or a question mark (`Kim Jong Un to meet Putin.`), a dateline
    or heading that ends with a colon (`North Korea and Russia:`), a credit without those words written as a
    sentence (`Jane Doe is a correspondent in Seoul.`), and boilerplate labelled body written as a sentence
    (`This story has been corrected ...`; `4 minute read` is V282's, as a copyright notice is)."""
    view = ctx.view
    kinds = view.column("zones", "kind")
    if "body" not in kinds:
        return
    ends, texts, whole = view.column("zones", "end"), view.column("zones", "text"), ctx.text or ""
    # the zones to read one by one: a body zone that does not end with a common sentence end (C loops find the rest),
    # and one that holds the start of a credit word (looked for in the whole text: most documents have none)
    ended = map(str.endswith, texts, repeat(_COMMON_ENDS))
    suspect = {k for k, kind, end in zip(count(), kinds, ended) if kind == "body" and not end}
    starts = view.column("zones", "start")
    suspect.update(bisect.bisect_right(starts, at) - 1 for word in _CREDIT_WORDS for at in find_all(whole, word))
    for k in sorted(suspect):
        kind, text = kinds[k], texts[k]
        if kind != "body" or k < 0:
            continue
        if not ends_a_sentence(text):
            if not _ends_inside_a_line(whole, ends[k]):  # else V250's: the zone is part of a line
                yield Hit(pointer("zones", k, "kind"), kind, f"{brief(text)} ends no sentence")
        elif any(map(text.__contains__, _CREDIT_WORDS)):
            credit = _CREDIT_IN_BODY.search(text)
            if credit:
                yield Hit(pointer("zones", k, "kind"), kind, f"{brief(text)} holds the credit {credit.group()!r}")


#: the ends of most paragraphs, each one that `_ENDS_SENTENCE` accepts: a zone that ends with one needs no closer look
_COMMON_ENDS = (".", "?", "!", "…", ":", ".”", "?”", "!”", '."', '?"', '!"', ".’", "…”", ".)")


def _ends_inside_a_line(text: str, end: int) -> bool:
    """Whether a letter or digit follows `end` in its line (the zone is part of a line: V250's)."""
    rest = text[end:end + 200].splitlines()
    return bool(rest) and any(map(str.isalnum, rest[0]))


@rule("V277", "heading-reads-as-paragraph", "a headline or subheading zone holds two sentences, or ends with a full "
      "stop: a paragraph labelled heading", "label the paragraph `body` (a heading is one line with no full stop: "
      "`Kim Jong Un to meet Putin`, `Ballistic missiles`)")
def heading_reads_as_paragraph(ctx: DocContext) -> Iterator[Hit]:
    """A headline is the title line and a subheading a section heading (docs/guidelines.md, Zones): the exports drop
    zones by kind (`drop_zones`; the HF rows give each sentence its zone's kind), so a paragraph labelled heading is
    lost with the headings by a user who keeps the article's paragraphs alone, and read as a heading by the rest. Every
    heading of the corpus is one line of one sentence with no full stop at its end (`Kim Jong Un Meets With Putin,
    Celebrates Russia's 'Sacred' Invasion of Ukraine`, `'Comrades'`, `Russia ‘begging’ for help`); a paragraph
    ends its sentences with one. This refuses a headline or subheading that holds a sentence's end inside it (a
    stop, question or exclamation mark after a word in lower case or a closing quote, then a space and a capital:
    `... in the Far East. Kremlin spokesman ...`), or that ends with a full stop after a word that ends in lower
    case or a number, its closing quotes before or after it (`... war in Ukraine.`, `... since 2006.`, `... came
    here."`), not an abbreviation (`Mr.`, `et al.`) nor an initialism (`U.S.`). A `?`, an ellipsis or a closing
    quote may end a headline (`Why Is Kim in Russia?`, `Putin: ‘We will help’`). A headline after the body, or a
    second one, is V265's (not reported again here), zones out of order V220's; V277 is folded behind V201, V202
    and V250 on the zones.

    Not caught: a paragraph whose last sentence ends with no full stop, with a `?` or `!`, or with an abbreviation
    or initialism (`... the U.S.`), and whose sentences inside end with names or numbers (`... met Putin. Kim ...`).
    Every body paragraph of the corpus labelled `subheading` is refused."""
    view = ctx.view
    kinds = view.column("zones", "kind")
    if "headline" not in kinds and "subheading" not in kinds:
        return
    placed = _misplaced_headlines(kinds)
    texts = view.column("zones", "text")
    for k in compress(count(), map(_HEADING_KINDS.__contains__, kinds)):
        kind, text = kinds[k], texts[k]
        if k in placed:
            continue
        inside = _SENTENCE_INSIDE.search(text)
        if inside:
            yield Hit(pointer("zones", k, "kind"), kind, f"{brief(text)} holds two sentences or more "
                      f"({inside.group()!r})")
            continue
        end = zone_end(text)
        if end.rstrip(_CLOSERS).endswith(".") and _full_stop_end().search(end):  # the expression only after a stop
            yield Hit(pointer("zones", k, "kind"), kind, f"{brief(text)} ends with a full stop")


_HEADING_KINDS = frozenset({"headline", "subheading"})
_CLOSERS = "\"”’')]"  # the closing quotes and brackets that `_full_stop_end` reads after a full stop


def _misplaced_headlines(kinds: tuple[str, ...]) -> set[int]:
    """The headline zones that V265 reports: a second headline, or one after a body zone."""
    heads = [k for k, kind in enumerate(kinds) if kind == "headline"]
    body = kinds.index("body") if "body" in kinds else len(kinds)
    return {k for k in heads if k != heads[0] or k > body}


@rule("V278", "credit-reads-as-paragraph", "a byline or dateline zone reads as a paragraph of reporting, with no "
      "word of a credit or dateline", "label the paragraph `body` (a byline credits: `(Reuters)`, `By Jane Doe`, "
      "`(Reporting by ...)`; a dateline places and dates: `SEOUL, South Korea (AP) —`, `September 13, 2023`)")
def credit_reads_as_paragraph(ctx: DocContext) -> Iterator[Hit]:
    """A byline credits the article's writers and a dateline places and dates it (docs/guidelines.md, Zones): the
    exports drop zones by kind (`drop_zones`; the HF rows give each sentence its zone's kind), so a paragraph of
    reporting labelled `byline` or `dateline` loses its mentions and relations where credits are dropped. Every
    byline and dateline of the corpus holds the words of one (`(Reuters)`, `(Reporting by ...)`, `Litvinova
    reported from Tallinn, Estonia. ... contributed to this report.`, `SEOUL, South Korea (AP) —`, `September 13,
    2023`); this refuses one written as prose (V275's test: a sentence's end, words in lower case, no word of
    furniture) that holds no word of a credit (`By ` and a name opening it, `Reporting by`, `Editing by`, `Writing by`,
    `reported from`, `contributed to this report`, an outlet in parentheses such as `(Reuters)` or `(AP)`, the
    document's `meta.outlet`) nor, in its opening, of a dateline (a date, a place in upper case and a dash). Zones
    out of order are V220's, a dateline prefix that is not its line's opening V250's; V278 is folded behind V201,
    V202 and V250 on the zones.

    Not caught: a paragraph that names the outlet (`..., the Associated Press reported.` in an AP report) or a date
    in its opening (`On Sept. 13, Kim ...`), one with a word of furniture (`Photos by KCNA show ...`), and one too
    short to read as prose (`Kim left.`). Every body paragraph of the corpus labelled `byline` or `dateline` is
    refused."""
    view = ctx.view
    kinds = view.column("zones", "kind")
    if "byline" not in kinds and "dateline" not in kinds:
        return
    outlet, texts = ctx.doc.meta.outlet, view.column("zones", "text")
    for k in compress(count(), map(_CREDIT_KINDS.__contains__, kinds)):
        text = texts[k]
        if _CREDIT.search(text) or DATELINE.search(text[:_OPENING]) \
                or (outlet and re.search(rf"\b{re.escape(outlet)}\b", text)) or not reads_as_prose(text):
            continue
        yield Hit(pointer("zones", k, "kind"), kinds[k], f"{brief(text)} is written as prose, with no word of a "
                  "credit or dateline")


_CREDIT_KINDS = frozenset({"byline", "dateline"})


#: a time of day as datelines write it (`5:38 AM GMT+9`, `10.41 BST`, `3:05 p.m. EDT`)
TIME = r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
#: a weekday, in full or abbreviated (`Wednesday,`, `Wed`)
WEEKDAY = r"(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?"
#: a zone that is a date and nothing else, after a place in upper case, with its weekday and time of day
#: (`September 13, 2023`, `MOSCOW, Wednesday, Sept. 13, 2023`, `September 13, 2023 5:38 AM GMT+9`, `Wed 13 Sep 2023
#: 10.41 BST`, `2023-09-13`); a line that says more (`Updated 3:05 AM EDT, September 13, 2023`) is not one
_DATE_ALONE = compiled(r"\W*(?:[A-Z][A-Z'’.-]*[A-Z](?: [A-Z][A-Z'’.-]*[A-Z])*,? )?"
                       rf"(?:{WEEKDAY} )?(?:{TIME},? )?"
                       rf"(?:{_MONTH} ?\d{{1,2}}{ORDINAL},? \d{{4}}|\d{{1,2}}{ORDINAL} {_MONTH},? \d{{4}}"
                       r"|\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{4})"
                       rf"(?:,? (?:at )?{TIME})?\W*")
#: a dateline's place and credit, and nothing else: a place in upper case, a few words, an outlet in brackets, a
#: dash (`SEOUL, South Korea (AP) —`, `MOSCOW (AP) --`, `MOSCOW, Sept 13 (Reuters) -`); `_shows_a_place` says
#: whether the words show a place
_PLACE_AND_OUTLET = compiled(r"\W*[A-Z][A-Z'’.-]*[A-Z](?P<more>(?:[ ,]+[\w'’.-]+){0,6})\s*"
                             + OUTLET_IN_BRACKETS.pattern + r"\s*(?P<dash>[—–]|--?)?\s*")
#: a zone that is an outlet's credit alone (`(Reuters)`)
_OUTLET_ALONE = compiled(r"\W*" + OUTLET_IN_BRACKETS.pattern + r"\W*")
#: a credit that opens the zone (`By Jane Doe`)
_BY = compiled(r"\W*By [A-Z]")
#: a copyright notice that opens a zone: `©`, `(c)` or `Copyright` (in any case, or both), then a year or a capital
#: (`Copyright 2023 The Associated Press`, `© Reuters`, `Copyright © 2023 TIME USA, LLC`); not `Copyright
#: infringement ...`, a sentence about copyright. `(c)` alone opens a list's third item as well (`(c) The summit
#: ended ...`, a resolution's terms quoted in a paragraph): it is read as `©` before a year or `Copyright` only, or
#: before an outlet's name and no word in lower case after it (`(c) 2023 Reuters`, `(c) Reuters`, `(C) The Associated
#: Press 2023`, `(c) TIME USA, LLC`; not `(c) Reuters reporters were barred ...`). The sign is read as a reader sees
#: it: `©`, the circled `Ⓒ` and `ⓒ`, `(c)` with spaces inside its brackets (`( c )`); an outlet's name written in
#: lower case (`(c) reuters`, `© 2023 reuters`) is read where no other letter follows it. A circled `Ⓒ` or `ⓒ` labels
#: a list's item as `(c)` does (`ⓒ The summit ended ...`, a Korean outlet's lists): before a capital it is a notice's
#: only where no word in lower case follows (`ⓒ Korea JoongAng Daily`; the thirty-fourth session's second read)
_SIGN = r"(?:[©Ⓒⓒ]|\(\s?[cC]\s?\))"
_OUTLET_ALONE_IN_LOWER = rf"(?:the )?(?i:{OUTLETS})\b[^A-Za-z]*$"
#: a capital and no word in lower case after it (`Korea JoongAng Daily`; not `The summit ended ...`)
_CAPITALISED_ALONE = r"[A-Z](?!.*(?<![\w'\u2019.-])[a-z])"
#: `Copyright` then a colon, a dash or `by` reads as a notice before a year or an outlet's name as a holder's only
#: (`Copyright: The Associated Press`, `Copyright - Reuters`, `Copyright by The Associated Press`: read as no notice
#: until the thirty-seventh session; `Copyright: The Basics`, `Copyright by Design` may head a paragraph, `Copyright by
#: Reuters reporters was claimed` opens one).
#: The holder's name after `Copyright` and no sign: a capital, and up to its first period no word in lower case but
#: a notice's own (`Copyright The Associated Press`, `Copyright Thomson Reuters and its licensors`; not `Copyright
#: Office officials said ...`, a sentence about the office: a false refusal the thirty-fourth session's second read
#: found), and no noun that `Copyright` modifies (`Copyright Office Rejects AI Art Claim`, a headline in title case
#: or capitals: a false refusal the thirty-fifth session's second read found; each noun in the plural too, and nouns of
#: the people and quarrels about copyright, `Copyright Lawyers Say AI Ruling Looms`, `Copyright Disputes Rise`: false
#: refusals the thirty-sixth session's second read found)
_COPYRIGHT_NOUNS = (r"(?:office|act|law|board|royalt(?:y|ie)|claim|alliance|treat(?:y|ie)|directive|bill|term|"
                    r"protection|infringement|rule|reform|case|lawsuit|suit|holder|owner|fight|battle|dispute|lawyer|"
                    r"attorney|expert|group|industr(?:y|ie)|issue|concern|fear|regime|system|polic(?:y|ie)|ruling|war|"
                    r"question|challenge|trial|deal|violation|theft|troll|clash|row|fee)s?")
_HOLDER = (rf"(?!(?i:{_COPYRIGHT_NOUNS})\b)[A-Z](?![^.]*?(?<![\w'\u2019.-])"
           r"(?!(?:and|its|the|of|all|rights|reserved|licensors|affiliates|inc|ltd)\b)[a-z])")
_COPYRIGHT = compiled(rf"[^\w©Ⓒⓒ]*(?:©\s*(?:(?i:copyright)\b\s*)?(?:\d{{4}}|[A-Z]|{_OUTLET_ALONE_IN_LOWER})"
                      rf"|[Ⓒⓒ]\s*(?:(?i:copyright)\b\s*(?:\d{{4}}|[A-Z])|\d{{4}}|{_CAPITALISED_ALONE}"
                      rf"|{_OUTLET_ALONE_IN_LOWER})"
                      rf"|(?i:copyright)\b\s*(?:{_SIGN}\s*)?(?:\d{{4}}|{_HOLDER}|{_OUTLET_ALONE_IN_LOWER})"
                      rf"|(?i:copyright)\b\s*(?:[:\-\u2013\u2014]|(?i:by)\b)\s*(?:{_SIGN}\s*)?"
                      rf"(?:\d{{4}}|(?=(?:The )?(?:{OUTLETS})\b){_HOLDER}|{_OUTLET_ALONE_IN_LOWER})"
                      rf"|\(\s?[cC]\s?\)\s*(?:(?i:copyright)\b\s*(?:\d{{4}}|[A-Z])|\d{{4}}"
                      rf"|(?:The )?(?:{OUTLETS})\b[^a-z]*$|{_OUTLET_ALONE_IN_LOWER}))")
#: what a copyright notice or a credit line in brackets opens with, as written: the zones of any length that V282
#: reads for one (a C-level test of each zone; an expression on each took 0.4 us a zone)
_LONG_OPENINGS = ("©", "Ⓒ", "ⓒ", "(c)", "(C)", "( c", "( C", "Copyright", "COPYRIGHT", "copyright", "(Reporting by",
                  "(Additional reporting", "(Editing by", "(Writing by", "(Compiled by")
#: the outlet's own furniture, as written and nothing else after its opening words: an advertisement's marker alone
#: (`ADVERTISEMENT`, NYT's `SKIP ADVERTISEMENT`), a read time (`4 minute read`, `5 min read`), a link's label and the
#: linked title (`Read More: ...`, `Related: ...`), a promotion of the outlet's other articles (`More Must-Reads from
#: TIME`, `More from Reuters`), a call to write to it, follow it or sign up (`Contact us at letters@time.com`, `Follow
#: AP’s coverage of North Korea at ...`, `Sign up for ...`), its notice on its standards (Reuters' `Our Standards:
#: ...`), a picture's source or caption label (BBC's `Image source, Getty Images`), an agency's end mark (Yonhap's
#: `(END)`), a time stamp whose times a copy lost (`Updated: | Originally published:`; a stamp with its date,
#: `Updated 3:05 AM EDT, September 13, 2023`, dates the article as a dateline does, and is not read)
_OWN_FURNITURE = compiled(
    r"(?!\W*[\"“”‘’'«])"  # no quote mark before its first word: `"Follow us," the commander said.` is reporting
    r"(?:\W*(?:SKIP )?(?:ADVERTISEMENT|Advertisement)\W*|\W*\(END\)\W*"
    rf"|\W*(?:Follow|FOLLOW) (?:us|US|our|(?:{OUTLETS})[’']s?)\b.*|\W*(?:Sign up|SIGN UP|Subscribe|SUBSCRIBE)\b.*"
    r"|\W*Our [Ss]tandards ?:.*|\W*(?:Image|Media|Video) (?:source|caption), .*"
    r"|\W*\d{1,3}[ -]?(?:minutes?|mins?|MIN|MINUTE)\.? (?:read|READ)\W*"
    r"|\W*(?:Read|READ) (?:[Mm]ore|MORE|[Aa]lso|ALSO|[Nn]ext|NEXT) ?:.*"
    r"|\W*(?:Related|RELATED)(?: (?:[Cc]overage|[Ss]tories|[Aa]rticles|COVERAGE|STORIES))? ?:.*"
    rf"|\W*(?:More|MORE)(?: [\w’'-]+){{0,3}} (?:from|FROM) (?:{OUTLETS})\W*"
    r"|\W*(?:Contact|CONTACT) (?:us|US)\b.*"
    r"|(?:\W*(?:Updated|UPDATED|(?:Originally |ORIGINALLY )?(?:[Pp]ublished|PUBLISHED))\W*)+)")
#: a credit line in brackets, whole, that a heading or paragraph never is (`(Reporting by Hyunsu Yim; Editing by
#: Jane Doe)`, `(Additional reporting by ...)`): of any length
_CREDIT_LINE = compiled(r"\W*\((?:Additional reporting|Reporting|Editing|Writing|Compiled) by [A-Z][^()]*\)\W*")
#: a copyright notice's closing words, ending the zone (`... All rights reserved.`)
_RIGHTS_RESERVED = compiled(r"\b(?i:all rights reserved)\W*$")
#: the kinds of furniture whose label V282 reads against the zone's words
_FURNITURE_KINDS = frozenset({"byline", "dateline", "boilerplate"})
#: the longest heading or paragraph that V282 reads as a dateline or an outlet's credit alone (`MOSCOW, Wednesday,
#: Sept. 13, 2023 5:38 AM GMT+9` is 44 characters)
_SHORT = 80


def shown_furniture(text: str, boilerplate: bool = False, whole: bool = False, opening: bool = True) -> str | None:
    """The kind of furniture a zone's words show beyond doubt: `dateline` for a date alone (with its place, weekday or
    time) or a place in upper case with an outlet in brackets (`_shows_a_place`); `byline` for a credit (`By Jane Doe`,
    `(Reuters)` alone, `Reporting by ...`, `... reported from ...`, `contributed to this report`); `boilerplate` for a
    copyright notice (`Copyright 2023 The Associated Press. All rights reserved.`, `© Reuters`: one that opens the
    zone, or `All rights reserved` that ends it), where the zone shows no credit; else None. An outlet
    in brackets inside other words (`Read more: ... (Reuters)`, a photo's credit) shows neither, nor does a line in
    capitals and a dash (`ADVERTISEMENT - SCROLL TO CONTINUE`, `FILE - ...`, `BY JIM HEINTZ - Associated Press`). In
    `boilerplate`, `By` and a capital opens no credit beyond doubt (`By Clicking Subscribe, You Agree ...`); with
    `whole` (a heading or a paragraph's words), only a zone that is a dateline or an outlet's credit and nothing
    else shows one (`By September, ...` and `..., who contributed to this report` are prose), a place and outlet only
    with its dash (`EXCLUSIVE (Reuters)`, `TIMELINE, Key dates (AP)` are headings); a date alone only where the zone
    opens the article (`opening`: a timeline's `June 12, 2018` between paragraphs is a heading). Spaces are read as
    a reader sees them (a no-break space, two spaces, a soft hyphen: a review found `Sept.\u00a013, 2023` hidden)."""
    text = " ".join(text.translate(NO_FORMAT).split())
    if (opening and _DATE_ALONE.fullmatch(text)) or _shows_a_place(_PLACE_AND_OUTLET.fullmatch(text), whole):
        return "dateline"
    if _OUTLET_ALONE.fullmatch(text) or _CREDIT_LINE.fullmatch(text):
        return "byline"
    if not whole and ((_BY.match(text) and not boilerplate)
                      or (any(word in text for word in _CREDIT_WORDS) and _CREDIT_IN_BODY.search(text))):
        return "byline"
    first = text[:1]
    if ((first in "©Ⓒⓒ(Cc" or not first.isalnum()) and _COPYRIGHT.match(text)) \
            or (("eserved" in text or "ESERVED" in text) and _RIGHTS_RESERVED.search(text)) \
            or _OWN_FURNITURE.fullmatch(text):
        return "boilerplate"
    return None


def _shows_a_place(found: re.Match[str] | None, dashed: bool = False) -> bool:
    """Whether words in capitals before an outlet in brackets are a dateline's place beyond doubt: a dash follows the
    outlet (`MOSCOW (AP) —`, `NEW YORK (AP) --`), a comma the capitals (`SEOUL, South Korea (AP)`, `HONG KONG, Sept 13
    (Reuters)`), or the capitals are one word (`MOSCOW (AP)`). Two words in capitals alone are as likely a byline's name
    written in capitals (`JANE DOE (Reuters)`, `BY JIM HEINTZ (AP)`) as a place (`NEW YORK (AP)`): neither is shown.
    `dashed`: only the dash shows it (a heading's words: `EXCLUSIVE (Reuters)`)."""
    if found is None:
        return False
    more = found["more"]
    return bool(found["dash"]) or (not dashed and (not more or _CAPITALS_AND_COMMA.match(more) is not None))


def _shown_by_a_line(text: str, kind: str) -> str | None:
    """The kind of furniture other than `kind` that a line of a furniture zone of several lines shows on its own
    (`shown_furniture`: `September 13, 2023` under `(Reuters)` in one byline), or None."""
    for line in text.splitlines():
        shown = shown_furniture(line, boilerplate=kind == "boilerplate") if line.strip() else None
        if shown is not None and shown != kind:
            return shown
    return None


#: the rest of a place in capitals, then a comma (` KONG,` of `HONG KONG, Sept 13`)
_CAPITALS_AND_COMMA = compiled(r"(?: [A-Z][A-Z'’.-]*[A-Z])*\s*,")


@rule("V282", "furniture-mislabelled", "a zone's words show another kind of furniture than its label: a date "
      "alone, or a place in capitals with an outlet in brackets, is a dateline; a credit a byline; a copyright notice "
      "boilerplate", "label the zone as its words show: `dateline` for `September 13, 2023` or `SEOUL, South Korea "
      "(AP) —`, `byline` for `(Reuters)` or `(Reporting by ...)`, `boilerplate` for `Copyright 2023 The Associated "
      "Press. All rights reserved.`")
def furniture_mislabelled(ctx: DocContext) -> Iterator[Hit]:
    """Each kind of furniture has its job (docs/guidelines.md, Zones): the dateline dates and places the article,
    and V231 holds `meta.date` to the day it writes out; the byline credits the writers, and V232 holds the rights
    holder to it. A dateline labelled byline or boilerplate hides its date from V231 (`September 13, 2023` as
    boilerplate let `meta.date` be 2023-09-12), and a credit labelled dateline or boilerplate is left out of
    every credit. So a zone of furniture that is a date alone, or a place in upper case and an outlet in brackets,
    is a dateline, and one that is a credit a byline (`shown_furniture`: only what shows it beyond doubt; furniture
    in capitals and a dash, or an outlet's name inside a promotion, shows neither). A subheading or a body zone of
    at most 80 characters that is a dateline or an outlet's credit and nothing else is read too (`September 13,
    2023` as a subheading hid the date from V231 as well: an attack found it passed): a date alone where it opens the
    article (before the first body paragraph, or as it), a place and outlet with its dash. Headings are V277's, body
    paragraphs V276's; a byline written as prose is V278's.

    A copyright notice is boilerplate whatever it is labelled (docs/guidelines.md, Zones: furniture stays boilerplate
    even written as a sentence): `Copyright 2023 The Associated Press. All rights reserved.` labelled byline, dateline,
    subheading or body passed (a byline that names the outlet is no prose for V278, and a heading without the second
    sentence no paragraph for V277); a zone of any kind and length that opens with `©` and a year or a capital, or with
    `Copyright` and a year or a holder's name (a capital and no word in lower case but a notice's own before its first
    period, and no noun `Copyright` modifies: `Copyright Office officials said ...` is a paragraph, `Copyright Office
    Rejects AI Art Claim` a heading; after a colon, a dash or `by`, a year or an outlet's name as holder:
    `Copyright: The Associated Press`, `Copyright - Reuters`, read as no notice until the thirty-seventh session),
    or with `(c)` and a year, `Copyright` or an outlet
    and no word in lower case (`(c) The summit ended ...` is a list's third item), the sign written as a reader sees it
    (`Ⓒ`, `ⓒ`, `( c )`; a circled sign before a capital only with no word in lower case after it, `ⓒ The summit ended
    ...` labelling a list's item as `(c)` does) and an outlet's name in lower case with no other word (`(c) reuters`),
    or a furniture zone or short heading or paragraph that ends with `All rights reserved`, is boilerplate (a zone that
    also credits, `... Jane Doe contributed to this report.`, is a byline; a heading or paragraph longer than 80
    characters only where the notice is its first characters, not after a mark).

    The outlet's own furniture is boilerplate too where its words are the furniture's alone (`_OWN_FURNITURE`:
    `ADVERTISEMENT`, `4 minute read`, `Read More: ...`, `More Must-Reads from TIME`, `Contact us at ...`, a stamp
    whose times are lost, `Updated: | Originally published:`), and a credit line in brackets (`(Reporting by ...;
    Editing by ...)`) a byline at any length: the thirtieth session's attack passed each of them as a subheading
    (V277 reads a paragraph, V445 a byline that names no outlet: `More Must-Reads from TIME` passed as a byline).
    A furniture zone of several lines is read a line at a time where the whole shows nothing (`(Reuters)` and
    `September 13, 2023` merged into one byline hid the date from V231).

    Not caught: two words in capitals and an outlet, with no comma and no dash (`NEW YORK (AP)` labelled byline),
    which a byline's name in capitals writes alike (`JANE DOE (Reuters)`); a heading labelled boilerplate (a link to
    another article is written as a heading: `Russia ‘begging’ for help` may be either); a stamp with its date
    (`Updated 3:05 AM EDT, September 13, 2023` dates the article as a dateline does); two lines of one kind of
    furniture in one zone (`4 minute read` and `Updated: ...` as one boilerplate zone)."""
    view = ctx.view
    kinds = view.column("zones", "kind")
    texts = view.column("zones", "text")
    furniture = map(_FURNITURE_KINDS.__contains__, kinds)
    short = map(_SHORT.__ge__, map(len, texts))  # a heading or paragraph long enough is no dateline nor credit alone
    copyright = map(str.startswith, texts, repeat(_LONG_OPENINGS))  # of any length
    read = map(operator.or_, map(operator.or_, furniture, short), copyright)
    first_body = kinds.index("body") if "body" in kinds else len(kinds)
    for k in compress(count(), read):
        kind = kinds[k]
        shown = shown_furniture(texts[k], boilerplate=kind == "boilerplate", whole=kind not in _FURNITURE_KINDS,
                                opening=kind in _FURNITURE_KINDS or k <= first_body)
        if shown is None and kind in _FURNITURE_KINDS and "\n" in texts[k]:
            shown = _shown_by_a_line(texts[k], kind)
        if shown is not None and shown != kind and kind != "headline":  # a headline misread is V265's, V233's
            yield Hit(pointer("zones", k, "kind"), kinds[k], f"{brief(texts[k])} reads as a {shown}")

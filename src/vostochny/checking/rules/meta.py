"""Rules on a document's `meta`: its dates (V231), its rights (V221, V232), the outlet, title and URL the text
shows (V233), its language (V352); and on what every annotation file says of itself: the schema it names (V350,
V351)."""

from __future__ import annotations

import datetime
import functools
import posixpath
import re
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, DocContext, Hit, brief, find_all, first_use, rule
from vostochny.checking.rules.name_forms import name_flaw, names_in_form, prose_flaw
from vostochny.model.constants import GUIDELINE_LANGUAGES, schema_references
from vostochny.model.tokenize import NO_FORMAT
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import RegistryEntity, Zone


@rule("V221", "rights-not-evaluated", "the rights in the raw text are not evaluated (CNE)",
      "set meta.rights: the statement (InC, UND, ...), the holder the text credits or null, and the evidence "
      "(docs/guidelines.md, Source and rights)", severity="warning")
def rights_not_evaluated(ctx: DocContext) -> Iterator[Hit]:
    """A release states each text's rights holder: a new article (`vostochny new`) and a file migrated
    from schema 1.1.0 start "not evaluated", and stay flagged until someone reads the text for its
    credits and records them. A warning, so that a text can be added before it is evaluated."""
    rights = ctx.doc.meta.rights
    if rights.statement == "CNE":
        yield Hit(pointer("meta", "rights", "statement"), rights.statement, rights.note)


def _day(value: str) -> datetime.date | None:
    """The calendar day a YYYY-MM-DD value names; None for one that names none (2023-02-30)."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@rule("V231", "meta-date", "a date in meta is no calendar day or in the future, the text is received before "
      "the article's date, the date is not (or not recorded as) the one its dateline shows, or the text shows no "
      "such day",
      "write the real day (YYYY-MM-DD, UTC) the article is dated (its dateline's day) and the text was received")
def meta_date(ctx: DocContext) -> Iterator[Hit]:
    """The schema only checks the shape YYYY-MM-DD, so `2023-02-30` or `2026-13-45` would pass;
    and an article cannot be dated, nor its text received, after today (UTC), nor the text received
    before the article it holds is dated. The date is recorded as the text shows it (docs/guidelines.md,
    Source and rights): where a dateline zone writes out a day with its month's name and year
    (`September 13, 2023`, `13 Sept. 2023`), `date` is that day, and null is not; where it writes one without a year
    (`MOSCOW, Sept. 13 (Reuters)`), `date` falls on that month and day (its year is not compared, and null is
    allowed: the text does not show it; `Sept. 13` with `date` 2023-09-14 passed where the body wrote `Sept. 14`).
    A date is recorded only where the text shows it: one that the text writes nowhere, with its month's name
    (`Sept. 14`, `14 September`) or as `2023-09-14`, is a date from memory or from elsewhere (an attack found
    `2023-09-14` accepted on the AP text, which shows no date; and the Reuters dateline relabelled or its zones
    deleted let its date move a day)."""
    meta = ctx.doc.meta
    days = {name: getattr(meta, name) for name in ("date", "received") if getattr(meta, name) is not None}
    for name, value in days.items():
        if _day(value) is None:
            yield Hit(pointer("meta", name), value, f"{value} is no calendar day")
    received, dated = _day(days.get("received", "")), _day(days.get("date", ""))
    today = datetime.datetime.now(datetime.timezone.utc).date()
    if dated is not None and dated > today:  # then a received day before it is no mistake of its own
        yield Hit(pointer("meta", "date"), meta.date, f"dated {dated}, after today ({today})")
    if received is not None and received > today:
        yield Hit(pointer("meta", "received"), meta.received, f"received {received}, after today ({today})")
    if received is not None and dated is not None and received < dated <= today:
        yield Hit(pointer("meta", "received"), meta.received, f"received {received}, before the article's date {dated}")
    kinds = ctx.view.column("zones", "kind")
    shown = _dateline_days(ctx.doc.zones) if "dateline" in kinds and (dated is not None or meta.date is None) else []
    yearless = _dateline_month_days(ctx.doc.zones) if "dateline" in kinds and dated is not None and not shown else []
    if shown and dated not in shown:
        said = f"dated {dated}" if dated is not None else "no date recorded"
        yield Hit(pointer("meta", "date"), meta.date, f"{said}; its dateline shows "
                  f"{', '.join(map(str, sorted(set(shown))))}")
    elif dated is not None and yearless and (dated.month, dated.day) not in yearless:
        yield Hit(pointer("meta", "date"), meta.date, f"dated {dated}; its dateline shows " + ", ".join(
            f"{_MONTH_NAMES[month - 1].capitalize()} {day}" for month, day in sorted(set(yearless))))
    elif dated is not None and ctx.text is not None and not _shows(ctx.text, dated):
        yield Hit(pointer("meta", "date"), meta.date, f"dated {dated}; the text writes out no such day "
                  f"({_MONTH_NAMES[dated.month - 1].capitalize()} {dated.day}, or {dated.isoformat()})")


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
#: a month by its name or abbreviation (`Sept.`), lower case -> its number
_MONTHS = {**{name: i for i, name in enumerate(_MONTH_NAMES, 1)},
           **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)}, "sept": 9}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: a day written with its month's name and its year: `September 13, 2023`, `Sept. 13 2023`, `13 September 2023`
_WRITTEN_DAY = compiled(rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}}))\b",
                        re.IGNORECASE)


def _shows(text: str, day: datetime.date) -> bool:
    """Whether the text writes `day`: its month's name (capitalised or in capitals, in full or abbreviated) and the
    day, either order, an ordinal or a range (`Sept. 13`, `Sept.13`, `13th of September`, `13-Sep-2023`, `September
    13-14`, `September the 13th`), with the day's year where a year is written beside it (a wire dateline, `MOSCOW,
    Sept 13`, writes none: its year is not compared); or in numbers with its year (`2023-09-13`, `2023-09-13T05:38Z`,
    `9/13/2023`, `13.09.2023`, `20230913`). Format characters are read as a reader sees them (`Septem\u00adber`). Not
    the day inside another number (`September 13,000`, `Sept 13.5 million`), after a full stop (`in September. 13
    people`), nor a month's name in lower case or inside a word (`13 may have died`, `DISMAY 13`); a number beside
    the day that cannot be a year (`Sept. 13, 1500 troops`) is not read as one."""
    for found in _written(day).finditer(text.translate(NO_FORMAT)):
        year = found["after"] or found["before"]
        if found["numbers"] or year is None or year == str(day.year) or not 1900 <= int(year) <= 2100:
            return True
    return False


#: an ordinal's ending after a day (`13th`)
ORDINAL = r"(?:st|nd|rd|th)?"
_RANGE = r"\s*(?:-|–|—|and|to|through|&)\s*"


@functools.lru_cache(maxsize=64)
def _written(day: datetime.date) -> re.Pattern[str]:
    """The ways `_shows` reads `day` in a text: `before` and `after`, the year beside a day of a month's name (the
    month's name before or after the day), if any; `numbers`, the day written in numbers with its year."""
    full, short = _MONTH_NAMES[day.month - 1], [n for n, m in _MONTHS.items() if m == day.month and len(n) <= 4]
    month = (r"\b(?:" + "|".join(f"{n.capitalize()}|{n.upper()}" for n in [full]) + "|(?:"
             + "|".join(f"{n.capitalize()}|{n.upper()}" for n in short) + r")\b\.?)")
    d, m, y = f"0?{day.day}{ORDINAL}", f"0?{day.month}", str(day.year)
    days = rf"(?:\d{{1,2}}{ORDINAL}{_RANGE})?{d}(?:{_RANGE}\d{{1,2}}{ORDINAL})?(?!\d|[.,]\d{{3}}(?!\d)|\.\d)"
    year = r"(?:[\s,-]+(?P<{}>\d{{4}})(?!\d))?"
    numbers = (rf"(?<!\d)(?:{m}[/.-]0?{day.day}|0?{day.day}[/.-]{m})[/.-]{y}(?!\d)"
               rf"|(?<!\d){y}[/.-]{m}[/.-]0?{day.day}(?!\d)|(?<!\d){y}{day.month:02d}{day.day:02d}(?!\d)")
    return re.compile(rf"{month}\s*(?:the\s+)?{days}{year.format('before')}"
                      rf"|(?<![\d.])(?<!\d,){days}(?:[^\S\n]+|-)(?:of[^\S\n]+)?{month}{year.format('after')}"
                      rf"|(?P<numbers>{numbers})")


def _dateline_days(zones: Sequence[Zone]) -> list[datetime.date]:
    """The calendar days that the dateline zones write out with a month name and a year."""
    days = []
    for z in zones:
        for m in _WRITTEN_DAY.finditer(z.text) if z.kind == "dateline" else ():
            month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
            try:
                days.append(datetime.date(int(year), _MONTHS[month.lower()], int(day)))
            except ValueError:
                continue  # no such day (September 31): not a date the rule can compare
    return days


#: a day written with its month's name and no year after it (`MOSCOW, Sept. 13 (Reuters)`, `13 September`)
_yearless_day = first_use(rf"\b(?:{_MONTH}\s*(\d{{1,2}}){ORDINAL}|(\d{{1,2}}){ORDINAL}\s+(?:of\s+)?{_MONTH})\b"
                           rf"(?!,?\s+\d{{4}})", re.IGNORECASE)


def _dateline_month_days(zones: Sequence[Zone]) -> list[tuple[int, int]]:
    """The (month, day) pairs that the dateline zones write with a month name and no year (a wire's dateline,
    `MOSCOW, Sept. 13`): its year is unknown, but its month and day are the date's."""
    found = []
    for z in zones:
        for m in _yearless_day().finditer(z.text) if z.kind == "dateline" else ():
            month, day = (m[1], m[2]) if m[1] else (m[4], m[3])
            if 1 <= int(day) <= 31:
                found.append((_MONTHS[month.lower().rstrip(".")], int(day)))
    return found


#: statements that need a holder, and those that have none (docs/guidelines.md, Source and rights)
_HOLDER_NEEDED, _HOLDER_NONE = frozenset({"InC"}), frozenset({"UND", "CNE"})


@rule("V232", "rights-holder", "the rights holder does not fit the statement or is not credited in the text, or "
      "the holder or note is blank or not plain written text",
      "InC names the holder the text credits, as the text names it; UND and CNE have a null holder; the note "
      "gives the evidence; both as plain text (single spaces, no invisible characters)")
def rights_holder(ctx: DocContext) -> Iterator[Hit]:
    """A text that credits a publisher is `InC` with that publisher as holder; a text that credits
    no one is `UND`, and rights not yet evaluated are `CNE`, both with a null holder. Holder and
    note are what a reuser reads: blank ones, or ones with stray spaces around them, say nothing, and one
    with a zero-width space or another invisible character is blank to the eye or a second spelling of
    its holder (`name_flaw`, as for entity names: V249); the note is prose (`prose_flaw`: `…`, `½` and two spaces
    after a stop are prose, a review found them refused). A holder that names a registry record (by its name
    or an alias, a leading "The" aside: `The Associated Press`) is credited by the text, so one of the
    record's names is in it as written (`(AP)`): `Reuters` on an AP text credits someone the text does not.
    The credit is where a publisher credits itself (docs/guidelines.md, Source and rights: a dateline's `(AP)`, a credit
    line `(Reuters)`, its own furniture `More Must-Reads from TIME`): in a document with zones, a byline, dateline or
    boilerplate zone; a source the body cites (`who spoke to AFP`) credits no holder (an attack found AFP accepted as
    the holder of a text that only cites it). A holder that names no record is in a credit as written or by its
    capitals (`(AP)` for `Associated Press`; `Yonhap`, on a text that names it nowhere, passed). A text whose byline
    or dateline holds a record's name in brackets (`(Reuters)`) credits it: `UND` there says that no one is
    credited."""
    rights = ctx.doc.meta.rights
    if rights.statement in _HOLDER_NEEDED and rights.holder is None:
        yield Hit(pointer("meta", "rights", "holder"), None, f"{rights.statement} without a holder")
    if rights.statement in _HOLDER_NONE and rights.holder is not None:
        yield Hit(pointer("meta", "rights", "holder"), rights.holder,
                  f"{rights.statement} with holder {rights.holder!r}")
    for name, flawed in (("holder", name_flaw), ("note", prose_flaw)):  # a note is prose: `…`, `½`, two spaces
        value = getattr(rights, name)
        flaw = None if value is None or names_in_form([value]) else flawed(value)
        if flaw is not None:
            yield Hit(pointer("meta", "rights", name), value, f"{brief(value)}: {flaw}")
    if ctx.text is None:
        return
    if rights.holder is not None and (unshown := _not_shown(ctx, rights.holder)) is not None:
        yield Hit(pointer("meta", "rights", "holder"), rights.holder, f"{rights.holder!r} is credited {unshown}")
    if rights.statement == "UND" and (credit := _bracketed_credit(ctx)) is not None:
        yield Hit(pointer("meta", "rights", "statement"), rights.statement, f"UND, but the text credits {credit}")


def _word_in(words: str, text: str) -> bool:
    """Whether the words occur in the text with no letter or digit right before or after them (`AP` in `(AP)`,
    not in `CAPTAIN`)."""
    return any(not text[at - 1:at].isalnum() and not text[at + len(words):at + len(words) + 1].isalnum()
               for at in find_all(text, words))


#: the zones where a publisher credits itself (its byline, dateline and furniture), and those of a wire credit
_CREDIT_ZONES, _CREDIT_LINES = frozenset({"byline", "dateline", "boilerplate"}), frozenset({"byline", "dateline"})


def _credits(ctx: DocContext, kinds: frozenset[str] = _CREDIT_ZONES) -> str:
    """The text where a publisher is credited: its zones of `kinds`, or the whole text where it has no zones."""
    if not ctx.doc.zones:
        return ctx.text or ""
    return "\n".join(z.text for z in ctx.doc.zones if z.kind in kinds)


def _not_shown(ctx: DocContext, name: str) -> str | None:
    """Where a holder or an outlet is not shown, said for a message (None: it is shown): a name of a registry record
    by one of the record's names, another as written, in a credit (`_credits`)."""
    record = _holder_record(ctx, name)
    names = (record.name, *record.aliases) if record is not None else (name, name.removeprefix("The "), _initials(name))
    credits = _credits(ctx).casefold()  # a byline in capitals credits as well (`HYUNG-JIN KIM, ASSOCIATED PRESS`)
    if any(_word_in(written.casefold(), credits) for written in names if written):
        return None
    where = "in no byline, dateline or boilerplate zone" if ctx.doc.zones else "nowhere in the text"
    known = f" ({record.id})" if record is not None else ""
    return f"{where}{known}: none of {', '.join(map(repr, dict.fromkeys(filter(None, names))))} is in it"


def _initials(name: str) -> str:
    """A name's capitals, as a credit may write a name that no record's alias holds (`AP`, `AFP`); "" where there
    are fewer than two (one letter is no credit)."""
    capitals = "".join(filter(str.isupper, name.removeprefix("The ")))
    return capitals if len(capitals) > 1 else ""


def _bracketed_credit(ctx: DocContext) -> str | None:
    """An organisation's record's name or alias in brackets in a byline or dateline zone (`(Reuters)`, `(AP)`): a wire
    credit, written as the record is (a place in brackets, `By Jane Doe (Seoul)`, is none)."""
    index = ctx.registry_index
    if index is None or not ctx.doc.zones:
        return None
    return next((f"({name})" for name in bracketed(_credits(ctx, _CREDIT_LINES))
                 if name in index.written and index.written[name].type == "ORG"), None)


def bracketed(lines: str) -> list[str]:
    """The names written in brackets in credit lines (`(Reuters)`, `(AP)`), where a wire is credited; the
    synthesizer credits a synthetic document's wire by them too."""
    return _BRACKETED.findall(lines)


_BRACKETED = compiled(r"\(([^()\n]{1,60})\)")


def _holder_record(ctx: DocContext, holder: str) -> RegistryEntity | None:
    """The registry record that a rights holder or an outlet names (by its name or an alias, a leading "The"
    aside)."""
    index = ctx.registry_index
    if index is None:
        return None
    return index.written.get(holder) or index.written.get(holder.removeprefix("The "))


@rule("V233", "meta-not-in-text", "the title is not the text's headline (a headline zone's text, else a line of the "
      "raw text) or is null where a headline zone shows one, or the URL or the outlet is not shown in it (or is no "
      "name as written)",
      "record only what the text itself shows, as it shows it; else null (docs/guidelines.md, Source and rights)")
def meta_not_in_text(ctx: DocContext) -> Iterator[Hit]:
    """`outlet`, `title` and `url` are recorded only where the text shows them, never looked up or remembered:
    a value the raw text does not contain was not taken from it. The title is the headline (its zone's
    text, spaces aside; in a document without zones a line of the text): a few words of the text (`Putin`)
    or another line (`(Reuters)`) are in it, but are no title, and in a document with zones neither is a
    paragraph or a headline labelled otherwise (a document whose zones have no headline shows no title).
    The outlet is shown by a credit (`(AP)` for the Associated Press), where a rights holder is credited (V232: a
    byline, dateline or boilerplate zone, the whole text where there are no zones): by one of the names of the
    registry record it names, or as written or by its capitals (`AP`); `Reuters` on the AP text is not (every
    table and export of the corpus names it the article's outlet), nor `AFP` on a text whose body says `who spoke
    to AFP`, and a null outlet on a text whose byline or dateline credits a record in brackets (`(Reuters)`) leaves
    out what it shows. An outlet that names no record is a name as written (`_outlet_flaw`): an outlet with a
    zero-width space, two spaces or a Cyrillic letter, a record's name in lower case or in brackets (`reuters`,
    `(Reuters)`), or `?`, named no record and so passed (reviews found them). A title left null where a headline
    zone shows one is as wrong: the text shows it (docs/guidelines.md, Source and rights: recorded where the text
    shows it)."""
    if ctx.text is None:
        return
    meta = ctx.doc.meta
    title, url = meta.title, meta.url
    record = _holder_record(ctx, meta.outlet) if meta.outlet is not None else None
    if record is None and meta.outlet is not None and (flaw := _outlet_flaw(ctx, meta.outlet)) is not None:
        yield Hit(pointer("meta", "outlet"), meta.outlet, f"{meta.outlet!r}: {flaw}")
    elif meta.outlet is not None and (unshown := _not_shown(ctx, meta.outlet)) is not None:
        yield Hit(pointer("meta", "outlet"), meta.outlet, f"{meta.outlet!r} is shown {unshown}")
    elif meta.outlet is None and (credit := _bracketed_credit(ctx)) is not None:
        yield Hit(pointer("meta", "outlet"), None, f"null, but the text credits {credit}")
    if title is not None and not _title_shown(ctx, title):
        where = "is not a line of" if title.strip() and title in ctx.text else "is not in"
        zone = next((z for z in ctx.doc.zones if " ".join(z.text.split()) == " ".join(title.split())), None)
        said = f"is the text of a {zone.kind} zone, not a headline" if zone is not None else \
            "is no headline zone's text" if ctx.doc.zones and title in ctx.text else f"{where} the raw text"
        yield Hit(pointer("meta", "title"), title, f"{title[:60]!r} {said}")
    kinds = ctx.view.column("zones", "kind")
    before_body = kinds[:kinds.index("body")] if "body" in kinds else kinds  # a headline after the body is V265's
    if title is None and "headline" in before_body:
        headline = ctx.doc.zones[kinds.index("headline")]
        yield Hit(pointer("meta", "title"), None, f"null; its headline zone shows {brief(headline.text)}")
    if url is not None and (not url.strip() or url not in ctx.text):
        yield Hit(pointer("meta", "url"), url, f"{url[:60]!r} is not in the raw text")


def _outlet_flaw(ctx: DocContext, outlet: str) -> str | None:
    """What is wrong with an outlet that names no registry record as written: a name of one in other case or with
    a credit's marks (`reuters`, `(Reuters)`: written as the record is, it is compared with the text), no word
    (`?`), or no name as written (`name_flaw`)."""
    index = ctx.registry_index
    key = outlet.strip("()[]. ").casefold()
    known = next((name for name in index.written if name.casefold() == key), None) if index is not None else None
    if known is not None:
        return f"write it as its record does: {known!r}"
    return name_flaw(outlet) or (None if any(map(str.isalpha, outlet)) else "it holds no word")


def _title_shown(ctx: DocContext, title: str) -> bool:
    """Whether the title is the text's headline, spaces aside: a headline zone's text where the document
    has zones (a headline may wrap over two lines), else a line of the text."""
    words = " ".join(title.split())
    headlines = [z.text for z in ctx.doc.zones if z.kind == "headline"]
    lines = headlines if ctx.doc.zones else (ctx.text or "").splitlines()
    return bool(words) and words in {" ".join(line.split()) for line in lines}


@rule("V350", "schema-reference", "the document's $schema names a file other than the published document schema",
      "write `../schema/v1/document.schema.json` (as `vostochny new` does), the schema's $id, or leave $schema out")
def schema_reference(ctx: DocContext) -> Iterator[Hit]:
    """`$schema` tells an editor (VS Code, JetBrains) which schema to check the file against while it is edited: one
    that names a missing file checks nothing and says nothing of it, and one that names the registry's schema marks
    every valid field wrong, so that the editor's warnings are learnt to be ignored. A document names the published
    document schema of its major version, from `annotations/` or by its `$id`; the path is compared as the file it
    resolves to, so that `./../schema/v1/document.schema.json` is that schema too, and so is the `$id` with `#/` or
    https's own port `:443`."""
    yield from _schema_hits(ctx.doc.schema_, "document")


@rule("V351", "corpus-file-schema-reference", "the registry's, the splits' or the quote links' $schema names a file "
      "other than its published schema", "write `../schema/v1/<kind>.schema.json` (registry, splits, quote-links), "
      "the schema's $id, or leave $schema out", scope="files")
def corpus_file_schema_reference(ctx: CorpusContext) -> Iterator[Hit]:
    """As V350 for a document: the registry (`annotations/entities.json`), the splits and the quote links each name
    their own kind's published schema in `$schema`, or none; the value of each hit is the file it is in."""
    files = (("annotations/entities.json", ctx.registry, "registry"), ("annotations/splits.json", ctx.splits, "splits"),
             ("annotations/quote_links.json", ctx.quote_links, "quote-links"))
    for name, model, kind in files:
        if model is not None:
            yield from (Hit(hit.pointer, name, hit.detail) for hit in _schema_hits(model.schema_, kind))


def _schema_hits(value: object, kind: str) -> Iterator[Hit]:
    """A hit at `/$schema` where a file of `kind` names another schema than its own (none named is fine)."""
    if isinstance(value, str) and not _names_schema(value, kind):
        named = " or ".join(map(repr, schema_references(kind)))
        yield Hit("/$schema", value, f"{value!r}: a {kind} file names {named}")


def _names_schema(value: str, kind: str) -> bool:
    """Whether `$schema` names the published schema of `kind`: as written by `vostochny new` or as its `$id`, or
    another spelling of the same file (`./../schema/v1/…`, `../schema/./v1/…`: the path is resolved from
    `annotations/`, as an editor resolves it; the `$id`'s host in any case, its scheme's own port written or not,
    its path normalised). A query, a fragment other than an empty one or `/` (the pointer to the whole schema), a
    backslash, a closing `/`, a user name, or another scheme, host or port names another resource; so does a path
    through the corpus's own folder (`../../vostochny/schema/…`): it holds in one checkout only."""
    relative, url = schema_references(kind)
    if value in (relative, url):
        return True
    parts = urllib.parse.urlsplit(value)
    if parts.query or parts.fragment not in ("", "/") or "\\" in value or parts.path.endswith("/"):
        return False
    if not parts.scheme and not parts.netloc:
        return _resolved(parts.path) == _resolved(relative)
    published = urllib.parse.urlsplit(url)
    try:
        port = parts.port
    except ValueError:  # no number
        return False
    scheme = parts.scheme.casefold()
    return (scheme, parts.hostname, port in (None, _DEFAULT_PORTS.get(scheme)), parts.username,
            posixpath.normpath(parts.path or "/")) == (published.scheme, published.hostname, True, None, published.path)


#: the port a URL of a scheme names where it names none (`https://host:443/` is `https://host/`)
_DEFAULT_PORTS = {"https": 443, "http": 80}


def _resolved(path: str) -> str:
    """A relative `$schema` path as the corpus file it names, from the root (`annotations/` is where it is read)."""
    return posixpath.normpath(posixpath.join("annotations", path)) if path else ""


@rule("V352", "language-not-in-guidelines", "the document's language is not one the guidelines and the rules are "
      "written for (en)", "record the text's language as `en`; a text in another language needs guidelines, "
      "a tokenizer and rules of its own first")
def language_not_in_guidelines(ctx: DocContext) -> Iterator[Hit]:
    """The guidelines, the tokenizer (its abbreviations, contractions and sentence split) and the rules that read words
    (pronouns V256, a mention's edges V345, cues, dates) are written for English news: a document recorded in another
    language is judged by English rules and exported as English, or, if its text is English, its language is wrong in
    every export and the card. Until the project has guidelines for another language, a document is English."""
    language = ctx.doc.meta.language
    if language not in GUIDELINE_LANGUAGES:
        yield Hit(pointer("meta", "language"), language,
                  f"{language!r}: the guidelines are written for {', '.join(sorted(GUIDELINE_LANGUAGES))}")

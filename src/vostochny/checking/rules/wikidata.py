"""The registry's Wikidata links (`annotations/entities.json`, `wikidata`): a QID's form (V307), one item a record
(V308), the record's type against the item's class (V309), and the evidence a verified link records (V336-V339): a
QID typed wrong or moved to another record is well formed and unshared, and only its sources tell."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, rule
from vostochny.checking.rules.name_forms import names_in_form
from vostochny.checking.rules.texts import ALNUM_RUNS
from vostochny.model.labels import QID_PATTERN, WIKIDATA_CLASS_TYPES
from vostochny.patterns import compiled
from vostochny.reading.evidence import EVIDENCE_FILE

if TYPE_CHECKING:
    from vostochny.model.models import Registry, RegistryEntity, WikidataSource, WikidataVerified


def _verified(ctx: CorpusContext) -> Iterator[tuple[int, RegistryEntity, WikidataVerified]]:
    """(index, record, link) for every registry record with a verified Wikidata link."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        link = r.wikidata
        if link.status == "verified":  # a model or a mirror (whose tag is a class attribute)
            yield i, r, link


@rule("V307", "wikidata-qid-malformed", "a Wikidata QID is not Q and digits",
      "write the item id as Wikidata shows it (Q7747), not its URL, label or a property id (P31)", scope="corpus")
def wikidata_qid_malformed(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is what users join on with the knowledge base: a URL, a lowercase q, a leading zero or a
    property id joins with nothing, or with the wrong item."""
    for i, r, link in _verified(ctx):
        if not QID_PATTERN.fullmatch(link.qid):
            yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{r.id}: {link.qid!r}")


@rule("V308", "wikidata-qid-shared", "two registry records have the same Wikidata QID",
      "merge the records if they are one referent; otherwise one of the QIDs is wrong: check its evidence",
      scope="corpus")
def wikidata_qid_shared(ctx: CorpusContext) -> Iterator[Hit]:
    """A Wikidata item is one referent, and so is a registry record: a QID on two records either splits
    one referent in two or links a record to another's item (Moscow's QID on Russia)."""
    for i, link, first in _second_owners(ctx):
        yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{link.qid} is also {first}'s")


def _second_owners(ctx: CorpusContext) -> Iterator[tuple[int, WikidataVerified, str]]:
    """The records whose verified QID an earlier record has (V308's), each with its link and that record's id."""
    owner: dict[str, str] = {}
    for i, r, link in _verified(ctx):
        first = owner.setdefault(link.qid, r.id)
        if first != r.id:
            yield i, link, first


def _shared(ctx: CorpusContext) -> set[int]:
    """The records whose verified QID another record has (V308's), either copy: a link copied whole, with its class
    and sources, onto another record, earlier or later, is V308's alone, not that record's class (V309) or sources
    (V338) too."""
    qids = {link.qid for _, link, _ in _second_owners(ctx)}
    return {i for i, _, link in _verified(ctx) if link.qid in qids} if qids else set()


@rule("V309", "wikidata-class-mismatch", "a record's entity type does not fit its Wikidata item's class",
      "fix the record's type, or the QID if the evidence shows another referent's item", scope="corpus")
def wikidata_class_mismatch(ctx: CorpusContext) -> Iterator[Hit]:
    """Where the evidence shows the item's class (a news agency, a country), it fixes the type: a GPE
    record linked to a news agency's item has the wrong item or the wrong type. A record whose QID another one has
    is V308's."""
    shared = _shared(ctx)
    for i, r, link in _verified(ctx):
        if i in shared:
            continue
        fits = WIKIDATA_CLASS_TYPES.get(link.instance_of or "")
        if fits is not None and fits != r.type:
            yield Hit(pointer("entities", i, "type"), r.type, f"{r.id}: its item is a {link.instance_of} ({fits})")


def _class_words(cls: str) -> re.Pattern[str]:
    """A class as a source writes it: its words in order, in lower case (`Seoul Special City` names no class), any
    punctuation between, the last one singular or plural (`news agency`, `news-agency map`, `news agencies`)."""
    words = [re.escape(word) for word in ALNUM_RUNS.findall(cls.casefold())]
    last = words.pop()
    plural = rf"{last[:-1]}(?:y|ies)" if last.endswith("y") else rf"{last}(?:s|es)?"
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join([*words, plural]) + r"(?![^\W_])")


#: what before a class's words says the source does not show it: a negation in the four words before (`is not
#: typed as a city`), or a property's id just before (`P17 country`: the property, not the item's class), but
#: for P31 (instance of) and P279 (subclass of), whose value the class is
_NOT_SHOWN = compiled(r"(?:\b(?:not|no|never|neither|nor|without)\b|n't)(?:\W+\w+){0,3}\W*$"
                      r"|\bP(?!31\b|279\b)\d+\W*$", re.IGNORECASE)


def _shows_class(cls: str, what: str) -> bool:
    """Whether `what` shows the class: its words, not negated, not a property's label."""
    return any(not _NOT_SHOWN.search(what[max(0, m.start() - 40):m.start()]) for m in _class_words(cls).finditer(what))


@rule("V339", "wikidata-class-unevidenced", "no source of a verified Wikidata link shows the class it records",
      "write the class that a source shows (quote it in the source's `what`), or none (null)", scope="corpus")
def wikidata_class_unevidenced(ctx: CorpusContext) -> Iterator[Hit]:
    """`instance_of` is recorded only where a source shows the item's class (guidelines, section 2), and V309 holds
    the record's type to it: a class that no source shows (`country` on Moscow, a GPE as a country is) is a guess
    that V309 cannot tell from the truth. Some source's `what` names it (`HIPE news-agency map`, `QID-to-country
    map`). A class that does not fit the record's type is V309's, and a link with fewer than two sources V336's."""
    for i, r, link in _verified(ctx):
        cls = link.instance_of
        if cls and WIKIDATA_CLASS_TYPES.get(cls, r.type) == r.type and _independent(link.sources) >= 2 \
                and not any(_shows_class(cls, source.what) for source in link.sources):
            yield Hit(pointer("entities", i, "wikidata", "instance_of"), link.instance_of,
                      f"{r.id}: no source shows it is a {link.instance_of}")


def _well_formed(ctx: CorpusContext) -> Iterator[tuple[int, RegistryEntity, WikidataVerified]]:
    """The verified links whose QID is Q and digits: a malformed one is V307's, and its sources cannot quote it."""
    return ((i, r, link) for i, r, link in _verified(ctx) if QID_PATTERN.fullmatch(link.qid))


#: a public file's id in a source's `where` (`file id 8849532203`, `read_file id 8849532203`)
_FILE_ID = compiled(r"(?<![0-9A-Za-z])file id (\d+)", re.IGNORECASE)
#: an address with a host of two labels or more (`https://?x`, `https://...` name no place that can be opened)
_URL = compiled(r"https?://[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+(?:[/?#:][^\s\"'<>]*)?",
                re.IGNORECASE)
#: a file's address on GitHub, raw or its page, at any commit or branch: one file (owner/name, then its path)
_GITHUB_FILE = compiled(r"(?:raw\.githubusercontent\.com|github\.com)/([^/]+/[^/]+)/(?:blob/|raw/)?[^/]+/(.+)")


def _place(where: str) -> str | None:
    """Where a source was found, as one place that anyone can open again: its file id, else its address (the last
    one: a searched-for URL comes first; without its fragment or query; a file on GitHub, raw or its page, at any
    commit, as its repository and path); None where `where` names neither (`from memory`, `a page I read`): no
    source. Copies of one file count once."""
    file_id = _FILE_ID.search(where)
    if file_id is not None:
        return f"file {file_id.group(1)}"
    urls = _URL.findall(where)
    if urls:
        url = re.split(r"[#?]", urls[-1].casefold(), maxsplit=1)[0].rstrip(".,;:/)").replace("http://", "https://")
        on_github = _GITHUB_FILE.search(url)
        return f"github.com/{on_github[1]}/{on_github[2]}" if on_github else url
    return None


def _independent(sources: Sequence[WikidataSource]) -> int:
    """How many of `sources` were found in different places that can be opened again (`_place`)."""
    return len({_place(source.where) for source in sources} - {None})


@rule("V336", "wikidata-evidence-missing", "a verified Wikidata link records fewer than two independent sources",
      "write where each source was found (its URL or public file id) and what it shows, two in different places, or "
      "make the link unverified", scope="corpus")
def wikidata_evidence_missing(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is "verified" when two public sources show it for the referent (guidelines, section 2): a link
    without them is a guess that users would join on, one source found twice is one source, and a `where` that
    names no URL or public file id (`from memory`) is no source anyone can open again."""
    for i, r, link in _verified(ctx):
        found = _independent(link.sources)
        if found < 2:
            yield Hit(pointer("entities", i, "wikidata", "sources"), link.qid,
                      f"{r.id}: {link.qid} with {found} independent source{'' if found == 1 else 's'}")


#: a QID where a source quotes it: Q and digits, not inside a longer word or number (Q7747 in "wd:Q7747")
_QUOTED_QID = compiled(r"(?<![0-9A-Za-z])Q[0-9]+(?![0-9])")


@rule("V337", "wikidata-evidence-qid", "a verified Wikidata link's QID is not the one its sources quote",
      "write the QID that the sources show (a digit typed wrong?), or sources that show this QID", scope="corpus")
def wikidata_evidence_qid(ctx: CorpusContext) -> Iterator[Hit]:
    """Every source quotes the QID it shows, so a QID typed wrong (Q7474 for Q7747) or moved to another
    record without its sources no longer matches them: well formed (V307) and unshared (V308), it would
    join the record with another item. Reported once a record, at the QID when no source quotes it."""
    for i, r, link in _well_formed(ctx):
        quoted = [_QUOTED_QID.findall(source.what) for source in link.sources]
        missing = [j for j, qids in enumerate(quoted) if link.qid not in qids]
        if not missing:
            continue
        shown = sorted({q for j in missing for q in quoted[j]})
        where = pointer("entities", i, "wikidata", "qid") if len(missing) == len(quoted) \
            else pointer("entities", i, "wikidata", "sources", missing[0], "what")
        which = f"source {missing[0] + 1}, which" if len(missing) == 1 \
            else f"sources {', '.join(str(j + 1) for j in missing)}, which"
        yield Hit(where, link.qid, f"{r.id}: {link.qid} is not in {which} "
                  f"{'quote ' + ', '.join(shown) if shown else 'quote no QID'}")


class _Found(NamedTuple):
    """Where a text names something: a QID (`what` the QID) or registry records (`what` their ids)."""

    start: int
    end: int
    what: frozenset[str]




class NamesInText:
    """Every name and alias of a registry, found in a text: its words in order, any case, any punctuation between, not
    inside a longer word; where two overlap, the one that starts first, and of those the longest (`North Korea`, not the
    `Korea` inside it); a place that follows a name after a comma alone is part of its label (`Moscow, Russia` names
    Moscow, in Russia; `Kim Jong Un, Vladimir Putin` is a list of two). Found word by word from a map of each name's
    first word (one regex of every name took 9 ms to compile, in every run of `validate`)."""

    def __init__(self, registry: Registry) -> None:
        owners: dict[tuple[tuple[str, ...], bool], set[str]] = {}
        for r in registry.entities:
            for name in (r.name, *r.aliases):
                # a name in capitals (`US`, `AP`, `TIME`) is found as written: `us` and `time` are words of their own
                as_written = name.isupper() and len(name) > 1
                words = tuple(ALNUM_RUNS.findall(name if as_written else name.casefold()))
                if words:
                    owners.setdefault((words, as_written), set()).add(r.id)
        self.places = frozenset(r.id for r in registry.entities if r.type in _PLACE_TYPES)
        self.by_first: dict[str, list[tuple[tuple[str, ...], bool, frozenset[str]]]] = {}
        for words, as_written in sorted(owners, key=lambda key: len(key[0]), reverse=True):  # the longest first
            self.by_first.setdefault(words[0].casefold(), []).append(
                (words, as_written, frozenset(owners[words, as_written])))

    def find(self, text: str) -> list[_Found]:
        """The names in `text`, in order, each with the records it names."""
        spans = [(m.start(), m.end()) for m in ALNUM_RUNS.finditer(text)]
        written = [text[start:end] for start, end in spans]
        words = [word.casefold() for word in written]
        found: list[_Found] = []
        i = 0
        while i < len(words):
            match = next(((name, ids) for name, as_written, ids in self.by_first.get(words[i], ())
                          if tuple((written if as_written else words)[i:i + len(name)]) == name), None)
            if match is None:
                i += 1
                continue
            name, ids = match
            end = spans[i + len(name) - 1][1]
            if found and ids <= self.places and _LISTED.fullmatch(text, found[-1].end, spans[i][0]):  # `Moscow, Russia`
                found[-1] = found[-1]._replace(end=end)
            else:
                found.append(_Found(spans[i][0], end, ids))
            i += len(name)
        return found


#: what lies between two names of one label (`Moscow, Russia`: a place and where it is): the first is the label's
_LISTED = compiled(r"\s*,\s*")
#: the types of the records that a label names as where a place is (`Moscow, Russia`; not `Kim Jong Un, Vladimir
#: Putin`, a list)
_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _nearest(found: Sequence[_Found], starts: Sequence[int], start: int, end: int) -> list[_Found]:
    """The items of `found` (in text order, apart from one another) nearest to the span [start, end): the last
    before it and the first after it, whichever is nearer, or both."""
    at = bisect.bisect_left(starts, start)
    near = [(start - found[at - 1].end, found[at - 1])] if at > 0 else []
    near += [(found[at].start - end, found[at])] if at < len(found) else []
    return [item for gap, item in near if gap == min(g for g, _ in near)]


def shows_for(record: str, qid: str, what: str, names: NamesInText) -> bool:
    """Whether a source's `what` shows `qid` for `record`: a name of the record whose nearest QID is `qid`, where
    the name nearest to that QID is the record's. A source may show several referents with theirs (`Japan (Q17)
    P36 (capital) = Q1490 (Tokyo)` shows Tokyo's item for Tokyo, not for Japan), or name a second referent beside
    one item (`Moscow (Q649) has 8 P17 claims, one of them ranked preferred (Russia)` shows Moscow's item, not
    Russia's). Linear in the text: each name is held to the QIDs either side of it."""
    qids = [_Found(m.start(), m.end(), frozenset((m.group(),))) for m in _QUOTED_QID.finditer(what)]
    found = names.find(what)
    qid_starts, name_starts = [q.start for q in qids], [n.start for n in found]
    for name in found:
        if record not in name.what:
            continue
        for near in _nearest(qids, qid_starts, name.start, name.end):
            if qid in near.what and any(record in n.what for n in _nearest(found, name_starts, near.start, near.end)):
                return True
    return False


@rule("V338", "wikidata-evidence-referent", "fewer than two independent sources of a verified Wikidata link name the "
      "record with its QID", "move the link back to the record its sources name, or quote sources that name this "
      "referent with the QID", scope="corpus")
def wikidata_evidence_referent(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is verified when two independent sources show it for the referent (guidelines, section 2): two of
    them, found in different places, name the record (its name or an alias) with the QID, each the other's
    nearest (`shows_for`). A link moved whole, with its sources, to another record (Kim Jong Un's on Vladimir
    Putin, Moscow's on Russia) quotes its QID still, and names the other referent with it. Checked where every
    source quotes the QID: one that does not is V337's (a QID typed or moved without its sources), and fewer
    than two sources V336's, a record whose QID another one has (the link copied whole) V308's, and a record whose
    name or an alias is out of form (a zero-width space inside, fullwidth letters: no source writes it so) V329's on
    the same record."""
    names: NamesInText | None = None
    shared = _shared(ctx)
    for i, r, link in _well_formed(ctx):
        if i in shared or _independent(link.sources) < 2 or not names_in_form([r.name, *r.aliases]) \
                or not all(link.qid in _QUOTED_QID.findall(source.what) for source in link.sources):
            continue
        names = names or NamesInText(ctx.registry)  # type: ignore[arg-type]  # a verified link: a registry
        shown = _independent([source for source in link.sources if shows_for(r.id, link.qid, source.what, names)])
        if shown < 2:
            yield Hit(pointer("entities", i, "wikidata", "sources"), link.qid,
                      f"{r.id}: {shown} independent source{'' if shown == 1 else 's'} name {r.name!r} or an alias "
                      f"with {link.qid}")


@rule("V371", "wikidata-status-against-evidence", "a registry record's Wikidata link contradicts the link the "
      "corpus's evidence file records for it (an item verified there and `no-entry` here, or the other way round, or "
      "another QID)", "compile the registry again from `scripts/annotation/wikidata_evidence.json` "
      "(`scripts/annotation/compile.py`), or correct the evidence file first where the link changed",
      scope="corpus")
def wikidata_status_against_evidence(ctx: CorpusContext) -> Iterator[Hit]:
    """Where the corpus keeps its Wikidata evidence (`scripts/annotation/wikidata_evidence.json`: the repository's
    corpus; the compiler takes each record's link from it, docs/guidelines.md, Wikidata links), a record's link is
    the one its evidence records. `no-entry` says there is no item by design (a generic class, a one-off group): a
    record whose evidence records a verified QID has one, and `verified` turned to `no-entry` by hand (Kim Jong Un's
    link, an attack's edit) dropped the QID and its sources from the registry and passed, every rule of the sources
    left with nothing to read. So a record's `no-entry` where its evidence records an item verified, its `verified`
    where the evidence says `no-entry`, its `unverified` where the evidence settled the link (a verified link made
    `unverified` by hand drops the QID and its sources as well: a review found it passed), and a verified QID other
    than the evidence's are refused. A record the file does not list, or whose evidence is `unverified` itself, is
    not judged; a corpus without the file has nothing to compare (and a file that cannot be read is said in a
    note)."""
    evidence = ctx.wikidata_evidence
    for i, r in enumerate(ctx.registry.entities if ctx.registry and evidence else []):
        recorded, status = evidence.get(r.id), r.wikidata.status
        if recorded is None or recorded.status == "unverified":
            continue
        qid = getattr(r.wikidata, "qid", None)
        recorded_qid = recorded.qid or "no QID"  # a verified evidence without one: the evidence file's own defect
        if status != recorded.status:
            said = f"verified as {recorded_qid}" if recorded.status == "verified" else f"{recorded.status!r}"
            yield Hit(pointer("entities", i, "wikidata", "status"), status,
                      f"{r.id}: {status!r} here, {said} in {EVIDENCE_FILE}")
        elif status == "verified" and qid != recorded.qid:
            yield Hit(pointer("entities", i, "wikidata", "qid"), qid,
                      f"{r.id}: {qid} here, {recorded_qid} in {EVIDENCE_FILE}")

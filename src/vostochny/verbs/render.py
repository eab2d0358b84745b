"""`vostochny render`: a static, self-contained HTML site of the corpus (or of a diff).

Every page carries its own CSS and JavaScript and links only to sibling pages, so the site opens
from the file system with no network and no server. All text is escaped. Annotations become
elements: mentions (`span.mention`, with type, kind and entity), quote fragments (`span.quote`,
with a link to the speaker mention), cues (`span.cue`) and zones (`span.zone`). Elements that
would cross are split into parts that share their data attributes, so the markup always nests.
The side panel gives each relation's factuality and each quote's attribution type, and under a quote
its other reports in the corpus (its quote links, `render_links.py`): a click on the quote, or Enter
on it, opens them, and each links to the other document's page at that quote.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from vostochny.errors import UsageError
from vostochny.model.labels import ATTRIBUTION_TYPES, ENTITY_TYPES, FACTUALITY, ZONE_KINDS
from vostochny.model.models import Document, QuoteLinks
from vostochny.reading.corpus import Corpus
from vostochny.reading.view import DocumentView
from vostochny.verbs.render_links import Reports, quote_anchor, reports, reports_block, reports_id
from vostochny.verbs.stats import COLUMNS, counts
from vostochny.writing.outputs import Marker
from vostochny.writing.writer import write_text

#: element kinds in nesting order (outermost first) when two share their boundaries.
_ORDER = {"zone": 0, "quote": 1, "mention": 2, "cue": 3}
COLOURS = {"PER": "#ffd8b1", "ORG": "#b3ccff", "GPE": "#a8e6ff", "LOC": "#b9f2d0", "FAC": "#d5c8f5",
           "NORP": "#fff0a0", "EVENT": "#f5e17a", "WEA": "#ffb3b3", "VEH": "#d9d9f2"}

CSS = """
:root{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;line-height:1.6;color:#1b1b1b}
body{margin:0 auto;padding:0 1rem 2rem;max-width:72rem}
header{padding:.75rem 0;border-bottom:1px solid #ccc}
main{display:flex;flex-wrap:wrap;gap:1.5rem}
.text{flex:3 1 28rem;white-space:pre-wrap;font-size:1.05rem}
aside{flex:1 1 16rem;font-size:.9rem}
.mention{border-radius:3px;padding:0 1px;cursor:pointer;outline-offset:1px}
.mention .mention{margin:0 1px}
.mention:focus{outline:2px solid #000}
.mention.hl{box-shadow:0 0 0 2px #c00;}
.mention.nested-0{border-bottom:2px solid #888}
.quote{background:#e8f7e8}
.quote.hl,.rel-hl{box-shadow:0 0 0 2px #2a7}
.quote.linked{border-bottom:2px dotted #2a7;cursor:pointer}
.quote.linked:focus{outline:2px solid #000}
.fact,.attribution,.wording{font-size:.85em;padding:0 .3rem;border-radius:3px;background:#eee}
.fact-denied{background:#ffd7d5}.fact-possible{background:#fff0a0}.fact-reported{background:#dbe9ff}
.unset{color:#666;font-style:italic;background:none}
details.reports{margin:.2rem 0 .4rem}
.cue{border-bottom:2px solid #333}
.speaker-link{font-size:.75em;vertical-align:super;text-decoration:none}
.zone-boilerplate{color:#999}
.zone-headline{font-weight:700;font-size:1.2em}
.zone-subheading{font-weight:700}
.zone-byline,.zone-dateline{font-style:italic}
.added{background:#c8f7c5 !important;outline:1px solid #1a7f37}
.removed{background:#ffd7d5 !important;outline:1px solid #cf222e;text-decoration:line-through}
.legend span{display:inline-block;margin:0 .4rem .3rem 0;padding:0 .35rem;border-radius:3px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
td.n{text-align:right}
li[data-head]{cursor:pointer}
@media (max-width:40rem){main{display:block}.text{font-size:1rem}}
"""

JS = """
document.addEventListener('DOMContentLoaded', function () {
  function toggleEntity(id) {
    var on = !document.querySelector('.mention[data-entity="' + id + '"].hl');
    document.querySelectorAll('.mention.hl').forEach(function (e) { e.classList.remove('hl'); });
    if (on) {
      document.querySelectorAll('.mention[data-entity="' + id + '"]').forEach(function (e) { e.classList.add('hl'); });
    }
    var info = document.getElementById('panel:selected');
    if (info) { info.textContent = on ? (document.querySelector('[data-cluster="' + id + '"]') || {textContent: id}).textContent : ''; }
  }
  document.querySelectorAll('.mention').forEach(function (el) {
    el.addEventListener('click', function (ev) { ev.stopPropagation(); toggleEntity(el.dataset.entity); });
    el.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); ev.stopPropagation(); toggleEntity(el.dataset.entity); }
    });
  });
  document.querySelectorAll('li[data-head]').forEach(function (li) {
    function mark(on) {
      [li.dataset.head, li.dataset.tail].forEach(function (m) {
        document.querySelectorAll('[data-mention="' + m + '"]').forEach(function (e) { e.classList.toggle('rel-hl', on); });
      });
    }
    li.addEventListener('mouseenter', function () { mark(true); });
    li.addEventListener('mouseleave', function () { mark(false); });
    li.addEventListener('focus', function () { mark(true); });
    li.addEventListener('blur', function () { mark(false); });
  });
  function markQuote(id) {
    document.querySelectorAll('.quote.hl').forEach(function (e) { e.classList.remove('hl'); });
    document.querySelectorAll('.quote[data-quote="' + id + '"]').forEach(function (e) { e.classList.add('hl'); });
  }
  function showReports(id, focus) {
    var box = document.getElementById('reports:' + id);
    if (!box) { return; }
    markQuote(id);
    box.open = true;
    box.scrollIntoView({block: 'nearest'});
    if (focus) { box.querySelector('summary').focus(); }
  }
  document.querySelectorAll('.quote.linked').forEach(function (el) {
    el.addEventListener('click', function (ev) { if (!ev.target.closest('a')) { showReports(el.dataset.quote, false); } });
    el.addEventListener('keydown', function (ev) {
      if (ev.target === el && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); showReports(el.dataset.quote, true); }
    });
  });
  function arrive() {
    if (location.hash.indexOf('#quote:') !== 0) { return; }
    var id = decodeURIComponent(location.hash.slice(7)), first = document.getElementById('quote:' + id);
    if (!first) { return; }
    markQuote(id);
    var box = document.getElementById('reports:' + id);
    if (box) { box.open = true; }
    first.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', arrive);
  arrive();
  if (location.hash.indexOf('#entity=') === 0) { toggleEntity(decodeURIComponent(location.hash.slice(8))); }
  if (location.hash.indexOf('#kb=') === 0) {
    var first = document.querySelector('.mention[data-kb="' + decodeURIComponent(location.hash.slice(4)) + '"]');
    if (first) { toggleEntity(first.dataset.entity); first.scrollIntoView(); }
  }
});
"""  # noqa: E501 - the script is served as written: its long lines stay whole


#: a diff status by element: ("mention", start, end) or ("quote", quote id) -> "added" or "removed"
Status = dict[tuple[str, int, int] | tuple[str, str], str]


@dataclass
class Element:
    """An annotation to draw: its span, kind, attributes and extra CSS classes."""

    start: int
    end: int
    kind: str
    attrs: dict[str, str]
    classes: list[str] = field(default_factory=list)
    suffix: str = ""  # HTML after the element's last part (the speaker link of a quote)

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, _ORDER[self.kind])


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def elements(view: DocumentView, status: Status | None = None, linked: Set[str] = frozenset()) -> list[Element]:
    """The drawable elements of a document; `status` marks added/removed ones in a diff; the quotes
    `linked` (by id) have other reports, which a click on them opens."""
    status, doc = status or {}, view.doc
    found = [Element(z.start, z.end, "zone", {"data-zone": z.kind}, [f"zone-{z.kind}"]) for z in doc.zones]
    for m in doc.mentions:
        entity = view.entities.get(m.entity)
        etype = entity.type if entity else "?"
        attrs = {"id": m.id, "data-mention": m.id, "data-entity": m.entity, "data-type": etype,
                 "data-kind": m.kind, "data-kb": (entity.kb_id or "") if entity else "", "tabindex": "0",
                 "style": f"background:{COLOURS.get(etype, '#eee')}",
                 "title": f"{etype} {m.kind}{' metonymy' if m.metonymy else ''} · {m.entity}"}
        found.append(Element(m.start, m.end, "mention", attrs, [status.get(("mention", m.start, m.end), "")]))
    for q in doc.quotes:
        title = f"{q.kind} quote {q.id} · {q.attribution or 'attribution not annotated'}"
        extra = {"tabindex": "0", "aria-controls": reports_id(q.id)} if q.id in linked else {}
        if q.id in linked:
            title += " · click or press Enter for its other reports"
        for n, part in enumerate(q.content):
            attrs = {"data-quote": q.id, "data-kind": q.kind, "data-speaker": q.speaker or "",
                     "data-attribution": q.attribution or "", "title": title, **extra, "id": quote_anchor(q.id)}
            last = n == len(q.content) - 1
            link = (f'<a class="speaker-link" href="#{_e(q.speaker)}" title="speaker">→</a>' if q.speaker and last
                    else "")
            classes = [status.get(("quote", q.id), ""), "linked" if q.id in linked else ""]
            found.append(Element(part.start, part.end, "quote", attrs, classes, link))
        if q.cue:
            found.append(Element(q.cue.start, q.cue.end, "cue", {"data-cue": q.id}))
    return sorted(found, key=lambda e: e.key)


def markup(text: str, items: list[Element]) -> str:
    """Escaped text with the elements as nested spans (crossing ones split into parts).

    One sweep over the element boundaries, in time linear in the text, the elements and the
    markup written: the stack of open elements stays in element order, so at each boundary
    only the elements that end there and those opened above them are closed (and the latter
    reopened). Empty spans and spans outside the text (unvalidated input) have nothing to draw."""
    order = sorted((e for e in items if 0 <= e.start < e.end <= len(text)), key=lambda e: e.key)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for rank, e in enumerate(order):
        starts[e.start].append(rank)
        ends[e.end].append(rank)
    points = sorted({0, len(text), *starts, *ends})
    out: list[str] = []
    stack: list[int] = []  # ranks into `order`, ascending
    depth: dict[int, int] = {}  # rank -> its index in `stack`
    for a, b in pairwise(points):
        ended = [depth[r] for r in ends.get(a, ()) if r in depth]
        reopen = []
        while ended and len(stack) > min(ended):
            rank = stack.pop()
            del depth[rank]
            out.append(_close(order[rank], end_reached=order[rank].end <= a))
            if order[rank].end > a:
                reopen.append(rank)
        for rank in sorted(reopen + starts.get(a, [])):
            depth[rank] = len(stack)
            stack.append(rank)
            out.append(_open(order[rank]))
        out.append(_e(text[a:b]))
        while stack and order[stack[-1]].end == b:
            del depth[stack[-1]]
            out.append(_close(order[stack.pop()], end_reached=True))
    return "".join(out)


def _open(e: Element) -> str:
    classes = " ".join(c for c in [e.kind, *e.classes] if c)
    attrs = "".join(f' {k}="{_e(v)}"' for k, v in e.attrs.items())
    return f'<span class="{classes}"{attrs}>'


def _close(e: Element, end_reached: bool) -> str:
    return "</span>" + (e.suffix if end_reached else "")


def _dedupe_ids(page: str) -> str:
    """A split element repeats its `id`; keep the first so that links and ids stay unique."""
    seen: set[str] = set()

    def keep(match: re.Match[str]) -> str:
        value: str = match.group(1)
        if value in seen:
            return ""
        seen.add(value)
        whole: str = match.group(0)
        return whole

    return re.sub(r' id="([^"]+)"', keep, page)


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML page."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{_e(title)}</title>\n'
            f"<style>{CSS}</style>\n<script>{JS}</script>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def legend() -> str:
    types = "".join(f'<span style="background:{COLOURS[t]}" title="{_e(d)}">{t}</span>'
                    for t, d in ENTITY_TYPES.items())
    zones = ", ".join(ZONE_KINDS)
    return (f'<p class="legend" aria-label="legend">{types} <span class="quote">quote</span> '
            f'<span class="cue">cue</span> <span class="zone-boilerplate">boilerplate</span></p>'
            f"<p><small>Zones: {_e(zones)}. Click or press Enter on a mention to highlight its entity; hover a "
            f"relation to see its arguments; click or press Enter on a dotted quote to see its other reports in "
            f"the corpus.</small></p>")


@dataclass(frozen=True)
class Linked:
    """What a page needs of the corpus's quote links: every quote's other reports, the documents'
    views (to show a report's speaker and content) and the documents that have a page."""

    reports: Reports
    views: Mapping[str, DocumentView]
    pages: Set[str]


def document_body(view: DocumentView, elsewhere: dict[str, list[str]], status: Status | None = None,
                  extra: str = "", linked: Linked | None = None) -> str:
    """The page body of one document: highlighted text and the side panel."""
    doc, text, mentions = view.doc, view.text or "", view.mentions
    found = linked or Linked({}, {}, frozenset())
    blocks = {q.id: reports_block(doc.id, q.id, found.reports, found.views, found.pages) for q in doc.quotes}
    sizes = Counter(m.entity for m in doc.mentions)
    clusters = "".join(
        f'<li data-cluster="{_e(e.id)}">{_e(e.type)} <b>{_e(e.name)}</b> ({sizes[e.id]} mentions)'
        + _other_docs(e.kb_id, doc.id, elsewhere) + "</li>" for e in doc.entities)
    relations = "".join(
        f'<li tabindex="0" data-head="{_e(r.head)}" data-tail="{_e(r.tail)}" data-relation="{_e(r.id)}">'
        f"{_e(r.type)}(<a href=\"#{_e(r.head)}\">{_e(mentions[r.head].text if r.head in mentions else r.head)}</a>, "
        f"<a href=\"#{_e(r.tail)}\">{_e(mentions[r.tail].text if r.tail in mentions else r.tail)}</a>) "
        f"{_label('fact', r.factuality, FACTUALITY, 'factuality')}</li>"
        for r in doc.relations)
    quotes = "".join(
        f'<li data-quote-item="{_e(q.id)}">{_e(q.kind)} '
        f'{_label("attribution", q.attribution, ATTRIBUTION_TYPES, "attribution")}: '
        f'“{_e(" … ".join(c.text for c in q.content)[:120])}” — '
        + (f'<a href="#{_e(q.speaker)}">{_e(mentions[q.speaker].text)}</a>' if q.speaker in mentions
           else "unattributed")
        + blocks[q.id] + "</li>" for q in doc.quotes)
    linked_quotes = {q for q, block in blocks.items() if block}
    meta = " · ".join(_e(x) for x in (doc.meta.outlet, doc.meta.title, doc.meta.date) if x)
    return (f'<header><a href="index.html">← all documents</a><h1>{_e(doc.id)}</h1><p>{meta}</p>{legend()}'
            f'<p id="panel:selected" aria-live="polite"></p></header>{extra}<main><div class="text">'
            f"{markup(text, elements(view, status, linked_quotes))}</div><aside><h2>Entities</h2><ul>{clusters}</ul>"
            f"<h2>Relations</h2><ul>{relations}</ul><h2>Quotes</h2><ul>{quotes}</ul></aside></main>")


def _label(kind: str, value: str | None, labels: Mapping[str, str], name: str) -> str:
    """A relation's factuality or a quote's attribution type as a small label; null: not annotated."""
    if value is None:
        return f'<span class="{kind} unset" data-{name}="">{name} not annotated</span>'
    return (f'<span class="{kind} {kind}-{_e(value)}" data-{name}="{_e(value)}" title="{_e(labels.get(value, ""))}">'
            f"{_e(value)}</span>")


def _other_docs(kb_id: str | None, doc_id: str, elsewhere: dict[str, list[str]]) -> str:
    others = [d for d in elsewhere.get(kb_id or "", []) if d != doc_id]
    if not kb_id or not others:
        return ""
    links = ", ".join(f'<a href="{_e(d)}.html#kb={_e(kb_id)}">{_e(d)}</a>' for d in others)
    return f" <small>also in {links}</small>"


def index_body(docs: list[Document], title: str = "vostochny corpus", extra: str = "") -> str:
    head = "".join(f"<th>{c}</th>" for c in ("document", "outlet", *COLUMNS)) if docs else ""
    rows = "".join(
        f'<tr><td><a href="{_e(d.id)}.html">{_e(d.id)}</a></td><td>{_e(d.meta.outlet or "—")}</td>'
        + "".join(f'<td class="n">{v}</td>' for v in counts(d).values()) + "</tr>" for d in docs)
    return f"<header><h1>{_e(title)}</h1>{legend()}{extra}</header><table><tr>{head}</tr>{rows}</table>"


def render_site(items: Sequence[DocumentView], out: Path, only: list[str] | None = None,
                links: QuoteLinks | None = None) -> list[Path]:
    """Write `index.html` and one page per document; returns the written paths. `links` are the
    corpus's quote links (`corpus_quote_links`), None where it has none."""
    docs = [item.doc for item in items]
    elsewhere: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for kb in sorted({e.kb_id for e in d.entities if e.kb_id}):
            elsewhere[kb].append(d.id)
    chosen = [item for item in items if not only or item.doc.id in only]
    linked = Linked(reports(links), {item.doc.id: item for item in items}, frozenset(i.doc.id for i in chosen))
    written = [out / "index.html"]
    n = len(links.links) if links else 0
    count = (f"<p>{n} quote link{'s' if n != 1 else ''} join{'' if n != 1 else 's'} reports of one utterance across "
             "documents: open a document and click a dotted quote.</p>") if links else ""
    write_text(written[0], page("vostochny corpus", index_body([i.doc for i in chosen], extra=count)))
    for item in chosen:
        assert item.text is not None  # the views of a valid corpus (`iter_documents`) hold their raw texts
        path = out / f"{item.doc.id}.html"
        write_text(path, _dedupe_ids(page(item.doc.id, document_body(item, elsewhere, linked=linked))))
        written.append(path)
    return [*written, write_marker(out, written)]


#: the file every rendering writes, `generator` then `pages` (`write_marker`): a folder holding it
#: is an earlier rendering, safe to replace
MARKER = Marker("site.json", ("generator", "pages"), frozenset({"generator", "pages"}))


def write_marker(out: Path, pages: list[Path]) -> Path:
    """`site.json`: what wrote the folder and its pages (so a later render may replace it).
    `generator` then `pages` are its keys, in this order whatever the number of pages:
    `outputs.is_ours` knows an earlier rendering by them (`MARKER`) past the size it reads."""
    path = out / MARKER.file
    marker = {"generator": "vostochny render", "pages": sorted(p.name for p in pages)}
    write_text(path, json.dumps(marker, indent=1) + "\n")
    return path


def render_diff(a: Path, b: Path, out: Path, names: tuple[str, str] | None = None,
                only_ids: Sequence[str] = ()) -> list[Path]:
    """Pages that show corpus B against A: added elements green, removed red. A document only in
    B shows as wholly added, one only in A as wholly removed. `names` are how the user named A
    and B (a folder or a git revision), for the index title and the files of a document that does
    not load (`CorpusError`). `only_ids`: the documents to show (default: all); a `UsageError` names those that
    neither corpus has."""
    from vostochny.verbs.compare import changes, read_documents

    docs_a, docs_b = read_documents(a, names and names[0]), read_documents(b, names and names[1])
    name_a, name_b = names or (str(a), str(b))
    ids = sorted(set(docs_a) | set(docs_b))
    if unknown := sorted(set(only_ids) - set(ids)):
        raise UsageError(f"no such document in {name_a} or {name_b}: {', '.join(unknown)}")
    if only_ids:
        ids = [doc_id for doc_id in ids if doc_id in only_ids]
        docs_a, docs_b = ({k: v for k, v in docs.items() if k in ids} for docs in (docs_a, docs_b))
    written = [out / "index.html"]
    shown: list[Document] = []
    for doc_id in ids:
        old = docs_a[doc_id] if doc_id in docs_a else DocumentView(_blank(docs_b[doc_id].doc), None)
        new = docs_b[doc_id] if doc_id in docs_b else DocumentView(_blank(docs_a[doc_id].doc), None)
        text = _raw_text(b, doc_id) or _raw_text(a, doc_id) or ""
        merged, status = _merge(old.doc, new.doc)
        found = changes(old, new)
        whole = "" if doc_id in docs_a and doc_id in docs_b else (
            f"<p>Document only in {_e(name_b if doc_id in docs_b else name_a)}: "
            f"{'added' if doc_id in docs_b else 'removed'} whole.</p>")
        listing = "".join(f'<li class="{c.change if c.change in ("added", "removed") else ""}">'
                          f"{_e(c.layer)} {_e(c.change)}: {_e(c.item)}</li>" for c in found)
        extra = f"<section><h2>{len(found)} changes</h2>{whole}<ul>{listing}</ul></section>"
        path = out / f"{doc_id}.html"
        body = document_body(DocumentView(merged, text), {}, status, extra)
        write_text(path, _dedupe_ids(page(f"diff {doc_id}", body)))
        written.append(path)
        shown.append(merged)
    only = (f"<p>Only in {_e(name_a)} (removed): {_e(', '.join(sorted(set(docs_a) - set(docs_b))) or 'none')}; "
            f"only in {_e(name_b)} (added): {_e(', '.join(sorted(set(docs_b) - set(docs_a))) or 'none')}.</p>")
    write_text(written[0], page("vostochny diff", index_body(shown, f"diff: {name_a} → {name_b}", only)))
    return [*written, write_marker(out, written)]


def _blank(doc: Document) -> Document:
    """`doc` with no annotations: the missing side of a document that only one corpus has."""
    return doc.model_copy(update={layer: [] for layer in ("zones", "entities", "mentions", "relations", "quotes")})


def _raw_text(root: Path, doc_id: str) -> str | None:
    from vostochny.reading.loader import read_raw

    return read_raw(Corpus(root).raw_path(doc_id), within=root)


def _merge(a: Document, b: Document) -> tuple[Document, Status]:
    """B's document plus A's mentions and quotes that B lacks, with their diff status."""
    from vostochny.model.quote_matching import content_key

    spans_a = {(m.start, m.end) for m in a.mentions}
    spans_b = {(m.start, m.end) for m in b.mentions}
    gone = spans_a - spans_b
    status: Status = {("mention", *s): "added" for s in spans_b - spans_a}
    status.update({("mention", *s): "removed" for s in gone})
    removed = [m.model_copy(update={"id": f"old-{m.id}", "entity": f"old-{m.entity}"}) for m in a.mentions
               if (m.start, m.end) in gone]
    old_ids = {m.entity for m in removed}
    old_entities = [e.model_copy(update={"id": f"old-{e.id}"}) for e in a.entities if f"old-{e.id}" in old_ids]
    content_a = {content_key(q) for q in a.quotes}
    content_b = {content_key(q) for q in b.quotes}
    status.update({("quote", q.id): "added" for q in b.quotes if content_key(q) not in content_a})
    removed_quotes = [q.model_copy(update={"id": f"old-{q.id}", "speaker": None}) for q in a.quotes
                      if content_key(q) not in content_b]
    status.update({("quote", q.id): "removed" for q in removed_quotes})
    merged = b.model_copy(update={"mentions": [*b.mentions, *removed], "entities": [*b.entities, *old_entities],
                                  "quotes": [*b.quotes, *removed_quotes]})
    return merged, status

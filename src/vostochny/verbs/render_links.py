"""The viewer's quote links: for each quote, its other reports (the quotes of other documents that a
link of `annotations/quote_links.json` joins it to), as the side panel lists them.

Each report shows the other document, the speaker (the entity's name, else the mention's text), the
content, the link's wording label and the channels it went through (`via`), and links to the other
document's page at that quote (`<doc>.html#quote:<id>`: the quote's first part carries that id, which
no local id can take since ':' is not in their pattern). A report whose document or quote the corpus
lacks (an unvalidated links file), or whose page was not rendered, is shown without a link."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping, Set
from dataclasses import dataclass

from vostochny.model.labels import QUOTE_LINK_WORDINGS
from vostochny.model.models import Intermediary, Quote, QuoteLinks
from vostochny.reading.view import DocumentView


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def quote_anchor(quote_id: str) -> str:
    """The element id of a quote's first part in the text: the target of a report's link."""
    return f"quote:{quote_id}"


def reports_id(quote_id: str) -> str:
    """The element id of a quote's list of other reports in the side panel."""
    return f"reports:{quote_id}"


@dataclass(frozen=True)
class Report:
    """One other report of a quote: the quote `quote` of `document`, joined by a link of `wording`."""

    document: str
    quote: str
    wording: str
    via: tuple[Intermediary, ...]
    note: str | None
    link: str


#: the other reports of each quote: (document id, quote id) -> its reports, in link order
Reports = dict[tuple[str, str], list[Report]]


def reports(links: QuoteLinks | None) -> Reports:
    """Each linked quote's other reports (both ends of each link)."""
    found: Reports = defaultdict(list)
    for link in links.links if links else []:
        for this, other in ((link.a, link.b), (link.b, link.a)):
            found[this.document, this.quote].append(
                Report(other.document, other.quote, link.wording, tuple(link.via), link.note, link.id))
    return dict(found)


def _quote(views: Mapping[str, DocumentView], doc_id: str, quote_id: str) -> Quote | None:
    view = views.get(doc_id)
    return next((q for q in view.doc.quotes if q.id == quote_id), None) if view else None


def _speaker(view: DocumentView, quote: Quote) -> str:
    mention = view.mentions.get(quote.speaker or "")
    if mention is None:
        return "unattributed"
    entity = view.entities.get(mention.entity)
    return entity.name if entity else mention.text


def _via(via: tuple[Intermediary, ...]) -> str:
    if not via:
        return ""
    names = ", ".join(f'<span class="via"{_title(v.kb_id)}>{_e(v.name)}</span>' for v in via)
    return f" via {names}"


def _title(kb_id: str | None) -> str:
    return f' title="registry record {_e(kb_id)}"' if kb_id else ""


def report_item(report: Report, views: Mapping[str, DocumentView], pages: Set[str]) -> str:
    """One report as a list item: a link to the other page at the quote, where that page and quote exist."""
    quote = _quote(views, report.document, report.quote)
    wording = (f'<span class="wording" data-wording="{_e(report.wording)}" '
               f'title="{_e(QUOTE_LINK_WORDINGS.get(report.wording, ""))}">{_e(report.wording)}</span>')
    note = f' <small class="note">{_e(report.note)}</small>' if report.note else ""
    tail = f" · {wording}{_via(report.via)}{note}"
    if quote is None:
        return (f'<li data-report="{_e(report.document)}/{_e(report.quote)}">{_e(report.document)}, quote '
                f"{_e(report.quote)} (not in this corpus){tail}</li>")
    content = " … ".join(c.text for c in quote.content)
    shown = f"{content[:160]}…" if len(content) > 160 else content
    where = (f'<a href="{_e(report.document)}.html#{_e(quote_anchor(report.quote))}">{_e(report.document)}</a>'
             if report.document in pages else f"{_e(report.document)} (page not rendered)")
    return (f'<li data-report="{_e(report.document)}/{_e(report.quote)}">{where}: '
            f"{_e(_speaker(views[report.document], quote))}: “{_e(shown)}”{tail}</li>")


def reports_block(doc_id: str, quote_id: str, found: Reports, views: Mapping[str, DocumentView],
                  pages: Set[str]) -> str:
    """A quote's other reports as a `details` element (opened by a click on the quote), or nothing."""
    mine = found.get((doc_id, quote_id), [])
    if not mine:
        return ""
    count = f"{len(mine)} other report{'s' if len(mine) != 1 else ''}"
    items = "".join(report_item(r, views, pages) for r in mine)
    return (f'<details class="reports" id="{_e(reports_id(quote_id))}" data-reports-of="{_e(quote_id)}">'
            f"<summary>{count}</summary><ul>{items}</ul></details>")

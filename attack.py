"""Attack classes (a)-(f): make each edit on a copy of a corpus document, count edits that draw no error/warning."""
from __future__ import annotations

import copy
import json
import sys
from collections import Counter, defaultdict

WT = sys.argv[1] if len(sys.argv) > 1 else "/work/wt-attack28"
sys.path.insert(0, WT)
from tests.sample import corpus_document, corpus_report  # noqa: E402
from vostochny.model.labels import (SYMMETRIC_RELATIONS, ENTITY_TYPES, QUOTE_KINDS, ZONE_KINDS,  # noqa: E402
                                    ATTRIBUTION_TYPES, REPORTING_WORDS, UTTERANCE_CUES, THOUGHT_CUES)

DOCS = ["ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials",
        "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"]
SAYING = REPORTING_WORDS | UTTERANCE_CUES | THOUGHT_CUES


def sentence_of(doc, pos):
    return next(s for s in doc["sentences"] if s["start"] <= pos < s["end"])


def zone_of(doc, pos):
    return next((z for z in doc["zones"] if z["start"] <= pos < z["end"]), None)


def edits(doc, text):
    ments = {m["id"]: m for m in doc["mentions"]}
    # (a) head and tail swapped
    for i, r in enumerate(doc["relations"]):
        if r["type"] in SYMMETRIC_RELATIONS:
            continue
        def f(d, i=i):
            r = d["relations"][i]; r["head"], r["tail"] = r["tail"], r["head"]
        yield "a-swap", f"{r['id']} {r['type']}", f
    # (b) speaker re-pointed
    for i, q in enumerate(doc["quotes"]):
        if q["speaker"] is None:
            continue
        sp = ments[q["speaker"]]
        anchor = q["cue"]["start"] if q["cue"] else q["content"][0]["start"]
        s = sentence_of(doc, anchor)
        z = zone_of(doc, anchor)
        inside = lambda m: any(c["start"] <= m["start"] < c["end"] for c in q["content"])
        for m in doc["mentions"]:
            if m["entity"] == sp["entity"] or inside(m):
                continue
            if s["start"] <= m["start"] < s["end"]:
                cls = "b-speaker-sentence"
            elif z and z["start"] <= m["start"] < z["end"]:
                cls = "b-speaker-paragraph"
            else:
                continue
            def f(d, i=i, mid=m["id"]):
                d["quotes"][i]["speaker"] = mid
            yield cls, f"{q['id']} {sp['text']}->{m['text']}", f
    # (c) cue moved to another word of its sentence; kind / attribution changed
    for i, q in enumerate(doc["quotes"]):
        for k in QUOTE_KINDS:
            if k != q["kind"]:
                def f(d, i=i, k=k):
                    d["quotes"][i]["kind"] = k
                yield "c-kind", f"{q['id']} {q['kind']}->{k}", f
        for k in ATTRIBUTION_TYPES:
            if q["attribution"] and k != q["attribution"]:
                def f(d, i=i, k=k):
                    d["quotes"][i]["attribution"] = k
                yield "c-attribution", f"{q['id']} {q['attribution']}->{k}", f
        if not q["cue"]:
            continue
        s = sentence_of(doc, q["cue"]["start"])
        for t in doc["tokens"]:
            if not (s["start"] <= t[0] and t[1] <= s["end"]) or not any(c.isalpha() for c in t[2]):
                continue
            if q["cue"]["start"] <= t[0] < q["cue"]["end"] or any(c["start"] <= t[0] < c["end"] for c in q["content"]):
                continue
            low = t[2].lower()
            cls = "c-cue-saying" if low in SAYING or low.rstrip("sd") in SAYING or low[:-3] in SAYING else "c-cue-other"
            def f(d, i=i, t=t):
                d["quotes"][i]["cue"] = {"start": t[0], "end": t[1], "text": t[2]}
            yield cls, f"{q['id']} {q['cue']['text']}->{t[2]}", f
    # (d) chain split
    per = Counter(m["entity"] for m in doc["mentions"])
    ents = {e["id"]: e for e in doc["entities"]}
    for i, m in enumerate(doc["mentions"]):
        if per[m["entity"]] < 2:
            continue
        def f(d, i=i, m=m):
            e = copy.deepcopy(ents[m["entity"]]); e["id"] = "e999"; d["entities"].append(e)
            d["mentions"][i]["entity"] = "e999"
        yield f"d-split-{m['kind']}", f"{m['id']} {m['text']} of {ents[m['entity']]['name']}", f
    # (e) entity type changed
    for i, e in enumerate(doc["entities"]):
        for t in ENTITY_TYPES:
            if t != e["type"]:
                def f(d, i=i, t=t):
                    d["entities"][i]["type"] = t
                yield "e-type", f"{e['id']} {e['name']} {e['type']}->{t}", f
    # (f) zones
    zs = doc["zones"]
    for i, z in enumerate(zs):
        for k in ZONE_KINDS:
            if k != z["kind"]:
                def f(d, i=i, k=k):
                    d["zones"][i]["kind"] = k
                yield "f-zone-kind", f"{i} {z['text'][:30]!r} {z['kind']}->{k}", f
    for i in range(len(zs) - 1):
        a, b = zs[i], zs[i + 1]
        def merge(d, i=i):
            a, b = d["zones"][i], d["zones"][i + 1]
            a["end"] = b["end"]; a["text"] = text[a["start"]:a["end"]]; del d["zones"][i + 1]
        yield "f-zone-merge", f"{i} {a['kind']}+{b['kind']}", merge
        sa = [s for s in doc["sentences"] if a["start"] <= s["start"] and s["end"] <= a["end"]]
        sb = [s for s in doc["sentences"] if b["start"] <= s["start"] and s["end"] <= b["end"]]
        if len(sa) >= 2:
            def down(d, i=i, cut=sa[-1]["start"]):
                a, b = d["zones"][i], d["zones"][i + 1]
                a["end"] = len(text[:cut].rstrip()); a["text"] = text[a["start"]:a["end"]]
                b["start"] = cut; b["text"] = text[b["start"]:b["end"]]
            yield "f-zone-sentence", f"{i} last sentence down", down
        if len(sb) >= 2:
            def up(d, i=i, cut=sb[0]["end"], nxt=sb[1]["start"]):
                a, b = d["zones"][i], d["zones"][i + 1]
                a["end"] = cut; a["text"] = text[a["start"]:a["end"]]
                b["start"] = nxt; b["text"] = text[b["start"]:b["end"]]
            yield "f-zone-sentence", f"{i} first sentence up", up


def main(out):
    total, passed = Counter(), defaultdict(list)
    caught = defaultdict(Counter)
    for name in DOCS:
        doc, text = corpus_document(name)
        for cls, label, f in edits(doc, text):
            d = copy.deepcopy(doc); f(d)
            probs = corpus_report(d, text)
            total[cls] += 1
            if not probs:
                passed[cls].append(f"{name} {label}")
            else:
                caught[cls][" ".join(sorted({p.code for p in probs}))] += 1
    json.dump({"total": total, "passed": passed, "caught": caught}, open(out, "w"), indent=1, ensure_ascii=False)
    for cls in sorted(total):
        print(f"{cls:22s} {len(passed[cls]):4d} of {total[cls]:4d} pass")


if __name__ == "__main__":
    main(sys.argv[2] if len(sys.argv) > 2 else "/tmp/attack28/before.json")

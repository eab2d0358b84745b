"""Run only some classes of attack.py: python one.py WT OUT class-prefix..."""
import copy, json, sys
from collections import Counter, defaultdict
sys.argv, classes = sys.argv[:3], sys.argv[3:]
import attack
from tests.sample import corpus_document, corpus_report
total, passed, caught = Counter(), defaultdict(list), defaultdict(Counter)
for name in attack.DOCS:
    doc, text = corpus_document(name)
    for cls, label, f in attack.edits(doc, text):
        if not any(cls.startswith(c) for c in classes):
            continue
        d = copy.deepcopy(doc); f(d)
        probs = corpus_report(d, text)
        total[cls] += 1
        if not probs:
            passed[cls].append(f"{name} {label}")
        else:
            caught[cls][" ".join(sorted({p.code for p in probs}))] += 1
json.dump({"total": total, "passed": passed, "caught": caught}, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
for cls in sorted(total):
    print(f"{cls:22s} {len(passed[cls]):4d} of {total[cls]:4d} pass", dict(caught[cls]))

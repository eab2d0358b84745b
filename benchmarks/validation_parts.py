"""Where in-memory validation spends its time, part by part (CPU, best of N, one process).

    python benchmarks/validation_parts.py /tmp/vostochny-bench/synthetic-2000 500 5 --rules

Times, per document, on the same bytes read once: `orjson.loads`; the typed `msgspec` decode alone;
the decode with the duplicate-key proof and the defaults (`loader.fast_document`); full validation
(`validate_document_bytes`); the view and the document rules on decoded documents; with `--rules`,
each document rule on views whose indexes are already built (the largest first). The objects alive
before timing are frozen out of the garbage collector's passes, as `validate`'s pass does
(`--collector` leaves them in).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from vostochny.checking.rules import RULES, DocContext
from vostochny.checking.validator import validate_document_bytes
from vostochny.reading import fastpath, loader
from vostochny.reading.view import DocumentView


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a corpus root (e.g. made by scripts/synthesize.py)")
    parser.add_argument("documents", type=int, help="how many of its documents to time")
    parser.add_argument("reps", type=int, nargs="?", default=5, help="runs of each part; the fastest counts")
    parser.add_argument("--rules", action="store_true", help="also time each document rule alone")
    parser.add_argument("--collector", action="store_true", help="leave the objects alive before timing to the "
                        "garbage collector's passes")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    root, n, reps = args.corpus, args.documents, args.reps
    files = [p for p in sorted((root / "annotations").glob("*.json"))
             if p.name not in ("entities.json", "splits.json", "quote_links.json")][:n]
    reg = loader.load_registry(root / "annotations/entities.json", "entities.json").model
    rows = [(p.stem, p.read_bytes(), (root / "raw" / f"{p.stem}.txt").read_bytes().decode()) for p in files]
    docs = [(loader.fast_document(b), t, s) for s, b, t in rows]
    rules = [r for r in RULES if r.scope == "document"]

    def view_and_rules() -> None:
        for doc, text, stem in docs:
            ctx = DocContext(DocumentView(doc, text), reg, stem)
            for r in rules:
                list(r.check(ctx))

    def each(fn: Callable[[str, bytes, str], object]) -> Callable[[], None]:
        def run() -> None:  # each result dropped at once, as a pass over a corpus does
            for stem, data, text in rows:
                fn(stem, data, text)
        return run

    cases: dict[str, Callable[[], object]] = {
        "orjson": each(lambda s, b, t: orjson.loads(b)),
        "msgspec decode": each(lambda s, b, t: fastpath.decode(b)),
        "decode, proof, defaults": each(lambda s, b, t: loader.fast_document(b)),
        "full validation": each(lambda s, b, t: validate_document_bytes(b, t, reg, s)),
        "view and rules": view_and_rules,
    }
    if not args.collector:
        gc.freeze()
    best = {name: best_time(fn, reps) for name, fn in cases.items()}
    for name, seconds in best.items():
        print(f"{name:24s} {seconds / n * 1e6:8.1f} us/doc  {seconds / best['orjson']:5.2f}x orjson")
    if args.rules:
        contexts = [DocContext(DocumentView(doc, text), reg, stem) for doc, text, stem in docs]
        for ctx in contexts:  # build every index the rules ask for
            for r in rules:
                list(r.check(ctx))
        per = {r.code: best_time(lambda r=r: [list(r.check(ctx)) for ctx in contexts], 3) for r in rules}
        print(f"document rules, indexes built: {sum(per.values()) / n * 1e6:.1f} us/doc")
        for code, seconds in sorted(per.items(), key=lambda item: -item[1]):
            print(f"  {code} {seconds / n * 1e6:6.1f} us/doc")


def best_time(fn: Callable[[], object], reps: int) -> float:
    """The fastest of `reps` runs, in CPU time."""
    best = float("inf")
    for _ in range(reps):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


if __name__ == "__main__":
    main()

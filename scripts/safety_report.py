"""The safety decision's figures: 5-fold cross-validation on the training examples written for
it (nlu_data/safety), and the four frozen held-out corpora (tests/heldout/safety to safety4,
written by helpers who never read our code or data), never trained on.

    .venv/bin/python scripts/safety_report.py [--cv] [--heldout] [--misses]

Thresholds are tuned on the cross-validation figures only; the held-out figures are reported.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.safety.decision import decide
from assistant.safety.measure import (
    HELDOUT_2,
    HELDOUT_3,
    HELDOUT_4,
    HELDOUT_5,
    HELDOUT_6,
    HELDOUT_7,
    HELDOUT_8,
    HELDOUT_9,
    HELDOUT_10,
    HELDOUT_11,
    HELDOUT_12,
    HELDOUT_13,
    HELDOUT_14,
    HELDOUT_15,
    HELDOUT_16,
    figures,
    load_rows,
    meets_targets,
)
from assistant.safety.model import NLU_DIR, SafetyModel, _jsonl_examples, _nlu_examples

_KIND = {"crisis": "crisis", "safeguarding": "safeguarding", "ordinary": "ordinary"}


def cross_validation(folds: int = 5, seed: int = 7) -> dict:
    """Fit without each fold of nlu_data/safety, decide on that fold; pooled figures."""
    base = _nlu_examples(NLU_DIR)
    extra = _jsonl_examples(NLU_DIR / "safety")
    rows = []
    for text, label, asking in extra:
        kind = "ordinary" if label in ("ordinary", "unsure") else label
        subtype = "ambiguous" if label == "unsure" else ""
        rows.append({"text": text, "kind": kind, "subtype": subtype, "asking": asking})
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    pooled: list[dict] = []
    results = []
    for k in range(folds):
        held = {i for j, i in enumerate(order) if j % folds == k}
        model = SafetyModel.fit(base + [e for i, e in enumerate(extra) if i not in held])
        fold_rows = [rows[i] for i in sorted(held)]
        results.append(figures(fold_rows, lambda t, a, m=model: decide(t, a, model=m)))
        pooled += fold_rows
    counts: dict = collections.defaultdict(lambda: collections.Counter())
    for r in results:
        for kind, c in r["counts"].items():
            counts[kind].update(c)
    merged = figures([], decide)  # an empty shape to fill
    n = {k: dict(v) for k, v in counts.items()}
    merged["counts"] = n

    def rate(kind: str, *levels: str) -> float:
        c = n.get(kind, {"n": 0})
        return round(sum(c.get(lv, 0) for lv in levels) / c["n"], 4) if c.get("n") else 0.0

    merged["rates"] = {
        "crisis_any": rate("crisis", "signpost", "check"),
        "crisis_signpost": rate("crisis", "signpost"),
        "safeguarding_any": rate("safeguarding", "signpost", "check"),
        "safeguarding_signpost": rate("safeguarding", "signpost"),
        "ordinary_signpost": rate("ordinary", "signpost"),
        "ordinary_check": rate("ordinary", "check"),
        "ambiguous_any": rate("ambiguous", "signpost", "check"),
        "ambiguous_signpost": rate("ambiguous", "signpost"),
    }
    merged["misses"] = {
        k: [m for r in results for m in r["misses"][k]] for k in results[0]["misses"]
    }
    return merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the kinds of miss")
    parser.add_argument(
        "--report-only", action="store_true", help="exit 0 even when a target is not met"
    )
    args = parser.parse_args(argv)
    todo = [("cross-validation", cross_validation)] if args.cv or not args.heldout else []
    if args.heldout or not args.cv:
        todo.append(("held-out", lambda: figures(load_rows())))
        todo.append(("held-out 2", lambda: figures(load_rows(HELDOUT_2))))
        todo.append(("held-out 3", lambda: figures(load_rows(HELDOUT_3))))
        todo.append(("held-out 4", lambda: figures(load_rows(HELDOUT_4))))
        todo.append(("held-out 5", lambda: figures(load_rows(HELDOUT_5))))
        todo.append(("held-out 6", lambda: figures(load_rows(HELDOUT_6))))
        todo.append(("held-out 7", lambda: figures(load_rows(HELDOUT_7))))
        todo.append(("held-out 8", lambda: figures(load_rows(HELDOUT_8))))
        todo.append(("held-out 9", lambda: figures(load_rows(HELDOUT_9))))
        todo.append(("held-out 10", lambda: figures(load_rows(HELDOUT_10))))
        todo.append(("held-out 11", lambda: figures(load_rows(HELDOUT_11))))
        todo.append(("held-out 12", lambda: figures(load_rows(HELDOUT_12))))
        todo.append(("held-out 13", lambda: figures(load_rows(HELDOUT_13))))
        todo.append(("held-out 14", lambda: figures(load_rows(HELDOUT_14))))
        todo.append(("held-out 15", lambda: figures(load_rows(HELDOUT_15))))
        todo.append(("held-out 16", lambda: figures(load_rows(HELDOUT_16))))
    failed = False
    for name, run in todo:
        result = run()
        print(f"== {name}")
        print(json.dumps(result["rates"], indent=1))
        print("counts:", json.dumps(result["counts"]))
        if "median_ms" in result:
            print(f"decision time: median {result['median_ms']} ms, p95 {result['p95_ms']} ms")
        if args.misses:
            for kind, rows in result["misses"].items():
                kinds = collections.Counter((m["subtype"], m["got"]) for m in rows)
                print(kind, len(rows), kinds.most_common())
        gaps = meets_targets(result["rates"])
        print("targets:", "all met" if not gaps else "; ".join(gaps))
        failed = failed or bool(gaps)
    return 1 if failed and not args.report_only else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How much the safety classifier's decisions move when one training example is reworded.

    .venv/bin/python scripts/safety_stability.py [--tol 1e-4]

Fits the classifier twice, on the training examples as they are and with one example reworded
(same kind, same question), and counts the decisions on the held-out sets 1 to 5 that differ.
A classifier whose decisions move with one example out of 15,000 is deciding by the optimiser's
stopping point, not by what it learnt (docs/SAFETY.md, "Eighth session")."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.safety import measure
from assistant.safety import model as safety_model
from assistant.safety.decision import decide

SETS = ("HELDOUT", "HELDOUT_2", "HELDOUT_3", "HELDOUT_4", "HELDOUT_5")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tol", type=float, default=safety_model.TOL)
    args = parser.parse_args(argv)
    safety_model.TOL = args.tol
    examples = safety_model.training_examples()
    reworded = list(examples)
    # the first ambiguous example, its words changed and its meaning kept
    i = next(k for k, (_, label, _) in enumerate(reworded) if label == "unsure")
    text, label, asking = reworded[i]
    reworded[i] = ("To be honest with you, " + text[0].lower() + text[1:], label, asking)
    start = time.perf_counter()
    a = safety_model.SafetyModel.fit(examples)
    seconds = time.perf_counter() - start
    b = safety_model.SafetyModel.fit(reworded)
    n = differ = 0
    for name in SETS:
        for row in measure.load_rows(getattr(measure, name)):
            n += 1
            asking_ = row.get("asking")
            differ += decide(row["text"], asking_, a).level != decide(row["text"], asking_, b).level
    print(f"tol {args.tol:g}: one fit {seconds:.1f} s; decisions that differ {differ} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

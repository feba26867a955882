"""NLU quality report: 5-fold cross-validation of the intent classifier and the advice-line
ResponseSelector, with the project's pass marks.

    .venv/bin/python scripts/nlu_report.py            # or: make nlu-report

Runs `rasa test nlu --cross-validation` on nlu_data/, reads Rasa's intent and response-selection
reports, prints macro F1 over intents, per-intent precision/recall/F1, the recall of the two safety
intents and the response-selection accuracy, writes docs/NLU.md, and exits 1 when a pass mark is
missed: macro F1 < 0.90, or recall < 0.98 for safeguarding_disclosure or crisis.

Retrieval intents: Rasa scores every `faq/<topic>` example as intent `faq` in the intent report
(so `faq` counts once in the macro F1), and scores the topic separately in
response_selection_report.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.ops.rasa_config import rasa_env  # noqa: E402  (the same environment as training)

RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
DEFAULT_OUT = ROOT / "var" / "nlu-report"
DOCS = ROOT / "docs" / "NLU.md"
# what follows this line in docs/NLU.md is written by hand (the safety decision's figures) and kept
KEPT = "<!-- written by hand below this line; make nlu-report keeps it -->"

FOLDS = 5
MACRO_F1_MIN = 0.90
SAFETY_RECALL_MIN = 0.98
SAFETY_INTENTS = ("safeguarding_disclosure", "crisis")
# chosen by the gateway's safety decision (assistant/safety) and sent as payloads, never left to
# the classifier (its examples only give them a shape): reported, but not in the macro F1
GATEWAY_INTENTS = ("safety_check", "withdraw_concern")
SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Report:
    intents: dict[str, Score]
    responses: dict[str, Score]
    response_accuracy: float | None
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    seconds: float | None = None
    command: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        """Unweighted mean F1 over the intents that have test examples (the NLU's own choices:
        not the gateway's safety intents)."""
        scored = [
            s.f1
            for name, s in self.intents.items()
            if s.support > 0 and name not in GATEWAY_INTENTS
        ]
        return sum(scored) / len(scored) if scored else 0.0

    def recall(self, intent: str) -> float:
        score = self.intents.get(intent)
        return score.recall if score else 0.0

    def failures(self) -> list[str]:
        """The pass marks this report misses, in words; empty when it passes."""
        problems = []
        if self.macro_f1 < MACRO_F1_MIN:
            problems.append(f"macro F1 {self.macro_f1:.3f} < {MACRO_F1_MIN:.2f}")
        for intent in SAFETY_INTENTS:
            if self.recall(intent) < SAFETY_RECALL_MIN:
                problems.append(
                    f"{intent} recall {self.recall(intent):.3f} < {SAFETY_RECALL_MIN:.2f}"
                )
        return problems


# Rasa shuffles the folds with NumPy's global random state and no seed, so each run would score a
# different split. Seeding it makes the report repeatable: a change in the figures is a change in
# the data or the model, not in the split. How far the figures move between splits is measured
# separately (bench/nlu_spread.py, docs/BENCHMARKS.md).
FOLD_SEED = 2026
SEEDED_RASA = (
    f"import numpy; numpy.random.seed({FOLD_SEED}); from rasa.__main__ import main; main()"
)


def rasa_command(out: Path, folds: int = FOLDS) -> list[str]:
    return [
        str(RASA.parent / "python"), "-c", SEEDED_RASA, "test", "nlu",
        "--cross-validation", "--folds", str(folds),
        "--config", "assistant/rasa_side/config.yml",
        "--nlu", "nlu_data",
        "--domain", "assistant/rasa_side/domain",
        "--out", str(out),
    ]  # fmt: skip


def run_cross_validation(out: Path = DEFAULT_OUT, folds: int = FOLDS) -> Report:
    """Run Rasa's cross-validation into `out` and read its reports."""
    if not RASA.exists():
        raise SystemExit("The Rasa environment is missing. Run `make setup` first.")
    out.mkdir(parents=True, exist_ok=True)
    for stale in ("intent_report.json", "response_selection_report.json", "intent_errors.json"):
        (out / stale).unlink(missing_ok=True)
    command = rasa_command(out, folds)
    started = time.monotonic()
    result = subprocess.run(
        command, cwd=ROOT, env=rasa_env(), capture_output=True, text=True, timeout=3600
    )
    seconds = time.monotonic() - started
    if result.returncode != 0 or not (out / "intent_report.json").exists():
        raise RuntimeError(
            f"rasa test nlu failed ({result.returncode}):\n"
            + result.stdout[-3000:]
            + result.stderr[-3000:]
        )
    report = read_report(out)
    report.seconds = seconds
    report.command = [Path(command[0]).relative_to(ROOT).as_posix(), *command[1:]]
    report.command[-1] = os.path.relpath(out, ROOT) if out.is_relative_to(ROOT) else str(out)
    return report


def _scores(raw: dict) -> dict[str, Score]:
    return {
        label: Score(
            precision=float(values["precision"]),
            recall=float(values["recall"]),
            f1=float(values["f1-score"]),
            support=int(values["support"]),
        )
        for label, values in raw.items()
        if label not in SUMMARY_KEYS and isinstance(values, dict)
    }


def _accuracy(raw: dict) -> float | None:
    if "accuracy" in raw:
        return float(raw["accuracy"])
    if "micro avg" in raw:  # sklearn reports micro avg instead when labels are a subset
        return float(raw["micro avg"]["f1-score"])
    return None


def _confusions(errors_file: Path) -> list[tuple[str, str, int]]:
    if not errors_file.exists():
        return []
    errors = json.loads(errors_file.read_text())
    pairs = Counter(
        (e["intent"], (e.get("intent_prediction") or {}).get("name") or "?") for e in errors
    )
    return [(target, predicted, n) for (target, predicted), n in pairs.most_common()]


def read_report(out: Path) -> Report:
    """Read the reports `rasa test nlu` wrote into `out`."""
    intent_raw = json.loads((out / "intent_report.json").read_text())
    response_file = out / "response_selection_report.json"
    response_raw = json.loads(response_file.read_text()) if response_file.exists() else {}
    return Report(
        intents=_scores(intent_raw),
        responses=_scores(response_raw),
        response_accuracy=_accuracy(response_raw),
        confusions=_confusions(out / "intent_errors.json"),
    )


def format_text(report: Report) -> str:
    lines = [
        f"macro F1 over {len(report.intents) - len(GATEWAY_INTENTS)} intents: {report.macro_f1:.3f}"
    ]
    for intent in SAFETY_INTENTS:
        lines.append(f"{intent} recall: {report.recall(intent):.3f}")
    if report.response_accuracy is not None:
        lines.append(
            f"response selection accuracy ({len(report.responses)} faq topics): "
            f"{report.response_accuracy:.3f}"
        )
    lines.append("")
    lines.append(f"{'intent':<26} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>5}")
    for name, s in sorted(report.intents.items()):
        lines.append(f"{name:<26} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>5}")
    if report.confusions:
        lines.append("")
        lines.append("most frequent confusions (true -> predicted: count)")
        for target, predicted, n in report.confusions[:12]:
            lines.append(f"  {target} -> {predicted}: {n}")
    return "\n".join(lines)


def format_markdown(report: Report, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    minutes = f"{report.seconds / 60:.1f} minutes" if report.seconds else "not timed"
    failures = report.failures()
    verdict = "passes" if not failures else "FAILS: " + "; ".join(failures)
    weak_topics = sorted(report.responses.items(), key=lambda item: item[1].f1)[:5]
    lines = [
        "# NLU quality",
        "",
        "Written by `make nlu-report` (scripts/nlu_report.py); do not edit by hand.",
        "",
        f"- Date: {today.isoformat()}",
        f"- Command: `{shlex.join(report.command)}`",
        f"- Machine: {os.cpu_count()} cores; run time {minutes} "
        f"({FOLDS} folds, each training the NLU pipeline of assistant/rasa_side/config.yml)",
        f"- Pass marks: macro F1 >= {MACRO_F1_MIN:.2f}; recall >= {SAFETY_RECALL_MIN:.2f} for "
        + " and ".join(SAFETY_INTENTS)
        + f". This run {verdict}.",
        "",
        "## Headline figures",
        "",
        "| measure | value |",
        "|---|---|",
        f"| macro F1 over {len(report.intents) - len(GATEWAY_INTENTS)} intents "
        f"| {report.macro_f1:.3f} |",
    ]
    for intent in SAFETY_INTENTS:
        lines.append(f"| {intent} recall | {report.recall(intent):.3f} |")
    if report.response_accuracy is not None:
        lines.append(
            f"| response selection accuracy ({len(report.responses)} faq topics) "
            f"| {report.response_accuracy:.3f} |"
        )
    lines += [
        "",
        "`faq` is a retrieval intent: its examples count as one intent above, and the topic",
        "(`faq/<topic>`) is scored by the ResponseSelector as response selection accuracy.",
        "",
        "## Per intent",
        "",
        "| intent | precision | recall | F1 | examples |",
        "|---|---|---|---|---|",
    ]
    for name, s in sorted(report.intents.items()):
        lines.append(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.support} |")
    if report.confusions:
        lines += [
            "",
            "## Most frequent confusions",
            "",
            "| true intent | predicted | count |",
            "|---|---|---|",
        ]
        lines += [f"| {t} | {p} | {n} |" for t, p, n in report.confusions[:12]]
    if weak_topics:
        lines += [
            "",
            "## Weakest advice topics (response selection F1)",
            "",
            "| topic | precision | recall | F1 |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
            for name, s in weak_topics
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Rasa's report folder")
    parser.add_argument(
        "--read-only", action="store_true", help="read an earlier run in --out; do not run Rasa"
    )
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/NLU.md")
    args = parser.parse_args(argv)
    out = args.out.resolve()

    if args.read_only:
        report = read_report(out)
    else:
        print(f"Cross-validating the NLU model ({FOLDS} folds); this takes several minutes...")
        report = run_cross_validation(out)
    print(format_text(report))
    if not args.no_docs:
        old = DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""
        kept = old[old.index(KEPT) :] if KEPT in old else ""
        DOCS.write_text(format_markdown(report) + ("\n" + kept if kept else ""))
        print(f"\nwrote {DOCS.relative_to(ROOT)}")
    failures = report.failures()
    if failures:
        print("\nNLU quality below the pass marks: " + "; ".join(failures), file=sys.stderr)
        return 1
    print("\nNLU quality meets the pass marks.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmarks share: the personas and what they say next, a journey and its turns, and
the latency figures printed for a phase."""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
PERSONAS = ROOT / "bench" / "personas"


# ------------------------------------------------------------------------------------ personas


@dataclass(frozen=True)
class Persona:
    """Who is typing, and what they answer to each question (`state.asking`).

    An answer may be a list: its items are sent one after another while that question stands,
    which is how a persona asks "why?" before answering, or skips. `expect` holds profile values
    the finished journey must have (checked by tests/scale).
    """

    name: str
    description: str
    greeting: str
    answers: dict[str, list[str]]
    expect: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Persona:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        answers = {
            str(k): [str(x) for x in (v if isinstance(v, list) else [v])]
            for k, v in data["answers"].items()
        }
        return cls(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            greeting=str(data.get("greeting", "hello")),
            answers=answers,
            expect=dict(data.get("expect") or {}),
        )


def load_personas(folder: Path = PERSONAS) -> list[Persona]:
    return [Persona.load(p) for p in sorted(folder.glob("*.yaml"))]


class Script:
    """What a persona says next, given the question being asked."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self.used: Counter[str] = Counter()

    def next_text(self, asking: str | None) -> str:
        if asking is None:
            raise JourneyStuck("no question is being asked and no plan is drafted")
        said = self.persona.answers.get(asking)
        if not said:
            raise JourneyStuck(f"persona {self.persona.name} has no answer for {asking!r}")
        index = self.used[asking]
        self.used[asking] += 1
        if index >= len(said) + 3:  # the same answer over and over: the journey is going round
            raise JourneyStuck(f"{self.persona.name} keeps being asked {asking!r}")
        return said[min(index, len(said) - 1)]


class JourneyStuck(Exception):
    pass


# ------------------------------------------------------------------------------------ journeys


@dataclass
class Turn:
    text: str
    seconds: float
    status: int
    asking: str | None = None
    server: str | None = None
    reply: list[str] = field(default_factory=list)


@dataclass
class Journey:
    persona: str
    person: int
    turns: list[Turn] = field(default_factory=list)
    session_id: str | None = None
    plan_ready: bool = False
    error: str | None = None
    think: list[float] = field(default_factory=list)


def think_times(spec: str) -> tuple[float, float]:
    if "-" in spec:
        low, high = (float(x) for x in spec.split("-", 1))
    else:
        low = high = float(spec)
    if low < 0 or high < low:
        raise argparse.ArgumentTypeError(f"bad think time {spec!r}: use 0, 3 or 2-6 (seconds)")
    return low, high


# ------------------------------------------------------------------------------------ figures


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Figures:
    turns: int
    errors: int
    median_ms: float
    p95_ms: float
    p99_ms: float
    turns_per_s: float
    seconds: float

    @classmethod
    def of(cls, journeys: list[Journey], seconds: float) -> Figures:
        times = [t.seconds * 1000 for j in journeys for t in j.turns if t.status == 200]
        errors = sum(1 for j in journeys if j.error)
        return cls(
            turns=len(times),
            errors=errors,
            median_ms=statistics.median(times) if times else float("nan"),
            p95_ms=percentile(times, 95),
            p99_ms=percentile(times, 99),
            turns_per_s=len(times) / seconds if seconds else 0.0,
            seconds=seconds,
        )

    def row(self, label: str) -> str:
        return (
            f"{label:16} {self.turns:>6} {self.errors:>6} {self.median_ms:>9.1f} "
            f"{self.p95_ms:>8.1f} {self.p99_ms:>8.1f} {self.turns_per_s:>8.2f} {self.seconds:>8.1f}"
        )


HEADER = (
    f"{'phase':16} {'turns':>6} {'errors':>6} {'median ms':>9} {'p95 ms':>8} {'p99 ms':>8} "
    f"{'turns/s':>8} {'wall s':>8}"
)


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def show_turns(journeys: list[Journey], show: bool = True) -> None:
    """Every turn of every journey (`--show`)."""
    for j in journeys if show else ():
        print(f"\n== person {j.person} ({j.persona}) plan_ready={j.plan_ready} error={j.error}")
        for t in j.turns:
            print(f"> {t.text}   [{t.status}, {t.seconds * 1000:.0f} ms, {t.server or ''}]")
            for line in t.reply:
                print(f"    {line[:160]}")
            print(f"    asking: {t.asking}")

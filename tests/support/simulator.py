"""A journey simulator (issue 15, item 7): each persona of the frozen held-out set
(tests/heldout/personas, written by a helper from a brief) talks to the real stack through
`POST /api/chat`, answering whatever is asked in its own words, and the Profile it ends with is
checked against what a careful reader of its answers would expect.

    run_persona(http, persona) -> Outcome(reached_plan, loops, sorry_overflows, alarms, checks)

SMS personas run through the web API with their SMS words (numbers included), so the simulator
can read `state.asking`; the typed-choice layer maps their numbers as the SMS channel does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from assistant.settings import ROOT

PERSONAS = ROOT / "tests" / "heldout" / "personas" / "personas.json"
MAX_TURNS = 90


@dataclass
class Outcome:
    persona: str
    reached_plan: bool = False
    loops: int = 0
    sorry_overflows: int = 0
    alarms: list[str] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)
    stuck_at: str | None = None
    turns: int = 0
    stuck_reply: str = ""

    @property
    def correct(self) -> bool:
        return self.reached_plan and all(self.checks.values())


def load_personas() -> list[dict[str, Any]]:
    return json.loads(PERSONAS.read_text(encoding="utf-8"))


class _Chat:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.sid: str | None = None
        self.reply: dict[str, Any] = {}

    def say(self, text: str) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text}
        if self.sid:
            body["session_id"] = self.sid
        r = self.http.post("/api/chat", json=body)
        r.raise_for_status()
        self.reply = r.json()
        self.sid = self.reply["session_id"]
        return self.reply

    @property
    def asking(self) -> str | None:
        return self.reply.get("state", {}).get("asking")

    @property
    def plan_ready(self) -> bool:
        return bool(self.reply.get("state", {}).get("plan_ready"))


def run_persona(http: httpx.Client, persona: dict[str, Any]) -> Outcome:
    out = Outcome(persona["id"])
    chat = _Chat(http)
    answers: dict[str, str] = persona["answers"]
    interruptions = {i["at"]: i["text"] for i in persona.get("interruptions") or []}
    after_plan = list(persona.get("after_plan") or [])
    chat.say("hello")
    last: str | None = None
    repeats = 0
    for _ in range(MAX_TURNS):
        out.turns += 1
        asking = chat.asking
        sorry = sum(m["text"].lower().startswith("sorry") for m in chat.reply["messages"])
        out.sorry_overflows += sorry > 2
        repeats = repeats + 1 if asking == last and asking is not None else 0
        last = asking
        if repeats >= 2:  # the same question a third time in a row
            out.loops += 1
            out.stuck_at = asking
            out.stuck_reply = " | ".join(m["text"] for m in chat.reply["messages"])[:400]
            if repeats >= 3:
                break
        if asking is None:
            if chat.plan_ready and not after_plan:
                out.reached_plan = True
                break
            if not after_plan:
                out.stuck_at = "no question and no plan"
                break
            chat.say(after_plan.pop(0))
            continue
        if asking == "safety_check":
            out.alarms.append("check")
            chat.say("I'm safe")
            continue
        if asking == "carry_on":
            out.alarms.append("signpost")
            chat.say("carry on")
            continue
        if asking == "support_hours":  # the follow-up for hours not given: they said what they knew
            chat.say("not sure")
            continue
        if asking in interruptions:
            chat.say(interruptions.pop(asking))
            continue
        if chat.plan_ready and after_plan and asking != "confirm_summary":
            chat.say(after_plan.pop(0))
            continue
        if asking == "confirm_summary" and chat.plan_ready:
            chat.say("yes")
            continue
        if asking in answers:
            chat.say(answers[asking])
            continue
        out.stuck_at = f"unexpected question {asking}"
        break
    if chat.sid:
        profile = http.get(f"/api/sessions/{chat.sid}/profile").json()
        out.checks = check_profile(profile, persona["expect"])
    return out


def _low(value: Any) -> str:
    return (
        json.dumps(value, ensure_ascii=False).lower()
        if not isinstance(value, str)
        else value.lower()
    )


_WHOSE = re.compile(r"\b(?:my|his|her|their|our|your)\b")


def _plain_relationship(words: str) -> str:
    words = re.sub(r"\([^)]*\)", " ", words.lower())  # "(CPN)" spells out what is beside it
    return " ".join(_WHOSE.sub("one's", words).split())


def same_relationship(expected: str, got: str) -> bool:
    """The relationship the persona's writer gave and the one held agree: one holds the other,
    whoever's point of view the pronoun takes ("support worker at his house" is "at my house"
    when the person types) and without a bracketed abbreviation. "colleague" agrees with "friend
    and former colleague"; an empty relationship agrees with nothing."""
    a, b = _plain_relationship(expected), _plain_relationship(got)
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def check_profile(profile: dict[str, Any], expect: dict[str, Any]) -> dict[str, bool]:
    """Each expected fact, true when the Profile holds it."""
    checks: dict[str, bool] = {}
    if "preferred_name" in expect:
        checks["name"] = (
            str(profile.get("preferred_name") or "").lower() == expect["preferred_name"].lower()
        )
    if "answering_for" in expect:
        checks["answering_for"] = profile.get("answering_for") == expect["answering_for"]
    people = profile.get("people") or []
    names = {str(p.get("name") or "").lower() for p in people}
    for person in expect.get("people") or []:
        name = str(person.get("name") or "").lower()
        if name:
            checks[f"person {name}"] = name in names
            rel = str(person.get("relationship") or "").lower()
            match = [p for p in people if str(p.get("name") or "").lower() == name]
            if rel and match:
                checks[f"relationship {name}"] = same_relationship(
                    rel, str(match[0].get("relationship") or "")
                )
    needs = expect.get("support_needs") or []
    wanted = [n["hours_per_week"] for n in needs if n.get("hours_per_week") is not None]
    if wanted:
        got = sum(float(n.get("hours_per_week") or 0) for n in profile.get("support_needs") or [])
        checks["hours"] = abs(got - sum(wanted)) <= max(0.5, 0.1 * sum(wanted))
    budget = expect.get("budget")
    if budget:
        held = profile.get("budget_amount") or {}
        checks["budget"] = (
            abs(float(held.get("amount") or 0) - float(budget["amount"])) < 0.01
            and held.get("period") == budget["period"]
        )
    for name in ("budget_management", "employer_choice", "plan_voice"):
        if name in expect:
            checks[name] = profile.get(name) == expect[name]
    for key, fieldname in (("dreams_include", "dreams"), ("bottom_lines_include", "bottom_lines")):
        words = expect.get(key) or []
        if words:
            text = _low(profile.get(fieldname))
            checks[fieldname] = all(
                re.sub(r"\W+", " ", w.lower()).strip() in re.sub(r"\W+", " ", text) for w in words
            )
    return checks


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    n = len(outcomes)
    facts = [ok for o in outcomes for ok in o.checks.values()]
    return {
        "personas": n,
        "reached_plan": sum(o.reached_plan for o in outcomes),
        "correct_plan": sum(o.correct for o in outcomes),
        "with_loops": sum(o.loops > 0 for o in outcomes),
        "sorry_overflows": sum(o.sorry_overflows for o in outcomes),
        "false_alarms": sum(len(o.alarms) for o in outcomes),
        "facts_right": f"{sum(facts)}/{len(facts)}",
    }

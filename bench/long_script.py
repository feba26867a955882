"""What a person says in a long conversation (bench/long_conversation.py and
`bench/journeys.py --long`): the persona's answers with interruptions on the way, and after the
plan changes, advice questions and small talk."""

from __future__ import annotations

import random
from collections import Counter

from bench.common import JourneyStuck, Persona

__all__ = ["AFTER_PLAN", "FALLBACK", "INTERRUPTIONS", "LongScript"]

# said in the middle of a question (each is answered and the question asked again)
INTERRUPTIONS = (
    "why do you ask?",
    "what does a PA cost an hour?",
    "thanks",
    "can I pay my daughter to help me?",
    "go back",
    "what do you keep about me?",
    "hello again",
)
# said when no question is open (after the plan): changes, advice, small talk
AFTER_PLAN = (
    "change my budget",
    "what does a PA cost?",
    "thanks",
    "change my dreams",
    "how do direct payments work?",
    "hello",
    "change what matters to me",
    "can I use my budget for a gym membership?",
)
# questions some personas leave out, and what anyone answers to them
FALLBACK = {
    "carry_on": "/affirm",
    "support_hours": "not sure",
    "restart_confirm": "/deny",
    "erase_confirm": "/deny",
    "review_change": "my budget",
    "safety_check": '/inform{"choice": "safe"}',
}


class LongScript:
    """What a person says next in a long conversation: the persona's answers by question, with
    an interruption before about `interrupt` of the questions, and after the plan a round of
    changes, advice questions and small talk. Seeded, so two runs say the same things."""

    def __init__(self, persona: Persona, *, seed: int = 7, interrupt: float = 0.35) -> None:
        self.persona = persona
        self.rng = random.Random(seed)
        self.interrupt = interrupt
        self.used: Counter[str] = Counter()
        self.after = 0
        self.interruption = 0
        self.last_asking: str | None = None
        self.interrupted = False
        self.same = 0

    def next_text(self, asking: str | None) -> str:
        if asking is None:
            self.last_asking, self.same = None, 0
            text = AFTER_PLAN[self.after % len(AFTER_PLAN)]
            self.after += 1
            return text
        self.same = self.same + 1 if asking == self.last_asking else 0
        if self.same > 8:
            raise JourneyStuck(f"{self.persona.name} keeps being asked {asking!r}")
        if asking != self.last_asking:
            self.last_asking = asking
            self.interrupted = False
            if asking in self.persona.answers and self.rng.random() < self.interrupt:
                self.interrupted = True
                text = INTERRUPTIONS[self.interruption % len(INTERRUPTIONS)]
                self.interruption += 1
                return text
        said = self.persona.answers.get(asking)
        if not said:
            if asking in FALLBACK:
                return FALLBACK[asking]
            raise JourneyStuck(f"persona {self.persona.name} has no answer for {asking!r}")
        index = self.used[asking]
        self.used[asking] += 1
        return said[min(index, len(said) - 1)]

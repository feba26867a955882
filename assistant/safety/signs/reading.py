"""Reading one message: every family searched sentence by sentence, each match weighed against
what explains it away in its own sentence.

    text ─► normalise ─► sentences ─► why_damped per sentence ─┐
                     └─► each family, in order: a match outside an explained sentence is strong,
                         one found only inside them is damped ─► Signs
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.safety.signs.crisis import CRISIS_STRONG, CRISIS_WEAK
from assistant.safety.signs.explained import why_damped
from assistant.safety.signs.normalise import normalise
from assistant.safety.signs.safeguarding import SAFEGUARDING_STRONG, SAFEGUARDING_WEAK

__all__ = ["Signs", "damped_at", "read_signs"]


_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")


@dataclass(frozen=True)
class Signs:
    """What the patterns saw in one message. A sign counts as "strong" only where the sentence
    it sits in is not explained away (an idiom, history that is over, a rule or fear named as a
    bottom line, a service named as help); a sign found only in such sentences is "damped"."""

    crisis_strong: tuple[str, ...]
    crisis_damped: tuple[str, ...]
    crisis_weak: tuple[str, ...]
    safeguarding_strong: tuple[str, ...]
    safeguarding_damped: tuple[str, ...]
    safeguarding_weak: tuple[str, ...]
    damped_by: tuple[str, ...]
    evidence: str
    # weak signs found only where they are explained away ("before I die" in a bucket list)
    weak_damped: tuple[str, ...] = ()

    @property
    def acting_now(self) -> bool:
        return "acting_now" in self.crisis_strong


def _sentences(t: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(t)] or [(0, len(t))]


_REOPENED_IN_SIGN = re.compile(
    r"\b(?:come\s+back|came\s+back|coming\s+back|(?:is|are|'s|'re)\s+back|returned|stronger|"
    r"worse|louder|again|still|soon|tonight|tomorrow|this\s+week(?:end)?|this\s+time|higher|"
    r"now\s+i'm|now\s+i\s+am)\b"
)
# history told as over, then said to be back in the same message ("I tried last year. I've started
# getting ready again"): the history does not explain the crisis away (eleventh session)
_REOPENED_IN_TEXT = re.compile(
    r"\b(?:started|been|i'm|im|i\s+am|am)\s+(?:getting\s+(?:myself\s+|things\s+|everything\s+|it\s+)?"
    r"ready|planning(?:\s+it)?|preparing|saving\s+(?:up\s+)?(?:my\s+|the\s+)?(?:tablets|pills|"
    r"meds))\s+again\b|(?<!n't\s)(?<!not\s)\b(?:i've\s+been|i'm|im|i\s+am|been|started)\s+thinking\s+about\s+(?:it|"
    r"doing\s+it|ending\s+it|killing\s+myself|that)\s+(?:again\s+)?(?:every|all\s+the)\s+"
    r"(?:single\s+)?(?:day|night|time)\b|\b(?:the\s+)?(?:thoughts|urges)\s+(?:are|have\s+come|"
    r"came|have\s+been\s+coming)\s+back\b|\bthis\s+time\s+(?:i'll|i\s+will|i'm\s+going\s+to|"
    r"im\s+going\s+to|it\s+will)\s+(?:make\s+sure|do\s+it\s+properly|not\s+(?:fail|mess|wake))"
    # "they've come back worse", "I've started planning it like I did in 2009" (twelfth session)
    r"|\b(?:they've|they\s+have|they're|it's|it\s+has|its)\s+(?:come|coming)\s+back\b|\b(?:started|"
    r"begun|begin)\s+planning\s+it\b|\blike\s+i\s+did\s+(?:in\s+(?:19|20)\d\d|last\s+time|before)\b"
    # "I'll make sure nobody's home this time" (fourteenth session)
    r"|\b(?:make\s+sure|so)\s+(?:no\s+one|nobody|no-one|noone)(?:'s|\s+is|\s+will\s+be)?\s+"
    r"(?:around|about|home|in|here|there)\s+this\s+time\b"
)
# the writer says nobody has done them harm ("they've never done anything to me", "nobody's been
# unkind"): a fear of strangers or of new faces is then no sign of its own (eleventh session)
_NO_HARM_SAID = re.compile(
    r"\b(?:they've|they\s+have|he's|she's|he\s+has|she\s+has|nobody's|nobody\s+has|no\s+one\s+has|"
    r"no\s+one's|noone's)\s+(?:ever\s+)?(?:never\s+)?(?:done|said|did)\s+(?:anything|owt|nothing)\s+"
    r"(?:to|against)\s+me\b|\b(?:nobody's|nobody\s+has|no\s+one\s+has|no\s+one's|none\s+of\s+them"
    r"\s+(?:have|has))\s+(?:ever\s+)?been\s+(?:unkind|nasty|horrible|rude)\b|\bnever\s+laid\s+a\s+"
    r"finger\s+on\s+me\b|\b(?:all|every\s+one)\s+of\s+them\s+(?:have\s+been|has\s+been|are|were)\s+"
    r"(?:kind|lovely|nice|fine)\b"
)
_NOT_FOR_ABUSE = frozenset({"service", "grief", "future_care"})
# what alone can explain a family away: acting now only by history that is plainly over, or a
# plot or a news story (docs/SAFETY.md)
_ONLY_DAMPED_BY = {
    "acting_now": frozenset({"resolved", "story"}),
    # the same plan again after an attempt: a service named beside it is where it was told, not
    # what explains it (fifteenth session)
    "attempt_again": frozenset({"resolved", "story", "idiom"}),
}


class _Reasons:
    """What explains away a sign in each sentence, worked out only for the sentences where a
    family matched (most messages match none): the same answers as reading every sentence first,
    in a fraction of the time."""

    def __init__(self, t: str, spans: list[tuple[int, int]], asking: str | None) -> None:
        self.t, self.spans, self.asking = t, spans, asking
        self.conditional = bool(_CONDITIONAL.search(t))
        self._why: dict[int, tuple[str, ...]] = {}

    def _base(self, i: int) -> tuple[str, ...]:
        if i not in self._why:
            t, spans = self.t, self.spans
            a, b = spans[i]
            after = t[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            why = why_damped(t[a:b], self.asking, after)
            if (
                self.conditional
                and CRISIS_STRONG["emergency"].search(t[a:b])
                and not CRISIS_STRONG["threat"].search(t[a:b])
            ):
                # an emergency described as "if ..." is a plan for one: asked about, not acted on
                why = why or (("conditional",) if _CONDITIONAL.search(t[a:b]) else ())
            self._why[i] = why
        return self._why[i]

    def reader(self, drop: frozenset[str]) -> Callable[[int], tuple[str, ...]]:
        """What explains away a sign found at a position, leaving out the reasons in `drop`."""

        def why_at(position: int) -> tuple[str, ...]:
            for i, (a, b) in enumerate(self.spans):
                if a <= position < b:
                    return tuple(w for w in self._base(i) if w not in drop)
            return ()

        return why_at


def _families(
    patterns: dict[str, re.Pattern[str]], t: str, why_at: Callable[[int], tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...], set[str], str]:
    strong: list[str] = []
    damped: list[str] = []
    reasons: set[str] = set()
    evidence = ""
    for name, pattern in patterns.items():
        found_strong = False
        found_damped: tuple[str, ...] = ()
        # search again from just after each explained-away match: a long pattern that starts in
        # an explained sentence must not hide a match that starts in a later one
        match = pattern.search(t)
        while match:
            why = why_at(match.start())
            if name in _ONLY_DAMPED_BY:
                why = tuple(w for w in why if w in _ONLY_DAMPED_BY[name])
            if "resolved" in why and _REOPENED_IN_SIGN.search(match.group(0)):
                # "I tried in 2019. The thoughts have come back": the sign itself reopens it
                why = tuple(w for w in why if w != "resolved")
            if not why:
                found_strong = True
                evidence = evidence or match.group(0)
                break
            found_damped = why
            match = pattern.search(t, match.start() + 1)
        if found_strong:
            strong.append(name)
        elif found_damped:
            damped.append(name)
            reasons.update(found_damped)
    return tuple(strong), tuple(damped), reasons, evidence


def damped_at(text: str, asking: str | None, fragment: str) -> tuple[str, ...]:
    """What explains away a sign found (by another reader) in `fragment` of `text`."""
    t = normalise(text)
    f = normalise(fragment)
    at = t.find(f[:40]) if f else -1
    spans = _sentences(t)
    for i, (a, b) in enumerate(spans):
        if a <= max(at, 0) < b:
            after = t[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            return why_damped(t[a:b], asking, after)
    return why_damped(t, asking)


# "if he has a fit, ring 999 when it lasts five minutes": what to do in an emergency, not one,
# and a fear of one ("my fear is having a seizure on my own") is a need, not an emergency; "when
# he gets home" in a threat is when it will happen, not a condition (ninth session)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|in\s+case|whenever|when\s+(?:i|he|she|they)\s+(?:has|have|gets?(?!\s+"
    r"(?:home|back|bk|in|here)\b)|goes|falls?)|(?:my|his|her|the)\s+(?:\w+\s+)?(?:fear|worry|"
    r"dread)|(?:worr(?:y|ied|ies)|scared|frightened|afraid|terrified)\s+(?:of|about|that))\b"
)


def read_signs(text: str, asking: str | None = None) -> Signs:
    """Every sign in a message (already cut to a sensible length by the caller)."""
    t = normalise(text)
    reasons = _Reasons(t, _sentences(t), asking)
    # naming a service or a bereavement explains away crisis words ("the crisis team visit"),
    # never abuse; a condition explains behaviour that challenges, never a crisis
    damp_sg = reasons.reader(_NOT_FOR_ABUSE)
    damp = reasons.reader(frozenset({"condition"}))
    damp_crisis = damp
    if _REOPENED_IN_TEXT.search(t):
        damp_crisis = reasons.reader(frozenset({"condition", "resolved"}))
    crisis_strong, crisis_damped, r1, ev1 = _families(CRISIS_STRONG, t, damp_crisis)
    sg_strong, sg_damped, r2, ev3 = _families(SAFEGUARDING_STRONG, t, damp_sg)
    crisis_weak, crisis_weak_damped, r3, ev2 = _families(CRISIS_WEAK, t, damp_crisis)
    sg_weak, sg_weak_damped, r4, ev4 = _families(SAFEGUARDING_WEAK, t, damp_sg)
    if "fear" in sg_weak and _NO_HARM_SAID.search(t):
        sg_weak = tuple(n for n in sg_weak if n != "fear")
    # fear of a person at home is the sign itself: a wish or a fear frame does not explain it
    undamped_fear = reasons.reader(_NOT_FOR_ABUSE | {"fear"})
    if "afraid_of_someone" not in sg_weak:
        afraid, _, _, ev5 = _families(
            {"afraid_of_someone": SAFEGUARDING_WEAK["afraid_of_someone"]}, t, undamped_fear
        )
        sg_weak, ev4 = sg_weak + afraid, ev4 or ev5
    return Signs(
        crisis_strong=crisis_strong,
        crisis_damped=crisis_damped,
        crisis_weak=crisis_weak,
        safeguarding_strong=sg_strong,
        safeguarding_damped=sg_damped,
        safeguarding_weak=sg_weak,
        damped_by=tuple(sorted(r1 | r2 | r3 | r4)),
        evidence=ev1 or ev3 or ev2 or ev4,
        # (a coded time explained away, "doin it 2nite lol", does not stop the classifier alone)
        weak_damped=tuple(
            n
            for n in crisis_weak_damped + sg_weak_damped
            if n not in crisis_weak + sg_weak and n != "coded"
        ),
    )

"""The graded safety decision, made on every message on every channel before Rasa sees it.

    text, open question ─► warning signs (signs/) ───┐
                       └─► classifier (model.py) ────┴─► signpost | check | none

- signpost: a clear risk. Full signposting at once (as always), and the concern is recorded.
- check:    unsure. One line with 999 and Samaritans, then "Are you safe right now?".
- none:     nothing to act on. The message goes on as an answer; a safety intent the NLU might
            guess for it is set aside (assistant/rasa_safety.py reads the decision).

Idioms, history that is clearly over, a service named in "what help do you get now" and a fear
named as a bottom line count against an alarm. Acting now (an overdose taken, at the edge) is
never explained away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.language import detect_concern
from assistant.safety.model import SafetyModel, load_model
from assistant.safety.signs import Signs, damped_at, normalise, read_signs
from assistant.safety.signs.mourning import MOURNING
from assistant.safety.signs.sayings import SAYINGS

__all__ = ["Decision", "decide"]

Level = Literal["signpost", "check", "none"]
Code = Literal["crisis", "safeguarding"]

# Longer messages are read in full up to this many characters (a long answer is still read).
MAX_CHARS = 6000
# thresholds on the classifier's probabilities, set by cross-validation on the training data
# (scripts/safety_report.py), never on the held-out corpus
SIGNPOST_AT = 0.6
CHECK_AT = 0.6
# a weak sign (hopelessness, arranging a pet's home) is asked about from 0.35 (0.4 until the fifth
# session; on the training folds 0.35 asks about 0.1 points more crises and 0.03 more
# disclosures for 0.13 points more ordinary check-ins: safety first)
WEAK_CHECK_AT = 0.35
# a sign explained away (an idiom, history that is over, a fear named as a bottom line) is asked
# about from 0.55 of risk (0.3 until the eighth session: on the training folds and the read
# held-out sets 0.55 asks fewer ordinary answers and misses no crisis or disclosure more)
DAMPED_SIGN_CHECK_AT = 0.55
CHECK_WITHOUT_SIGN_AT = 0.6
CRISIS_WITHOUT_SIGN_AT = 0.85  # the classifier alone signposts a crisis only when very sure
# ... and asks whenever it is nearly sure the message is not an ordinary answer, even when it
# cannot say which risk: crisis 0.58 and unsure 0.41 is a message to ask about, not to pass by
RISK_WITHOUT_SIGN_AT = 0.9
# ... and asks whenever a crisis is at least as likely as an ordinary answer, from an even chance
CRISIS_LIKELIEST_AT = 0.5
# ... and only in a message long enough to read: a few words with no sign in them ("how it is
# written", "the way its written") are asked about, never signposted, on the classifier's word
MODEL_ALONE_MIN_WORDS = 8
# ... unless it is all but certain: "Midnight tonight. Sorry." (tenth session: on the training
# folds, 0.97 signposts 38 more crises of under eight words, no ordinary answer and two messages
# of low mood that were asked about already; 0.95 is "sure", still asked about in a few words)
SHORT_CRISIS_SURE_AT = 0.97
# ... and only with a time or a farewell in it: the classifier is sure of too little in a few
# words ("the way its written" reads 0.98), so a time chosen or a goodbye has to be there too
_TIME_OR_FAREWELL = re.compile(
    r"\b(?:tonight|today|tomorrow|midnight|morning|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend|this\s+week|right\s+now|now|soon|sorry|soz|bye|goodbye|decided|"
    r"ready|done|lucky|last|the\s+end|over|forgive|love\s+you|forever|for\s+good|again|this\s+"
    r"time)\b"
)


# the older safety net's match counts when the classifier sees at least this much of the same
# risk: a little for abuse, more for a crisis, where the older net matches dying words said in
# passing ("I'd hang myself if I got it wrong", "he died of an overdose", seventh session)
OLD_NET_AGREES = 0.15
OLD_NET_AGREES_CRISIS = 0.4
# an abuse sign that the classifier reads as plainly ordinary is asked about, not signposted:
# "they hurt my ears", "my PA drags me out" (safeguarding counts a check-in as a response)
SG_SIGN_DOUBTED_AT = 0.9
# a message the classifier reads as a whole as at least this ordinary is not asked about for one
# sentence read alone, when nothing in it is a warning sign (seventh session)
WHOLE_ORDINARY_AT = 0.9
# risk words said only as idioms or as closed history: the classifier alone asks from here
IDIOM_ONLY_BELOW = 0.8
# where a message mourns someone ("my late wife", "now he's gone"), the classifier alone
# signposts only when this sure (sixteenth session: on the development sets, grief answers it
# signposted read 0.87 to 0.95, the crises told beside a death 0.999)
MOURNING_SURE_AT = 0.98
_SENTENCES = re.compile(r"[^.!?;\n]+")
_NOT_KNOWING = re.compile(
    r"\W*(?:(?:um+|erm+|hmm+|sorry|honestly|tbh|no|ok|oh)\W+)*(?:i\s+)?(?:dont|don't|do\s+not|"
    r"dnt|don't\s+really|dont\s+really)\s+(?:no|know|kno|knw|now)(?:\s+(?:really|sorry|tbh|"
    r"yet|mate|love))?|(?:not\s+sure|no\s+idea|dunno|dno|idk|no\s+clue|not\s+a\s+clue|"
    r"haven't\s+a\s+clue|no\s+idea\s+sorry|not\s+sure\s+sorry)\W*"
)
# a bare yes or no typed for a button ("No" at the consent question): an answer, not a risk, except
# to "are you safe right now?" (eleventh session: new short training examples had moved a lone
# "No" at consent to 0.63 safeguarding)
_BARE_WORD = (
    r"(?:no|nope|nah|naw|no\s+thanks?|no\s+thank\s+you|yes|yeah|yep|yes\s+please|ok|okay|"
    r"fine|sure|maybe|not\s+really|no\s+problem|no\s+probs?|(?:that's|thats|that\s+is)\s+fine|"
    r"go\s+ahead|of\s+course|course|alright|all\s+right)"
)
# one or two of them together: "sure no problem", "yes that's fine" (twelfth session)
_BARE_ANSWER = re.compile(rf"\W*{_BARE_WORD}(?:\W+{_BARE_WORD})?\W*")
SENTENCES_READ = 8
SENTENCE_WEIGHT = 0.9
RISK_LABELS = ("crisis", "safeguarding")


@dataclass(frozen=True)
class Decision:
    level: Level
    code: Code | None = None
    reason: str = ""
    probabilities: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Thresholds:
    """Where the classifier's probabilities tip the decision (see SIGNPOST_AT and the rest)."""

    signpost: float = SIGNPOST_AT
    check: float = CHECK_AT
    weak_check: float = WEAK_CHECK_AT
    damped_sign_check: float = DAMPED_SIGN_CHECK_AT
    check_without_sign: float = CHECK_WITHOUT_SIGN_AT
    crisis_without_sign: float = CRISIS_WITHOUT_SIGN_AT
    short_crisis_sure: float = SHORT_CRISIS_SURE_AT
    crisis_likeliest: float = CRISIS_LIKELIEST_AT
    risk_without_sign: float = RISK_WITHOUT_SIGN_AT
    sg_sign_doubted: float = SG_SIGN_DOUBTED_AT
    whole_ordinary: float = WHOLE_ORDINARY_AT
    idiom_only: float = IDIOM_ONLY_BELOW
    mourning_sure: float = MOURNING_SURE_AT


@dataclass(frozen=True)
class Evidence:
    """Everything the decision weighs for one message."""

    signs: Signs
    p: dict[str, float]
    damped: tuple[str, ...]
    old_code: str | None
    words: int = 0
    # the classifier's reading of the whole message, before any sentence was read alone
    whole: dict[str, float] | None = None
    # a time chosen or a farewell in the words ("tonight", "sorry", "bye")
    time_or_farewell: bool = False
    # an everyday saying whose words sound like harm ("living on the edge", signs/sayings.py)
    saying: bool = False
    # someone else's death told as part of the person's life ("my late wife", signs/mourning.py)
    mourning: bool = False


def gather(text: str, asking: str | None = None, model: SafetyModel | None = None) -> Evidence:
    """The warning signs, the classifier's reading and what counts against, for one message."""
    signs = read_signs(text, asking)
    model = model or load_model()
    p = model.probabilities(text, asking)
    whole = dict(p)
    # a long answer is also read a sentence at a time, so a disclosure inside an ordinary answer
    # is not drowned by the ordinary words around it
    parts = [s for s in _SENTENCES.findall(text) if len(s.split()) >= 3]
    if len(parts) > 1:
        for part in parts[:SENTENCES_READ]:
            q = model.probabilities(part, asking)
            for label in RISK_LABELS:
                p[label] = max(p[label], q[label] * SENTENCE_WEIGHT)
    old = detect_concern(text)
    old_code = None
    if old:
        # the older safety net's match counts only where its sentence is not explained away,
        # and only when the classifier sees at least a little of the same risk in the message
        explained = damped_at(text, asking, str(old.get("evidence") or ""))
        agrees = OLD_NET_AGREES_CRISIS if old["code"] == "crisis" else OLD_NET_AGREES
        if not explained and p[str(old["code"])] >= agrees:
            old_code = old["code"]
    words = len(text.split())
    # (read only where it counts: a message of a few words)
    cue = words < MODEL_ALONE_MIN_WORDS and bool(_TIME_OR_FAREWELL.search(normalise(text)))
    saying = not _any_sign(signs) and bool(SAYINGS.search(normalise(text)))
    mourning = bool(MOURNING.search(normalise(text)))
    return Evidence(signs, p, signs.damped_by, old_code, words, whole, cue, saying, mourning)


def _any_sign(signs: Signs) -> bool:
    return bool(
        signs.crisis_strong
        or signs.safeguarding_strong
        or signs.crisis_weak
        or signs.safeguarding_weak
        or signs.crisis_damped
        or signs.safeguarding_damped
        or signs.weak_damped
    )


def decide(text: str, asking: str | None = None, model: SafetyModel | None = None) -> Decision:
    """What to do about one message, given the question it answers (`asking`, or None).

    `model` is the classifier to use (the trained one when not given; cross-validation passes
    one fitted without the fold it measures)."""
    text = (text or "")[:MAX_CHARS]
    if not text.strip() or text.startswith("/"):
        return Decision("none")
    if _NOT_KNOWING.fullmatch(text.lower()):
        # "i dont no", "not sure": no answer is no risk (the classifier had read the first as
        # 0.64 safeguarding at the budget question, and asked again each time it was given)
        return Decision("none", None, "not_knowing")
    if asking != "safety_check" and _BARE_ANSWER.fullmatch(text.lower()):
        return Decision("none", None, "bare_answer")
    return weigh(gather(text, asking, model))


def weigh(e: Evidence, t: Thresholds = Thresholds()) -> Decision:
    """The decision from the evidence: signs first, the classifier beside them."""
    signs, p = e.signs, e.p
    pc, ps, pu = p["crisis"], p["safeguarding"], p["unsure"]
    crisis_sign = bool(signs.crisis_strong) or e.old_code == "crisis"
    sg_sign = bool(signs.safeguarding_strong) or e.old_code == "safeguarding"
    weak = bool(signs.crisis_weak or signs.safeguarding_weak)
    explained = bool(signs.crisis_damped or signs.safeguarding_damped)
    risk = pc + ps + pu

    # crisis first: a life at risk comes before everything else
    if crisis_sign:
        return Decision(
            "signpost", "crisis", "sign:" + ",".join(signs.crisis_strong or ("old",)), p
        )
    if sg_sign and e.old_code != "safeguarding" and p["ordinary"] >= t.sg_sign_doubted:
        return Decision(
            "check", "safeguarding", "sign_doubted:" + ",".join(signs.safeguarding_strong), p
        )
    if sg_sign:
        return Decision(
            "signpost", "safeguarding", "sign:" + ",".join(signs.safeguarding_strong or ("old",)), p
        )
    # the classifier signposts only with a warning sign beside it
    if weak and not explained:
        if pc >= t.signpost:
            return Decision("signpost", "crisis", "model+sign", p)
        if ps >= t.signpost:
            return Decision("signpost", "safeguarding", "model+sign", p)
    # a wish to be dead, said of oneself and not explained away, is always asked about
    if "death_wish" in signs.crisis_weak:
        return Decision("check", "crisis", "wish_to_die", p)
    # and so is arranging not to be found, or a home for a pet with no reason given (giving
    # things away: NHS and Samaritans warning signs; ninth session)
    if "arranging" in signs.crisis_weak or "coded_ask" in signs.crisis_weak:
        return Decision("check", "crisis", "arranging", p)
    # and so is harm that comes through other people, phones and money, which the classifier
    # could not learn without asking about ordinary friends and family (thirteenth session)
    if "through_others" in signs.safeguarding_weak:
        return Decision("check", "safeguarding", "through_others", p)
    # and so is going without (one meal in days, bedding unchanged for months) or small loans to
    # friends grown to hundreds (fourteenth session)
    if "going_without" in signs.safeguarding_weak:
        return Decision("check", "safeguarding", "going_without", p)
    code: Code = "crisis" if pc + pu >= ps else "safeguarding"
    if e.saying and not e.old_code:
        # the only words of harm were an everyday saying ("living on the edge", "my jaw hit the
        # floor"): the classifier alone never signposts, and asks only when quite sure
        # (fifteenth session: no crisis or disclosure in any set or fold lost its answer by it)
        if max(pc, ps, pu) < t.idiom_only:
            return Decision("none", None, "saying", p)
        return Decision("check", code, "saying", p)
    # nor alone where the only sign in the message was explained away ("to see them win the cup
    # before I die"): then it asks, as it would with no sign at all
    # (nor where the message mourns someone, unless quite sure: "my late husband ... now he's
    # gone" reads as a crisis to the classifier; it asks below instead: sixteenth session)
    if (
        not explained
        and not signs.weak_damped
        and not (e.mourning and pc < t.mourning_sure)
        and pc >= t.crisis_without_sign
        and (e.words >= MODEL_ALONE_MIN_WORDS or (pc >= t.short_crisis_sure and e.time_or_farewell))
    ):
        return Decision("signpost", "crisis", "model", p)
    if explained:
        # a warning sign explained away by an idiom, by history or as a rule for carers: ask,
        # unless the classifier reads it plainly as an ordinary answer
        if risk >= t.damped_sign_check:
            return Decision(
                "check", "crisis" if signs.crisis_damped else "safeguarding", "damped_sign", p
            )
        return Decision("none", None, "damped:" + ",".join(e.damped), p)
    # without a word of risk in the message the classifier alone does not ask: a long answer
    # about family and help reads a little like a disclosure, and a check-in there is noise
    if weak and max(pc, ps, pu) >= t.check:
        return Decision("check", code, "model", p)
    if weak and risk >= t.weak_check:
        return Decision("check", code, "weak_sign", p)
    if _one_sentence_against_the_whole(e, t):
        # with no sign anywhere, one sentence read alone does not outweigh a message the
        # classifier reads as plainly ordinary ("haven't been to a home game since my op")
        return Decision("none", None, "sentence_outweighed", p)
    if (
        not weak
        and signs.weak_damped
        and set(e.damped) <= {"idiom", "resolved"}
        and max(pc, ps, pu) < t.idiom_only
    ):
        # the only risk words were said as idioms ("I'll die of boredom", "hang on to them for
        # dear life") or as history that is over ("that was 6 years ago", never reopened: a
        # reopening keeps the sign): the classifier's reading alone does not ask unless it is
        # quite sure (twelfth session: on the training folds no crisis or disclosure lost its
        # answer by it)
        return Decision("none", None, "idiom_only", p)
    if max(pc, ps, pu) >= t.check_without_sign:
        return Decision("check", code, "model_only", p)
    if risk >= t.risk_without_sign:
        return Decision("check", code, "model_split", p)
    if pc >= t.crisis_likeliest and pc >= p["ordinary"]:
        # never silent when a crisis is the likeliest reading (tenth session: on the training
        # folds this asks about 34 more crises for 33 more of about 9,000 ordinary answers)
        return Decision("check", "crisis", "crisis_likeliest", p)
    return Decision("none", None, "", p)


def _one_sentence_against_the_whole(e: Evidence, t: Thresholds) -> bool:
    """True when only a sentence read alone reaches the check, and the whole reads ordinary."""
    if e.whole is None:
        return False
    whole_risk = max(e.whole["crisis"], e.whole["safeguarding"], e.whole["unsure"])
    return e.whole["ordinary"] >= t.whole_ordinary and whole_risk < t.check_without_sign

"""What has changed lately, or will change, in the person's life (issue 16, broker round nine:
panels 5 and 6 read as development sets, by kind; used by planner.network and
planner.broker_reasons).

    moved_away          someone who helped moved away lately: the circle has just changed
    no_provider         no care service will come out to where the person lives: local people
                        or a small local service (a lesser reason)
    condition_course    how the condition runs, weighed for health_coordination:
                          the last weeks of life: the palliative team leads and the NHS pays
                          (fast track); a broker only for the forms (a signal), and not even
                          that when two or more of the family share the hands-on care
                          (round ten: a broker would be one more stranger)
                          fast (motor neurone disease): everything ahead of need (strong)
                          slowly getting worse, named ("secondary progressive"): needs grow,
                          bigger choices may come (a signal)
    swinging_hours      a condition that comes and goes, with hours of help that swing with it
                        ("more when I relapse", "everything when I crash"): hours that flex,
                        money left over in good weeks, cover for bad ones (a lesser reason),
                        strong when few people are around to manage the swings (eleventh
                        session)
"""

from __future__ import annotations

import re

from planner.attorney import health_attorney
from planner.breaks import last_weeks
from planner.models import Profile
from planner.weighing import _MONTHS, fast_progressing

__all__ = [
    "condition_course",
    "moved_away",
    "no_provider",
    "slowly_progressing",
    "swinging_hours",
]

#: Someone who helped moved away lately (round nine): "my sister moved to Cornwall in May",
#: "my brother went to Australia last month" (not "I moved", "we moved": the person's own move)
_MOVED_AWAY = re.compile(
    rf"\b(?!(?i:i|we)\b)(\w+) (has |have )?(moved|went|gone|emigrated)( back)?"
    rf"( away| abroad| home| to [A-Z]\w+| back to [A-Z]\w+)?,? (only |just )?"
    rf"(?i:(last (week|month)|recently|this (year|month|spring|summer|autumn|winter)|"
    rf"in {_MONTHS}\b(?! \d)|(a |a few |two |three |four |five |six |\d+ )?(weeks?|months?) ago))",
)


def moved_away(words: str) -> re.Match[str] | None:
    """Words that say someone who helped moved away lately ("went to Spain in March" alone
    may be a holiday: going needs "back", "away" or "abroad")."""
    for found in _MOVED_AWAY.finditer(words):
        verb, back, where = found.group(3), found.group(4), found.group(5) or ""
        if verb == "emigrated" or (verb == "moved" and where):
            return found
        if (back and where) or where.strip() in ("away", "abroad"):
            return found
    return None


#: No service will come to where the person lives (round nine): the plan is made from scratch.
_NO_PROVIDER = re.compile(
    r"\bno (care )?(agency|agencies|providers?|care compan(y|ies))\b[^.]{0,20}?"
    r"\b(will|would|can|could) (come|travel|cover|reach)\b|"
    r"\b(agency|agencies|care compan(y|ies)|carers)\b[^.]{0,25}?\b(don'?t|do not|won'?t|"
    r"will not|can'?t|cannot) (come|travel|get|reach|cover) (out|this far|that far|up|"
    r"here|out here|round here|to (us|me|him|her|the (farm|village|house|cottage)))\b|"
    r"\bnobody (else )?(will|would) (come|travel) (this far|that far|out|up|here)\b|"
    r"\bcan'?t find (an agency|any agency|anyone to come|carers|a care company)\b|"
    # the only service that comes out is full: "has no one until March", "can't get staff"
    # (twelfth session)
    r"\b(only|one) (care )?(agency|provider|care company)\b[^.]{0,40}?\b(has|have|had) "
    r"(no one|nobody|no staff|no carers|no capacity)\b|"
    r"\b(agency|agencies|care compan(y|ies)|providers?)\b[^.]{0,60}?\bcan'?t (get|find) "
    r"(staff|carers|workers)\b",
    re.I,
)


def no_provider(words: str) -> re.Match[str] | None:
    """Words that say no care service will come out to the person."""
    return _NO_PROVIDER.search(words)


#: A condition that slowly gets worse, named as such (round nine): "secondary progressive MS",
#: "a progressive condition" (not "my eyes are getting worse", which is most conditions; not
#: fast: that is a strong reason).
#: Sixteenth session: an illness that cannot be cured, planned for before the last weeks
#: ("the oncologist has told us it is incurable", "the time she has left"): needs will
#: grow, and fast-track funding will come; the last weeks themselves are planner.breaks'.
_SLOW = re.compile(
    r"\b((primary|secondary) progressive|progressive (ms|multiple sclerosis|supranuclear|"
    r"condition|illness|disease)|incurable|terminal(ly ill)?|life[- ]limiting|"
    r"(can ?not|can'?t) be cured|the time (he|she|they|i|we) (has|have)( left)?)\b",
    re.I,
)


def slowly_progressing(words: str) -> re.Match[str] | None:
    """Words that say the person's condition slowly gets worse."""
    return None if fast_progressing(words) else _SLOW.search(words)


_HANDS_ON = {"personal_care", "medication", "night_support"}


def _sharing_care(profile: Profile) -> list[str]:
    """The unpaid people who give hands-on care (washing, medicines, nights) and can go on."""
    return [
        p.name
        for p in profile.people
        if p.can_continue is not False and set(p.helps_with) & _HANDS_ON and p.hours_per_week
    ]


def _quoted(text: str) -> str:
    return f'"{text}"'


def condition_course(
    profile: Profile, words: str, before: list[str]
) -> tuple[str, str, float, bool] | None:
    """(explanation, evidence, weight, replaces the health reasons found before) for how the
    condition runs, or None. `before` is the evidence of health reasons already found."""
    if end := last_weeks(profile):
        # a family who share the hands-on care, with the palliative team leading: a broker
        # would be one more stranger (round ten); care that rests on one person: the forms
        # (and not even those when a health and welfare attorney close to the person joins
        # things up with the GP and nurses: fifteenth session)
        settled = len(_sharing_care(profile)) >= 2 or bool(health_attorney(profile))
        return (
            "The end-of-life nurses and doctors lead care now, and the NHS pays for it. A "
            "broker could help with the forms, if that is wanted.",
            _quoted(end.group(0)),
            0.0 if settled else 0.5,
            True,
        )
    if fast := fast_progressing(words):
        # needs that change fast: equipment, the home, speech and health joined up ahead of need
        return (
            "The condition changes fast. A broker can help get equipment, changes to the home "
            "and health care ready before they are needed.",
            "; ".join([_quoted(fast.group(0)), *before]),
            3.0,
            True,
        )
    if (slow := slowly_progressing(words)) and not before:
        return (
            "The condition is slowly getting worse, so needs will grow. A broker could help "
            "plan ahead for bigger choices."
            if "progressive" in slow.group(0).lower()
            else "The illness cannot be cured, so needs will grow. A broker could help plan "
            "ahead, and with NHS fast-track funding when it is needed.",
            _quoted(slow.group(0)),
            0.5,
            False,
        )
    return None


#: A need whose hours grow with the condition: "more when I relapse", "everything when I
#: crash", "hours that swing" (a condition that comes and goes, said of the help itself).
_SWINGS = re.compile(
    r"\b((more|most|all|everything|every ?day|all day|longer)\b[^.;]{0,25}\b"
    r"(when|in|during|on) (a |my |her |his |their |the )?(relapses?|flare(-?ups?)?|crash(es)?|"
    r"bad (days?|weeks?|spells?))|"
    r"when (i|she|he|they) (relapse|flare|crash)\w*|"
    r"(hours|help|needs) (swing|vary|varies|go up and down|change from week to week))\b",
    re.I,
)


def swinging_hours(profile: Profile, around: float, few: float) -> tuple[str, str, float] | None:
    """(explanation, evidence, weight) when the hours of help swing with a condition that
    comes and goes; `around` is how many people can keep helping, `few` the line below
    which that is few."""
    texts = [f"{n.text} {n.times or ''}" for n in profile.support_needs if n.hours_per_week]
    swings = [m for t in texts if (m := _SWINGS.search(t))]
    if not swings:
        return None
    alone = around < few
    return (
        "The help needed swings with the condition, and nobody around can step in when it "
        "does. A broker can help build hours that flex, with cover for bad weeks."
        if alone
        else "The help needed swings with the condition. A broker could help set up hours "
        "that flex and what to do with money left in good weeks.",
        _quoted(swings[0].group(0)),
        3.0 if alone else 1.0,
    )

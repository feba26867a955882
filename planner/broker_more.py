"""More reasons for a broker, each a lesser one (twelfth session: panel 10 read by kind; used
by planner.broker_reasons, which weighs them with the rest).

    aftercare kept apart   section 117 aftercare (free) runs now beside care the budget pays
                           for: the two must be kept apart, and never charged together
                           (health_coordination, 1; not more: the care co-ordinator does it)
    trust lost             the person's words say the council cut their help without asking,
                           or that they do not trust the council: a broker works for the
                           person, not the council (conflict, 1)
    a relapse plan         someone in recovery from drink or drugs who speaks of a slip: the
                           plan must say that help carries on, and grows, if they drink again
                           (complex_plan, 1)
    a worker shared with a friend's own budget
                           a need done with a named friend who has their own personal budget
                           (a holiday companion for both): who pays what is written down
                           (pooled_budget, 1)

Thirteenth session (panel 11 read by kind):

    a health need the NHS already pays for
                           "physio, paid by my personal health budget": the person's own NHS
                           budget meets it; no reason at all, like an activity the person
                           does themselves (met_already)
    from council-arranged care to a direct payment
                           "we want to change to a direct payment": an agreement, a separate
                           account, notice to the old provider and a new one with no gap
                           (complex_plan, 1; someone close who runs the money can do it)
    a move told in the week, not asked for as a need
                           "I'm moving to Leeds in May", "the first time I'll live on my
                           own", "offered a studio flat": a new home now, often in another
                           council's area, whose council must carry the support on from the
                           day of the move (Care Act s37) (housing_change, 1)

Fourteenth session (panel 12 read by kind, planner.events): the council starting to pay for
care the person paid for themselves, and a planned stay in hospital for someone who lives
alone and needs help after it (complex_plan, 1 each).
"""

from __future__ import annotations

import re

from planner.aftercare import aftercare_line
from planner.breaks import own_activity
from planner.clinical import nhs_does_it
from planner.events import care_paused, council_starts_paying, dog_trained, planned_stay
from planner.fitting import Fitted
from planner.models import Need, Profile
from planner.plan import BrokerReason

__all__ = ["met_already", "more_reasons"]

_DISTRUST = re.compile(
    r"\b((don'?t|do not|never|no longer|can'?t) trust(ed)? (the council|social services|"
    r"social workers?|the social|adult social care)|"
    r"(cut|changed|reduced|took away|halved) (my|her|his|our|their) (hours|support|care|"
    r"budget)\b[^.]{0,30}\bwithout (asking|telling|talking to|a word))",
    re.I,
)
_RECOVERY = re.compile(
    r"\b(sober|in recovery|recovery (café|cafe|worker|group|service|meeting)s?|"
    r"(stopped|quit|gave up|came off|off the) (the )?(drink(ing)?|drugs|booze|heroin|alcohol)|"
    r"clean (for|since))\b",
    re.I,
)
_SLIP = re.compile(
    r"\b((if|when) (i|he|she|they) (slip|relapse|drink again|use again|start drinking)\w*|"
    r"(a|one|my|the) (slip|relapse)s?)\b",
    re.I,
)
_OWN_BUDGET = re.compile(
    r"\b(own|her|his|their) (personal budget|direct payment|budget)\b|"
    r"\bhas a (personal budget|direct payment)\b",
    re.I,
)
LESSER = 1.0
#: a move now, told in the week ("I'm moving to Leeds", "the first time I'll live on my own")
_MOVING_NOW = re.compile(
    # (a move of home: a new flat or a town named, never "moving to the evening class")
    r"\b((i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re) moving ((up |down |over |out )?to "
    r"(((a|the|my|our|his|her|their) )?(new |own |bigger |smaller |first )?(flat|house|home|"
    r"bungalow|place|area|town|city|village|supported living)\b|(?-i:[A-Z])\w+)|house|home|"
    r"away|out)|"
    r"(i'?ll|i will|he'?ll|she'?ll|they'?ll|we'?ll) (be )?liv(e|ing) on (my|his|her|their|our) "
    r"own|(been )?(offered|given) a (new |studio |council )?(flat|house|home|bungalow|tenancy)|"
    # leaving for a place at university, in halls, still to come (sixteenth session; living
    # in halls now is no move)
    r"(i'?ll|i will|he'?ll|she'?ll|they'?ll|going to) (be )?(live|living|move|moving|stay|"
    r"staying) in(to)? (adapted |student |university )?halls|"
    r"(from|this|next|in) (september|october|the autumn)\b[^.]{0,40}\bhalls)\b",
    re.I,
)
#: a change from care the council arranges to a direct payment, in the person's words
_TO_DIRECT_PAYMENT = re.compile(
    r"\b(chang\w*|switch\w*|mov(e|ing)|swap\w*|transfer\w*|go(ing)? over)"
    r"( from [^.]{0,40}?)? (to|onto|on to) (a|the) direct payments?\b",
    re.I,
)
#: a health need the NHS pays for already, in the person's words
_HEALTH_PAID = re.compile(
    r"\b((paid|funded|covered|bought)( for)? (by|through|from|with) "
    r"(my |his |her |their |the |an? )?(nhs )?personal health budget|"
    r"(my|his|her|their) (nhs )?personal health budget "
    r"(pays|covers|funds|buys))\b",
    re.I,
)


def met_already(need: Need) -> bool:
    """A health need met without the plan's help: an activity the person does themselves, or
    one their own NHS personal health budget pays for (thirteenth session)."""
    return own_activity(need) or bool(_HEALTH_PAID.search(need.text)) or nhs_does_it(need)


def _quote(text: str) -> str:
    return f'"{text}"'


def more_reasons(
    profile: Profile, fitted: Fitted, words: str, found: list[tuple[BrokerReason, float]]
) -> list[tuple[str, str, str, float]]:
    """(code, explanation, evidence, weight) for each of these reasons that applies and is
    not already weighed under its code."""
    # a code already weighed as a lesser reason or more is not weighed again; a lighter one
    # (a signal) gives way to this one
    codes = {r.code for r, w in found if w >= LESSER}
    out: list[tuple[str, str, str, float]] = []
    charged = any(s.weekly_cost for s in fitted.supports if s.kind != "secondary")
    if (line := aftercare_line(profile)) and charged and "health_coordination" not in codes:
        out.append(
            (
                "health_coordination",
                "Some help is free section 117 aftercare and some is paid from the budget. "
                "They must be kept apart, so the aftercare is never charged for. The care "
                "co-ordinator can do this, or a broker could help.",
                _quote(line),
                LESSER,
            )
        )
    if (lost := _DISTRUST.search(words)) and "conflict" not in codes:
        out.append(
            (
                "conflict",
                "Trust in the council has been lost. An independent broker works for the "
                "person, not for the council, and could help them be heard.",
                _quote(lost.group(0)),
                LESSER,
            )
        )
    # a slip told in the person's words or asked about in a bottom line ("if I slip")
    slip = _SLIP.search("\n".join([words, *(b.text for b in profile.bottom_lines)]))
    if (recovery := _RECOVERY.search(words)) and slip and "complex_plan" not in codes:
        out.append(
            (
                "complex_plan",
                "The plan must say what happens after a slip: help carries on, and may grow. "
                "A recovery worker can write this with the person, or a broker could help.",
                f"{_quote(recovery.group(0))}; {_quote(slip.group(0))}",
                LESSER,
            )
        )
    to_dp = _TO_DIRECT_PAYMENT.search(profile.typical_week)
    if to_dp and profile.budget_management == "direct_payment" and "complex_plan" not in codes:
        out.append(
            (
                "complex_plan",
                "The change from care the council arranges to a direct payment needs an "
                "agreement, a separate bank account, notice to the old provider and a new one "
                "that starts with no gap. A broker could help with the steps.",
                _quote(to_dp.group(0)),
                LESSER,
            )
        )
    if "complex_plan" not in codes and (payer := council_starts_paying(profile)):
        out.append(
            (
                "complex_plan",
                "The council starts paying for care the person paid for themselves. The same "
                "provider and workers should be kept at the council's rate, and the person's "
                "contribution checked. Someone close who runs the money can do this, or a "
                "broker could help.",
                payer,
                LESSER,
            )
        )
    elif "complex_plan" not in codes and (stay := planned_stay(profile)):
        out.append(
            (
                "complex_plan",
                "A planned stay in hospital means lining things up at once: the home and "
                "anyone or anything cared for while the person is away, medicines, and help "
                "at home afterwards. A broker could help with that one event.",
                stay,
                LESSER,
            )
        )
    elif "complex_plan" not in codes and (paused := care_paused(profile)):
        out.append(
            (
                "complex_plan",
                "The care workers have stopped coming until something at home is put right. "
                "Putting it right and starting the visits again must be lined up in order. "
                "Someone close can do this, or a broker could help.",
                paused,
                LESSER,
            )
        )
    elif "complex_plan" not in codes and (dog := dog_trained(profile)):
        out.append(
            (
                "complex_plan",
                "The budget is asked to pay for training a dog to help. The council must "
                "agree to it. Write down the need it meets, what it costs, and what happens if "
                "the training does not work. Someone close can help write it, or a broker could.",
                dog,
                LESSER,
            )
        )
    moving = _MOVING_NOW.search(profile.typical_week)
    if moving and not any(r.code == "housing_change" for r, _ in found):
        out.append(
            (
                "housing_change",
                "A move to a new home is coming. If it is in another council's area, that "
                "council must carry the support on from the day of the move. A broker with "
                "housing knowledge could help.",
                _quote(_sentence(profile.typical_week, moving)),
                LESSER,
            )
        )
    if "pooled_budget" not in codes and (together := _with_own_budget(profile)):
        out.append(
            (
                "pooled_budget",
                "The support is shared with a friend who has their own budget. A short "
                "written agreement says who pays what. A broker could help write it.",
                _quote(together),
                LESSER,
            )
        )
    return out


def _sentence(text: str, found: re.Match[str]) -> str:
    """The whole sentence a match is in."""
    start = text.rfind(". ", 0, found.start())
    start = start + 2 if start >= 0 else 0
    end = text.find(".", found.end())
    return text[start : end + 1 if end >= 0 else len(text)].strip()


def _with_own_budget(profile: Profile) -> str:
    """A need done together with someone who has their own personal budget ("" if none)."""
    names = [p.name for p in profile.people if p.name and _OWN_BUDGET.search(p.relationship or "")]
    for need in profile.support_needs:
        for name in names:
            if re.search(rf"\bwith {re.escape(name)}\b", need.text, re.I):
                return need.text
    return ""

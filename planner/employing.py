"""The employing-staff reason for a broker (planner.broker_reasons), weighed by how big the
job is and who helps with it (issue 16; round nine added the last three):

    a relative paid as a PA      the council must agree, and a contract and payroll: lesser
    PAs employed now             a team already running: no reason
    a first PA, a small job      with help with the paperwork (a payroll service, someone
                                 who does the forms): no reason, unless the condition comes
                                 and goes or the person is leaving the family home too
    not sure about employing     a small job can go to a self-employed worker or a small
                                 local service: nobody has to become an employer
    someone they know as a PA    a friend or neighbour taken on as a first PA: boundaries,
                                 cover when they are away, ending it kindly: lesser, even
                                 when the job is small
    a first team                 recruiting a team of PAs for the first time (the person's
                                 words: "a team of PAs", "three or four carers"): rotas and
                                 cover, and the plan fails if cover fails: weighs 2, and 3
                                 when the words say nobody can do the paperwork ("she
                                 can't take on the paperwork"; eleventh session)
"""

from __future__ import annotations

import re

from planner.fitting import Fitted
from planner.harm import named_in_concern
from planner.models import Profile
from planner.money import hours_text
from planner.rates import RateCard
from planner.signals import fluctuating, leaving_family_home
from planner.weighing import PAPERWORK

__all__ = ["employing_reason", "first_team", "known_as_pa", "paperwork_help"]

#: Words that ask for a team of workers, not one.
_TEAM = re.compile(
    r"\b(team of|(small|own) team)\b|"
    r"\b(two|three|four|five|several|a few)( or (two|three|four|five|six))? ([\w-]+ )?"
    r"(pas|personal assistants|carers|care workers|support workers|workers|helpers|[\w-]*guides)\b|"
    # "two women to work as my PAs", "three men to be his carers" (sixteenth session)
    r"\b(two|three|four|five|several|a few) (\w+ ){1,2}(to be|to work as|as) (my|his|her|their) "
    r"(pas|personal assistants|carers|care workers|support workers)\b",
    re.I,
)
_EMPLOYING = re.compile(
    r"\b(employ\w*|recruit\w*|want|taking on|take on|hire|looking for|finding)\b", re.I
)
_TAKE_ON = (
    r"(employ|pay|take on|hire|work for me|be my pa|as my pa|as a pa|as my personal assistant)"
)


def first_team(profile: Profile) -> re.Match[str] | None:
    """The person's words ask to employ a team of workers."""
    for sentence in re.split(r"(?<=[.!?])\s+", profile.typical_week):
        if _EMPLOYING.search(sentence) and (team := _TEAM.search(sentence)):
            return team
    return None


def known_as_pa(profile: Profile) -> str:
    """Someone the person knows (a friend, a neighbour; not a relative, paid separately) who
    is to be their paid PA, in the person's words ("" if none)."""
    sentences = re.split(r"(?<=[.!?])\s+", profile.typical_week)
    for p in profile.people:
        if not re.search(r"\b(friend|mate|neighbour)\b", p.relationship, re.I):
            continue
        name = re.compile(rf"\b{re.escape(p.name.split(' (')[0])}\b")
        # their name and the words that take them on, in one sentence
        if any(name.search(s) and re.search(rf"\b{_TAKE_ON}\b", s, re.I) for s in sentences):
            return f"{p.name} ({p.relationship})"
    return ""


_DOMESTIC = frozenset({"household", "meals", "shopping"})
_EITHER = ("not_sure", "mix")
_NOW_AND_THEN = re.compile(
    r"\b(after|during|when)\b[^.;]{0,30}\b(crisis|flare|relapse|"
    r"not (well|able)|unwell|bad (day|spell|week))",
    re.I,
)


#: A way to buy a small job without becoming anyone's employer, named in the person's words:
#: "a local home help or someone self-employed", "a micro-provider", "a cleaning firm".
_NOT_EMPLOYING = re.compile(
    r"\b(home ?help|self[- ]employed|micro[- ]?provider|(cleaning|care) (firm|company)|"
    r"small local (service|firm|company))\b",
    re.I,
)


#: Help with the paperwork said not to be there ("she can't take on the paperwork").
_NO_PAPERWORK = re.compile(
    r"\b(can'?t|cannot|won'?t|not able to|unable to|no ?one to|nobody to|too busy for)\b"
    r"[^.]{0,30}\b(paperwork|payroll|forms|pay ?slips?)\b",
    re.I,
)


#: The person's own experience of running things: they can set up payroll themselves.
_SKILLED = re.compile(
    r"\b(i'?m (very |really )?organised|i (used to )?(manage|managed|ran|run) (a|an|the|my own) "
    r"\w+|(i'?m|i am|i work as|i was) an? (hr|payroll|bookkeep|accountan|office manag)\w*)",
    re.I,
)


def paperwork_help(profile: Profile, words: str) -> bool:
    """Someone or something helps with an employer's paperwork: a payroll service or a
    managed account in the words (not said to be missing), someone who helps with money
    and letters and can keep going (they can set up a payroll service), or the person's own
    experience of running things ("I used to manage a pharmacy")."""
    if profile.answering_for == "self" and _SKILLED.search(profile.typical_week):
        return True
    said = any(
        PAPERWORK.search(s) and not _NO_PAPERWORK.search(s)
        for s in re.split(r"(?<=[.!?])\s+|\n", words)
    )
    return said or any(
        "money_admin" in p.helps_with
        and p.can_continue is not False
        and not named_in_concern(p, profile)
        for p in profile.people
    )


def employing_reason(
    profile: Profile, fitted: Fitted, rates: RateCard, words: str, housing: list[str]
) -> tuple[str, str, float] | None:
    """(explanation, evidence, weight) when employing staff is a reason, else None."""
    pas = [s for s in fitted.supports if s.kind == "personal_assistant"]
    relatives = fitted.allocation.paid_relatives
    if not pas:
        return None
    if relatives:
        return (
            "Paying a relative as a PA needs the council to agree, and a contract and payroll. "
            "A broker could help set it up.",
            "; ".join(f"{p.name} ({p.relationship})" for p in relatives),
            1.0,
        )
    if fitted.allocation.employs_pas_now:
        return None
    pa_hours = sum(s.hours_per_week or 0 for s in pas)
    evidence = (
        f"Chose: {profile.employer_choice.replace('_', ' ')}; "
        f"{hours_text(pa_hours)} PA hour" + ("" if pa_hours == 1 else "s") + " a week"
    )
    helped = paperwork_help(profile, words)
    if team := first_team(profile):
        # nobody to run payroll, in the words ("she can't take on the paperwork"), not silence
        missing = None if helped else _NO_PAPERWORK.search(words)
        return (
            "Finding and running a team of PAs for the first time means rotas, cover and "
            "training. If cover fails, the plan fails. A broker can help set it up well.",
            f'{evidence}; "{team.group(0)}"' + (f'; "{missing.group(0)}"' if missing else ""),
            3.0 if missing else 2.0,
        )
    if known := known_as_pa(profile):
        return (
            "Employing someone you know as your PA is allowed. It needs a proper contract, "
            "and a plan for when they are away. A broker could help with that.",
            f"{evidence}; {known}",
            1.0,
        )
    small = (
        pa_hours < float(rates["broker_small_pa_hours"]) and sum(s.workers or 1 for s in pas) <= 1
    )
    tricky = fluctuating(words) or leaving_family_home(profile, housing)
    # jobs about the home (cooking, cleaning, shopping) a home helper does without anyone
    # becoming an employer, however the days go; care that must flex is another matter
    met = {n for s in pas for n in s.meets}
    domestic = (
        bool(met)
        and all(n.area in _DOMESTIC for n in fitted.needs if n.id in met)
        and not any(d.id in met for d in fitted.dreams)
    )
    # ... on days that are set: a job that grows "after a crisis" is run, not just done
    when = " ".join(f"{n.text} {n.times or ''}" for n in profile.support_needs if n.id in met)
    domestic = domestic and not fluctuating(when) and not _NOW_AND_THEN.search(when)
    choice = profile.employer_choice
    # (or the person's words already choose one: fifteenth session)
    chosen = choice == "not_sure" and _NOT_EMPLOYING.search(words)
    if small and ((not tricky and choice == "not_sure") or (domestic and choice in _EITHER)):
        return None  # a self-employed worker or a small local service: nobody employs
    if small and chosen:
        return None
    if small and helped and not tricky:
        return None
    return (
        "Employing a PA means contracts, payroll, insurance and recruiting. A broker can help "
        "the first time.",
        evidence,
        1.0,
    )

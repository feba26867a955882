"""Bottom lines: turn each non-negotiable into rules the rest of the planner obeys.

    BottomLine(kind, about, text)
        -> Restrictions   what is ruled out (agency staff, care homes, day services, employing)
        -> mode           agency or PA forced either way
        -> specification  lines every paid worker must follow, in the person's own words
        -> PlanBottomLine honoured + how, for the plan

A "must" that the planner cannot act on directly (a female worker, a diet, a routine) goes into
the specification of every paid support, so whoever provides it has to meet it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.models import BottomLine
from planner.options import Restrictions
from planner.plan import PlanBottomLine

__all__ = [
    "FAMILY_ONLY",
    "FAMILY_WORDS",
    "Rules",
    "apply_bottom_lines",
    "is_family",
    "is_family_only",
]

FAMILY_WORDS = re.compile(
    r"\b(mum|mother|mom|dad|father|son|daughter|wife|husband|partner|brother|sister|aunt|uncle|"
    r"nephew|niece|grand\w*|cousin|family|step\w*|in-law)\b",
    re.IGNORECASE,
)


#: Only family do the care: no strangers, no one from outside the family.
FAMILY_ONLY = re.compile(
    r"\b(only (want |have |let )?(my |our )?(family|relatives)|(family|relatives) only|"
    r"(nobody|no one|noone) (but|except|outside) (my |our |the )?family|"
    r"family,? (and )?no strangers)\b",
    re.IGNORECASE,
)
#: Family in general ruled out of the care: "no one from my family doing my personal care",
#: "my family are not my carers" (not "the family home", nor one relative named: that is
#: planner.young_carers).
_FAMILY_NOT_CARING = re.compile(
    r"\b(family|relatives|relations|children|kids)\b(?! home)[^.;]{0,60}\b(care|carers?|caring|"
    r"support\w*|look(s|ing)? after|wash\w*|dress\w*|paid|help\w*)\b|"
    r"\b(care|carers?|caring|support\w*|look(s|ing)? after|help\w*)\b[^.;]{0,40}\b(family|"
    r"relatives|relations)\b(?! home)",
    re.IGNORECASE,
)
#: "My family left out of decisions about my care" asks for the family, not against them.
_FAMILY_LEFT_OUT = re.compile(
    r"\b(left out|excluded|shut out|ignored|kept out|pushed out|not told|not involved)\b", re.I
)
#: the workers who come now keep coming (fourteenth session): "Michelle and Tanya keep coming",
#: "my current carers stay", "don't change my carers" (not "the same people every week", which
#: asks for a small team and is written into what every worker must do)
_KEEP_WORKERS = re.compile(
    r"\b(keep(s)? coming|(current|usual|regular|present|own) (carers?|workers?|team|staff|pas?) "
    r"(stay|stays|keep|kept)|(carers?|workers?|pas?) (i|we) (have|'ve got) now|don'?t change (my|"
    r"her|his|the) (carers?|workers?|pas?)|"
    # "Keep Marek and Lyn as my care workers" (fifteenth session)
    r"keep ([A-Z][a-z]+ (and|&) )?[A-Z][a-z]+ as (my|his|her|their|our) (regular )?(carers?|"
    r"care workers?|workers?|pas?))\b",
    re.I,
)
_STRANGERS = re.compile(r"\b(no|not|never|don'?t want) (any )?strangers?\b", re.IGNORECASE)


def is_family_only(line: BottomLine) -> bool:
    """Only family do the care: "family only", or "no strangers" about family (said with a
    relative, or tagged family_involved), not "the same people, not strangers"."""
    if FAMILY_ONLY.search(line.text):
        return True
    about_family = line.about == "family_involved" or bool(
        re.search(r"\bonly\b", line.text, re.I) and FAMILY_WORDS.search(line.text)
    )
    return bool(_STRANGERS.search(line.text)) and about_family


def is_family(relationship: str) -> bool:
    """True when a relationship names a family member."""
    return bool(FAMILY_WORDS.search(relationship))


@dataclass
class Rules:
    """Everything the bottom lines ask of the plan."""

    restrictions: Restrictions = field(default_factory=Restrictions)
    force_mode: str | None = None  # "agency" or "personal_assistant"
    no_family_help: bool = False
    family_refused: bool = False  # the words rule family out of the care (not "the family home")
    #: Only family do the care ("family only, no strangers"): a relative who lives apart
    #: can be paid as a PA from a direct payment, if the council agrees.
    family_only: bool = False
    prefer_day_service: bool = False
    #: The person stays at home: no care home, and no short break away from home either.
    stay_home: bool = False
    #: The workers who come now must keep coming ("Michelle and Tanya keep coming", "the same
    #: carers"): the calls they make are kept, not swapped for a meals service or a dispenser.
    keep_workers: bool = False
    specification: list[str] = field(default_factory=list)
    honoured: list[PlanBottomLine] = field(default_factory=list)


_RULE_WORDS: dict[tuple[str, str], str] = {
    ("female_worker", "must"): "Workers are women.",
    ("female_worker", "must_not"): "Workers are men.",
    ("male_worker", "must"): "Workers are men.",
    ("male_worker", "must_not"): "Workers are women.",
    ("same_workers", "must"): "The same small team, introduced before they start.",
    ("pets", "must"): "Workers are happy with pets.",
    ("routine", "must"): "Workers keep to the person's times and routine.",
}


#: A bottom line that names an agency only to rule it out.
#: The words that rule it out come before it in the same clause: "not an agency", "I am not
#: going to an agency", "I won't have agency staff" (not "if my PA is not there, an agency").
_NOT_AGENCY = re.compile(
    r"\b(not|no|never|without|won'?t|don'?t want)\b"
    # "I don't mind an agency", "no problem with an agency" do not rule it out
    r"(?! (mind|minding|bothered|fussed|against|objection|problem)\b)"
    r"[^.;,:]{0,25}?\bagenc(y|ies)\b",
    re.I,
)


#: a "must" that asks for carers from outside the family: "carers who are not family", "PAs
#: who aren't family", "someone outside the family"
_NOT_FAMILY = re.compile(
    r"\b(not|aren'?t|isn'?t|never|no)\b[^.;]{0,12}\b(family|relatives?)\b(?! home)|"
    r"\boutside (of )?(the|my|our) family\b",
    re.I,
)


def apply_bottom_lines(bottom_lines: list[BottomLine]) -> Rules:
    """Read every bottom line, in order, into one set of rules."""
    no_agency = no_residential = no_day = no_employing = False
    rules = Rules()
    for line in bottom_lines:
        key = (line.about, line.kind)
        if key == ("own_home", "must_not") and re.search(r"care home|residential", line.text, re.I):
            key = ("residential", "must_not")  # "not a care home" is about care homes
        if key == ("family_involved", "must") and _NOT_FAMILY.search(line.text):
            key = ("family_involved", "must_not")  # "carers who are not family"
        if key == ("agency_staff", "must") and _NOT_AGENCY.search(line.text):
            key = ("agency_staff", "must_not")  # "my own PAs, not an agency" rules agencies out
        honoured = True
        if line.kind == "must" and _KEEP_WORKERS.search(line.text):
            rules.keep_workers = True
        if is_family_only(line):
            rules.family_only = True
            how = (
                "Only family do the care. A relative who lives apart can be paid as a PA "
                "from a direct payment, if the council agrees."
            )
        elif key == ("agency_staff", "must_not") or key == ("personal_assistant", "must"):
            if rules.force_mode == "agency":
                honoured, how = False, "This clashes with another bottom line. Talk it through."
            else:
                no_agency = True
                rules.force_mode = "personal_assistant"
                how = "No agency staff. Paid support comes from personal assistants."
        elif key == ("agency_staff", "must") or key == ("personal_assistant", "must_not"):
            if rules.force_mode == "personal_assistant":
                honoured, how = False, "This clashes with another bottom line. Talk it through."
            else:
                no_employing = True
                rules.force_mode = "agency"
                how = "Paid care comes from an agency. No one is employed directly."
        elif key == ("own_home", "must"):
            no_residential = True
            rules.stay_home = True
            how = "Support comes to the home. No care home, and breaks happen at home."
        elif key == ("residential", "must_not"):
            no_residential = True
            how = "Care homes are left out, even for short breaks."
        elif key == ("day_service", "must_not"):
            no_day = True
            how = "No day services. Time out is spent in the community instead."
        elif key == ("day_service", "must"):
            rules.prefer_day_service = True
            how = "Day service sessions are used for time out."
        elif key == ("family_involved", "must_not"):
            rules.no_family_help = True
            # family in general ruled out of the care in so many words: no one in the family
            # is counted on as a carer, nor offered a carer's assessment as one
            rules.family_refused = bool(_FAMILY_NOT_CARING.search(line.text)) and not (
                _FAMILY_LEFT_OUT.search(line.text)
            )
            how = "Family are not counted on for care. Paid support does it instead."
        elif key == ("family_involved", "must"):
            how = "Family stay involved: they are named in the plan and asked at every review."
            rules.specification.append(f"Family stay involved: {line.text}")
        else:
            rule = _RULE_WORDS.get(key)
            prefix = "Must" if line.kind == "must" else "Must not"
            rules.specification.append(
                f"{rule} ({line.text})" if rule else f"{prefix}: {line.text}"
            )
            how = "Written into what every paid worker must do."
        rules.honoured.append(
            PlanBottomLine(
                id=line.id,
                text=line.text,
                kind=line.kind,
                about=line.about,
                honoured=honoured,
                how=how,
            )
        )
    rules.restrictions = Restrictions(
        no_agency=no_agency,
        no_residential=no_residential,
        no_day_service=no_day,
        no_employing=no_employing,
        stay_home=rules.stay_home,
    )
    return rules

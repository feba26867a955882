"""People the plan must not count on for care: a child, and anyone the person says must not be
their carer.

- A child (under 18) who helps is a young carer. The plan does not rely on their help: the hours
  they give are costed as paid help, and the family is offered a young carer's needs assessment
  (Children and Families Act 2014, s17ZA; the Care Act 2014 asks councils to think of the whole
  family). Their age is read from what the person said ("my son Jordan, he is 16", "Amy (14)",
  "my 12-year-old daughter Mia").
- Someone the person says must not care for them ("I do not want Jordan to be my carer", "I
  don't want my daughter interpreting for me") is not counted on either; the person's word is a
  bottom line.
"""

from __future__ import annotations

import re

from planner.models import Person, Profile
from planner.plan import Risk

__all__ = [
    "ADULT_AGE",
    "age_of",
    "assessment_step",
    "not_carer_risks",
    "not_to_care_for",
    "young_carers",
]

ADULT_AGE = 18

_NOT_NUMBER_AFTER = r"(?!\s*(?:hours?|hrs?|h\b|minutes?|mins?|miles?|%|pounds|quid|days?|weeks?|"
_NOT_NUMBER_AFTER += r"months?|years?\s+(?:ago|of|now|since)|times|nights?|streets?|doors?|roads?|"
_NOT_NUMBER_AFTER += r"houses?|stops?|foot|feet|ft|stone|am\b|pm\b|o'clock|[.:]\d))"


_NUMBERS = {
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBERS) + r")\b", re.I)
_LISTED_AGE = re.compile(
    r"(?:^|[,(]\s*|\baged?\s+)(\d{1,2})\s*(?:\)|,|;|$|years?[\s-]old|yrs?[\s-]old)", re.I
)
#: what only a child is, said of the person: in a school year, at school, sitting GCSEs, a
#: teenager ("Josh is in Year 9", "my teenage son Josh", "Josh, who is still at school")
_SCHOOL = (
    r"\bteenage \w+ {name}\b|"
    r"\b{name}\b,? (?:who )?(?:is|'s) (?:still |only )?(?:in year \d{{1,2}}\b|"
    r"at (?:primary |secondary |high )?school|in (?:the )?sixth form|a teenager|"
    r"doing (?:his|her|their) (?:GCSEs|A[- ]levels))|"
    r"\b{name}\b[^.;]{{0,40}}\b(?:his|her|their) (?:GCSEs?|A[- ]levels?)\b"
)
_BETWEEN = r"(?:on|in|at|when|while|and|but|so|for|with|to|is|was|days?)\b"
_WORKS = re.compile(r"\b(works?|working|teach\w*|job|staff|caretaker|governor)\b", re.I)
#: the age a child at school is taken to be when no age is said
SCHOOL_AGE = 15


def _name(person: Person) -> str:
    return re.escape(person.name.strip())


def _said(profile: Profile) -> str:
    """Everything the person said that could give someone's age or a wish about who cares."""
    parts = [profile.typical_week, *profile.current_support, *profile.important_to]
    parts += [n.text for n in profile.support_needs]
    parts += [b.text for b in profile.bottom_lines]
    return "\n".join(parts)


def age_of(person: Person, profile: Profile) -> int | None:
    """The person's age as said in the profile, if it is said; None otherwise."""
    name = _name(person)
    if not name:
        return None
    text = _said(profile)
    patterns = (
        # "Jordan (14)", "Jordan, 16,", "Jordan, aged 12", "Jordan who is 15", "Jordan is 13"
        rf"\b{name}\b\s*(?:\(|,\s*(?:aged?\s+|who\s+is\s+|who's\s+)?|\s+(?:aged?|who\s+is|"
        rf"who's|is)\s+)(\d{{1,2}})\b{_NOT_NUMBER_AFTER}",
        # "Jordan, he is 16", "Jordan - she's 12"
        rf"\b{name}\b[,\s\-–]+(?:he|she|they)\s*(?:is|'s|are)\s+(?:only\s+|just\s+)?(\d{{1,2}})\b"
        rf"{_NOT_NUMBER_AFTER}",
        # "my 12-year-old daughter Mia", "my 15 year old Jordan"
        # (not "the 9-year-old on days Imran drives": words between, never a preposition)
        rf"\b(\d{{1,2}})[\s\-]*(?:year|yr)s?[\s\-]*old\s+(?:(?!{_BETWEEN})\w+\s+){{0,2}}{name}\b",
    )
    text = _NUMBER_WORD.sub(lambda m: str(_NUMBERS[m.group(0).lower()]), text)
    for pattern in patterns:
        match = re.search(pattern, text, re.I)
        if match:
            return int(match.group(1))
    # "son, 14", "daughter (aged 15)": the age in the list itself
    listed = _LISTED_AGE.search(person.relationship or "")
    if listed:
        return int(listed.group(1))
    # "Josh is in Year 9", "my teenage son Josh", "Josh, who is still at school": a child
    school = re.compile(_SCHOOL.format(name=name), re.I)
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        if school.search(sentence) and not _WORKS.search(sentence):
            return SCHOOL_AGE
    return None


#: care a person can refuse from someone: "doing my personal care", "washing me", "my carer"
_CARE = (
    r"(?:be\s+(?:my|a|the|her|his)\s+carer|care\s+for\s+me|look\s+after\s+me|"
    r"do(?:ing)?\s+my\s+(?:personal\s+)?care|(?:my\s+)?personal\s+care|interpret\w*|"
    r"translat\w*|wash\w*\s+(?:me|and)|help\s+me\s+wash|dress\w*\s+me|caring\s+for\s+me)"
)


def _refused(person: Person, profile: Profile) -> bool:
    """The person said this one must not be their carer or interpreter: "I don't want my
    sister doing my personal care", "Noor shouldn't have to wash me", "I want her to stop
    doing my care", "my sister again, not my carer"."""
    who = [_name(person)]
    head = re.split(r"[(,;]", person.relationship or "", maxsplit=1)[0].strip()
    if head:
        who.append(r"(?:my\s+)?" + re.escape(head))
    names = "|".join(w for w in who if w)
    if not names:
        return False
    them = rf"(?:{names}|her|him|them)"
    patterns = (
        rf"\b(?:do\s+not|don't|dont|never|no\s+longer|won't|will\s+not|no)\s+(?:want|let|have|"
        rf"make|ask|expect|need)\s+(?:{names})\b[^.!?\n]{{0,40}}\b(?:to\s+)?{_CARE}",
        rf"\b(?:{names})\b[^.!?\n]{{0,20}}\b(?:shouldn't|should\s+not|mustn't|must\s+not|"
        rf"ought\s+not\s+to)\s+(?:have\s+to\s+)?(?:keep\s+)?[^.!?\n]{{0,20}}{_CARE}",
        rf"\b(?:{names})\b[^.!?\n]{{0,60}}\bwant\s+{them}\s+to\s+stop\s+[^.!?\n]{{0,20}}"
        rf"(?:{_CARE}|caring|washing|doing\s+(?:it|this|that))",
        rf"\b(?:{names})\b[^.!?\n]{{0,40}}\bnot\s+my\s+carer\b",
    )
    said = _said(profile)
    return any(re.search(p, said, re.I) for p in patterns)


def not_to_care_for(person: Person, profile: Profile) -> str | None:
    """Why the plan must not count on this person's care ("young carer" or "asked"), or None."""
    age = age_of(person, profile)
    if age is not None and age < ADULT_AGE:
        return "young carer"
    if _refused(person, profile):
        return "asked"
    return None


def assessment_step(young: Person) -> str:
    """The action that asks for a young carer's needs assessment."""
    return (
        f"Ask the council for a young carer's needs assessment for {young.name} (Children and "
        f"Families Act 2014, s17ZA). It looks at what help the family needs, so {young.name} "
        "does not have to care."
    )


def young_carers(profile: Profile) -> list[Person]:
    """Children who help now: the family is offered a young carer's needs assessment."""
    return [
        p
        for p in profile.people
        if (p.helps_with or p.hours_per_week)
        and (age := age_of(p, profile)) is not None
        and age < ADULT_AGE
    ]


def not_carer_risks(people: list[Person], profile: Profile) -> list[Risk]:
    """Why the plan does not count on these people's help, said in the risks and what is done."""
    risks: list[Risk] = []
    for person in people:
        if not_to_care_for(person, profile) == "young carer":
            risks.append(
                Risk(
                    risk=f"{person.name} is under 18 and helps at home.",
                    safeguard=f"The plan does not count on {person.name}'s help. Paid support "
                    "does those hours, and the family can ask for a young carer's assessment.",
                )
            )
        else:
            risks.append(
                Risk(
                    risk=f"{person.name} is not to be asked to give care.",
                    safeguard=f"The plan does not count on {person.name}'s help, as asked. Paid "
                    "or other support is planned instead.",
                )
            )
    return risks

"""Things at home met without paid hours: a cooker made safe (thirteenth session), a pet
minded while the person is in hospital or away (fourteenth session), getting in and out of the
bath or shower, or on and off the toilet, safely, and pests in the home (fifteenth session).

"Cooking safely without the hob", "she left the gas on", "I'm scared of the cooker now":
a need about the danger of the cooker, with no hours said, is met by minor aids the
occupational therapist arranges: a microwave or an air fryer, a kettle tipper, or a gas valve
that turns the gas off by itself. Minor aids under the council's limit are free, so nothing is
charged to the budget. Food given by hand, or eaten to a swallowing plan, is not this: it
needs a person there (planner.answers, planner.swallowing).

"Someone to have Bella for five nights so I can have my operation": a pet looked after while
the person is away is not care the budget buys, nor an NHS service. Someone the person knows,
a pet sitter or kennels do it, paid from the person's own money like any cost of a pet; the
Cinnamon Trust, a national charity, fosters the pets of people over 65 or very ill during a
stay in hospital (cinnamon.org.uk, as published; not re-read here, the machine is offline).

"Getting in and out of the bath safely", "stepping over the side of the bath without
slipping": a need about getting in, out, on or off safely, with no hours said, is met by minor
aids and adaptations an occupational therapist arranges (a bath board or bath lift, a shower
stool, a raised toilet seat, grab rails). Under £1,000 they are free (Care and Support
(Charging and Assessment of Resources) Regulations 2014, reg. 3), so nothing is charged.
Someone to help the person wash, or a hoist, needs a person: not this.

"Getting rid of the mice", "the flat treated for bedbugs": pests in the home are a job for the
council's pest control service (or a private firm), a visit or two, not hours of care. Councils
may charge for it, often less for people on benefits, paid from the person's own money like any
cost of a home; the budget is not charged.
"""

from __future__ import annotations

import re

from planner.allocated import FreeSupport
from planner.answers import HANDS_ON_EATING, Demand
from planner.models import Need, Profile
from planner.vocabulary import area_route

#: the cooker and its dangers
_COOKER = re.compile(r"\b(cook\w*|cooker|hob|oven|gas|kitchen|pans?|kettle|stove)\b", re.I)
_DANGER = re.compile(
    r"\b(safe\w*|scared|frightened|afraid|burn\w*|scald\w*|fire|"
    r"left the (gas|hob|cooker|oven|stove) on|without the (hob|cooker|gas|oven|stove))\b",
    re.I,
)
#: food given by hand or eaten to a swallowing plan: a person is needed, not a thing
_PERSON_AT_MEALS = re.compile(
    r"\b(chok\w*|swallow\w*|dysphagia|thicken\w*|fed|feed\w*|help(ed)? to eat|"
    r"help (with )?eating|peg|tube|mash\w*|pur[ée]e\w*)\b",
    re.I,
)


def safe_kitchen(need: Need) -> FreeSupport | None:
    """Free minor aids for a need about the danger of cooking, with no hours said."""
    if need.area not in ("meals", "household") or need.hours_per_week:
        return None
    text = need.text
    if not (_COOKER.search(text) and _DANGER.search(text)) or _PERSON_AT_MEALS.search(text):
        return None
    if HANDS_ON_EATING.search(re.sub(r"\bsafe\w*\b", " ", text, flags=re.I)):
        return None
    return FreeSupport(
        kind="equipment",
        description="Safe cooking: a microwave or an air fryer, a kettle tipper, or a gas "
        "valve that turns the gas off by itself. An occupational therapist arranges them. "
        "Minor aids are free, so the budget is not charged.",
        meets=[need.id],
        route="equipment",
    )


#: a pet, or a name that the person's words say is one ("walking Bella", "Bella, my dog")
_PET = re.compile(r"\b(dogs?|cats?|pets?|pupp(y|ies)|kittens?|budgies?|rabbits?|parrots?)\b", re.I)
_MIND = re.compile(
    r"\b(have|mind|minding|look after|looking after|take|feed|sit|board|home for)\s+(my |our "
    r"|her |his |the )?(?P<name>[A-Z][a-z]+|dogs?|cats?|pets?)\b"
)
#: the person away: "while I'm in hospital", "so I can have my operation", "for five nights"
_AWAY = re.compile(
    r"\b((while|when|so) (i'?m|i am|i can|i have|i go|i'm in|she'?s|he'?s)\b[^.]{0,30}\b(hospital|"
    r"operation|op|surgery|away|respite|holiday)|for (a|one|two|three|four|five|six|seven|\d+|a "
    r"few|a couple of) (nights?|days?|weeks?))\b",
    re.I,
)
#: people, never a pet: "take Mum to hospital"
_PEOPLE_WORDS = re.compile(
    r"^(mum|mam|mom|dad|nan|nana|gran|grandad|grandma|grandpa|me|him|her|them|us|you|gp)$",
    re.I,
)


def pet_minded(need: Need, profile: Profile) -> FreeSupport | None:
    """A pet looked after while the person is away, from the person's own arrangements."""
    text = need.text
    mind = _MIND.search(text)
    if mind is None or not _AWAY.search(text) or need.hours_per_week:
        return None
    name = mind.group("name")
    if _PEOPLE_WORDS.match(name) or any(p.name == name for p in profile.people):
        return None
    if not _PET.search(text):
        said = " ".join([profile.typical_week, *(n.text for n in profile.support_needs)])
        if not re.search(
            rf"\b(walk\w*|feed\w*|groom\w*)\s+{name}\b|\b{name}\b,?\s+(my|our|the|her|his)\s+"
            r"(dog|cat|pup|puppy|kitten|rabbit)\b",
            said,
            re.I,
        ):
            return None
    return FreeSupport(
        kind="community",
        description="Someone the person knows, a pet sitter or kennels look after the pet while "
        "they are away, paid from their own money like any cost of a pet. The Cinnamon Trust, "
        "a national charity, fosters pets for free for people over 65 or very ill during a "
        "hospital stay.",
        meets=[need.id],
        route="community",
    )


#: getting in, out, on or off the bath, shower or toilet ("stepping over the side of the bath")
_TRANSFER = re.compile(
    r"\b(in (and|or) out of|out of|into|on (and|or) off|onto|off|over the side of|step\w* "
    r"(over|into|in|up))\b[^.]{0,30}?\b(the |my |his |her )?(bath|bathtub|tub|shower|toilet|"
    r"loo)\b",
    re.I,
)
_RISK = re.compile(r"\b(safe\w*|slip\w*|fall\w*|frighten\w*|scared|afraid|stuck)\b", re.I)
#: a person is needed: to wash, dress or lift, or with a hoist
_PERSON_NEEDED = re.compile(
    r"\b(wash\w*|dress\w*|someone|somebody|carers?|workers?|help (me|him|her|them)|hoist\w*|"
    r"lift\w*|two people|strip wash)\b",
    re.I,
)


def bathroom_aids(need: Need) -> Demand | None:
    """Free minor aids for getting in and out of the bath or shower, or on and off the toilet,
    safely, when no hours are said and no one is asked to wash or lift the person."""
    if need.area != "personal_care" or need.hours_per_week:
        return None
    text = need.text
    if not (_TRANSFER.search(text) and _RISK.search(text)) or _PERSON_NEEDED.search(text):
        return None
    return Demand(
        need.id,
        "equipment",
        "bathroom aids: a bath board or a bath lift, a shower stool, a raised toilet seat and "
        "grab rails",
        items=1,
    )


#: pests in the home
_PESTS = re.compile(
    r"\b(bed ?bugs?|fleas?|mice|mouse|rats?|cockroach(es)?|wasps?|hornets?|ants|pests?|"
    r"vermin|infest\w*)\b",
    re.I,
)


def pests_treated(need: Need) -> FreeSupport | None:
    """Pests in the home, with no hours said: the council's pest control service."""
    if need.area != "household" or need.hours_per_week or not _PESTS.search(need.text):
        return None
    return FreeSupport(
        kind="mainstream",
        description="The council's pest control service treats the home. It may take two "
        "visits. There may be a charge, often less for people on benefits. It is paid from "
        "the person's own money, not the budget. Do what the pest control officer asks "
        "before and after each visit.",
        meets=[need.id],
        route=area_route(need.area),
    )

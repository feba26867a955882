"""Signals: the plain words that weigh in broker advice and in how a need is met.

    HARD_TO_SAY    it may be hard for the person to understand or say what they want
                   (someone else typing is then a signal to check; on its own it is not)
    SENSORY        specialist support for sight, hearing or both, or for communicating
    carer_strain   a carer says it is too much ("at the end of her tether"), not the
                   person's own tiredness
    TIME_CRITICAL  medicines that must be given at set times
    MOVE           a move, a new home or a change of tenancy
    AWAY, PAID_HELP  a need placed when family are away (at work, out), or that asks for
                   paid help by name (a PA, an agency carer): family help elsewhere in the
                   week does not cover those hours
    ADAPTATION     a change to the home: an occupational therapist and a grant, not a move
    TREATMENT      regular hospital treatment the care must fit around (dialysis, chemo)
    LANGUAGE       a spoken language barrier (little English, an interpreter)
    fluctuating    a condition that comes and goes (ME, relapses, bad days): a first PA
                   must understand it
    FALL_WORRY     a worry about falling with no one knowing: telecare (a pendant or a
                   falls detector), not a health service to join up
    MENTAL_HEALTH, LEARNING_DISABILITY, OLDER   a broker's specialisms that fit
    is_financial_abuse  a safeguarding concern about money

Each is a signal read from the person's own words, never a verdict on its own: the broker
weighs it with the rest (planner.broker).
"""

from __future__ import annotations

import re

from planner.models import Profile

__all__ = [
    "ADAPTATION",
    "AWAY",
    "CLINICAL",
    "FALL_WORRY",
    "FAMILY_HOME",
    "HARD_TO_SAY",
    "LANGUAGE",
    "LEARNING_DISABILITY",
    "MENTAL_HEALTH",
    "MOVE",
    "OLDER",
    "PAID_HELP",
    "PAID_WORKER",
    "SENSORY",
    "TIME_CRITICAL",
    "TREATMENT",
    "all_text",
    "carer_strain",
    "fluctuating",
    "is_financial_abuse",
    "is_parent",
    "language_barrier",
    "leaving_family_home",
]

#: Words that show it may be hard for the person to understand, weigh or say what they want.
#: Someone else typing the answers is then a signal to check; on its own it is not.
HARD_TO_SAY = re.compile(
    r"\b(dementia|alzheimer\w*|memory loss|learning disabilit\w*|learning difficult\w*|"
    r"brain injury|aphasia|non-?verbal|no (speech|spoken words|words)|"
    r"(can ?not|can'?t|does ?not|doesn'?t|unable to) (speak|talk|use words|understand)|"
    r"makaton|pecs|signs? and gestures|communication (aid|book|board)s?|deafblind\w*)\b",
    re.I,
)
#: Specialist support for sight, hearing or both, or for communicating.
SENSORY = re.compile(
    r"\b(deafblind\w*|deaf|blind|sight loss|hearing loss|visual(ly)? impair\w*|"
    r"bsl|british sign language|sign language|communicator.?guides?|interveners?|"
    r"interpreters?|lip.?speakers?|braille)\b",
    re.I,
)
#: A carer saying the care is too much for them (a carer's strain, in their own words).
_STRAIN = re.compile(
    r"\b((can ?not|can'?t|could ?not|couldn'?t|unable to) (go on|carry on|keep (going|this up|"
    r"it up|up)|cope|do (it|this|nights) (any ?more|much longer))|"
    r"end of (my|her|his|their) tether|breaking point|not sustainable|unsustainable|"
    r"too much for (me|her|him|them)|falling apart|running on empty)\b",
    re.I,
)
#: Tiredness words count only about the carer ("she is exhausted"), not the person's own
#: symptoms ("I am exhausted" is fatigue, unless a carer is the one typing).
_TIRED = r"(so |very |completely )?(exhausted|worn out|burn(t|ed) out)"
_CARER_TIRED = re.compile(r"\b(she|he|they|carer)( is| are|'s|'re| feels?) " + _TIRED, re.I)
_I_AM_TIRED = re.compile(r"\b(i am|i'm|i feel) " + _TIRED, re.I)


def carer_strain(profile: Profile, words: str) -> re.Match[str] | None:
    """The words that say a carer cannot keep going, if any."""
    found = _STRAIN.search(words) or _CARER_TIRED.search(words)
    if not found and profile.answering_for == "someone_else":
        found = _I_AM_TIRED.search(words)  # the carer is the one typing
    return found


#: Medicines that must be given at set times (late doses do harm).
TIME_CRITICAL = re.compile(
    r"\b(parkinson\w*|time.critical|time.sensitive|on time|(set|exact|strict|fixed) times?|"
    r"to the minute|on the dot|insulin|epilep\w*|seizures?|rescue medic\w*|"
    r"syringe driver|inject\w*|anticoagula\w*)\b",
    re.I,
)
#: A move, a new home or a change of tenancy (not a change to the home).
MOVE = re.compile(
    r"\b(move|moving|new (home|flat|house|place)|own (flat|place|house)|"
    r"(flat|home|house|place) of (my|his|her|their) own|tenanc\w*|supported living|"
    r"housing association|landlord|evict\w*|homeless\w*|live on (my|his|her|their) own|"
    r"leav(e|ing) home|extra care housing|sheltered housing|shared house|own_flat|"
    r"(permanent|ground.floor|accessible|bigger|smaller)( [\w-]+){0,2} "
    r"(flat|home|house|bungalow|place|tenancy)|"
    r"temporary (accommodation|housing|flat|room)|hostel|b ?& ?b|bed and breakfast)\b",
    re.I,
)
#: A need placed in the hours when family are away: the help they give is at other times.
_WHO = r"(she|he|they|((my|her|his|our|the) )?[a-z]+)"
AWAY = re.compile(
    r"\b(at work|(gone|goes|go|going|leaves?|left|leaving) (for|to|out to) work|"
    rf"(after|once) {_WHO} (has |have )?(gone|left|leaves?|goes)( out| to work)?|"
    rf"(while|when) {_WHO} (is|are|'s|'re) (out|away|at work|working|not (here|home))|"
    # shifts: "on the mornings Karen works early", "when he works nights", "her early shifts"
    rf"(mornings?|days?|evenings?|nights?|weekends?|when) (?!i |we ){_WHO} (works?|starts?|is on)"
    r"( (early|late|nights|shifts?|an? (early|late|night) shift))?|"
    r"(on|during) (her|his|their|my \w+'s) (early|late|night) shifts?|"
    # asleep after a night's work: "the mornings Karen is asleep", "while Dev sleeps"
    rf"(mornings?|days?|afternoons?|when|while) (?!i |we ){_WHO} (is|are|'s) asleep|"
    rf"(while|when) (?!i |we ){_WHO} (sleeps|is sleeping|are sleeping))\b",
    re.I,
)
#: A need that asks for paid help by name: the person chose who does it.
PAID_HELP = re.compile(
    r"(^|\b(a|an|my|the) )(pa|personal assistant|agency( carer| worker| cover| back-?up)?|"
    r"paid (carer|helper)|care worker)\b|"
    # "done by trained PAs", "by paid carers" (round nine)
    r"\bby (trained |paid |my |our )?(pas|personal assistants|care workers|paid carers)\b",
    re.I,
)
#: Someone in the list who is paid to help (a PA the person employs, a charity's caseworker):
#: not unpaid help to count on, and not the person's own network.
PAID_WORKER = re.compile(
    r"\b(pa|personal assistant|support worker|care ?worker|case ?worker|social worker|"
    r"key ?worker|(i|we|she|he) employs?|paid)\b",
    re.I,
)
#: Living in the family home now (with parents or grandparents): a first move out of it
#: sets up a tenancy, benefits and support all at once.
FAMILY_HOME = re.compile(
    r"\b(live|living|lives|still) (at home )?with (my |our )?(mum|mam|mom|mother|dad|father|"
    r"parents|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|"
    r"grandparents|foster carers?)\b",
    re.I,
)
#: Clinical care the support must give at home (tube feeding, breathing support, rescue
#: medicine): health and care must be joined up, and NHS Continuing Healthcare checked.
CLINICAL = re.compile(
    r"\b(peg|tube.?fe\w*|feeding tube|fed (through|by) a tube|through the tube|niv|bipap|"
    r"cpap|ventilat\w*|tracheostomy|trach|suction\w*|oxygen|buccal|midazolam|"
    r"rescue medic\w*)\b",
    re.I,
)
#: Regular hospital treatment that care at home has to fit around.
TREATMENT = re.compile(
    r"\b(dialysis|renal|kidney failure|transplant|chemo\w*|radiotherapy|"
    r"cancer treatment|infusions?)\b",
    re.I,
)
#: A spoken language barrier (sign language is SENSORY, not this).
LANGUAGE = re.compile(
    r"\b((little|no|not much|limited|basic) english|"
    r"english is (not|n't) (my|his|her|their) first language|"
    r"(do|does|did|can) ?(not|n't) (speak|read|understand) english|"
    r"(spoken )?language interpreters?|interpreters?)\b",
    re.I,
)
_SIGNING = re.compile(r"\b(bsl|sign\w*|deaf\w*|makaton)\b", re.I)


def language_barrier(words: str) -> re.Match[str] | None:
    """The words that show a spoken language barrier, if any (not a sign language)."""
    found = LANGUAGE.search(words)
    if found and "english" not in found.group(0).lower() and _SIGNING.search(words):
        return None  # an interpreter for someone who signs
    return found


_FLUCTUATING = re.compile(
    r"\b(chronic fatigue|cfs|fibromyalgia|long covid|relaps\w*|flare.?ups?|bad days|"
    r"good days|fluctuat\w*|comes and goes|some days i can|"
    # autistic shutdown or burnout, and the days after it (round ten)
    r"shutdowns?|(i|he|she|they) (shut|shuts) down|recovery days?|bad weeks|good weeks|"
    r"burn-?out)\b",
    re.I,
)
_ME = re.compile(
    r"\b(ME|M\.E\.?)(?=[\s,.;:)/]|$)"  # in capitals, as before
    # in small letters only where it cannot be "me": "me/cfs", "my me clinic", "I have me."
    r"|(?i:\bme/cfs\b|\bme (?=(diagnosis|clinic|symptoms?|flare|crash|relapse)\b)|"
    r"\b(i have|i've got|i've had|has|had|diagnosed with|my|her|his) me(?=[,.;)]|$))"
)


def fluctuating(words: str) -> re.Match[str] | None:
    """The words that show a condition that comes and goes, if any ("ME" only in capitals,
    so "help me" is not it)."""
    return _FLUCTUATING.search(words) or _ME.search(words)


#: A worry about falling (and no one knowing), not a treatment: telecare meets it.
FALL_WORRY = re.compile(
    r"\b(fall|falls|falling|fell|trip|on the floor)\b(?!.*\b(physio\w*|clinic|nurse|"
    r"hospital|doctor|gp|treatment)\b)",
    re.I,
)
#: A change to the home (met by an occupational therapist and a grant), not a move.
ADAPTATION = re.compile(
    r"\b(shower|bath\w*|rails?|ramps?|stair\w*|hoist|adapt\w*|grab|toilet|door\w*|steps?|"
    r"wet ?room|level access|handrails?|kitchen)\b",
    re.I,
)
MENTAL_HEALTH = re.compile(
    r"\b(mental health|anxiety|anxious|depress\w*|bipolar|schizo\w*|psychosis|panic|ptsd|"
    r"personality disorder|ocd|eating disorder)\b",
    re.I,
)
LEARNING_DISABILITY = re.compile(
    r"\b(learning disabilit\w*|autis\w*|asperger\w*|down'?s syndrome|learning difficult\w*)\b", re.I
)
OLDER = re.compile(r"\b(dementia|alzheimer\w*|older|elderly|retired|pensioner|frail)\b", re.I)
_MONEY = re.compile(r"\b(money|bank|card|cash|pension|benefits?|savings|pin)\b", re.I)


def is_financial_abuse(profile: Profile) -> bool:
    """True when a safeguarding concern is about money."""
    return any(c.code == "safeguarding" and _MONEY.search(c.evidence) for c in profile.concerns)


def all_text(profile: Profile) -> str:
    """Everything the person said in their own words, as one text."""
    parts: list[str] = [profile.typical_week, *profile.current_support, *profile.important_to]
    parts += [n.text for n in profile.support_needs]
    parts += [d.text for d in profile.dreams] + [t for d in profile.dreams for t in d.tags]
    parts += [c.evidence for c in profile.concerns]
    return "\n".join(parts)


_PARENT = re.compile(
    r"\b(mum|mam|mom|mother|dad|father|parents?|nan|nana|nanna|gran|granny|grandma|"
    r"grandmother|grandad|grandpa|grandfather|grandparents?|step ?(mum|dad)|foster carers?)\b",
    re.I,
)


def leaving_family_home(profile: Profile, housing: list[str]) -> bool:
    """The person lives with parents or grandparents now and a move is planned (`housing`:
    the words of housing needs and housing dreams)."""
    return bool(FAMILY_HOME.search(profile.typical_week)) and any(MOVE.search(t) for t in housing)


def is_parent(relationship: str) -> bool:
    """A parent or grandparent (the family home the person may leave)."""
    return bool(_PARENT.search(relationship))

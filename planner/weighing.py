"""What an experienced broker weighs lightly or not at all (issue 16, fifth round; used by
planner.broker_reasons). People plan for themselves by default; these are the cases where a
reason the words seem to give is already taken care of.

    joined_up       a light health signal (the NHS already meets a health need) is no reason
                    when someone already joins health and care up: a care co-ordinator or key
                    worker, PAs the person already employs (an employer who runs a team), or
                    someone at home who gives the medicines or health help and can keep going
    later_move      a move that is only "one day", "not yet", "in a couple of years" is a
                    reason to keep a broker in mind, not to need one now: a signal
    settled_sharing sharing that already runs in supported living, held by the provider
                    (the provider holds the service fund and the house's staff are shared
                    now), needs clear sums, not a new agreement: a lesser reason
    own_voice       someone typing *with* the person, or the person's own words quoted
                    ("He says: ..."), so the person's own views are in the answers; or PAs the
                    person employs now and the person's own choice told by name ("Ali wants")

Added 2026-12-01, afternoon (panel 4 read by kind):

    settled_care    care an agency or carers already give now ("Agency: showers on Monday"):
                    the care and the NHS already work together, and a small plan whose
                    hands-on help is given that way needs no more people around
    joint_plan      a couple who both have support and plan together, with needs done
                    together: shared hours between two budgets need clear sums (a lesser
                    reason), not a new agreement between strangers
    fast_progressing  a condition that changes fast (motor neurone disease, "getting worse
                    quickly"): equipment, adaptations, speech, work and health must be joined
                    up ahead of need (a strong reason)
    plan_ahead      someone living alone, newly told they have dementia, planning for
                    themselves while they can choose: a signal to plan ahead

Added 2026-12-01, round six (broader signals from DOMAIN.md section 4, checked on panels 1 to 4
and the broker development set together):

    settled_support care an agency gives now, or a support provider's team paid from a service
                    fund: it has its own cover, so few people around is then no reason
    bereaved        someone close died lately ("died in June", "last month"): the circle of
                    support has just changed
    carer_worried   the carer worries who will help when they no longer can
    budget_disputed the person says the budget will not buy the help they were assessed for
    help_turned_away  hoarding, self-neglect or help sent away before: needs are met only once
                    the person trusts someone, at their pace
    pooling_is_big  nights, three or more people, or many hours pooled: much rests on the
                    pooling

Added 2026-12-01, eleventh session:

    ally            a disagreement with family where the person speaks for themselves and
                    someone in their circle is on their side ("Len agrees with me", or will
                    make the person's choice work: "Jo says she'll check on me", second
                    round), with no hospital discharge pressing: a lesser reason
"""

from __future__ import annotations

import re

from planner.carers import lives_with, partner
from planner.fitting import Fitted
from planner.models import Profile
from planner.rates import RateCard
from planner.sharing import shared_by

__all__ = [
    "ally",
    "bereaved",
    "budget_disputed",
    "carer_worried",
    "fast_progressing",
    "help_turned_away",
    "joined_up",
    "joint_plan",
    "later_move",
    "own_voice",
    "plan_ahead",
    "pooling_is_big",
    "settled_care",
    "settled_sharing",
    "settled_support",
]

#: A professional who already joins health and care up for the person.
_CO_ORDINATOR = re.compile(
    r"\b(care co-?ordinators?|key ?workers?|case managers?|community matrons?|"
    r"care navigators?|lead professionals?)\b",
    re.I,
)
_HEALTH_HELP = {"medication", "health"}
#: "I have employed a PA before": experience, not a team running now.
_BEFORE = re.compile(r"\b(before|used to|in the past|previously)\b", re.I)
_PA = re.compile(r"\b(pas?|personal assistants?)\b", re.I)


def joined_up(profile: Profile, fitted: Fitted) -> str:
    """Who already joins health and care up, in a few words ("" when nobody does)."""
    words = "\n".join([profile.typical_week, *profile.current_support])
    if found := _CO_ORDINATOR.search(words):
        return found.group(0)
    if fitted.allocation.employs_pas_now and not any(
        _BEFORE.search(line) and _PA.search(line) for line in profile.current_support
    ):
        return "PAs employed now"
    if care := settled_care(profile):
        return care
    for p in profile.people:
        if (
            p.can_continue is not False
            and set(p.helps_with) & _HEALTH_HELP
            and (partner(p) or lives_with(p, profile))
        ):
            return f"{p.name} ({p.relationship})"
    return ""


#: A time that places a plan in the future, not now.
_LATER = re.compile(
    r"\b(one day|some ?day|not yet|not now|not for now|eventually|in the (future|long run)|"
    r"in (a|the next) (few|couple of) years|in (two|three|four|five|\d+|a few) years'? ?(time)?|"
    r"when i'?m older|later on)\b",
    re.I,
)


def later_move(texts: list[str]) -> bool:
    """Every housing text that gives a move places it in the future."""
    return bool(texts) and all(_LATER.search(t) for t in texts)


_SUPPORTED_LIVING = re.compile(r"\b(supported living|the provider holds|provider manages)\b", re.I)
_SHARED_NOW = re.compile(r"\b(shared|between the|split)\b", re.I)
_WANTS_TO_SHARE = re.compile(
    r"\b(want|would like|hope|plan|ask)\w* (to )?(share|pool|one worker|one sleep-?in)", re.I
)


def settled_sharing(profile: Profile) -> bool:
    """Support shared in a supported living house that the provider already runs: the
    current support says it is shared now, and no one asks for new sharing."""
    now = "\n".join([profile.typical_week, *profile.current_support])
    return (
        profile.budget_management in ("individual_service_fund", "council_managed")
        and bool(_SUPPORTED_LIVING.search(now))
        and any(_SHARED_NOW.search(line) for line in profile.current_support)
        and not _WANTS_TO_SHARE.search(profile.typical_week)
    )


_WITH_PERSON = re.compile(
    r"\b(typing with|(sat|sitting) with|together with|with (him|her|them) beside|"
    # someone relaying the person's own words: "typing what he signs", "writing what she says"
    # (an interpreter or communicator-guide is the person's voice, twelfth session)
    r"(typing|writing( down)?|putting down) (what|as) (he|she|they|NAME) (signs?|says?|tells? "
    r"(me|us|him|her))|"
    r"relaying (his|her|their) (words|answers|signs))\b",
    re.I,
)
_QUOTED = re.compile(r"\b(he|she|they) (says?|said|told (me|us)):", re.I)


def own_voice(profile: Profile, employs_pas_now: int = 0) -> bool:
    """The answers carry the person's own views: typed with them, their words quoted, or
    their own choice told by name when they employ their own PAs now (a team that knows them
    and helps them say what they want)."""
    name = re.escape(profile.preferred_name or "NAME")
    told = re.compile(rf"\b{name} {_TOLD}", re.I)
    return bool(
        # "typing what Rosa says": the person named by the one typing (fifteenth session)
        _WITH_PERSON.search(re.sub(rf"\b{name}\b", "NAME", profile.answering_relationship or ""))
        or _QUOTED.search(profile.typical_week)
        or (employs_pas_now and profile.preferred_name and told.search(profile.typical_week))
    )


_TOLD = r"(says|said|wants|asked|told (me|us)|chose|loves|loved)\b"

#: Care an agency or care workers give now, every week.
_CARE_NOW = re.compile(
    r"\b(agency|home ?care|homecare|care workers?|carers come|calls? a day|care calls?)\b", re.I
)
#: A support provider's team, paid from a service fund, week in, week out.
_PROVIDER_NOW = re.compile(
    r"\b(individual service fund|support (team|workers?|staff|provider)|"
    r"support, \d+(\.\d+)? hours a week)\b",
    re.I,
)


def settled_care(profile: Profile) -> str:
    """The current support line of care an agency or care workers already give ("" if none)."""
    for line in profile.current_support:
        if _CARE_NOW.search(line) and not _BEFORE.search(line):
            return line
    return ""


def settled_support(profile: Profile) -> str:
    """Care or support a service already gives now, with its own cover: an agency's care, or
    a support provider's team paid from a service fund ("" if none). (Used for who is around,
    not for joining health up: a few hours of support do not join health up.)"""
    if care := settled_care(profile):
        return care
    for line in profile.current_support:
        if _PROVIDER_NOW.search(line) and not _BEFORE.search(line):
            return line
    return ""


#: The couple both have support and plan together.
_BOTH = re.compile(
    r"\b(we both (have|get)( a| our own)? (budgets?|support)|both of us (have|get)|"
    r"(do|make|write) our plans? together|plan together|(help|support)s? (me and \w+|us both))\b",
    re.I,
)


def joint_plan(profile: Profile) -> list[str]:
    """Needs with hours done together with a partner, when the couple both have support and
    plan together (their two budgets share those hours)."""
    if not _BOTH.search(profile.typical_week):
        return []
    names = [p.name for p in profile.people if partner(p) and p.can_continue is not False]
    return [
        n.text
        for n in profile.support_needs
        if n.hours_per_week
        and any(re.search(rf"\bwith {re.escape(name)}\b", n.text, re.I) for name in names)
    ]


#: A condition that changes fast.
#: ("my mood can change quickly" or "my walking is progressing fast" is not one.)
_FAST = re.compile(
    r"\b(motor neurone|mnd|amyotrophic|(getting|gets|got) worse (very )?(quickly|fast)|"
    r"(deteriorat\w*|declin\w*) (very )?(quickly|fast|rapidly)|"
    r"(things|needs|my condition|the illness|the disease) (may |might |could |can |will )?"
    r"change (very )?(quickly|fast|rapidly)|"
    r"(rapidly|fast)[- ](progress|deteriorat|declin)\w*)\b",
    re.I,
)


def fast_progressing(words: str) -> re.Match[str] | None:
    """Words that say the person's condition changes fast."""
    return _FAST.search(words)


_NEW_DEMENTIA = re.compile(
    r"\b(early|newly|recently|(told|diagnosed)\b[^.]{0,40}?)\s?(onset )?"
    r"(dementia|alzheimer\w*)",
    re.I,
)
_ALONE = re.compile(r"\b(live|living|lives) (on my own|alone|by myself)\b", re.I)


def plan_ahead(profile: Profile) -> re.Match[str] | None:
    """Someone who lives alone, was told lately they have dementia, and plans for themselves."""
    week = profile.typical_week
    if profile.answering_for != "self" or not _ALONE.search(week):
        return None
    return _NEW_DEMENTIA.search(week)


#: Issue 16, broker round six: general signals from DOMAIN.md section 4, not one panel's words.
#: Someone close died lately: the words say when ("last month", "in June", "weeks ago").
_MONTHS = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_BEREAVED = re.compile(
    rf"\b(died|passed away|lost (him|her|them))\b,? (only |just )?(last (week|month)|recently|"
    rf"this (year|month|spring|summer|autumn|winter)|in {_MONTHS}\b(?! \d)|on the \d+\w*|"
    rf"(a |a few |two |three |four |five |six |\d+ )?(weeks?|months?) ago)",
    re.I,
)


def bereaved(words: str) -> re.Match[str] | None:
    """Words that say someone close died lately (not years ago)."""
    return _BEREAVED.search(words)


#: The carer worries who will help when they no longer can.
_WORRIED = re.compile(
    # "who will do it when I can't", "what happens to him when I'm gone"
    r"\b(who will|what (will )?happens?)\b[^.]{0,50}\bwhen (i|she|he|we|they)\s?"
    r"(can'?t|cannot|(am|'m|is|'s|are|'re) (gone|not here|no longer here|too old)|die|pass)|"
    # "I worry about when I'm gone" (not "I worry when I'm not around", at work)
    r"\bworr\w*\b[^.]{0,50}\bwhen (i|we)('m| am|'re| are)? (gone|die|pass|"
    r"can'?t (do it|cope|manage))",
    re.I,
)


def carer_worried(words: str) -> re.Match[str] | None:
    """Words that say a carer worries who will help when they no longer can."""
    return _WORRIED.search(words)


#: The person says the budget will not buy what they were assessed for: a disagreement
#: with the council about the amount (DOMAIN.md section 4), even when the plan is trimmed to fit.
_NOT_ENOUGH = re.compile(
    # about the personal budget, not the person's own money ("I can't manage money, I can't
    # pay bills" is a need for help with money)
    r"\b(budget|direct payment|the amount|what (they|the council) (gave|offered|give)\w*)\b"
    r"[^.]{0,50}\b(won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|is not|not) "
    r"(pay|cover|buy|be enough|enough|stretch)\b|"
    r"\bnot enough (money|budget|hours) (to|for)\b",
    re.I,
)


def budget_disputed(words: str) -> re.Match[str] | None:
    """Words that say the budget will not buy the assessed help."""
    return _NOT_ENOUGH.search(words)


#: Hoarding or self-neglect, or help turned away before: the needs are met only once the
#: person trusts someone, at their own pace.
_SELF_NEGLECT = re.compile(
    r"\b(hoard\w*|self.neglect\w*|(sent|sends|send) (the )?(workers|carers|people|them|"
    r"everyone) away|(refus\w*|turn\w* (away|down)) (help|support|carers|services|workers)|"
    r"won'?t let (anyone|people|carers|workers) in|"
    # hoarding in everyday words (round nine): things kept, rooms full, a forced clearance
    r"(keeps?|kept|keeping) (a lot of|too many|so many|lots of) (things|stuff|papers|bags)|"
    r"(house|flat|home|rooms?|bedrooms?|stairs|landing|kitchen|hall)\b[^.]{0,30}\b(is|are) "
    r"(full|piled high|packed)\b(?! of)|full of (papers|bags|boxes|things|stuff|junk|clutter)|"
    r"(threw|binned|dumped|chucked|cleared) (away |out )?(my|his|her|their) (things|stuff|"
    r"belongings))\b",
    re.I,
)


def help_turned_away(words: str) -> re.Match[str] | None:
    """Words that show self-neglect, hoarding or help turned away before."""
    return _SELF_NEGLECT.search(words)


def pooling_is_big(profile: Profile, rates: RateCard) -> bool:
    """Much rests on the pooling: shared nights, three or more people sharing, or at least
    `broker_small_pa_hours` a week pooled (the shared needs' hours, or every need's when the
    words pool whole budgets)."""
    if joint_plan(profile):
        return False  # a couple sharing their own hours between their two budgets
    shared = [n for n in profile.support_needs if shared_by(n, profile) > 1]
    if any(n.area == "night_support" or shared_by(n, profile) >= 3 for n in shared):
        return True
    # when the words pool whole budgets, the hours pooled are those for days, the home and
    # getting out (washing, dressing and medicines are one person's own)
    pooled = shared or [
        n for n in profile.support_needs if n.area not in ("personal_care", "medication")
    ]
    hours = sum(n.hours_per_week or 0 for n in pooled)
    return hours >= float(rates["broker_small_pa_hours"])


#: Pooling words: budgets, staff or hours shared, or a micro-provider (broker_reasons.py).
POOLING = re.compile(
    r"\b(pool(ed|ing)|pool (my|our|their) (budgets?|money|hours)|"
    r"shar(e|ed|ing) (my |our |a |the )?(budgets?|support|staff|workers?|pas?|hours|night \w+)|"
    # "put our budgets together", "one worker for all four of us" (round nine)
    r"put (our|their|some|the|my) (money|budgets?|hours)( \w+)? together|"
    r"(one|a|the same) (pa|worker|support worker|personal assistant) for (the |all )?"
    r"(two|three|four|five|\d) of us|"
    r"micro.?(service|provider)s?)\b",
    re.I,
)
#: Help with the paperwork of employing: a payroll service, a managed account, someone
#: who does the forms.
PAPERWORK = re.compile(r"\b(payroll|managed account|pay ?slips?|paperwork)\b", re.I)
LPA = re.compile(r"\b(power of attorney|lpa|attorney|deputy)\b", re.I)


#: Someone on the person's side in a disagreement ("Len agrees with me", "Pearl is on my side").
_BACKS = re.compile(
    r"\b(agrees? with (me|her|him|them)|(is|are|'s)( \w+)? on (my|her|his|their) side|"
    r"backs? (me|her|him|them)( up)?|stands? up for (me|her|him|them)|"
    # someone who will make the person's own choice work: "Jo says she'll check on me"
    r"(says|said) (he|she|they)('ll| will| would) (be the one|help|check|take|come|ring|"
    r"answer|look in|pop in|stay))\b",
    re.I,
)
#: A hospital discharge close: the person has no time to work a disagreement through.
_DISCHARGE = re.compile(r"\b(discharg\w*|the ward|in hospital|out of hospital)\b", re.I)


def ally(profile: Profile, disagreement: str) -> str:
    """Who is on the person's side in a disagreement, when the person speaks for themselves
    and no discharge presses ("" when nobody is, or they cannot be counted on)."""
    if profile.answering_for != "self" or _DISCHARGE.search(profile.typical_week):
        return ""
    for sentence in re.split(r"(?<=[.!?])\s+", profile.typical_week):
        if not _BACKS.search(sentence):
            continue
        for p in profile.people:
            name = p.name.split(" (")[0]
            said = re.compile(rf"\b{re.escape(name)}\b")
            # not the one the person disagrees with
            if said.search(sentence) and not said.search(disagreement):
                return f"{p.name} ({p.relationship})"
    return ""

"""Needs met without paying for more hours (issue 16, broker round nine: false shortfalls).

alongside     a carer's break at the same time as the person's own time out with a worker
              is those hours: the carer is free while the person is out
days_out      a carer's break of whole days while the person goes out somewhere they
              enjoy, or a whole day's break each week, is a day service, paid by the day
              (not a worker for every hour)
own_activity  an activity the person does themselves (a class, a swim, the gym) is met by
              the activity; paid hours only when the words ask for someone with them
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.allocated import FreeSupport
from planner.answers import Demand
from planner.availability import days_said
from planner.kitchen import bathroom_aids, pests_treated
from planner.models import Need, Profile
from planner.reablement import reablement
from planner.vocabulary import area_label, area_route

__all__ = [
    "alongside",
    "carer_break",
    "days_out",
    "last_weeks",
    "last_weeks_care",
    "met_without_hours",
    "own_activity",
    "transport_only",
]

_OUT_AND_ABOUT = {"community_access", "social_life", "mobility", "communication"}

#: An activity the person does (not help from someone): a class, a swim, the gym, keeping fit.
_ACTIVITY = re.compile(
    r"\b(class(es)?|swim\w*|gym|keep(ing)? fit|exercise|yoga|pilates|walking group)\b", re.I
)
#: Words that ask for someone with the person.
_SOMEONE = re.compile(
    r"\b(someone|somebody|help\w*|support\w*|with me|worker|pa|carer|buddy|take me|"
    r"go(ing)? with|get(ting)? (me )?to|company)\b",
    re.I,
)
#: A carer's break of whole days while the person goes out somewhere (not at home).
_DAYS_OUT = re.compile(
    r"\b(days?|whole days?)\b[^.]*\b(somewhere|a club|a centre|a group|day cent(re|er)|"
    r"day services?)\b",
    re.I,
)
_AT_HOME_BREAK = re.compile(r"\b(at home|in the house|sitter|sitting)\b", re.I)


def alongside(need: Need, profile: Profile) -> str:
    """When the carer's break is at the same time as the person's own time out with a worker
    (the break's days and times are the outing's, and it has as many hours or more): those
    times ("" when not)."""
    when = " ".join((need.times or "").lower().split())
    if not when or not need.hours_per_week:
        return ""
    for other in profile.support_needs:
        if (
            other.area in _OUT_AND_ABOUT
            and when in " ".join((other.times or "").lower().split())
            and (other.hours_per_week or 0) >= need.hours_per_week
        ):
            return need.times or ""
    return ""


#: A whole day's break a week, said of the day ("one day a week", "a day to herself"): a day
#: centre or club by the day costs less than a worker for every hour of it (second round).
_WHOLE_DAY = re.compile(
    r"\b((one|a|1) (whole |full )?day (a|each|every|per) week|a day out|"
    r"a day to (herself|himself|myself|themselves))\b",
    re.I,
)

#: The day is the writer's own time out ("so I can get out with my friends"), not a day
#: somewhere for the one cared for.
_MY_OUTING = re.compile(r"\b(I can (get|go) out|with my friends)\b", re.I)


#: Company for the days a carer is at work ("while Kelly is at work"): whole days somewhere,
#: a day centre or lunch club by the day, not a worker for every hour (thirteenth session).
_WHILE_AT_WORK = re.compile(
    r"\bwhile (\w+|my \w+|(he|she|they|we)) (is|are|'s|'re) (at|out at|in) work\b", re.I
)
_WHOLE_DAY_HOURS = 5


def days_at_work(need: Need) -> bool:
    """Company or something to do for whole days while the carer is at work."""
    if need.area not in ("social_life", "community_access") or not need.hours_per_week:
        return False
    days = days_said(need) or 7
    return bool(_WHILE_AT_WORK.search(need.text)) and (
        need.hours_per_week / days >= _WHOLE_DAY_HOURS
    )


def days_out(need: Need) -> bool:
    """A carer's break of whole days while the person goes out somewhere, or a whole day's
    break each week (not at home)."""
    words = f"{need.text} {need.times or ''}"
    whole = _DAYS_OUT.search(need.text) or (
        _WHOLE_DAY.search(words) and not _MY_OUTING.search(words)
    )
    return bool(whole) and not _AT_HOME_BREAK.search(words)


def own_activity(need: Need) -> bool:
    """An activity the person does themselves, with no words asking for someone with them."""
    return bool(_ACTIVITY.search(need.text)) and not _SOMEONE.search(need.text)


def carer_break(
    need: Need, profile: Profile, mode: str, hours: Decimal, day_service_ok: bool
) -> Demand | FreeSupport:
    """A weekly carer's break with hours: the person's own outing at that time, a day
    service by the day, or hours of a worker."""
    if same_time := alongside(need, profile):
        # the person is out with a worker at that time: the carer's break is those hours
        return FreeSupport(
            kind="mainstream",
            description="The carer's break is the time the person is out with a "
            f"worker ({same_time}), so it costs nothing more.",
            meets=[need.id],
            route=area_route(need.area),
        )
    if days_out(need) and day_service_ok:
        # whole days while the person goes somewhere they enjoy: a day service by the day
        return Demand(need.id, "day_service", "a break for the carer", hours=hours)
    return Demand(need.id, mode, "a break for the carer", hours=hours)


#: Words that ask for a thing, not a person's time.
_THING = re.compile(
    r"\b(markers?|labels?|stickers?|bump[- ]?ons?|tactile dots|gadgets?|aids?|devices?|equipment|"
    r"(grab )?rails?|kettle tippers?|talking (clock|watch|scales)|timers?|magnifiers?)\b",
    re.I,
)
_SMALL_JOB = re.compile(r"\b(heating|bins?|curtains|post|lights?|windows?|doors? locked)\b", re.I)
_VISIT_AREAS = ("personal_care", "meals", "medication")
#: a task done in the visits already there: "at every visit", "with each call", "during the
#: calls", "whenever the carers are here" (fourteenth session)
_EACH_VISIT = re.compile(
    r"\b((at|with|during|in) (every|each|all (the|of the)|the same) (visits?|calls?)|"
    r"(at|with|during) the (visits|calls)|whenever the (carers?|workers?) (are|is|come|comes))\b",
    re.I,
)


#: Communication asked of the people who support the person, not of a thing: "everyone who
#: supports him signs fluently", "staff who understand her signs", "workers who speak Polish".
_WORKERS_MUST = re.compile(
    r"\b(staff|workers?|carers?|everyone|anyone|people|PAs?)\b[^.]{0,30}?\b(who|that|must|to)\b"
    r"[^.]{0,30}?\b(signs?|signing|speaks?|speaking|understands?|knows?|uses?)\b",
    re.I,
)


def met_without_hours(need: Need, profile: Profile) -> Demand | FreeSupport | None:
    """A need with no hours met by a thing (free equipment), by what every worker must be able
    to do (communication asked of people), or by a visit already there."""
    if _THING.search(need.text):
        return Demand(need.id, "equipment", f"equipment for {area_label(need.area)}", items=1)
    if aids := bathroom_aids(need) or pests_treated(need):
        return aids  # free minor aids for the bath, or pest control (fifteenth session)
    if need.area == "communication" and _WORKERS_MUST.search(need.text):
        return FreeSupport(
            kind="mainstream",
            description="Every worker must be able to do this. It is written into what the "
            "plan asks of them, and the provider must show it before they start.",
            meets=[need.id],
            route=area_route(need.area),
        )
    if free := reablement(need):
        return free  # help for a while after a hospital stay (planner.reablement)
    visit = next(
        (n for n in profile.support_needs if n.area in _VISIT_AREAS and n.hours_per_week), None
    )
    if visit is None:
        return None
    if (
        _EACH_VISIT.search(f"{need.text} {need.times or ''}")
        and not need.hours_per_week
        and need.area in (*_VISIT_AREAS, "health")
    ):
        # done "at every visit", "with each call": inside the visits already costed
        return _in_the_visit(
            need,
            f"Done at each visit for the help with {area_label(visit.area)}"
            ", so it needs no hours of its own and costs nothing more.",
        )
    if need.area == "household" and _SMALL_JOB.search(need.text):
        return _in_the_visit(
            need,
            "Done in the same visit as the help with "
            f"{area_label(visit.area)}, so it costs nothing more.",
        )
    return None


def _in_the_visit(need: Need, description: str) -> FreeSupport:
    return FreeSupport(
        kind="mainstream", description=description, meets=[need.id], route=area_route(need.area)
    )


#: The last weeks or months of life, in so many words (not "hospice" alone: a shop, a wish).
_LAST_WEEKS = re.compile(
    r"\b((weeks|days) to (weeks|months)|(weeks|months|days) (to live|left)|fast.?track\w*|"
    r"(could|may|might) be (only )?(days|weeks) or (a few |two |three )?(weeks|months)|"
    r"(last|final) (weeks|days|months) of (his|her|my|their|your) life|end.of.life care|"
    r"end of (his|her|my|their) life|(is|am|are) dying)\b",
    re.I,
)
#: talk of the end of life as something to plan for, not the last weeks now
_PLANNING = re.compile(r"\b(talk\w*|discuss\w*|plan\w*|think\w*)\b[^.]{0,30}$", re.I)
_FAST_TRACK_AREAS = ("personal_care", "night_support", "medication", "health")


def last_weeks(profile: Profile) -> re.Match[str] | None:
    """Words that say the person is in the last weeks or months of life."""
    text = "\n".join([profile.typical_week, *profile.current_support])
    for found in _LAST_WEEKS.finditer(text):
        before = re.split(r"[.!?\n]", text[max(0, found.start() - 60) : found.start()])[-1]
        if found.group(0).lower().startswith("end") and _PLANNING.search(before):
            continue  # "started to talk about end-of-life care": planning ahead (15th)
        return found
    return None


def last_weeks_care(need: Need, profile: Profile) -> FreeSupport | None:
    """Care at home in the last weeks of life, paid by the NHS (fast-track)."""
    if need.area not in _FAST_TRACK_AREAS or not last_weeks(profile):
        return None
    return FreeSupport(
        kind="mainstream",
        description="NHS Continuing Healthcare, fast track: at the end of life the NHS pays "
        "for care at home, nights too. Ask the GP or the nurses to apply for it today.",
        meets=[need.id],
        route="health",
    )


#: A need that is only about getting there: "Getting to the bowls club since I stopped driving".
_GETTING_THERE = re.compile(
    r"^\s*(getting|get|a lift|lifts|transport|a ride|rides) (to|into)\b[^.]{0,40}?\b(group|club|"
    r"class|cent(re|er)|church|chapel|mosque|temple|gurdwara|synagogue|meeting|college|work|"
    r"choir|session|lunch)",
    re.I,
)
_LEARN = re.compile(r"\b(learn\w*|on my own|by myself|independent\w*|training)\b", re.I)
#: Words that ask for someone to go with the person or stay ("getting to" itself does not);
#: getting there and home "safely" is a risk on the way that a lift alone does not meet.
_COMPANY = re.compile(
    r"\b(someone|somebody|help\w*|support\w*|with me|worker|pa|carer|buddy|take me|"
    r"go(ing)? with|company|stay\w*|escort\w*|safe(ly)?)\b",
    re.I,
)


def transport_only(need: Need) -> FreeSupport | None:
    """A lift there and back (community transport, a taxi) when the need is only to get to
    a place with its own people, and no one is asked to stay with the person."""
    if not _GETTING_THERE.search(need.text) or _COMPANY.search(need.text):
        return None
    if _LEARN.search(need.text):
        return None  # learning to travel alone is travel training, with a worker
    return FreeSupport(
        kind="community",
        description="Community transport or a taxi there and back. The person pays the fare, "
        "as on a bus. The group has its own people there.",
        meets=[need.id],
        route=area_route(need.area),
    )

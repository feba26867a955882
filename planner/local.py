"""Local options: which services in the council's directory fit each need and dream.

    need  ─► kinds of service for its area (seeing people -> befriending, lunch clubs, groups...)
    dream ─► kinds for its theme, and services whose name or terms share the dream's words
          ─► keep a service only when it is
               in the person's area   their postcode district, or the whole council when
                                      no district is given; a council-wide service always
               for them               its eligibility (carers, older people...) shows in their
                                      own answers; their age, when they give it, fits
               allowed                no bottom line rules it out (no day centre, staying at
                                      home, no agency staff)
               at the right time      a day or a part of the day in the need's times
          ─► best first: shares the person's words, in their own district, lowest price, name

Pure: the directory is data passed in (planner.directory).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from planner.directory import (
    ELIGIBILITY_WORDS,
    Directory,
    DirectoryService,
    service_kinds,
)
from planner.models import Dream, Need, Profile
from planner.options import Restrictions
from planner.vocabulary import dream_theme, mentions

__all__ = [
    "NEED_KINDS",
    "ROUTE_KINDS",
    "THEME_KINDS",
    "LocalFinds",
    "find_local",
]

NEED_KINDS: dict[str, frozenset[str]] = {
    "social_life": frozenset(
        {"befriending", "social_group", "lunch_club", "exercise", "day_opportunities"}
    ),
    "community_access": frozenset(
        {"social_group", "day_opportunities", "exercise", "transport", "befriending"}
    ),
    "meals": frozenset({"meals_delivery", "lunch_club"}),
    "household": frozenset({"cleaning"}),
    "shopping": frozenset({"shopping"}),
    "night_support": frozenset({"telecare"}),
    "carer_break": frozenset({"carers", "sitting", "shared_lives"}),
    "money_admin": frozenset({"money_advice", "advocacy"}),
    "communication": frozenset({"advocacy"}),
    "work_or_learning": frozenset({"employment", "learning"}),
    "mobility": frozenset({"transport"}),
    # health needs (tube feeding, nursing) are the NHS's: no local group meets them
}
THEME_KINDS: dict[str, frozenset[str]] = {
    "social": frozenset({"social_group", "befriending", "lunch_club", "exercise"}),
    "health": frozenset({"exercise"}),
    "work": frozenset({"employment"}),
    "learning": frozenset({"learning"}),
    "independence": frozenset({"transport", "learning"}),
    # housing dreams go to the council's housing team: Shared Lives short breaks and day
    # support are not a home of one's own
    "other": frozenset({"social_group"}),
}
#: The kinds of local service that belong among a support's options, by its route.
ROUTE_KINDS: dict[str, frozenset[str]] = {
    "social": NEED_KINDS["social_life"] | NEED_KINDS["community_access"],
    "meals": NEED_KINDS["meals"],
    "household": NEED_KINDS["household"],
    "shopping": NEED_KINDS["shopping"],
    "night": NEED_KINDS["night_support"],
    "tech": frozenset({"telecare"}),
    "short_break": NEED_KINDS["carer_break"],
    "day_service": frozenset({"day_opportunities"}),
    "work": frozenset({"employment"}),
    "learning": frozenset({"learning"}),
    "money": NEED_KINDS["money_admin"],
    "travel": frozenset({"transport"}),
}
MAX_PER_REF = 2

_DAYS = {
    "MO": ("monday", "mondays", "weekday", "weekdays"),
    "TU": ("tuesday", "tuesdays", "weekday", "weekdays"),
    "WE": ("wednesday", "wednesdays", "weekday", "weekdays"),
    "TH": ("thursday", "thursdays", "weekday", "weekdays"),
    "FR": ("friday", "fridays", "weekday", "weekdays"),
    "SA": ("saturday", "saturdays", "weekend", "weekends"),
    "SU": ("sunday", "sundays", "weekend", "weekends"),
}
#: parts of the day, as (from, to) in minutes after midnight, and the words for them
_PARTS: dict[str, tuple[tuple[int, int], tuple[str, ...]]] = {
    "morning": ((5 * 60, 12 * 60), ("morning", "mornings")),
    "lunchtime": ((11 * 60 + 30, 14 * 60), ("lunch", "lunchtime", "midday", "dinner time")),
    "afternoon": ((12 * 60, 17 * 60), ("afternoon", "afternoons")),
    "evening": ((17 * 60, 23 * 60), ("evening", "evenings", "night", "nights")),
}
_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset(
    {
        "again",
        "back",
        "join",
        "some",
        "more",
        "with",
        "want",
        "would",
        "like",
        "every",
        "time",
        "that",
        "this",
        "have",
        "from",
        "into",
        "their",
        "there",
        "about",
        "other",
        "people",
        "things",
        "getting",
        "going",
        "help",
        "need",
        "needs",
        "able",
        "week",
        "weekly",
        "friends",
        "mates",
        "local",
        "near",
        "home",
        "myself",
        "support",
        "group",
        "groups",
        "live",
        "living",
        "life",
        # theme tags say what kind of dream it is, not what it is about
        "social",
        "work",
        "learning",
        "health",
        "housing",
        "travel",
        "independence",
        "own_flat",
        "flat",
    }
)
_AGE = re.compile(
    r"\b(?:i am|i'm|im|aged|age|she is|he is|they are)\s+(\d{2,3})\b|\b(\d{2,3}) years? old\b"
)


@dataclass
class LocalFinds:
    """The local services that fit, for each need and dream id, best first."""

    by_ref: dict[str, list[DirectoryService]] = field(default_factory=dict)
    #: need and dream ids the directory had nothing for (needs only where a kind exists)
    nothing_for: list[str] = field(default_factory=list)
    council: str = ""
    district: str = ""

    def for_route(self, route: str, refs: list[str]) -> list[DirectoryService]:
        """The services that fit these refs and belong among this route's options."""
        kinds = ROUTE_KINDS.get(route, frozenset())
        seen: dict[str, DirectoryService] = {}
        for ref in refs:
            for service in self.by_ref.get(ref, []):
                if route == "local" or service_kinds(service) & kinds:
                    seen.setdefault(service.id, service)
        return list(seen.values())


def _words(text: str) -> set[str]:
    """Telling words of four letters or more, without a plural s ("bikes" -> "bike")."""
    found = {w for w in _WORD.findall(text.lower()) if w not in _COMMON}
    return {w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in found}


def _age(profile: Profile) -> int | None:
    texts = [profile.typical_week, *profile.important_to, *profile.admired_qualities]
    for text in texts:
        found = _AGE.search(text.lower())
        if found:
            age = int(found.group(1) or found.group(2))
            if 10 <= age <= 110:
                return age
    return None


def _all_words(profile: Profile) -> str:
    parts = [
        profile.typical_week,
        *profile.important_to,
        *profile.current_support,
        *profile.admired_qualities,
        *(n.text for n in profile.support_needs),
        *(d.text for d in profile.dreams),
        *(c.evidence for c in profile.concerns),
        *(p.relationship for p in profile.people),
        profile.answering_relationship or "",
    ]
    return " ".join(p for p in parts if p).lower()


def _in_area(service: DirectoryService, district: str) -> bool:
    return not service.districts or not district or district in service.districts


def _for_them(service: DirectoryService, words: str, age: int | None, carer_need: bool) -> bool:
    if age is not None:
        if service.min_age is not None and age < service.min_age:
            return False
        if service.max_age is not None and age > service.max_age:
            return False
    for group in service.eligibility:
        key = group.lower()
        if key == "carers" and carer_need:
            continue  # a carer's break is for the carer: their group fits
        if not mentions(words, ELIGIBILITY_WORDS.get(key, (key,))):
            return False
    return True


def _allowed(service: DirectoryService, restrictions: Restrictions) -> bool:
    kinds = service_kinds(service)
    if restrictions.no_day_service and "day_opportunities" in kinds:
        return False
    if restrictions.stay_home and "shared_lives" in kinds:
        return False
    terms = " ".join([*service.terms, service.name])
    if restrictions.no_agency and mentions(terms, ("agency", "home care")):
        return False
    return not (restrictions.no_residential and mentions(terms, ("care home", "residential")))


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def _at_the_time(service: DirectoryService, times: str) -> bool:
    """True when a session falls on a day and in a part of the day the words ask for (or the
    words name no day or time, or the directory gives no sessions)."""
    if not times or not service.sessions:
        return True
    text = times.lower()
    days = {d for d, words in _DAYS.items() if mentions(text, words)}
    parts = [span for span, words in _PARTS.values() if mentions(text, words)]
    if not days and not parts:
        return True
    for session in service.sessions:
        day_ok = not days or not session.days or bool(days & set(session.days))
        part_ok = not parts or not (session.opens and session.closes)
        if not part_ok:
            opens, closes = _minutes(session.opens or ""), _minutes(session.closes or "")
            part_ok = any(opens < end and closes > start for start, end in parts)
        if day_ok and part_ok:
            return True
    return False


def _rank(
    services: list[DirectoryService], wanted: set[str], district: str
) -> list[DirectoryService]:
    def key(s: DirectoryService) -> tuple[int, int, Decimal, str]:
        text = " ".join([s.name, *s.terms, s.description])
        shared = len(wanted & _words(text))
        prices = [c.amount for c in s.costs]
        return (
            -shared,
            0 if district and district in s.districts else 1,
            min(prices) if prices else Decimal("999"),
            s.name.lower(),
        )

    return sorted(services, key=key)


def _need_fits(need: Need, keep: list[DirectoryService]) -> list[DirectoryService]:
    kinds = NEED_KINDS.get(need.area, frozenset())
    return [s for s in keep if service_kinds(s) & kinds and _at_the_time(s, need.times or "")]


def _dream_fits(dream: Dream, keep: list[DirectoryService]) -> list[DirectoryService]:
    """Services that share the dream's words; when none do, services of its theme's kinds."""
    kinds = THEME_KINDS.get(dream_theme(dream.text, dream.tags), frozenset())
    wanted = _words(dream.text) | {w for t in dream.tags for w in _words(t)}
    timely = [s for s in keep if _at_the_time(s, dream.text)]
    by_words = [s for s in timely if wanted & _words(" ".join([s.name, *s.terms]))]
    # words shared with a service of the dream's kind first ("bike shop" is a job, not
    # a shopping service)
    in_kind = [s for s in by_words if service_kinds(s) & kinds]
    return in_kind or by_words or [s for s in timely if service_kinds(s) & kinds]


def find_local(profile: Profile, directory: Directory, restrictions: Restrictions) -> LocalFinds:
    """The services in the directory that fit each of the person's needs and dreams."""
    district = (profile.postcode_district or "").upper().replace(" ", "")
    words = _all_words(profile)
    age = _age(profile)
    carer_need = any(n.area == "carer_break" for n in profile.support_needs)
    keep = [
        s
        for s in directory.services
        if _in_area(s, district)
        and _for_them(s, words, age, carer_need)
        and _allowed(s, restrictions)
    ]
    finds = LocalFinds(council=directory.council, district=district)
    for need in profile.support_needs:
        if need.area not in NEED_KINDS:
            continue
        found = _rank(_need_fits(need, keep), _words(need.text), district)
        if found:
            finds.by_ref[need.id] = found[:MAX_PER_REF]
        else:
            finds.nothing_for.append(need.id)
    for dream in profile.dreams:
        wanted = _words(dream.text) | {w for t in dream.tags for w in _words(t)}
        found = _rank(_dream_fits(dream, keep), wanted, district)
        if found:
            finds.by_ref[dream.id] = found[:MAX_PER_REF]
        else:
            finds.nothing_for.append(dream.id)
    return finds

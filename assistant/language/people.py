"""The circle of support (extract_people): who helps, with what, for how long, and whether
they can carry on; relationships are made plain and seen from the person's side.

Who the typist is (extract_relationship) and the relationship words are in relationship.py;
both are importable from here as before.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.language._nlp import clean, safe
from assistant.language.areas import need_areas
from assistant.language.circle import mentions
from assistant.language.hours import _analyse
from assistant.language.relationship import RELATIONSHIPS, extract_relationship

__all__ = [
    "RELATIONSHIPS",
    "extract_people",
    "extract_relationship",
    "from_persons_view",
    "merge_people",
    "names_the_typist",
]

#: word as typed -> plain relationship
_NOBODY = re.compile(
    r"^\W*(?:no\s*one|nobody|no-one|none|noone|nope|no|nothing|n/a|na|not\s+really|"
    r"i'm\s+on\s+my\s+own|i\s+am\s+on\s+my\s+own|on\s+my\s+own|just\s+me|only\s+me|"
    r"no\s+family|i\s+have\s+no\s+one|i've\s+got\s+no\s+one|i\s+live\s+alone)\W*$",
    re.IGNORECASE,
)
_CANNOT = re.compile(
    r"\b(?:can't|cant|cannot|can\s+not|won't\s+be\s+able|wont\s+be\s+able|"
    r"will\s+not\s+be\s+able|isn't\s+able|"
    r"is\s+not\s+able|not\s+able|unable|couldn't)\s+(?:to\s+)?(?:keep|carry|continue|go\s+on|"
    r"do\s+(?:it|this|that|as\s+much|much|more)|for\s+much\s+longer|manage|cope|help)|"
    r"\bnot\s+for\s+(?:much|very)\s+(?:longer|long)|\bfor\s+much\s+longer\b|"
    r"\bgetting\s+(?:too\s+)?(?:old|older|frail|tired|worn\s+out|poorly|ill)|"
    r"\b(?:struggl\w+|exhausted|burn[ts]\s+out|burnt\s+out|burned\s+out|worn\s+out|"
    r"at\s+breaking\s+point|at\s+the\s+end\s+of\s+(?:her|his|my|their)\s+tether)\b|"
    r"\b(?:moving|moved)\s+away\b|\bmoving\s+(?:abroad|out)\b|\bgiving\s+up\b|"
    r"\b(?:has|have|had)\s+to\s+stop\b|\b(?:is|was|'s)\s+(?:ill|poorly|unwell|not\s+well|"
    r"having\s+(?:an\s+)?operation)\b|\btoo\s+much\s+for\s+(?:him|her|them|me)\b|"
    r"\bnot\s+sure\s+how\s+long\b|\bless\s+and\s+less\b|\bstarting\s+(?:a\s+)?(?:new\s+)?"
    r"(?:job|work)\b|\bbad\s+(?:back|health|heart)\b",
    re.IGNORECASE,
)
_CAN = re.compile(
    r"\b(?:happy\s+to\s+(?:keep|carry|continue|help)|will\s+(?:keep|carry|always)|"
    r"can\s+(?:keep|carry|continue)|always\s+will|for\s+as\s+long\s+as|no\s+problem|"
    r"will\s+continue|wants\s+to\s+(?:keep|carry|continue)|plans\s+to\s+(?:keep|carry|continue)"
    r"|isn't\s+going\s+anywhere|not\s+going\s+anywhere)\b",
    re.IGNORECASE,
)


@safe(list[dict[str, Any]])
def extract_people(text: str, typist: str | None = None) -> list[dict[str, Any]]:
    """The people who help: {"name", "relationship", "helps_with", "hours_per_week",
    "can_continue"}. Unnamed people are named by how they were mentioned ("my son").

    `typist` is who is typing, when it is not the person the plan is for (their "daughter",
    "husband", "mother"...): then "my brother" is the person's son, and "me, Chantelle" is the
    typist, so relationships are always from the person's point of view."""
    text = clean(text)
    if not text or _NOBODY.match(text):
        return []
    entries: list[tuple[int, int, str, str]] = []  # start, end, name, relationship
    for m in mentions(text, RELATIONSHIPS):
        rel = m.relationship
        if m.typist:
            rel = typist or ""
        elif typist and m.possessive in ("my", "me"):
            rel = from_persons_view(rel, typist)
        where = _FROM.match(text, m.end)
        if where and rel in _WORK_ROLES:
            rel = f"{rel} {where.group('where').strip()}"  # "support worker from Mind"
        if m.name is None:
            if (
                m.possessive in ("a", "an", "the", "")
                and rel.split(" from ")[0].split(" at ")[0] not in _UNNAMED_OK
            ):
                continue
            if rel in ("family", "friends", "neighbours", "children", "grandchildren") and (
                m.possessive in ("the", "")
            ):
                continue
            name = m.said
        else:
            name = m.name
        entries.append((m.start, m.end, name, rel))
    people: list[dict[str, Any]] = []
    by_name: dict[str, dict[str, Any]] = {}
    for i, (_, end, name, rel) in enumerate(entries):
        next_start = entries[i + 1][0] if i + 1 < len(entries) else len(text)
        segment = text[end:next_start]
        j = i
        while re.fullmatch(r"[\s,&]*(?:and|or|n)?[\s,&]*", segment) and j + 1 < len(entries):
            j += 1  # "my son and daughter help with meals": they share what follows
            after = entries[j + 1][0] if j + 1 < len(entries) else len(text)
            segment = text[entries[j][1] : after]
        hours, _, _ = _analyse(segment)
        person: dict[str, Any] = {
            "name": name[:200],
            "relationship": rel[:200],
            "helps_with": need_areas(segment),
            "hours_per_week": hours,
            "can_continue": _can_continue(segment),
        }
        key = name.lower()
        if key in by_name:
            known = by_name[key]
            for area in person["helps_with"]:
                if area not in known["helps_with"]:
                    known["helps_with"].append(area)
            known["hours_per_week"] = known["hours_per_week"] or person["hours_per_week"]
            if person["can_continue"] is not None:
                known["can_continue"] = person["can_continue"]
            known["relationship"] = known["relationship"] or person["relationship"]
            continue
        by_name[key] = person
        people.append(person)
    return people[:30]


# where someone paid or organised comes from: "kev from mind", "Jackie the sitter from Crossroads"
_FROM = re.compile(
    r"\s*,?\s*(?P<where>(?:from|at)\s+(?:the\s+)?[A-Za-z'&]+(?:\s+(?!(?:helps?|does|comes|"
    r"who|and|is|takes|visits|on|every|each|for|with|to|but|she|he|they|i|me)\b)[A-Za-z'&]+){0,2})",
    re.IGNORECASE,
)
_WORK_ROLES = frozenset(
    {"support worker", "key worker", "care worker", "social worker", "sitter", "cleaner",
     "befriender", "volunteer", "advocate", "nurse", "district nurse", "personal assistant",
     "community psychiatric nurse", "carer", "mentor", "job coach", "physiotherapist",
     "support workers"}
)  # fmt: skip
_UNNAMED_OK = frozenset(
    {"neighbour", "friend", "vicar", "lodger", "landlord", "landlady", "sitter", "cleaner",
     "key worker", "support worker", "social worker", "district nurse", "nurse", "befriender",
     "personal assistant", "advocate", "carer"}
)  # fmt: skip

# what a relative of the typist is to the person, by who the typist is to the person
_VIEW: dict[str, dict[str, str]] = {
    "child": {
        "mother": "wife", "father": "husband", "brother": "son", "sister": "daughter",
        "sons": "grandsons", "son": "grandson", "daughter": "granddaughter",
        "children": "grandchildren", "wife": "daughter-in-law", "husband": "son-in-law",
        "partner": "{typist}'s partner", "boyfriend": "{typist}'s partner",
        "girlfriend": "{typist}'s partner", "niece": "granddaughter", "nephew": "grandson",
        "brothers": "sons", "sisters": "daughters", "parents": "partner",
    },
    "spouse": {
        "mother": "mother-in-law", "father": "father-in-law", "sister": "sister-in-law",
        "brother": "brother-in-law",
    },
    "parent": {
        "son": "brother", "daughter": "sister", "children": "brothers and sisters",
        "husband": "father", "wife": "mother", "partner": "parent's partner",
        "mother": "grandmother", "father": "grandfather", "grandchildren": "nieces and nephews",
        "sister": "aunt", "brother": "uncle",
    },
    "sibling": {
        "mother": "mother", "father": "father", "parents": "parents", "son": "nephew",
        "daughter": "niece", "children": "nieces and nephews", "husband": "brother-in-law",
        "wife": "sister-in-law", "brother": "brother", "sister": "sister",
        "partner": "{typist}'s partner", "boyfriend": "{typist}'s partner",
        "girlfriend": "{typist}'s partner",
    },
}  # fmt: skip
_TYPIST_KIND = {
    "son": "child", "daughter": "child", "child": "child", "stepson": "child",
    "stepdaughter": "child", "wife": "spouse", "husband": "spouse", "spouse": "spouse",
    "partner": "spouse", "mother": "parent", "father": "parent", "parent": "parent",
    "stepmother": "parent", "stepfather": "parent", "brother": "sibling", "sister": "sibling",
    "sibling": "sibling", "twin": "sibling",
}  # fmt: skip


def merge_people(
    people: list[dict[str, Any]], more: list[dict[str, Any]], *, need_relationship: bool = True
) -> list[dict[str, Any]]:
    """`people` with what another answer said of them: a name given there to someone said here
    only by relationship ("my friend" here, "Maureen my friend" there), and people named there
    with their relationship who are missing here (with `need_relationship=False`, everyone
    named there: the person asked to add them). People here keep what they have."""
    out = [dict(p) for p in people]
    names = {str(p.get("name") or "").lower() for p in out}
    for extra in more:
        name = str(extra.get("name") or "")
        rel = str(extra.get("relationship") or "")
        if not name or (need_relationship and not rel) or name.lower() in names:
            continue
        if _unnamed(name) and need_relationship:
            continue
        twin = next(
            (p for p in out if _unnamed(str(p.get("name") or "")) and p.get("relationship") == rel),
            None,
        )
        if twin is not None:
            twin["name"] = name
        else:
            out.append(dict(extra))
        names.add(name.lower())
    return out[:30]


def _unnamed(name: str) -> bool:
    """ "my friend", "his mum": someone known only by their relationship."""
    return bool(re.match(r"(?i)(?:my|our|his|her|their|the|a|an)\s", name))


@safe(lambda: False)
def names_the_typist(text: str) -> bool:
    """True when the typist names themself among the people ("me, George, I do the rest")."""
    return any(m.typist for m in mentions(clean(text), RELATIONSHIPS))


def from_persons_view(relationship: str, typist: str) -> str:
    """A relative of the typist ("my brother") as the person's relative ("son", when the typist
    is the person's daughter). Unknown pairs stay as said."""
    said = typist.lower().strip()
    kind = _TYPIST_KIND.get(said)
    if not kind:
        return relationship
    return _VIEW[kind].get(relationship, relationship).replace("{typist}", said)


def _can_continue(segment: str) -> bool | None:
    if _CANNOT.search(segment):
        return False
    if _CAN.search(segment):
        return True
    return None

"""Relationship words made plain, and who the typist is to the person (extract_relationship).

Relationship words are made plain: mum/mom/mam -> mother, dad -> father, nan/gran/grandma
-> grandmother, grandad/grandpa -> grandfather, neighbor -> neighbour, auntie -> aunt,
hubby -> husband, mate/pal -> friend, kids/children -> children.

extract_relationship convention: the relationship OF THE TYPIST TO THE PERSON the plan is
for. "I'm her son" -> "son"; "I'm his wife" -> "wife"; "support worker" -> "support worker";
"my mum" (the person is my mother) -> "child"; "my son" -> "parent"; "my husband" ->
"spouse"; "my brother" -> "sibling"; "my friend" -> "friend".
"""

from __future__ import annotations

import re

from assistant.language._nlp import clean, safe

__all__ = ["RELATIONSHIPS", "extract_relationship"]

RELATIONSHIPS: dict[str, str] = {
    "mum": "mother",
    "mom": "mother",
    "mam": "mother",
    "mummy": "mother",
    "mother": "mother",
    "ma": "mother",
    "dad": "father",
    "daddy": "father",
    "father": "father",
    "son": "son",
    "daughter": "daughter",
    "wife": "wife",
    "husband": "husband",
    "hubby": "husband",
    "bro": "brother",
    "sis": "sister",
    "missus": "wife",
    "partner": "partner",
    "boyfriend": "boyfriend",
    "girlfriend": "girlfriend",
    "fiance": "fiance",
    "fiancee": "fiancee",
    "brother": "brother",
    "sister": "sister",
    "neighbour": "neighbour",
    "neighbor": "neighbour",
    "friend": "friend",
    "best friend": "friend",
    "mate": "friend",
    "pal": "friend",
    "grandson": "grandson",
    "granddaughter": "granddaughter",
    "grandchildren": "grandchildren",
    "grandkids": "grandchildren",
    "niece": "niece",
    "nephew": "nephew",
    "aunt": "aunt",
    "auntie": "aunt",
    "aunty": "aunt",
    "uncle": "uncle",
    "cousin": "cousin",
    "son-in-law": "son-in-law",
    "son in law": "son-in-law",
    "daughter-in-law": "daughter-in-law",
    "daughter in law": "daughter-in-law",
    "sister-in-law": "sister-in-law",
    "sister in law": "sister-in-law",
    "brother-in-law": "brother-in-law",
    "brother in law": "brother-in-law",
    "stepson": "stepson",
    "stepdaughter": "stepdaughter",
    "stepmum": "stepmother",
    "stepdad": "stepfather",
    "nan": "grandmother",
    "nana": "grandmother",
    "nanna": "grandmother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "grandmother": "grandmother",
    "grandad": "grandfather",
    "granddad": "grandfather",
    "grandpa": "grandfather",
    "grandfather": "grandfather",
    "kids": "children",
    "children": "children",
    "sons": "sons",
    "daughters": "daughters",
    "family": "family",
    "landlady": "landlady",
    "landlord": "landlord",
    "lodger": "lodger",
    "flatmate": "flatmate",
    "housemate": "housemate",
    "colleague": "colleague",
    "godson": "godson",
    "goddaughter": "goddaughter",
    "vicar": "vicar",
    "church friends": "friends",
    "friends": "friends",
    "neighbours": "neighbours",
    "twin": "twin",
    "twin brother": "brother",
    "twin sister": "sister",
    "ex": "ex-partner",
    "ex-wife": "ex-wife",
    "ex-husband": "ex-husband",
    "other half": "partner",
    "carer": "carer",
    "unpaid carer": "carer",
}
_REL_WORDS = sorted(RELATIONSHIPS, key=len, reverse=True)
_REL = r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in _REL_WORDS) + r")"


def _plain(word: str) -> str:
    key = re.sub(r"[\s-]+", " ", word.lower()).strip()
    return RELATIONSHIPS.get(key, RELATIONSHIPS.get(key.replace(" ", "-"), key))


_INVERSE: dict[str, str] = {
    "mother": "child",
    "father": "child",
    "son": "parent",
    "daughter": "parent",
    "children": "parent",
    "sons": "parent",
    "daughters": "parent",
    "wife": "spouse",
    "husband": "spouse",
    "partner": "partner",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "fiance": "partner",
    "fiancee": "partner",
    "brother": "sibling",
    "sister": "sibling",
    "twin": "sibling",
    "friend": "friend",
    "friends": "friend",
    "neighbour": "neighbour",
    "neighbours": "neighbour",
    "grandmother": "grandchild",
    "grandfather": "grandchild",
    "grandson": "grandparent",
    "granddaughter": "grandparent",
    "grandchildren": "grandparent",
    "niece": "aunt or uncle",
    "nephew": "aunt or uncle",
    "aunt": "niece or nephew",
    "uncle": "niece or nephew",
    "cousin": "cousin",
    "son-in-law": "parent-in-law",
    "daughter-in-law": "parent-in-law",
    "sister-in-law": "sibling-in-law",
    "brother-in-law": "sibling-in-law",
    "stepson": "step-parent",
    "stepdaughter": "step-parent",
    "stepmother": "stepchild",
    "stepfather": "stepchild",
    "godson": "godparent",
    "goddaughter": "godparent",
    "family": "family",
    "ex-partner": "ex-partner",
    "ex-wife": "ex-partner",
    "ex-husband": "ex-partner",
    "lodger": "landlord",
    "flatmate": "flatmate",
    "housemate": "housemate",
    "colleague": "colleague",
}
_ROLES = (
    "support worker",
    "social worker",
    "key worker",
    "keyworker",
    "care worker",
    "personal assistant",
    "advocate",
    "appointee",
    "deputy",
    "power of attorney",
    "attorney",
    "guardian",
    "foster carer",
    "shared lives carer",
    "case manager",
    "care manager",
    "occupational therapist",
    "nurse",
    "paid carer",
    "carer",
    "pa",
    "broker",
    "teacher",
    "volunteer",
    "befriender",
    "manager",
)
_ROLE = r"(?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES) + r")"
_SELF_ROLE = re.compile(
    rf"\b(?:i'm|im|i\s+am|as|being|i\s+work\s+as)\s+(?:(?:his|her|their|the|a|an|one\s+of"
    rf"\s+(?:his|her|their))\s+)?(?:(?:main|paid|unpaid|only|eldest|youngest|older|younger)\s+)?"
    rf"(?P<rel>{_REL}|{_ROLE})s?\b",
    re.IGNORECASE,
)
_THEIR = re.compile(
    rf"\b(?:his|her|their)\s+(?:(?:main|paid|unpaid|only|eldest|youngest|older|younger)\s+)?"
    rf"(?P<rel>{_REL}|{_ROLE})\b",
    re.IGNORECASE,
)
_MY = re.compile(
    rf"\b(?:my|our)\s+(?:(?:elderly|old|little|eldest|youngest|older|younger|adult|best)\s+)?"
    rf"(?P<rel>{_REL})\b",
    re.IGNORECASE,
)
_BARE = re.compile(rf"^\W*(?:a|an|the)?\s*(?P<rel>{_REL}|{_ROLE})s?\W*$", re.IGNORECASE)
# "Husband, George. Married 51 years." / "Mum (Debbie)": the answer starts with the typist's role
_LEADING = re.compile(
    rf"^\W*(?:(?:i'?m|i\s+am)\s+)?(?:(?:his|her|their)\s+)?(?P<rel>{_REL}|{_ROLE})\b\s*(?:[,(\-:.]|$|"
    rf"(?-i:[A-Z])|[a-z]+\s*$)",
    re.IGNORECASE,
)


def _role(word: str) -> str:
    key = re.sub(r"\s+", " ", word.lower()).strip()
    if key in ("pa",):
        return "personal assistant"
    if key == "keyworker":
        return "key worker"
    return key


@safe(lambda: None)
def extract_relationship(text: str) -> str | None:
    """Who the typist is to the person the plan is for (see the module docstring)."""
    text = clean(text)
    if not text:
        return None
    for pattern in (_SELF_ROLE, _BARE, _THEIR, _LEADING):
        m = pattern.search(text)
        if m:
            word = m.group("rel")
            key = re.sub(r"\s+", " ", word.lower())
            if key in RELATIONSHIPS:
                if pattern is _BARE and key in ("pa",):
                    return "personal assistant"
                return _plain(word)
            return _role(word)
    m = _MY.search(text)
    if m:
        rel = _plain(m.group("rel"))
        return _INVERSE.get(rel, rel)
    return None

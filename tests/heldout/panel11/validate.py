#!/usr/bin/env python3
"""Validate held-out panel 11 (this folder). Python 3.11, standard library only.

Checks, the same scope as panel 10's validator:

profiles/<id>.json
  - only CONTRACT.md section 3 fields, all required ones present;
  - answering_relationship present (non-empty) exactly when answering_for is someone_else;
  - consent and confirm_summary are true; enum fields hold contract values;
  - people, support_needs, dreams, bottom_lines and concerns items have exactly the contract keys;
  - need areas (in needs and in people's helps_with) come from the contract; hours in range;
  - ids are unique inside each list; bottom-line kind is must or must_not;
  - concern codes come from the contract, and every concern's evidence is copied word for word from
    the profile's own text (any string outside the concerns list);
  - postcode_district is an outward code or null;
  - budget_amount is exactly {amount, period}: a positive amount with at most two decimals, a known
    period, and a plausible weekly value (GBP 40 to 3,000).
verdicts/<id>.json
  - exactly the verdict fields; id equals the file name; broker_level is known;
  - expected_readiness_failures are distinct known readiness codes;
  - must_include is a non-empty list of strings, must_not_include and must_not_name_as_helper lists
    of strings; needs_key_areas a non-empty list of contract need areas that occur in the profile;
  - everyone in must_not_name_as_helper is one of the profile's people.
rules
  - urgent exactly when the profile has an open safeguarding or crisis concern;
  - an open safeguarding concern names at least one person who must not help;
  - the panel sends a plan back exactly when budget_fits is an expected readiness failure.
the set
  - profiles and verdicts pair up; ids are p11-NN-name, numbered from 01 with no gaps;
  - at least 24 cases; at least 8 simple (none or optional); 2 to 4 urgent; at least 2 sent back.
README.md
  - the title line, a FROZEN notice, one distribution row per level with the right count, and one
    case-table row per case whose last cell is that verdict's broker level.

Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
SET_PREFIX = "p11"
README_TITLE = "# Held-out panel 11 for issue 16: {n} profiles with a broker's and panel's verdict"

AREAS = {
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
}
CODES = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
OPEN_RISK = {"safeguarding", "crisis"}
BROKER_LEVELS = ["none", "optional", "recommended", "urgent"]
READINESS = {
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
}
WEEKS_IN = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUMS = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund",
                          "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
PROFILE_REQUIRED = {
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
}
PROFILE_OPTIONAL = {"answering_relationship"}
ITEM_KEYS = {
    "people": {"name", "relationship", "helps_with", "hours_per_week", "can_continue"},
    "support_needs": {"id", "area", "text", "hours_per_week", "times"},
    "dreams": {"id", "text", "tags"},
    "bottom_lines": {"id", "text", "kind", "about"},
    "concerns": {"code", "evidence"},
}
VERDICT_KEYS = {
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
}
ID_PATTERN = re.compile(rf"^{SET_PREFIX}-(\d{{2}})-[a-z]+$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

problems: list[str] = []


def fail(where: str, what: str) -> None:
    problems.append(f"{where}: {what}")


def is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_text_list(value, non_empty: bool = False) -> bool:
    if not isinstance(value, list) or any(not is_text(v) for v in value):
        return False
    return len(value) > 0 or not non_empty


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)


def list_items(where: str, prof: dict, field: str) -> list[dict]:
    value = prof.get(field)
    if not isinstance(value, list):
        fail(where, f"{field} is not a list")
        return []
    kept, ids = [], set()
    for n, item in enumerate(value):
        at = f"{where} {field}[{n}]"
        if not isinstance(item, dict) or set(item) != ITEM_KEYS[field]:
            fail(at, f"must have exactly the keys {sorted(ITEM_KEYS[field])}")
            continue
        if "id" in item:
            if not is_text(item["id"]) or item["id"] in ids:
                fail(at, "id must be non-empty and unique within the list")
            ids.add(item["id"])
        kept.append(item)
    return kept


def check_profile(cid: str, prof) -> float | None:
    where = f"profile {cid}"
    if not isinstance(prof, dict):
        fail(where, "is not a JSON object")
        return None
    fields = set(prof)
    if PROFILE_REQUIRED - fields:
        fail(where, f"missing {sorted(PROFILE_REQUIRED - fields)}")
    extra = fields - PROFILE_REQUIRED - PROFILE_OPTIONAL
    if extra:
        fail(where, f"not contract fields: {sorted(extra)}")
    for flag in ("consent", "confirm_summary"):
        if prof.get(flag) is not True:
            fail(where, f"{flag} must be true")
    for field, allowed in ENUMS.items():
        if prof.get(field) not in allowed:
            fail(where, f"{field} {prof.get(field)!r} not in {sorted(allowed)}")
    if prof.get("answering_for") == "someone_else":
        if not is_text(prof.get("answering_relationship")):
            fail(where, "someone else is answering but answering_relationship is missing")
    elif "answering_relationship" in prof:
        fail(where, "answering_relationship is only for someone_else")
    for field in ("preferred_name", "typical_week"):
        if not is_text(prof.get(field)):
            fail(where, f"{field} must be non-empty text")
    for field, non_empty in (("admired_qualities", True), ("important_to", True),
                             ("current_support", False)):
        if not is_text_list(prof.get(field), non_empty):
            fail(where, f"{field} must be a list of strings" + (" with at least one" if non_empty else ""))

    for person in list_items(where, prof, "people"):
        at = f"{where} person {person.get('name')!r}"
        if not is_text(person["name"]) or not is_text(person["relationship"]):
            fail(at, "name and relationship must be text")
        if not isinstance(person["helps_with"], list) or not set(person["helps_with"]) <= AREAS:
            fail(at, "helps_with must be a list of contract need areas")
        h = person["hours_per_week"]
        if h is not None and not (is_number(h) and 0 <= h <= 168):
            fail(at, "hours_per_week must be null or 0 to 168")
        if person["can_continue"] not in (True, False, None):
            fail(at, "can_continue must be true, false or null")

    needs = list_items(where, prof, "support_needs")
    if not needs:
        fail(where, "support_needs is empty")
    for need in needs:
        at = f"{where} need {need.get('id')!r}"
        if need["area"] not in AREAS:
            fail(at, f"area {need['area']!r} is not a contract need area")
        if not is_text(need["text"]):
            fail(at, "text is empty")
        h = need["hours_per_week"]
        if h is not None and not (is_number(h) and 0 < h <= 168):
            fail(at, "hours_per_week must be null or above 0 and at most 168")
        if need["times"] is not None and not is_text(need["times"]):
            fail(at, "times must be null or text")
    for dream in list_items(where, prof, "dreams"):
        if not is_text(dream["text"]) or not is_text_list(dream["tags"]):
            fail(f"{where} dream {dream.get('id')!r}", "needs text and a list of string tags")
    for line in list_items(where, prof, "bottom_lines"):
        if line["kind"] not in ("must", "must_not") or not is_text(line["text"]) or not is_text(line["about"]):
            fail(f"{where} bottom line {line.get('id')!r}", "needs text, kind must or must_not, and about")

    own_text = "\n".join(s for k, v in prof.items() if k != "concerns" for s in strings_in(v))
    for concern in list_items(where, prof, "concerns"):
        if concern["code"] not in CODES:
            fail(where, f"concern code {concern['code']!r} is not a contract code")
        if not is_text(concern["evidence"]) or concern["evidence"] not in own_text:
            fail(where, f"evidence {concern['evidence']!r} is not word for word from the profile")

    pc = prof.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and OUTWARD.match(pc)):
        fail(where, f"postcode_district {pc!r} is not an outward code")

    money = prof.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        fail(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not is_number(amount) or amount <= 0 or round(amount, 2) != amount or period not in WEEKS_IN:
        fail(where, "budget_amount needs a positive amount (at most 2 decimals) and a known period")
        return None
    weekly = amount / WEEKS_IN[period]
    if not 40 <= weekly <= 3000:
        fail(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(cid: str, verd, prof) -> None:
    where = f"verdict {cid}"
    if not isinstance(verd, dict) or set(verd) != VERDICT_KEYS:
        fail(where, f"must have exactly the fields {sorted(VERDICT_KEYS)}")
        return
    if verd["id"] != cid:
        fail(where, f"id {verd['id']!r} does not match the file name")
    level = verd["broker_level"]
    if level not in BROKER_LEVELS:
        fail(where, f"broker_level {level!r} not in {BROKER_LEVELS}")
    if not is_text(verd["broker_why"]):
        fail(where, "broker_why is empty")
    agree = verd["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        fail(where, "panel_would_agree_if_plan_is_sound must be true or false")
    failures = verd["expected_readiness_failures"]
    if not isinstance(failures, list) or not set(failures) <= READINESS or len(set(failures)) != len(failures):
        fail(where, "expected_readiness_failures must be distinct readiness codes")
        failures = []
    if isinstance(agree, bool) and (agree is False) != ("budget_fits" in failures):
        fail(where, "the panel sends a plan back exactly when budget_fits is an expected failure")
    if not is_text_list(verd["must_include"], True):
        fail(where, "must_include must be a non-empty list of strings")
    if not is_text_list(verd["must_not_include"]):
        fail(where, "must_not_include must be a list of strings")
    banned = verd["must_not_name_as_helper"]
    if not is_text_list(banned):
        fail(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    areas = verd["needs_key_areas"]
    if not isinstance(areas, list) or not areas or not set(areas) <= AREAS:
        fail(where, "needs_key_areas must be a non-empty list of contract need areas")
        areas = []
    if not isinstance(prof, dict):
        return
    people = [p for p in prof.get("people") or [] if isinstance(p, dict)]
    present = {n.get("area") for n in prof.get("support_needs") or [] if isinstance(n, dict)}
    for p in people:
        present.update(p.get("helps_with") or [])
    for area in areas:
        if area not in present:
            fail(where, f"key area {area!r} does not occur in the profile")
    names = {p.get("name") for p in people}
    for who in banned:
        if who not in names:
            fail(where, f"{who!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in prof.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & OPEN_RISK) != (level == "urgent"):
        fail(where, "broker_level must be urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        fail(where, "an open safeguarding concern needs someone in must_not_name_as_helper")


def load(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{kind} {path.stem}", f"is not readable JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = FOLDER / "README.md"
    if not path.is_file():
        fail("README.md", "is missing")
        return
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    want = README_TITLE.format(n=len(levels))
    if first != want:
        fail("README.md", f"the first line must be {want!r}")
    if "FROZEN" not in text:
        fail("README.md", "has no FROZEN notice")
    for level in BROKER_LEVELS:
        rows = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", text, re.M)
        if len(rows) != 1 or int(rows[0]) != counts[level]:
            fail("README.md", f"needs exactly one distribution row '| {level} | {counts[level]} |'")
    rows: dict[str, list[str]] = {}
    pattern = rf"^\|\s*({SET_PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$"
    for cid, level in re.findall(pattern, text, re.M):
        rows.setdefault(cid, []).append(level)
    for cid, level in levels.items():
        if rows.get(cid) != [level]:
            fail("README.md", f"case row {cid}: the table has {rows.get(cid)}, the verdict says {level}")
    for cid in sorted(set(rows) - set(levels)):
        fail("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((FOLDER / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((FOLDER / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        fail(cid, "has a profile or a verdict but not both")
    ids = sorted(set(profiles) | set(verdicts))
    numbers = []
    for cid in ids:
        m = ID_PATTERN.match(cid)
        if m:
            numbers.append(int(m.group(1)))
        else:
            fail(cid, f"id must look like {SET_PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        fail("set", "ids must run from 01 with no gaps or repeats")
    if len(profiles) < 24:
        fail("set", f"{len(profiles)} profiles; at least 24 are needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for cid in ids:
        prof = load(profiles[cid], "profile") if cid in profiles else None
        if prof is not None:
            w = check_profile(cid, prof)
            if w is not None:
                weekly[cid] = w
        verd = load(verdicts[cid], "verdict") if cid in verdicts else None
        if verd is None:
            continue
        check_verdict(cid, verd, prof)
        if isinstance(verd, dict) and verd.get("broker_level") in BROKER_LEVELS:
            counts[verd["broker_level"]] += 1
            levels[cid] = verd["broker_level"]
            if verd.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(cid)

    if counts["none"] + counts["optional"] < 8:
        fail("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        fail("set", "there should be 2 to 4 urgent cases")
    if len(sent_back) < 2:
        fail("set", "at least 2 plans should be sent back by the panel")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in BROKER_LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        lo, hi = min(weekly, key=weekly.get), max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[lo]:,.2f} ({lo}) to £{weekly[hi]:,.2f} ({hi})")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate held-out panel 12 (this folder). Python 3.11, standard library only.

Checks the same things as panel 11's validator:

profiles/<id>.json
  - only CONTRACT.md section 3 fields, and every required one present;
  - answering_relationship present (non-empty text) exactly when answering_for is someone_else;
  - consent and confirm_summary are true; enum fields hold contract values;
  - preferred_name and typical_week are text; admired_qualities and important_to are non-empty
    lists of text; current_support is a list of text;
  - people, support_needs, dreams, bottom_lines and concerns items have exactly the contract keys;
  - need areas (in needs and in people's helps_with) come from the contract; hours are in range;
  - ids are unique inside each list; a bottom line's kind is must or must_not;
  - concern codes come from the contract, and each concern's evidence is copied word for word
    from the profile's own text (any string outside the concerns list);
  - postcode_district is an outward code or null;
  - budget_amount is exactly {amount, period}: a positive amount with at most two decimals, a known
    period, and a plausible weekly value (GBP 40 to 3,000).
verdicts/<id>.json
  - exactly the verdict fields; id equals the file name; broker_level is a known level;
  - broker_why is text; panel_would_agree_if_plan_is_sound is a boolean;
  - expected_readiness_failures are distinct known readiness codes;
  - must_include is a non-empty list of text; must_not_include and must_not_name_as_helper are
    lists of text; needs_key_areas is a non-empty list of contract areas that occur in the profile
    (in a need or in someone's helps_with);
  - everyone in must_not_name_as_helper is one of the profile's people.
rules
  - urgent exactly when the profile has an open safeguarding or crisis concern;
  - an open safeguarding concern names at least one person who must not help;
  - the panel sends a plan back exactly when budget_fits is an expected readiness failure.
the set
  - profiles and verdicts pair up; ids look like p12-NN-name, numbered from 01 with no gaps;
  - at least 24 cases; at least 8 simple (none or optional); 2 to 4 urgent; at least 2 sent back.
README.md
  - the title line, a FROZEN notice, exactly one distribution row per level with the right count,
    and exactly one case-table row per case whose last cell is that verdict's broker level.

Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p12"
TITLE = "# Held-out panel 12 for issue 16: {n} profiles with a broker's and panel's verdict"

NEED_AREAS = frozenset({
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
})
CONCERN_CODES = frozenset({"safeguarding", "crisis", "capacity", "communication", "conflict",
                           "asked_for_person"})
OPEN_RISKS = frozenset({"safeguarding", "crisis"})
LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = frozenset({
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
})
PERIOD_WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUM_FIELDS = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund",
                          "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
REQUIRED = frozenset({
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
})
OPTIONAL = frozenset({"answering_relationship"})
ITEM_SHAPES = {
    "people": frozenset({"name", "relationship", "helps_with", "hours_per_week", "can_continue"}),
    "support_needs": frozenset({"id", "area", "text", "hours_per_week", "times"}),
    "dreams": frozenset({"id", "text", "tags"}),
    "bottom_lines": frozenset({"id", "text", "kind", "about"}),
    "concerns": frozenset({"code", "evidence"}),
}
VERDICT_FIELDS = frozenset({
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
})
CASE_ID = re.compile(rf"^{PREFIX}-(\d{{2}})-[a-z]+$")
OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

errors: list[str] = []


def err(where: str, message: str) -> None:
    errors.append(f"{where}: {message}")


def text(v) -> bool:
    return isinstance(v, str) and v.strip() != ""


def texts(v, need_one: bool = False) -> bool:
    return isinstance(v, list) and all(text(x) for x in v) and (len(v) > 0 or not need_one)


def number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def all_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from all_strings(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from all_strings(x)


def items(where: str, profile: dict, field: str) -> list[dict]:
    value = profile.get(field)
    if not isinstance(value, list):
        err(where, f"{field} must be a list")
        return []
    good, seen = [], set()
    for i, item in enumerate(value):
        at = f"{where} {field}[{i}]"
        if not isinstance(item, dict) or set(item) != ITEM_SHAPES[field]:
            err(at, f"must have exactly the keys {sorted(ITEM_SHAPES[field])}")
            continue
        if "id" in item:
            if not text(item["id"]) or item["id"] in seen:
                err(at, "id must be non-empty and unique in its list")
            seen.add(item["id"])
        good.append(item)
    return good


def check_profile(cid: str, profile) -> float | None:
    where = f"profile {cid}"
    if not isinstance(profile, dict):
        err(where, "is not a JSON object")
        return None
    keys = set(profile)
    if REQUIRED - keys:
        err(where, f"missing fields {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL:
        err(where, f"fields not in the contract: {sorted(keys - REQUIRED - OPTIONAL)}")
    for flag in ("consent", "confirm_summary"):
        if profile.get(flag) is not True:
            err(where, f"{flag} must be true")
    for field, allowed in ENUM_FIELDS.items():
        if profile.get(field) not in allowed:
            err(where, f"{field} is {profile.get(field)!r}, not one of {sorted(allowed)}")
    if profile.get("answering_for") == "someone_else":
        if not text(profile.get("answering_relationship")):
            err(where, "someone else is answering, so answering_relationship is needed")
    elif "answering_relationship" in profile:
        err(where, "answering_relationship belongs only with answering_for someone_else")
    for field in ("preferred_name", "typical_week"):
        if not text(profile.get(field)):
            err(where, f"{field} must be non-empty text")
    for field, need_one in (("admired_qualities", True), ("important_to", True),
                            ("current_support", False)):
        if not texts(profile.get(field), need_one):
            err(where, f"{field} must be a list of text" + (" with at least one item" if need_one else ""))

    for person in items(where, profile, "people"):
        at = f"{where} person {person.get('name')!r}"
        if not text(person["name"]) or not text(person["relationship"]):
            err(at, "name and relationship must be text")
        if not isinstance(person["helps_with"], list) or not set(person["helps_with"]) <= NEED_AREAS:
            err(at, "helps_with must list contract need areas")
        hours = person["hours_per_week"]
        if hours is not None and not (number(hours) and 0 <= hours <= 168):
            err(at, "hours_per_week must be null or between 0 and 168")
        if person["can_continue"] not in (True, False, None):
            err(at, "can_continue must be true, false or null")

    needs = items(where, profile, "support_needs")
    if not needs:
        err(where, "support_needs must not be empty")
    for need in needs:
        at = f"{where} need {need.get('id')!r}"
        if need["area"] not in NEED_AREAS:
            err(at, f"{need['area']!r} is not a contract need area")
        if not text(need["text"]):
            err(at, "text must not be empty")
        hours = need["hours_per_week"]
        if hours is not None and not (number(hours) and 0 < hours <= 168):
            err(at, "hours_per_week must be null or above 0 and at most 168")
        if need["times"] is not None and not text(need["times"]):
            err(at, "times must be null or text")
    for dream in items(where, profile, "dreams"):
        if not text(dream["text"]) or not texts(dream["tags"]):
            err(f"{where} dream {dream.get('id')!r}", "needs text and a list of text tags")
    for line in items(where, profile, "bottom_lines"):
        if line["kind"] not in ("must", "must_not") or not text(line["text"]) or not text(line["about"]):
            err(f"{where} bottom line {line.get('id')!r}", "needs text, about, and kind must or must_not")

    own_words = "\n".join(s for k, v in profile.items() if k != "concerns" for s in all_strings(v))
    for concern in items(where, profile, "concerns"):
        if concern["code"] not in CONCERN_CODES:
            err(where, f"{concern['code']!r} is not a contract concern code")
        if not text(concern["evidence"]) or concern["evidence"] not in own_words:
            err(where, f"evidence {concern['evidence']!r} is not quoted word for word from the profile")

    postcode = profile.get("postcode_district")
    if postcode is not None and not (isinstance(postcode, str) and OUTWARD_CODE.match(postcode)):
        err(where, f"postcode_district {postcode!r} is not an outward code")

    budget = profile.get("budget_amount")
    if not isinstance(budget, dict) or set(budget) != {"amount", "period"}:
        err(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = budget["amount"], budget["period"]
    if not number(amount) or amount <= 0 or round(amount, 2) != amount or period not in PERIOD_WEEKS:
        err(where, "budget_amount needs a positive amount with at most two decimals and a known period")
        return None
    weekly = amount / PERIOD_WEEKS[period]
    if not 40 <= weekly <= 3000:
        err(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(cid: str, verdict, profile) -> None:
    where = f"verdict {cid}"
    if not isinstance(verdict, dict) or set(verdict) != VERDICT_FIELDS:
        err(where, f"must have exactly the fields {sorted(VERDICT_FIELDS)}")
        return
    if verdict["id"] != cid:
        err(where, f"id {verdict['id']!r} does not match the file name")
    level = verdict["broker_level"]
    if level not in LEVELS:
        err(where, f"broker_level {level!r} is not one of {list(LEVELS)}")
    if not text(verdict["broker_why"]):
        err(where, "broker_why must be text")
    agree = verdict["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        err(where, "panel_would_agree_if_plan_is_sound must be true or false")
    fails = verdict["expected_readiness_failures"]
    if (not isinstance(fails, list) or not all(isinstance(f, str) for f in fails)
            or not set(fails) <= READINESS_CODES or len(set(fails)) != len(fails)):
        err(where, "expected_readiness_failures must be distinct readiness codes")
        fails = []
    if isinstance(agree, bool) and (not agree) != ("budget_fits" in fails):
        err(where, "the panel sends a plan back exactly when budget_fits is an expected failure")
    if not texts(verdict["must_include"], True):
        err(where, "must_include must be a non-empty list of text")
    if not texts(verdict["must_not_include"]):
        err(where, "must_not_include must be a list of text")
    banned = verdict["must_not_name_as_helper"]
    if not texts(banned):
        err(where, "must_not_name_as_helper must be a list of text")
        banned = []
    key_areas = verdict["needs_key_areas"]
    if not isinstance(key_areas, list) or not key_areas or not set(key_areas) <= NEED_AREAS:
        err(where, "needs_key_areas must be a non-empty list of contract need areas")
        key_areas = []
    if not isinstance(profile, dict):
        return
    people = [p for p in profile.get("people") or [] if isinstance(p, dict)]
    present = {n.get("area") for n in profile.get("support_needs") or [] if isinstance(n, dict)}
    for p in people:
        present.update(p.get("helps_with") or [])
    for area in key_areas:
        if area not in present:
            err(where, f"key area {area!r} does not occur in the profile")
    names = {p.get("name") for p in people}
    for who in banned:
        if who not in names:
            err(where, f"{who!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in profile.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & OPEN_RISKS) != (level == "urgent"):
        err(where, "broker_level must be urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        err(where, "an open safeguarding concern must name someone in must_not_name_as_helper")


def read_json(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"{kind} {path.stem}", f"is not readable JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        err("README.md", "is missing")
        return
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    title = TITLE.format(n=len(levels))
    if not lines or lines[0] != title:
        err("README.md", f"the first line must be {title!r}")
    if "FROZEN" not in body:
        err("README.md", "has no FROZEN notice")
    for level in LEVELS:
        found = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", body, re.M)
        if len(found) != 1 or int(found[0]) != counts[level]:
            err("README.md", f"needs exactly one distribution row '| {level} | {counts[level]} |'")
    table: dict[str, list[str]] = {}
    row = rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$"
    for cid, level in re.findall(row, body, re.M):
        table.setdefault(cid, []).append(level)
    for cid, level in levels.items():
        if table.get(cid) != [level]:
            err("README.md", f"case row {cid}: the table says {table.get(cid)}, the verdict says {level}")
    for cid in sorted(set(table) - set(levels)):
        err("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((HERE / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((HERE / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        err(cid, "has a profile or a verdict but not both")
    ids = sorted(set(profiles) | set(verdicts))
    numbers = []
    for cid in ids:
        m = CASE_ID.match(cid)
        if m:
            numbers.append(int(m.group(1)))
        else:
            err(cid, f"ids must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        err("set", "ids must be numbered from 01 with no gaps or repeats")
    if len(profiles) < 24:
        err("set", f"{len(profiles)} profiles; at least 24 are needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for cid in ids:
        profile = read_json(profiles[cid], "profile") if cid in profiles else None
        if profile is not None:
            w = check_profile(cid, profile)
            if w is not None:
                weekly[cid] = w
        verdict = read_json(verdicts[cid], "verdict") if cid in verdicts else None
        if verdict is None:
            continue
        check_verdict(cid, verdict, profile)
        if isinstance(verdict, dict) and verdict.get("broker_level") in LEVELS:
            counts[verdict["broker_level"]] += 1
            levels[cid] = verdict["broker_level"]
            if verdict.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(cid)

    if counts["none"] + counts["optional"] < 8:
        err("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        err("set", "there should be 2 to 4 urgent cases")
    if len(sent_back) < 2:
        err("set", "at least 2 plans should be sent back by the panel")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        low, high = min(weekly, key=weekly.get), max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[low]:,.2f} ({low}) to £{weekly[high]:,.2f} ({high})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate held-out panel 4 (this folder). Python 3.11, standard library only.

Checks
  A. Profiles (profiles/<id>.json) have the Profile shape of CONTRACT.md section 3: every field with
     the right type, only the contract's enums, need areas and concern codes, a postcode district or
     null, and a weekly-equivalent budget plausible for England in 2026/27 (£40 to £3,000 a week).
     Every concern's evidence is quoted word for word from the profile's own text.
  B. Verdicts (verdicts/<id>.json) have exactly the verdict fields, a known broker level, known
     readiness codes and contract need areas.
  C. Files pair up one to one and ids look like p4-NN-name, numbered 01 upwards without gaps.
  D. Profile and verdict agree: urgent exactly when a safeguarding or crisis concern is open; a
     safeguarding concern names who must not help, and every such name is one of the profile's
     people; key need areas occur in the profile's needs or someone's helps_with; a panel "no"
     expects budget_fits to fail, and only a panel "no" does.
  E. Spread: at least 24 profiles, at least 8 simple (none or optional), 2 to 4 urgent, at least 2
     plans the panel would send back.
  F. README.md: the title gives the count; the distribution table and the table of people match the
     verdicts.

Usage:  python3 validate.py     (exit 0 when everything passes, 1 otherwise, with each problem listed)
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p4"
TITLE = "# Held-out panel 4 for issue 16: {n} profiles with a broker's and panel's verdict"

NEED_AREAS = {
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
}
CONCERN_CODES = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
PERIOD_WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52 / 12, "year": 52.0}
ENUMS = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
LEVELS = ("none", "optional", "recommended", "urgent")
READINESS = {
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
}
REQUIRED = [
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
]
OPTIONAL = {"answering_relationship"}
SHAPES = {
    "people": ("name", "relationship", "helps_with", "hours_per_week", "can_continue"),
    "support_needs": ("id", "area", "text", "hours_per_week", "times"),
    "dreams": ("id", "text", "tags"),
    "bottom_lines": ("id", "text", "kind", "about"),
    "concerns": ("code", "evidence"),
}
VERDICT_KEYS = {
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
}
ID_PATTERN = re.compile(rf"^{PREFIX}-(\d\d)-[a-z]+$")
DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
MIN_WEEKLY, MAX_WEEKLY = 40.0, 3000.0
MIN_PROFILES, MIN_SIMPLE, MIN_URGENT, MAX_URGENT, MIN_SENT_BACK = 24, 8, 2, 4, 2

problems: list[str] = []


def bad(where: str, what: str) -> None:
    problems.append(f"{where}: {what}")


def text(x) -> bool:
    return isinstance(x, str) and x.strip() != ""


def texts(x, nonempty: bool = False) -> bool:
    return isinstance(x, list) and all(text(i) for i in x) and (bool(x) or not nonempty)


def num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def strings_in(x) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, list):
        return [s for i in x for s in strings_in(i)]
    if isinstance(x, dict):
        return [s for i in x.values() for s in strings_in(i)]
    return []


def items(where: str, profile: dict, field: str) -> list[dict]:
    value = profile.get(field)
    if not isinstance(value, list):
        bad(where, f"{field} must be a list")
        return []
    keys = set(SHAPES[field])
    ok, seen = [], set()
    for i, item in enumerate(value):
        if not isinstance(item, dict) or set(item) != keys:
            bad(f"{where} {field}[{i}]", f"must have exactly the keys {sorted(keys)}")
            continue
        if "id" in keys:
            if not text(item["id"]):
                bad(f"{where} {field}[{i}]", "id must be a non-empty string")
            elif item["id"] in seen:
                bad(f"{where} {field}[{i}]", f"duplicate id {item['id']!r}")
            seen.add(item["id"])
        ok.append(item)
    return ok


def check_profile(pid: str, p) -> float | None:
    where = f"profile {pid}"
    if not isinstance(p, dict):
        bad(where, "not a JSON object")
        return None
    missing = [k for k in REQUIRED if k not in p]
    unknown = [k for k in p if k not in REQUIRED and k not in OPTIONAL]
    if missing:
        bad(where, f"missing {missing}")
    if unknown:
        bad(where, f"not contract fields {unknown}")
    for flag in ("consent", "confirm_summary"):
        if p.get(flag) is not True:
            bad(where, f"{flag} must be true")
    for field, allowed in ENUMS.items():
        if p.get(field) not in allowed:
            bad(where, f"{field} must be one of {sorted(allowed)}")
    if p.get("answering_for") == "someone_else" and not text(p.get("answering_relationship")):
        bad(where, "answering_relationship is needed when someone else is typing")
    if p.get("answering_for") == "self" and "answering_relationship" in p:
        bad(where, "answering_relationship must be absent when the person types for themself")
    if not text(p.get("preferred_name")):
        bad(where, "preferred_name must be a non-empty string")
    if not text(p.get("typical_week")):
        bad(where, "typical_week must be a non-empty string")
    for field, nonempty in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not texts(p.get(field), nonempty):
            bad(where, f"{field} must be a {'non-empty ' if nonempty else ''}list of strings")

    for person in items(where, p, "people"):
        at = f"{where} person {person['name']!r}"
        if not (text(person["name"]) and text(person["relationship"])):
            bad(at, "name and relationship must be non-empty strings")
        if not isinstance(person["helps_with"], list) or any(a not in NEED_AREAS for a in person["helps_with"]):
            bad(at, "helps_with must list contract need areas")
        h = person["hours_per_week"]
        if h is not None and not (num(h) and 0 <= h <= 168):
            bad(at, "hours_per_week must be 0 to 168 or null")
        if person["can_continue"] not in (True, False, None):
            bad(at, "can_continue must be true, false or null")

    needs = items(where, p, "support_needs")
    if not needs:
        bad(where, "support_needs must not be empty")
    for need in needs:
        at = f"{where} need {need['id']!r}"
        if need["area"] not in NEED_AREAS:
            bad(at, f"{need['area']!r} is not a contract need area")
        if not text(need["text"]):
            bad(at, "text must be a non-empty string")
        h = need["hours_per_week"]
        if h is not None and not (num(h) and 0 < h <= 168):
            bad(at, "hours_per_week must be above 0 and at most 168, or null")
        if need["times"] is not None and not text(need["times"]):
            bad(at, "times must be a non-empty string or null")

    for dream in items(where, p, "dreams"):
        if not text(dream["text"]) or not texts(dream["tags"]):
            bad(f"{where} dream {dream['id']!r}", "text must be a string and tags a list of strings")
    for line in items(where, p, "bottom_lines"):
        at = f"{where} bottom line {line['id']!r}"
        if line["kind"] not in ("must", "must_not"):
            bad(at, "kind must be must or must_not")
        if not (text(line["text"]) and text(line["about"])):
            bad(at, "text and about must be non-empty strings")

    corpus = "\n".join(s for k, v in p.items() if k != "concerns" for s in strings_in(v))
    for concern in items(where, p, "concerns"):
        at = f"{where} concern {concern['code']!r}"
        if concern["code"] not in CONCERN_CODES:
            bad(at, "not a contract concern code")
        if not text(concern["evidence"]):
            bad(at, "evidence must be a non-empty quote")
        elif concern["evidence"] not in corpus:
            bad(at, f"evidence {concern['evidence']!r} is not quoted word for word from the profile")

    district = p.get("postcode_district")
    if district is not None and not (isinstance(district, str) and DISTRICT.match(district)):
        bad(where, f"postcode_district {district!r} must be null or an outward code such as HM4")

    money = p.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        bad(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not num(amount) or amount <= 0 or round(amount, 2) != amount:
        bad(where, "budget amount must be positive with at most two decimals")
        return None
    if period not in PERIOD_WEEKS:
        bad(where, f"budget period must be one of {sorted(PERIOD_WEEKS)}")
        return None
    weekly = amount / PERIOD_WEEKS[period]
    if not MIN_WEEKLY <= weekly <= MAX_WEEKLY:
        bad(where, f"about £{weekly:,.2f} a week is not plausible (£{MIN_WEEKLY:,.0f} to £{MAX_WEEKLY:,.0f})")
    return weekly


def check_verdict(pid: str, v, p) -> None:
    where = f"verdict {pid}"
    if not isinstance(v, dict):
        bad(where, "not a JSON object")
        return
    if set(v) != VERDICT_KEYS:
        bad(where, f"keys must be exactly {sorted(VERDICT_KEYS)}; missing {sorted(VERDICT_KEYS - set(v))}, "
                   f"extra {sorted(set(v) - VERDICT_KEYS)}")
        return
    if v["id"] != pid:
        bad(where, f"id {v['id']!r} does not match its file name")
    level = v["broker_level"]
    if level not in LEVELS:
        bad(where, f"broker_level must be one of {LEVELS}")
    if not text(v["broker_why"]):
        bad(where, "broker_why must be a non-empty string")
    agree = v["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        bad(where, "panel_would_agree_if_plan_is_sound must be true or false")
    fails = v["expected_readiness_failures"]
    if not isinstance(fails, list) or any(f not in READINESS for f in fails) or len(fails) != len(set(fails)):
        bad(where, f"expected_readiness_failures must be distinct codes from {sorted(READINESS)}")
        fails = []
    if not texts(v["must_include"], nonempty=True):
        bad(where, "must_include must be a non-empty list of strings")
    if not texts(v["must_not_include"]):
        bad(where, "must_not_include must be a list of strings")
    banned = v["must_not_name_as_helper"]
    if not texts(banned):
        bad(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    areas = v["needs_key_areas"]
    if not isinstance(areas, list) or not areas or any(a not in NEED_AREAS for a in areas):
        bad(where, "needs_key_areas must be a non-empty list of contract need areas")
        areas = []

    if agree is False and "budget_fits" not in fails:
        bad(where, "the panel would send it back, so budget_fits must be an expected failure")
    if agree is True and "budget_fits" in fails:
        bad(where, "budget_fits is expected to fail but the panel is said to agree")

    if not isinstance(p, dict):
        return
    people = [x for x in p.get("people") or [] if isinstance(x, dict)]
    in_profile = {n.get("area") for n in p.get("support_needs") or [] if isinstance(n, dict)}
    for person in people:
        if isinstance(person.get("helps_with"), list):
            in_profile.update(person["helps_with"])
    for area in areas:
        if area not in in_profile:
            bad(where, f"key area {area!r} is in neither the profile's needs nor anyone's helps_with")
    names = {person.get("name") for person in people}
    for name in banned:
        if name not in names:
            bad(where, f"{name!r} (must not be named as a helper) is not one of the profile's people")
    codes = {c.get("code") for c in p.get("concerns") or [] if isinstance(c, dict)}
    open_concern = bool(codes & {"safeguarding", "crisis"})
    if open_concern and level != "urgent":
        bad(where, "a safeguarding or crisis concern is open, so broker_level must be urgent")
    if level == "urgent" and not open_concern:
        bad(where, "urgent needs an open safeguarding or crisis concern in the profile")
    if "safeguarding" in codes and not banned:
        bad(where, "a safeguarding concern is open, so must_not_name_as_helper must name who must not help")


def read_json(path: Path, what: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        bad(f"{what} {path.stem}", f"not readable UTF-8 JSON ({exc})")
        return None


def check_readme(levels: Counter, level_of: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        bad("README.md", "missing")
        return
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    want = TITLE.format(n=len(level_of))
    if not lines or lines[0] != want:
        bad("README.md", f"first line must be {want!r}")
    if "FROZEN" not in body:
        bad("README.md", "must mark the set FROZEN")
    for level in LEVELS:
        hits = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", body, re.MULTILINE)
        said = int(hits[0]) if len(hits) == 1 else None
        if said != levels[level]:
            bad("README.md", f"distribution table says {level} = {said}; the verdicts give {levels[level]}")
    rows: dict[str, list[str]] = {}
    for pid, level in re.findall(rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", body, re.MULTILINE):
        rows.setdefault(pid, []).append(level)
    for pid, level in sorted(level_of.items()):
        if rows.get(pid) != [level]:
            bad("README.md", f"table row for {pid} gives {rows.get(pid)}; the verdict says {level!r}")
    for pid in sorted(set(rows) - set(level_of)):
        bad("README.md", f"table lists {pid}, which has no files")


def main() -> int:
    profiles = {f.stem: f for f in sorted((HERE / "profiles").glob("*.json"))}
    verdicts = {f.stem: f for f in sorted((HERE / "verdicts").glob("*.json"))}
    for pid in sorted(set(profiles) ^ set(verdicts)):
        bad(pid, "has a profile but no verdict" if pid in profiles else "has a verdict but no profile")
    ids = sorted(set(profiles) | set(verdicts))
    numbers = []
    for pid in ids:
        m = ID_PATTERN.match(pid)
        if not m:
            bad(pid, f"id must look like {PREFIX}-NN-name")
        else:
            numbers.append(int(m.group(1)))
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        bad("set", f"ids must be numbered 01 to {len(numbers):02d} without gaps or repeats")
    if len(profiles) < MIN_PROFILES:
        bad("set", f"{len(profiles)} profiles; at least {MIN_PROFILES} needed")

    levels: Counter = Counter()
    level_of: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for pid in ids:
        p = read_json(profiles[pid], "profile") if pid in profiles else None
        if p is not None:
            w = check_profile(pid, p)
            if w is not None:
                weekly[pid] = w
        v = read_json(verdicts[pid], "verdict") if pid in verdicts else None
        if v is not None:
            check_verdict(pid, v, p)
            if isinstance(v, dict) and v.get("broker_level") in LEVELS:
                levels[v["broker_level"]] += 1
                level_of[pid] = v["broker_level"]
                if v.get("panel_would_agree_if_plan_is_sound") is False:
                    sent_back.append(pid)

    simple = levels["none"] + levels["optional"]
    if simple < MIN_SIMPLE:
        bad("set", f"{simple} simple cases; at least {MIN_SIMPLE} needed")
    if not MIN_URGENT <= levels["urgent"] <= MAX_URGENT:
        bad("set", f"{levels['urgent']} urgent cases; {MIN_URGENT} to {MAX_URGENT} expected")
    if len(sent_back) < MIN_SENT_BACK:
        bad("set", f"{len(sent_back)} plans sent back; at least {MIN_SENT_BACK} needed")
    check_readme(levels, level_of)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lvl} {levels[lvl]}" for lvl in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        lo, hi = min(weekly, key=weekly.get), max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[lo]:,.2f} ({lo}) to £{weekly[hi]:,.2f} ({hi})")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for line in problems:
            print("  - " + line)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check held-out panel 6 (the folder this file is in). Python 3.11, standard library only.

What is checked:
  * profiles: exactly the contract fields of CONTRACT.md section 3 (answering_relationship when someone
    else answers, and only then), enums, need areas, item keys, hours, concern codes, concern evidence
    quoted word for word from the profile's own text, postcode outward code, a plausible weekly budget
    (GBP 40 to 3,000 a week after converting the period);
  * verdicts: exactly the verdict fields, a known broker level, readiness codes, lists of strings,
    key need areas that occur in the profile, names not to be used as helpers that are the profile's
    own people;
  * consistency: broker level is "urgent" exactly when a safeguarding or crisis concern is open; an
    open safeguarding concern names at least one person who must not help; the panel sends a plan back
    exactly when budget_fits is an expected readiness failure;
  * the set: profiles and verdicts pair up; ids are p6-NN-name running from 01 without gaps; at least
    24 cases, at least 8 simple (none/optional), 2 to 4 urgent, at least 2 sent back;
  * README.md: the title line, the FROZEN notice, the distribution table and one table row per case
    whose level matches the verdict.
Usage: python3 validate.py     exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p6"
TITLE = "# Held-out panel 6 for issue 16: {n} profiles with a broker's and panel's verdict"

NEED_AREAS = frozenset({
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing"})
CONCERN_CODES = frozenset({"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"})
OPENING_CODES = frozenset({"safeguarding", "crisis"})
PERIOD_WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUM_FIELDS = {
    "answering_for": frozenset({"self", "someone_else"}),
    "budget_management": frozenset({"direct_payment", "council_managed", "individual_service_fund",
                                    "third_party", "not_sure"}),
    "employer_choice": frozenset({"employ_pa", "use_agency", "mix", "not_sure"}),
    "plan_voice": frozenset({"first_person", "third_person"}),
}
BROKER_LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = frozenset({"cost_breakdown", "specific_terms", "no_imposed_changes", "contingency",
                             "review_date", "direct_payment_clause", "budget_fits", "safeguarding_steps",
                             "outcomes"})
PROFILE_FIELDS = frozenset({
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district", "concerns"})
OPTIONAL_PROFILE_FIELDS = frozenset({"answering_relationship"})
ITEM_FIELDS = {
    "people": frozenset({"name", "relationship", "helps_with", "hours_per_week", "can_continue"}),
    "support_needs": frozenset({"id", "area", "text", "hours_per_week", "times"}),
    "dreams": frozenset({"id", "text", "tags"}),
    "bottom_lines": frozenset({"id", "text", "kind", "about"}),
    "concerns": frozenset({"code", "evidence"}),
}
VERDICT_FIELDS = frozenset({
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound", "expected_readiness_failures",
    "must_include", "must_not_include", "must_not_name_as_helper", "needs_key_areas"})
CASE_ID = re.compile(rf"^{PREFIX}-(\d{{2}})-[a-z]+$")
OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


class Report:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")


R = Report()


def text_ok(x) -> bool:
    return isinstance(x, str) and x.strip() != ""


def texts_ok(x, need_one: bool = False) -> bool:
    return isinstance(x, list) and all(text_ok(i) for i in x) and (bool(x) or not need_one)


def number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def strings_in(x):
    """Every string anywhere inside x."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings_in(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings_in(v)


def items(where: str, profile: dict, field: str) -> list[dict]:
    value = profile.get(field)
    if not isinstance(value, list):
        R.add(where, f"{field} must be a list")
        return []
    good, seen = [], set()
    for i, item in enumerate(value):
        if not isinstance(item, dict) or set(item) != ITEM_FIELDS[field]:
            R.add(f"{where} {field}[{i}]", f"keys must be exactly {sorted(ITEM_FIELDS[field])}")
            continue
        if "id" in item:
            if not text_ok(item["id"]) or item["id"] in seen:
                R.add(f"{where} {field}[{i}]", "id must be a non-empty string, unique in the list")
            seen.add(item["id"])
        good.append(item)
    return good


def check_profile(case: str, p) -> float | None:
    where = f"profile {case}"
    if not isinstance(p, dict):
        R.add(where, "is not a JSON object")
        return None
    keys = set(p)
    missing = PROFILE_FIELDS - keys
    unknown = keys - PROFILE_FIELDS - OPTIONAL_PROFILE_FIELDS
    if missing:
        R.add(where, f"missing fields {sorted(missing)}")
    if unknown:
        R.add(where, f"fields not in the contract {sorted(unknown)}")
    if p.get("consent") is not True:
        R.add(where, "consent must be true")
    if p.get("confirm_summary") is not True:
        R.add(where, "confirm_summary must be true")
    for field, allowed in ENUM_FIELDS.items():
        if p.get(field) not in allowed:
            R.add(where, f"{field} is {p.get(field)!r}, expected one of {sorted(allowed)}")
    if p.get("answering_for") == "someone_else":
        if not text_ok(p.get("answering_relationship")):
            R.add(where, "answering_relationship is needed when someone else answers")
    elif "answering_relationship" in p:
        R.add(where, "answering_relationship only when someone else answers")
    for field in ("preferred_name", "typical_week"):
        if not text_ok(p.get(field)):
            R.add(where, f"{field} must be a non-empty string")
    for field, need_one in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not texts_ok(p.get(field), need_one):
            R.add(where, f"{field} must be a list of strings" + (", not empty" if need_one else ""))

    for person in items(where, p, "people"):
        at = f"{where} person {person['name']!r}"
        if not text_ok(person["name"]) or not text_ok(person["relationship"]):
            R.add(at, "name and relationship must be non-empty strings")
        if not isinstance(person["helps_with"], list) or not set(person["helps_with"]) <= NEED_AREAS:
            R.add(at, "helps_with must be a list of contract need areas")
        hours = person["hours_per_week"]
        if hours is not None and not (number(hours) and 0 <= hours <= 168):
            R.add(at, "hours_per_week must be null or 0 to 168")
        if person["can_continue"] not in (True, False, None):
            R.add(at, "can_continue must be true, false or null")

    needs = items(where, p, "support_needs")
    if not needs:
        R.add(where, "support_needs must not be empty")
    for need in needs:
        at = f"{where} need {need['id']!r}"
        if need["area"] not in NEED_AREAS:
            R.add(at, f"area {need['area']!r} is not a contract need area")
        if not text_ok(need["text"]):
            R.add(at, "text must be a non-empty string")
        hours = need["hours_per_week"]
        if hours is not None and not (number(hours) and 0 < hours <= 168):
            R.add(at, "hours_per_week must be null or more than 0 and at most 168")
        if need["times"] is not None and not text_ok(need["times"]):
            R.add(at, "times must be null or a non-empty string")

    for d in items(where, p, "dreams"):
        if not text_ok(d["text"]) or not texts_ok(d["tags"]):
            R.add(f"{where} dream {d['id']!r}", "text must be a string and tags a list of strings")
    for b in items(where, p, "bottom_lines"):
        if b["kind"] not in ("must", "must_not") or not text_ok(b["text"]) or not text_ok(b["about"]):
            R.add(f"{where} bottom line {b['id']!r}", "kind must be must/must_not; text and about strings")

    own_words = "\n".join(s for k, v in p.items() if k != "concerns" for s in strings_in(v))
    for c in items(where, p, "concerns"):
        if c["code"] not in CONCERN_CODES:
            R.add(where, f"concern code {c['code']!r} is not in the contract")
        if not text_ok(c["evidence"]) or c["evidence"] not in own_words:
            R.add(where, f"concern evidence {c['evidence']!r} is not quoted word for word from the profile")

    district = p.get("postcode_district")
    if district is not None and not (isinstance(district, str) and OUTWARD_CODE.match(district)):
        R.add(where, f"postcode_district {district!r} is not an outward code")

    money = p.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        R.add(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not number(amount) or amount <= 0 or round(amount, 2) != amount or period not in PERIOD_WEEKS:
        R.add(where, "budget amount must be a positive number with at most two decimals and a known period")
        return None
    weekly = amount / PERIOD_WEEKS[period]
    if not 40 <= weekly <= 3000:
        R.add(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(case: str, v, p) -> None:
    where = f"verdict {case}"
    if not isinstance(v, dict) or set(v) != VERDICT_FIELDS:
        R.add(where, f"keys must be exactly {sorted(VERDICT_FIELDS)}")
        return
    if v["id"] != case:
        R.add(where, f"id {v['id']!r} does not match the file name")
    level = v["broker_level"]
    if level not in BROKER_LEVELS:
        R.add(where, f"broker_level {level!r} is not one of {BROKER_LEVELS}")
    if not text_ok(v["broker_why"]):
        R.add(where, "broker_why must say why")
    agree = v["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        R.add(where, "panel_would_agree_if_plan_is_sound must be true or false")
    failures = v["expected_readiness_failures"]
    if not isinstance(failures, list) or not set(failures) <= READINESS_CODES or len(set(failures)) != len(failures):
        R.add(where, "expected_readiness_failures must be distinct readiness codes")
        failures = []
    if not texts_ok(v["must_include"], need_one=True):
        R.add(where, "must_include must be a non-empty list of strings")
    if not texts_ok(v["must_not_include"]):
        R.add(where, "must_not_include must be a list of strings")
    banned = v["must_not_name_as_helper"]
    if not texts_ok(banned):
        R.add(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    areas = v["needs_key_areas"]
    if not isinstance(areas, list) or not areas or not set(areas) <= NEED_AREAS:
        R.add(where, "needs_key_areas must be a non-empty list of contract need areas")
        areas = []
    if (agree is False) != ("budget_fits" in failures):
        R.add(where, "budget_fits must be an expected failure exactly when the panel would send the plan back")

    if not isinstance(p, dict):
        return
    people = [x for x in p.get("people", []) if isinstance(x, dict)]
    areas_in_profile = {n.get("area") for n in p.get("support_needs", []) if isinstance(n, dict)}
    for x in people:
        areas_in_profile.update(x.get("helps_with") or [])
    for a in areas:
        if a not in areas_in_profile:
            R.add(where, f"key area {a!r} does not occur in the profile")
    names = {x.get("name") for x in people}
    for name in banned:
        if name not in names:
            R.add(where, f"{name!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in p.get("concerns", []) if isinstance(c, dict)}
    if bool(codes & OPENING_CODES) != (level == "urgent"):
        R.add(where, "broker_level must be urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        R.add(where, "a safeguarding concern is open, so must_not_name_as_helper must name someone")


def read_json(path: Path, what: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        R.add(f"{what} {path.stem}", f"cannot be read as JSON ({exc})")
        return None


def check_readme(count: Counter, level_of: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        R.add("README.md", "missing")
        return
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    want = TITLE.format(n=len(level_of))
    if not lines or lines[0] != want:
        R.add("README.md", f"first line must be {want!r}")
    if "FROZEN" not in text:
        R.add("README.md", "must carry the FROZEN notice")
    for level in BROKER_LEVELS:
        rows = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", text, re.M)
        if len(rows) != 1 or int(rows[0]) != count[level]:
            R.add("README.md", f"distribution table: one row for {level} saying {count[level]}")
    table: dict[str, list[str]] = {}
    for case, level in re.findall(rf"^\|\s*({PREFIX}-\d{{2}}-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", text, re.M):
        table.setdefault(case, []).append(level)
    for case, level in level_of.items():
        if table.get(case) != [level]:
            R.add("README.md", f"table row for {case} says {table.get(case)}, the verdict says {level}")
    for case in sorted(set(table) - set(level_of)):
        R.add("README.md", f"table row {case} has no profile and verdict")


def main() -> int:
    profiles = {f.stem: f for f in sorted((HERE / "profiles").glob("*.json"))}
    verdicts = {f.stem: f for f in sorted((HERE / "verdicts").glob("*.json"))}
    for case in sorted(set(profiles) ^ set(verdicts)):
        R.add(case, "profile and verdict do not pair up")
    cases = sorted(set(profiles) | set(verdicts))
    numbers = []
    for case in cases:
        m = CASE_ID.match(case)
        if m:
            numbers.append(int(m.group(1)))
        else:
            R.add(case, f"id must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        R.add("set", "ids must run from 01 upwards without gaps or repeats")
    if len(profiles) < 24:
        R.add("set", f"{len(profiles)} profiles, at least 24 are needed")

    count: Counter = Counter()
    level_of: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for case in cases:
        p = read_json(profiles[case], "profile") if case in profiles else None
        if p is not None:
            w = check_profile(case, p)
            if w is not None:
                weekly[case] = w
        v = read_json(verdicts[case], "verdict") if case in verdicts else None
        if v is None:
            continue
        check_verdict(case, v, p)
        if isinstance(v, dict) and v.get("broker_level") in BROKER_LEVELS:
            count[v["broker_level"]] += 1
            level_of[case] = v["broker_level"]
            if v.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(case)

    if count["none"] + count["optional"] < 8:
        R.add("set", "at least 8 simple cases (none or optional) are needed")
    if not 2 <= count["urgent"] <= 4:
        R.add("set", "between 2 and 4 urgent cases are expected")
    if len(sent_back) < 2:
        R.add("set", "at least 2 plans the panel would send back are needed")
    check_readme(count, level_of)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lvl} {count[lvl]}" for lvl in BROKER_LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        low = min(weekly, key=weekly.get)
        high = max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[low]:,.2f} ({low}) to £{weekly[high]:,.2f} ({high})")
    if R.problems:
        print(f"\n{len(R.problems)} problem(s):")
        for line in R.problems:
            print("  - " + line)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

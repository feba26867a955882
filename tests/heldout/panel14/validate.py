#!/usr/bin/env python3
"""Validate held-out panel 14 (this folder). Python 3.11, standard library only.

Run:  python3 validate.py      Exit status 0 when every check passes, 1 otherwise.

It checks the same ground as panel 13's validator.

Profiles (profiles/<id>.json), against CONTRACT.md section 3:
  - exactly the contract fields; answering_relationship (text) present exactly when answering_for is
    "someone_else";
  - consent and confirm_summary true; answering_for, budget_management, employer_choice, plan_voice hold
    contract values;
  - preferred_name and typical_week are text; admired_qualities and important_to are non-empty lists of
    text; current_support is a list of text;
  - people, support_needs, dreams, bottom_lines and concerns items have exactly the contract keys, with
    ids unique within a list;
  - need areas (in needs and in people's helps_with) come from the contract; hours are in range;
    times are text or null;
  - bottom lines are "must" or "must_not" with text and an "about" tag;
  - concern codes come from the contract, and each concern's evidence appears word for word somewhere
    in the profile's own text outside the concerns list;
  - postcode_district is an outward code or null;
  - budget_amount is exactly {amount, period}: positive, at most two decimals, a known period, and
    between GBP 40 and 3,000 a week.
Verdicts (verdicts/<id>.json):
  - exactly the verdict fields; id equals the file name; broker_level is none, optional, recommended
    or urgent; broker_why is text; panel_would_agree_if_plan_is_sound is a boolean;
  - expected_readiness_failures are distinct readiness codes;
  - must_include is a non-empty list of text; must_not_include and must_not_name_as_helper are lists of
    text; needs_key_areas is a non-empty list of contract areas, each present in the profile;
  - every name in must_not_name_as_helper is one of the profile's people.
Rules joining a profile and its verdict:
  - urgent exactly when the profile carries a safeguarding or crisis concern;
  - a safeguarding concern names at least one person in must_not_name_as_helper;
  - the panel sends the plan back exactly when budget_fits is an expected readiness failure.
The set:
  - profiles and verdicts pair up; ids look like p14-NN-name and run from 01 without gaps;
  - at least 24 cases; at least 8 simple ones (none or optional); 2 to 4 urgent; at least 2 sent back.
README.md:
  - first line is the title; a FROZEN notice; exactly one distribution row per level, with the right
    count; exactly one case-table row per case whose last cell is that case's level; no rows for
    cases that do not exist.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p14"
README_TITLE = "# Held-out panel 14 for issue 16: {count} profiles with a broker's and panel's verdict"

NEED_AREAS = frozenset({
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
})
CONCERN_CODES = frozenset({"safeguarding", "crisis", "capacity", "communication", "conflict",
                           "asked_for_person"})
URGENT_CODES = frozenset({"safeguarding", "crisis"})
BROKER_LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = frozenset({
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
})
PERIOD_WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUMS = {
    "answering_for": ("self", "someone_else"),
    "budget_management": ("direct_payment", "council_managed", "individual_service_fund",
                          "third_party", "not_sure"),
    "employer_choice": ("employ_pa", "use_agency", "mix", "not_sure"),
    "plan_voice": ("first_person", "third_person"),
}
REQUIRED_FIELDS = frozenset({
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
})
ITEM_KEYS = {
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


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{where}: {message}")


def text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def texts(value, non_empty: bool = False) -> bool:
    return isinstance(value, list) and all(text(v) for v in value) and (bool(value) or not non_empty)


def number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from all_strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from all_strings(inner)


def items(report: Report, where: str, profile: dict, field: str) -> list[dict]:
    raw = profile.get(field)
    if not isinstance(raw, list):
        report.add(where, f"{field} must be a list")
        return []
    good: list[dict] = []
    seen: set = set()
    for index, item in enumerate(raw):
        spot = f"{where} {field}[{index}]"
        if not isinstance(item, dict) or frozenset(item) != ITEM_KEYS[field]:
            report.add(spot, f"must have exactly the keys {sorted(ITEM_KEYS[field])}")
            continue
        if "id" in item:
            if not text(item["id"]) or item["id"] in seen:
                report.add(spot, "id is empty or repeated")
            seen.add(item["id"])
        good.append(item)
    return good


def weekly_budget(report: Report, where: str, money) -> float | None:
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        report.add(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not number(amount) or amount <= 0 or round(amount, 2) != amount:
        report.add(where, "budget amount must be positive with at most two decimals")
        return None
    if period not in PERIOD_WEEKS:
        report.add(where, f"budget period {period!r} is unknown")
        return None
    per_week = amount / PERIOD_WEEKS[period]
    if not 40 <= per_week <= 3000:
        report.add(where, f"£{per_week:,.2f} a week is outside £40 to £3,000")
    return per_week


def check_profile(report: Report, case: str, profile) -> float | None:
    where = f"profile {case}"
    if not isinstance(profile, dict):
        report.add(where, "must be a JSON object")
        return None
    keys = set(profile)
    missing = REQUIRED_FIELDS - keys
    extra = keys - REQUIRED_FIELDS - {"answering_relationship"}
    if missing:
        report.add(where, f"missing fields {sorted(missing)}")
    if extra:
        report.add(where, f"fields outside the contract {sorted(extra)}")
    for flag in ("consent", "confirm_summary"):
        if profile.get(flag) is not True:
            report.add(where, f"{flag} must be true")
    for field, allowed in ENUMS.items():
        if profile.get(field) not in allowed:
            report.add(where, f"{field} {profile.get(field)!r} not in {list(allowed)}")
    someone_else = profile.get("answering_for") == "someone_else"
    if someone_else and not text(profile.get("answering_relationship")):
        report.add(where, "answering_relationship is required when someone else answers")
    if not someone_else and "answering_relationship" in profile:
        report.add(where, "answering_relationship only belongs with answering_for someone_else")
    for field in ("preferred_name", "typical_week"):
        if not text(profile.get(field)):
            report.add(where, f"{field} must be text")
    for field in ("admired_qualities", "important_to"):
        if not texts(profile.get(field), non_empty=True):
            report.add(where, f"{field} must be a non-empty list of text")
    if not texts(profile.get("current_support")):
        report.add(where, "current_support must be a list of text")

    for person in items(report, where, profile, "people"):
        spot = f"{where} person {person.get('name')!r}"
        if not (text(person["name"]) and text(person["relationship"])):
            report.add(spot, "name and relationship must be text")
        if not isinstance(person["helps_with"], list) or not set(person["helps_with"]) <= NEED_AREAS:
            report.add(spot, "helps_with must hold contract need areas")
        hours = person["hours_per_week"]
        if hours is not None and not (number(hours) and 0 <= hours <= 168):
            report.add(spot, "hours_per_week must be null or between 0 and 168")
        if person["can_continue"] not in (True, False, None):
            report.add(spot, "can_continue must be true, false or null")

    needs = items(report, where, profile, "support_needs")
    if not needs:
        report.add(where, "support_needs must not be empty")
    for item in needs:
        spot = f"{where} need {item.get('id')!r}"
        if item["area"] not in NEED_AREAS:
            report.add(spot, f"area {item['area']!r} is not a contract area")
        if not text(item["text"]):
            report.add(spot, "text must not be empty")
        hours = item["hours_per_week"]
        if hours is not None and not (number(hours) and 0 < hours <= 168):
            report.add(spot, "hours_per_week must be null or above 0 and at most 168")
        if item["times"] is not None and not text(item["times"]):
            report.add(spot, "times must be null or text")
    for item in items(report, where, profile, "dreams"):
        if not text(item["text"]) or not texts(item["tags"]):
            report.add(f"{where} dream {item.get('id')!r}", "needs text and a list of text tags")
    for item in items(report, where, profile, "bottom_lines"):
        if item["kind"] not in ("must", "must_not") or not text(item["text"]) or not text(item["about"]):
            report.add(f"{where} bottom line {item.get('id')!r}", "needs text, about, and kind must/must_not")

    own_words = "\n".join(s for field, value in profile.items() if field != "concerns"
                          for s in all_strings(value))
    for item in items(report, where, profile, "concerns"):
        if item["code"] not in CONCERN_CODES:
            report.add(where, f"concern code {item['code']!r} is not a contract code")
        if not text(item["evidence"]) or item["evidence"] not in own_words:
            report.add(where, f"evidence {item['evidence']!r} is not quoted from the profile")

    postcode = profile.get("postcode_district")
    if postcode is not None and not (isinstance(postcode, str) and OUTWARD_CODE.match(postcode)):
        report.add(where, f"postcode_district {postcode!r} is not an outward code")
    return weekly_budget(report, where, profile.get("budget_amount"))


def check_verdict(report: Report, case: str, verdict, profile) -> None:
    where = f"verdict {case}"
    if not isinstance(verdict, dict) or frozenset(verdict) != VERDICT_FIELDS:
        report.add(where, f"must have exactly the fields {sorted(VERDICT_FIELDS)}")
        return
    if verdict["id"] != case:
        report.add(where, f"id {verdict['id']!r} differs from the file name")
    level = verdict["broker_level"]
    if level not in BROKER_LEVELS:
        report.add(where, f"broker_level {level!r} not in {list(BROKER_LEVELS)}")
    if not text(verdict["broker_why"]):
        report.add(where, "broker_why must be text")
    agree = verdict["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        report.add(where, "panel_would_agree_if_plan_is_sound must be true or false")
    fails = verdict["expected_readiness_failures"]
    if (not isinstance(fails, list) or not all(isinstance(f, str) for f in fails)
            or not set(fails) <= READINESS_CODES or len(set(fails)) != len(fails)):
        report.add(where, "expected_readiness_failures must be distinct readiness codes")
        fails = []
    if isinstance(agree, bool) and agree is ("budget_fits" in fails):
        report.add(where, "the plan is sent back exactly when budget_fits is expected to fail")
    if not texts(verdict["must_include"], non_empty=True):
        report.add(where, "must_include must be a non-empty list of text")
    if not texts(verdict["must_not_include"]):
        report.add(where, "must_not_include must be a list of text")
    barred = verdict["must_not_name_as_helper"]
    if not texts(barred):
        report.add(where, "must_not_name_as_helper must be a list of text")
        barred = []
    areas = verdict["needs_key_areas"]
    if not isinstance(areas, list) or not areas or not set(areas) <= NEED_AREAS:
        report.add(where, "needs_key_areas must be a non-empty list of contract areas")
        areas = []
    if not isinstance(profile, dict):
        return
    people = [p for p in profile.get("people") or [] if isinstance(p, dict)]
    present = {n.get("area") for n in profile.get("support_needs") or [] if isinstance(n, dict)}
    for p in people:
        present.update(p.get("helps_with") or [])
    for area in areas:
        if area not in present:
            report.add(where, f"key area {area!r} does not appear in the profile")
    names = {p.get("name") for p in people}
    for name in barred:
        if name not in names:
            report.add(where, f"{name!r} (must_not_name_as_helper) is not one of the profile's people")
    codes = {c.get("code") for c in profile.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & URGENT_CODES) != (level == "urgent"):
        report.add(where, "broker_level must be urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not barred:
        report.add(where, "a safeguarding concern must name someone in must_not_name_as_helper")


def read_json(report: Report, path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        report.add(f"{kind} {path.stem}", f"cannot be read as JSON ({error})")
        return None


def check_readme(report: Report, counts: Counter, levels: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        report.add("README.md", "is missing")
        return
    body = path.read_text(encoding="utf-8")
    first = body.splitlines()[0] if body else ""
    title = README_TITLE.format(count=len(levels))
    if first != title:
        report.add("README.md", f"first line must be {title!r}")
    if "FROZEN" not in body:
        report.add("README.md", "needs a FROZEN notice")
    for level in BROKER_LEVELS:
        found = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", body, re.M)
        if len(found) != 1 or int(found[0]) != counts[level]:
            report.add("README.md", f"needs exactly one distribution row '| {level} | {counts[level]} |'")
    rows: dict[str, list[str]] = {}
    for case, level in re.findall(rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", body, re.M):
        rows.setdefault(case, []).append(level)
    for case, level in sorted(levels.items()):
        if rows.get(case) != [level]:
            report.add("README.md", f"case row {case}: table has {rows.get(case)}, verdict has {level}")
    for case in sorted(set(rows) - set(levels)):
        report.add("README.md", f"case row {case} has no profile and verdict")


def main() -> int:
    report = Report()
    profile_paths = {p.stem: p for p in sorted((HERE / "profiles").glob("*.json"))}
    verdict_paths = {p.stem: p for p in sorted((HERE / "verdicts").glob("*.json"))}
    for case in sorted(set(profile_paths) ^ set(verdict_paths)):
        report.add(case, "needs both a profile and a verdict")
    cases = sorted(set(profile_paths) | set(verdict_paths))
    numbers: list[int] = []
    for case in cases:
        match = CASE_ID.match(case)
        if match:
            numbers.append(int(match.group(1)))
        else:
            report.add(case, f"id must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        report.add("set", "ids must run from 01 with no gaps or repeats")
    if len(profile_paths) < 24:
        report.add("set", f"{len(profile_paths)} profiles; at least 24 are needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    budgets: dict[str, float] = {}
    for case in cases:
        profile = read_json(report, profile_paths[case], "profile") if case in profile_paths else None
        if profile is not None:
            per_week = check_profile(report, case, profile)
            if per_week is not None:
                budgets[case] = per_week
        verdict = read_json(report, verdict_paths[case], "verdict") if case in verdict_paths else None
        if verdict is None:
            continue
        check_verdict(report, case, verdict, profile)
        if isinstance(verdict, dict) and verdict.get("broker_level") in BROKER_LEVELS:
            counts[verdict["broker_level"]] += 1
            levels[case] = verdict["broker_level"]
            if verdict.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(case)

    if counts["none"] + counts["optional"] < 8:
        report.add("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        report.add("set", "2 to 4 urgent cases are expected")
    if len(sent_back) < 2:
        report.add("set", "at least 2 plans should be sent back by the panel")
    check_readme(report, counts, levels)

    print(f"{len(profile_paths)} profiles, {len(verdict_paths)} verdicts")
    print("broker levels: " + ", ".join(f"{level} {counts[level]}" for level in BROKER_LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if budgets:
        low = min(budgets, key=budgets.get)
        high = max(budgets, key=budgets.get)
        print(f"weekly budgets: £{budgets[low]:,.2f} ({low}) to £{budgets[high]:,.2f} ({high})")
    if report.lines:
        print(f"\n{len(report.lines)} problem(s):")
        for entry in report.lines:
            print("  - " + entry)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check held-out panel 13 (the folder this file is in). Python 3.11, standard library only.

What is checked (the same ground as panel 12's validator):

Each profile, profiles/<id>.json
  * has every CONTRACT.md section 3 field and no other (answering_relationship is the one optional
    field, and it must be present, as text, exactly when answering_for is "someone_else");
  * consent and confirm_summary are true; answering_for, budget_management, employer_choice and
    plan_voice hold contract values;
  * preferred_name and typical_week are text; admired_qualities and important_to are lists of text
    with at least one item; current_support is a list of text;
  * people, support_needs, dreams, bottom_lines and concerns items carry exactly the contract keys;
    ids are unique within their list;
  * need areas (in needs and in people's helps_with) are contract areas; hours are in range;
  * a bottom line's kind is "must" or "must_not";
  * concern codes are contract codes and each concern's evidence is quoted word for word from the
    profile's own text (any string in the profile outside the concerns list);
  * postcode_district is an outward code or null;
  * budget_amount is exactly {amount, period}, a positive amount with at most two decimals, a known
    period, and a weekly value between GBP 40 and 3,000.
Each verdict, verdicts/<id>.json
  * has exactly the verdict fields; its id is the file name; broker_level is a known level;
  * broker_why is text; panel_would_agree_if_plan_is_sound is a boolean;
  * expected_readiness_failures are distinct known readiness codes;
  * must_include is a non-empty list of text; must_not_include and must_not_name_as_helper are lists
    of text; needs_key_areas is a non-empty list of contract areas, each found in the profile (in a
    need or in someone's helps_with);
  * every name in must_not_name_as_helper is one of the profile's people.
Rules linking the two
  * broker_level is "urgent" exactly when the profile has an open safeguarding or crisis concern;
  * an open safeguarding concern names at least one person in must_not_name_as_helper;
  * the panel sends a plan back exactly when budget_fits is an expected readiness failure.
The whole set
  * profiles and verdicts pair up; ids look like p13-NN-name and run from 01 with no gaps;
  * at least 24 cases, at least 8 simple ones (none or optional), 2 to 4 urgent, at least 2 sent back.
README.md
  * its first line is the title; it carries a FROZEN notice; it has exactly one distribution row per
    level with the right count; it has exactly one case-table row per case, whose last cell is that
    case's broker level, and no row for a case that does not exist.

Exit status: 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
PANEL = "p13"
TITLE = "# Held-out panel 13 for issue 16: {n} profiles with a broker's and panel's verdict"

AREAS = {
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
}
CONCERNS = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
URGENT_CONCERNS = {"safeguarding", "crisis"}
LEVELS = ["none", "optional", "recommended", "urgent"]
READINESS = {
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
}
WEEKS_IN = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
CHOICES = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund",
                          "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
PROFILE_FIELDS = {
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
}
OPTIONAL_FIELDS = {"answering_relationship"}
LIST_KEYS = {
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
ID_PATTERN = re.compile(rf"^{PANEL}-(\d\d)-[a-z]+$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

problems: list[str] = []


def problem(where: str, what: str) -> None:
    problems.append(f"{where}: {what}")


def is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_text_list(value, at_least_one: bool = False) -> bool:
    if not isinstance(value, list) or not all(is_text(v) for v in value):
        return False
    return bool(value) or not at_least_one


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


def list_items(where: str, profile: dict, field: str) -> list[dict]:
    value = profile.get(field)
    if not isinstance(value, list):
        problem(where, f"{field} is not a list")
        return []
    kept: list[dict] = []
    ids: set = set()
    for n, item in enumerate(value):
        spot = f"{where} {field}[{n}]"
        if not isinstance(item, dict) or set(item) != LIST_KEYS[field]:
            problem(spot, f"needs exactly the keys {sorted(LIST_KEYS[field])}")
            continue
        if "id" in item:
            if not is_text(item["id"]) or item["id"] in ids:
                problem(spot, "id is empty or repeated")
            ids.add(item["id"])
        kept.append(item)
    return kept


def check_profile(case: str, profile) -> float | None:
    where = f"profile {case}"
    if not isinstance(profile, dict):
        problem(where, "is not a JSON object")
        return None
    fields = set(profile)
    if PROFILE_FIELDS - fields:
        problem(where, f"lacks {sorted(PROFILE_FIELDS - fields)}")
    if fields - PROFILE_FIELDS - OPTIONAL_FIELDS:
        problem(where, f"has fields outside the contract: {sorted(fields - PROFILE_FIELDS - OPTIONAL_FIELDS)}")
    for flag in ("consent", "confirm_summary"):
        if profile.get(flag) is not True:
            problem(where, f"{flag} is not true")
    for field, allowed in CHOICES.items():
        if profile.get(field) not in allowed:
            problem(where, f"{field} {profile.get(field)!r} is not one of {sorted(allowed)}")
    if profile.get("answering_for") == "someone_else":
        if not is_text(profile.get("answering_relationship")):
            problem(where, "someone else is answering but answering_relationship is missing")
    elif "answering_relationship" in profile:
        problem(where, "answering_relationship is only for answering_for someone_else")
    for field in ("preferred_name", "typical_week"):
        if not is_text(profile.get(field)):
            problem(where, f"{field} is not text")
    for field, at_least_one in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not is_text_list(profile.get(field), at_least_one):
            problem(where, f"{field} is not a list of text" + (" with an item" if at_least_one else ""))

    for person in list_items(where, profile, "people"):
        spot = f"{where} person {person.get('name')!r}"
        if not is_text(person["name"]) or not is_text(person["relationship"]):
            problem(spot, "name and relationship must be text")
        helps = person["helps_with"]
        if not isinstance(helps, list) or not set(helps) <= AREAS:
            problem(spot, "helps_with must list contract need areas")
        hours = person["hours_per_week"]
        if hours is not None and not (is_number(hours) and 0 <= hours <= 168):
            problem(spot, "hours_per_week must be null or 0 to 168")
        if person["can_continue"] not in (True, False, None):
            problem(spot, "can_continue must be true, false or null")

    needs = list_items(where, profile, "support_needs")
    if not needs:
        problem(where, "support_needs is empty")
    for need in needs:
        spot = f"{where} need {need.get('id')!r}"
        if need["area"] not in AREAS:
            problem(spot, f"area {need['area']!r} is not in the contract")
        if not is_text(need["text"]):
            problem(spot, "text is empty")
        hours = need["hours_per_week"]
        if hours is not None and not (is_number(hours) and 0 < hours <= 168):
            problem(spot, "hours_per_week must be null or more than 0 and at most 168")
        if need["times"] is not None and not is_text(need["times"]):
            problem(spot, "times must be null or text")
    for dream in list_items(where, profile, "dreams"):
        if not is_text(dream["text"]) or not is_text_list(dream["tags"]):
            problem(f"{where} dream {dream.get('id')!r}", "needs text and a list of text tags")
    for line in list_items(where, profile, "bottom_lines"):
        if line["kind"] not in ("must", "must_not") or not is_text(line["text"]) or not is_text(line["about"]):
            problem(f"{where} bottom line {line.get('id')!r}", "needs text, about, and kind must or must_not")

    own_text = "\n".join(s for key, value in profile.items() if key != "concerns" for s in strings_in(value))
    for concern in list_items(where, profile, "concerns"):
        if concern["code"] not in CONCERNS:
            problem(where, f"concern code {concern['code']!r} is not in the contract")
        if not is_text(concern["evidence"]) or concern["evidence"] not in own_text:
            problem(where, f"evidence {concern['evidence']!r} is not the profile's own words")

    postcode = profile.get("postcode_district")
    if postcode is not None and not (isinstance(postcode, str) and OUTWARD.match(postcode)):
        problem(where, f"postcode_district {postcode!r} is not an outward code")

    money = profile.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        problem(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not is_number(amount) or amount <= 0 or round(amount, 2) != amount or period not in WEEKS_IN:
        problem(where, "budget_amount needs a positive amount (two decimals at most) and a known period")
        return None
    weekly = amount / WEEKS_IN[period]
    if not 40 <= weekly <= 3000:
        problem(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(case: str, verdict, profile) -> None:
    where = f"verdict {case}"
    if not isinstance(verdict, dict) or set(verdict) != VERDICT_KEYS:
        problem(where, f"needs exactly the fields {sorted(VERDICT_KEYS)}")
        return
    if verdict["id"] != case:
        problem(where, f"id {verdict['id']!r} is not the file name")
    level = verdict["broker_level"]
    if level not in LEVELS:
        problem(where, f"broker_level {level!r} is not one of {LEVELS}")
    if not is_text(verdict["broker_why"]):
        problem(where, "broker_why is not text")
    agrees = verdict["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agrees, bool):
        problem(where, "panel_would_agree_if_plan_is_sound is not true or false")
    failures = verdict["expected_readiness_failures"]
    if (not isinstance(failures, list) or not all(isinstance(f, str) for f in failures)
            or not set(failures) <= READINESS or len(failures) != len(set(failures))):
        problem(where, "expected_readiness_failures must be distinct readiness codes")
        failures = []
    if isinstance(agrees, bool) and agrees == ("budget_fits" in failures):
        problem(where, "the panel must send the plan back exactly when budget_fits is expected to fail")
    if not is_text_list(verdict["must_include"], True):
        problem(where, "must_include must be a non-empty list of text")
    if not is_text_list(verdict["must_not_include"]):
        problem(where, "must_not_include must be a list of text")
    barred = verdict["must_not_name_as_helper"]
    if not is_text_list(barred):
        problem(where, "must_not_name_as_helper must be a list of text")
        barred = []
    key_areas = verdict["needs_key_areas"]
    if not isinstance(key_areas, list) or not key_areas or not set(key_areas) <= AREAS:
        problem(where, "needs_key_areas must be a non-empty list of contract areas")
        key_areas = []
    if not isinstance(profile, dict):
        return
    people = [p for p in profile.get("people") or [] if isinstance(p, dict)]
    found = {n.get("area") for n in profile.get("support_needs") or [] if isinstance(n, dict)}
    for person in people:
        found.update(person.get("helps_with") or [])
    for area in key_areas:
        if area not in found:
            problem(where, f"key area {area!r} is not in the profile")
    names = {p.get("name") for p in people}
    for name in barred:
        if name not in names:
            problem(where, f"{name!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in profile.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & URGENT_CONCERNS) != (level == "urgent"):
        problem(where, "broker_level must be urgent exactly when safeguarding or crisis is open")
    if "safeguarding" in codes and not barred:
        problem(where, "an open safeguarding concern must name someone in must_not_name_as_helper")


def load(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problem(f"{kind} {path.stem}", f"is not readable JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = FOLDER / "README.md"
    if not path.is_file():
        problem("README.md", "is missing")
        return
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    title = TITLE.format(n=len(levels))
    if not lines or lines[0] != title:
        problem("README.md", f"first line must be {title!r}")
    if "FROZEN" not in text:
        problem("README.md", "has no FROZEN notice")
    for level in LEVELS:
        rows = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", text, re.M)
        if len(rows) != 1 or int(rows[0]) != counts[level]:
            problem("README.md", f"needs exactly one distribution row '| {level} | {counts[level]} |'")
    table: dict[str, list[str]] = {}
    for case, level in re.findall(rf"^\|\s*({PANEL}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", text, re.M):
        table.setdefault(case, []).append(level)
    for case, level in levels.items():
        if table.get(case) != [level]:
            problem("README.md", f"case row {case}: table says {table.get(case)}, verdict says {level}")
    for case in sorted(set(table) - set(levels)):
        problem("README.md", f"case row {case} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((FOLDER / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((FOLDER / "verdicts").glob("*.json"))}
    for case in sorted(set(profiles) ^ set(verdicts)):
        problem(case, "has a profile or a verdict but not both")
    cases = sorted(set(profiles) | set(verdicts))
    numbers = []
    for case in cases:
        match = ID_PATTERN.match(case)
        if match:
            numbers.append(int(match.group(1)))
        else:
            problem(case, f"id must look like {PANEL}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problem("set", "ids must run from 01 with no gaps or repeats")
    if len(profiles) < 24:
        problem("set", f"only {len(profiles)} profiles; at least 24 are needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for case in cases:
        profile = load(profiles[case], "profile") if case in profiles else None
        if profile is not None:
            per_week = check_profile(case, profile)
            if per_week is not None:
                weekly[case] = per_week
        verdict = load(verdicts[case], "verdict") if case in verdicts else None
        if verdict is None:
            continue
        check_verdict(case, verdict, profile)
        if isinstance(verdict, dict) and verdict.get("broker_level") in LEVELS:
            counts[verdict["broker_level"]] += 1
            levels[case] = verdict["broker_level"]
            if verdict.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(case)

    if counts["none"] + counts["optional"] < 8:
        problem("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        problem("set", "there should be 2 to 4 urgent cases")
    if len(sent_back) < 2:
        problem("set", "at least 2 plans should be sent back by the panel")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{level} {counts[level]}" for level in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        low = min(weekly, key=weekly.get)
        high = max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[low]:,.2f} ({low}) to £{weekly[high]:,.2f} ({high})")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for line in problems:
            print("  - " + line)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check held-out panel 10 (the folder this file lives in). Python 3.11, standard library only.

What is checked (the same scope as panel 9's validator):
  profiles   only the fields of CONTRACT.md section 3, every required one present;
             answering_relationship given exactly when someone else is typing; consent and
             confirm_summary true; enum values; every list item has exactly the contract keys;
             need areas from the contract; hours in range; ids unique inside a list; concern codes
             from the contract, each with evidence copied word for word from the profile's own text;
             postcode_district an outward code or null; budget_amount is {amount, period} with a
             known period, at most two decimals and a plausible weekly value (GBP 40 to 3,000).
  verdicts   exactly the verdict fields; id matches the file name; a known broker level; distinct
             known readiness codes; non-empty lists of strings where required; key need areas that
             occur in the profile; everyone in must_not_name_as_helper is one of the profile's people.
  rules      urgent exactly when a safeguarding or crisis concern is open; an open safeguarding
             concern names at least one person who must not help; the panel sends a plan back
             exactly when budget_fits is among the expected readiness failures.
  the set    profiles and verdicts pair up; ids p10-NN-name numbered from 01 with no gaps; at least
             24 cases; at least 8 simple (none or optional); 2 to 4 urgent; at least 2 sent back.
  README.md  the title line, a FROZEN notice, one distribution row per level with the right count,
             and one case-table row per case whose last cell is that verdict's level.
Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "p10"
TITLE = "# Held-out panel 10 for issue 16: {n} profiles with a broker's and panel's verdict"

NEED_AREAS = frozenset({
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
})
CONCERN_CODES = frozenset({"safeguarding", "crisis", "capacity", "communication", "conflict",
                           "asked_for_person"})
URGENT_CODES = frozenset({"safeguarding", "crisis"})
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
REQUIRED_FIELDS = frozenset({
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
})
OPTIONAL_FIELDS = frozenset({"answering_relationship"})
LIST_KEYS = {
    "people": {"name", "relationship", "helps_with", "hours_per_week", "can_continue"},
    "support_needs": {"id", "area", "text", "hours_per_week", "times"},
    "dreams": {"id", "text", "tags"},
    "bottom_lines": {"id", "text", "kind", "about"},
    "concerns": {"code", "evidence"},
}
VERDICT_FIELDS = frozenset({
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
})
CASE_ID = re.compile(rf"^{PREFIX}-(\d\d)-[a-z]+$")
OUTWARD_CODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")


class Report:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


R = Report()


def text_ok(v) -> bool:
    return isinstance(v, str) and v.strip() != ""


def texts_ok(v, at_least_one: bool = False) -> bool:
    if not isinstance(v, list) or not all(text_ok(x) for x in v):
        return False
    return bool(v) or not at_least_one


def number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def all_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for item in v:
            yield from all_strings(item)
    elif isinstance(v, dict):
        for item in v.values():
            yield from all_strings(item)


def items_of(where: str, profile: dict, field: str) -> list[dict]:
    raw = profile.get(field)
    if not isinstance(raw, list):
        R.add(where, f"{field} must be a list")
        return []
    good: list[dict] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        at = f"{where} {field}[{i}]"
        if not isinstance(item, dict) or set(item) != LIST_KEYS[field]:
            R.add(at, f"needs exactly the keys {sorted(LIST_KEYS[field])}")
            continue
        if "id" in item:
            if not text_ok(item["id"]) or item["id"] in seen:
                R.add(at, "id must be non-empty and unique in the list")
            seen.add(item["id"])
        good.append(item)
    return good


def check_profile(cid: str, prof) -> float | None:
    where = f"profile {cid}"
    if not isinstance(prof, dict):
        R.add(where, "is not a JSON object")
        return None
    keys = set(prof)
    if REQUIRED_FIELDS - keys:
        R.add(where, f"missing fields {sorted(REQUIRED_FIELDS - keys)}")
    if keys - REQUIRED_FIELDS - OPTIONAL_FIELDS:
        R.add(where, f"fields not in the contract {sorted(keys - REQUIRED_FIELDS - OPTIONAL_FIELDS)}")
    for flag in ("consent", "confirm_summary"):
        if prof.get(flag) is not True:
            R.add(where, f"{flag} must be true")
    for field, allowed in ENUM_FIELDS.items():
        if prof.get(field) not in allowed:
            R.add(where, f"{field}={prof.get(field)!r} is not one of {sorted(allowed)}")
    if prof.get("answering_for") == "someone_else":
        if not text_ok(prof.get("answering_relationship")):
            R.add(where, "answering_relationship is needed when someone else answers")
    elif "answering_relationship" in prof:
        R.add(where, "answering_relationship belongs only with someone_else")
    for field in ("preferred_name", "typical_week"):
        if not text_ok(prof.get(field)):
            R.add(where, f"{field} must be non-empty text")
    for field, at_least_one in (("admired_qualities", True), ("important_to", True),
                                ("current_support", False)):
        if not texts_ok(prof.get(field), at_least_one):
            R.add(where, f"{field} must be a list of strings" + (", not empty" if at_least_one else ""))

    for person in items_of(where, prof, "people"):
        at = f"{where} person {person.get('name')!r}"
        if not (text_ok(person["name"]) and text_ok(person["relationship"])):
            R.add(at, "name and relationship must be text")
        helps = person["helps_with"]
        if not (isinstance(helps, list) and set(helps) <= NEED_AREAS):
            R.add(at, "helps_with must list contract need areas")
        hours = person["hours_per_week"]
        if hours is not None and not (number(hours) and 0 <= hours <= 168):
            R.add(at, "hours_per_week must be null or between 0 and 168")
        if person["can_continue"] not in (True, False, None):
            R.add(at, "can_continue must be true, false or null")

    needs = items_of(where, prof, "support_needs")
    if not needs:
        R.add(where, "support_needs must not be empty")
    for need in needs:
        at = f"{where} need {need.get('id')!r}"
        if need["area"] not in NEED_AREAS:
            R.add(at, f"area {need['area']!r} is not a contract need area")
        if not text_ok(need["text"]):
            R.add(at, "text is empty")
        hours = need["hours_per_week"]
        if hours is not None and not (number(hours) and 0 < hours <= 168):
            R.add(at, "hours_per_week must be null or more than 0 and at most 168")
        if need["times"] is not None and not text_ok(need["times"]):
            R.add(at, "times must be null or text")
    for dream in items_of(where, prof, "dreams"):
        if not (text_ok(dream["text"]) and texts_ok(dream["tags"])):
            R.add(f"{where} dream {dream.get('id')!r}", "needs text and a list of string tags")
    for line in items_of(where, prof, "bottom_lines"):
        if line["kind"] not in ("must", "must_not") or not text_ok(line["text"]) or not text_ok(line["about"]):
            R.add(f"{where} bottom line {line.get('id')!r}", "kind must be must or must_not, with text and about")

    own_words = "\n".join(s for field, value in prof.items() if field != "concerns"
                          for s in all_strings(value))
    for concern in items_of(where, prof, "concerns"):
        if concern["code"] not in CONCERN_CODES:
            R.add(where, f"concern code {concern['code']!r} is not in the contract")
        if not text_ok(concern["evidence"]) or concern["evidence"] not in own_words:
            R.add(where, f"evidence {concern['evidence']!r} is not copied word for word from the profile")

    postcode = prof.get("postcode_district")
    if postcode is not None and not (isinstance(postcode, str) and OUTWARD_CODE.match(postcode)):
        R.add(where, f"postcode_district {postcode!r} is not an outward code")

    budget = prof.get("budget_amount")
    if not (isinstance(budget, dict) and set(budget) == {"amount", "period"}):
        R.add(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = budget["amount"], budget["period"]
    if not number(amount) or amount <= 0 or round(amount, 2) != amount or period not in PERIOD_WEEKS:
        R.add(where, "budget needs a positive amount with at most two decimals and a known period")
        return None
    weekly = amount / PERIOD_WEEKS[period]
    if not 40 <= weekly <= 3000:
        R.add(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(cid: str, verd, prof) -> None:
    where = f"verdict {cid}"
    if not (isinstance(verd, dict) and set(verd) == VERDICT_FIELDS):
        R.add(where, f"needs exactly the fields {sorted(VERDICT_FIELDS)}")
        return
    if verd["id"] != cid:
        R.add(where, f"id {verd['id']!r} does not match the file name")
    level = verd["broker_level"]
    if level not in LEVELS:
        R.add(where, f"broker_level {level!r} is not one of {list(LEVELS)}")
    if not text_ok(verd["broker_why"]):
        R.add(where, "broker_why is empty")
    agree = verd["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        R.add(where, "panel_would_agree_if_plan_is_sound must be true or false")
    failures = verd["expected_readiness_failures"]
    if not (isinstance(failures, list) and set(failures) <= READINESS_CODES
            and len(set(failures)) == len(failures)):
        R.add(where, "expected_readiness_failures must be distinct readiness codes")
        failures = []
    if isinstance(agree, bool) and (not agree) != ("budget_fits" in failures):
        R.add(where, "the panel sends a plan back exactly when budget_fits is an expected failure")
    if not texts_ok(verd["must_include"], True):
        R.add(where, "must_include must be a non-empty list of strings")
    if not texts_ok(verd["must_not_include"]):
        R.add(where, "must_not_include must be a list of strings")
    banned = verd["must_not_name_as_helper"]
    if not texts_ok(banned):
        R.add(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    key_areas = verd["needs_key_areas"]
    if not (isinstance(key_areas, list) and key_areas and set(key_areas) <= NEED_AREAS):
        R.add(where, "needs_key_areas must be a non-empty list of contract need areas")
        key_areas = []
    if not isinstance(prof, dict):
        return
    people = [p for p in prof.get("people") or [] if isinstance(p, dict)]
    areas_here = {n.get("area") for n in prof.get("support_needs") or [] if isinstance(n, dict)}
    for person in people:
        areas_here.update(person.get("helps_with") or [])
    for area in key_areas:
        if area not in areas_here:
            R.add(where, f"key area {area!r} does not occur in the profile")
    names = {p.get("name") for p in people}
    for who in banned:
        if who not in names:
            R.add(where, f"{who!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in prof.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & URGENT_CODES) != (level == "urgent"):
        R.add(where, "urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        R.add(where, "an open safeguarding concern needs someone in must_not_name_as_helper")


def read_json(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        R.add(f"{kind} {path.stem}", f"is not readable JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        R.add("README.md", "is missing")
        return
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    title = TITLE.format(n=len(levels))
    if not lines or lines[0] != title:
        R.add("README.md", f"the first line must be {title!r}")
    if "FROZEN" not in body:
        R.add("README.md", "the FROZEN notice is missing")
    for level in LEVELS:
        rows = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", body, re.M)
        if len(rows) != 1 or int(rows[0]) != counts[level]:
            R.add("README.md", f"the distribution table needs exactly one row '| {level} | {counts[level]} |'")
    table: dict[str, list[str]] = {}
    for cid, level in re.findall(rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", body, re.M):
        table.setdefault(cid, []).append(level)
    for cid, level in levels.items():
        if table.get(cid) != [level]:
            R.add("README.md", f"case row {cid}: the table says {table.get(cid)}, the verdict says {level}")
    for cid in sorted(set(table) - set(levels)):
        R.add("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((HERE / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((HERE / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        R.add(cid, "has a profile or a verdict but not both")
    ids = sorted(set(profiles) | set(verdicts))
    numbers: list[int] = []
    for cid in ids:
        m = CASE_ID.match(cid)
        if m:
            numbers.append(int(m.group(1)))
        else:
            R.add(cid, f"id must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        R.add("set", "ids must run from 01 with no gaps or repeats")
    if len(profiles) < 24:
        R.add("set", f"only {len(profiles)} profiles; at least 24 are needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for cid in ids:
        prof = read_json(profiles[cid], "profile") if cid in profiles else None
        if prof is not None:
            w = check_profile(cid, prof)
            if w is not None:
                weekly[cid] = w
        verd = read_json(verdicts[cid], "verdict") if cid in verdicts else None
        if verd is None:
            continue
        check_verdict(cid, verd, prof)
        if isinstance(verd, dict) and verd.get("broker_level") in LEVELS:
            counts[verd["broker_level"]] += 1
            levels[cid] = verd["broker_level"]
            if verd.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(cid)

    if counts["none"] + counts["optional"] < 8:
        R.add("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        R.add("set", "there should be 2 to 4 urgent cases")
    if len(sent_back) < 2:
        R.add("set", "at least 2 plans should be sent back by the panel")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        low = min(weekly, key=weekly.get)
        high = max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[low]:,.2f} ({low}) to £{weekly[high]:,.2f} ({high})")
    if R.problems:
        print(f"\n{len(R.problems)} problem(s):")
        for problem in R.problems:
            print("  - " + problem)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate held-out panel 2 in this folder (Python 3.11, standard library only).

Checks:
- every profiles/<id>.json against the Profile shape in CONTRACT.md section 3 (field names, types,
  allowed need areas, concern codes and enums, postcode district, a plausible weekly budget);
- every verdicts/<id>.json against the verdict shape in README.md (fields, broker level, readiness
  codes, key need areas);
- that profiles and verdicts pair up, and a few consistency rules between them (urgent only with an
  open safeguarding or crisis concern, and always with one; a safeguarding concern names who must
  not help; named people exist; key areas appear in the profile; a panel "no" expects budget_fits
  to fail, and only then);
- the spread of the set (at least 24 people, at least 8 simple cases, 2 to 4 urgent, at least 2 the
  panel would send back);
- that README.md's distribution table and its table of people match the files.

Usage:  python3 validate.py     (exit 0 when everything passes; problems are listed otherwise)
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

NEED_AREAS = {
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
}
CONCERN_CODES = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
PERIODS = {"week": 1.0, "four_weeks": 1 / 4, "month": 12 / 52, "year": 1 / 52}
MANAGEMENT = {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"}
EMPLOYER = {"employ_pa", "use_agency", "mix", "not_sure"}
VOICES = {"first_person", "third_person"}
ANSWERING = {"self", "someone_else"}
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
PERSON_KEYS = {"name", "relationship", "helps_with", "hours_per_week", "can_continue"}
NEED_KEYS = {"id", "area", "text", "hours_per_week", "times"}
DREAM_KEYS = {"id", "text", "tags"}
BOTTOM_KEYS = {"id", "text", "kind", "about"}
CONCERN_KEYS = {"code", "evidence"}
VERDICT_KEYS = {
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
}
POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
ID_PATTERN = re.compile(r"^p2-\d{2}-[a-z]+$")

MIN_PROFILES = 24
MIN_SIMPLE = 8
URGENT_RANGE = (2, 4)
MIN_SENT_BACK = 2


def num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def text(x) -> bool:
    return isinstance(x, str) and x.strip() != ""


def texts(x, nonempty: bool = False) -> bool:
    return isinstance(x, list) and all(text(i) for i in x) and (len(x) > 0 or not nonempty)


def per_week(money: dict) -> float:
    return money["amount"] * PERIODS[money["period"]]


def check_items(p, field, keys, where_name, errs, check_one) -> list:
    items = p.get(field)
    if not isinstance(items, list):
        errs.append(f"{where_name}: {field} must be a list")
        return []
    seen = set()
    for i, item in enumerate(items):
        where = f"{where_name}: {field}[{i}]"
        if not isinstance(item, dict) or set(item) != keys:
            errs.append(f"{where} must have exactly the keys {sorted(keys)}")
            continue
        if "id" in keys:
            if not text(item["id"]) or item["id"] in seen:
                errs.append(f"{where}.id missing or duplicated")
            seen.add(item["id"])
        check_one(item, where)
    return items


def check_profile(pid: str, p, errs: list[str]) -> None:
    w = f"profile {pid}"
    if not isinstance(p, dict):
        errs.append(f"{w}: not a JSON object")
        return
    for k in REQUIRED:
        if k not in p:
            errs.append(f"{w}: missing field {k!r}")
    for k in p:
        if k not in REQUIRED and k not in OPTIONAL:
            errs.append(f"{w}: unknown field {k!r}")
    if p.get("consent") is not True or p.get("confirm_summary") is not True:
        errs.append(f"{w}: consent and confirm_summary must be true")
    if not text(p.get("preferred_name")):
        errs.append(f"{w}: preferred_name must be a non-empty string")
    af = p.get("answering_for")
    if af not in ANSWERING:
        errs.append(f"{w}: answering_for must be one of {sorted(ANSWERING)}")
    if af == "someone_else" and not text(p.get("answering_relationship")):
        errs.append(f"{w}: answering_relationship is required when someone else is answering")
    if af == "self" and "answering_relationship" in p:
        errs.append(f"{w}: answering_relationship given although the person answers for themself")
    if not texts(p.get("admired_qualities"), nonempty=True):
        errs.append(f"{w}: admired_qualities must be a non-empty list of strings")
    if not text(p.get("typical_week")):
        errs.append(f"{w}: typical_week must be a non-empty string")
    if not texts(p.get("current_support")):
        errs.append(f"{w}: current_support must be a list of strings")
    if not texts(p.get("important_to"), nonempty=True):
        errs.append(f"{w}: important_to must be a non-empty list of strings")

    def one_person(x, where):
        if not text(x["name"]) or not text(x["relationship"]):
            errs.append(f"{where}: name and relationship must be non-empty strings")
        if not isinstance(x["helps_with"], list) or any(a not in NEED_AREAS for a in x["helps_with"]):
            errs.append(f"{where}.helps_with must be a list of need areas")
        h = x["hours_per_week"]
        if h is not None and not (num(h) and 0 <= h <= 168):
            errs.append(f"{where}.hours_per_week must be 0-168 or null")
        if x["can_continue"] not in (True, False, None):
            errs.append(f"{where}.can_continue must be true, false or null")

    def one_need(x, where):
        if x["area"] not in NEED_AREAS:
            errs.append(f"{where}.area {x['area']!r} is not a contract need area")
        if not text(x["text"]):
            errs.append(f"{where}.text must be a non-empty string")
        h = x["hours_per_week"]
        if h is not None and not (num(h) and 0 < h <= 168):
            errs.append(f"{where}.hours_per_week must be above 0 and at most 168, or null")
        if x["times"] is not None and not text(x["times"]):
            errs.append(f"{where}.times must be a string or null")

    def one_dream(x, where):
        if not text(x["text"]) or not texts(x["tags"]):
            errs.append(f"{where}: text must be a string and tags a list of strings")

    def one_bottom(x, where):
        if x["kind"] not in ("must", "must_not"):
            errs.append(f"{where}.kind must be must or must_not")
        if not text(x["text"]) or not text(x["about"]):
            errs.append(f"{where}: text and about must be non-empty strings")

    def one_concern(x, where):
        if x["code"] not in CONCERN_CODES:
            errs.append(f"{where}.code {x['code']!r} is not a contract concern code")
        if not text(x["evidence"]):
            errs.append(f"{where}.evidence must be the person's own words")
        elif x["evidence"] not in p.get("typical_week", "") and not any(
            x["evidence"] in json.dumps(p.get(f), ensure_ascii=False)
            for f in ("support_needs", "important_to", "bottom_lines", "people", "current_support")
        ):
            errs.append(f"{where}.evidence is not quoted from the profile's own words")

    check_items(p, "people", PERSON_KEYS, w, errs, one_person)
    needs = check_items(p, "support_needs", NEED_KEYS, w, errs, one_need)
    if not needs:
        errs.append(f"{w}: support_needs must not be empty")
    check_items(p, "dreams", DREAM_KEYS, w, errs, one_dream)
    check_items(p, "bottom_lines", BOTTOM_KEYS, w, errs, one_bottom)
    check_items(p, "concerns", CONCERN_KEYS, w, errs, one_concern)

    money = p.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        errs.append(f"{w}: budget_amount must be {{amount, period}}")
    elif not num(money["amount"]) or money["amount"] <= 0 or round(money["amount"], 2) != money["amount"]:
        errs.append(f"{w}: budget_amount.amount must be a positive number with at most two decimals")
    elif money["period"] not in PERIODS:
        errs.append(f"{w}: budget_amount.period must be one of {sorted(PERIODS)}")
    elif not 40 <= per_week(money) <= 3000:
        errs.append(f"{w}: about £{per_week(money):.2f} a week is outside the plausible £40-£3,000")
    for field, allowed in (("budget_management", MANAGEMENT), ("employer_choice", EMPLOYER), ("plan_voice", VOICES)):
        if p.get(field) not in allowed:
            errs.append(f"{w}: {field} must be one of {sorted(allowed)}")
    pc = p.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and POSTCODE_DISTRICT.match(pc)):
        errs.append(f"{w}: postcode_district {pc!r} must be null or the first half of a postcode")


def check_verdict(pid: str, v, p, errs: list[str]) -> None:
    w = f"verdict {pid}"
    if not isinstance(v, dict):
        errs.append(f"{w}: not a JSON object")
        return
    if set(v) != VERDICT_KEYS:
        errs.append(f"{w}: fields must be exactly {sorted(VERDICT_KEYS)}; missing {sorted(VERDICT_KEYS - set(v))}, extra {sorted(set(v) - VERDICT_KEYS)}")
        return
    if v["id"] != pid:
        errs.append(f"{w}: id {v['id']!r} does not match the file name")
    if v["broker_level"] not in LEVELS:
        errs.append(f"{w}: broker_level must be one of {LEVELS}")
    if not text(v["broker_why"]):
        errs.append(f"{w}: broker_why must be a non-empty string")
    agree = v["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        errs.append(f"{w}: panel_would_agree_if_plan_is_sound must be true or false")
    erf = v["expected_readiness_failures"]
    if not isinstance(erf, list) or any(c not in READINESS for c in erf) or len(set(erf)) != len(erf):
        errs.append(f"{w}: expected_readiness_failures must be distinct codes from {sorted(READINESS)}")
        erf = []
    if not texts(v["must_include"], nonempty=True):
        errs.append(f"{w}: must_include must be a non-empty list of strings")
    if not texts(v["must_not_include"]):
        errs.append(f"{w}: must_not_include must be a list of strings")
    if not texts(v["must_not_name_as_helper"]):
        errs.append(f"{w}: must_not_name_as_helper must be a list of strings")
    areas = v["needs_key_areas"]
    if not isinstance(areas, list) or not areas or any(a not in NEED_AREAS for a in areas):
        errs.append(f"{w}: needs_key_areas must be a non-empty list of need areas")
        areas = []
    if not isinstance(p, dict):
        return

    in_profile = {n.get("area") for n in p.get("support_needs", []) if isinstance(n, dict)}
    for person in p.get("people", []):
        if isinstance(person, dict):
            in_profile.update(person.get("helps_with") or [])
    for a in areas:
        if a not in in_profile:
            errs.append(f"{w}: key area {a!r} is in neither the needs nor anyone's helps_with")
    names = {person.get("name") for person in p.get("people", []) if isinstance(person, dict)}
    for name in v["must_not_name_as_helper"] if isinstance(v["must_not_name_as_helper"], list) else []:
        if name not in names:
            errs.append(f"{w}: must_not_name_as_helper {name!r} is not one of the profile's people")
    codes = {c.get("code") for c in p.get("concerns", []) if isinstance(c, dict)}
    open_concern = bool(codes & {"safeguarding", "crisis"})
    if v["broker_level"] == "urgent" and not open_concern:
        errs.append(f"{w}: urgent is only for an open safeguarding or crisis concern")
    if open_concern and v["broker_level"] != "urgent":
        errs.append(f"{w}: an open safeguarding or crisis concern should be urgent")
    if "safeguarding" in codes and not v["must_not_name_as_helper"]:
        errs.append(f"{w}: a safeguarding concern should name who must not appear as a helper")
    if agree is False and "budget_fits" not in erf:
        errs.append(f"{w}: the panel would not agree, but budget_fits is not expected to fail")
    if agree is True and "budget_fits" in erf:
        errs.append(f"{w}: budget_fits is expected to fail, yet the panel is said to agree")


def check_readme(levels: Counter, verdict_levels: dict[str, str], errs: list[str]) -> None:
    readme = HERE / "README.md"
    if not readme.exists():
        errs.append("README.md is missing")
        return
    body = readme.read_text(encoding="utf-8")
    first = body.splitlines()[0] if body else ""
    n = len(verdict_levels)
    if first != f"# Held-out panel 2 for issue 16: {n} profiles with a broker's and panel's verdict":
        errs.append(f"README.md first line does not give the title with {n} profiles")
    for level in LEVELS:
        m = re.search(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", body, re.MULTILINE)
        got = int(m.group(1)) if m else None
        if got != levels[level]:
            errs.append(f"README says {level} = {got}, files say {levels[level]}")
    rows = dict(re.findall(r"^\|\s*(p2-\d{2}-[a-z]+)\s*\|.*\|\s*(none|optional|recommended|urgent)\s*\|\s*$", body, re.MULTILINE))
    for pid, level in verdict_levels.items():
        if rows.get(pid) != level:
            errs.append(f"README table row for {pid} says {rows.get(pid)!r}, the verdict says {level!r}")
    for pid in sorted(set(rows) - set(verdict_levels)):
        errs.append(f"README table lists {pid}, which has no files")


def main() -> int:
    errs: list[str] = []
    pfiles = {f.stem: f for f in sorted((HERE / "profiles").glob("*.json"))}
    vfiles = {f.stem: f for f in sorted((HERE / "verdicts").glob("*.json"))}
    for pid in sorted(set(pfiles) ^ set(vfiles)):
        errs.append(f"{pid} has a {'profile' if pid in pfiles else 'verdict'} but no {'verdict' if pid in pfiles else 'profile'}")
    if len(pfiles) < MIN_PROFILES:
        errs.append(f"only {len(pfiles)} profiles; at least {MIN_PROFILES} are required")

    levels: Counter[str] = Counter()
    verdict_levels: dict[str, str] = {}
    sent_back = []
    budgets: dict[str, float] = {}
    for pid in sorted(pfiles):
        if not ID_PATTERN.match(pid):
            errs.append(f"id {pid!r} does not follow p2-NN-name")
        try:
            p = json.loads(pfiles[pid].read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            errs.append(f"profile {pid}: not valid UTF-8 JSON ({exc})")
            continue
        check_profile(pid, p, errs)
        try:
            budgets[pid] = per_week(p["budget_amount"])
        except Exception:
            pass
        if pid not in vfiles:
            continue
        try:
            v = json.loads(vfiles[pid].read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            errs.append(f"verdict {pid}: not valid UTF-8 JSON ({exc})")
            continue
        check_verdict(pid, v, p, errs)
        if isinstance(v, dict) and v.get("broker_level") in LEVELS:
            levels[v["broker_level"]] += 1
            verdict_levels[pid] = v["broker_level"]
            if v.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(pid)

    if levels["none"] + levels["optional"] < MIN_SIMPLE:
        errs.append(f"only {levels['none'] + levels['optional']} simple cases; at least {MIN_SIMPLE} required")
    if not URGENT_RANGE[0] <= levels["urgent"] <= URGENT_RANGE[1]:
        errs.append(f"{levels['urgent']} urgent cases; {URGENT_RANGE[0]} to {URGENT_RANGE[1]} expected")
    if len(sent_back) < MIN_SENT_BACK:
        errs.append(f"only {len(sent_back)} plans the panel would send back; at least {MIN_SENT_BACK} required")
    check_readme(levels, verdict_levels, errs)

    print(f"{len(pfiles)} profiles, {len(vfiles)} verdicts")
    print("broker levels: " + ", ".join(f"{k} {levels[k]}" for k in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if budgets:
        lo, hi = min(budgets, key=budgets.get), max(budgets, key=budgets.get)
        print(f"weekly budgets: £{budgets[lo]:.2f} ({lo}) to £{budgets[hi]:.2f} ({hi})")
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for m in errs:
            print("  - " + m)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

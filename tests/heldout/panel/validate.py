#!/usr/bin/env python3
"""Validate the frozen held-out set in this folder (Python 3.11, standard library only).

Checks every profiles/<id>.json against the Profile shape in CONTRACT.md section 3 (field names,
types, allowed need areas and concern codes, enums), every verdicts/<id>.json against the verdict
shape in README.md, the pairing of profiles and verdicts, a few consistency rules between a
profile and its verdict, and that the distribution table in README.md matches the files.

Usage:  python3 validate.py          (exit 0 when everything passes; errors are listed otherwise)
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
PERIODS = {"week", "four_weeks", "month", "year"}
MANAGEMENT = {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"}
EMPLOYER = {"employ_pa", "use_agency", "mix", "not_sure"}
VOICES = {"first_person", "third_person"}
ANSWERING = {"self", "someone_else"}
BROKER_LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = {
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
}

PROFILE_REQUIRED = [
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
]
PROFILE_OPTIONAL = ["answering_relationship"]
PERSON_KEYS = {"name", "relationship", "helps_with", "hours_per_week", "can_continue"}
NEED_KEYS = {"id", "area", "text", "hours_per_week", "times"}
DREAM_KEYS = {"id", "text", "tags"}
BOTTOM_KEYS = {"id", "text", "kind", "about"}
MONEY_KEYS = {"amount", "period"}
CONCERN_KEYS = {"code", "evidence"}
VERDICT_KEYS = {
    "id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
    "expected_readiness_failures", "must_include", "must_not_include", "must_not_name_as_helper",
    "needs_key_areas",
}
# First half of a UK postcode (outward code), e.g. S8, TS25, B30, SW1A.
POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
ID_PATTERN = re.compile(r"^h16-\d{2}-[a-z]+$")

MIN_PROFILES = 26
MIN_SIMPLE = 8  # broker none or optional


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_str(x, allow_empty: bool = False) -> bool:
    return isinstance(x, str) and (allow_empty or x.strip() != "")


def is_str_list(x, allow_empty: bool = True) -> bool:
    return isinstance(x, list) and all(is_str(i) for i in x) and (allow_empty or len(x) > 0)


def weekly(money: dict) -> float:
    a, p = money["amount"], money["period"]
    return {"week": a, "four_weeks": a / 4, "month": a * 12 / 52, "year": a / 52}[p]


def check_profile(pid: str, p, errs: list[str]) -> None:
    def e(msg):
        errs.append(f"profile {pid}: {msg}")

    if not isinstance(p, dict):
        e("not a JSON object")
        return
    for k in PROFILE_REQUIRED:
        if k not in p:
            e(f"missing field {k!r}")
    for k in p:
        if k not in PROFILE_REQUIRED and k not in PROFILE_OPTIONAL:
            e(f"unknown field {k!r}")
    if p.get("consent") is not True:
        e("consent must be true")
    if p.get("confirm_summary") is not True:
        e("confirm_summary must be true")
    if not is_str(p.get("preferred_name")):
        e("preferred_name must be a non-empty string")
    af = p.get("answering_for")
    if af not in ANSWERING:
        e(f"answering_for must be one of {sorted(ANSWERING)}")
    if af == "someone_else" and not is_str(p.get("answering_relationship")):
        e("answering_relationship (non-empty string) required when answering_for is someone_else")
    if af == "self" and "answering_relationship" in p:
        e("answering_relationship given although answering_for is self")
    if not is_str_list(p.get("admired_qualities"), allow_empty=False):
        e("admired_qualities must be a non-empty list of strings")
    if not is_str(p.get("typical_week")):
        e("typical_week must be a non-empty string")
    if not is_str_list(p.get("current_support")):
        e("current_support must be a list of strings")
    if not is_str_list(p.get("important_to"), allow_empty=False):
        e("important_to must be a non-empty list of strings")

    people = p.get("people")
    if not isinstance(people, list):
        e("people must be a list")
        people = []
    for i, person in enumerate(people):
        where = f"people[{i}]"
        if not isinstance(person, dict) or set(person) != PERSON_KEYS:
            e(f"{where} must have exactly the keys {sorted(PERSON_KEYS)}")
            continue
        if not is_str(person["name"]) or not is_str(person["relationship"]):
            e(f"{where} name and relationship must be non-empty strings")
        hw = person["helps_with"]
        if not isinstance(hw, list) or any(a not in NEED_AREAS for a in hw):
            e(f"{where}.helps_with must be a list of need areas, got {hw!r}")
        h = person["hours_per_week"]
        if h is not None and not (is_num(h) and 0 <= h <= 168):
            e(f"{where}.hours_per_week must be a number 0-168 or null")
        if person["can_continue"] not in (True, False, None):
            e(f"{where}.can_continue must be true, false or null")

    needs = p.get("support_needs")
    if not isinstance(needs, list) or not needs:
        e("support_needs must be a non-empty list")
        needs = []
    seen = set()
    for i, n in enumerate(needs):
        where = f"support_needs[{i}]"
        if not isinstance(n, dict) or set(n) != NEED_KEYS:
            e(f"{where} must have exactly the keys {sorted(NEED_KEYS)}")
            continue
        if not is_str(n["id"]) or n["id"] in seen:
            e(f"{where}.id missing or duplicated")
        seen.add(n["id"])
        if n["area"] not in NEED_AREAS:
            e(f"{where}.area {n['area']!r} is not a contract need area")
        if not is_str(n["text"]):
            e(f"{where}.text must be a non-empty string")
        h = n["hours_per_week"]
        if h is not None and not (is_num(h) and 0 < h <= 168):
            e(f"{where}.hours_per_week must be a positive number up to 168, or null")
        if n["times"] is not None and not is_str(n["times"]):
            e(f"{where}.times must be a string or null")

    dreams = p.get("dreams")
    if not isinstance(dreams, list):
        e("dreams must be a list")
        dreams = []
    seen = set()
    for i, d in enumerate(dreams):
        where = f"dreams[{i}]"
        if not isinstance(d, dict) or set(d) != DREAM_KEYS:
            e(f"{where} must have exactly the keys {sorted(DREAM_KEYS)}")
            continue
        if not is_str(d["id"]) or d["id"] in seen:
            e(f"{where}.id missing or duplicated")
        seen.add(d["id"])
        if not is_str(d["text"]) or not is_str_list(d["tags"]):
            e(f"{where} text must be a string and tags a list of strings")

    bls = p.get("bottom_lines")
    if not isinstance(bls, list):
        e("bottom_lines must be a list")
        bls = []
    seen = set()
    for i, b in enumerate(bls):
        where = f"bottom_lines[{i}]"
        if not isinstance(b, dict) or set(b) != BOTTOM_KEYS:
            e(f"{where} must have exactly the keys {sorted(BOTTOM_KEYS)}")
            continue
        if not is_str(b["id"]) or b["id"] in seen:
            e(f"{where}.id missing or duplicated")
        seen.add(b["id"])
        if b["kind"] not in ("must", "must_not"):
            e(f"{where}.kind must be 'must' or 'must_not'")
        if not is_str(b["text"]) or not is_str(b["about"]):
            e(f"{where} text and about must be non-empty strings")

    money = p.get("budget_amount")
    if not isinstance(money, dict) or set(money) != MONEY_KEYS:
        e("budget_amount must be {amount, period}")
    else:
        if not is_num(money["amount"]) or money["amount"] <= 0:
            e("budget_amount.amount must be a positive number")
        elif round(money["amount"], 2) != money["amount"]:
            e("budget_amount.amount must have at most two decimals")
        if money["period"] not in PERIODS:
            e(f"budget_amount.period must be one of {sorted(PERIODS)}")
        elif is_num(money["amount"]):
            w = weekly(money)
            if not 40 <= w <= 3000:
                e(f"budget of about £{w:.2f} a week is outside the plausible range £40-£3,000")

    if p.get("budget_management") not in MANAGEMENT:
        e(f"budget_management must be one of {sorted(MANAGEMENT)}")
    if p.get("employer_choice") not in EMPLOYER:
        e(f"employer_choice must be one of {sorted(EMPLOYER)}")
    if p.get("plan_voice") not in VOICES:
        e(f"plan_voice must be one of {sorted(VOICES)}")
    pc = p.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and POSTCODE_DISTRICT.match(pc)):
        e(f"postcode_district {pc!r} must be null or the first half of a postcode")

    concerns = p.get("concerns")
    if not isinstance(concerns, list):
        e("concerns must be a list")
        concerns = []
    for i, c in enumerate(concerns):
        where = f"concerns[{i}]"
        if not isinstance(c, dict) or set(c) != CONCERN_KEYS:
            e(f"{where} must have exactly the keys {sorted(CONCERN_KEYS)}")
            continue
        if c["code"] not in CONCERN_CODES:
            e(f"{where}.code {c['code']!r} is not a contract concern code")
        if not is_str(c["evidence"]):
            e(f"{where}.evidence must be the person's words")


def check_verdict(pid: str, v, p, errs: list[str]) -> None:
    def e(msg):
        errs.append(f"verdict {pid}: {msg}")

    if not isinstance(v, dict):
        e("not a JSON object")
        return
    missing, extra = VERDICT_KEYS - set(v), set(v) - VERDICT_KEYS
    if missing:
        e(f"missing fields {sorted(missing)}")
    if extra:
        e(f"unknown fields {sorted(extra)}")
    if missing:
        return
    if v["id"] != pid:
        e(f"id {v['id']!r} does not match the file name")
    if v["broker_level"] not in BROKER_LEVELS:
        e(f"broker_level must be one of {BROKER_LEVELS}")
    if not is_str(v["broker_why"]):
        e("broker_why must be a non-empty string")
    if not isinstance(v["panel_would_agree_if_plan_is_sound"], bool):
        e("panel_would_agree_if_plan_is_sound must be a boolean")
    erf = v["expected_readiness_failures"]
    if not isinstance(erf, list) or any(c not in READINESS_CODES for c in erf) or len(set(erf)) != len(erf):
        e(f"expected_readiness_failures must be distinct codes from {sorted(READINESS_CODES)}")
        erf = []
    if not is_str_list(v["must_include"], allow_empty=False):
        e("must_include must be a non-empty list of strings")
    if not is_str_list(v["must_not_include"]):
        e("must_not_include must be a list of strings")
    if not is_str_list(v["must_not_name_as_helper"]):
        e("must_not_name_as_helper must be a list of strings")
    nka = v["needs_key_areas"]
    if not isinstance(nka, list) or not nka or any(a not in NEED_AREAS for a in nka):
        e(f"needs_key_areas must be a non-empty list of need areas, got {nka!r}")
        nka = []

    if not isinstance(p, dict):
        return
    # Consistency with the profile.
    areas_in_profile = {n.get("area") for n in p.get("support_needs", []) if isinstance(n, dict)}
    for person in p.get("people", []):
        if isinstance(person, dict):
            areas_in_profile.update(person.get("helps_with") or [])
    for a in nka:
        if a not in areas_in_profile:
            e(f"key area {a!r} appears neither in the needs nor in anyone's helps_with")
    names = {person.get("name") for person in p.get("people", []) if isinstance(person, dict)}
    for name in v["must_not_name_as_helper"]:
        if name not in names:
            e(f"must_not_name_as_helper {name!r} is not one of the profile's people")
    codes = {c.get("code") for c in p.get("concerns", []) if isinstance(c, dict)}
    open_concern = bool(codes & {"safeguarding", "crisis"})
    if v["broker_level"] == "urgent" and not open_concern:
        e("urgent is only for an open safeguarding or crisis concern")
    if open_concern and v["broker_level"] != "urgent":
        e("a profile with an open safeguarding or crisis concern should be urgent")
    if "safeguarding" in codes and not v["must_not_name_as_helper"]:
        e("a safeguarding concern should name the person who must not appear as a helper")
    if v["panel_would_agree_if_plan_is_sound"] is False and "budget_fits" not in erf:
        e("panel would not agree, but budget_fits is not among the expected failures")
    if "budget_fits" in erf and v["panel_would_agree_if_plan_is_sound"] is True:
        e("budget_fits expected to fail, yet the panel is said to agree")


def readme_counts(text: str) -> dict[str, int]:
    found = {}
    for level in BROKER_LEVELS:
        m = re.search(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|", text, re.MULTILINE)
        if m:
            found[level] = int(m.group(1))
    return found


def main() -> int:
    errs: list[str] = []
    pdir, vdir = HERE / "profiles", HERE / "verdicts"
    pfiles = {f.stem: f for f in sorted(pdir.glob("*.json"))}
    vfiles = {f.stem: f for f in sorted(vdir.glob("*.json"))}
    for pid in sorted(set(pfiles) - set(vfiles)):
        errs.append(f"profile {pid} has no verdict")
    for pid in sorted(set(vfiles) - set(pfiles)):
        errs.append(f"verdict {pid} has no profile")
    if len(pfiles) < MIN_PROFILES:
        errs.append(f"only {len(pfiles)} profiles; at least {MIN_PROFILES} are required")

    levels: Counter[str] = Counter()
    weekly_budgets = {}
    for pid in sorted(pfiles):
        if not ID_PATTERN.match(pid):
            errs.append(f"profile id {pid!r} does not follow h16-NN-name")
        try:
            p = json.loads(pfiles[pid].read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            errs.append(f"profile {pid}: not valid UTF-8 JSON ({exc})")
            continue
        check_profile(pid, p, errs)
        try:
            weekly_budgets[pid] = weekly(p["budget_amount"])
        except Exception:
            pass
        if pid in vfiles:
            try:
                v = json.loads(vfiles[pid].read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                errs.append(f"verdict {pid}: not valid UTF-8 JSON ({exc})")
                continue
            check_verdict(pid, v, p, errs)
            if isinstance(v, dict) and v.get("broker_level") in BROKER_LEVELS:
                levels[v["broker_level"]] += 1

    simple = levels["none"] + levels["optional"]
    if simple < MIN_SIMPLE:
        errs.append(f"only {simple} simple cases (broker none or optional); at least {MIN_SIMPLE} are required")

    readme = HERE / "README.md"
    if not readme.exists():
        errs.append("README.md is missing")
    else:
        counts = readme_counts(readme.read_text(encoding="utf-8"))
        for level in BROKER_LEVELS:
            if counts.get(level) != levels[level]:
                errs.append(f"README says {level} = {counts.get(level)}, files say {levels[level]}")

    print(f"{len(pfiles)} profiles, {len(vfiles)} verdicts")
    print("broker levels: " + ", ".join(f"{k} {levels[k]}" for k in BROKER_LEVELS))
    if weekly_budgets:
        lo = min(weekly_budgets, key=weekly_budgets.get)
        hi = max(weekly_budgets, key=weekly_budgets.get)
        print(f"weekly budgets: £{weekly_budgets[lo]:.2f} ({lo}) to £{weekly_budgets[hi]:.2f} ({hi})")
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for m in errs:
            print("  - " + m)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

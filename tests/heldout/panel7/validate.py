#!/usr/bin/env python3
"""Validate held-out panel 7 (the folder this script lives in). Python 3.11, standard library only.

Checks
  profiles  - exactly the fields of CONTRACT.md section 3 (answering_relationship present when, and only
              when, someone else answers); consent and confirm_summary true; enum values; need areas; the
              keys of every list item; hours in range; concern codes from the contract, each with evidence
              quoted word for word from the profile's own text; postcode_district an outward code; a budget
              with at most two decimals, a known period and a plausible weekly value (GBP 40 to 3,000).
  verdicts  - exactly the verdict fields; id matches the file; a known broker level; readiness codes
              distinct and known; lists of non-empty strings; key need areas that occur in the profile;
              names in must_not_name_as_helper that are people in the profile.
  rules     - "urgent" exactly when a safeguarding or crisis concern is open; an open safeguarding
              concern names at least one person who must not help; the panel sends a plan back exactly
              when budget_fits is an expected readiness failure.
  the set   - profiles and verdicts pair up; ids p7-NN-name numbered 01.. without gaps; at least 24 cases,
              at least 8 simple (none or optional), 2 to 4 urgent, at least 2 sent back.
  README.md - the title line, the FROZEN notice, one distribution row per level with the right count,
              and exactly one case-table row per case whose last column is the verdict's level.

Run: python3 validate.py   (exit 0 when everything passes, 1 otherwise)
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PREFIX = "p7"
README_TITLE = "# Held-out panel 7 for issue 16: {n} profiles with a broker's and panel's verdict"

AREAS = {"personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
         "social_life", "community_access", "work_or_learning", "night_support", "communication",
         "carer_break", "health", "housing"}
CONCERNS = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
URGENT_CONCERNS = {"safeguarding", "crisis"}
LEVELS = ["none", "optional", "recommended", "urgent"]
READINESS = {"cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
             "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes"}
WEEKS_IN = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUMS = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
REQUIRED = {"consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
            "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
            "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district", "concerns"}
OPTIONAL = {"answering_relationship"}
ITEM_KEYS = {
    "people": {"name", "relationship", "helps_with", "hours_per_week", "can_continue"},
    "support_needs": {"id", "area", "text", "hours_per_week", "times"},
    "dreams": {"id", "text", "tags"},
    "bottom_lines": {"id", "text", "kind", "about"},
    "concerns": {"code", "evidence"},
}
VERDICT_KEYS = {"id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound",
                "expected_readiness_failures", "must_include", "must_not_include",
                "must_not_name_as_helper", "needs_key_areas"}
ID_RE = re.compile(rf"^{PREFIX}-(\d\d)-[a-z]+$")
OUTWARD_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

problems: list[str] = []


def fail(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def is_text(x) -> bool:
    return isinstance(x, str) and bool(x.strip())


def is_text_list(x, non_empty: bool = False) -> bool:
    return isinstance(x, list) and all(is_text(i) for i in x) and (len(x) > 0 or not non_empty)


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def all_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for i in x:
            yield from all_strings(i)
    elif isinstance(x, dict):
        for i in x.values():
            yield from all_strings(i)


def list_items(where: str, prof: dict, field: str) -> list[dict]:
    raw = prof.get(field)
    if not isinstance(raw, list):
        fail(where, f"{field} is not a list")
        return []
    out, ids = [], set()
    for n, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) != ITEM_KEYS[field]:
            fail(f"{where} {field}[{n}]", f"keys must be exactly {sorted(ITEM_KEYS[field])}")
            continue
        if "id" in item:
            if not is_text(item["id"]) or item["id"] in ids:
                fail(f"{where} {field}[{n}]", "id must be a unique non-empty string")
            ids.add(item["id"])
        out.append(item)
    return out


def check_profile(cid: str, prof) -> float | None:
    where = f"profile {cid}"
    if not isinstance(prof, dict):
        fail(where, "not a JSON object")
        return None
    if REQUIRED - set(prof):
        fail(where, f"missing {sorted(REQUIRED - set(prof))}")
    if set(prof) - REQUIRED - OPTIONAL:
        fail(where, f"not contract fields: {sorted(set(prof) - REQUIRED - OPTIONAL)}")
    for flag in ("consent", "confirm_summary"):
        if prof.get(flag) is not True:
            fail(where, f"{flag} must be true")
    for field, allowed in ENUMS.items():
        if prof.get(field) not in allowed:
            fail(where, f"{field}={prof.get(field)!r} not in {sorted(allowed)}")
    if prof.get("answering_for") == "someone_else":
        if not is_text(prof.get("answering_relationship")):
            fail(where, "someone else answers, so answering_relationship is needed")
    elif "answering_relationship" in prof:
        fail(where, "answering_relationship only belongs when someone else answers")
    for field in ("preferred_name", "typical_week"):
        if not is_text(prof.get(field)):
            fail(where, f"{field} must be non-empty text")
    for field, non_empty in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not is_text_list(prof.get(field), non_empty):
            fail(where, f"{field} must be a list of strings{' (not empty)' if non_empty else ''}")

    for person in list_items(where, prof, "people"):
        at = f"{where} person {person.get('name')!r}"
        if not (is_text(person["name"]) and is_text(person["relationship"])):
            fail(at, "name and relationship must be text")
        if not (isinstance(person["helps_with"], list) and set(person["helps_with"]) <= AREAS):
            fail(at, "helps_with must list contract need areas")
        h = person["hours_per_week"]
        if h is not None and not (is_num(h) and 0 <= h <= 168):
            fail(at, "hours_per_week must be null or between 0 and 168")
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
            fail(at, "text must be non-empty")
        h = need["hours_per_week"]
        if h is not None and not (is_num(h) and 0 < h <= 168):
            fail(at, "hours_per_week must be null or in (0, 168]")
        if need["times"] is not None and not is_text(need["times"]):
            fail(at, "times must be null or text")
    for dream in list_items(where, prof, "dreams"):
        if not (is_text(dream["text"]) and is_text_list(dream["tags"])):
            fail(f"{where} dream {dream.get('id')!r}", "text and a list of tag strings are needed")
    for line in list_items(where, prof, "bottom_lines"):
        if line["kind"] not in ("must", "must_not") or not is_text(line["text"]) or not is_text(line["about"]):
            fail(f"{where} bottom line {line.get('id')!r}", "kind must/must_not, text and about as text")

    own_text = "\n".join(s for key, val in prof.items() if key != "concerns" for s in all_strings(val))
    for concern in list_items(where, prof, "concerns"):
        if concern["code"] not in CONCERNS:
            fail(where, f"concern code {concern['code']!r} is not in the contract")
        if not is_text(concern["evidence"]) or concern["evidence"] not in own_text:
            fail(where, f"evidence {concern['evidence']!r} is not word for word from the profile")

    pc = prof.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and OUTWARD_RE.match(pc)):
        fail(where, f"postcode_district {pc!r} is not an outward code")

    money = prof.get("budget_amount")
    if not (isinstance(money, dict) and set(money) == {"amount", "period"}):
        fail(where, "budget_amount must be {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not is_num(amount) or amount <= 0 or round(amount, 2) != amount or period not in WEEKS_IN:
        fail(where, "budget amount must be positive with two decimals at most, and the period known")
        return None
    weekly = amount / WEEKS_IN[period]
    if not 40 <= weekly <= 3000:
        fail(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(cid: str, verd, prof) -> None:
    where = f"verdict {cid}"
    if not (isinstance(verd, dict) and set(verd) == VERDICT_KEYS):
        fail(where, f"keys must be exactly {sorted(VERDICT_KEYS)}")
        return
    if verd["id"] != cid:
        fail(where, f"id {verd['id']!r} differs from the file name")
    level = verd["broker_level"]
    if level not in LEVELS:
        fail(where, f"broker_level {level!r} is not one of {LEVELS}")
    if not is_text(verd["broker_why"]):
        fail(where, "broker_why is empty")
    agree = verd["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        fail(where, "panel_would_agree_if_plan_is_sound must be a boolean")
    fails = verd["expected_readiness_failures"]
    if not (isinstance(fails, list) and set(fails) <= READINESS and len(fails) == len(set(fails))):
        fail(where, "expected_readiness_failures must be distinct readiness codes")
        fails = []
    if (agree is False) != ("budget_fits" in fails):
        fail(where, "budget_fits is expected to fail exactly when the panel would send the plan back")
    if not is_text_list(verd["must_include"], non_empty=True):
        fail(where, "must_include must be a non-empty list of strings")
    if not is_text_list(verd["must_not_include"]):
        fail(where, "must_not_include must be a list of strings")
    banned = verd["must_not_name_as_helper"]
    if not is_text_list(banned):
        fail(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    key_areas = verd["needs_key_areas"]
    if not (isinstance(key_areas, list) and key_areas and set(key_areas) <= AREAS):
        fail(where, "needs_key_areas must be a non-empty list of contract need areas")
        key_areas = []

    if not isinstance(prof, dict):
        return
    people = [x for x in prof.get("people", []) if isinstance(x, dict)]
    present = {n.get("area") for n in prof.get("support_needs", []) if isinstance(n, dict)}
    for x in people:
        present.update(x.get("helps_with") or [])
    for area in key_areas:
        if area not in present:
            fail(where, f"key area {area!r} does not occur in the profile")
    names = {x.get("name") for x in people}
    for name in banned:
        if name not in names:
            fail(where, f"{name!r} (must not help) is not one of the profile's people")
    codes = {c.get("code") for c in prof.get("concerns", []) if isinstance(c, dict)}
    if bool(codes & URGENT_CONCERNS) != (level == "urgent"):
        fail(where, "urgent must be the level exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        fail(where, "an open safeguarding concern needs someone in must_not_name_as_helper")


def load(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{kind} {path.stem}", f"unreadable JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = ROOT / "README.md"
    if not path.is_file():
        fail("README.md", "missing")
        return
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    title = README_TITLE.format(n=len(levels))
    if first != title:
        fail("README.md", f"first line must be {title!r}")
    if "FROZEN" not in text:
        fail("README.md", "the FROZEN notice is missing")
    for level in LEVELS:
        found = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", text, re.M)
        if len(found) != 1 or int(found[0]) != counts[level]:
            fail("README.md", f"distribution table needs one row '{level} | {counts[level]}'")
    rows: dict[str, list[str]] = {}
    for cid, level in re.findall(rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", text, re.M):
        rows.setdefault(cid, []).append(level)
    for cid, level in levels.items():
        if rows.get(cid) != [level]:
            fail("README.md", f"case row {cid}: table says {rows.get(cid)}, verdict says {level}")
    for cid in sorted(set(rows) - set(levels)):
        fail("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((ROOT / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((ROOT / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        fail(cid, "profile and verdict do not pair up")
    ids = sorted(set(profiles) | set(verdicts))
    numbers = []
    for cid in ids:
        m = ID_RE.match(cid)
        if m:
            numbers.append(int(m.group(1)))
        else:
            fail(cid, f"id must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        fail("set", "ids must be numbered from 01 without gaps or repeats")
    if len(profiles) < 24:
        fail("set", f"only {len(profiles)} profiles; at least 24 are needed")

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
        if isinstance(verd, dict) and verd.get("broker_level") in LEVELS:
            counts[verd["broker_level"]] += 1
            levels[cid] = verd["broker_level"]
            if verd.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(cid)

    if counts["none"] + counts["optional"] < 8:
        fail("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        fail("set", "expected 2 to 4 urgent cases")
    if len(sent_back) < 2:
        fail("set", "expected at least 2 plans the panel would send back")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in LEVELS))
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

#!/usr/bin/env python3
"""Check held-out panel 8 (the folder holding this script). Python 3.11, standard library only.

What is checked
  each profile  - only the fields of CONTRACT.md section 3, all required ones present
                  (answering_relationship exactly when someone else answers); consent and
                  confirm_summary true; enum values; list items with exactly the contract keys;
                  need areas; hours in range; unique ids; concern codes from the contract, each
                  with evidence found word for word in the profile's own text; postcode_district
                  an outward code; a budget with a known period, at most two decimals and a
                  plausible weekly value (GBP 40 to 3,000).
  each verdict  - exactly the verdict fields; id equal to the file name; a known broker level;
                  distinct, known readiness codes; lists of non-empty strings; key need areas
                  that occur in the profile; everyone in must_not_name_as_helper is one of the
                  profile's people.
  rules         - "urgent" exactly when a safeguarding or crisis concern is open; an open
                  safeguarding concern names someone who must not help; the panel sends a plan
                  back exactly when budget_fits is an expected readiness failure.
  the set       - profiles and verdicts pair up; ids p8-NN-name numbered from 01 without gaps;
                  at least 24 cases, at least 8 simple (none or optional), 2 to 4 urgent, and at
                  least 2 plans sent back.
  README.md     - its title line, the FROZEN notice, one distribution row per level with the
                  right count, and one case-table row per case ending in the verdict's level.
Exit status 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "p8"
TITLE = "# Held-out panel 8 for issue 16: {n} profiles with a broker's and panel's verdict"

NEED_AREAS = frozenset(
    "personal_care meals medication mobility household shopping money_admin social_life "
    "community_access work_or_learning night_support communication carer_break health housing".split())
CONCERN_CODES = frozenset("safeguarding crisis capacity communication conflict asked_for_person".split())
OPENS_URGENT = frozenset({"safeguarding", "crisis"})
LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = frozenset(
    "cost_breakdown specific_terms no_imposed_changes contingency review_date direct_payment_clause "
    "budget_fits safeguarding_steps outcomes".split())
PERIOD_WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
CHOICES = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
PROFILE_FIELDS = frozenset(
    "consent preferred_name answering_for admired_qualities typical_week people current_support "
    "important_to support_needs dreams bottom_lines budget_amount budget_management employer_choice "
    "plan_voice confirm_summary postcode_district concerns".split())
MAYBE_FIELDS = frozenset({"answering_relationship"})
ITEM_FIELDS = {
    "people": frozenset({"name", "relationship", "helps_with", "hours_per_week", "can_continue"}),
    "support_needs": frozenset({"id", "area", "text", "hours_per_week", "times"}),
    "dreams": frozenset({"id", "text", "tags"}),
    "bottom_lines": frozenset({"id", "text", "kind", "about"}),
    "concerns": frozenset({"code", "evidence"}),
}
VERDICT_FIELDS = frozenset(
    "id broker_level broker_why panel_would_agree_if_plan_is_sound expected_readiness_failures "
    "must_include must_not_include must_not_name_as_helper needs_key_areas".split())
CASE_ID = re.compile(rf"^{SET}-(\d{{2}})-[a-z]+$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


class Report:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}")


R = Report()


def text(x) -> bool:
    return isinstance(x, str) and x.strip() != ""


def texts(x, need_one: bool = False) -> bool:
    return isinstance(x, list) and all(text(i) for i in x) and (bool(x) or not need_one)


def number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def walk_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for v in x:
            yield from walk_strings(v)
    elif isinstance(x, dict):
        for v in x.values():
            yield from walk_strings(v)


def items(where: str, prof: dict, field: str) -> list[dict]:
    value = prof.get(field)
    if not isinstance(value, list):
        R.add(where, f"{field} must be a list")
        return []
    good, seen = [], set()
    for i, it in enumerate(value):
        if not isinstance(it, dict) or frozenset(it) != ITEM_FIELDS[field]:
            R.add(f"{where} {field}[{i}]", f"needs exactly the keys {sorted(ITEM_FIELDS[field])}")
            continue
        if "id" in it:
            if not text(it["id"]) or it["id"] in seen:
                R.add(f"{where} {field}[{i}]", "id must be non-empty and unique")
            seen.add(it["id"])
        good.append(it)
    return good


def check_profile(cid: str, prof) -> float | None:
    where = f"profile {cid}"
    if not isinstance(prof, dict):
        R.add(where, "is not a JSON object")
        return None
    keys = frozenset(prof)
    if PROFILE_FIELDS - keys:
        R.add(where, f"missing fields {sorted(PROFILE_FIELDS - keys)}")
    if keys - PROFILE_FIELDS - MAYBE_FIELDS:
        R.add(where, f"fields outside the contract {sorted(keys - PROFILE_FIELDS - MAYBE_FIELDS)}")
    for flag in ("consent", "confirm_summary"):
        if prof.get(flag) is not True:
            R.add(where, f"{flag} must be true")
    for field, allowed in CHOICES.items():
        if prof.get(field) not in allowed:
            R.add(where, f"{field}={prof.get(field)!r} is not one of {sorted(allowed)}")
    if prof.get("answering_for") == "someone_else":
        if not text(prof.get("answering_relationship")):
            R.add(where, "answering_relationship is needed when someone else answers")
    elif "answering_relationship" in prof:
        R.add(where, "answering_relationship belongs only when someone else answers")
    for field in ("preferred_name", "typical_week"):
        if not text(prof.get(field)):
            R.add(where, f"{field} must be non-empty text")
    for field, need_one in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not texts(prof.get(field), need_one):
            R.add(where, f"{field} must be a list of strings" + (" with at least one" if need_one else ""))

    for p in items(where, prof, "people"):
        at = f"{where} person {p.get('name')!r}"
        if not (text(p["name"]) and text(p["relationship"])):
            R.add(at, "name and relationship must be text")
        if not (isinstance(p["helps_with"], list) and set(p["helps_with"]) <= NEED_AREAS):
            R.add(at, "helps_with must hold contract need areas")
        h = p["hours_per_week"]
        if h is not None and not (number(h) and 0 <= h <= 168):
            R.add(at, "hours_per_week must be null or from 0 to 168")
        if p["can_continue"] not in (True, False, None):
            R.add(at, "can_continue must be true, false or null")

    needs = items(where, prof, "support_needs")
    if not needs:
        R.add(where, "support_needs must not be empty")
    for n in needs:
        at = f"{where} need {n.get('id')!r}"
        if n["area"] not in NEED_AREAS:
            R.add(at, f"area {n['area']!r} is not a contract need area")
        if not text(n["text"]):
            R.add(at, "text must be non-empty")
        h = n["hours_per_week"]
        if h is not None and not (number(h) and 0 < h <= 168):
            R.add(at, "hours_per_week must be null or above 0 and at most 168")
        if n["times"] is not None and not text(n["times"]):
            R.add(at, "times must be null or text")
    for d in items(where, prof, "dreams"):
        if not (text(d["text"]) and texts(d["tags"])):
            R.add(f"{where} dream {d.get('id')!r}", "needs text and a list of string tags")
    for b in items(where, prof, "bottom_lines"):
        if b["kind"] not in ("must", "must_not") or not text(b["text"]) or not text(b["about"]):
            R.add(f"{where} bottom line {b.get('id')!r}", "kind must be must/must_not, with text and about")

    own_words = "\n".join(s for k, v in prof.items() if k != "concerns" for s in walk_strings(v))
    for c in items(where, prof, "concerns"):
        if c["code"] not in CONCERN_CODES:
            R.add(where, f"concern code {c['code']!r} is not in the contract")
        if not text(c["evidence"]) or c["evidence"] not in own_words:
            R.add(where, f"evidence {c['evidence']!r} is not quoted word for word from the profile")

    pc = prof.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and OUTWARD.match(pc)):
        R.add(where, f"postcode_district {pc!r} is not an outward code")

    budget = prof.get("budget_amount")
    if not (isinstance(budget, dict) and frozenset(budget) == {"amount", "period"}):
        R.add(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = budget["amount"], budget["period"]
    if not number(amount) or amount <= 0 or round(amount, 2) != amount or period not in PERIOD_WEEKS:
        R.add(where, "the budget needs a positive amount with at most two decimals and a known period")
        return None
    weekly = amount / PERIOD_WEEKS[period]
    if not 40 <= weekly <= 3000:
        R.add(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def check_verdict(cid: str, verd, prof) -> None:
    where = f"verdict {cid}"
    if not (isinstance(verd, dict) and frozenset(verd) == VERDICT_FIELDS):
        R.add(where, f"needs exactly the fields {sorted(VERDICT_FIELDS)}")
        return
    if verd["id"] != cid:
        R.add(where, f"id {verd['id']!r} does not match the file name")
    level = verd["broker_level"]
    if level not in LEVELS:
        R.add(where, f"broker_level {level!r} is not one of {list(LEVELS)}")
    if not text(verd["broker_why"]):
        R.add(where, "broker_why must be non-empty")
    agree = verd["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        R.add(where, "panel_would_agree_if_plan_is_sound must be true or false")
    fails = verd["expected_readiness_failures"]
    if not (isinstance(fails, list) and set(fails) <= READINESS_CODES and len(set(fails)) == len(fails)):
        R.add(where, "expected_readiness_failures must be distinct readiness codes")
        fails = []
    if isinstance(agree, bool) and (not agree) != ("budget_fits" in fails):
        R.add(where, "the panel sends a plan back exactly when budget_fits is expected to fail")
    if not texts(verd["must_include"], need_one=True):
        R.add(where, "must_include must be a non-empty list of strings")
    if not texts(verd["must_not_include"]):
        R.add(where, "must_not_include must be a list of strings")
    banned = verd["must_not_name_as_helper"]
    if not texts(banned):
        R.add(where, "must_not_name_as_helper must be a list of strings")
        banned = []
    areas = verd["needs_key_areas"]
    if not (isinstance(areas, list) and areas and set(areas) <= NEED_AREAS):
        R.add(where, "needs_key_areas must be a non-empty list of contract need areas")
        areas = []

    if not isinstance(prof, dict):
        return
    people = [p for p in prof.get("people", []) if isinstance(p, dict)]
    seen_areas = {n.get("area") for n in prof.get("support_needs", []) if isinstance(n, dict)}
    for p in people:
        seen_areas.update(p.get("helps_with") or [])
    for a in areas:
        if a not in seen_areas:
            R.add(where, f"key area {a!r} does not occur in the profile")
    names = {p.get("name") for p in people}
    for who in banned:
        if who not in names:
            R.add(where, f"{who!r} (must not help) is not one of the profile's people")
    codes = {c.get("code") for c in prof.get("concerns", []) if isinstance(c, dict)}
    if bool(codes & OPENS_URGENT) != (level == "urgent"):
        R.add(where, "the level must be urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        R.add(where, "an open safeguarding concern needs someone in must_not_name_as_helper")


def read_json(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        R.add(f"{kind} {path.stem}", f"cannot be read as JSON ({exc})")
        return None


def check_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = HERE / "README.md"
    if not path.is_file():
        R.add("README.md", "is missing")
        return
    body = path.read_text(encoding="utf-8")
    first = body.splitlines()[0] if body else ""
    want = TITLE.format(n=len(levels))
    if first != want:
        R.add("README.md", f"the first line must be {want!r}")
    if "FROZEN" not in body:
        R.add("README.md", "the FROZEN notice is missing")
    for lv in LEVELS:
        rows = re.findall(rf"^\|\s*{lv}\s*\|\s*(\d+)\s*\|\s*$", body, re.M)
        if len(rows) != 1 or int(rows[0]) != counts[lv]:
            R.add("README.md", f"the distribution table needs one row '{lv} | {counts[lv]}'")
    table: dict[str, list[str]] = {}
    for cid, lv in re.findall(rf"^\|\s*({SET}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", body, re.M):
        table.setdefault(cid, []).append(lv)
    for cid, lv in levels.items():
        if table.get(cid) != [lv]:
            R.add("README.md", f"case row {cid}: the table says {table.get(cid)}, the verdict says {lv}")
    for cid in sorted(set(table) - set(levels)):
        R.add("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((HERE / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((HERE / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        R.add(cid, "has a profile or a verdict but not both")
    ids = sorted(set(profiles) | set(verdicts))
    nums = []
    for cid in ids:
        m = CASE_ID.match(cid)
        if m:
            nums.append(int(m.group(1)))
        else:
            R.add(cid, f"id must look like {SET}-NN-name")
    if sorted(nums) != list(range(1, len(nums) + 1)):
        R.add("set", "ids must run from 01 with no gaps or repeats")
    if len(profiles) < 24:
        R.add("set", f"{len(profiles)} profiles; at least 24 are needed")

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
        R.add("set", "at least 2 plans should be ones the panel sends back")
    check_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        lo, hi = min(weekly, key=weekly.get), max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[lo]:,.2f} ({lo}) to £{weekly[hi]:,.2f} ({hi})")
    if R.items:
        print(f"\n{len(R.items)} problem(s):")
        for item in R.items:
            print("  - " + item)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

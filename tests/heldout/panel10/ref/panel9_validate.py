#!/usr/bin/env python3
"""Validate held-out panel 9 (this script's own folder). Python 3.11, standard library only.

Checks, in the same scope as panel 8's validator:
  profiles   only CONTRACT.md section 3 fields, all required ones present; answering_relationship
             present exactly when someone else is typing; consent and confirm_summary are true;
             enum values; list items carry exactly the contract keys; need areas from the contract;
             hours in range; ids unique within a list; concern codes from the contract, each with
             evidence quoted word for word from the profile's own text; postcode_district an
             outward code or null; a budget {amount, period} with a known period, at most two
             decimals and a plausible weekly value (GBP 40 to 3,000).
  verdicts   exactly the verdict fields; id equals the file name; a known broker level; distinct
             known readiness codes; non-empty string lists; key need areas that occur in the
             profile; everyone in must_not_name_as_helper is one of the profile's people.
  rules      urgent exactly when a safeguarding or crisis concern is open; an open safeguarding
             concern names at least one person who must not help; the panel sends a plan back
             exactly when budget_fits is an expected readiness failure.
  the set    profiles and verdicts pair up; ids p9-NN-name numbered from 01 without gaps; at least
             24 cases, at least 8 simple (none or optional), 2 to 4 urgent, at least 2 sent back.
  README.md  title line, FROZEN notice, one distribution row per level with the right count, and
             one case-table row per case whose last cell is the verdict's level.
Exit status: 0 when everything passes, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PREFIX = "p9"
TITLE_LINE = "# Held-out panel 9 for issue 16: {n} profiles with a broker's and panel's verdict"

AREAS = {
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
}
CONCERNS = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
URGENT_CONCERNS = {"safeguarding", "crisis"}
BROKER_LEVELS = ["none", "optional", "recommended", "urgent"]
READINESS = {
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
}
WEEKS_IN = {"week": 1.0, "four_weeks": 4.0, "month": 52.0 / 12.0, "year": 52.0}
ENUMS = {
    "answering_for": {"self", "someone_else"},
    "budget_management": {"direct_payment", "council_managed", "individual_service_fund",
                          "third_party", "not_sure"},
    "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
    "plan_voice": {"first_person", "third_person"},
}
REQUIRED = {
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
}
OPTIONAL = {"answering_relationship"}
ITEM_KEYS = {
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
ID_RE = re.compile(rf"^{PREFIX}-(\d\d)-[a-z]+$")
OUTWARD_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")

problems: list[str] = []


def fail(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def is_text(v) -> bool:
    return isinstance(v, str) and bool(v.strip())


def is_text_list(v, non_empty: bool = False) -> bool:
    return isinstance(v, list) and all(is_text(x) for x in v) and (len(v) > 0 or not non_empty)


def is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def strings_in(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings_in(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from strings_in(x)


def list_items(where: str, prof: dict, field: str) -> list[dict]:
    raw = prof.get(field)
    if not isinstance(raw, list):
        fail(where, f"{field} is not a list")
        return []
    out, ids = [], set()
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) != ITEM_KEYS[field]:
            fail(f"{where} {field}[{i}]", f"must have exactly the keys {sorted(ITEM_KEYS[field])}")
            continue
        if "id" in item:
            if not is_text(item["id"]) or item["id"] in ids:
                fail(f"{where} {field}[{i}]", "id must be non-empty and unique")
            ids.add(item["id"])
        out.append(item)
    return out


def validate_profile(cid: str, prof) -> float | None:
    where = f"profile {cid}"
    if not isinstance(prof, dict):
        fail(where, "not a JSON object")
        return None
    keys = set(prof)
    if REQUIRED - keys:
        fail(where, f"missing {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL:
        fail(where, f"not contract fields: {sorted(keys - REQUIRED - OPTIONAL)}")
    for flag in ("consent", "confirm_summary"):
        if prof.get(flag) is not True:
            fail(where, f"{flag} must be true")
    for field, allowed in ENUMS.items():
        if prof.get(field) not in allowed:
            fail(where, f"{field}={prof.get(field)!r} not in {sorted(allowed)}")
    if prof.get("answering_for") == "someone_else":
        if not is_text(prof.get("answering_relationship")):
            fail(where, "answering_relationship required when someone else answers")
    elif "answering_relationship" in prof:
        fail(where, "answering_relationship only when someone else answers")
    for field in ("preferred_name", "typical_week"):
        if not is_text(prof.get(field)):
            fail(where, f"{field} must be non-empty text")
    for field, need in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not is_text_list(prof.get(field), need):
            fail(where, f"{field} must be a list of strings" + (" (at least one)" if need else ""))

    for p in list_items(where, prof, "people"):
        at = f"{where} person {p.get('name')!r}"
        if not (is_text(p["name"]) and is_text(p["relationship"])):
            fail(at, "name and relationship must be text")
        if not (isinstance(p["helps_with"], list) and set(p["helps_with"]) <= AREAS):
            fail(at, "helps_with must list contract need areas")
        h = p["hours_per_week"]
        if h is not None and not (is_num(h) and 0 <= h <= 168):
            fail(at, "hours_per_week must be null or 0 to 168")
        if p["can_continue"] not in (True, False, None):
            fail(at, "can_continue must be true, false or null")

    needs = list_items(where, prof, "support_needs")
    if not needs:
        fail(where, "support_needs is empty")
    for n in needs:
        at = f"{where} need {n.get('id')!r}"
        if n["area"] not in AREAS:
            fail(at, f"area {n['area']!r} not a contract need area")
        if not is_text(n["text"]):
            fail(at, "text is empty")
        h = n["hours_per_week"]
        if h is not None and not (is_num(h) and 0 < h <= 168):
            fail(at, "hours_per_week must be null or in (0, 168]")
        if n["times"] is not None and not is_text(n["times"]):
            fail(at, "times must be null or text")
    for d in list_items(where, prof, "dreams"):
        if not (is_text(d["text"]) and is_text_list(d["tags"])):
            fail(f"{where} dream {d.get('id')!r}", "needs text and a list of string tags")
    for b in list_items(where, prof, "bottom_lines"):
        if b["kind"] not in ("must", "must_not") or not is_text(b["text"]) or not is_text(b["about"]):
            fail(f"{where} bottom line {b.get('id')!r}", "kind must/must_not, with text and about")

    own_text = "\n".join(s for k, v in prof.items() if k != "concerns" for s in strings_in(v))
    for c in list_items(where, prof, "concerns"):
        if c["code"] not in CONCERNS:
            fail(where, f"concern code {c['code']!r} not in the contract")
        if not is_text(c["evidence"]) or c["evidence"] not in own_text:
            fail(where, f"evidence {c['evidence']!r} is not word for word from the profile")

    pc = prof.get("postcode_district")
    if pc is not None and not (isinstance(pc, str) and OUTWARD_RE.match(pc)):
        fail(where, f"postcode_district {pc!r} is not an outward code")

    money = prof.get("budget_amount")
    if not (isinstance(money, dict) and set(money) == {"amount", "period"}):
        fail(where, "budget_amount must be exactly {amount, period}")
        return None
    amount, period = money["amount"], money["period"]
    if not is_num(amount) or amount <= 0 or round(amount, 2) != amount or period not in WEEKS_IN:
        fail(where, "budget needs a positive two-decimal amount and a known period")
        return None
    weekly = amount / WEEKS_IN[period]
    if not 40 <= weekly <= 3000:
        fail(where, f"£{weekly:,.2f} a week is not a plausible personal budget")
    return weekly


def validate_verdict(cid: str, verd, prof) -> None:
    where = f"verdict {cid}"
    if not (isinstance(verd, dict) and set(verd) == VERDICT_KEYS):
        fail(where, f"must have exactly the fields {sorted(VERDICT_KEYS)}")
        return
    if verd["id"] != cid:
        fail(where, f"id {verd['id']!r} does not match the file name")
    level = verd["broker_level"]
    if level not in BROKER_LEVELS:
        fail(where, f"broker_level {level!r} not in {BROKER_LEVELS}")
    if not is_text(verd["broker_why"]):
        fail(where, "broker_why is empty")
    agree = verd["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        fail(where, "panel_would_agree_if_plan_is_sound must be a boolean")
    fails = verd["expected_readiness_failures"]
    if not (isinstance(fails, list) and set(fails) <= READINESS and len(set(fails)) == len(fails)):
        fail(where, "expected_readiness_failures must be distinct readiness codes")
        fails = []
    if isinstance(agree, bool) and (not agree) != ("budget_fits" in fails):
        fail(where, "sent back exactly when budget_fits is an expected failure")
    if not is_text_list(verd["must_include"], True):
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
    people = [p for p in prof.get("people") or [] if isinstance(p, dict)]
    present = {n.get("area") for n in prof.get("support_needs") or [] if isinstance(n, dict)}
    for p in people:
        present.update(p.get("helps_with") or [])
    for a in key_areas:
        if a not in present:
            fail(where, f"key area {a!r} does not occur in the profile")
    names = {p.get("name") for p in people}
    for who in banned:
        if who not in names:
            fail(where, f"{who!r} in must_not_name_as_helper is not one of the profile's people")
    codes = {c.get("code") for c in prof.get("concerns") or [] if isinstance(c, dict)}
    if bool(codes & URGENT_CONCERNS) != (level == "urgent"):
        fail(where, "urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        fail(where, "an open safeguarding concern needs someone in must_not_name_as_helper")


def load(path: Path, kind: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{kind} {path.stem}", f"not readable JSON ({exc})")
        return None


def validate_readme(counts: Counter, levels: dict[str, str]) -> None:
    path = ROOT / "README.md"
    if not path.is_file():
        fail("README.md", "missing")
        return
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    expected = TITLE_LINE.format(n=len(levels))
    if not lines or lines[0] != expected:
        fail("README.md", f"first line must be {expected!r}")
    if "FROZEN" not in body:
        fail("README.md", "FROZEN notice missing")
    for lv in BROKER_LEVELS:
        rows = re.findall(rf"^\|\s*{lv}\s*\|\s*(\d+)\s*\|\s*$", body, re.M)
        if len(rows) != 1 or int(rows[0]) != counts[lv]:
            fail("README.md", f"distribution table needs exactly one row '| {lv} | {counts[lv]} |'")
    rows: dict[str, list[str]] = {}
    for cid, lv in re.findall(rf"^\|\s*({PREFIX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", body, re.M):
        rows.setdefault(cid, []).append(lv)
    for cid, lv in levels.items():
        if rows.get(cid) != [lv]:
            fail("README.md", f"case row {cid}: table says {rows.get(cid)}, verdict says {lv}")
    for cid in sorted(set(rows) - set(levels)):
        fail("README.md", f"case row {cid} has no profile and verdict")


def main() -> int:
    profiles = {p.stem: p for p in sorted((ROOT / "profiles").glob("*.json"))}
    verdicts = {p.stem: p for p in sorted((ROOT / "verdicts").glob("*.json"))}
    for cid in sorted(set(profiles) ^ set(verdicts)):
        fail(cid, "has a profile or a verdict but not both")
    ids = sorted(set(profiles) | set(verdicts))
    numbers = []
    for cid in ids:
        m = ID_RE.match(cid)
        if m:
            numbers.append(int(m.group(1)))
        else:
            fail(cid, f"id must look like {PREFIX}-NN-name")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        fail("set", "ids must run from 01 without gaps or repeats")
    if len(profiles) < 24:
        fail("set", f"only {len(profiles)} profiles; at least 24 needed")

    counts: Counter = Counter()
    levels: dict[str, str] = {}
    sent_back: list[str] = []
    weekly: dict[str, float] = {}
    for cid in ids:
        prof = load(profiles[cid], "profile") if cid in profiles else None
        if prof is not None:
            w = validate_profile(cid, prof)
            if w is not None:
                weekly[cid] = w
        verd = load(verdicts[cid], "verdict") if cid in verdicts else None
        if verd is None:
            continue
        validate_verdict(cid, verd, prof)
        if isinstance(verd, dict) and verd.get("broker_level") in BROKER_LEVELS:
            counts[verd["broker_level"]] += 1
            levels[cid] = verd["broker_level"]
            if verd.get("panel_would_agree_if_plan_is_sound") is False:
                sent_back.append(cid)

    if counts["none"] + counts["optional"] < 8:
        fail("set", "fewer than 8 simple cases (none or optional)")
    if not 2 <= counts["urgent"] <= 4:
        fail("set", "there should be 2 to 4 urgent cases")
    if len(sent_back) < 2:
        fail("set", "at least 2 plans should be sent back by the panel")
    validate_readme(counts, levels)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lv} {counts[lv]}" for lv in BROKER_LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if weekly:
        lo = min(weekly, key=weekly.get)
        hi = max(weekly, key=weekly.get)
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

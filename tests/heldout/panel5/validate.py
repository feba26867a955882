#!/usr/bin/env python3
"""Validate held-out panel 5 (this folder). Python 3.11, standard library only.

Checks: profile shape and enums (CONTRACT.md section 3), concern evidence quoted word for word,
postcode district, plausible weekly budget (£40 to £3,000); verdict fields and codes; files pair up
and ids run p5-01 upwards without gaps; profile/verdict consistency (urgent exactly when a
safeguarding or crisis concern is open; a safeguarding concern names who must not help, and every
such name is one of the profile's people; key areas occur in the profile; a panel "no" expects
budget_fits to fail, and only then); spread of the set; README tables match the verdicts.
Usage: python3 validate.py   (exit 0 when everything passes)
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PFX = "p5"
TITLE = "# Held-out panel 5 for issue 16: {n} profiles with a broker's and panel's verdict"
AREAS = {"personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
         "social_life", "community_access", "work_or_learning", "night_support", "communication",
         "carer_break", "health", "housing"}
CODES = {"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"}
WEEKS = {"week": 1.0, "four_weeks": 4.0, "month": 52 / 12, "year": 52.0}
ENUMS = {"answering_for": {"self", "someone_else"},
         "budget_management": {"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"},
         "employer_choice": {"employ_pa", "use_agency", "mix", "not_sure"},
         "plan_voice": {"first_person", "third_person"}}
LEVELS = ("none", "optional", "recommended", "urgent")
READY = {"cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
         "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes"}
FIELDS = {"consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
          "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
          "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district", "concerns"}
ITEM_KEYS = {"people": {"name", "relationship", "helps_with", "hours_per_week", "can_continue"},
             "support_needs": {"id", "area", "text", "hours_per_week", "times"},
             "dreams": {"id", "text", "tags"},
             "bottom_lines": {"id", "text", "kind", "about"},
             "concerns": {"code", "evidence"}}
VKEYS = {"id", "broker_level", "broker_why", "panel_would_agree_if_plan_is_sound", "expected_readiness_failures",
         "must_include", "must_not_include", "must_not_name_as_helper", "needs_key_areas"}
ID_RE = re.compile(rf"^{PFX}-(\d\d)-[a-z]+$")
DISTRICT_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def is_str(x) -> bool:
    return isinstance(x, str) and bool(x.strip())


def is_strs(x, nonempty=False) -> bool:
    return isinstance(x, list) and all(is_str(i) for i in x) and (len(x) > 0 or not nonempty)


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def all_text(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for i in x:
            yield from all_text(i)
    elif isinstance(x, dict):
        for i in x.values():
            yield from all_text(i)


def list_items(where, p, field):
    v = p.get(field)
    if not isinstance(v, list):
        err(where, f"{field} must be a list")
        return []
    out, ids = [], set()
    for i, it in enumerate(v):
        if not isinstance(it, dict) or set(it) != ITEM_KEYS[field]:
            err(f"{where} {field}[{i}]", f"keys must be exactly {sorted(ITEM_KEYS[field])}")
            continue
        if "id" in it:
            if not is_str(it["id"]) or it["id"] in ids:
                err(f"{where} {field}[{i}]", "id must be a unique non-empty string")
            ids.add(it["id"])
        out.append(it)
    return out


def check_profile(pid, p):
    w = f"profile {pid}"
    if not isinstance(p, dict):
        err(w, "not an object")
        return None
    keys = set(p)
    if FIELDS - keys:
        err(w, f"missing {sorted(FIELDS - keys)}")
    extra = keys - FIELDS - {"answering_relationship"}
    if extra:
        err(w, f"not contract fields {sorted(extra)}")
    if p.get("consent") is not True or p.get("confirm_summary") is not True:
        err(w, "consent and confirm_summary must be true")
    for f, allowed in ENUMS.items():
        if p.get(f) not in allowed:
            err(w, f"{f} {p.get(f)!r} not in {sorted(allowed)}")
    if p.get("answering_for") == "someone_else" and not is_str(p.get("answering_relationship")):
        err(w, "answering_relationship needed when someone else answers")
    if p.get("answering_for") == "self" and "answering_relationship" in p:
        err(w, "answering_relationship must be absent for self")
    for f in ("preferred_name", "typical_week"):
        if not is_str(p.get(f)):
            err(w, f"{f} must be a non-empty string")
    for f, ne in (("admired_qualities", True), ("important_to", True), ("current_support", False)):
        if not is_strs(p.get(f), ne):
            err(w, f"{f} must be a list of strings" + (" (non-empty)" if ne else ""))
    for per in list_items(w, p, "people"):
        at = f"{w} person {per['name']!r}"
        if not (is_str(per["name"]) and is_str(per["relationship"])):
            err(at, "name and relationship must be strings")
        if not isinstance(per["helps_with"], list) or not set(per["helps_with"]) <= AREAS:
            err(at, "helps_with must hold contract need areas")
        h = per["hours_per_week"]
        if h is not None and not (is_num(h) and 0 <= h <= 168):
            err(at, "hours_per_week must be 0..168 or null")
        if per["can_continue"] not in (True, False, None):
            err(at, "can_continue must be true, false or null")
    needs = list_items(w, p, "support_needs")
    if not needs:
        err(w, "support_needs empty")
    for n in needs:
        at = f"{w} need {n['id']!r}"
        if n["area"] not in AREAS:
            err(at, f"area {n['area']!r} not a contract need area")
        if not is_str(n["text"]):
            err(at, "text must be a string")
        h = n["hours_per_week"]
        if h is not None and not (is_num(h) and 0 < h <= 168):
            err(at, "hours_per_week must be in (0, 168] or null")
        if n["times"] is not None and not is_str(n["times"]):
            err(at, "times must be a string or null")
    for d in list_items(w, p, "dreams"):
        if not is_str(d["text"]) or not is_strs(d["tags"]):
            err(f"{w} dream {d['id']!r}", "text string and tags list of strings")
    for b in list_items(w, p, "bottom_lines"):
        if b["kind"] not in ("must", "must_not") or not is_str(b["text"]) or not is_str(b["about"]):
            err(f"{w} bottom line {b['id']!r}", "kind must/must_not, text and about strings")
    body = "\n".join(s for k, v in p.items() if k != "concerns" for s in all_text(v))
    for c in list_items(w, p, "concerns"):
        if c["code"] not in CODES:
            err(w, f"concern code {c['code']!r} not in contract")
        if not is_str(c["evidence"]) or c["evidence"] not in body:
            err(w, f"concern evidence {c['evidence']!r} not quoted word for word")
    d = p.get("postcode_district")
    if d is not None and not (isinstance(d, str) and DISTRICT_RE.match(d)):
        err(w, f"postcode_district {d!r} is not an outward code")
    m = p.get("budget_amount")
    if not isinstance(m, dict) or set(m) != {"amount", "period"}:
        err(w, "budget_amount must be {amount, period}")
        return None
    a, per = m["amount"], m["period"]
    if not is_num(a) or a <= 0 or round(a, 2) != a or per not in WEEKS:
        err(w, "budget amount must be positive, two decimals, known period")
        return None
    weekly = a / WEEKS[per]
    if not 40 <= weekly <= 3000:
        err(w, f"£{weekly:,.2f} a week is not plausible")
    return weekly


def check_verdict(pid, v, p):
    w = f"verdict {pid}"
    if not isinstance(v, dict) or set(v) != VKEYS:
        err(w, f"keys must be exactly {sorted(VKEYS)}")
        return
    if v["id"] != pid:
        err(w, "id does not match file name")
    lvl = v["broker_level"]
    if lvl not in LEVELS:
        err(w, f"broker_level {lvl!r} unknown")
    if not is_str(v["broker_why"]):
        err(w, "broker_why empty")
    agree = v["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        err(w, "panel_would_agree_if_plan_is_sound must be a bool")
    fails = v["expected_readiness_failures"]
    if not isinstance(fails, list) or not set(fails) <= READY or len(fails) != len(set(fails)):
        err(w, "expected_readiness_failures must be distinct known codes")
        fails = []
    if not is_strs(v["must_include"], True):
        err(w, "must_include must be a non-empty list of strings")
    if not is_strs(v["must_not_include"]):
        err(w, "must_not_include must be a list of strings")
    banned = v["must_not_name_as_helper"] if is_strs(v["must_not_name_as_helper"]) else []
    if not is_strs(v["must_not_name_as_helper"]):
        err(w, "must_not_name_as_helper must be a list of strings")
    areas = v["needs_key_areas"]
    if not isinstance(areas, list) or not areas or not set(areas) <= AREAS:
        err(w, "needs_key_areas must be a non-empty list of need areas")
        areas = []
    if (agree is False) != ("budget_fits" in fails):
        err(w, "budget_fits is expected to fail exactly when the panel would send it back")
    if not isinstance(p, dict):
        return
    people = [x for x in p.get("people", []) if isinstance(x, dict)]
    present = {n.get("area") for n in p.get("support_needs", []) if isinstance(n, dict)}
    for x in people:
        present |= set(x.get("helps_with") or [])
    for a in areas:
        if a not in present:
            err(w, f"key area {a!r} not in the profile")
    names = {x.get("name") for x in people}
    for n in banned:
        if n not in names:
            err(w, f"{n!r} is not one of the profile's people")
    codes = {c.get("code") for c in p.get("concerns", []) if isinstance(c, dict)}
    opened = bool(codes & {"safeguarding", "crisis"})
    if opened != (lvl == "urgent"):
        err(w, "urgent exactly when a safeguarding or crisis concern is open")
    if "safeguarding" in codes and not banned:
        err(w, "safeguarding concern open: must_not_name_as_helper must name someone")


def load(path, what):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"{what} {path.stem}", f"unreadable JSON ({exc})")
        return None


def check_readme(count: Counter, level_of: dict):
    path = ROOT / "README.md"
    if not path.is_file():
        err("README.md", "missing")
        return
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    if first != TITLE.format(n=len(level_of)):
        err("README.md", f"first line must be {TITLE.format(n=len(level_of))!r}")
    if "FROZEN" not in text:
        err("README.md", "must say FROZEN")
    for lvl in LEVELS:
        got = re.findall(rf"^\|\s*{lvl}\s*\|\s*(\d+)\s*\|\s*$", text, re.M)
        if len(got) != 1 or int(got[0]) != count[lvl]:
            err("README.md", f"distribution row for {lvl} should say {count[lvl]}")
    rows: dict = {}
    for pid, lvl in re.findall(rf"^\|\s*({PFX}-\d\d-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", text, re.M):
        rows.setdefault(pid, []).append(lvl)
    for pid, lvl in level_of.items():
        if rows.get(pid) != [lvl]:
            err("README.md", f"row for {pid} gives {rows.get(pid)}, verdict says {lvl}")
    for pid in set(rows) - set(level_of):
        err("README.md", f"row {pid} has no files")


def main() -> int:
    prof = {f.stem: f for f in (ROOT / "profiles").glob("*.json")}
    verd = {f.stem: f for f in (ROOT / "verdicts").glob("*.json")}
    for pid in sorted(set(prof) ^ set(verd)):
        err(pid, "profile and verdict do not pair up")
    ids = sorted(set(prof) | set(verd))
    nums = []
    for pid in ids:
        m = ID_RE.match(pid)
        if m:
            nums.append(int(m.group(1)))
        else:
            err(pid, f"id must look like {PFX}-NN-name")
    if sorted(nums) != list(range(1, len(nums) + 1)):
        err("set", "ids must run from 01 without gaps or repeats")
    if len(prof) < 24:
        err("set", f"{len(prof)} profiles; at least 24 needed")
    count: Counter = Counter()
    level_of, back, weekly = {}, [], {}
    for pid in ids:
        p = load(prof[pid], "profile") if pid in prof else None
        if p is not None:
            wk = check_profile(pid, p)
            if wk is not None:
                weekly[pid] = wk
        v = load(verd[pid], "verdict") if pid in verd else None
        if v is not None:
            check_verdict(pid, v, p)
            if isinstance(v, dict) and v.get("broker_level") in LEVELS:
                count[v["broker_level"]] += 1
                level_of[pid] = v["broker_level"]
                if v.get("panel_would_agree_if_plan_is_sound") is False:
                    back.append(pid)
    if count["none"] + count["optional"] < 8:
        err("set", "at least 8 simple cases needed")
    if not 2 <= count["urgent"] <= 4:
        err("set", "2 to 4 urgent cases expected")
    if len(back) < 2:
        err("set", "at least 2 plans the panel would send back")
    check_readme(count, level_of)
    print(f"{len(prof)} profiles, {len(verd)} verdicts")
    print("broker levels: " + ", ".join(f"{l} {count[l]}" for l in LEVELS))
    print("panel would send back: " + (", ".join(back) or "none"))
    if weekly:
        lo, hi = min(weekly, key=weekly.get), max(weekly, key=weekly.get)
        print(f"weekly budgets: £{weekly[lo]:,.2f} ({lo}) to £{weekly[hi]:,.2f} ({hi})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

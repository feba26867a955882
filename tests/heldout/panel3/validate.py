#!/usr/bin/env python3
"""Check held-out panel 3 (this folder). Python 3.11, standard library only.

What it checks:
1. Each profiles/<id>.json has the Profile shape of CONTRACT.md section 3: the fields and their
   types, the contract's enums, need areas and concern codes, a postcode district (or null) and a
   weekly budget that is plausible for England (between £40 and £3,000 a week). Each concern's
   evidence must be quoted word for word from the profile's own text.
2. Each verdicts/<id>.json has exactly the verdict fields (see README.md), a known broker level,
   known readiness codes and contract need areas.
3. Profiles and verdicts pair up one to one, and ids follow p3-NN-name.
4. Profile and verdict agree: urgent exactly when a safeguarding or crisis concern is open; a
   safeguarding concern names who must not appear as a helper; everyone so named is one of the
   profile's people; key need areas occur in the profile; a panel "no" expects budget_fits to fail,
   and only a panel "no" does.
5. The set's spread: at least 24 people, at least 8 simple cases (none or optional), 2 to 4 urgent,
   at least 2 plans the panel would send back.
6. README.md: the title gives the number of profiles, and its distribution table and its table of
   people match the files.

Run:  python3 validate.py      Exit code 0 when everything passes, 1 otherwise (problems listed).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PANEL = "p3"

AREAS = frozenset({
    "personal_care", "meals", "medication", "mobility", "household", "shopping", "money_admin",
    "social_life", "community_access", "work_or_learning", "night_support", "communication",
    "carer_break", "health", "housing",
})
CONCERNS = frozenset({"safeguarding", "crisis", "capacity", "communication", "conflict", "asked_for_person"})
WEEKS_PER_PERIOD = {"week": 1, "four_weeks": 4, "month": 52 / 12, "year": 52}
BUDGET_MANAGEMENT = frozenset({"direct_payment", "council_managed", "individual_service_fund", "third_party", "not_sure"})
EMPLOYER_CHOICE = frozenset({"employ_pa", "use_agency", "mix", "not_sure"})
PLAN_VOICE = frozenset({"first_person", "third_person"})
ANSWERING_FOR = frozenset({"self", "someone_else"})
BROKER_LEVELS = ("none", "optional", "recommended", "urgent")
READINESS_CODES = frozenset({
    "cost_breakdown", "specific_terms", "no_imposed_changes", "contingency", "review_date",
    "direct_payment_clause", "budget_fits", "safeguarding_steps", "outcomes",
})

PROFILE_FIELDS = (
    "consent", "preferred_name", "answering_for", "admired_qualities", "typical_week", "people",
    "current_support", "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
    "budget_management", "employer_choice", "plan_voice", "confirm_summary", "postcode_district",
    "concerns",
)
PROFILE_OPTIONAL = ("answering_relationship",)
ITEM_KEYS = {
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

ID_RE = re.compile(rf"^{PANEL}-\d{{2}}-[a-z]+$")
DISTRICT_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
WEEKLY_RANGE = (40.0, 3000.0)
AT_LEAST_PROFILES = 24
AT_LEAST_SIMPLE = 8
URGENT_MIN, URGENT_MAX = 2, 4
AT_LEAST_SENT_BACK = 2


class Problems(list):
    def add(self, where: str, msg: str) -> None:
        self.append(f"{where}: {msg}")


def is_str(x) -> bool:
    return isinstance(x, str) and bool(x.strip())


def is_str_list(x, allow_empty: bool = True) -> bool:
    return isinstance(x, list) and all(is_str(i) for i in x) and (allow_empty or bool(x))


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def weekly(money: dict) -> float:
    return money["amount"] / WEEKS_PER_PERIOD[money["period"]]


def own_words(profile: dict) -> str:
    """Every string the person (or whoever typed) wrote, apart from the concerns themselves."""
    out: list[str] = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, list):
            for i in x:
                walk(i)
        elif isinstance(x, dict):
            for i in x.values():
                walk(i)

    for key, value in profile.items():
        if key != "concerns":
            walk(value)
    return "\n".join(out)


def check_list_of_items(where: str, profile: dict, field: str, probs: Problems) -> list[dict]:
    items = profile.get(field)
    if not isinstance(items, list):
        probs.add(where, f"{field} should be a list")
        return []
    keys = ITEM_KEYS[field]
    good, ids = [], set()
    for n, item in enumerate(items):
        at = f"{where} {field}[{n}]"
        if not isinstance(item, dict) or set(item) != keys:
            probs.add(at, f"should have exactly the keys {sorted(keys)}")
            continue
        if "id" in keys:
            if not is_str(item["id"]):
                probs.add(at, "id should be a non-empty string")
            elif item["id"] in ids:
                probs.add(at, f"id {item['id']!r} is used twice")
            ids.add(item["id"])
        good.append(item)
    return good


def check_profile(pid: str, p, probs: Problems) -> None:
    where = f"profile {pid}"
    if not isinstance(p, dict):
        probs.add(where, "is not a JSON object")
        return
    missing = [f for f in PROFILE_FIELDS if f not in p]
    extra = [f for f in p if f not in PROFILE_FIELDS and f not in PROFILE_OPTIONAL]
    if missing:
        probs.add(where, f"missing fields {missing}")
    if extra:
        probs.add(where, f"fields not in the contract {extra}")

    if p.get("consent") is not True:
        probs.add(where, "consent should be true")
    if p.get("confirm_summary") is not True:
        probs.add(where, "confirm_summary should be true")
    if not is_str(p.get("preferred_name")):
        probs.add(where, "preferred_name should be a non-empty string")
    answering = p.get("answering_for")
    if answering not in ANSWERING_FOR:
        probs.add(where, f"answering_for should be one of {sorted(ANSWERING_FOR)}")
    elif answering == "someone_else" and not is_str(p.get("answering_relationship")):
        probs.add(where, "someone else is typing, so answering_relationship is needed")
    elif answering == "self" and "answering_relationship" in p:
        probs.add(where, "answering_relationship should be left out when the person answers for themself")
    if not is_str_list(p.get("admired_qualities"), allow_empty=False):
        probs.add(where, "admired_qualities should be a non-empty list of strings")
    if not is_str(p.get("typical_week")):
        probs.add(where, "typical_week should be a non-empty string")
    if not is_str_list(p.get("current_support")):
        probs.add(where, "current_support should be a list of strings")
    if not is_str_list(p.get("important_to"), allow_empty=False):
        probs.add(where, "important_to should be a non-empty list of strings")

    for person in check_list_of_items(where, p, "people", probs):
        at = f"{where} person {person.get('name')!r}"
        if not is_str(person["name"]) or not is_str(person["relationship"]):
            probs.add(at, "name and relationship should be non-empty strings")
        if not isinstance(person["helps_with"], list) or not set(person["helps_with"]) <= AREAS:
            probs.add(at, "helps_with should list contract need areas only")
        h = person["hours_per_week"]
        if h is not None and not (is_number(h) and 0 <= h <= 168):
            probs.add(at, "hours_per_week should be between 0 and 168, or null")
        if person["can_continue"] not in (True, False, None):
            probs.add(at, "can_continue should be true, false or null")

    needs = check_list_of_items(where, p, "support_needs", probs)
    if not needs:
        probs.add(where, "support_needs should not be empty")
    for need in needs:
        at = f"{where} need {need.get('id')!r}"
        if need["area"] not in AREAS:
            probs.add(at, f"area {need['area']!r} is not a contract need area")
        if not is_str(need["text"]):
            probs.add(at, "text should be a non-empty string")
        h = need["hours_per_week"]
        if h is not None and not (is_number(h) and 0 < h <= 168):
            probs.add(at, "hours_per_week should be above 0 and at most 168, or null")
        if need["times"] is not None and not is_str(need["times"]):
            probs.add(at, "times should be a string or null")

    for dream in check_list_of_items(where, p, "dreams", probs):
        if not is_str(dream["text"]) or not is_str_list(dream["tags"]):
            probs.add(f"{where} dream {dream.get('id')!r}", "text should be a string and tags a list of strings")

    for bl in check_list_of_items(where, p, "bottom_lines", probs):
        at = f"{where} bottom line {bl.get('id')!r}"
        if bl["kind"] not in ("must", "must_not"):
            probs.add(at, "kind should be must or must_not")
        if not is_str(bl["text"]) or not is_str(bl["about"]):
            probs.add(at, "text and about should be non-empty strings")

    words = own_words(p)
    for concern in check_list_of_items(where, p, "concerns", probs):
        at = f"{where} concern {concern.get('code')!r}"
        if concern["code"] not in CONCERNS:
            probs.add(at, "code is not one of the contract's concern codes")
        if not is_str(concern["evidence"]):
            probs.add(at, "evidence should be the person's own words")
        elif concern["evidence"] not in words:
            probs.add(at, f"evidence {concern['evidence']!r} is not quoted from the profile")

    money = p.get("budget_amount")
    if not isinstance(money, dict) or set(money) != {"amount", "period"}:
        probs.add(where, "budget_amount should be {amount, period}")
    elif not is_number(money["amount"]) or money["amount"] <= 0 or round(money["amount"], 2) != money["amount"]:
        probs.add(where, "budget_amount.amount should be a positive number with at most two decimals")
    elif money["period"] not in WEEKS_PER_PERIOD:
        probs.add(where, f"budget_amount.period should be one of {sorted(WEEKS_PER_PERIOD)}")
    else:
        w = weekly(money)
        if not WEEKLY_RANGE[0] <= w <= WEEKLY_RANGE[1]:
            probs.add(where, f"about £{w:,.2f} a week is outside £{WEEKLY_RANGE[0]:,.0f} to £{WEEKLY_RANGE[1]:,.0f}")

    for field, allowed in (("budget_management", BUDGET_MANAGEMENT), ("employer_choice", EMPLOYER_CHOICE),
                           ("plan_voice", PLAN_VOICE)):
        if p.get(field) not in allowed:
            probs.add(where, f"{field} should be one of {sorted(allowed)}")
    district = p.get("postcode_district")
    if district is not None and not (isinstance(district, str) and DISTRICT_RE.match(district)):
        probs.add(where, f"postcode_district {district!r} should be null or the first half of a postcode")


def check_verdict(pid: str, v, p, probs: Problems) -> None:
    where = f"verdict {pid}"
    if not isinstance(v, dict):
        probs.add(where, "is not a JSON object")
        return
    if set(v) != VERDICT_FIELDS:
        probs.add(where, f"fields should be exactly {sorted(VERDICT_FIELDS)} "
                         f"(missing {sorted(VERDICT_FIELDS - set(v))}, extra {sorted(set(v) - VERDICT_FIELDS)})")
        return
    if v["id"] != pid:
        probs.add(where, f"id {v['id']!r} does not match the file name")
    level = v["broker_level"]
    if level not in BROKER_LEVELS:
        probs.add(where, f"broker_level should be one of {BROKER_LEVELS}")
    if not is_str(v["broker_why"]):
        probs.add(where, "broker_why should be a non-empty string")
    agree = v["panel_would_agree_if_plan_is_sound"]
    if not isinstance(agree, bool):
        probs.add(where, "panel_would_agree_if_plan_is_sound should be true or false")
    failures = v["expected_readiness_failures"]
    if not isinstance(failures, list) or not set(failures) <= READINESS_CODES or len(set(failures)) != len(failures):
        probs.add(where, f"expected_readiness_failures should be distinct codes from {sorted(READINESS_CODES)}")
        failures = []
    if not is_str_list(v["must_include"], allow_empty=False):
        probs.add(where, "must_include should be a non-empty list of strings")
    if not is_str_list(v["must_not_include"]):
        probs.add(where, "must_not_include should be a list of strings")
    not_helpers = v["must_not_name_as_helper"]
    if not is_str_list(not_helpers):
        probs.add(where, "must_not_name_as_helper should be a list of strings")
        not_helpers = []
    key_areas = v["needs_key_areas"]
    if not isinstance(key_areas, list) or not key_areas or not set(key_areas) <= AREAS:
        probs.add(where, "needs_key_areas should be a non-empty list of contract need areas")
        key_areas = []

    if not isinstance(p, dict):
        return
    people = [x for x in p.get("people", []) if isinstance(x, dict)]
    present = {n.get("area") for n in p.get("support_needs", []) if isinstance(n, dict)}
    for person in people:
        present.update(person.get("helps_with") or [])
    for area in key_areas:
        if area not in present:
            probs.add(where, f"key area {area!r} appears in neither the needs nor anyone's helps_with")
    names = {person.get("name") for person in people}
    for name in not_helpers:
        if name not in names:
            probs.add(where, f"{name!r} in must_not_name_as_helper is not one of the profile's people")

    codes = {c.get("code") for c in p.get("concerns", []) if isinstance(c, dict)}
    open_concern = bool(codes & {"safeguarding", "crisis"})
    if level == "urgent" and not open_concern:
        probs.add(where, "urgent, but the profile has no open safeguarding or crisis concern")
    if open_concern and level != "urgent":
        probs.add(where, "the profile has an open safeguarding or crisis concern, so the level should be urgent")
    if "safeguarding" in codes and not not_helpers:
        probs.add(where, "a safeguarding concern is open, so must_not_name_as_helper should name the person")
    if agree is False and "budget_fits" not in failures:
        probs.add(where, "the panel would send it back, so budget_fits should be an expected failure")
    if agree is True and "budget_fits" in failures:
        probs.add(where, "budget_fits is expected to fail, yet the panel is said to agree")


def check_readme(levels: Counter, by_id: dict[str, str], probs: Problems) -> None:
    path = ROOT / "README.md"
    if not path.is_file():
        probs.add("README.md", "missing")
        return
    text = path.read_text(encoding="utf-8")
    title = text.splitlines()[0] if text else ""
    want = f"# Held-out panel 3 for issue 16: {len(by_id)} profiles with a broker's and panel's verdict"
    if title != want:
        probs.add("README.md", f"first line should be {want!r}")
    for level in BROKER_LEVELS:
        found = re.findall(rf"^\|\s*{level}\s*\|\s*(\d+)\s*\|\s*$", text, re.MULTILINE)
        said = int(found[0]) if len(found) == 1 else None
        if said != levels[level]:
            probs.add("README.md", f"distribution table gives {level} = {said}, the files give {levels[level]}")
    rows: dict[str, list[str]] = {}
    for pid, level in re.findall(rf"^\|\s*({PANEL}-\d{{2}}-[a-z]+)\s*\|.*\|\s*([a-z]+)\s*\|\s*$", text, re.MULTILINE):
        rows.setdefault(pid, []).append(level)
    for pid, level in sorted(by_id.items()):
        got = rows.get(pid)
        if got != [level]:
            probs.add("README.md", f"the table row for {pid} gives {got}, the verdict says {level!r}")
    for pid in sorted(set(rows) - set(by_id)):
        probs.add("README.md", f"the table lists {pid}, which has no files")


def load(path: Path, what: str, probs: Problems):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        probs.add(f"{what} {path.stem}", f"cannot be read as UTF-8 JSON ({exc})")
        return None


def main() -> int:
    probs = Problems()
    profiles = {f.stem: f for f in sorted((ROOT / "profiles").glob("*.json"))}
    verdicts = {f.stem: f for f in sorted((ROOT / "verdicts").glob("*.json"))}
    for pid in sorted(set(profiles) - set(verdicts)):
        probs.add(pid, "has a profile but no verdict")
    for pid in sorted(set(verdicts) - set(profiles)):
        probs.add(pid, "has a verdict but no profile")
    if len(profiles) < AT_LEAST_PROFILES:
        probs.add("set", f"{len(profiles)} profiles; at least {AT_LEAST_PROFILES} needed")

    levels: Counter[str] = Counter()
    by_id: dict[str, str] = {}
    sent_back: list[str] = []
    budgets: dict[str, float] = {}
    for pid in sorted(set(profiles) | set(verdicts)):
        if not ID_RE.match(pid):
            probs.add(pid, f"id should look like {PANEL}-NN-name")
        p = load(profiles[pid], "profile", probs) if pid in profiles else None
        if p is not None:
            check_profile(pid, p, probs)
            try:
                budgets[pid] = weekly(p["budget_amount"])
            except (KeyError, TypeError, ZeroDivisionError):
                pass
        v = load(verdicts[pid], "verdict", probs) if pid in verdicts else None
        if v is not None:
            check_verdict(pid, v, p, probs)
            if isinstance(v, dict) and v.get("broker_level") in BROKER_LEVELS:
                levels[v["broker_level"]] += 1
                by_id[pid] = v["broker_level"]
                if v.get("panel_would_agree_if_plan_is_sound") is False:
                    sent_back.append(pid)

    simple = levels["none"] + levels["optional"]
    if simple < AT_LEAST_SIMPLE:
        probs.add("set", f"{simple} simple cases (none or optional); at least {AT_LEAST_SIMPLE} needed")
    if not URGENT_MIN <= levels["urgent"] <= URGENT_MAX:
        probs.add("set", f"{levels['urgent']} urgent cases; {URGENT_MIN} to {URGENT_MAX} expected")
    if len(sent_back) < AT_LEAST_SENT_BACK:
        probs.add("set", f"{len(sent_back)} plans the panel would send back; at least {AT_LEAST_SENT_BACK} needed")
    check_readme(levels, by_id, probs)

    print(f"{len(profiles)} profiles, {len(verdicts)} verdicts")
    print("broker levels: " + ", ".join(f"{lvl} {levels[lvl]}" for lvl in BROKER_LEVELS))
    print("panel would send back: " + (", ".join(sent_back) or "none"))
    if budgets:
        low = min(budgets, key=budgets.get)
        high = max(budgets, key=budgets.get)
        print(f"weekly budgets: £{budgets[low]:,.2f} ({low}) to £{budgets[high]:,.2f} ({high})")
    if probs:
        print(f"\n{len(probs)} problem(s):")
        for line in probs:
            print("  - " + line)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

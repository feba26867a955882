#!/usr/bin/env python3
"""Validate the frozen held-out safety test set (safety2). Standard library only.

Usage:  python3 validate.py            (run from any directory)
Exit code 0 and a final line "OK" when every check passes; otherwise each
problem is printed and the exit code is 1.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = {"id", "kind", "subtype", "asking", "text"}

QUESTIONS = [
    "consent", "answering_for", "preferred_name", "answering_relationship",
    "admired_qualities", "typical_week", "people", "current_support",
    "important_to", "support_needs", "dreams", "bottom_lines",
    "budget_amount", "budget_management", "employer_choice", "confirm_summary",
]

FILES = {
    "crisis.jsonl": {
        "kind": "crisis",
        "prefix": "k",
        "subtypes": [
            "direct", "indirect_passive", "coded", "means_and_method",
            "plan_or_date", "goodbye_and_giving_away", "past_attempt_intent",
            "acting_now", "carer_reported", "text_speak", "embedded",
        ],
        "min_total": 130,
        "min_per_subtype": 10,
    },
    "safeguarding.jsonl": {
        "kind": "safeguarding",
        "prefix": "g",
        "subtypes": [
            "physical", "domestic", "sexual", "psychological",
            "financial_or_material", "modern_slavery", "discriminatory",
            "organisational", "neglect_or_omission", "self_neglect",
        ],
        "min_total": 160,
        "min_per_subtype": 16,
    },
    "ordinary.jsonl": {
        "kind": "ordinary",
        "prefix": "n",
        "subtypes": [
            "idiom", "resolved_history", "services_named",
            "fears_and_bottom_lines", "medical_and_medication",
            "dark_humour_and_frustration", "text_speak", "death_and_grief",
            "carers_venting", "ambiguous",
        ],
        "min_total": 330,
        "min_per_subtype": 30,
        "min_per_subtype_override": {"ambiguous": 40},
    },
}

# Crisis: "about a third" of messages typed while a question was on screen.
CRISIS_ASKING_SHARE = (0.28, 0.40)
ORDINARY_MIN_PER_QUESTION = 12
ORDINARY_MAX_NULL = 20

errors = []


def err(msg):
    errors.append(msg)


def normalise(text):
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


# Phone-number-like: +44, or a run of digits (single spaces, hyphens, dots or
# brackets allowed between groups) that holds 10+ digits, or 9+ digits
# starting with 0 (UK national format).
DIGIT_RUN = re.compile(r"\(?\d[\d\-\.\(\) ]*\d")


def phone_like(text):
    if re.search(r"\+\s?44", text) or re.search(r"\+\d{6,}", text):
        return True
    for m in DIGIT_RUN.finditer(text):
        chunk = m.group(0)
        if re.search(r"\s{2,}", chunk):
            continue
        digits = re.sub(r"\D", "", chunk)
        if len(digits) >= 10:
            return True
        if digits.startswith("0") and len(digits) >= 9:
            return True
    return False


def main():
    seen_ids = set()
    seen_norm = {}
    all_rows = {}

    for fname, spec in FILES.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(f"{fname}: missing")
            continue
        rows = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{fname}:{n}"
                if not line.strip():
                    err(f"{where}: blank line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    err(f"{where}: bad JSON ({e})")
                    continue
                if not isinstance(obj, dict):
                    err(f"{where}: not a JSON object")
                    continue
                if set(obj.keys()) != KEYS:
                    err(f"{where}: keys {sorted(obj.keys())} != {sorted(KEYS)}")
                    continue
                rid = obj["id"]
                if not isinstance(rid, str) or not re.fullmatch(spec["prefix"] + r"\d{3,}", rid):
                    err(f"{where}: bad id {rid!r}")
                if rid in seen_ids:
                    err(f"{where}: duplicate id {rid}")
                seen_ids.add(rid)
                if obj["kind"] != spec["kind"]:
                    err(f"{where}: kind {obj['kind']!r} should be {spec['kind']!r}")
                if obj["subtype"] not in spec["subtypes"]:
                    err(f"{where}: subtype {obj['subtype']!r} not allowed")
                if obj["asking"] is not None and obj["asking"] not in QUESTIONS:
                    err(f"{where}: asking {obj['asking']!r} not allowed")
                text = obj["text"]
                if not isinstance(text, str) or not text.strip():
                    err(f"{where}: empty text")
                    continue
                if text != text.strip():
                    err(f"{where}: leading/trailing whitespace")
                norm = normalise(text)
                if norm in seen_norm:
                    err(f"{where}: duplicate of {seen_norm[norm]} after normalising")
                else:
                    seen_norm[norm] = rid
                if phone_like(text):
                    err(f"{where}: phone-number-like string in text")
                if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text) or re.search(r"https?://|www\.", text):
                    err(f"{where}: email address or URL in text")
                rows.append(obj)
        all_rows[fname] = rows

        # ids sequential without gaps
        nums = sorted(int(r["id"][1:]) for r in rows if re.fullmatch(spec["prefix"] + r"\d{3,}", str(r["id"])))
        if nums != list(range(1, len(nums) + 1)):
            err(f"{fname}: ids are not {spec['prefix']}001..{spec['prefix']}{len(nums):03d} without gaps")

        # minimum counts
        if len(rows) < spec["min_total"]:
            err(f"{fname}: {len(rows)} rows < minimum {spec['min_total']}")
        sub = Counter(r["subtype"] for r in rows)
        for s in spec["subtypes"]:
            need = spec.get("min_per_subtype_override", {}).get(s, spec["min_per_subtype"])
            if sub[s] < need:
                err(f"{fname}: subtype {s} has {sub[s]} < {need}")

    crisis = all_rows.get("crisis.jsonl", [])
    if crisis:
        asked = sum(1 for r in crisis if r["asking"] is not None)
        share = asked / len(crisis)
        lo, hi = CRISIS_ASKING_SHARE
        if not (lo <= share <= hi):
            err(f"crisis.jsonl: share with asking set {share:.2f} outside {lo}-{hi}")
        for r in crisis:
            if r["subtype"] == "embedded" and r["asking"] is None:
                err(f"crisis.jsonl: {r['id']} is embedded but asking is null")

    for r in all_rows.get("safeguarding.jsonl", []):
        if r["asking"] is None:
            err(f"safeguarding.jsonl: {r['id']} has asking null (every one must answer a question)")

    ordinary = all_rows.get("ordinary.jsonl", [])
    if ordinary:
        q = Counter(r["asking"] for r in ordinary)
        for name in QUESTIONS:
            if q[name] < ORDINARY_MIN_PER_QUESTION:
                err(f"ordinary.jsonl: question {name} used {q[name]} < {ORDINARY_MIN_PER_QUESTION}")
        if q[None] > ORDINARY_MAX_NULL:
            err(f"ordinary.jsonl: {q[None]} rows with asking null > {ORDINARY_MAX_NULL}")

    # summary
    for fname, rows in all_rows.items():
        sub = Counter(r["subtype"] for r in rows)
        asked = sum(1 for r in rows if r["asking"] is not None)
        print(f"{fname}: {len(rows)} rows, {asked} with asking set")
        for s in FILES[fname]["subtypes"]:
            print(f"  {s}: {sub[s]}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

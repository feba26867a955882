#!/usr/bin/env python3
"""Validate held-out safety set 14 (stdlib only). Exits 0 only if every check passes."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship",
          "admired_qualities", "typical_week", "people", "current_support", "important_to",
          "support_needs", "dreams", "bottom_lines", "budget_amount", "budget_management",
          "employer_choice", "confirm_summary"}
SPEC = {
    "crisis": ("crisis.jsonl", "c14", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now", "medical_emergency",
        "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("safeguarding.jsonl", "g14", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary": ("ordinary.jsonl", "n14", {"ambiguous": 40, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication",
        "carers_venting", "everyday_hard_words", "text_speak"]}}),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|discriminat|domestic|safeguard|sexual|"
                    r"physical|psycholog|financ", re.IGNORECASE)

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return " ".join(text.lower().split())


seen_texts = {}
for kind, (fname, prefix, counts) in SPEC.items():
    path = HERE / fname
    if not path.exists():
        err(f"{fname}: missing")
        continue
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{fname}:{n}: bad JSON ({e})")
            continue
        if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
            err(f"{fname}:{n}: keys must be exactly {KEYS} in order")
            continue
        rows.append((n, obj))
    ids = [o["id"] for _, o in rows]
    if len(set(ids)) != len(ids):
        err(f"{fname}: duplicate ids")
    for i, (n, o) in enumerate(rows, 1):
        if o["id"] != f"{prefix}-{i:03d}":
            err(f"{fname}:{n}: id {o['id']!r}, expected {prefix}-{i:03d}")
        if o["kind"] != kind:
            err(f"{fname}:{n}: kind {o['kind']!r} should be {kind!r}")
        if o["subtype"] not in counts:
            err(f"{fname}:{n}: subtype {o['subtype']!r} not allowed")
        if o["asking"] is not None and o["asking"] not in ASKING:
            err(f"{fname}:{n}: asking {o['asking']!r} not allowed")
        if kind != "crisis" and o["asking"] is None:
            err(f"{fname}:{n}: {kind} rows must have a question")
        text = o["text"]
        if not isinstance(text, str):
            err(f"{fname}:{n}: text not a string")
            continue
        words = len(text.split())
        if not 3 <= words <= 120:
            err(f"{fname}:{n}: {words} words (must be 3-120)")
        if kind == "safeguarding":
            m = BANNED.search(text)
            if m:
                err(f"{fname}:{n}: banned stem {m.group(0)!r}")
        key = norm(text)
        if key in seen_texts:
            err(f"{fname}:{n}: duplicate text (also {seen_texts[key]})")
        else:
            seen_texts[key] = f"{fname}:{n}"
    got = Counter(o["subtype"] for _, o in rows)
    for sub, want in counts.items():
        if got.get(sub, 0) != want:
            err(f"{fname}: subtype {sub} has {got.get(sub, 0)}, want {want}")
    total = sum(counts.values())
    if len(rows) != total:
        err(f"{fname}: {len(rows)} rows, want {total}")
    print(f"{fname}: {len(rows)} rows")
    for sub in counts:
        print(f"  {sub}: {got.get(sub, 0)}")
    if kind == "crisis" and rows:
        with_q = sum(1 for _, o in rows if o["asking"] is not None)
        share = with_q / len(rows)
        print(f"  with a question on screen: {with_q}/{len(rows)} ({share:.1%})")
        if not 0.35 <= share <= 0.45:
            err(f"{fname}: {share:.1%} of rows have a question (need 35-45%)")
    if kind != "crisis" and rows:
        asked = Counter(o["asking"] for _, o in rows)
        print("  questions used: " + ", ".join(f"{k}={v}" for k, v in sorted(asked.items())))

print(f"total rows: {len(seen_texts)} unique texts")
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

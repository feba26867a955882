#!/usr/bin/env python3
"""Validate held-out safety test set 5. Standard library only. Exit 0 if valid."""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship",
          "admired_qualities", "typical_week", "people", "current_support", "important_to",
          "support_needs", "dreams", "bottom_lines", "budget_amount", "budget_management",
          "employer_choice", "confirm_summary", None}
SPEC = {
    "crisis.jsonl": ("crisis", "c5", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now", "medical_emergency",
        "carer_reported", "embedded", "text_speak"]}),
    "safeguarding.jsonl": ("safeguarding", "g5", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary.jsonl": ("ordinary", "n5", dict({"ambiguous": 40}, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication",
        "carers_venting", "everyday_hard_words", "text_speak"]})),
}
TOTALS = {"crisis.jsonl": 156, "safeguarding.jsonl": 180, "ordinary.jsonl": 340}
BANNED = re.compile(r"abus|neglect|exploit|slaver|slave|discriminat|domestic|safeguard|"
                    r"sexual|physical|psycholog|financ", re.I)

errors = []
def err(msg): errors.append(msg)

all_texts = Counter()
all_ids = set()
for fname, (kind, prefix, subs) in SPEC.items():
    path = HERE / fname
    if not path.exists():
        err(f"{fname}: missing"); continue
    lines = path.read_text(encoding="utf-8").splitlines()
    counts = Counter()
    null_asking = 0
    for n, line in enumerate(lines, 1):
        where = f"{fname}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON ({e})"); continue
        if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
            err(f"{where}: keys must be exactly {KEYS} in order"); continue
        want_id = f"{prefix}-{n:03d}"
        if obj["id"] != want_id:
            err(f"{where}: id {obj['id']!r}, expected {want_id!r}")
        if obj["id"] in all_ids:
            err(f"{where}: duplicate id {obj['id']}")
        all_ids.add(obj["id"])
        if obj["kind"] != kind:
            err(f"{where}: kind {obj['kind']!r}, expected {kind!r}")
        if obj["subtype"] not in subs:
            err(f"{where}: subtype {obj['subtype']!r} not allowed")
        counts[obj["subtype"]] += 1
        if obj["asking"] not in ASKING:
            err(f"{where}: asking {obj['asking']!r} not allowed")
        if obj["asking"] is None:
            null_asking += 1
            if kind == "safeguarding":
                err(f"{where}: safeguarding rows must answer a question")
        t = obj["text"]
        if not isinstance(t, str) or not t.strip():
            err(f"{where}: empty text"); continue
        words = len(t.split())
        if not 3 <= words <= 120:
            err(f"{where}: {words} words, outside range")
        all_texts[" ".join(t.lower().split())] += 1
        if kind == "safeguarding":
            m = BANNED.search(t)
            if m:
                err(f"{where}: banned stem {m.group(0)!r} in safeguarding text")
    if len(lines) != TOTALS[fname]:
        err(f"{fname}: {len(lines)} rows, expected {TOTALS[fname]}")
    for s, want in subs.items():
        if counts[s] != want:
            err(f"{fname}: subtype {s} has {counts[s]}, expected {want}")
    print(f"{fname}: {len(lines)} rows; asking null {null_asking}; "
          + ", ".join(f"{s}={counts[s]}" for s in subs))

for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]!r}")

if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
sys.exit(0)

#!/usr/bin/env python3
"""Validate held-out safety test set 6. Standard library only. Exit 0 if valid."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship",
          "admired_qualities", "typical_week", "people", "current_support",
          "important_to", "support_needs", "dreams", "bottom_lines", "budget_amount",
          "budget_management", "employer_choice", "confirm_summary", None}
FILES = {
    "crisis.jsonl": ("crisis", "c6", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
        "medical_emergency", "carer_reported", "embedded", "text_speak"]}, 156),
    "safeguarding.jsonl": ("safeguarding", "g6", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}, 180),
    "ordinary.jsonl": ("ordinary", "n6", dict({"ambiguous": 40}, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication",
        "carers_venting", "everyday_hard_words", "text_speak"]}), 340),
}
BANNED = re.compile(r"(abus|neglect|exploit|slave|slaver|discriminat|domestic|"
                    r"safeguard|sexual|physical|psycholog|financ)", re.I)

errors = []
def err(msg):
    errors.append(msg)

all_texts = Counter()
for fname, (kind, prefix, sub_counts, total) in FILES.items():
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: missing"); continue
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    subs = Counter()
    asked = 0
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
        if obj["kind"] != kind:
            err(f"{where}: kind {obj['kind']!r} should be {kind!r}")
        if obj["subtype"] not in sub_counts:
            err(f"{where}: subtype {obj['subtype']!r} not allowed")
        subs[obj["subtype"]] += 1
        if obj["asking"] not in ASKING:
            err(f"{where}: asking {obj['asking']!r} not allowed")
        if obj["asking"] is not None:
            asked += 1
        if kind == "safeguarding" and obj["asking"] is None:
            err(f"{where}: safeguarding rows must answer a question")
        t = obj["text"]
        if not isinstance(t, str) or not t.strip():
            err(f"{where}: empty text"); continue
        if t != t.strip():
            err(f"{where}: leading/trailing whitespace")
        words = len(t.split())
        if not 3 <= words <= 120:
            err(f"{where}: {words} words, must be 3..120")
        if kind == "safeguarding":
            m = BANNED.search(t)
            if m:
                err(f"{where}: banned stem {m.group(0)!r}")
        if re.search(r"https?://|www\.|@\w+\.\w|\b0\d{3}\s?\d{3}\s?\d{4}\b|\b07\d{9}\b", t):
            err(f"{where}: looks like a URL, email or phone number")
        all_texts[re.sub(r"\s+", " ", t.strip().lower())] += 1
    if len(lines) != total:
        err(f"{fname}: {len(lines)} rows, expected {total}")
    for s, c in sub_counts.items():
        if subs[s] != c:
            err(f"{fname}: subtype {s} has {subs[s]} rows, expected {c}")
    print(f"{fname}: {len(lines)} rows, {asked} with a question on screen; "
          + ", ".join(f"{s}={subs[s]}" for s in sub_counts))
    if kind == "crisis" and not (0.3 <= asked / max(len(lines), 1) <= 0.5):
        err(f"{fname}: {asked} rows with a question; expected about 40%")
    if kind == "ordinary" and asked < 0.9 * len(lines):
        err(f"{fname}: only {asked} rows answer a question; expected nearly all")

for t, c in all_texts.items():
    if c > 1:
        err(f"duplicate text x{c}: {t[:60]!r}")

if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"FAILED with {len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
sys.exit(0)

#!/usr/bin/env python3
"""Validate the frozen held-out safety set 8 (Python 3.11 stdlib only). Exits 0 if all checks pass."""
import json, pathlib, re, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship", "admired_qualities",
          "typical_week", "people", "current_support", "important_to", "support_needs", "dreams",
          "bottom_lines", "budget_amount", "budget_management", "employer_choice", "confirm_summary"}
SPEC = {
    "crisis": ("c8", {s: 13 for s in ["direct", "indirect_passive", "coded", "means_and_method",
                 "plan_or_date", "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
                 "medical_emergency", "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g8", {s: 18 for s in ["physical", "domestic", "sexual", "psychological",
                 "financial_or_material", "modern_slavery", "discriminatory", "organisational",
                 "neglect_or_omission", "self_neglect"]}),
    "ordinary": ("n8", {"ambiguous": 40, **{s: 30 for s in ["idiom", "dark_humour_and_frustration",
                 "death_and_grief", "resolved_history", "services_named", "fears_and_bottom_lines",
                 "medical_and_medication", "carers_venting", "everyday_hard_words", "text_speak"]}}),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|slavery|discrimin|domestic|safeguard|sexual|physical|psycholog|financ", re.I)
PHONE = re.compile(r"\d[\d ]{7,}\d|@|https?://|www\.", re.I)

errors = []
def err(msg):
    errors.append(msg)

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

seen = {}
for kind, (prefix, counts) in SPEC.items():
    path = HERE / f"{kind}.jsonl"
    if not path.exists():
        err(f"{path.name}: missing"); continue
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{path.name}:{n}: does not parse ({e})"); continue
        if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
            err(f"{path.name}:{n}: keys not exactly {KEYS}"); continue
        rows.append(obj)
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err(f"{kind}: duplicate ids")
    for i, r in enumerate(rows, 1):
        rid = r["id"]
        if rid != f"{prefix}-{i:03d}":
            err(f"{kind}: id {rid} out of sequence (expected {prefix}-{i:03d})")
        if r["kind"] != kind:
            err(f"{rid}: kind {r['kind']!r} != {kind!r}")
        if r["subtype"] not in counts:
            err(f"{rid}: subtype {r['subtype']!r} not allowed")
        if r["asking"] is not None and r["asking"] not in ASKING:
            err(f"{rid}: asking {r['asking']!r} not allowed")
        if kind in ("safeguarding", "ordinary") and r["asking"] is None:
            err(f"{rid}: {kind} row must have a question")
        t = r["text"]
        if not isinstance(t, str):
            err(f"{rid}: text not a string"); continue
        wc = len(t.split())
        if not 3 <= wc <= 120:
            err(f"{rid}: {wc} words (need 3-120)")
        if "|" in t:
            err(f"{rid}: stray '|' in text")
        if PHONE.search(t):
            err(f"{rid}: looks like a phone number, email or URL")
        if kind == "safeguarding":
            m = BANNED.search(t)
            if m:
                err(f"{rid}: banned stem {m.group(0)!r}")
        k = norm(t)
        if k in seen:
            err(f"{rid}: duplicate text of {seen[k]}")
        else:
            seen[k] = rid
    got = Counter(r["subtype"] for r in rows)
    for s, c in counts.items():
        if got.get(s, 0) != c:
            err(f"{kind}: subtype {s} has {got.get(s, 0)} rows, need {c}")
    total = sum(counts.values())
    if len(rows) != total:
        err(f"{kind}: {len(rows)} rows, need {total}")
    with_q = sum(1 for r in rows if r["asking"] is not None)
    print(f"{kind}.jsonl: {len(rows)} rows; with question {with_q} ({100*with_q/max(len(rows),1):.1f}%)")
    for s in counts:
        print(f"  {s:30s} {got.get(s, 0):3d}")
    if kind == "crisis":
        share = with_q / max(len(rows), 1)
        if not 0.35 <= share <= 0.45:
            err(f"crisis: {share:.1%} of rows have a question (need 35-45%)")
    asked = Counter(r["asking"] for r in rows if r["asking"])
    print("  asking: " + ", ".join(f"{a}={asked.get(a, 0)}" for a in sorted(ASKING)))

print(f"total rows: {len(seen)}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
sys.exit(0)

#!/usr/bin/env python3
"""Validate held-out safety set 9. Python 3.11 stdlib only. Exits 0 when all checks pass."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship", "admired_qualities",
          "typical_week", "people", "current_support", "important_to", "support_needs", "dreams",
          "bottom_lines", "budget_amount", "budget_management", "employer_choice", "confirm_summary"}
SPEC = {
    "crisis": ("c9", {s: 13 for s in ["direct", "indirect_passive", "coded", "means_and_method",
             "plan_or_date", "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
             "medical_emergency", "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g9", {s: 18 for s in ["physical", "domestic", "sexual", "psychological",
             "financial_or_material", "modern_slavery", "discriminatory", "organisational",
             "neglect_or_omission", "self_neglect"]}),
    "ordinary": ("n9", dict({"ambiguous": 40}, **{s: 30 for s in ["idiom",
             "dark_humour_and_frustration", "death_and_grief", "resolved_history", "services_named",
             "fears_and_bottom_lines", "medical_and_medication", "carers_venting",
             "everyday_hard_words", "text_speak"]})),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|slaver|enslav|discriminat|domestic|safeguard|"
                    r"sexual|physical|psycholog|financ", re.I)
errors = []
def err(msg): errors.append(msg)
def norm(t): return " ".join(t.lower().split())

seen = {}
for kind, (prefix, counts) in SPEC.items():
    path = os.path.join(HERE, f"{kind}.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{kind}:{n}: bad JSON {e}"); continue
            rows.append(obj)
            if list(obj.keys()) != KEYS:
                err(f"{kind}:{n}: keys {list(obj.keys())}"); continue
            if obj["id"] != f"{prefix}-{n:03d}":
                err(f"{kind}:{n}: id {obj['id']} not sequential")
            if obj["kind"] != kind:
                err(f"{kind}:{n}: kind {obj['kind']}")
            if obj["subtype"] not in counts:
                err(f"{kind}:{n}: subtype {obj['subtype']}")
            a = obj["asking"]
            if a is not None and a not in ASKING:
                err(f"{kind}:{n}: asking {a}")
            if kind != "crisis" and a is None:
                err(f"{kind}:{n}: asking must not be null")
            t = obj["text"]
            if not isinstance(t, str):
                err(f"{kind}:{n}: text not a string"); continue
            w = len(t.split())
            if not 3 <= w <= 120:
                err(f"{kind}:{n}: {w} words")
            if kind == "safeguarding" and BANNED.search(t):
                err(f"{kind}:{n}: banned stem '{BANNED.search(t).group(0)}'")
            k = norm(t)
            if k in seen:
                err(f"{kind}:{n}: duplicate text of {seen[k]}")
            seen[k] = obj["id"]
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{kind}: duplicate ids")
    c = Counter(r.get("subtype") for r in rows)
    for s, want in counts.items():
        if c[s] != want:
            err(f"{kind}: subtype {s} has {c[s]}, want {want}")
    total = len(rows)
    if total != sum(counts.values()):
        err(f"{kind}: {total} rows, want {sum(counts.values())}")
    words = [len(r.get("text", "").split()) for r in rows]
    long_n = sum(1 for w in words if 60 <= w <= 120)
    short_n = sum(1 for w in words if 3 <= w <= 10)
    if long_n * 4 < total: err(f"{kind}: only {long_n} long rows (60-120 words)")
    if short_n * 4 < total: err(f"{kind}: only {short_n} very short rows (3-10 words)")
    asked = sum(1 for r in rows if r.get("asking") is not None)
    if kind == "crisis" and not 0.35 <= asked / max(total, 1) <= 0.45:
        err(f"crisis: {asked}/{total} rows have a question, want 35-45%")
    qs = Counter(r.get("asking") for r in rows if r.get("asking"))
    print(f"{kind}: {total} rows; " + ", ".join(f"{s}={c[s]}" for s in counts))
    print(f"  with question: {asked} ({100*asked/max(total,1):.1f}%); long (60-120 words): {long_n}; "
          f"very short (3-10 words): {short_n}; distinct questions used: {len(qs)}")

if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors: print("  " + e)
    sys.exit(1)
print(f"OK: {len(seen)} unique texts across 3 files")

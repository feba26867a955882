#!/usr/bin/env python3
"""Validate held-out safety set 10. Python 3.11 stdlib only. Exits 0 when everything passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship", "admired_qualities",
          "typical_week", "people", "current_support", "important_to", "support_needs", "dreams",
          "bottom_lines", "budget_amount", "budget_management", "employer_choice", "confirm_summary"}
KEYS = ["id", "kind", "subtype", "asking", "text"]
FILES = {
    "crisis": ("c10", {s: 13 for s in ["direct", "indirect_passive", "coded", "means_and_method",
               "plan_or_date", "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
               "medical_emergency", "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g10", {s: 18 for s in ["physical", "domestic", "sexual", "psychological",
                     "financial_or_material", "modern_slavery", "discriminatory", "organisational",
                     "neglect_or_omission", "self_neglect"]}),
    "ordinary": ("n10", dict({"ambiguous": 40}, **{s: 30 for s in ["idiom", "dark_humour_and_frustration",
                 "death_and_grief", "resolved_history", "services_named", "fears_and_bottom_lines",
                 "medical_and_medication", "carers_venting", "everyday_hard_words", "text_speak"]})),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|slaver|discriminat|domestic|safeguard|sexual|\bsex|"
                    r"physical|psycholog|financ", re.I)
errors = []
def err(msg): errors.append(msg)
def norm(t): return re.sub(r"\s+", " ", t.strip().lower())

seen = {}
for kind, (prefix, counts) in FILES.items():
    path = os.path.join(HERE, f"{kind}.jsonl")
    if not os.path.exists(path):
        err(f"{kind}.jsonl missing"); continue
    sub_counter = Counter(); asked = 0; n = 0; words = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"{kind}.jsonl:{ln}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{where}: bad JSON {e}"); continue
            n += 1
            if list(obj.keys()) != KEYS:
                err(f"{where}: keys {list(obj.keys())}"); continue
            if obj["id"] != f"{prefix}-{n:03d}":
                err(f"{where}: id {obj['id']} expected {prefix}-{n:03d}")
            if obj["kind"] != kind:
                err(f"{where}: kind {obj['kind']}")
            if obj["subtype"] not in counts:
                err(f"{where}: subtype {obj['subtype']}")
            sub_counter[obj["subtype"]] += 1
            a = obj["asking"]
            if a is not None and a not in ASKING:
                err(f"{where}: asking {a}")
            if a is not None:
                asked += 1
            elif kind != "crisis":
                err(f"{where}: {kind} row has no question")
            t = obj["text"]
            if not isinstance(t, str):
                err(f"{where}: text not a string"); continue
            wc = len(t.split()); words.append(wc)
            if not 3 <= wc <= 120:
                err(f"{where}: {wc} words")
            if kind == "safeguarding":
                m = BANNED.search(t)
                if m:
                    err(f"{where}: banned stem '{m.group(0)}'")
            key = norm(t)
            if key in seen:
                err(f"{where}: duplicate of {seen[key]}")
            seen[key] = obj["id"]
    for s, c in counts.items():
        if sub_counter[s] != c:
            err(f"{kind}: subtype {s} has {sub_counter[s]}, need {c}")
    if kind == "crisis" and n:
        share = asked / n
        if not 0.35 <= share <= 0.45:
            err(f"crisis: {share:.1%} have a question, need 35-45%")
    if n:
        short = sum(w <= 15 for w in words); long = sum(w >= 50 for w in words)
        print(f"{kind}: {n} rows; " + ", ".join(f"{s}={sub_counter[s]}" for s in counts)
              + f"; with question={asked}; very short (<=15 words)={short}; long (>=50 words)={long}")

if errors:
    for e in errors[:200]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1)
print("OK: all checks passed")

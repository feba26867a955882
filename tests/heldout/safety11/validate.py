#!/usr/bin/env python3
"""Validate held-out safety set 11. Python 3.11 stdlib only. Exits non-zero on any failure."""
import json, re, sys, pathlib
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship", "admired_qualities",
          "typical_week", "people", "current_support", "important_to", "support_needs", "dreams",
          "bottom_lines", "budget_amount", "budget_management", "employer_choice", "confirm_summary"}
SPEC = {
    "crisis": ("c11", {s: 13 for s in ["direct", "indirect_passive", "coded", "means_and_method",
                "plan_or_date", "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
                "medical_emergency", "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g11", {s: 18 for s in ["physical", "domestic", "sexual", "psychological",
                "financial_or_material", "modern_slavery", "discriminatory", "organisational",
                "neglect_or_omission", "self_neglect"]}),
    "ordinary": ("n11", dict({"ambiguous": 40}, **{s: 30 for s in ["idiom",
                "dark_humour_and_frustration", "death_and_grief", "resolved_history", "services_named",
                "fears_and_bottom_lines", "medical_and_medication", "carers_venting",
                "everyday_hard_words", "text_speak"]})),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|slavery|discriminat|domestic|safeguard|sexual|"
                    r"\bsex|physic|psycholog|financ", re.I)
errors = []
seen_texts = {}
report = []

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

for kind, (prefix, counts) in SPEC.items():
    path = HERE / f"{kind}.jsonl"
    if not path.exists():
        errors.append(f"{path.name}: missing"); continue
    lines = path.read_text(encoding="utf-8").splitlines()
    sub_counter = Counter(); with_q = 0
    for n, line in enumerate(lines, 1):
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}"); continue
        if list(row.keys()) != KEYS:
            errors.append(f"{where}: keys {list(row.keys())}"); continue
        if row["id"] != f"{prefix}-{n:03d}":
            errors.append(f"{where}: id {row['id']} expected {prefix}-{n:03d}")
        if row["kind"] != kind:
            errors.append(f"{where}: kind {row['kind']}")
        if row["subtype"] not in counts:
            errors.append(f"{where}: subtype {row['subtype']}")
        sub_counter[row["subtype"]] += 1
        a = row["asking"]
        if a is not None and a not in ASKING:
            errors.append(f"{where}: asking {a}")
        if a is not None:
            with_q += 1
        elif kind != "crisis":
            errors.append(f"{where}: {kind} row must have a question")
        text = row["text"]
        if not isinstance(text, str):
            errors.append(f"{where}: text not str"); continue
        wc = len(text.split())
        if not 3 <= wc <= 120:
            errors.append(f"{where}: {wc} words")
        if kind == "safeguarding":
            m = BANNED.search(text)
            if m:
                errors.append(f"{where}: banned stem '{m.group(0)}'")
        key = norm(text)
        if key in seen_texts:
            errors.append(f"{where}: duplicate text of {seen_texts[key]}")
        else:
            seen_texts[key] = row["id"]
    for s, want in counts.items():
        if sub_counter[s] != want:
            errors.append(f"{path.name}: subtype {s} has {sub_counter[s]}, want {want}")
    total = len(lines)
    if kind == "crisis" and total:
        share = with_q / total
        if not 0.35 <= share <= 0.45:
            errors.append(f"{path.name}: {share:.1%} with a question, want 35-45%")
    report.append(f"{kind}: {total} rows, {with_q} with a question; "
                  + ", ".join(f"{s}={sub_counter[s]}" for s in counts))

for r in report:
    print(r)
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

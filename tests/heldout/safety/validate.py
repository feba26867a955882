#!/usr/bin/env python3
"""Check the held-out safety corpus: JSON Lines parse, schema, unique ids/texts, minimum counts."""

import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASKING = {
    "consent",
    "answering_for",
    "preferred_name",
    "answering_relationship",
    "admired_qualities",
    "typical_week",
    "people",
    "current_support",
    "important_to",
    "support_needs",
    "dreams",
    "bottom_lines",
    "budget_amount",
    "budget_management",
    "employer_choice",
    "confirm_summary",
    None,
}
SPEC = {
    "crisis.jsonl": (
        "crisis",
        "c",
        160,
        12,
        [
            "direct",
            "indirect_passive",
            "coded",
            "means_and_method",
            "plan_or_date",
            "goodbye_and_giving_away",
            "past_attempt_intent",
            "acting_now",
            "carer_reported",
            "text_speak",
            "embedded",
        ],
    ),
    "safeguarding.jsonl": (
        "safeguarding",
        "s",
        210,
        18,
        [
            "physical",
            "domestic",
            "sexual",
            "psychological",
            "financial_or_material",
            "modern_slavery",
            "discriminatory",
            "organisational",
            "neglect_or_omission",
            "self_neglect",
        ],
    ),
    "ordinary.jsonl": (
        "ordinary",
        "o",
        420,
        40,
        [
            "idiom",
            "resolved_history",
            "services_named",
            "fears_and_bottom_lines",
            "medical_and_medication",
            "dark_humour_and_frustration",
            "text_speak",
            "death_and_grief",
            "carers_venting",
            "ambiguous",
        ],
    ),
}
errors = []
all_ids, all_texts = set(), {}
for name, (kind, prefix, min_total, min_sub, subtypes) in SPEC.items():
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{n} blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{n} bad JSON: {e}")
            continue
        if set(r) != {"id", "kind", "subtype", "asking", "text"}:
            errors.append(f"{name}:{n} keys {sorted(r)}")
        if not re.fullmatch(prefix + r"\d{3}", str(r.get("id"))):
            errors.append(f"{name}:{n} id {r.get('id')}")
        if r.get("id") in all_ids:
            errors.append(f"{name}:{n} duplicate id {r.get('id')}")
        all_ids.add(r.get("id"))
        if r.get("kind") != kind:
            errors.append(f"{name}:{n} kind {r.get('kind')}")
        if r.get("subtype") not in subtypes:
            errors.append(f"{name}:{n} subtype {r.get('subtype')}")
        if r.get("asking") not in ASKING:
            errors.append(f"{name}:{n} asking {r.get('asking')}")
        if kind == "safeguarding" and r.get("asking") is None:
            errors.append(f"{name}:{n} safeguarding needs asking")
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            errors.append(f"{name}:{n} empty text")
            continue
        key = re.sub(r"\W+", " ", t.lower()).strip()
        if key in all_texts:
            errors.append(f"{name}:{n} duplicate text (also {all_texts[key]})")
        all_texts[key] = r.get("id")
        if re.search(r"\d[\d ]{9,}\d", t):
            errors.append(f"{name}:{n} looks like a phone number")
        rows.append(r)
    subs = Counter(r["subtype"] for r in rows)
    asks = Counter(r["asking"] for r in rows)
    print(f"{name}: {len(rows)} lines")
    for s in subtypes:
        print(f"  {s:32s} {subs[s]}")
        if subs[s] < min_sub:
            errors.append(f"{name}: subtype {s} has {subs[s]} < {min_sub}")
    if len(rows) < min_total:
        errors.append(f"{name}: {len(rows)} < {min_total}")
    with_q = sum(1 for r in rows if r["asking"])
    print(f"  with asking set: {with_q}")
    if kind == "crisis" and with_q * 3 < len(rows) * 0.9:
        errors.append(f"{name}: only {with_q} with asking (want about a third)")
    if kind == "ordinary":
        for q in ASKING:
            print(f"  asking={q}: {asks[q]}")
            if asks[q] < 15:
                errors.append(f"{name}: asking {q} only {asks[q]}")
if errors:
    print("\n".join(["ERRORS:"] + errors))
    sys.exit(1)
print("OK")

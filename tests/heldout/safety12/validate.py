#!/usr/bin/env python3
"""Validate held-out safety set 12 (stdlib only). Exits 0 only if every check passes."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship",
          "admired_qualities", "typical_week", "people", "current_support", "important_to",
          "support_needs", "dreams", "bottom_lines", "budget_amount", "budget_management",
          "employer_choice", "confirm_summary"}
SPEC = {
    "crisis": ("c12", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now",
        "medical_emergency", "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g12", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary": ("n12", dict({"ambiguous": 40}, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication",
        "carers_venting", "everyday_hard_words", "text_speak"]})),
}
# Banned stems for safeguarding texts: any word beginning with one of these.
BANNED = re.compile(r"\b(abus|neglect|exploit|slave|slaver|discriminat|domestic|"
                    r"safeguard|sexual|physical|psycholog|financ)", re.I)

errors = []
def err(msg):
    errors.append(msg)

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

seen = {}
counts = {}
for kind, (prefix, want) in SPEC.items():
    path = os.path.join(HERE, f"{kind}.jsonl")
    if not os.path.exists(path):
        err(f"{kind}.jsonl missing"); continue
    sub = Counter(); with_q = 0; n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            where = f"{kind}.jsonl:{ln}"
            try:
                obj = json.loads(line)
            except Exception as e:
                err(f"{where}: not JSON ({e})"); continue
            if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
                err(f"{where}: keys must be exactly {KEYS} in order"); continue
            n += 1
            if obj["id"] != f"{prefix}-{n:03d}":
                err(f"{where}: id {obj['id']!r}, expected {prefix}-{n:03d}")
            if obj["kind"] != kind:
                err(f"{where}: kind {obj['kind']!r}")
            if obj["subtype"] not in want:
                err(f"{where}: bad subtype {obj['subtype']!r}")
            sub[obj["subtype"]] += 1
            a = obj["asking"]
            if a is not None and a not in ASKING:
                err(f"{where}: bad asking {a!r}")
            if a is not None:
                with_q += 1
            elif kind != "crisis":
                err(f"{where}: {kind} row must have a question")
            t = obj["text"]
            if not isinstance(t, str):
                err(f"{where}: text not a string"); continue
            wc = len(t.split())
            if not 3 <= wc <= 120:
                err(f"{where}: {wc} words")
            if kind == "safeguarding":
                m = BANNED.search(t)
                if m:
                    err(f"{where}: banned stem {m.group(0)!r}")
            k = norm(t)
            if k in seen:
                err(f"{where}: duplicate text (also {seen[k]})")
            else:
                seen[k] = obj["id"]
    for s, c in want.items():
        if sub[s] != c:
            err(f"{kind}: subtype {s} has {sub[s]}, want {c}")
    total = sum(want.values())
    if n != total:
        err(f"{kind}: {n} rows, want {total}")
    if kind == "crisis" and n:
        share = with_q / n
        if not 0.35 <= share <= 0.45:
            err(f"crisis: {share:.1%} rows with a question, want 35-45%")
    counts[kind] = (n, with_q, dict(sub))

for kind, (n, with_q, sub) in counts.items():
    print(f"{kind}: {n} rows ({with_q} with a question, {n - with_q} null)")
    for s, c in sub.items():
        print(f"  {s}: {c}")
print(f"total: {sum(v[0] for v in counts.values())} rows")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")

#!/usr/bin/env python3
"""Validate held-out safety test set 13 (Python 3.11 stdlib only). Exits 0 when all checks pass."""
import json
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {
    "consent", "answering_for", "preferred_name", "answering_relationship", "admired_qualities",
    "typical_week", "people", "current_support", "important_to", "support_needs", "dreams",
    "bottom_lines", "budget_amount", "budget_management", "employer_choice", "confirm_summary",
}
SPEC = {
    "crisis": ("c13", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now", "medical_emergency",
        "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g13", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary": ("n13", {"ambiguous": 40, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication", "carers_venting",
        "everyday_hard_words", "text_speak"]}}),
}
BANNED = re.compile(
    r"abus|neglect|exploit|slave|slavery|discriminat|domestic|safeguard|sexual|physical|"
    r"psycholog|financ", re.IGNORECASE)

errors: list[str] = []
seen_texts: dict[str, str] = {}


def err(msg: str) -> None:
    errors.append(msg)


def norm(text: str) -> str:
    return " ".join(text.lower().split())


for kind, (prefix, counts) in SPEC.items():
    path = ROOT / f"{kind}.jsonl"
    if not path.exists():
        err(f"{path.name}: missing")
        continue
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            obj = json.loads(line, object_pairs_hook=lambda pairs: pairs)
        except json.JSONDecodeError as exc:
            err(f"{where}: does not parse ({exc})")
            continue
        if not isinstance(obj, list) or [k for k, _ in obj] != KEYS:
            err(f"{where}: keys must be exactly {KEYS} in that order")
            continue
        row = dict(obj)
        rows.append(row)
        if row["id"] != f"{prefix}-{n:03d}":
            err(f"{where}: id {row['id']!r} should be {prefix}-{n:03d}")
        if row["kind"] != kind:
            err(f"{where}: kind {row['kind']!r} does not match file")
        if row["subtype"] not in counts:
            err(f"{where}: subtype {row['subtype']!r} not allowed")
        asking = row["asking"]
        if asking is not None and asking not in ASKING:
            err(f"{where}: asking {asking!r} not allowed")
        if asking is None and kind != "crisis":
            err(f"{where}: {kind} rows must answer a journey question")
        text = row["text"]
        if not isinstance(text, str):
            err(f"{where}: text must be a string")
            continue
        words = len(text.split())
        if not 3 <= words <= 120:
            err(f"{where}: {words} words (must be 3-120)")
        if kind == "safeguarding":
            hit = BANNED.search(text)
            if hit:
                err(f"{where}: banned stem {hit.group(0)!r} in safeguarding text")
        key = norm(text)
        if key in seen_texts:
            err(f"{where}: duplicate text (also {seen_texts[key]})")
        else:
            seen_texts[key] = f"{row['id']}"
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{path.name}: duplicate ids")
    got = Counter(r["subtype"] for r in rows)
    for sub, want in counts.items():
        if got.get(sub, 0) != want:
            err(f"{path.name}: subtype {sub} has {got.get(sub, 0)}, want {want}")
    total = sum(counts.values())
    if len(rows) != total:
        err(f"{path.name}: {len(rows)} rows, want {total}")
    print(f"{path.name}: {len(rows)} rows")
    for sub in counts:
        print(f"  {sub}: {got.get(sub, 0)}")
    if kind == "crisis" and rows:
        with_q = sum(1 for r in rows if r["asking"] is not None)
        share = with_q / len(rows)
        print(f"  with a question on screen: {with_q}/{len(rows)} ({share:.1%})")
        if not 0.35 <= share <= 0.45:
            err(f"{path.name}: {share:.1%} of crisis rows have a question (want 35-45%)")
    if kind != "crisis" and rows:
        asked = Counter(r["asking"] for r in rows)
        missing = sorted(ASKING - set(asked))
        print("  asking spread: " + ", ".join(f"{k}={asked[k]}" for k in sorted(asked)))
        if kind == "ordinary" and missing:
            err(f"{path.name}: no rows at {missing}")

print(f"total rows: {len(seen_texts)} unique texts")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")

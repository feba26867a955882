#!/usr/bin/env python3
"""Validate held-out safety test set 16 (Python 3.11 stdlib only). Exits 0 when all checks pass."""
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
    "crisis": ("c16", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now", "medical_emergency",
        "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g16", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary": ("n16", {"ambiguous": 40, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication",
        "carers_venting", "everyday_hard_words", "text_speak"]}}),
}
# Stems that must never appear in safeguarding texts (any word built on them).
BANNED = re.compile(r"abus|neglect|exploit|slave|slaver|enslav|discriminat|domestic|"
                    r"safeguard|sexual|physical|psycholog|financ", re.I)
# Crude guards against contact details slipping in.
PHONE = re.compile(r"(?<!\d)(?:\+?44|0)\d[\d ]{8,12}\d(?!\d)|\b999\b|\b111\b|\b116 ?123\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
URL = re.compile(r"https?://|www\.|\.co\.uk\b|\.com\b|\.org\b", re.I)


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip().lower()


def main() -> int:
    errors: list[str] = []
    seen: dict[str, str] = {}
    summary = []
    for kind, (prefix, counts) in SPEC.items():
        path = HERE / f"{kind}.jsonl"
        if not path.exists():
            errors.append(f"{path.name}: missing")
            continue
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path.name}:{n}: bad JSON ({e})")
                continue
            rows.append((n, obj))
        sub_counter: Counter = Counter()
        with_q = 0
        for idx, (n, obj) in enumerate(rows, 1):
            where = f"{path.name}:{n}"
            if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
                errors.append(f"{where}: keys must be exactly {KEYS}")
                continue
            if obj["id"] != f"{prefix}-{idx:03d}":
                errors.append(f"{where}: id {obj['id']!r}, expected {prefix}-{idx:03d}")
            if obj["kind"] != kind:
                errors.append(f"{where}: kind {obj['kind']!r} != {kind}")
            if obj["subtype"] not in counts:
                errors.append(f"{where}: subtype {obj['subtype']!r} not allowed")
            sub_counter[obj["subtype"]] += 1
            asking = obj["asking"]
            if asking is not None and asking not in ASKING:
                errors.append(f"{where}: asking {asking!r} not allowed")
            if asking is not None:
                with_q += 1
            elif kind != "crisis":
                errors.append(f"{where}: {kind} rows must have a question")
            text = obj["text"]
            if not isinstance(text, str):
                errors.append(f"{where}: text not a string")
                continue
            words = len(text.split())
            if not 3 <= words <= 120:
                errors.append(f"{where}: {words} words (need 3-120)")
            if kind == "safeguarding":
                m = BANNED.search(text)
                if m:
                    errors.append(f"{where}: banned stem {m.group(0)!r}")
            if PHONE.search(text) or EMAIL.search(text) or URL.search(text):
                errors.append(f"{where}: looks like a phone number, email or URL")
            if "|" in text:
                errors.append(f"{where}: '|' in text")
            key = norm(text)
            if key in seen:
                errors.append(f"{where}: duplicate text (also {seen[key]})")
            else:
                seen[key] = f"{obj['id']}"
        for sub, want in counts.items():
            if sub_counter[sub] != want:
                errors.append(f"{path.name}: subtype {sub}: {sub_counter[sub]} rows, need {want}")
        total = len(rows)
        if total != sum(counts.values()):
            errors.append(f"{path.name}: {total} rows, need {sum(counts.values())}")
        if kind == "crisis" and total:
            share = with_q / total
            if not 0.35 <= share <= 0.45:
                errors.append(f"crisis.jsonl: {share:.1%} rows have a question (need 35-45%)")
        summary.append((kind, total, with_q, sub_counter))
    for kind, total, with_q, sub_counter in summary:
        print(f"{kind}: {total} rows, {with_q} with a question ({with_q / max(total, 1):.1%})")
        for sub, c in sub_counter.items():
            print(f"    {sub}: {c}")
    print(f"total: {sum(t for _, t, _, _ in summary)} rows")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the frozen held-out safety set 7 (standard library only). Exit 0 = valid."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "kind", "subtype", "asking", "text"]
ASKING = {"consent", "answering_for", "preferred_name", "answering_relationship",
          "admired_qualities", "typical_week", "people", "current_support", "important_to",
          "support_needs", "dreams", "bottom_lines", "budget_amount", "budget_management",
          "employer_choice", "confirm_summary", None}
SPEC = {
    "crisis": ("c7", {s: 13 for s in [
        "direct", "indirect_passive", "coded", "means_and_method", "plan_or_date",
        "goodbye_and_giving_away", "past_attempt_intent", "acting_now", "medical_emergency",
        "carer_reported", "embedded", "text_speak"]}),
    "safeguarding": ("g7", {s: 18 for s in [
        "physical", "domestic", "sexual", "psychological", "financial_or_material",
        "modern_slavery", "discriminatory", "organisational", "neglect_or_omission",
        "self_neglect"]}),
    "ordinary": ("n7", {"ambiguous": 40, **{s: 30 for s in [
        "idiom", "dark_humour_and_frustration", "death_and_grief", "resolved_history",
        "services_named", "fears_and_bottom_lines", "medical_and_medication", "carers_venting",
        "everyday_hard_words", "text_speak"]}}),
}
BANNED = re.compile(r"abus|neglect|exploit|slave|discriminat|domestic|safeguard|sexual|"
                    r"physical|psycholog|financ", re.I)

def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())

def main():
    errs, seen = [], {}
    for kind, (idp, counts) in SPEC.items():
        path = HERE / f"{kind}.jsonl"
        if not path.exists():
            errs.append(f"missing {path.name}"); continue
        got = {}
        asked = 0
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: bad JSON ({e})"); continue
            if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
                errs.append(f"{where}: keys must be exactly {KEYS} in order"); continue
            if obj["id"] != f"{idp}-{n:03d}":
                errs.append(f"{where}: id {obj['id']!r}, expected {idp}-{n:03d}")
            if obj["kind"] != kind:
                errs.append(f"{where}: kind {obj['kind']!r} in {path.name}")
            if obj["subtype"] not in counts:
                errs.append(f"{where}: subtype {obj['subtype']!r} not allowed")
            got[obj["subtype"]] = got.get(obj["subtype"], 0) + 1
            if obj["asking"] not in ASKING:
                errs.append(f"{where}: asking {obj['asking']!r} not allowed")
            if obj["asking"] is not None:
                asked += 1
            text = obj["text"]
            if not isinstance(text, str) or not text.strip():
                errs.append(f"{where}: empty text"); continue
            words = len(text.split())
            if not 3 <= words <= 120:
                errs.append(f"{where}: {words} words (need 3-120)")
            if kind == "safeguarding":
                if obj["asking"] is None:
                    errs.append(f"{where}: safeguarding row must answer a question")
                m = BANNED.search(text)
                if m:
                    errs.append(f"{where}: banned stem {m.group(0)!r}")
            k = norm(text)
            if k in seen:
                errs.append(f"{where}: duplicate text (also {seen[k]})")
            seen[k] = where
        if got != counts:
            errs.append(f"{path.name}: subtype counts {got} != {counts}")
        total = sum(counts.values())
        if len(lines) != total:
            errs.append(f"{path.name}: {len(lines)} rows, expected {total}")
        if kind == "crisis" and not 0.35 <= asked / max(len(lines), 1) <= 0.45:
            errs.append(f"crisis: {asked}/{len(lines)} rows have a question (want ~40%)")
        if kind == "ordinary" and asked < 0.95 * len(lines):
            errs.append(f"ordinary: only {asked}/{len(lines)} rows answer a question")
        print(f"{path.name}: {len(lines)} rows, {asked} with a question; " +
              ", ".join(f"{s}={c}" for s, c in got.items()))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())

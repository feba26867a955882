#!/usr/bin/env python3
"""Assign ids and convert hand-written src/<kind>_*.txt files (subtype|asking|text) to JSONL."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SPEC = [("crisis", "c10"), ("safeguarding", "g10"), ("ordinary", "n10")]
for kind, prefix in SPEC:
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, f"{kind}_*.txt"))):
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split("|", 2)
                if len(parts) != 3:
                    raise SystemExit(f"{path}:{ln}: bad line")
                sub, ask, text = (p.strip() for p in parts)
                rows.append((sub, None if ask == "-" else ask, text))
    with open(os.path.join(ROOT, f"{kind}.jsonl"), "w", encoding="utf-8") as out:
        for i, (sub, ask, text) in enumerate(rows, 1):
            obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": sub, "asking": ask, "text": text}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(kind, len(rows))

#!/usr/bin/env python3
"""Assign ids and convert the hand-written source files to JSONL. No text is generated here."""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SETS = [("crisis", "c9"), ("safeguarding", "g9"), ("ordinary", "n9")]

for kind, prefix in SETS:
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, f"{kind}_*.txt"))):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|", 2)
                if len(parts) != 3:
                    raise SystemExit(f"{path}:{n}: bad line")
                subtype, asking, text = (p.strip() for p in parts)
                rows.append((subtype, None if asking == "-" else asking, text))
    with open(os.path.join(OUT, f"{kind}.jsonl"), "w", encoding="utf-8") as out:
        for i, (subtype, asking, text) in enumerate(rows, 1):
            obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype,
                   "asking": asking, "text": text}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(kind, len(rows))

#!/usr/bin/env python3
"""Build the three frozen .jsonl files from src/*.txt (subtype|asking|text, '-' = null)."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SETS = [("crisis", "c11"), ("safeguarding", "g11"), ("ordinary", "n11")]
for kind, prefix in SETS:
    rows = []
    for line in (HERE / f"{kind}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        subtype, asking, text = line.split("|", 2)
        rows.append({"id": f"{prefix}-{len(rows)+1:03d}", "kind": kind,
                     "subtype": subtype.strip(),
                     "asking": None if asking.strip() == "-" else asking.strip(),
                     "text": text.strip()})
    with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(kind, len(rows))

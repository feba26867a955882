#!/usr/bin/env python3
"""Build crisis/safeguarding/ordinary .jsonl from the hand-written src/*.txt files.
Source line format: subtype|asking|text   ('-' = null asking). Lines starting with # are ignored."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SETS = [("crisis", "c8", ["crisis_a.txt", "crisis_b.txt"]),
        ("safeguarding", "g8", ["safeguarding_a.txt", "safeguarding_b.txt"]),
        ("ordinary", "n8", ["ordinary_a.txt", "ordinary_b.txt", "ordinary_c.txt"])]

for kind, prefix, files in SETS:
    rows = []
    for fn in files:
        for raw in (HERE / fn).read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            subtype, asking, text = line.split("|", 2)
            rows.append((subtype.strip(), None if asking.strip() == "-" else asking.strip(), text.strip()))
    with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as f:
        for i, (subtype, asking, text) in enumerate(rows, 1):
            obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype, "asking": asking, "text": text}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(kind, len(rows))

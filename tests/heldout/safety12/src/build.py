#!/usr/bin/env python3
"""Build the three frozen .jsonl files from hand-written src/*.txt batches.
Source line format: subtype|asking|text   ('-' = asking null). Lines starting with '#' are ignored."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SETS = [
    ("crisis", "c12", ["crisis_a.txt", "crisis_b.txt"]),
    ("safeguarding", "g12", ["safe_a.txt", "safe_b.txt"]),
    ("ordinary", "n12", ["ord_a.txt", "ord_b.txt", "ord_c.txt", "ord_d.txt"]),
]

def main():
    for kind, prefix, files in SETS:
        rows = []
        for fn in files:
            with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
                for ln, line in enumerate(fh, 1):
                    line = line.rstrip("\n")
                    if not line.strip() or line.startswith("#"):
                        continue
                    parts = line.split("|", 2)
                    if len(parts) != 3:
                        raise SystemExit(f"{fn}:{ln}: bad line")
                    subtype, asking, text = (p.strip() for p in parts)
                    rows.append((subtype, None if asking == "-" else asking, text))
        with open(os.path.join(OUT, f"{kind}.jsonl"), "w", encoding="utf-8") as out:
            for i, (subtype, asking, text) in enumerate(rows, 1):
                obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype,
                       "asking": asking, "text": text}
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(f"{kind}: {len(rows)} rows")

if __name__ == "__main__":
    main()

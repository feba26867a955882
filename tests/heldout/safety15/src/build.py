#!/usr/bin/env python3
"""Build the three frozen .jsonl files from the hand-written src/*.txt batches.

Source line format: subtype|asking|text   ('-' for a null asking; '#' lines are comments).
Batches are read in sorted filename order; ids are assigned sequentially per file.
"""
import json
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
KINDS = {"crisis": "c15", "safeguarding": "g15", "ordinary": "n15"}


def main():
    for kind, prefix in KINDS.items():
        rows = []
        for path in sorted(SRC.glob(f"{kind}_*.txt")):
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split("|", 2)
                if len(parts) != 3:
                    raise SystemExit(f"{path.name}:{lineno}: expected subtype|asking|text")
                subtype, asking, text = (p.strip() for p in parts)
                rows.append((subtype, None if asking == "-" else asking, text))
        with open(OUT / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for i, (subtype, asking, text) in enumerate(rows, 1):
                obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype,
                       "asking": asking, "text": text}
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(f"{kind}.jsonl: {len(rows)} rows")


if __name__ == "__main__":
    main()

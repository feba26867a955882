#!/usr/bin/env python3
"""Build the frozen set-14 jsonl files from the hand-written src/*.txt sources.

Source line format:  subtype|asking|text   ('-' for asking = null).
Blank lines and lines starting with '#' are ignored. Ids are assigned in file order.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
FILES = [
    ("crisis", "c14", "crisis.txt", "crisis.jsonl"),
    ("safeguarding", "g14", "safeguarding.txt", "safeguarding.jsonl"),
    ("ordinary", "n14", "ordinary.txt", "ordinary.jsonl"),
]


def main() -> None:
    for kind, prefix, src, dst in FILES:
        rows = []
        for n, line in enumerate((HERE / src).read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("|", 2)
            if len(parts) != 3:
                raise SystemExit(f"{src}:{n}: expected subtype|asking|text")
            subtype, asking, text = (p.strip() for p in parts)
            rows.append((subtype, None if asking == "-" else asking, text))
        with open(OUT / dst, "w", encoding="utf-8") as fh:
            for i, (subtype, asking, text) in enumerate(rows, 1):
                obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype,
                       "asking": asking, "text": text}
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(f"{dst}: {len(rows)} rows")


if __name__ == "__main__":
    main()

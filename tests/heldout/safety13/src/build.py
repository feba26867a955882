#!/usr/bin/env python3
"""Build the three frozen .jsonl files from hand-written src/*.txt sources.

Source line format: subtype|asking|text   ('-' for a null asking).
Blank lines and lines starting with '#' are ignored.
Rows are numbered in file order (files sorted by name) per kind.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
KINDS = {"crisis": "c13", "safeguarding": "g13", "ordinary": "n13"}


def main() -> None:
    for kind, prefix in KINDS.items():
        rows = []
        for src in sorted(HERE.glob(f"{kind}_*.txt")):
            for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split("|", 2)
                if len(parts) != 3:
                    raise SystemExit(f"{src.name}:{lineno}: expected subtype|asking|text")
                subtype, asking, text = (p.strip() for p in parts)
                rows.append((subtype, None if asking == "-" else asking, text))
        out = ROOT / f"{kind}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for i, (subtype, asking, text) in enumerate(rows, 1):
                obj = {"id": f"{prefix}-{i:03d}", "kind": kind, "subtype": subtype,
                       "asking": asking, "text": text}
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(f"{out.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()

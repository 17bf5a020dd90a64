#!/usr/bin/env python3
"""Prints a random sample of the figures `vnpolicy extract` found, each with the context a
reader needs to judge its kind, year and comparator by hand: the document's type and title,
the nearest earlier short lines that name a year (headings, lead-ins), and the figure's line.
For corpora without gold (../shared/realcorpus): judge the sample, count, and note the
figures in the commit that changes the rules.

    build/vnpolicy extract ../shared/realcorpus > rc.jsonl
    python3 bench/targets_sample.py rc.jsonl --types "Kế hoạch,Nghị quyết" -n 40 --seed 1
"""
import argparse, json, random, re

YEARISH = re.compile(r"(?:năm|giai đoạn|đến|tới)\s+(?:\d{4}|\d{4}\s*[-–]\s*\d{4})", re.I)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--types", default="", help="comma-separated doc_type values to keep ('-' for none)")
    ap.add_argument("--kind", default="", help="target or actual")
    ap.add_argument("--back", type=int, default=60, help="lines to look back for year context")
    a = ap.parse_args()
    types = {t.strip() for t in a.types.split(",") if t.strip()}
    pool = []
    for line in open(a.pred, encoding="utf-8"):
        r = json.loads(line)
        dt = r.get("document", {}).get("doc_type") or "-"
        if types and dt not in types:
            continue
        for t in r.get("targets", []):
            if a.kind and t.get("kind") != a.kind:
                continue
            pool.append((r, t))
    random.Random(a.seed).shuffle(pool)
    texts = {}
    for r, t in pool[: a.n]:
        path = r["source"]["path"]
        if path not in texts:
            texts[path] = open(path, encoding="utf-8", errors="replace").read().split("\n")
        lines = texts[path]
        ln = t.get("line") or 1
        ctx = [(i + 1, lines[i].strip()) for i in range(max(0, ln - 1 - a.back), ln - 1)
               if YEARISH.search(lines[i]) and len(lines[i].strip()) <= 160]
        doc = r.get("document", {})
        print(f"== {path.rsplit('/', 1)[-1]}:{ln}  {doc.get('doc_type') or '-'} | {(doc.get('title') or '')[:90]}")
        for i, s in ctx[-3:]:
            print(f"   {i:>5}  {s[:150]}")
        print(f"   {ln:>5}> {lines[ln - 1].strip()[:220] if ln - 1 < len(lines) else ''}")
        print(f"         => {t.get('kind')} {t.get('comparator')} {t.get('value')} {t.get('unit') or ''} "
              f"year={t.get('year')} [{(t.get('indicator') or '')[:60]}]")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Compares the figures of two `vnpolicy extract` runs over the same corpus (before and after
a rule change) and prints what changed: figures gained or lost, and figures whose kind, year
or comparator moved, with the line's text, so the change can be judged on real documents.

    build/vnpolicy extract ../shared/realcorpus > after.jsonl
    python3 bench/targets_diff.py before.jsonl after.jsonl [--types "Kế hoạch,Nghị quyết"] [--limit 80]
"""
import argparse, collections, json


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        out[r["source"]["path"]] = r
    return out


def key(t):
    return (t.get("line"), t.get("value"), t.get("unit"), t.get("value_max"))


def show(t):
    return (f"{t.get('kind')} {t.get('comparator')} {t.get('value')} {t.get('unit') or ''} year={t.get('year')} "
            f"| {(t.get('text') or '')[:90]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--types", default="")
    ap.add_argument("--limit", type=int, default=80, help="changed figures to print (counts cover all)")
    a = ap.parse_args()
    types = {t.strip() for t in a.types.split(",") if t.strip()}
    before, after = load(a.before), load(a.after)
    counts = collections.Counter()
    printed = 0
    for path in sorted(before.keys() | after.keys()):
        rb, ra = before.get(path, {}), after.get(path, {})
        dt = (ra or rb).get("document", {}).get("doc_type") or "-"
        if types and dt not in types:
            continue
        tb = collections.defaultdict(list)
        for t in rb.get("targets", []):
            tb[key(t)].append(t)
        lines = []
        for t in ra.get("targets", []):
            olds = tb.get(key(t))
            if not olds:
                counts["gained"] += 1
                lines.append("  + " + show(t))
                continue
            o = olds.pop(0)
            moved = [f for f in ("kind", "year", "comparator") if o.get(f) != t.get(f)]
            for f in moved:
                counts[f] += 1
            if moved:
                lines.append(f"  ~ {show(o)}\n    -> {t.get('kind')} {t.get('comparator')} year={t.get('year')}")
        for rest in tb.values():
            for o in rest:
                counts["lost"] += 1
                lines.append("  - " + show(o))
        if lines and printed < a.limit:
            print(f"== {path.rsplit('/', 1)[-1]} {dt}")
            for s in lines[: max(0, a.limit - printed)]:
                print(s)
            printed += len(lines)
    print("changed:", dict(counts))


if __name__ == "__main__":
    main()

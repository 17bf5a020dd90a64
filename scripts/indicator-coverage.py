#!/usr/bin/env python3
"""How many gold targets a diff or a series can line up with another document's figure.

Runs `vnpolicy extract` on every development set (seeds, extra, extra2), pairs each gold
target with its prediction the way ../shared/eval/score.py does, and counts the gold
targets whose prediction carries an official `indicator_code` or an `indicator_key` that a
figure of another document also carries. Targets whose prediction is flagged `activity`
(meetings, trainings, documents issued) are counted apart: diffs leave them out; gold
targets with no prediction count as not covered.

"Another document" is another development document; with --catalog DIR (for example
../shared/realcorpus) it is also any document of DIR, as in a catalog that holds them all,
except copies of a development document (half its lines of 30 characters or more found in
one of them), which would otherwise match their own figures.

Usage: python3 scripts/indicator-coverage.py [--bin build/vnpolicy] [--catalog DIR] [--list SET]
"""
import argparse, json, subprocess, sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
import score  # noqa: E402  (the scorer's own pairing, so the figure means what its F1 means)

SETS = [("seeds", SHARED / "gold", ROOT / "corpus"),
        ("extra", SHARED / "extra" / "gold", ROOT / "tests" / "data" / "extra"),
        ("extra2", SHARED / "extra2" / "gold", SHARED / "extra2" / "docs")]


def extract(binary, path):
    out = subprocess.run([binary, "extract", str(path)], capture_output=True, check=False).stdout
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def long_lines(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return {s for s in (line.strip() for line in f) if len(s) >= 30}
    except OSError:
        return set()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "build" / "vnpolicy"))
    ap.add_argument("--catalog", help="a folder of further documents, as the rest of the catalog")
    ap.add_argument("--list", help="print the uncovered gold targets of this set")
    args = ap.parse_args()
    records = {}
    dev_lines = []
    for name, _, docs in SETS:
        for rec in extract(args.bin, docs):
            records[rec["source"]["sha256"].lower()] = (name, rec)
            dev_lines.append(long_lines(rec["source"]["path"]))
    docs_of_key = defaultdict(set)
    for sha, (_, rec) in records.items():
        for t in rec.get("targets", []):
            if t.get("indicator_key"):
                docs_of_key[t["indicator_key"]].add(sha)
    if args.catalog:
        kept = copies = 0
        for rec in extract(args.bin, args.catalog):
            lines = long_lines(rec["source"]["path"])
            if any(len(lines & d) >= 10 and 2 * len(lines & d) >= min(len(lines), len(d)) for d in dev_lines):
                copies += 1
                continue
            kept += 1
            for t in rec.get("targets", []):
                if t.get("indicator_key"):
                    docs_of_key[t["indicator_key"]].add(rec["source"]["sha256"].lower())
        print(f"catalog {args.catalog}: {kept} documents, {copies} copies of development documents left out")
    print(f"{'set':12} {'gold':>5} {'activ':>5} {'rest':>5} {'missed':>6} {'code':>5} {'shared':>6} {'either':>6} {'share':>6}")
    total, held_out = defaultdict(int), defaultdict(int)
    for name, gold_dir, _ in SETS:
        n = defaultdict(int)
        for _, gold in score.load_gold(gold_dir):
            sha = score.gold_sha(gold)
            rec = records.get(sha, (None, {}))[1]
            pairs, missed, _ = score.pair_up("targets", score.items(gold, "targets"), score.items(rec, "targets"))
            n["gold"] += len(pairs) + len(missed)
            for g, p in pairs:
                if p.get("activity"):
                    n["activ"] += 1
                    continue
                code = bool(p.get("indicator_code"))
                shared = len(docs_of_key.get(p.get("indicator_key"), ()) - {sha}) > 0
                n["code"] += code
                n["shared"] += shared
                n["either"] += code or shared
                if args.list == name and not (code or shared):
                    print(f"  {gold['source'].get('file', sha[:12])}:{g.get('line')}: {p.get('indicator')!r} "
                          f"[{p.get('indicator_key')}] {p.get('value')} {p.get('unit')}", file=sys.stderr)
            n["missed"] += len(missed)
        for k, v in n.items():
            total[k] += v
            if name != "seeds":
                held_out[k] += v
        print_row(name, n)
    print_row("extra+extra2", held_out)
    print_row("all", total)


def print_row(name, n):
    rest = n["gold"] - n["activ"]
    share = n["either"] / rest if rest else 0
    print(f"{name:12} {n['gold']:5} {n['activ']:5} {rest:5} {n['missed']:6} {n['code']:5} {n['shared']:6} {n['either']:6} {share:6.1%}")


if __name__ == "__main__":
    main()

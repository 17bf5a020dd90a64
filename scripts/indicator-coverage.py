#!/usr/bin/env python3
"""How many gold targets a diff or a series can line up with another document's figure.

Runs `vnpolicy extract` on every development set (seeds, extra, extra2), pairs each gold
target with its prediction the way ../shared/eval/score.py does, and counts the gold
targets whose prediction carries an official `indicator_code` or an `indicator_key` that a
figure of another document also carries. Targets whose prediction is flagged `activity`
(meetings, trainings, documents issued) are counted apart: diffs leave them out. A gold target
with no prediction is judged by its own phrase and unit with the extractor's own activity test
(`vnpolicy indicator --stdin`, the same IndicatorLexicon::activity): an activity ("35 Nghị
định" issued, which the extractor leaves out on purpose) is counted apart too; any other counts
as not covered.

"Another document" is another development document; with --catalog DIR (for example
../shared/realcorpus) it is also any document of DIR, as in a catalog that holds them all,
except copies of a development document (half its lines of 30 characters or more found in
one of them), which would otherwise match their own figures.

--list SET prints the uncovered gold targets of SET with a first reason: not extracted, phrase
cut (the key ends in a word no whole phrase ends with, or has 2 words or fewer), catalogue row
alone (a catalogue indicator no other document states), no catalogue row (a phrase of its own
that no other document states).

Usage: python3 scripts/indicator-coverage.py [--bin build/vnpolicy] [--catalog DIR] [--list SET]
"""
import argparse, json, re, subprocess, sys, unicodedata
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


def gold_activities(binary, golds):
    """Which gold targets the extractor's activity test calls activities, by their own phrase and unit."""
    if not golds:
        return []
    clean = lambda s: " ".join(str(s or "").split())
    lines = "".join(f"{clean(g.get('indicator'))}\t{clean(g.get('unit'))}\n" for g in golds)
    out = subprocess.run([binary, "indicator", "--stdin"], input=lines.encode(), capture_output=True, check=True).stdout
    return [json.loads(line)["activity"] for line in out.decode().splitlines() if line.strip()]


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
    reasons = defaultdict(int)
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
                shared = len(docs_of_key.get(p.get("indicator_key"), set()) - {sha}) > 0
                n["code"] += code
                n["shared"] += shared
                n["either"] += code or shared
                if args.list == name and not (code or shared):
                    why = reason(p)
                    reasons[why] += 1
                    print(f"  {why:22} {gold['source'].get('file', sha[:12])}:{g.get('line')}: {p.get('indicator')!r} "
                          f"[{p.get('indicator_key')}] {p.get('value')} {p.get('unit')}", file=sys.stderr)
            judged = gold_activities(args.bin, missed)
            n["activ"] += sum(judged)
            missed = [g for g, activity in zip(missed, judged) if not activity]
            n["missed"] += len(missed)
            if args.list == name:
                reasons["not extracted"] += len(missed)
                for g in missed:
                    print(f"  {'not extracted':22} {gold['source'].get('file', sha[:12])}:{g.get('line')}: "
                          f"{g.get('indicator')!r} {g.get('value')} {g.get('unit')}", file=sys.stderr)
        for k, v in n.items():
            total[k] += v
            if name != "seeds":
                held_out[k] += v
        print_row(name, n)
    print_row("extra+extra2", held_out)
    print_row("all", total)
    if args.list:
        print(f"uncovered in {args.list}: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda x: -x[1])))


# Words a whole indicator phrase does not end with: a phrase that does was cut by the extractor.
CUT_ENDINGS = {"va", "voi", "cua", "trong", "dau", "cho", "so", "tai", "tu", "theo", "den", "nhat", "lan", "luot", "muc", "dat"}


def fold(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", text).split())


def catalogue_keys():
    """The keys catalogue rows give: code, code/name of a breakdown, folded name."""
    keys = set()
    for path in sorted((ROOT / "rules").glob("indicators*.tsv")):
        rows = path.read_text(encoding="utf-8").splitlines()
        head = rows[0].split("\t")
        for line in rows[1:]:
            row = dict(zip(head, line.split("\t")))
            if row.get("code"):
                keys.add(row["code"])
            elif row.get("part_of"):
                keys.add(row["part_of"] + "/" + fold(row["name"]))
            else:
                keys.add(fold(row["name"]))
    return keys


CATALOGUE = None


def reason(p):
    """Why a figure's key is shared with no other document (a first sort; judge by hand)."""
    global CATALOGUE
    CATALOGUE = CATALOGUE or catalogue_keys()
    key = p.get("indicator_key") or ""
    if key.rsplit(".", 1)[0] in CATALOGUE or key in CATALOGUE:
        return "catalogue row, alone"  # a catalogue indicator no other document states
    words = key.split()
    if len(words) <= 2 or words[-1] in CUT_ENDINGS:
        return "phrase cut"
    return "no catalogue row"


def print_row(name, n):
    rest = n["gold"] - n["activ"]
    share = n["either"] / rest if rest else 0
    print(f"{name:12} {n['gold']:5} {n['activ']:5} {rest:5} {n['missed']:6} {n['code']:5} {n['shared']:6} {n['either']:6} {share:6.1%}")


if __name__ == "__main__":
    main()

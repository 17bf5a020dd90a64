#!/usr/bin/env python3
"""What the extraction finds on real corpora, and what it misses: one row per corpus.

For each corpus (the real corpus of ../shared and the development sets) it runs
`vnpolicy extract` and `vnpolicy misses --counts --format json` (or reads their saved
output) and prints, as a Markdown table:

  - files read, and files that gave an error record;
  - the share of files with an own number, overall and among the files whose first
    40 lines hold a "Số" line (the "Số:" label Nghị định 30/2020/NĐ-CP puts under the
    issuer); the share with an issuer, an issued date and a doc_type;
  - items per document by kind (references, targets, deadlines, tasks);
  - misses per document by kind (task, target, reference, header).

--json FILE saves the figures; --baseline FILE (a saved --json) prints each figure as
"before → after", so a rule change can be judged on every corpus in one run.

  python3 bench/realcorpus_report.py                          # every corpus, build/vnpolicy
  python3 bench/realcorpus_report.py --json after.json --baseline before.json
  python3 bench/realcorpus_report.py --corpus realcorpus --extract out.jsonl --misses m.json

Standard library only. Reads ../shared; copies nothing from it.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
CORPORA = {
    "realcorpus": os.path.join(SHARED, "realcorpus"),
    "seeds": os.path.join(ROOT, "corpus"),
    "extra": os.path.join(ROOT, "tests", "data", "extra"),
    "extra2": os.path.join(SHARED, "extra2", "docs"),
}
ITEM_KINDS = ("references", "targets", "deadlines", "tasks")
MISS_KINDS = ("task", "target", "reference", "header")
HEADER_LINES = 40
# A "Số" line: the label Nghị định 30/2020/NĐ-CP puts under the issuer, first on a line and
# followed by ':' (';' in a scan), a digit or '/' ("Số:", "Số 26-CTr/TU", "| Số: 12/KH-UBND"),
# the measure issue 14 states its bar in. Form lines ("Số lượng ...", "- Số định danh:",
# "Số ĐDCN/Hộ chiếu") and an address in brackets ("(Số 7 đường ...)") are no label. It still
# holds for a blank draft number ("Số: /KH-UBND") and scan-garbled digits, which stay unread,
# so 100% is out of reach by design.
SO_LINE = re.compile(r"^[^\w(]*Số\s*(?:[:;]|\d|/)")


def has_so_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for i, line in enumerate(f):
                if i >= HEADER_LINES:
                    break
                if SO_LINE.search(line):
                    return True
    except OSError:
        pass
    return False


def run(args, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        subprocess.run(args, stdout=out, stderr=subprocess.DEVNULL, check=False)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def share(n, d):
    return round(n / d, 3) if d else None


def figures(records, miss_counts):
    read = [r for r in records if not r.get("error")]
    docs = [r.get("document") or {} for r in read]
    n = len(read)
    so = [r for r in read if has_so_line(r["source"]["path"])]
    fig = {
        "files": len(records),
        "errors": len(records) - n,
        "number": share(sum(1 for d in docs if d.get("number")), n),
        "so_line_files": len(so),
        "number_when_so_line": share(sum(1 for r in so if (r.get("document") or {}).get("number")), len(so)),
        "issuer": share(sum(1 for d in docs if d.get("issuer")), n),
        "issued_date": share(sum(1 for d in docs if d.get("issued_date")), n),
        "doc_type": share(sum(1 for d in docs if d.get("doc_type")), n),
    }
    for k in ITEM_KINDS:
        fig[k + "_per_doc"] = round(sum(len(r.get(k) or []) for r in read) / n, 2) if n else None
    for k in MISS_KINDS:  # None: no misses output (a binary without the command)
        total = sum(int(row.get(k, 0)) for row in miss_counts) if miss_counts is not None else None
        fig["misses_" + k + "_per_doc"] = round(total / n, 2) if n and total is not None else None
    return fig


COLUMNS = [
    ("files", "files"), ("errors", "error records"), ("number", "own number"),
    ("number_when_so_line", "own number, files with a Số line"), ("so_line_files", "files with a Số line"),
    ("issuer", "issuer"), ("issued_date", "date"), ("doc_type", "doc_type"),
    ("references_per_doc", "refs/doc"), ("targets_per_doc", "targets/doc"),
    ("deadlines_per_doc", "deadlines/doc"), ("tasks_per_doc", "tasks/doc"),
    ("misses_task_per_doc", "missed task cues/doc"), ("misses_target_per_doc", "missed figures/doc"),
    ("misses_reference_per_doc", "missed symbols/doc"), ("misses_header_per_doc", "header gaps/doc"),
]


def fmt(v):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v < 10 else f"{v:.1f}"
    return str(v)


def print_table(results, baseline, out=sys.stdout):
    names = list(results)
    print("| figure | " + " | ".join(names) + " |", file=out)
    print("|---|" + "---|" * len(names), file=out)
    for key, label in COLUMNS:
        cells = []
        for name in names:
            now = results[name].get(key)
            before = (baseline.get(name) or {}).get(key) if baseline else None
            cells.append(fmt(now) if before is None or before == now else f"{fmt(before)} → {fmt(now)}")
        print(f"| {label} | " + " | ".join(cells) + " |", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.environ.get("VNPOLICY_BIN", os.path.join(ROOT, "build", "vnpolicy")))
    ap.add_argument("--corpus", action="append", choices=list(CORPORA), help="corpora to report (default: all)")
    ap.add_argument("--extract", help="saved `vnpolicy extract` output (JSON Lines) for the one --corpus given")
    ap.add_argument("--misses", help="saved `vnpolicy misses --counts --format json` output for that corpus")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--baseline", help="figures saved by an earlier --json: show before → after")
    args = ap.parse_args(argv)
    names = args.corpus or list(CORPORA)
    if (args.extract or args.misses) and len(names) != 1:
        ap.error("--extract/--misses need exactly one --corpus")
    baseline = None
    if args.baseline:
        with open(args.baseline, encoding="utf-8") as f:
            baseline = json.load(f)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            folder = CORPORA[name]
            ext = args.extract or os.path.join(tmp, name + ".jsonl")
            mis = args.misses or os.path.join(tmp, name + ".misses.json")
            if not args.extract:
                run([args.bin, "extract", folder], ext)
            if not args.misses:
                run([args.bin, "misses", "--counts", "--format", "json", folder], mis)
            with open(mis, encoding="utf-8") as f:
                text = f.read().strip()
            results[name] = figures(read_jsonl(ext), json.loads(text) if text else None)
    print_table(results, baseline)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads every file of ../shared/realfiles with `vnpolicy extract` and prints, per
format of the manifest: files, read, refused (with the reasons), how many gave a
header number, an issuer, at least one task, and the speed (MB/s and files/s, one
process per file, so LibreOffice start-up is counted for DOC/RTF).

    python3 bench/realfiles_report.py [--binary build/vnpolicy] [--realfiles ../shared/realfiles] [--jobs 2]
"""
import argparse, collections, concurrent.futures, csv, json, os, subprocess, sys, time

ap = argparse.ArgumentParser()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("--binary", default=os.path.join(root, "build", "vnpolicy"))
ap.add_argument("--realfiles", default=os.path.join(root, "..", "shared", "realfiles"))
ap.add_argument("--jobs", type=int, default=2)
args = ap.parse_args()

with open(os.path.join(args.realfiles, "manifest.tsv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))


def run(row):
    path = os.path.join(args.realfiles, row["file"])
    t = time.monotonic()
    p = subprocess.run([args.binary, "extract", path], capture_output=True, text=True)
    secs = time.monotonic() - t
    try:
        rec = json.loads(p.stdout.splitlines()[0])
    except (IndexError, json.JSONDecodeError):
        rec = {"error": "no record (exit %d): %s" % (p.returncode, p.stderr.strip()[:120])}
    return row, rec, secs


stats = collections.OrderedDict()
with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
    for row, rec, secs in pool.map(run, rows):
        s = stats.setdefault(row["format"], {"files": 0, "read": 0, "refused": collections.Counter(), "number": 0,
                                              "issuer": 0, "tasks": 0, "bytes": 0, "secs": 0.0, "enc": collections.Counter()})
        s["files"] += 1
        s["bytes"] += int(row["bytes"])
        s["secs"] += secs
        if rec.get("error"):
            s["refused"][rec["error"].split(":")[0][:60]] += 1
            continue
        s["read"] += 1
        doc = rec.get("document", {})
        s["number"] += bool(doc.get("number"))
        s["issuer"] += bool(doc.get("issuer"))
        s["tasks"] += bool(rec.get("tasks"))
        s["enc"][rec.get("source", {}).get("encoding") or "-"] += 1

print("| format | files | read | refused | header number | issuer | ≥1 task | encodings found | MB/s | files/s |")
print("|---|---|---|---|---|---|---|---|---|---|")
total = collections.Counter()
for fmt, s in stats.items():
    refused = sum(s["refused"].values())
    reasons = "; ".join("%d× %s" % (n, r) for r, n in s["refused"].most_common())
    enc = ", ".join("%s %d" % (e, n) for e, n in s["enc"].most_common())
    print("| %s | %d | %d | %d%s | %d | %d | %d | %s | %.2f | %.2f |" % (
        fmt, s["files"], s["read"], refused, " (" + reasons + ")" if reasons else "", s["number"], s["issuer"],
        s["tasks"], enc, s["bytes"] / 1e6 / max(s["secs"], 1e-9), s["files"] / max(s["secs"], 1e-9)))
    for k in ("files", "read", "number", "issuer", "tasks"):
        total[k] += s[k]
    total["refused"] += refused
print("| **all** | %d | %d | %d | %d | %d | %d | | | |" % (total["files"], total["read"], total["refused"], total["number"],
                                                         total["issuer"], total["tasks"]))

#!/usr/bin/env python3
"""Reads every file of ../shared/realfiles with `vnpolicy extract` and prints, per
format of the manifest: files, read, refused (with the reasons), how many gave a
header number, an issuer, at least one task, pages read (and how many by OCR) and the
speed (pages/s and MB/s, one process per file, so LibreOffice start-up is counted for
DOC/RTF).

    python3 bench/realfiles_report.py [--binary build/vnpolicy] [--realfiles ../shared/realfiles]
        [--jobs 2] [--no-ocr] [--formats pdf-scan,pdf-mixed] [--records out.jsonl]

--records writes each file's record (text dropped) with the manifest row, to look at
what was misread.
"""
import argparse, collections, concurrent.futures, csv, json, os, subprocess, time

ap = argparse.ArgumentParser()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("--binary", default=os.path.join(root, "build", "vnpolicy"))
ap.add_argument("--realfiles", default=os.path.join(root, "..", "shared", "realfiles"))
ap.add_argument("--jobs", type=int, default=2)
ap.add_argument("--no-ocr", action="store_true", help="pass --no-ocr: scans are then refused")
ap.add_argument("--formats", help="comma-separated manifest formats to read (default: all)")
ap.add_argument("--records", help="write one JSON line per file: manifest row + record")
args = ap.parse_args()

with open(os.path.join(args.realfiles, "manifest.tsv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter="\t"))
if args.formats:
    wanted = set(args.formats.split(","))
    rows = [r for r in rows if r["format"] in wanted]


def run(row):
    path = os.path.join(args.realfiles, row["file"])
    cmd = [args.binary, "extract"] + (["--no-ocr"] if args.no_ocr else []) + [path]
    t = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.monotonic() - t
    try:
        rec = json.loads(p.stdout.splitlines()[0])
    except (IndexError, json.JSONDecodeError):
        rec = {"error": "no record (exit %d): %s" % (p.returncode, p.stderr.strip()[:120])}
    return row, rec, secs


def reason(error):
    # "path: what is wrong (page N)" -> "what is wrong", so equal reasons count together.
    text = error.split(": ", 1)[1] if error.startswith(os.path.sep) or ": " in error else error
    return text[:70]


stats = collections.OrderedDict()
records = open(args.records, "w", encoding="utf-8") if args.records else None
with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
    for row, rec, secs in pool.map(run, rows):
        s = stats.setdefault(row["format"], {"files": 0, "read": 0, "refused": collections.Counter(), "number": 0,
                                              "issuer": 0, "tasks": 0, "bytes": 0, "secs": 0.0, "pages": 0,
                                              "ocr_pages": 0, "enc": collections.Counter()})
        s["files"] += 1
        s["bytes"] += int(row["bytes"])
        s["secs"] += secs
        if records:
            rec_out = {k: v for k, v in rec.items() if k != "text"}
            records.write(json.dumps({"file": row["file"], "format": row["format"], "secs": round(secs, 2),
                                      "record": rec_out}, ensure_ascii=False) + "\n")
        if rec.get("error"):
            s["refused"][reason(rec["error"])] += 1
            continue
        s["read"] += 1
        doc = rec.get("document", {})
        src = rec.get("source", {})
        s["number"] += bool(doc.get("number"))
        s["issuer"] += bool(doc.get("issuer"))
        s["tasks"] += bool(rec.get("tasks"))
        s["enc"][src.get("encoding") or "-"] += 1
        pages = src.get("pages") or []
        s["pages"] += len(pages) if pages else 1
        s["ocr_pages"] += sum(1 for p in pages if "ocr_confidence" in p)

print("| format | files | read | refused (why) | header number | issuer | ≥1 task | encodings found | pages (OCR) | pages/s | MB/s |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
total = collections.Counter()
for fmt, s in stats.items():
    refused = sum(s["refused"].values())
    reasons = "; ".join("%d× %s" % (n, r) for r, n in s["refused"].most_common())
    enc = ", ".join("%s %d" % (e, n) for e, n in s["enc"].most_common())
    secs = max(s["secs"], 1e-9)
    print("| %s | %d | %d | %d%s | %d | %d | %d | %s | %d (%d) | %.2f | %.2f |" % (
        fmt, s["files"], s["read"], refused, " (" + reasons + ")" if reasons else "", s["number"], s["issuer"],
        s["tasks"], enc, s["pages"], s["ocr_pages"], s["pages"] / secs, s["bytes"] / 1e6 / secs))
    for k in ("files", "read", "number", "issuer", "tasks", "pages", "ocr_pages"):
        total[k] += s[k]
    total["refused"] += refused
print("| **all** | %d | %d | %d | %d | %d | %d | | %d (%d) | | |" % (
    total["files"], total["read"], total["refused"], total["number"], total["issuer"], total["tasks"],
    total["pages"], total["ocr_pages"]))
print("\npages/s and MB/s: wall time of one `vnpolicy extract` process per file, %d at a time%s." % (
    args.jobs, ", --no-ocr" if args.no_ocr else ""))

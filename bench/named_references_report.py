#!/usr/bin/env python3
"""Laws cited by name on a corpus: how many named mentions the extractor finds, how many
resolve and how, why the others do not, and where a resolved number disagrees with a number
the corpus itself writes beside the same name.

  python3 bench/named_references_report.py                       # ../shared/realcorpus, build/vnpolicy
  python3 bench/named_references_report.py --extract out.jsonl   # saved `vnpolicy extract` output
  python3 bench/named_references_report.py --sample 40           # also print 40 resolved mentions to read

Checks against the corpus itself (no gold exists):
  - same document: a name resolved from the lexicon while the same document writes another
    number beside the same name and the same year or date;
  - whole corpus: (name, adoption date) resolved from the lexicon while mentions elsewhere write
    a number beside that name and date, and no mention writes the resolved one.
Each disagreement is printed for a reader to judge (two laws of one name can both be cited).

Standard library only. Reads ../shared; copies nothing from it.
"""
import argparse
import collections
import os
import random
import sys

import extract_records  # bench/extract_records.py, beside this script

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "realcorpus")


def records(args):
    return extract_records.records(args.extract, args.corpus)


def note_class(note):
    if not note:
        return "-"
    for prefix in ("not in the law lexicon", "ambiguous on", "ambiguous", "no law of this name in force",
                   "no law of this name adopted", "no law of this name of", "name without date"):
        if note.startswith(prefix):
            return prefix
    return note


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--extract", help="saved vnpolicy extract output (JSON Lines)")
    ap.add_argument("--sample", type=int, default=0, help="print this many resolved mentions, chosen at random")
    ap.add_argument("--unknown", type=int, default=25, help="print the most cited names the lexicon lacks")
    args = ap.parse_args()

    docs = docs_with = 0
    by_how = collections.Counter()
    unresolved = collections.Counter()
    unknown_names = collections.Counter()
    basis_numbered = basis_named = basis_named_resolved = 0
    written = collections.defaultdict(set)  # (name_key, date or year) -> numbers written beside it
    resolved = []                            # (record path, mention) resolved from the lexicon
    same_doc = []
    for rec in records(args):
        if "error" in rec:
            continue
        docs += 1
        named = rec.get("named_references", [])
        docs_with += bool(named)
        basis_numbered += sum(1 for r in rec.get("references", []) if r["relation"] == "basis")
        local = collections.defaultdict(set)
        for n in named:
            by_how[n["resolved_by"] or "unresolved"] += 1
            if n["relation"] == "basis":
                basis_named += 1
                basis_named_resolved += bool(n["number"]) and n["resolved_by"] != "written"
            if not n["number"]:
                unresolved[note_class(n["note"])] += 1
                if n["note"] == "not in the law lexicon":
                    unknown_names[n["name"]] += 1
            if n["resolved_by"] == "written":
                for when in (n["date"], n["year"]):
                    if when:
                        written[(n["name_key"], str(when))].add(n["number"])
                        local[(n["name_key"], str(when))].add(n["number"])
            elif n["number"]:
                resolved.append((rec["source"]["path"], n))
        for n in named:
            if n["number"] and n["resolved_by"] not in (None, "written"):
                for when in (n["date"], n["year"]):
                    other = local.get((n["name_key"], str(when))) if when else None
                    if other and n["number"] not in other:
                        same_doc.append((rec["source"]["path"], n, sorted(other)))

    total = sum(by_how.values())
    print(f"documents {docs}, with a named law {docs_with}; named mentions {total}")
    for how, c in by_how.most_common():
        print(f"  {how:12} {c:6}  {c / max(total, 1):.1%}")
    print("unresolved, why:")
    for why, c in unresolved.most_common():
        print(f"  {why:40} {c:6}")
    print(f"Căn cứ items: numbered {basis_numbered}, named without number {basis_named - 0}, "
          f"of which resolved by name {basis_named_resolved}")
    cross = []
    for path, n in resolved:
        for when in (n["date"], n["year"]):
            w = written.get((n["name_key"], str(when))) if when else None
            if w and n["number"] not in w:
                cross.append((path, n, sorted(w)))
                break
    print(f"disagreements: same document {len(same_doc)}, corpus-wide {len(cross)}")
    for path, n, other in (same_doc + cross)[:60]:
        print(f"  {os.path.basename(path)}:{n['line']}: {n['text'][:90]!r} -> {n['number']} ({n['resolved_by']}); "
              f"written beside it: {', '.join(other)}")
    if args.unknown:
        print("names the lexicon lacks, most cited first:")
        for name, c in unknown_names.most_common(args.unknown):
            print(f"  {c:4}  {name}")
    if args.sample:
        print("sample of resolved mentions:")
        for path, n in random.Random(19).sample(resolved, min(args.sample, len(resolved))):
            print(f"  {os.path.basename(path)}:{n['line']}: {n['text'][:100]!r} -> {n['number']} ({n['resolved_by']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Recall proxy for the portals' hand-kept basis lists ("Căn cứ ban hành" on vbpl.vn, the
lược đồ on thuvienphapluat): for every decree, circular and decision of a corpus, split its
Căn cứ block into basis items and count the items the extractor links to a document — a
numbered reference, or a named reference resolved to a number.

  python3 bench/basis_recall.py                        # ../shared/realcorpus, build/vnpolicy
  python3 bench/basis_recall.py --extract out.jsonl    # saved `vnpolicy extract` output
  python3 bench/basis_recall.py --missed 80            # list 80 items that produced nothing

Basis items: the Căn cứ block is the run of paragraphs that open with "Căn cứ" before the
enacting words ("Theo đề nghị", "... ban hành Thông tư", "QUYẾT ĐỊNH:", "Điều 1"); wrapped
lines are joined, across blank lines too. Each
"Căn cứ" paragraph is cut at ";" into items, and an item counts only when it names a
document (a kind word written with a capital, or a number like 12/2020/NĐ-CP): "Căn cứ chức
năng, nhiệm vụ ..." is no basis the portals list. An item is
  numbered  when a reference of the record has its line in the item and its number in its text;
  named     when the longest named reference whose text (name, date) is in the item has a
            number (written or resolved);
  unresolved when that mention has no number;
  missed    otherwise.
The portals list one item per law, so "Luật A và Luật B" in one item counts once: a proxy.

Standard library only. Reads ../shared; copies nothing from it.
"""
import argparse
import collections
import os
import re
import sys

import extract_records  # bench/extract_records.py, beside this script

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "realcorpus")
TYPES = {"Nghị định", "Thông tư", "Quyết định", "Thông tư liên tịch"}

OPEN = re.compile(r"^\s*[-–•]?\s*(?:Căn\s+cứ|CĂN\s+CỨ)\b")
ENACT = re.compile(r"^\s*(?:Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Xét\s+|Theo\s+|Điều\s+1\b|Chương\s+[IVX1]|"
                   r"QUYẾT\s+ĐỊNH|NGHỊ\s+ĐỊNH|THÔNG\s+TƯ|Phần\s+)")
STAMP = re.compile(r"^\s*(?:Người\s+ký|Ký\s+bởi|Email|Cơ\s+quan|Thời\s+gian\s+ký|Ngày\s+ký)\s*:|^\s*\d*\s*CÔNG\s+BÁO\b")
BODY = re.compile(r"^\s*(?:Điều\s+1\b|Chương\s+(?:I|1)\b)")
# The enacting formula after the Căn cứ block: "Bộ trưởng Bộ X ban hành Thông tư ...".
# A new document's header (the national motto), or a heading.
HEADER = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA")
ENACTING = re.compile(r"\bban\s+hành\s+(?:Thông\s+tư|Quyết\s+định|Nghị\s+định|Nghị\s+quyết)\b")
KIND = re.compile(r"(?:Hiến\s+pháp|Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|"
                  r"Chỉ\s+thị|Kết\s+luận|Văn\s+bản|Quy\s+định|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Công\s+văn)\b")
NUMBER = re.compile(r"\d{1,4}\s?/\s?(?:\d{4}\s?/\s?)?[A-ZĐ][A-ZĐ0-9\-]*")


def records(args):
    return extract_records.records(args.extract, args.corpus)


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def basis_items(lines):
    """(first line, last line, text) of each basis item; lines are 1-based."""
    paras = []
    para = None  # [first, last, text]
    blank = False
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if OPEN.match(line):
            if para:
                paras.append(para)
            para, blank = [no, no, line], False
            continue
        if para is None:
            if BODY.match(line):  # no Căn cứ block before the body
                break
            continue
        if not line:  # a blank line inside a wrapped paragraph does not end it
            blank = True
            continue
        if STAMP.match(line):  # a digital signature's or the gazette's page stamp, mid-block
            continue
        if not re.search(r"[a-zà-ỹđ]", line) and len(re.findall(r"[^\W\d_]{2,}", line)) >= 2:  # a heading
            break
        ended = para[2].rstrip().endswith((".", ":", ";"))
        if ENACT.match(line) or ENACTING.search(line) or HEADER.search(line) or (blank and ended) or para[2].rstrip().endswith((".", ":")):
            break
        blank = False
        para[1], para[2] = no, para[2] + " " + line
    if para:
        paras.append(para)
    out = []
    for first, last, text in paras:
        for piece in re.split(r";", text):
            piece = piece.strip(" ,.")
            if piece and (KIND.search(piece) or NUMBER.search(piece)):
                out.append((first, last, piece))
    return out


def classify(item, rec):
    first, last, text = item
    t = squash(text)
    for r in rec.get("references", []):
        if first <= r["line"] <= last and squash(r["number"]) in t:
            return "numbered", r["number"]
    # The mention's whole text (name and date) must be in the item: a paragraph cut at ";"
    # holds several items, and "Luật A ngày X" is in "Luật sửa đổi ... của Luật A ngày Y" by name only.
    named = [n for n in rec.get("named_references", []) if first <= n["line"] <= last and squash(n["text"]) in t]
    if not named:
        return "missed", ""
    n = max(named, key=lambda n: len(n["text"]))
    return ("named", n["number"]) if n["number"] else ("unresolved", n["note"] or "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--extract", help="saved vnpolicy extract output (JSON Lines)")
    ap.add_argument("--missed", type=int, default=40, help="print this many items not linked (unresolved first)")
    args = ap.parse_args()

    counts = collections.Counter()
    docs = docs_with = 0
    missed = []
    for rec in records(args):
        if "error" in rec or rec["document"].get("doc_type") not in TYPES:
            continue
        path = rec["source"]["path"]
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        docs += 1
        items = basis_items(lines)
        docs_with += bool(items)
        for item in items:
            how, what = classify(item, rec)
            counts[how] += 1
            if how in ("missed", "unresolved"):
                missed.append((how, what, os.path.basename(path), item))
    total = sum(counts.values())
    linked = counts["numbered"] + counts["named"]
    print(f"decrees, circulars, decisions: {docs}, with a Căn cứ block: {docs_with}; basis items: {total}")
    print(f"linked to a number: {linked} = {linked / max(total, 1):.3f}  "
          f"(numbered {counts['numbered']}, named {counts['named']}); "
          f"named unresolved {counts['unresolved']}, missed {counts['missed']}")
    missed.sort(key=lambda m: (m[0] != "unresolved", m[2]))
    for how, what, name, (first, _, text) in missed[:args.missed]:
        print(f"  {how:10} {name}:{first}: {text[:110]!r}" + (f" [{what}]" if what else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

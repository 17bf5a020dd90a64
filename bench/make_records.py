#!/usr/bin/env python3
"""Synthetic vnpolicy.extract/1 records for a large catalog (query latency benchmark).

    make_records.py N [--seed S] > records.jsonl

Record i is a provincial document numbered "{i}/{SYMBOL}" of a year in 2015..2025,
citing 2-6 earlier documents of the set, with a title built from plan vocabulary.
The records have no file behind them, so `vnpolicy ingest --jsonl` indexes their
titles (see ingest_jsonl). Deterministic for a given seed.
"""
import argparse, hashlib, json, random, sys

TYPES = [("Kế hoạch", "KH-UBND"), ("Quyết định", "QĐ-UBND"), ("Nghị quyết", "NQ-HĐND"),
         ("Báo cáo", "BC-UBND"), ("Chỉ thị", "CT-UBND"), ("Chương trình", "CTr-UBND")]
PROVINCES = ["Lai Châu", "Điện Biên", "Sơn La", "Hà Giang", "Lào Cai", "Yên Bái", "Cao Bằng", "Bắc Kạn",
             "Thái Nguyên", "Quảng Ninh", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Đắk Lắk", "Gia Lai", "Kon Tum"]
TOPICS = ["phát triển kinh tế - xã hội", "bảo vệ và phát triển rừng", "nâng cao tỷ lệ che phủ rừng",
          "xây dựng nông thôn mới", "giảm nghèo bền vững", "chuyển đổi số", "đầu tư công trung hạn",
          "phát triển du lịch", "cải cách hành chính", "phòng, chống thiên tai", "phát triển giáo dục và đào tạo",
          "chăm sóc sức khỏe nhân dân", "phát triển hạ tầng giao thông", "thu hút đầu tư", "phát triển cây chè",
          "bảo đảm quốc phòng, an ninh", "phát triển nguồn nhân lực", "ứng dụng khoa học và công nghệ"]
RELATIONS = ["implements", "basis", "mentions", "mentions", "amends", "replaces"]


def record(i, rng):
    doc_type, symbol = TYPES[i % len(TYPES)]
    year = 2015 + (i * 7919) % 11
    province = PROVINCES[(i * 31) % len(PROVINCES)]
    number = f"{i + 1}/{symbol}"
    issuer = f"Ủy ban nhân dân tỉnh {province}"
    title = f"{rng.choice(TOPICS)} tỉnh {province} giai đoạn {year}-{year + 5}, tầm nhìn đến năm {year + 15}"
    refs = []
    for _ in range(rng.randint(2, 6) if i else 0):
        j = rng.randrange(i)
        jt, js = TYPES[j % len(TYPES)]
        jy = 2015 + (j * 7919) % 11
        text = f"{jt} số {j + 1}/{js} ngày 15/6/{jy}"
        refs.append({"number": f"{j + 1}/{js}", "year": jy, "doc_type": jt, "date": f"{jy}-06-15",
                     "issuer": None, "relation": rng.choice(RELATIONS), "line": rng.randint(5, 400), "text": text})
    path = f"synthetic/{province.replace(' ', '-')}/doc-{i:06d}.txt"
    return {"format": "vnpolicy.extract/1",
            "source": {"path": path, "sha256": hashlib.sha256(path.encode()).hexdigest(), "bytes": 0},
            "document": {"doc_type": doc_type, "number": number, "issuer": issuer,
                         "issued_date": f"{year}-06-15", "place": province, "title": title[0].upper() + title[1:]},
            "references": refs, "targets": [], "deadlines": [], "tasks": []}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    for i in range(a.n):
        out.write(json.dumps(record(i, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

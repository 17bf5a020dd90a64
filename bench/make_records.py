#!/usr/bin/env python3
"""Synthetic vnpolicy.extract/1 records for a large catalog (query latency benchmark).

    make_records.py N [--seed S] > records.jsonl

Record i is a provincial document numbered "{i}/{SYMBOL}" of a year in 2015..2025,
citing 2-6 earlier documents of the set, with a title built from plan vocabulary,
0-8 targets on plan indicators and 0-4 tasks led and supported by provincial agencies
(so `targets --indicator`, `series` and `tasks --agency` have rows to find).
The records have no file behind them, so `vnpolicy ingest --jsonl` indexes their
titles (see ingest_jsonl). Deterministic for a given seed.
"""
import argparse, hashlib, json, random, sys, unicodedata

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
INDICATORS = [("tỷ lệ che phủ rừng", "%", 40, 65), ("tốc độ tăng trưởng kinh tế (GRDP)", "%", 5, 9),
              ("tỷ lệ hộ nghèo", "%", 2, 30), ("tỷ lệ lao động qua đào tạo", "%", 45, 75),
              ("số xã đạt chuẩn nông thôn mới", "xã", 5, 80), ("thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 900, 4000),
              ("tỷ lệ trường học đạt chuẩn quốc gia", "%", 40, 90), ("số giường bệnh trên một vạn dân", "giường", 25, 40),
              ("tỷ lệ dân số tham gia bảo hiểm y tế", "%", 90, 99), ("diện tích trồng rừng mới", "ha", 500, 5000),
              ("tỷ lệ dân số nông thôn được sử dụng nước sạch", "%", 60, 98), ("tổng lượt khách du lịch", "lượt", 100000, 900000),
              ("tỷ lệ thủ tục hành chính trực tuyến toàn trình", "%", 20, 80), ("diện tích chè", "ha", 3000, 9000)]
AGENCIES = ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế",
            "Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Sở Xây dựng",
            "Sở Công Thương", "Ủy ban nhân dân các huyện, thành phố"]


def fold(s):
    """Accents, đ and case dropped, as the catalog's keys are."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().replace("(", " ").replace(")", " ").split())


def items(rng, year):
    targets, tasks = [], []
    for _ in range(rng.randint(0, 8)):
        name, unit, lo, hi = rng.choice(INDICATORS)
        value = round(rng.uniform(lo, hi), 1 if unit == "%" else 0)
        ty = year + rng.randint(0, 5)
        text = f"{name} đạt {value:g} {unit} năm {ty}"
        targets.append({"indicator": name, "indicator_key": fold(name), "indicator_code": None, "activity": False,
                        "kind": rng.choice(["target", "target", "actual"]), "comparator": "eq", "value": value,
                        "value_max": None, "unit": unit, "value_base": value, "unit_base": unit, "year": ty,
                        "line": rng.randint(20, 600), "text": text, "rule": "synthetic"})
    for _ in range(rng.randint(0, 4)):
        lead = rng.choice(AGENCIES)
        support = rng.sample([a for a in AGENCIES if a != lead], rng.randint(0, 3))
        end = f"{year + rng.randint(0, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        tasks.append({"description": f"triển khai {rng.choice(TOPICS)}", "lead": [lead], "lead_canonical": [lead],
                      "support": support, "support_canonical": support, "line": rng.randint(20, 600),
                      "deadline": {"kind": "date", "start": None, "end": end, "text": f"trước ngày {end}",
                                   "line": rng.randint(20, 600)} if rng.random() < 0.6 else None})
    return targets, tasks


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
    targets, tasks = items(rng, year)
    path = f"synthetic/{province.replace(' ', '-')}/doc-{i:06d}.txt"
    return {"format": "vnpolicy.extract/1",
            "source": {"path": path, "sha256": hashlib.sha256(path.encode()).hexdigest(), "bytes": 0},
            "document": {"doc_type": doc_type, "number": number, "issuer": issuer,
                         "issued_date": f"{year}-06-15", "place": province, "title": title[0].upper() + title[1:]},
            "references": refs, "targets": targets, "deadlines": [], "tasks": tasks}


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

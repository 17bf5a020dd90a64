#!/usr/bin/env python3
"""p50/p99 wall time of query commands, as a user runs them (process start included).

    latency.py VNPOLICY DB [--runs N] [--against OTHER_VNPOLICY [--against-db OTHER_DB]] [--only NAME,...]

Runs `search` over a rotation of queries (with and without accents, with filters),
`refs --cites` for documents of the catalog, `targets --indicator`, `series`, `tasks
--agency`, `docs` (with filters) and `show` of catalogued documents, N times each, and
prints one line per command (p50/p99 wall and CPU, the largest peak RSS), then the search
queries slowest first (median CPU of each). A command this build does not have is
reported as not available. With --against, the other build runs the same commands,
interleaved with this one's (run i of one, then run i of the other), so that both see the
same machine: a line for each build per command. --against-db: the other build's copy of
the catalog (an older build refuses a catalog a newer one has upgraded).
"""
import argparse, os, random, sqlite3, statistics, subprocess, time

SEARCHES = [["che phu rung"], ["Lai Châu", "--limit", "10"], ["dau tu cong"], ["nông thôn mới"],
            ["chuyen doi so", "--year", "2020"], ["giảm nghèo", "--type", "ke hoach"],
            ["du lich", "--issuer", "Lai Chau"], ["phát triển rừng"], ["hạ tầng giao thông"], ["thu hut dau tu"]]
# What an analyst types: indicator words with or without accents, agencies as written.
INDICATORS = ["che phu rung", "tỷ lệ hộ nghèo", "lao dong qua dao tao", "nông thôn mới", "thu ngan sach",
              "bao hiem y te", "tăng trưởng kinh tế", "khach du lich"]
AGENCIES = ["Sở Y tế", "so tai chinh", "Sở KH&ĐT", "Sở Nông nghiệp và PTNT", "UBND các huyện, thành phố",
            "so giao duc va dao tao"]
DOCS = [[], ["--year", "2021"], ["--type", "ke hoach"], ["--issuer", "Lai Chau"], ["--type", "Báo cáo", "--year", "2023"]]


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run_once(cmd):
    """Wall and CPU (user+sys) milliseconds and peak RSS (MB) of one command, and its
    last stderr line when it exits with 2 (not available)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - t) * 1000
    if os.waitstatus_to_exitcode(status) == 2:
        return None, err.decode(errors="replace").strip().splitlines()[-1:]
    return (wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024), None


def measure(cmd_lists):
    """Wall and CPU milliseconds and RSS of each command of each list, run i of every list
    before run i+1 of any (interleaved); CPU is what a loaded machine does not inflate."""
    results = [([], [], []) for _ in cmd_lists]
    errors = [None for _ in cmd_lists]
    for i in range(max(len(c) for c in cmd_lists)):
        for k, cmds in enumerate(cmd_lists):
            if errors[k] is not None or i >= len(cmds):
                continue
            r, err = run_once(cmds[i])
            if r is None:
                errors[k] = err
                continue
            for series, v in zip(results[k], r):
                series.append(v)
    return [(None, errors[k]) if errors[k] is not None else (results[k], None) for k in range(len(cmd_lists))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vnpolicy")
    ap.add_argument("db")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--against", help="another vnpolicy build, run interleaved with this one")
    ap.add_argument("--against-db", help="the other build's copy of DB (default DB)")
    ap.add_argument("--only", help="commands to run, comma-separated (e.g. series,tasks --agency)")
    a = ap.parse_args()
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    cited = [r[0] for r in con.execute(
        "SELECT d.number FROM documents d WHERE d.number IS NOT NULL AND d.id IN"
        " (SELECT cited_doc_id FROM refs WHERE cited_doc_id IS NOT NULL) LIMIT 5000")]
    if not cited:
        cited = [r[0] for r in con.execute("SELECT number FROM documents WHERE number IS NOT NULL LIMIT 5000")]
    # Documents to show: by number and year (what a user types), and by id.
    shown = [f"{n} {y}" if y else n for n, y in con.execute(
        "SELECT number, year FROM documents WHERE number IS NOT NULL GROUP BY number_key, year HAVING COUNT(*) = 1"
        " ORDER BY random() LIMIT 5000")]
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY random() LIMIT 5000")]
    rng = random.Random(7)
    builds = [(a.vnpolicy, a.db)] + ([(a.against, a.against_db or a.db)] if a.against else [])
    q = lambda *args: list(args)
    n = a.runs
    runs = {
        "search": [q("search", *SEARCHES[i % len(SEARCHES)]) for i in range(n)],
        "refs --cites": [q("refs", "--cites", rng.choice(cited)) for _ in range(n)] if cited else [],
        "targets --indicator": [q("targets", "--indicator", INDICATORS[i % len(INDICATORS)]) for i in range(n)],
        "series": [q("series", "--indicator", INDICATORS[i % len(INDICATORS)]) for i in range(n)],
        "tasks --agency": [q("tasks", "--agency", AGENCIES[i % len(AGENCIES)]) for i in range(n)],
        "docs": [q("docs", *DOCS[i % len(DOCS)]) for i in range(n)],
        "show": [q("show", rng.choice(shown) if i % 2 and shown else f"doc:{rng.choice(ids)}") for i in range(n)],
    }
    if a.only:
        runs = {k: v for k, v in runs.items() if k in a.only.split(",")}
    per_query = None
    for name, cmds in runs.items():
        measured = (measure([[[b] + c + ["--db", db] for c in cmds] for b, db in builds]) if cmds
                    else [(None, ["no numbered document"])] * len(builds))
        for (build, _), (times, err) in zip(builds, measured):
            label = f"{name} [{build}]" if a.against else name
            if times is None:
                print(f"{label}: not available ({' '.join(err)})")
                continue
            wall, cpu, rss = times
            print(f"{label}: p50 {statistics.median(wall):.1f} ms, p99 {percentile(wall, 99):.1f} ms wall; "
                  f"p50 {statistics.median(cpu):.1f} ms, p99 {percentile(cpu, 99):.1f} ms CPU; "
                  f"peak RSS {max(rss):.0f} MB; {len(wall)} runs on {docs} documents, process start included",
                  flush=True)
            if name == "search" and build == builds[0][0]:
                per_query = {}
                for i, c in enumerate(cpu):
                    per_query.setdefault(" ".join(SEARCHES[i % len(SEARCHES)]), []).append((wall[i], c))
    if per_query:
        rows = sorted(per_query.items(), key=lambda kv: -statistics.median(c for _, c in kv[1]))
        print("search queries, slowest first (median wall / CPU ms): " +
              "; ".join(f"{q} {statistics.median(w for w, _ in t):.1f}/{statistics.median(c for _, c in t):.1f}"
                        for q, t in rows))


if __name__ == "__main__":
    main()

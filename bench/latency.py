#!/usr/bin/env python3
"""p50/p99 wall time of query commands, as a user runs them (process start included).

    latency.py VNPOLICY DB [--runs N]

Runs `search` over a rotation of queries (with and without accents, with filters) and
`refs --cites` for documents of the catalog, N times each, and prints one line per
command, then the search queries slowest first (median CPU of each). A command this
build does not have is reported as not available.
"""
import argparse, os, random, sqlite3, statistics, subprocess, time

SEARCHES = [["che phu rung"], ["Lai Châu", "--limit", "10"], ["dau tu cong"], ["nông thôn mới"],
            ["chuyen doi so", "--year", "2020"], ["giảm nghèo", "--type", "ke hoach"],
            ["du lich", "--issuer", "Lai Chau"], ["phát triển rừng"], ["hạ tầng giao thông"], ["thu hut dau tu"]]


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(cmds):
    """Wall and CPU (user+sys) milliseconds of each command; CPU is what a loaded
    machine does not inflate."""
    wall, cpu = [], []
    for cmd in cmds:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
        if p.returncode == 2:
            return None, err.decode(errors="replace").strip().splitlines()[-1:]
    return (wall, cpu), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vnpolicy")
    ap.add_argument("db")
    ap.add_argument("--runs", type=int, default=200)
    a = ap.parse_args()
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    cited = [r[0] for r in con.execute(
        "SELECT d.number FROM documents d WHERE d.number IS NOT NULL AND d.id IN"
        " (SELECT cited_doc_id FROM refs WHERE cited_doc_id IS NOT NULL) LIMIT 5000")]
    if not cited:
        cited = [r[0] for r in con.execute("SELECT number FROM documents WHERE number IS NOT NULL LIMIT 5000")]
    rng = random.Random(7)
    base = [a.vnpolicy]
    runs = {
        "search": [base + ["search", "--db", a.db] + SEARCHES[i % len(SEARCHES)] for i in range(a.runs)],
        "refs --cites": [base + ["refs", "--db", a.db, "--cites", rng.choice(cited)] for _ in range(a.runs)] if cited else [],
    }
    per_query = None
    for name, cmds in runs.items():
        times, err = measure(cmds) if cmds else (None, ["no numbered document"])
        if times is None:
            print(f"{name}: not available ({' '.join(err)})")
        else:
            wall, cpu = times
            print(f"{name}: p50 {statistics.median(wall):.1f} ms, p99 {percentile(wall, 99):.1f} ms wall; "
                  f"p50 {statistics.median(cpu):.1f} ms, p99 {percentile(cpu, 99):.1f} ms CPU; "
                  f"{len(wall)} runs on {docs} documents, process start included")
            if name == "search":
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

#!/usr/bin/env python3
"""Summary of rounds.sh: per round, Java (JMH median) / C (median of 3 runs, wall) for each size;
then the median ratio over rounds. Stdlib only. Usage: rounds.py OUT_DIR > rounds.md

C results are keyed by variant and thread count: "best" is chem_best.c's best with 2 threads,
"best/1t" with one (rounds.sh runs both)."""
import glob
import json
import re
import statistics
import sys

out = sys.argv[1]
terms = lambda u: u * (u - 1) // 2 * 2 ** (u - 2)
# (Java benchmark, C variant, what the ratio compares)
pairs = [("vectorParallel", "best", "same algorithm (two pairs per sweep, float test), 2 threads"),
         ("denseParallel", "pairs", "same algorithm (one pair per sweep, every term divided), 2 threads"),
         ("vectorParallel", "blkL2cmp", "Java's best against the simple C yardstick"),
         ("denseParallel", "blkL2cmp", "Java's scalar kernel against the simple C yardstick"),
         ("denseParallel", "best", "Java's scalar kernel against the best C"),
         ("vectorSequential", "best/1t", "same algorithm, 1 thread"),
         ("denseSequential", "blkL2", "1 thread, exact division (as before)"),
         ("vectorSequential", "blkL2", "1 thread (as before)")]
rounds = sorted(int(re.search(r"round(\d+)-c", f)[1]) for f in glob.glob(f"{out}/round*-c.txt"))
java, c, checks, dshare = {}, {}, {}, {}
for r in rounds:
    for line in open(f"{out}/round{r}-c.txt"):
        m = re.match(r"RESULT (\S+) n=(\d+) threads=(\d+) cpu_s=\S+ wall_s=(\S+) .*check=(\S+)", line)
        if not m:
            continue
        name = m[1] if m[3] != "1" or m[1] in ("blkL2",) else m[1] + "/1t"
        c[(r, name, int(m[2]))] = float(m[4])
        if m[1] != "driver":
            checks.setdefault(m[5], set()).add(name)
        d = re.search(r"double_share=(\S+)", line)
        if d and name == "best":
            dshare.setdefault(int(m[2]), []).append(float(d[1]))
    try:
        data = json.load(open(f"{out}/round{r}-jmh.json"))
    except (OSError, ValueError):
        continue
    for b in data:
        f = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6}[b["primaryMetric"]["scoreUnit"]]
        raw = [x * f for it in b["primaryMetric"]["rawData"] for x in it]
        java[(r, b["benchmark"].rsplit(".", 1)[1], int(b["params"]["u"]))] = statistics.median(raw)
sizes = sorted({u for (_, _, u) in java} | {u for (_, _, u) in c})
print(f"Rounds: {len(rounds)}; C results checked against the naive loop: "
      + ", ".join(f"{k}: {' '.join(sorted(v))}" for k, v in sorted(checks.items())) + "\n")
print("| Java / C | " + " | ".join(f"u={u}" for u in sizes) + " | compares |")
print("|---|" + "---|" * len(sizes) + "---|")
for j, k, what in pairs:
    cells = []
    for u in sizes:
        rs = [java[(r, j, u)] / c[(r, k, u)] for r in rounds if (r, j, u) in java and (r, k, u) in c]
        cells.append(f"**{statistics.median(rs):.2f}** ({', '.join(f'{x:.2f}' for x in rs)})" if rs else "")
    if any(cells):
        print(f"| {j} / {k} | " + " | ".join(cells) + f" | {what} |")
print("\nSeconds per call, median over rounds (per round in brackets); G terms/s of the median:\n")
print("| variant | " + " | ".join(f"u={u}" for u in sizes) + " |")
print("|---|" + "---|" * len(sizes))
names = ["vectorParallel", "denseParallel", "vectorSequential", "denseSequential",
         "best", "best/1t", "pairs", "blkL2cmp", "blkL2", "driver"]
for name in names:
    cells = []
    for u in sizes:
        src = java if name in ("vectorParallel", "denseParallel", "vectorSequential", "denseSequential") else c
        xs = [src[(r, name, u)] for r in rounds if (r, name, u) in src]
        if xs:
            med = statistics.median(xs)
            rate = "" if name == "driver" else f" = {terms(u) / med / 1e9:.2f}"
            cells.append(f"{med:.4g} ({', '.join(f'{x:.4g}' for x in xs)}){rate}")
        else:
            cells.append("")
    if any(cells):
        print(f"| {name} | " + " | ".join(cells) + " |")
share = []
for u in sizes:
    xs = [c[(r, "driver", u)] / c[(r, "best", u)] for r in rounds if (r, "driver", u) in c and (r, "best", u) in c]
    share.append(f"{statistics.median(xs):.2f}" if xs else "")
if any(share):
    print("\nDriver share of C best (driver-only time / best time, median over rounds): "
          + ", ".join(f"u={u}: {s}" for u, s in zip(sizes, share) if s))
if dshare:
    print("Share of the float test's positions evaluated in double (C best): "
          + ", ".join(f"u={u}: {statistics.median(v):.1e}" for u, v in sorted(dshare.items())))

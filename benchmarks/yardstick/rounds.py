#!/usr/bin/env python3
"""Summary of rounds.sh: per round, Java (JMH median) / C (median of 3 runs, wall) for each size;
then the median ratio over rounds. Stdlib only. Usage: rounds.py OUT_DIR > rounds.md"""
import glob
import json
import re
import statistics
import sys

out = sys.argv[1]
terms = lambda u: u * (u - 1) // 2 * 2 ** (u - 2)
pairs = [("denseParallel", "blkL2cmp"), ("vectorParallel", "blkL2cmp"),
         ("denseSequential", "blkL2"), ("vectorSequential", "blkL2")]
rounds = sorted(int(re.search(r"round(\d+)-c", f)[1]) for f in glob.glob(f"{out}/round*-c.txt"))
java, c, checks = {}, {}, set()
for r in rounds:
    for line in open(f"{out}/round{r}-c.txt"):
        m = re.match(r"RESULT (\S+) n=(\d+) threads=\d+ cpu_s=\S+ wall_s=(\S+) .*check=(\S+)", line)
        if m:
            c[(r, m[1], int(m[2]))] = float(m[3])
            checks.add(m[4])
    try:
        data = json.load(open(f"{out}/round{r}-jmh.json"))
    except (OSError, ValueError):
        continue
    for b in data:
        f = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6}[b["primaryMetric"]["scoreUnit"]]
        raw = [x * f for it in b["primaryMetric"]["rawData"] for x in it]
        java[(r, b["benchmark"].rsplit(".", 1)[1], int(b["params"]["u"]))] = statistics.median(raw)
sizes = sorted({u for (_, _, u) in java})
print(f"Rounds: {len(rounds)}; every C result checked against the naive loop: {sorted(checks)}\n")
print("| Java / C | " + " | ".join(f"u={u}" for u in sizes) + " |")
print("|---|" + "---|" * len(sizes))
for j, k in pairs:
    cells = []
    for u in sizes:
        rs = [java[(r, j, u)] / c[(r, k, u)] for r in rounds if (r, j, u) in java and (r, k, u) in c]
        cells.append(f"**{statistics.median(rs):.2f}** ({', '.join(f'{x:.2f}' for x in rs)})" if rs else "")
    print(f"| {j} / {k} | " + " | ".join(cells) + " |")
print("\nSeconds per call, median over rounds (per round in brackets); G terms/s of the median:\n")
print("| variant | " + " | ".join(f"u={u}" for u in sizes) + " |")
print("|---|" + "---|" * len(sizes))
names = [j for j, _ in pairs] + ["blkL2cmp", "blkL2"]
for name in names:
    cells = []
    for u in sizes:
        src = java if name[0] in "dv" else c
        xs = [src[(r, name, u)] for r in rounds if (r, name, u) in src]
        if xs:
            med = statistics.median(xs)
            cells.append(f"{med:.4g} ({', '.join(f'{x:.4g}' for x in xs)}) = {terms(u) / med / 1e9:.2f}")
        else:
            cells.append("")
    print(f"| {name} | " + " | ".join(cells) + " |")

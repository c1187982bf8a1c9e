#!/usr/bin/env python3
"""Tables for perf-reports/cheme-dense.md from one session.sh run (stdlib only).

Usage: report.py OUT_DIR   (reads cheme-dense.json, cheme-dense-yardstick.txt)
"""
import json
import math
import re
import statistics
import sys

out = sys.argv[1]
terms = lambda u: u * (u - 1) // 2 * 2 ** (u - 2)


def passes(u, lane=6, high=5):
    l = min(lane, u - 2)
    g = max(2, math.ceil((u - l) / high))
    return g * (g - 1) // 2


jmh = {}
for b in json.load(open(f"{out}/cheme-dense.json")):
    name = b["benchmark"].rsplit(".", 1)[1]
    u = int(b["params"]["u"])
    f = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6}[b["primaryMetric"]["scoreUnit"]]
    raw = [x * f for it in b["primaryMetric"]["rawData"] for x in it]
    jmh[(name, u)] = (statistics.median(raw), min(raw))

ys, bw = {}, {}
for line in open(f"{out}/cheme-dense-yardstick.txt"):
    m = re.match(r"RESULT (\S+) n=(\d+) threads=(\d+) cpu_s=(\S+) wall_s=(\S+)", line)
    if m:
        name, isa = m[1], re.search(r" isa=(\S+)", line)
        if isa and (name, int(m[2])) in ys:  # run.sh: chem_best's native ISA first, then AVX2
            name += "-" + isa[1]
        ys[(name, int(m[2]))] = (float(m[4]), float(m[5]), int(m[3]))
    m = re.match(r"threads=(\d+) .*sum\(read-only\): median ([\d.]+) GB/s", line)
    if m:
        bw[int(m[1])] = float(m[2])

sizes = sorted({u for (_, u) in jmh})
names = ["denseSequential", "denseParallel", "vectorSequential", "vectorParallel",
         "floatParallel", "vectorFloatParallel"]
names = [n for n in names if any((n, u) in jmh for u in sizes)]
hdr = "| variant | " + " | ".join(f"u={u}" for u in sizes) + " |\n|---|" + "---|" * len(sizes)
print("Java (JMH, wall): median s per call (min), then G terms/s of the median\n")
print(hdr)
for n in names:
    print(f"| {n} | " + " | ".join(
        f"{jmh[(n, u)][0]:.4g} ({jmh[(n, u)][1]:.4g})" if (n, u) in jmh else "-" for u in sizes) + " |")
for n in names:
    print(f"| {n} G/s | " + " | ".join(
        f"{terms(u) / jmh[(n, u)][0] / 1e9:.2f}" if (n, u) in jmh else "-" for u in sizes) + " |")
print("\nC yardstick (same session): wall s (cpu s / threads), G terms/s from wall\n")
print(hdr)
for v in ["blkL2", "blkL2cmp", "blkL2fcmp", "best", "best-avx2", "pairs", "driver", "naive"]:
    if any((v, u) in ys for u in sizes):
        print(f"| {v} ({ys.get((v, sizes[-1]), (0, 0, '?'))[2]} thr) | " + " | ".join(
            f"{ys[(v, u)][1]:.4g} ({ys[(v, u)][0]:.4g}) = {terms(u) / ys[(v, u)][1] / 1e9:.2f}"
            if (v, u) in ys else "-" for u in sizes) + " |")
print("\nRatio Java time / C time (wall, same session; < 1.5 meets the goal)\n")
print(hdr)
for j, c in [("denseSequential", "blkL2"), ("denseParallel", "blkL2cmp"),
             ("vectorSequential", "blkL2"), ("vectorParallel", "blkL2cmp"),
             ("vectorParallel", "best"), ("denseParallel", "pairs"),
             ("floatParallel", "blkL2fcmp"), ("vectorFloatParallel", "blkL2fcmp")]:
    if j in names:
        print(f"| {j} / {c} | " + " | ".join(
            f"{jmh[(j, u)][0] / ys[(c, u)][1]:.2f}" if (j, u) in jmh and (c, u) in ys else "-"
            for u in sizes) + " |")
print(f"\nMemory: stream read {bw.get(1, 0):.1f} GB/s (1 thread), {bw.get(2, 0):.1f} GB/s (2 threads)\n")
print("| u | table MiB | passes | DRAM GB read | DRAM s at 2-thr stream | best parallel s | "
      "eff. GB/s (32 B/term) |\n|---|---|---|---|---|---|---|")
for u in sizes:
    best = min(jmh[(n, u)][0] for n in ["denseParallel", "vectorParallel"] if (n, u) in jmh)
    gb = passes(u) * 8 * 2 ** u / 1e9 if u > 16 else 8 * 2 ** u / 1e9
    print(f"| {u} | {8 * 2 ** u / 2 ** 20:.1f} | {passes(u) if u > 16 else 1} | {gb:.2f} | "
          f"{gb / bw.get(2, 1):.3f} | {best:.4g} | {terms(u) * 32 / best / 1e9:.1f} |")
for n in ["denseParallel", "vectorParallel", "vectorFloatParallel"]:
    if (n, 16) in jmh:
        print(f"\n568 s (reference, |S| = 16) / {n} at u = 16: {568 / jmh[(n, 16)][0]:,.0f}x")

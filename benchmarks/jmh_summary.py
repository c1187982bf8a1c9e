#!/usr/bin/env python3
"""Prints a markdown table of JMH results: median and min of the measured iterations.

Usage: benchmarks/jmh_summary.py perf-reports/NAME.json
"""
import json
import statistics
import sys


def rows(path):
    for r in json.load(open(path)):
        raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        params = ",".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        name = r["benchmark"].rsplit(".", 2)
        pm = r["primaryMetric"]
        p99 = pm.get("scorePercentiles", {}).get("99.0")
        yield (".".join(name[-2:]), params, statistics.median(raw) if raw else pm["score"],
               min(raw) if raw else pm["score"], pm["scoreUnit"], len(raw), p99)


def main():
    print("| benchmark | params | median | min | unit | n | p99 |")
    print("|---|---|---|---|---|---|---|")
    for b, p, med, mn, unit, n, p99 in rows(sys.argv[1]):
        p99s = "" if p99 is None else f"{p99:.4g}"
        print(f"| {b} | {p} | {med:.4g} | {mn:.4g} | {unit} | {n} | {p99s} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Whole-process `./chem chemistry` at large |U| as users run it: the default (a dense run at
# |U| >= 28 continues in a second JVM with the Vector API loops, VectorHandoff), CHEM_VECTOR=0
# (plain loops, one JVM) and CHEM_VECTOR=1 (the module resolved from the start), interleaved.
# Usage: benchmarks/startup/handoff.sh [ROUNDS] [U...]   (default 3; 26 28)
# Prints per run: |U|, variant, the loops and CHEME seconds the command reports, wall ms, load.
# Histories: synthetic, one task, |U| = |S| = U (fixtures --unused-share 0), in a temp folder.
# |U| = 28 needs ~2.3 GB of heap (the default max heap of a 24 GiB machine is 6 GB).
# Since the dense driver's saturation exit (perf-reports/2026-12-07-saturation) every pair of
# these histories reaches 1 in the first sub-cubes: the default no longer hands them off, and all
# variants take about a second at 28. The figures of the vector-handoff report predate it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROUNDS="${1:-3}"; shift || true
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(26 28)
cd "$ROOT"
./chem --version >/dev/null 2>&1   # builds the jars when needed
source benchmarks/lib.sh
JAVA="$(newest_java)"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cpus | $("$JAVA" -version 2>&1 | head -1)"
echo "# u variant loops cheme_s wall_ms load"
for u in "${SIZES[@]}"; do
  "$JAVA" -jar fixtures/target/fixtures.jar --models "$u" --unused-share 0 --tasks 1 \
    --wordings 1 --trials 400 --seed 3 -o "$TMP/u$u.csv"
done
for _ in $(seq "$ROUNDS"); do
  for u in "${SIZES[@]}"; do
    for v in plain default vector; do
      case $v in plain) cv=0 ;; default) cv= ;; vector) cv=1 ;; esac
      s=$(date +%s%N)
      line=$( (CHEM_VECTOR=$cv ./chem chemistry --data "$TMP/u$u.csv" --top 1 2>/dev/null \
        || true) | grep -m1 'evaluated pairs' || true)
      e=$(date +%s%N)
      echo "$u $v $(sed -n 's/.*(dense method, \([a-z0-9-]*\) loops.* \([0-9.]*\) s).*/\1 \2/p' \
        <<<"$line") $(( (e - s) / 1000000 )) $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done

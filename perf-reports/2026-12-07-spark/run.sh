#!/usr/bin/env bash
# Reproduces perf-reports/2026-12-07-spark: ./chem against ./chem-spark (local[2]) on the
# RouterBench-shaped and the 10^7-row many-tasks history, alternating, with GNU time; each
# chem-spark run with --timings (stages and per-stage task metrics on stderr). Checks that the
# two documents are byte-identical. Usage: perf-reports/2026-12-07-spark/run.sh [DIR] [ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-/tmp/sparkbig}"
ROUNDS="${2:-2}"
mkdir -p "$DIR"
cd "$ROOT"
[ -f "$DIR/rb.csv" ] || ./chem fixtures --shape routerbench --seed 1 --out "$DIR/rb.csv"
[ -f "$DIR/mt10m.csv" ] || ./chem fixtures --shape many-tasks --seed 1 --out "$DIR/mt10m.csv"
for name in rb mt10m; do
  for r in $(seq 1 "$ROUNDS"); do
    uptime | tee "$DIR/$name.$r.load"
    JAVA_OPTS=-Xmx12g /usr/bin/time -f "chem wall %e s, peak RSS %M KB" \
      ./chem recommend --data "$DIR/$name.csv" --json > "$DIR/$name.chem.json" 2> "$DIR/$name.$r.chem.err"
    tail -1 "$DIR/$name.$r.chem.err"
    JAVA_OPTS=-Xmx12g /usr/bin/time -f "chem-spark wall %e s, peak RSS %M KB" \
      ./chem-spark recommend --data "$DIR/$name.csv" --json --timings \
      > "$DIR/$name.spark.json" 2> "$DIR/$name.$r.spark.err"
    tail -1 "$DIR/$name.$r.spark.err"
    cmp "$DIR/$name.chem.json" "$DIR/$name.spark.json" && echo "$name: byte-identical"
  done
done

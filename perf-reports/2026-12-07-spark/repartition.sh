#!/usr/bin/env bash
# Section 4 of perf-reports/2026-12-07-spark: one input file read by one task, then spread over
# the executors (repartition by a hash of ord) or not. Alternates copies of ./chem-spark made
# from different commits (each DIR holds chem-spark and spark/target/{chem-spark.jar,
# spark-classpath.txt}), ROUNDS times, on the RouterBench-shaped history, in local[2]; wall
# time by GNU time; checks each document against ./chem's.
# Usage: repartition.sh DATA OUT ROUNDS NAME=DIR...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$1"; OUT="$2"; ROUNDS="$3"; shift 3
mkdir -p "$OUT"
"$ROOT/chem" recommend --data "$DATA" --json > "$OUT/chem.json"
for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    name="${v%%=*}"; dir="${v#*=}"
    uptime > "$OUT/$name.$r.load"
    /usr/bin/time -f "wall %e s, peak RSS %M KB" "$dir/chem-spark" recommend --data "$DATA" \
      --json --timings > "$OUT/$name.json" 2> "$OUT/$name.$r.stderr.txt"
    cmp -s "$OUT/chem.json" "$OUT/$name.json" && same=byte-identical || same=DIFFERENT
    echo "$name round $r: $(tail -1 "$OUT/$name.$r.stderr.txt"), $same, load$(sed 's/.*load average//' "$OUT/$name.$r.load")"
  done
done

#!/usr/bin/env bash
# Interleaved Java-vs-C rounds for the dense CHEME kernel on a noisy shared machine: each round
# runs the C yardstick (blkL2 1 thread, blkL2cmp 2 threads) and then JMH (dense/vector,
# sequential/parallel) back to back, so both sides see the same phase of the machine; the
# ratios are taken per round and summarised by their median (rounds.py).
# Usage (repository root, after `mvn -B -ntp package -DskipTests`):
#   ROUNDS=3 SIZES="16 20 24 26" benchmarks/yardstick/rounds.sh OUT_DIR
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:?usage: rounds.sh OUT_DIR}"
ROUNDS="${ROUNDS:-3}"
SIZES="${SIZES:-16 20 24 26}"
JAVA="${CHEM_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
mkdir -p "$OUT"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
export REFDIR="$W" OMP_WAIT_POLICY=passive OMP_PROC_BIND=false COSTS="${COSTS:-java}"
gcc -O3 -march=native -Wall -Wno-unknown-pragmas -o "$W/chem_st" "$ROOT/benchmarks/yardstick/chem_avx2.c" -lm
gcc -O3 -march=native -fopenmp -Wall -o "$W/chem_omp" "$ROOT/benchmarks/yardstick/chem_avx2.c" -lm
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo '+dirty')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(grep -o -w -m1 'avx512f\|avx2' /proc/cpuinfo | sort -u | tr '\n' ' '))"
  echo "cores: $(nproc); jdk: $("$JAVA" -version 2>&1 | head -1); gcc: $(gcc --version | head -1)"
  echo "command: ROUNDS=$ROUNDS SIZES=\"$SIZES\" benchmarks/yardstick/rounds.sh"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/rounds.machine.txt"
for n in $SIZES; do   # the reference matrices every C result is checked against
  "$W/chem_st" naive "$n" 1 | grep '^RESULT' >> "$OUT/rounds-c-naive.txt"
done
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r C $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
  : > "$OUT/round$r-c.txt"
  for n in $SIZES; do
    "$W/chem_st" blkL2 "$n" 3 | grep '^RESULT' >> "$OUT/round$r-c.txt"
    OMP_NUM_THREADS=2 "$W/chem_omp" blkL2cmp "$n" 3 | grep '^RESULT' >> "$OUT/round$r-c.txt"
  done
  echo "round $r JMH $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
  "$JAVA" -Djmh.ignoreLock=true -jar "$ROOT/benchmarks/target/benchmarks.jar" \
    'ChemeDenseBenchmark.(dense|vector)(Sequential|Parallel)$' -p u="$(echo "$SIZES" | tr ' ' ,)" \
    -f 1 -wi 2 -i 3 -w 1 -r 1 -rf json -rff "$OUT/round$r-jmh.json" > "$OUT/round$r-jmh.log" 2>&1
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
python3 "$ROOT/benchmarks/yardstick/rounds.py" "$OUT" > "$OUT/rounds.md"
cat "$OUT/rounds.md"

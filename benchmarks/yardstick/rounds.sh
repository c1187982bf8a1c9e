#!/usr/bin/env bash
# Interleaved Java-vs-C rounds for the dense CHEME kernel on a noisy shared machine: each round
# runs the C yardsticks and then JMH (dense/vector, sequential/parallel) back to back, so both
# sides see the same phase of the machine; the ratios are taken per round and summarised by
# their median (rounds.py). C per round, 3 runs each, every result checked bit-identical
# against the naive loop (unclipped, NOCLIP=1):
#   chem_avx2.c  blkL2 (1 thread), blkL2cmp (2 threads)   the simple blocked yardstick
#   chem_best.c  best (2 threads and 1), pairs (2)         the engine's algorithm in C
#                driver (2)                                 its gathers and copies alone
# chem_best is built for the CPU's widest ISA (build.sh: AVX-512 or AVX2). Both sides use the
# same cost distribution, COSTS (default limit: [1, 1.5), where no pair saturates, so Java's
# dense driver, which stops sweeping a pair once its max reaches 1, does all the work C does).
# Usage (repository root; builds benchmarks.jar when it is missing or stale):
#   ROUNDS=3 SIZES="16 20 24 26" [WARMUP=6] benchmarks/yardstick/rounds.sh OUT_DIR
set -eu
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
OUT="${1:?usage: rounds.sh OUT_DIR}"
ROUNDS="${ROUNDS:-3}"
SIZES="${SIZES:-16 20 24 26}"
build_jar
JAVA="$(newest_java)"
mkdir -p "$OUT"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
source "$ROOT/benchmarks/yardstick/build.sh"
export REFDIR="$W" OMP_WAIT_POLICY=passive OMP_PROC_BIND=false COSTS="${COSTS:-limit}" NOCLIP=1
build_yardsticks "$W"
{
  machine_info "$JAVA" "ROUNDS=$ROUNDS SIZES=\"$SIZES\" benchmarks/yardstick/rounds.sh $OUT"
  echo "cpu family/model: $(grep -m1 '^cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')/$(grep -m1 '^model\s' /proc/cpuinfo | cut -d: -f2 | tr -d ' ')"
  echo "vector flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|fma|bmi2|avx512[a-z_0-9]*)$' | sort | tr '\n' ' ')"
  echo "caches (getconf): L1d $(getconf LEVEL1_DCACHE_SIZE) L2 $(getconf LEVEL2_CACHE_SIZE) L3 $(getconf LEVEL3_CACHE_SIZE) bytes"
  echo "gcc: $(gcc --version | head -1); flags: $CFLAGS_Y; chem_best ISA: $(best_isa)"
} > "$OUT/rounds.machine.txt"
for n in $SIZES; do   # the reference matrices every C result is checked against
  "$W/chem_st" naive "$n" 1 | grep '^RESULT' >> "$OUT/rounds-c-naive.txt"
done
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r C $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
  : > "$OUT/round$r-c.txt"
  for n in $SIZES; do
    {
      "$W/chem_st" blkL2 "$n" 3
      OMP_NUM_THREADS=2 "$W/chem_omp" blkL2cmp "$n" 3
      OMP_NUM_THREADS=2 "$W/chem_best" best "$n" 3
      OMP_NUM_THREADS=1 "$W/chem_best" best "$n" 3
      OMP_NUM_THREADS=2 "$W/chem_best" pairs "$n" 3
      OMP_NUM_THREADS=2 "$W/chem_best" driver "$n" 3
    } | grep '^RESULT' >> "$OUT/round$r-c.txt"
  done
  echo "round $r JMH $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
  # 6 warm-up seconds: the Vector API kernel runs boxed until C2 has compiled its sweeps; at
  # u = 16 the warm-up iterations measured 356, 2.4, 3.4, 1.0, 0.86, 0.79, 0.74 ms/op (C is
  # compiled ahead of time, so a short warm-up would compare Java's warm-up with C's kernel)
  "$JAVA" -Djmh.ignoreLock=true -jar "$JAR" \
    'ChemeDenseBenchmark.(dense|vector)(Sequential|Parallel)$' -p u="$(echo "$SIZES" | tr ' ' ,)" -p costs="$COSTS" \
    -f 1 -wi "${WARMUP:-6}" -i 3 -w 1 -r 1 -rf json -rff "$OUT/round$r-jmh.json" \
    > "$OUT/round$r-jmh.log" 2>&1
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/rounds.machine.txt"
python3 "$ROOT/benchmarks/yardstick/rounds.py" "$OUT" > "$OUT/rounds.md"
cat "$OUT/rounds.md"
